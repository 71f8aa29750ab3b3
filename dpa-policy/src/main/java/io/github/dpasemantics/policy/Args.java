package io.github.dpasemantics.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks for the policy classes that build their message only when a check fails, so a
 * decision's hot path concatenates no strings.
 */
final class Args {
  private Args() {}

  /**
   * Refuses a null argument with a message naming the class, method and parameter.
   *
   * @param value the argument
   * @param owner the policy class's simple name, e.g. {@code "Deletion"}
   * @param method the method name
   * @param field the parameter name
   * @throws NullPointerException "Owner.method: field must not be null" if {@code value} is null
   */
  static void notNull(@Nullable Object value, String owner, String method, String field) {
    if (value == null) {
      throw new NullPointerException(owner + "." + method + ": " + field + " must not be null");
    }
  }

  /** The first day a policy computes with ({@link ContractTime#FIRST_DAY}). */
  static final LocalDate FIRST_DAY = ContractTime.FIRST_DAY;

  /** The last day a policy computes with ({@link ContractTime#LAST_DAY}). */
  static final LocalDate LAST_DAY = ContractTime.LAST_DAY;

  private static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant AFTER_LAST_INSTANT = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

  /**
   * Refuses a null date, or one outside the range a policy computes with ({@link #FIRST_DAY} to
   * {@link #LAST_DAY}, the four-digit years of ISO 8601): deadlines are computed by adding days,
   * months and years, which near {@link LocalDate#MIN} or {@link LocalDate#MAX} would leave the
   * dates Java can represent.
   *
   * @param value the date
   * @param owner the policy class's simple name
   * @param method the method name
   * @param field the parameter name
   * @throws NullPointerException "Owner.method: field must not be null" if {@code value} is null
   * @throws IllegalArgumentException naming the method, parameter, value and range if it is outside the range
   */
  static void date(@Nullable LocalDate value, String owner, String method, String field) {
    notNull(value, owner, method, field);
    LocalDate day = Objects.requireNonNull(value);
    if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
      throw new IllegalArgumentException(owner + "." + method + ": " + field + " = " + value
          + " is outside the dates a policy computes with, " + FIRST_DAY + " to " + LAST_DAY);
    }
  }

  /**
   * Refuses a null instant, or one whose UTC day is outside the range of {@link #date}.
   *
   * @param value the instant
   * @param owner the policy class's simple name
   * @param method the method name
   * @param field the parameter name
   * @throws NullPointerException "Owner.method: field must not be null" if {@code value} is null
   * @throws IllegalArgumentException naming the method, parameter, value and range if it is outside the range
   */
  static void instant(@Nullable Instant value, String owner, String method, String field) {
    notNull(value, owner, method, field);
    Instant at = Objects.requireNonNull(value);
    if (at.isBefore(FIRST_INSTANT) || !at.isBefore(AFTER_LAST_INSTANT)) {
      throw new IllegalArgumentException(owner + "." + method + ": " + field + " = " + value
          + " is outside the instants a policy computes with, " + FIRST_DAY + "T00:00:00Z to " + LAST_DAY
          + "T23:59:59.999999999Z");
    }
  }
}
