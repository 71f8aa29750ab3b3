package io.github.dpasemantics.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.TermKey;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DeadlineRuleTest {
  private static final DpaTerms SEGMENT = DpaTerms.segment();
  private static final Interpretations DEFAULTS = Interpretations.defaults();

  private static Window window(DeadlineRule rule, LocalDate anchor, Interpretations readings) {
    return rule.window(anchor, SEGMENT, readings).orElseThrow();
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: the objection window after notice on 1 March runs from 2 March to the end of 6 March")
  void objectionWindowExcludesTheNoticeDayAndEndsOnTheFifthDay() {
    Window w = window(DeadlineRule.withinDaysAfter(TermKey.OBJECTION_DAYS), LocalDate.of(2024, 3, 1), DEFAULTS);
    assertEquals(LocalDate.of(2024, 3, 2), w.getOpens().orElseThrow());
    assertEquals(LocalDate.of(2024, 3, 6), w.getCloses());
    assertFalse(w.contains(LocalDate.of(2024, 3, 1)), "the notice day itself is not counted");
    assertTrue(w.contains(LocalDate.of(2024, 3, 6)), "the fifth day is the last day");
    assertFalse(w.contains(LocalDate.of(2024, 3, 7)), "the sixth day is too late");
    assertEquals(Counting.DAYS_AFTER, w.getCounting());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: deletion requested on 31 December 2024 is due on 1 March 2025 (60 days, no roll-forward)")
  void deletionDueSixtyDaysAfterRequest() {
    DeadlineRule.WithinDaysAfter rule = (DeadlineRule.WithinDaysAfter) DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS);
    assertEquals(LocalDate.of(2025, 3, 1), rule.lastDay(LocalDate.of(2024, 12, 31), SEGMENT, DEFAULTS));
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1 with the roll-forward reading: a last day on Saturday 1 March 2025 runs to Monday 3 March")
  void rollForwardMovesASaturdayDeadlineToMonday() {
    Interpretations roll = Interpretations.of(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY);
    Window w = window(DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS), LocalDate.of(2024, 12, 31), roll);
    assertEquals(LocalDate.of(2025, 3, 3), w.getCloses());
    assertEquals(Counting.DAYS_AFTER_ROLLED_FORWARD, w.getCounting());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1 with the roll-forward reading and a holiday on Monday: the deadline runs to Tuesday")
  void rollForwardSkipsHolidays() {
    DpaTerms withHoliday = DpaTerms.builder()
        .businessCalendar(BusinessCalendar.withHolidays(Set.of(LocalDate.of(2025, 3, 3)))).build();
    Interpretations roll = Interpretations.of(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY);
    Window w = DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS).window(LocalDate.of(2024, 12, 31), withHoliday, roll).orElseThrow();
    assertEquals(LocalDate.of(2025, 3, 4), w.getCloses());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: for first processing on 11 March, notice on 1 March is the last timely day")
  void advanceNoticeLatestDayIsTenDaysBefore() {
    Window w = window(DeadlineRule.atLeastDaysBefore(TermKey.SUBPROCESSOR_NOTICE_DAYS), LocalDate.of(2024, 3, 11), DEFAULTS);
    assertEquals(LocalDate.of(2024, 3, 1), w.getCloses());
    assertTrue(w.getOpens().isEmpty());
    assertTrue(w.contains(LocalDate.of(2024, 3, 1)));
    assertTrue(w.contains(LocalDate.of(2020, 1, 1)));
    assertFalse(w.contains(LocalDate.of(2024, 3, 2)));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3 with the clear-days reading: for first processing on 11 March the last timely day is 29 February")
  void clearDaysReadingNeedsOneMoreDay() {
    Window w = window(DeadlineRule.atLeastDaysBefore(TermKey.SUBPROCESSOR_NOTICE_DAYS), LocalDate.of(2024, 3, 11),
        Interpretations.of(Interpretation.ADVANCE_NOTICE_CLEAR_DAYS));
    assertEquals(LocalDate.of(2024, 2, 29), w.getCloses());
    assertEquals(Counting.CLEAR_DAYS_BEFORE, w.getCounting());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3 with the roll reading: a latest day on Sunday 3 March moves back to Friday 1 March")
  void countingBackwardRollsBack() {
    Window w = window(DeadlineRule.atLeastDaysBefore(TermKey.SUBPROCESSOR_NOTICE_DAYS), LocalDate.of(2024, 3, 13),
        Interpretations.of(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY));
    assertEquals(LocalDate.of(2024, 3, 1), w.getCloses());
    assertEquals(Counting.DAYS_BEFORE_ROLLED_BACK, w.getCounting());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: for a request on 15 June 2024 the report period is 15 June 2023 to 15 June 2024")
  void reportPeriodIncludesBothEndsByDefault() {
    Window w = window(DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS), LocalDate.of(2024, 6, 15), DEFAULTS);
    assertEquals(LocalDate.of(2023, 6, 15), w.getOpens().orElseThrow());
    assertEquals(LocalDate.of(2024, 6, 15), w.getCloses());
    assertFalse(w.contains(LocalDate.of(2023, 6, 14)));
    assertFalse(w.contains(LocalDate.of(2024, 6, 16)));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a request on 29 February 2024 looks back to 28 February 2023 (month-end clamp)")
  void leapDayMinusTwelveMonthsClampsToTheTwentyEighth() {
    Window w = window(DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS), LocalDate.of(2024, 2, 29), DEFAULTS);
    assertEquals(LocalDate.of(2023, 2, 28), w.getOpens().orElseThrow());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: the two optional readings drop the request day or the first day")
  void reportPeriodOptions() {
    DeadlineRule rule = DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS);
    LocalDate r = LocalDate.of(2024, 6, 15);
    Window noEnd = window(rule, r, Interpretations.of(Interpretation.REPORT_WINDOW_EXCLUDES_REQUEST_DAY));
    assertEquals(LocalDate.of(2024, 6, 14), noEnd.getCloses());
    assertEquals(LocalDate.of(2023, 6, 15), noEnd.getOpens().orElseThrow());
    assertEquals(Counting.MONTHS_PRIOR_EXCLUDING_END, noEnd.getCounting());
    Window noStart = window(rule, r, Interpretations.of(Interpretation.REPORT_WINDOW_EXCLUDES_FIRST_DAY));
    assertEquals(LocalDate.of(2023, 6, 16), noStart.getOpens().orElseThrow());
    assertEquals(r, noStart.getCloses());
    assertEquals(Counting.MONTHS_PRIOR_EXCLUDING_START, noStart.getCounting());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a 0-month period is the request day alone, and with an end day excluded it holds no day and has no window")
  void zeroMonthPeriod() {
    DeadlineRule rule = DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS);
    DpaTerms zero = DpaTerms.builder().reportRecencyMonths(0).build();
    LocalDate r = LocalDate.of(2024, 6, 15);
    Window requestDay = rule.window(r, zero, DEFAULTS).orElseThrow();
    assertEquals(r, requestDay.getOpens().orElseThrow());
    assertEquals(r, requestDay.getCloses());
    assertTrue(rule.window(r, zero, Interpretations.of(Interpretation.REPORT_WINDOW_EXCLUDES_REQUEST_DAY)).isEmpty());
    assertTrue(rule.window(r, zero, Interpretations.of(Interpretation.REPORT_WINDOW_EXCLUDES_FIRST_DAY)).isEmpty());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: the calendar year of a 31 December request is that year; 1 January starts a new one")
  void calendarYear() {
    Window dec = window(DeadlineRule.oncePerCalendarYear(), LocalDate.of(2024, 12, 31), DEFAULTS);
    assertEquals(LocalDate.of(2024, 1, 1), dec.getOpens().orElseThrow());
    assertEquals(LocalDate.of(2024, 12, 31), dec.getCloses());
    assertFalse(dec.contains(LocalDate.of(2025, 1, 1)));
    assertEquals(Counting.CALENDAR_YEAR, dec.getCounting());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3 and 6.3: 'without undue delay' and 'as soon as reasonably practicable' have no date")
  void qualitativeRulesHaveNoWindow() {
    for (DeadlineRule r : new DeadlineRule[] {DeadlineRule.withoutUndueDelay(), DeadlineRule.withoutDelay(), DeadlineRule.promptly(), DeadlineRule.asSoonAsReasonablyPracticable(), DeadlineRule.none()}) {
      assertFalse(r.isComputable(), r.toString());
      assertTrue(r.window(LocalDate.of(2024, 1, 1), SEGMENT, DEFAULTS).isEmpty(), r.toString());
    }
    assertEquals("without undue delay", DeadlineRule.withoutUndueDelay().describe(SEGMENT));
    assertEquals("without delay", DeadlineRule.withoutDelay().describe(SEGMENT));
    assertEquals("promptly", DeadlineRule.promptly().describe(SEGMENT));
    assertEquals("as soon as reasonably practicable", DeadlineRule.asSoonAsReasonablyPracticable().describe(SEGMENT));
  }

  @Test
  @DisplayName("rules describe themselves with the contract's numbers")
  void describe() {
    assertEquals("within 60 calendar days after", DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS).describe(SEGMENT));
    assertEquals("at least 10 calendar days before", DeadlineRule.atLeastDaysBefore(TermKey.SUBPROCESSOR_NOTICE_DAYS).describe(SEGMENT));
    assertEquals("within the 12-month period prior to", DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS).describe(SEGMENT));
    assertEquals("not more than 1 per calendar year", DeadlineRule.oncePerCalendarYear().describe(SEGMENT));
    assertEquals("within 15 calendar days after",
        DeadlineRule.withinDaysAfter(TermKey.OBJECTION_DAYS).describe(DpaTerms.builder().objectionDays(15).build()));
  }

  @Test
  @DisplayName("a rule refuses a term counted in the wrong unit, naming it")
  void wrongUnitRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DeadlineRule.withinDaysAfter(TermKey.REPORT_RECENCY_MONTHS));
    assertTrue(e.getMessage().contains("REPORT_RECENCY_MONTHS") && e.getMessage().contains("MONTHS"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DeadlineRule.withinMonthsPrior(TermKey.DELETION_DAYS));
    assertThrows(IllegalArgumentException.class, () -> DeadlineRule.atLeastDaysBefore(TermKey.AUDITS_PER_CALENDAR_YEAR));
    NullPointerException npe = assertThrows(NullPointerException.class, () -> DeadlineRule.withinDaysAfter(nullTerm()));
    assertTrue(npe.getMessage().contains("term"));
  }

  @Test
  @DisplayName("rules are equal by kind and term")
  void equality() {
    assertEquals(DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS), DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS));
    assertEquals(DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS).hashCode(), DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS).hashCode());
    assertFalse(DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS).equals(DeadlineRule.withinDaysAfter(TermKey.OBJECTION_DAYS)));
    assertFalse(DeadlineRule.withinDaysAfter(TermKey.OBJECTION_DAYS).equals(DeadlineRule.atLeastDaysBefore(TermKey.OBJECTION_DAYS)));
    assertEquals(DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS), DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS));
    assertEquals(DeadlineRule.atLeastDaysBefore(TermKey.OBJECTION_DAYS), DeadlineRule.atLeastDaysBefore(TermKey.OBJECTION_DAYS));
    assertEquals("withinDaysAfter(DELETION_DAYS)", DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS).toString());
  }

  @SuppressWarnings("NullAway")
  private static TermKey nullTerm() {
    return null;
  }
}
