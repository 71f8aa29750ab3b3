package io.github.dpasemantics.model.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.time.BusinessCalendar;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for contract dates, terms and readings: the one place for them in dpa-model. */
public final class TimeGenerators {
  private TimeGenerators() {}

  /** Dates from 2000-01-01 to 2040-12-31. */
  public static Gen<LocalDate> dates() {
    return integers().between((int) LocalDate.of(2000, 1, 1).toEpochDay(), (int) LocalDate.of(2040, 12, 31).toEpochDay())
        .map(d -> LocalDate.ofEpochDay(d));
  }

  /** Day counts from 0 to 400. */
  public static Gen<Integer> dayCounts() {
    return integers().between(0, 400);
  }

  /**
   * Terms with every number anywhere in the range the model accepts (DpaTerms' constraints):
   * notice, objection and deletion days 0..3,650 (6.3, 9.1), audits per calendar year 1..366 and
   * report recency 0..120 months (A.2.2.2); each number is a third of the time one of its bounds
   * or the Segment preset's value, so both ends and the preset are reached.
   *
   */
  public static Gen<DpaTerms> terms() {
    DpaTerms preset = DpaTerms.segment();
    return within(0, 3650, preset.getSubprocessorNoticeDays()).zip(within(0, 3650, preset.getObjectionDays()),
        within(0, 3650, preset.getDeletionDays()),
        (notice, objection, deletion) -> DpaTerms.builder().subprocessorNoticeDays(notice)
            .objectionDays(objection).deletionDays(deletion).build())
        .zip(within(1, 366, preset.getAuditsPerCalendarYear()), within(0, 120, preset.getReportRecencyMonths()),
            (t, audits, months) -> DpaTerms.builder().from(t).auditsPerCalendarYear(audits)
                .reportRecencyMonths(months).build());
  }

  /** Numbers from min to max; a third of the time min, max or the preset's value. */
  private static Gen<Integer> within(int min, int max, int preset) {
    return integers().between(min, max).mix(Generate.pick(List.of(min, max, preset)), 33);
  }

  /** Any combination of readings, one per question. */
  public static Gen<Interpretations> readings() {
    Question[] qs = Question.values();
    return integers().allPositive().map(seed -> {
      Interpretations out = Interpretations.defaults();
      int s = seed;
      for (Question q : qs) {
        java.util.List<Interpretation> options = new java.util.ArrayList<>();
        for (Interpretation i : Interpretation.values()) {
          if (i.question() == q) {
            options.add(i);
          }
        }
        out = out.with(options.get(s % options.size()));
        s /= options.size();
      }
      return out;
    });
  }

  /** A calendar with up to 20 holidays in 2000–2040. */
  public static Gen<BusinessCalendar> calendars() {
    return integers().between(0, Integer.MAX_VALUE).map(seed -> {
      java.util.Random r = new java.util.Random(seed);
      Set<LocalDate> days = new HashSet<>();
      int n = r.nextInt(21);
      for (int i = 0; i < n; i++) {
        days.add(LocalDate.of(2000, 1, 1).plusDays(r.nextInt(15000)));
      }
      return BusinessCalendar.withHolidays(days);
    });
  }
}
