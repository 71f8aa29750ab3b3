package io.github.dpasemantics.model.data;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One country's membership of the European Union: the day it joined and, if it left, the last
 * day it was a member.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EuMembership implements WithEuMembership {

  EuMembership() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: country, joined; optional: lastDay.
   *
   * @return a builder for {@code EuMembership}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link EuMembership}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableEuMembership.Builder {
    Builder() {}
  }

  /**
   * A membership that has not ended.
   *
   * @param country the member state
   * @param joined its first day of membership
   * @return a membership with no last day
   */
  public static EuMembership of(CountryCode country, LocalDate joined) {
    Objects.requireNonNull(country, "EuMembership.of: country must not be null");
    Objects.requireNonNull(joined, "EuMembership.of: joined must not be null");
    return ImmutableEuMembership.builder().country(country).joined(joined).build();
  }

  /**
   * A membership that ended; {@code lastDay} is the last day of membership.
   *
   * @param country the former member state
   * @param joined its first day of membership
   * @param lastDay its last day of membership, not before {@code joined}
   * @return the ended membership
   * @throws IllegalStateException if {@code lastDay} is before {@code joined}
   */
  public static EuMembership of(CountryCode country, LocalDate joined, LocalDate lastDay) {
    Objects.requireNonNull(country, "EuMembership.of: country must not be null");
    Objects.requireNonNull(joined, "EuMembership.of: joined must not be null");
    Objects.requireNonNull(lastDay, "EuMembership.of: lastDay must not be null");
    return ImmutableEuMembership.builder()
        .country(country)
        .joined(joined)
        .lastDay(lastDay)
        .build();
  }

  /**
   * The member state.
   *
   * @return the country
   */
  public abstract CountryCode getCountry();

  /**
   * The first day of membership.
   *
   * @return the day of accession
   */
  public abstract LocalDate getJoined();

  /**
   * The last day of membership, if the country left.
   *
   * @return the last day of membership, or empty while it continues
   */
  public abstract Optional<LocalDate> getLastDay();

  /**
   * Whether the country was a member on the given day (both ends inclusive).
   *
   * @param date the day asked about
   * @return {@code true} if {@code date} is on or after the day of accession and not after the last
   *     day, if any
   */
  public final boolean isMemberOn(LocalDate date) {
    return !date.isBefore(getJoined()) && getLastDay().map(last -> !date.isAfter(last)).orElse(true);
  }

  /**
   * Whether the membership has not ended according to this list.
   *
   * @return {@code true} if no last day is recorded
   */
  public final boolean isCurrent() {
    return getLastDay().isEmpty();
  }

  /**
   * Checks that the last day, when present, is not before the day the country joined.
   *
   * @throws IllegalStateException naming the country, the last day and the day it joined
   */
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
