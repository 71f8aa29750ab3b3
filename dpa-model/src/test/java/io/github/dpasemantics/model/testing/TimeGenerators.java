package io.github.dpasemantics.model.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.time.BusinessCalendar;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.quicktheories.core.Gen;

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

  /** Terms with random (valid) numbers. */
  public static Gen<DpaTerms> terms() {
    return integers().between(0, 60).zip(integers().between(0, 30), integers().between(0, 365),
        (notice, objection, deletion) -> DpaTerms.builder().subprocessorNoticeDays(notice)
            .objectionDays(objection).deletionDays(deletion).build())
        .zip(integers().between(1, 36), (t, months) -> DpaTerms.builder().from(t).reportRecencyMonths(months).build());
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
