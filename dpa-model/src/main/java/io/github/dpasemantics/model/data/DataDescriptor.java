package io.github.dpasemantics.model.data;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The facts about a piece of data that the definitions need: whose data it is (Customer Data,
 * Usage Data or other), under which Data Protection Laws it is personal data and governed (2.8),
 * whom it is about (2.3, 2.5), whether Segment processes it (2.9, 4), and where its subject is
 * (A.4.2).
 *
 * <p>This value only states facts; the policy functions decide from it whether the data is
 * Personal Data (2.8), Customer Personal Data (2.3) or in the scope of an Annex (4). Example:
 *
 * <pre>{@code
 * DataDescriptor email = DataDescriptor.builder()
 *     .origin(DataOrigin.CUSTOMER_DATA)
 *     .addGoverningLaw(DataProtectionLaw.EU_DATA_PROTECTION_LAW)
 *     .subjectKind(SubjectKind.CUSTOMER_END_USER)
 *     .processedBySegment(true)
 *     .subjectLocation(CountryCode.of("DE"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DataDescriptor {

  DataDescriptor() {}

  /** A new builder. */
  public static ImmutableDataDescriptor.Builder builder() {
    return ImmutableDataDescriptor.builder();
  }

  /** An optional short description for reports ("end-user e-mail addresses"). */
  public abstract Optional<String> getDescription();

  /** Whose data it is: Customer Data, Usage Data or other (2.3, A.1.3, B.6). */
  public abstract DataOrigin getOrigin();

  /**
   * The Data Protection Laws under which this data is "personal data", "personal information" or
   * similar information, defined in and governed by that law (2.8); empty when it is personal
   * data under none.
   */
  public abstract Set<DataProtectionLaw> getGoverningLaws();

  /** Whom the data is about (2.5); {@link SubjectKind#NONE} when it is about no natural person. */
  public abstract SubjectKind getSubjectKind();

  /**
   * Whether Segment has a direct business relationship with the subject: only meaningful for
   * Customer's employees and representatives, whose personal information is then outside
   * Customer Personal Data (2.3). Defaults to {@code false}.
   */
  @Value.Default
  public boolean isDirectBusinessRelationshipWithSegment() {
    return false;
  }

  /** Whether Segment Processes the data (2.7, 2.9, 4). */
  public abstract boolean isProcessedBySegment();

  /** Where the subject is, if known (A.4.2 "individuals in the EU or Switzerland"). */
  public abstract Optional<CountryCode> getSubjectLocation();

  /** Whether the data is personal data under at least one Data Protection Law (2.8). */
  public final boolean isPersonalData() {
    return !getGoverningLaws().isEmpty();
  }

  /** Whether the given law governs the data as personal data (2.8, 4). */
  public final boolean isGovernedBy(DataProtectionLaw law) {
    return getGoverningLaws().contains(law);
  }

  /** Whether the subject was in the EU or Switzerland on the given day (A.4.2); false if unknown. */
  public final boolean isSubjectInEuOrSwitzerlandOn(LocalDate date) {
    return getSubjectLocation().map(c -> c.isSwitzerland() || c.isEuMemberStateOn(date)).orElse(false);
  }

  @Value.Check
  protected void check() {
    if (getDescription().isPresent() && getDescription().get().isBlank()) {
      throw new IllegalStateException(
          "DataDescriptor.description = '" + getDescription().get()
              + "': must not be blank when present");
    }
    if (getSubjectKind() == SubjectKind.NONE && !getGoverningLaws().isEmpty()) {
      throw new IllegalStateException(
          "DataDescriptor.governingLaws = " + getGoverningLaws()
              + ": data about no natural person (subjectKind NONE) cannot be personal data under"
              + " any law (2.5, 2.8)");
    }
    if (isDirectBusinessRelationshipWithSegment()
        && getSubjectKind() != SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE) {
      throw new IllegalStateException(
          "DataDescriptor.directBusinessRelationshipWithSegment = true with subjectKind "
              + getSubjectKind()
              + ": only a Customer employee or representative can have the direct business"
              + " relationship of 2.3");
    }
  }
}
