package io.github.dpasemantics.model.time;

/**
 * How a {@link Window} was counted, in words a reader of the contract can check.
 */
public enum Counting {
  /** "Within N days after X": the day of X is not counted; the window closes at the end of day X + N. */
  DAYS_AFTER("the day of the trigger is not counted; every calendar day counts; the window closes at 24:00 on the trigger day plus N days, in the contract's zone"),
  /** As {@link #DAYS_AFTER}, but a last day on a weekend or holiday runs to the next business day. */
  DAYS_AFTER_ROLLED_FORWARD("the day of the trigger is not counted; a last day on a weekend or holiday runs to the end of the next business day"),
  /** "At least N days before P": the latest timely day is P − N. */
  DAYS_BEFORE("timely if on or before the target day minus N calendar days"),
  /** "At least N days before P" with N clear days in between: the latest timely day is P − N − 1. */
  CLEAR_DAYS_BEFORE("timely if N whole days lie between it and the target day: on or before the target day minus N minus 1"),
  /** As {@link #DAYS_BEFORE}, but a latest day on a weekend or holiday moves back to the previous business day (FRCP 6(a)(5)). */
  DAYS_BEFORE_ROLLED_BACK("timely if on or before the target day minus N calendar days, moved back to a business day"),
  /** "Once per calendar year": 1 January to 31 December of the anchor's year in the contract's zone. */
  CALENDAR_YEAR("the calendar year, 1 January to 31 December, in the contract's zone"),
  /** "Within the N-month period prior to R": R − N months (clamped to the month's last day) to R, both included. */
  MONTHS_PRIOR("from the request day minus N months (the last day of that month if the day does not exist) up to and including the request day"),
  /** As {@link #MONTHS_PRIOR} but the request day itself is outside. */
  MONTHS_PRIOR_EXCLUDING_END("from the request day minus N months up to the day before the request"),
  /** As {@link #MONTHS_PRIOR} but the first day (R − N months) is outside. */
  MONTHS_PRIOR_EXCLUDING_START("from the day after the request day minus N months up to and including the request day");

  private final String description;

  Counting(String description) {
    this.description = description;
  }

  /**
   * Returns how the window is counted, in words.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
