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
 * email.isPersonalData();                       // true
 * email.isGovernedBy(DataProtectionLaw.CCPA);   // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DataDescriptor implements WithDataDescriptor {

  DataDescriptor() {}

  /**
   * A new builder.
   *
   * <p>Required: origin, subjectKind, processedBySegment; optional: description, governingLaws,
   * directBusinessRelationshipWithSegment, subjectLocation.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link DataDescriptor}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableDataDescriptor.Builder {
    Builder() {}
  }

  /**
   * An optional short description for reports ("end-user e-mail addresses").
   *
   * @return the description, never blank, or empty if none is given
   */
  public abstract Optional<String> getDescription();

  /**
   * Whose data it is: Customer Data, Usage Data or other (2.3, A.1.3, B.6).
   *
   * @return the origin of the data
   */
  public abstract DataOrigin getOrigin();

  /**
   * The Data Protection Laws under which this data is "personal data", "personal information" or
   * similar information, defined in and governed by that law (2.8); empty when it is personal
   * data under none.
   *
   * @return the laws that govern the data as personal data; empty when it is not Personal Data
   *     (2.8)
   */
  public abstract Set<DataProtectionLaw> getGoverningLaws();

  /**
   * Whom the data is about (2.5); {@link SubjectKind#NONE} when it is about no natural person.
   *
   * @return the kind of Data Subject, or {@link SubjectKind#NONE}
   */
  public abstract SubjectKind getSubjectKind();

  /**
   * Whether Segment has a direct business relationship with the subject: only meaningful for
   * Customer's employees and representatives, whose personal information is then outside
   * Customer Personal Data (2.3). Defaults to {@code false}.
   *
   * @return {@code true} only for data about a Customer employee or representative with whom
   *     Segment has a direct business relationship
   */
  @Value.Default
  public boolean isDirectBusinessRelationshipWithSegment() {
    return false;
  }

  /**
   * Whether Segment Processes the data (2.7, 2.9, 4).
   *
   * @return {@code true} if Segment Processes the data
   */
  public abstract boolean isProcessedBySegment();

  /**
   * Where the subject is, if known (A.4.2 "individuals in the EU or Switzerland").
   *
   * @return the country where the Data Subject is, or empty if unknown
   */
  public abstract Optional<CountryCode> getSubjectLocation();

  /**
   * Whether the data is personal data under at least one Data Protection Law (2.8).
   *
   * @return {@code true} if {@link #getGoverningLaws()} is not empty
   */
  public final boolean isPersonalData() {
    return !getGoverningLaws().isEmpty();
  }

  /**
   * Whether the given law governs the data as personal data (2.8, 4).
   *
   * @param law the law asked about
   * @return {@code true} if {@code law} is among {@link #getGoverningLaws()}
   */
  public final boolean isGovernedBy(DataProtectionLaw law) {
    return getGoverningLaws().contains(law);
  }

  /**
   * Whether the subject was in the EU or Switzerland on the given day (A.4.2); false if unknown.
   *
   * @param date the day asked about (e.g. the day of a transfer), in the contract's zone
   * @return {@code true} if the subject's country is Switzerland or was an EU member state on
   *     {@code date}; {@code false} when the location is unknown
   */
  public final boolean isSubjectInEuOrSwitzerlandOn(LocalDate date) {
    return getSubjectLocation().map(c -> c.isSwitzerland() || c.isEuMemberStateOn(date)).orElse(false);
  }

  /**
   * Checks that a description, when present, is not blank; that data about no natural person is
   * personal data under no law (2.5, 2.8); and that only a Customer employee or representative has
   * the direct business relationship of 2.3.
   *
   * @throws IllegalStateException naming the field, the value and the rule broken
   */
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
