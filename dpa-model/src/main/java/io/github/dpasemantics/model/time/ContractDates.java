package io.github.dpasemantics.model.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The one place where an {@link Instant} becomes a contract date: the calendar day on which the
 * instant falls in the contract's zone (docs/legal-background.md, "Counting time"). An incident confirmed at
 * 2024-03-02T06:30Z is a 1 March event under the Segment preset ({@code America/Los_Angeles}).
 */
public final class ContractDates {
  private ContractDates() {}

  /**
   * Returns the contract date of an instant.
   *
   * @param instant the instant, not null
   * @param zone the contract's zone, not null
   * @return the local date of {@code instant} in {@code zone}
   * @throws NullPointerException naming the argument if one is null
   */
  public static LocalDate of(Instant instant, ZoneId zone) {
    Objects.requireNonNull(instant, "ContractDates.of: instant must not be null");
    Objects.requireNonNull(zone, "ContractDates.of: zone must not be null");
    return LocalDate.ofInstant(instant, zone);
  }
}
