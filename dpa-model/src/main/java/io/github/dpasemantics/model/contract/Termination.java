package io.github.dpasemantics.model.contract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The end of the Agreement: the day it ended (the last day it was in force, in the contract's
 * zone) and the ground. The Addendum terminates with it automatically (3.4); Customer's deletion
 * request follows it (9.1).
 *
 * <p>The Agreement does not hold its termination: the end is an event of the contract's timeline
 * ({@code AgreementTerminated}, {@code AgreementExpired}, {@code TerminatedForConvenience}), and a
 * {@code Termination} is what such an event says, as a value (the monitor keeps one).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Termination implements WithTermination {

  Termination() {}

  /**
   * A termination of the given kind on the given day.
   *
   * @param date the last day the Agreement was in force, in the contract's zone
   * @param kind the ground on which it ended
   * @return the termination, with no note
   */
  public static Termination of(LocalDate date, TerminationKind kind) {
    Objects.requireNonNull(date, "Termination.of: date must not be null");
    Objects.requireNonNull(kind, "Termination.of: kind must not be null");
    return ImmutableTermination.builder().date(date).kind(kind).build();
  }

  /**
   * The Agreement's expiration on the given day.
   *
   * @param date the expiration date: the last day of the Agreement's term
   * @return a termination of kind {@link TerminationKind#EXPIRATION} on that day
   */
  public static Termination expiration(LocalDate date) {
    Objects.requireNonNull(date, "Termination.expiration: date must not be null");
    return of(date, TerminationKind.EXPIRATION);
  }

  /**
   * Customer's termination for convenience under 6.3 on the given day.
   *
   * @param date the last day the Agreement is in force after Customer, as its sole and exclusive
   *     remedy for an unresolved objection to a new Third Party Subprocessor, terminates it (6.3)
   * @return a termination of kind {@link TerminationKind#FOR_CONVENIENCE_UNDER_6_3} on that day
   */
  public static Termination forConvenienceUnder63(LocalDate date) {
    Objects.requireNonNull(date, "Termination.forConvenienceUnder63: date must not be null");
    return of(date, TerminationKind.FOR_CONVENIENCE_UNDER_6_3);
  }

  /**
   * A new builder.
   *
   * <p>Required: date, kind; optional: note.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Termination}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableTermination.Builder {
    Builder() {}
  }

  /**
   * The day the Agreement ended: the last day it was in force, in the contract's zone.
   *
   * @return the last day in force; the Addendum terminates with it (3.4)
   */
  public abstract LocalDate getDate();

  /**
   * The ground on which the Agreement ended: expiration, Customer's termination for convenience
   * under 6.3, or another termination under the Agreement.
   *
   * @return the ground
   */
  public abstract TerminationKind getKind();

  /**
   * A note on the ground, if any ("breach notice of 2021-03-01").
   *
   * @return the note, never blank, or empty if none is recorded
   */
  public abstract Optional<String> getNote();

  /**
   * Checks that a note, when present, is not blank.
   *
   * @throws IllegalStateException naming the blank note
   */
  @Value.Check
  protected void check() {
    if (getNote().isPresent() && getNote().get().isBlank()) {
      throw new IllegalStateException(
          "Termination.note = '" + getNote().get() + "': must not be blank when present");
    }
  }
}
