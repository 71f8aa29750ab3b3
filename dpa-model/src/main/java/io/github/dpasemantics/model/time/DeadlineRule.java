package io.github.dpasemantics.model.time;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.TermKey;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule that turns a contract date into the window the contract allows, named for the words of
 * the text it implements. Rules are pure function objects, like java.time's
 * {@code TemporalAdjuster}: the numbers come from {@link DpaTerms}, the readings of open passages
 * from {@link Interpretations}.
 *
 * <p>The counting rule (docs/legal-background.md, "Counting time", with its sources): the day of the
 * triggering event is not counted; a period ends at 24:00 on its last day in the contract's zone;
 * "calendar days" count every day with no extension for weekends or holidays, unless
 * {@link Interpretation#ROLL_FORWARD_TO_BUSINESS_DAY} is chosen.
 *
 * <pre>{@code
 * Window w = DeadlineRule.withinDaysAfter(TermKey.OBJECTION_DAYS)
 *     .window(LocalDate.of(2024, 3, 1), DpaTerms.segment(), Interpretations.defaults())
 *     .orElseThrow();
 * w;   // [2024-03-02, 2024-03-06] DAYS_AFTER
 * }</pre>
 */
public sealed interface DeadlineRule permits DeadlineRule.TermRule, DeadlineRule.OncePerCalendarYear, DeadlineRule.Qualitative {

  /**
   * "Within N days after X" (6.3 objection, 9.1 deletion): opens the day after X, closes at the
   * end of day X + N.
   *
   * @param term the number of days, a {@link TermKey.Unit#DAYS} term
   * @return the rule
   */
  static DeadlineRule withinDaysAfter(TermKey term) {
    return new WithinDaysAfter(requireUnit(term, TermKey.Unit.DAYS, "withinDaysAfter"));
  }

  /**
   * "At least N days before P" (6.3 advance notice): the latest timely day is P − N (or P − N − 1
   * under {@link Interpretation#ADVANCE_NOTICE_CLEAR_DAYS}); the anchor is P.
   *
   * @param term the number of days, a {@link TermKey.Unit#DAYS} term
   * @return the rule
   */
  static DeadlineRule atLeastDaysBefore(TermKey term) {
    return new AtLeastDaysBefore(requireUnit(term, TermKey.Unit.DAYS, "atLeastDaysBefore"));
  }

  /**
   * "Within the N-month period prior to R" (A.2.2.2 report recency): R − N months to R; the
   * anchor is R. Month arithmetic clamps to the last day of the month (29 February 2024 minus 12
   * months is 28 February 2023).
   *
   * @param term the number of months, a {@link TermKey.Unit#MONTHS} term
   * @return the rule
   */
  static DeadlineRule withinMonthsPrior(TermKey term) {
    return new WithinMonthsPrior(requireUnit(term, TermKey.Unit.MONTHS, "withinMonthsPrior"));
  }

  /**
   * "Once per calendar year" (A.2.2.2): the calendar year of the anchor, in the contract's zone.
   *
   * @return the rule
   */
  static DeadlineRule oncePerCalendarYear() {
    return OncePerCalendarYear.INSTANCE;
  }

  /**
   * "Without undue delay" (7.3): no computable date; compliance is a status, not a day.
   *
   * @return the rule
   */
  static DeadlineRule withoutUndueDelay() {
    return Qualitative.WITHOUT_UNDUE_DELAY;
  }

  /**
   * "Without delay" (A.2.1.2): no computable date; stricter in words than "without undue delay",
   * since no delay is excused.
   *
   * @return the rule
   */
  static DeadlineRule withoutDelay() {
    return Qualitative.WITHOUT_DELAY;
  }

  /**
   * "Promptly" (A.2.2.4): no computable date.
   *
   * @return the rule
   */
  static DeadlineRule promptly() {
    return Qualitative.PROMPTLY;
  }

  /**
   * "As soon as reasonably practicable" (6.3, expedited engagement): no computable date.
   *
   * @return the rule
   */
  static DeadlineRule asSoonAsReasonablyPracticable() {
    return Qualitative.AS_SOON_AS_REASONABLY_PRACTICABLE;
  }

  /**
   * No deadline: the norm applies while its conditions hold ("shall not sell", B.3).
   *
   * @return the rule
   */
  static DeadlineRule none() {
    return Qualitative.NONE;
  }

  private static TermKey requireUnit(TermKey term, TermKey.Unit unit, String factory) {
    if (term == null) {
      throw new NullPointerException("DeadlineRule." + factory + ": term must not be null");
    }
    if (term.unit() != unit) {
      throw new IllegalArgumentException(
          "DeadlineRule." + factory + ": term " + term + " is counted in " + term.unit() + ", expected " + unit);
    }
    return term;
  }

  /**
   * Tells whether this rule yields a date window ({@code false} for "without undue delay", "as
   * soon as reasonably practicable" and "none").
   *
   * @return true if {@link #window} returns a value for a period that holds at least one day
   */
  boolean isComputable();

  /**
   * Returns the window this rule gives for an anchor day, or empty if the rule has no date or the
   * period holds no day (a 0-month report period under a reading that excludes one of its end days,
   * A.2.2.2).
   *
   * @param anchor the trigger day (for "after"), target day (for "before") or request day (for "prior to")
   * @param terms the contract's numbers
   * @param readings the chosen readings of open passages
   * @return the window, or empty for qualitative rules and for a period that holds no day
   */
  Optional<Window> window(LocalDate anchor, DpaTerms terms, Interpretations readings);

  /**
   * Returns the rule in the words of the contract with the numbers of {@code terms}, e.g.
   * "within 60 calendar days after".
   *
   * @param terms the contract's numbers
   * @return the description
   */
  String describe(DpaTerms terms);

  /**
   * A rule counted from one number of {@link DpaTerms}; equal when of the same kind and term.
   * This class is immutable and thread-safe.
   */
  abstract sealed class TermRule implements DeadlineRule permits WithinDaysAfter, AtLeastDaysBefore, WithinMonthsPrior {
    private final TermKey term;
    private final String name;

    TermRule(TermKey term, String name) {
      this.term = term;
      this.name = name;
    }

    /**
     * Returns the term that gives N.
     *
     * @return the term key
     */
    public final TermKey getTerm() {
      return term;
    }

    @Override
    public final boolean isComputable() {
      return true;
    }

    @Override
    public final boolean equals(@Nullable Object o) {
      return o != null && o.getClass() == getClass() && ((TermRule) o).term == term;
    }

    @Override
    public final int hashCode() {
      return 31 * name.hashCode() + term.hashCode();
    }

    @Override
    public final String toString() {
      return name + "(" + term + ")";
    }
  }

  /** "Within N days after X". This class is immutable and thread-safe. */
  final class WithinDaysAfter extends TermRule {
    WithinDaysAfter(TermKey term) {
      super(term, "withinDaysAfter");
    }

    /**
     * Returns the last day of the window without building it: the cheap form of
     * {@code window(...).getCloses()}.
     *
     * @param trigger the day of the triggering event (not counted)
     * @param terms the contract's numbers
     * @param readings the chosen readings
     * @return the last day inside the window
     */
    public LocalDate lastDay(LocalDate trigger, DpaTerms terms, Interpretations readings) {
      LocalDate last = trigger.plusDays(terms.days(getTerm()));
      return readings.is(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY)
          ? terms.getBusinessCalendar().onOrAfter(last)
          : last;
    }


    @Override
    public Optional<Window> window(LocalDate anchor, DpaTerms terms, Interpretations readings) {
      Counting c = readings.is(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY)
          ? Counting.DAYS_AFTER_ROLLED_FORWARD : Counting.DAYS_AFTER;
      LocalDate last = lastDay(anchor, terms, readings);
      LocalDate first = anchor.plusDays(1);
      return Optional.of(Window.between(last.isBefore(first) ? last : first, last, anchor, c));
    }

    @Override
    public String describe(DpaTerms terms) {
      return "within " + terms.days(getTerm()) + " calendar days after";
    }

  }

  /** "At least N days before P". This class is immutable and thread-safe. */
  final class AtLeastDaysBefore extends TermRule {
    AtLeastDaysBefore(TermKey term) {
      super(term, "atLeastDaysBefore");
    }

    /**
     * Returns the latest timely day for target day {@code target}: the cheap form of
     * {@code window(...).getCloses()}.
     *
     * @param target the day P the notice must precede
     * @param terms the contract's numbers
     * @param readings the chosen readings
     * @return the latest timely day
     */
    public LocalDate latestDay(LocalDate target, DpaTerms terms, Interpretations readings) {
      int n = terms.days(getTerm());
      LocalDate latest = target.minusDays(readings.is(Interpretation.ADVANCE_NOTICE_CLEAR_DAYS) ? n + 1L : n);
      return readings.is(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY)
          ? terms.getBusinessCalendar().onOrBefore(latest)
          : latest;
    }


    @Override
    public Optional<Window> window(LocalDate anchor, DpaTerms terms, Interpretations readings) {
      Counting c = readings.is(Interpretation.ADVANCE_NOTICE_CLEAR_DAYS) ? Counting.CLEAR_DAYS_BEFORE
          : readings.is(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY) ? Counting.DAYS_BEFORE_ROLLED_BACK
          : Counting.DAYS_BEFORE;
      return Optional.of(Window.until(latestDay(anchor, terms, readings), anchor, c));
    }

    @Override
    public String describe(DpaTerms terms) {
      return "at least " + terms.days(getTerm()) + " calendar days before";
    }

  }

  /** "Within the N-month period prior to R". This class is immutable and thread-safe. */
  final class WithinMonthsPrior extends TermRule {
    WithinMonthsPrior(TermKey term) {
      super(term, "withinMonthsPrior");
    }

    /**
     * Returns the first day inside the period for request day {@code request}.
     *
     * @param request the request day R
     * @param terms the contract's numbers
     * @param readings the chosen readings
     * @return R − N months (month-end clamped), or the day after under
     *     {@link Interpretation#REPORT_WINDOW_EXCLUDES_FIRST_DAY}
     */
    public LocalDate firstDay(LocalDate request, DpaTerms terms, Interpretations readings) {
      LocalDate start = request.minusMonths(terms.months(getTerm()));
      return readings.is(Interpretation.REPORT_WINDOW_EXCLUDES_FIRST_DAY) ? start.plusDays(1) : start;
    }

    /**
     * Returns the last day inside the period for request day {@code request}.
     *
     * @param request the request day R
     * @param readings the chosen readings
     * @return R, or R − 1 under {@link Interpretation#REPORT_WINDOW_EXCLUDES_REQUEST_DAY}
     */
    public LocalDate lastDay(LocalDate request, Interpretations readings) {
      return readings.is(Interpretation.REPORT_WINDOW_EXCLUDES_REQUEST_DAY) ? request.minusDays(1) : request;
    }


    @Override
    public Optional<Window> window(LocalDate anchor, DpaTerms terms, Interpretations readings) {
      Counting c = readings.is(Interpretation.REPORT_WINDOW_EXCLUDES_REQUEST_DAY) ? Counting.MONTHS_PRIOR_EXCLUDING_END
          : readings.is(Interpretation.REPORT_WINDOW_EXCLUDES_FIRST_DAY) ? Counting.MONTHS_PRIOR_EXCLUDING_START
          : Counting.MONTHS_PRIOR;
      LocalDate first = firstDay(anchor, terms, readings);
      LocalDate last = lastDay(anchor, readings);
      // a 0-month period with an end day excluded holds no day at all: no window (A.2.2.2)
      return last.isBefore(first) ? Optional.empty() : Optional.of(Window.between(first, last, anchor, c));
    }

    @Override
    public String describe(DpaTerms terms) {
      return "within the " + terms.months(getTerm()) + "-month period prior to";
    }

  }

  /** "Once per calendar year". This class is immutable and thread-safe. */
  final class OncePerCalendarYear implements DeadlineRule {
    static final OncePerCalendarYear INSTANCE = new OncePerCalendarYear();

    private OncePerCalendarYear() {}

    @Override
    public boolean isComputable() {
      return true;
    }


    @Override
    public Optional<Window> window(LocalDate anchor, DpaTerms terms, Interpretations readings) {
      return Optional.of(Window.between(
          LocalDate.of(anchor.getYear(), Month.JANUARY, 1),
          LocalDate.of(anchor.getYear(), Month.DECEMBER, 31), anchor, Counting.CALENDAR_YEAR));
    }

    @Override
    public String describe(DpaTerms terms) {
      return "not more than " + terms.getAuditsPerCalendarYear() + " per calendar year";
    }

    @Override
    public String toString() {
      return "oncePerCalendarYear()";
    }
  }

  /** A rule with no computable date. This enum is immutable and thread-safe. */
  enum Qualitative implements DeadlineRule {
    /** "without undue delay" (7.3). */
    WITHOUT_UNDUE_DELAY("without undue delay"),
    /** "without delay" (A.2.1.2). */
    WITHOUT_DELAY("without delay"),
    /** "promptly" (A.2.2.4). */
    PROMPTLY("promptly"),
    /** "as soon as reasonably practicable" (6.3). */
    AS_SOON_AS_REASONABLY_PRACTICABLE("as soon as reasonably practicable"),
    /** no deadline. */
    NONE("no deadline");

    private final String words;

    Qualitative(String words) {
      this.words = words;
    }

    @Override
    public boolean isComputable() {
      return false;
    }

    @Override
    public Optional<Window> window(LocalDate anchor, DpaTerms terms, Interpretations readings) {
      return Optional.empty();
    }

    @Override
    public String describe(DpaTerms terms) {
      return words;
    }
  }
}
