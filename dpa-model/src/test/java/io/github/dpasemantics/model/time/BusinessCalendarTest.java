package io.github.dpasemantics.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  private static final LocalDate FRI = LocalDate.of(2024, 3, 1);
  private static final LocalDate SAT = FRI.plusDays(1);
  private static final LocalDate SUN = FRI.plusDays(2);
  private static final LocalDate MON = FRI.plusDays(3);

  @Test
  @DisplayName("weekends are not business days; weekdays are")
  void weekends() {
    BusinessCalendar c = BusinessCalendar.weekendsOnly();
    assertTrue(c.isBusinessDay(FRI));
    assertFalse(c.isBusinessDay(SAT));
    assertFalse(c.isBusinessDay(SUN));
    assertTrue(c.isBusinessDay(MON));
    assertEquals(MON, c.onOrAfter(SAT));
    assertEquals(MON, c.onOrAfter(SUN));
    assertEquals(FRI, c.onOrAfter(FRI));
    assertEquals(FRI, c.onOrBefore(SUN));
    assertEquals(FRI, c.onOrBefore(SAT));
    assertEquals(MON, c.onOrBefore(MON));
  }

  @Test
  @DisplayName("holidays are skipped in both directions")
  void holidays() {
    BusinessCalendar c = BusinessCalendar.withHolidays(Set.of(MON, FRI));
    assertFalse(c.isBusinessDay(MON));
    assertEquals(MON.plusDays(1), c.onOrAfter(SAT));
    assertEquals(FRI.minusDays(1), c.onOrBefore(SUN));
    assertEquals(Set.of(FRI, MON), c.getHolidays());
    assertTrue(c.toString().contains("2024-03-04"), c.toString());
  }

  @Test
  @DisplayName("calendars are values; an empty holiday set is the weekends-only calendar")
  void equality() {
    assertSame(BusinessCalendar.weekendsOnly(), BusinessCalendar.withHolidays(Set.of()));
    assertEquals(BusinessCalendar.withHolidays(Set.of(MON)), BusinessCalendar.withHolidays(new HashSet<>(Set.of(MON))));
    assertEquals(BusinessCalendar.withHolidays(Set.of(MON)).hashCode(), BusinessCalendar.withHolidays(Set.of(MON)).hashCode());
    assertNotEquals(BusinessCalendar.withHolidays(Set.of(MON)), BusinessCalendar.weekendsOnly());
    assertEquals("BusinessCalendar[weekends]", BusinessCalendar.weekendsOnly().toString());
  }

  @Test
  @DisplayName("a null holiday set or element is refused with a message")
  void nullsRefused() {
    assertTrue(assertThrows(NullPointerException.class, () -> BusinessCalendar.withHolidays(nullSet()))
        .getMessage().contains("holidays"));
    Set<LocalDate> withNull = new HashSet<>();
    withNull.add(nullDate());
    assertTrue(assertThrows(NullPointerException.class, () -> BusinessCalendar.withHolidays(withNull))
        .getMessage().contains("null"));
  }

  @Test
  @DisplayName("an instant becomes a contract date only through the contract's zone")
  void contractDates() {
    Instant i = Instant.parse("2024-03-02T06:30:00Z");
    assertEquals(LocalDate.of(2024, 3, 1), ContractDates.of(i, ZoneId.of("America/Los_Angeles")));
    assertEquals(LocalDate.of(2024, 3, 2), ContractDates.of(i, ZoneId.of("Europe/Berlin")));
    assertTrue(assertThrows(NullPointerException.class, () -> ContractDates.of(i, nullZone())).getMessage().contains("zone"));
  }

  @Test
  @DisplayName("a window refuses a last day before its first day, naming both")
  void windowInvariant() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Window.between(MON, FRI, FRI, Counting.DAYS_AFTER));
    assertTrue(e.getMessage().contains("2024-03-01") && e.getMessage().contains("2024-03-04"), e.getMessage());
    Window w = Window.between(FRI, MON, FRI, Counting.DAYS_AFTER);
    assertEquals(w, Window.between(FRI, MON, FRI, Counting.DAYS_AFTER));
    assertEquals(w.hashCode(), Window.between(FRI, MON, FRI, Counting.DAYS_AFTER).hashCode());
    assertNotEquals(w, Window.between(FRI, MON, FRI, Counting.DAYS_AFTER_ROLLED_FORWARD));
    assertNotEquals(w, Window.until(MON, FRI, Counting.DAYS_AFTER));
    assertEquals("[2024-03-01, 2024-03-04] DAYS_AFTER", w.toString());
    assertEquals("(.., 2024-03-04] DAYS_BEFORE", Window.until(MON, FRI, Counting.DAYS_BEFORE).toString());
    for (Counting c : Counting.values()) {
      assertFalse(c.description().isBlank());
    }
  }

  @SuppressWarnings("NullAway")
  private static Set<LocalDate> nullSet() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static LocalDate nullDate() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static ZoneId nullZone() {
    return null;
  }
}
