package io.github.dpasemantics.model.contract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The agreement between Segment and Customer for the Services (1), of which the Addendum forms
 * part (3.1): its fixed terms only: its effective date, its scheduled expiration, and the
 * governing law it names (3.3).
 *
 * <p>How and when the Agreement actually ended is not held here: its termination or expiration
 * (3.4, 9.1) is an event of the contract's timeline ({@code AgreementTerminated},
 * {@code AgreementExpired}, {@code TerminatedForConvenience}), the one source of truth for it.
 * Policies that depend on the end take it as a parameter (the end day, or the timeline).
 *
 * <p>Dates are days in the contract's zone. Invariant (checked on construction): the expiration
 * date is not before the effective date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Agreement implements WithAgreement {

  Agreement() {}

  /**
   * An Agreement in force from the given day with no fixed end.
   *
   * @param effectiveDate the first day the Agreement is in force, in the contract's zone
   * @return an Agreement with that effective date and no expiration date or governing law
   */
  public static Agreement of(LocalDate effectiveDate) {
    Objects.requireNonNull(effectiveDate, "Agreement.of: effectiveDate must not be null");
    return builder().effectiveDate(effectiveDate).build();
  }

  /**
   * A new builder.
   *
   * <p>Required: effectiveDate; optional: expirationDate, governingLaw.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Agreement}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }

  /**
   * The first day the Agreement is in force.
   *
   * @return the effective date, in the contract's zone
   */
  public abstract LocalDate getEffectiveDate();

  /**
   * The last day of its term, if it has a fixed term.
   *
   * @return the scheduled last day of the term, or empty if the Agreement has no fixed term
   */
  public abstract Optional<LocalDate> getExpirationDate();

  /**
   * The governing law and jurisdiction it names, as a label (e.g. "California, USA"); the
   * Addendum follows it unless Data Protection Laws require otherwise (3.3).
   *
   * @return the governing-law label, never blank, or empty if none is recorded
   */
  public abstract Optional<String> getGoverningLaw();

  /**
   * Checks the date invariants listed in the class comment, and that a governing law, when present,
   * is not blank.
   *
   * @throws IllegalStateException naming the field, the value and the rule broken
   */
  @Value.Check
  protected void check() {
    LocalDate effective = getEffectiveDate();
    getExpirationDate()
        .filter(d -> d.isBefore(effective))
        .ifPresent(d -> {
          throw new IllegalStateException(
              "Agreement.expirationDate = " + d + ": must not be before Agreement.effectiveDate = "
                  + effective);
        });
    if (getGoverningLaw().isPresent() && getGoverningLaw().get().isBlank()) {
      throw new IllegalStateException(
          "Agreement.governingLaw = '" + getGoverningLaw().get() + "': must not be blank when present");
    }
  }
}
