package io.github.dpasemantics.model.time;

import static io.github.dpasemantics.model.testing.TimeGenerators.calendars;
import static io.github.dpasemantics.model.testing.TimeGenerators.dates;
import static io.github.dpasemantics.model.testing.TimeGenerators.readings;
import static io.github.dpasemantics.model.testing.TimeGenerators.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.TermKey;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlineRuleProperties {
  private static final Interpretations DEFAULTS = Interpretations.defaults();

  @Test
  @DisplayName("within N days after X: the last day is exactly X + N, the next day is outside, X itself is outside")
  void withinDaysAfterBoundary() {
    qt().forAll(dates(), terms()).checkAssert((x, terms) -> {
      for (TermKey k : new TermKey[] {TermKey.OBJECTION_DAYS, TermKey.DELETION_DAYS}) {
        Window w = DeadlineRule.withinDaysAfter(k).window(x, terms, DEFAULTS).orElseThrow();
        int n = terms.days(k);
        assertEquals(x.plusDays(n), w.getCloses());
        assertTrue(w.contains(x.plusDays(n)));
        assertFalse(w.contains(x.plusDays(n + 1L)));
        assertEquals(n == 0, w.contains(x), "the trigger day is counted only when N is 0 (the window is then that day)");
        assertEquals(n, ChronoUnit.DAYS.between(x, w.getCloses()));
      }
    });
  }

  @Test
  @DisplayName("at least N days before P: P − N is timely, P − N + 1 is not; clear days is one day stricter")
  void atLeastDaysBeforeBoundary() {
    qt().forAll(dates(), terms()).checkAssert((p, terms) -> {
      DeadlineRule rule = DeadlineRule.atLeastDaysBefore(TermKey.SUBPROCESSOR_NOTICE_DAYS);
      int n = terms.getSubprocessorNoticeDays();
      Window w = rule.window(p, terms, DEFAULTS).orElseThrow();
      assertTrue(w.contains(p.minusDays(n)));
      assertFalse(w.contains(p.minusDays(n - 1L)));
      Window clear = rule.window(p, terms, Interpretations.of(Interpretation.ADVANCE_NOTICE_CLEAR_DAYS)).orElseThrow();
      assertEquals(w.getCloses().minusDays(1), clear.getCloses());
    });
  }

  @Test
  @DisplayName("roll-forward never shortens a period and always ends on a business day within the next holiday run")
  void rollForwardIsMonotone() {
    Interpretations roll = Interpretations.of(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY);
    qt().forAll(dates(), terms(), calendars()).checkAssert((x, t, cal) -> {
      DpaTerms terms = DpaTerms.builder().from(t).businessCalendar(cal).build();
      DeadlineRule rule = DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS);
      LocalDate plain = rule.window(x, terms, DEFAULTS).orElseThrow().getCloses();
      LocalDate rolled = rule.window(x, terms, roll).orElseThrow().getCloses();
      assertFalse(rolled.isBefore(plain));
      assertTrue(cal.isBusinessDay(rolled));
      for (LocalDate d = plain; d.isBefore(rolled); d = d.plusDays(1)) {
        assertFalse(cal.isBusinessDay(d), "skipped " + d + " which is a business day");
      }
      LocalDate before = DeadlineRule.atLeastDaysBefore(TermKey.SUBPROCESSOR_NOTICE_DAYS).window(x, terms, roll).orElseThrow().getCloses();
      assertTrue(cal.isBusinessDay(before));
      assertFalse(before.isAfter(x.minusDays(terms.getSubprocessorNoticeDays())));
    });
  }

  @Test
  @DisplayName("exhaustive sweep over a leap and a non-leap year: every day's windows match the counting rule")
  void sweepLeapAndNonLeapYears() {
    DpaTerms terms = DpaTerms.segment();
    for (int year : new int[] {2023, 2024}) {
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        Window obj = DeadlineRule.withinDaysAfter(TermKey.OBJECTION_DAYS).window(d, terms, DEFAULTS).orElseThrow();
        assertEquals(d.plusDays(1), obj.getOpens().orElseThrow());
        assertEquals(d.plusDays(5), obj.getCloses());
        Window del = DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS).window(d, terms, DEFAULTS).orElseThrow();
        assertEquals(60, ChronoUnit.DAYS.between(d, del.getCloses()));
        Window notice = DeadlineRule.atLeastDaysBefore(TermKey.SUBPROCESSOR_NOTICE_DAYS).window(d, terms, DEFAULTS).orElseThrow();
        assertEquals(10, ChronoUnit.DAYS.between(notice.getCloses(), d));
        Window report = DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS).window(d, terms, DEFAULTS).orElseThrow();
        LocalDate first = report.getOpens().orElseThrow();
        assertEquals(year - 1, first.getYear());
        assertEquals(d.getMonth(), first.getMonth());
        assertEquals(Math.min(d.getDayOfMonth(), first.lengthOfMonth()), first.getDayOfMonth());
        long span = ChronoUnit.DAYS.between(first, d);
        assertTrue(span >= 365 && span <= 366, d + " spans " + span);
        Window year1 = DeadlineRule.oncePerCalendarYear().window(d, terms, DEFAULTS).orElseThrow();
        assertTrue(year1.contains(d));
        assertEquals(year, year1.getOpens().orElseThrow().getYear());
        assertEquals(year, year1.getCloses().getYear());
      }
    }
  }

  @Test
  @DisplayName("every window contains its closing day and, when it has one, its opening day")
  void windowsContainTheirEnds() {
    qt().forAll(dates(), terms(), readings()).checkAssert((d, terms, readings) -> {
      for (DeadlineRule rule : new DeadlineRule[] {
          DeadlineRule.withinDaysAfter(TermKey.OBJECTION_DAYS), DeadlineRule.atLeastDaysBefore(TermKey.SUBPROCESSOR_NOTICE_DAYS),
          DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS), DeadlineRule.oncePerCalendarYear()}) {
        java.util.Optional<Window> window = rule.window(d, terms, readings);
        if (window.isEmpty()) {
          // only a 0-month report period with one of its end days excluded holds no day (A.2.2.2)
          assertEquals(DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS), rule);
          assertEquals(0, terms.getReportRecencyMonths());
          assertTrue(readings.is(Interpretation.REPORT_WINDOW_EXCLUDES_REQUEST_DAY)
              || readings.is(Interpretation.REPORT_WINDOW_EXCLUDES_FIRST_DAY));
          continue;
        }
        Window w = window.get();
        assertTrue(w.contains(w.getCloses()));
        w.getOpens().ifPresent(o -> assertTrue(w.contains(o)));
        assertFalse(w.contains(w.getCloses().plusDays(1)));
        assertTrue(w.isClosedOn(w.getCloses().plusDays(1)));
        assertFalse(w.isClosedOn(w.getCloses()));
        assertEquals(d, w.getAnchor());
      }
    });
  }
}
