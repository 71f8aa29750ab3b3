package io.github.dpasemantics.model.data;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One country's membership of the European Union: the day it joined and, if it left, the last
 * day it was a member.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EuMembership {

  EuMembership() {}

  /** A membership that has not ended. */
  public static EuMembership of(CountryCode country, LocalDate joined) {
    return ImmutableEuMembership.builder().country(country).joined(joined).build();
  }

  /** A membership that ended; {@code lastDay} is the last day of membership. */
  public static EuMembership of(CountryCode country, LocalDate joined, LocalDate lastDay) {
    return ImmutableEuMembership.builder()
        .country(country)
        .joined(joined)
        .lastDay(lastDay)
        .build();
  }

  /** The member state. */
  public abstract CountryCode getCountry();

  /** The first day of membership. */
  public abstract LocalDate getJoined();

  /** The last day of membership, if the country left. */
  public abstract Optional<LocalDate> getLastDay();

  /** Whether the country was a member on the given day (both ends inclusive). */
  public final boolean isMemberOn(LocalDate date) {
    return !date.isBefore(getJoined()) && getLastDay().map(last -> !date.isAfter(last)).orElse(true);
  }

  /** Whether the membership has not ended according to this list. */
  public final boolean isCurrent() {
    return getLastDay().isEmpty();
  }

  @Value.Check
  protected void check() {
    getLastDay()
        .filter(last -> last.isBefore(getJoined()))
        .ifPresent(
            last -> {
              throw new IllegalStateException(
                  "EuMembership.lastDay = " + last + " for " + getCountry()
                      + ": must not be before EuMembership.joined = " + getJoined());
            });
  }
}
