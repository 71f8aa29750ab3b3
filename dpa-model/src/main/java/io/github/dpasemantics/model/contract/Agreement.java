package io.github.dpasemantics.model.contract;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The agreement between Segment and Customer for the Services (1), of which the Addendum forms
 * part (3.1): its effective date, its scheduled expiration, its actual termination or
 * expiration, and the governing law it names (3.3).
 *
 * <p>Dates are days in the contract's zone. The Agreement is in force from its effective date up
 * to and including its {@linkplain #endDate() end date} (a period ends at the end of its last
 * day: the counting rules of docs/legal-background.md).
 *
 * <p>Invariants (checked on construction): the expiration and termination dates are not before
 * the effective date; a termination is not after a known expiration date; a termination of kind
 * {@link TerminationKind#EXPIRATION} falls on the expiration date when one is known.
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
   * @return an Agreement with that effective date and no expiration date, termination or governing
   *     law
   */
  public static Agreement of(LocalDate effectiveDate) {
    Objects.requireNonNull(effectiveDate, "Agreement.of: effectiveDate must not be null");
    return builder().effectiveDate(effectiveDate).build();
  }

  /**
   * A new builder.
   *
   * <p>Required: effectiveDate; optional: expirationDate, termination, governingLaw.
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
   * How and when it actually ended, if it has.
   *
   * @return the termination or expiration that ended the Agreement, or empty while it has not ended
   */
  public abstract Optional<@Valid Termination> getTermination();

  /**
   * The governing law and jurisdiction it names, as a label (e.g. "California, USA"); the
   * Addendum follows it unless Data Protection Laws require otherwise (3.3).
   *
   * @return the governing-law label, never blank, or empty if none is recorded
   */
  public abstract Optional<String> getGoverningLaw();

  /**
   * The last day the Agreement is in force: the termination day if it has ended, otherwise the
   * scheduled expiration date, otherwise empty.
   *
   * @return the termination day, else the expiration date, else empty (no end known)
   */
  public final Optional<LocalDate> endDate() {
    return getTermination().map(Termination::getDate).or(this::getExpirationDate);
  }

  /**
   * Whether the Agreement is in force on the given day (effective date to end date, inclusive).
   *
   * @param date the day asked about, in the contract's zone
   * @return {@code true} if {@code date} is on or after the effective date and not after the end
   *     date, if any
   */
  public final boolean isInForceOn(LocalDate date) {
    return !date.isBefore(getEffectiveDate()) && endDate().map(end -> !date.isAfter(end)).orElse(true);
  }

  /**
   * Whether the Agreement has ended (terminated or expired) before the given day.
   *
   * @param date the day asked about, in the contract's zone
   * @return {@code true} if an end date is known and falls before {@code date}
   */
  public final boolean hasEndedBefore(LocalDate date) {
    return endDate().map(end -> end.isBefore(date)).orElse(false);
  }

  /**
   * This Agreement terminated as given.
   *
   * @param termination the day and ground on which the Agreement ended, replacing any termination
   *     already recorded
   * @return a copy of this Agreement with the termination recorded
   * @throws IllegalStateException if the termination day is before the effective date or after a
   *     known expiration date, or if an {@link TerminationKind#EXPIRATION} does not fall on the
   *     expiration date
   */
  public final Agreement terminated(Termination termination) {
    return ImmutableAgreement.copyOf(this).withTermination(termination);
  }

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
    if (getTermination().isPresent()) {
      Termination t = getTermination().get();
      if (t.getDate().isBefore(effective)) {
        throw new IllegalStateException(
            "Agreement.termination.date = " + t.getDate()
                + ": must not be before Agreement.effectiveDate = " + effective);
      }
      if (getExpirationDate().isPresent()) {
        LocalDate expiry = getExpirationDate().get();
        if (t.getDate().isAfter(expiry)) {
          throw new IllegalStateException(
              "Agreement.termination.date = " + t.getDate()
                  + ": must not be after Agreement.expirationDate = " + expiry
                  + " (the Agreement has already ended then)");
        }
        if (t.getKind() == TerminationKind.EXPIRATION && !t.getDate().equals(expiry)) {
          throw new IllegalStateException(
              "Agreement.termination.date = " + t.getDate()
                  + ": a termination of kind EXPIRATION must fall on Agreement.expirationDate = "
                  + expiry);
        }
      }
    }
    if (getGoverningLaw().isPresent() && getGoverningLaw().get().isBlank()) {
      throw new IllegalStateException(
          "Agreement.governingLaw = '" + getGoverningLaw().get() + "': must not be blank when present");
    }
  }
}
