package io.github.dpasemantics.policy.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.quicktheories.core.Gen;

/** Dates at and beyond the range a policy computes with (0001-01-01 to 9999-12-31). */
public final class EdgeDates {
  /** The first day a policy computes with. */
  public static final LocalDate FIRST = LocalDate.of(1, 1, 1);

  /** The last day a policy computes with. */
  public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  private EdgeDates() {}

  /** Days before the first one, down to {@link LocalDate#MIN}, or after the last one, up to {@link LocalDate#MAX}. */
  public static Gen<LocalDate> outside() {
    Gen<LocalDate> before = longs().between(LocalDate.MIN.toEpochDay(), FIRST.toEpochDay() - 1).map(LocalDate::ofEpochDay);
    Gen<LocalDate> after = longs().between(LAST.toEpochDay() + 1, LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay);
    Gen<LocalDate> extremes = longs().between(0, 3).map(i -> i == 0 ? LocalDate.MIN : i == 1 ? LocalDate.MAX
        : i == 2 ? FIRST.minusDays(1) : LAST.plusDays(1));
    return before.mix(after).mix(extremes);
  }

  /** Days within a year of either bound, inside the range. */
  public static Gen<LocalDate> nearBounds() {
    Gen<LocalDate> low = longs().between(0, 366).map(FIRST::plusDays);
    Gen<LocalDate> high = longs().between(0, 366).map(LAST::minusDays);
    return low.mix(high);
  }
}
