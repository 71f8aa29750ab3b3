package io.github.dpasemantics.model.contract;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The agreement between Segment and Customer for the Services (1), of which the Addendum forms
 * part (3.1): its effective date, its scheduled expiration, its actual termination or
 * expiration, and the governing law it names (3.3).
 *
 * <p>Dates are days in the contract's zone. The Agreement is in force from its effective date up
 * to and including its {@linkplain #endDate() end date} (a period ends at the end of its last
 * day, DESIGN.md principle 3).
 *
 * <p>Invariants (checked on construction): the expiration and termination dates are not before
 * the effective date; a termination is not after a known expiration date; a termination of kind
 * {@link TerminationKind#EXPIRATION} falls on the expiration date when one is known.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Agreement {

  Agreement() {}

  /** An Agreement in force from the given day with no fixed end. */
  public static Agreement of(LocalDate effectiveDate) {
    return builder().effectiveDate(effectiveDate).build();
  }

  /** A new builder. */
  public static ImmutableAgreement.Builder builder() {
    return ImmutableAgreement.builder();
  }

  /** The first day the Agreement is in force. */
  public abstract LocalDate getEffectiveDate();

  /** The last day of its term, if it has a fixed term. */
  public abstract Optional<LocalDate> getExpirationDate();

  /** How and when it actually ended, if it has. */
  @Valid
  public abstract Optional<Termination> getTermination();

  /**
   * The governing law and jurisdiction it names, as a label (e.g. "California, USA"); the
   * Addendum follows it unless Data Protection Laws require otherwise (3.3).
   */
  public abstract Optional<String> getGoverningLaw();

  /**
   * The last day the Agreement is in force: the termination day if it has ended, otherwise the
   * scheduled expiration date, otherwise empty.
   */
  public final Optional<LocalDate> endDate() {
    return getTermination().map(Termination::getDate).or(this::getExpirationDate);
  }

  /** Whether the Agreement is in force on the given day (effective date to end date, inclusive). */
  public final boolean isInForceOn(LocalDate date) {
    return !date.isBefore(getEffectiveDate()) && endDate().map(end -> !date.isAfter(end)).orElse(true);
  }

  /** Whether the Agreement has ended (terminated or expired) before the given day. */
  public final boolean hasEndedBefore(LocalDate date) {
    return endDate().map(end -> end.isBefore(date)).orElse(false);
  }

  /** This Agreement terminated as given. */
  public final Agreement terminated(Termination termination) {
    return ImmutableAgreement.copyOf(this).withTermination(termination);
  }

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
