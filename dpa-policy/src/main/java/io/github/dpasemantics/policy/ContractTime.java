package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.time.ContractDates;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a date given to a policy as text, where the text may be a contract date
 * ({@code 2025-01-01}) or an ISO-8601 instant with an offset or a zone
 * ({@code 2025-01-01T02:00+01:00}, {@code 2025-01-01T01:00:00Z},
 * {@code 2025-01-01T02:00+01:00[Europe/Paris]}). An instant becomes the calendar day on which it
 * falls in the contract's zone ({@link ContractDates#of}), and the result says so in words, so a
 * decision taken on it can state the conversion: an audit request at 02:00 CET on 1 January 2025 is
 * a 31 December 2024 request under the Segment preset ({@code America/Los_Angeles}), and falls in
 * the calendar year 2024 for A.2.2.2.
 *
 * <p>A date-time without an offset or zone ({@code 2025-01-01T02:00}) is refused: it names no
 * instant, so it cannot be placed in the contract's zone. This class is immutable and thread-safe.
 */
public final class ContractTime {
  /**
   * The first day the library computes with: the first day of year 1. Policies refuse earlier
   * dates (see the package comment).
   */
  public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

  /**
   * The last day the library computes with: the last day of year 9999, the last four-digit year
   * of ISO 8601. Policies refuse later dates, and the monitor refuses later events, because the
   * deadlines computed from a date (days, months, a calendar year later) must stay representable.
   */
  public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private ContractTime() {}

  /**
   * A date input as read: the field, the text given, the contract date, and, when the text was an
   * instant, that instant in the contract's zone.
   *
   * @param field the input's name, e.g. {@code "request"}
   * @param text the text given
   * @param date the contract date
   * @param zone the contract's zone
   * @param inZone the instant in the contract's zone, when the text was an instant
   */
  public record DateInput(String field, String text, LocalDate date, ZoneId zone, Optional<ZonedDateTime> inZone) {
    /**
     * Checks the parts.
     *
     * @param field the input's name
     * @param text the text given
     * @param date the contract date
     * @param zone the contract's zone
     * @param inZone the instant in the zone, if one was given
     */
    public DateInput {
      Objects.requireNonNull(field, "ContractTime.DateInput: field must not be null");
      Objects.requireNonNull(text, "ContractTime.DateInput: text must not be null");
      Objects.requireNonNull(date, "ContractTime.DateInput: date must not be null");
      Objects.requireNonNull(zone, "ContractTime.DateInput: zone must not be null");
      Objects.requireNonNull(inZone, "ContractTime.DateInput: inZone must not be null");
    }

    /**
     * Tells whether the text was an instant that had to be converted into the contract's zone.
     *
     * @return true for an instant
     */
    public boolean isConverted() {
      return inZone.isPresent();
    }

    /**
     * Returns the conversion in words, for an instant, e.g. {@code "request: 2025-01-01T02:00+01:00
     * is 2024-12-31T17:00:00-08:00 in America/Los_Angeles, the contract's zone, so its contract date
     * is 2024-12-31"}.
     *
     * @return the sentence, empty for a plain date
     */
    public Optional<String> explain() {
      return inZone.map(z -> field + ": " + text + " is " + SHOWN.format(z) + " in " + zone
          + ", the contract's zone, so its contract date is " + date);
    }
  }

  /**
   * Reads a date input.
   *
   * @param field the input's name, for messages
   * @param text a date ({@code uuuu-MM-dd}) or an ISO-8601 instant with an offset or zone
   * @param zone the contract's zone
   * @return the input as read
   * @throws IllegalArgumentException naming the field, the text and the accepted forms if the text is
   *     neither
   */
  public static DateInput date(String field, String text, ZoneId zone) {
    Objects.requireNonNull(field, "ContractTime.date: field must not be null");
    Objects.requireNonNull(text, "ContractTime.date: text must not be null");
    Objects.requireNonNull(zone, "ContractTime.date: zone must not be null");
    String t = text.trim();
    try {
      return new DateInput(field, t, LocalDate.parse(t), zone, Optional.empty());
    } catch (DateTimeParseException notADate) {
      // an instant, or an error below
    }
    ZonedDateTime given;
    try {
      given = t.endsWith("]") ? ZonedDateTime.parse(t) : OffsetDateTime.parse(t).toZonedDateTime();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " = '" + text + "': expected a date (e.g. 2025-01-01) or an ISO-8601 instant with"
          + " an offset or zone (e.g. 2025-01-01T02:00+01:00, 2025-01-01T01:00Z or 2025-01-01T02:00+01:00[Europe/Paris]), which"
          + " is placed in the contract's zone " + zone + (t.contains("T") ? "; a date-time without an offset names no instant" : ""),
          e);
    }
    LocalDate date = ContractDates.of(given.toInstant(), zone);
    return new DateInput(field, t, date, zone, Optional.of(given.withZoneSameInstant(zone)));
  }
}
