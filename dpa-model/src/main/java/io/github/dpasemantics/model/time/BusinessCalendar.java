package io.github.dpasemantics.model.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A calendar of business days: every day except Saturdays, Sundays and a caller-supplied set of
 * holidays.
 *
 * <p>The contract counts "calendar days" (6.3) and plain days (9.1) with no extension for
 * weekends or holidays; this calendar is only consulted under the optional reading
 * {@link io.github.dpasemantics.model.contract.Interpretation#ROLL_FORWARD_TO_BUSINESS_DAY}, the
 * roll-forward of EU Regulation 1182/71 Art. 3(4) and FRCP 6(a)(1)(C). No holiday list is built
 * in: holidays differ by place and year, so the caller supplies them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BusinessCalendar {
  private static final BusinessCalendar WEEKENDS_ONLY = new BusinessCalendar(Set.of());

  private final Set<LocalDate> holidays;

  private BusinessCalendar(Set<LocalDate> holidays) {
    this.holidays = holidays;
  }

  /**
   * Returns the calendar whose only non-business days are Saturdays and Sundays.
   *
   * @return the weekends-only calendar
   */
  public static BusinessCalendar weekendsOnly() {
    return WEEKENDS_ONLY;
  }

  /**
   * Returns a calendar whose non-business days are Saturdays, Sundays and the given holidays.
   *
   * @param holidays the public holidays to skip, not null, no null elements
   * @return the calendar
   * @throws NullPointerException if {@code holidays} or an element is null
   */
  public static BusinessCalendar withHolidays(Set<LocalDate> holidays) {
    Objects.requireNonNull(holidays, "BusinessCalendar.withHolidays: holidays must not be null");
    for (LocalDate d : holidays) {
      Objects.requireNonNull(d, "BusinessCalendar.holidays must not contain null");
    }
    return holidays.isEmpty() ? WEEKENDS_ONLY : new BusinessCalendar(Set.copyOf(holidays));
  }

  /**
   * Returns the holidays of this calendar, in date order.
   *
   * @return an unmodifiable sorted view of the holidays
   */
  public Set<LocalDate> getHolidays() {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(holidays));
  }

  /**
   * Tells whether a date is a business day: not a Saturday, Sunday or holiday.
   *
   * @param date the date, not null
   * @return true if the date is a business day
   */
  public boolean isBusinessDay(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(date);
  }

  /**
   * Returns the date itself if it is a business day, otherwise the next business day after it.
   *
   * @param date the date, not null
   * @return the first business day on or after {@code date}
   */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate d = date;
    while (!isBusinessDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * Returns the date itself if it is a business day, otherwise the nearest business day before
   * it (FRCP 6(a)(5): counting backward, the "next day" is found backward).
   *
   * @param date the date, not null
   * @return the last business day on or before {@code date}
   */
  public LocalDate onOrBefore(LocalDate date) {
    LocalDate d = date;
    while (!isBusinessDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar && ((BusinessCalendar) o).holidays.equals(holidays);
  }

  @Override
  public int hashCode() {
    return holidays.hashCode();
  }

  @Override
  public String toString() {
    return holidays.isEmpty() ? "BusinessCalendar[weekends]" : "BusinessCalendar[weekends, holidays=" + new TreeSet<>(holidays) + "]";
  }
}
