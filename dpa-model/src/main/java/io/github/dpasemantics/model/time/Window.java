package io.github.dpasemantics.model.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A span of contract dates within which something must or may happen, both ends included: a
 * window opens at 00:00 on its first day and closes at 24:00 on its last day, in the contract's
 * zone. A window may be open-ended at the start ("on or before P − 10").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Window {
  private final @Nullable LocalDate opens;
  private final LocalDate closes;
  private final LocalDate anchor;
  private final Counting counting;

  private Window(@Nullable LocalDate opens, LocalDate closes, LocalDate anchor, Counting counting) {
    this.opens = opens;
    this.closes = closes;
    this.anchor = anchor;
    this.counting = counting;
  }

  /**
   * Returns the window from {@code opens} to {@code closes}, both included.
   *
   * @param opens the first day inside the window
   * @param closes the last day inside the window, not before {@code opens}
   * @param anchor the day the window was counted from (trigger, target or request day)
   * @param counting how it was counted
   * @return the window
   * @throws IllegalArgumentException if {@code closes} is before {@code opens}
   */
  public static Window between(LocalDate opens, LocalDate closes, LocalDate anchor, Counting counting) {
    Objects.requireNonNull(closes, "Window.between: closes must not be null");
    Objects.requireNonNull(anchor, "Window.between: anchor must not be null");
    Objects.requireNonNull(counting, "Window.between: counting must not be null");
    Objects.requireNonNull(opens, "Window.between: opens must not be null");
    check(closes, anchor, counting);
    if (closes.isBefore(opens)) {
      throw new IllegalArgumentException(
          "Window.closes (" + closes + ") must not be before Window.opens (" + opens + ")");
    }
    return new Window(opens, closes, anchor, counting);
  }

  /**
   * Returns the window of every day up to and including {@code closes}, with no first day.
   *
   * @param closes the last day inside the window
   * @param anchor the day the window was counted from
   * @param counting how it was counted
   * @return the window
   */
  public static Window until(LocalDate closes, LocalDate anchor, Counting counting) {
    Objects.requireNonNull(closes, "Window.until: closes must not be null");
    Objects.requireNonNull(anchor, "Window.until: anchor must not be null");
    Objects.requireNonNull(counting, "Window.until: counting must not be null");
    check(closes, anchor, counting);
    return new Window(null, closes, anchor, counting);
  }

  private static void check(LocalDate closes, LocalDate anchor, Counting counting) {
    Objects.requireNonNull(closes, "Window.closes must not be null");
    Objects.requireNonNull(anchor, "Window.anchor must not be null");
    Objects.requireNonNull(counting, "Window.counting must not be null");
  }

  /**
   * Returns the first day inside the window, or empty if the window has no first day.
   *
   * @return the first day
   */
  public Optional<LocalDate> getOpens() {
    return Optional.ofNullable(opens);
  }

  /**
   * Returns the last day inside the window; the window closes at the end of this day.
   *
   * @return the last day
   */
  public LocalDate getCloses() {
    return closes;
  }

  /**
   * Returns the day the window was counted from: the trigger of "within N days after", the
   * target of "at least N days before", or the request day of "the N-month period prior to".
   *
   * @return the anchor day
   */
  public LocalDate getAnchor() {
    return anchor;
  }

  /**
   * Returns how the window was counted.
   *
   * @return the counting rule
   */
  public Counting getCounting() {
    return counting;
  }

  /**
   * Tells whether a day lies inside the window, both ends included.
   *
   * @param date the day
   * @return true if {@code opens <= date <= closes}
   */
  public boolean contains(LocalDate date) {
    return !date.isAfter(closes) && (opens == null || !date.isBefore(opens));
  }

  /**
   * Tells whether the window has closed before the given day begins.
   *
   * @param date the day
   * @return true if {@code date} is after the last day
   */
  public boolean isClosedOn(LocalDate date) {
    return date.isAfter(closes);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Window)) {
      return false;
    }
    Window w = (Window) o;
    return Objects.equals(opens, w.opens) && closes.equals(w.closes) && anchor.equals(w.anchor)
        && counting == w.counting;
  }

  @Override
  public int hashCode() {
    return Objects.hash(opens, closes, anchor, counting);
  }

  @Override
  public String toString() {
    return (opens == null ? "(.." : "[" + opens) + ", " + closes + "] " + counting;
  }
}
