package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.policy.ContractTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks a date option such as {@code --as-of 2025-06-30} or {@code --as-of 2026-01-01T02:00:00+01:00}:
 * a date, or an ISO-8601 instant with an offset or zone, which the command places in the contract's
 * zone once it has read the contract ({@link ContractTime#date}). Anything else is refused with the
 * form expected. The text is kept as given.
 */
final class Dates implements ITypeConverter<String> {
  private static final String EXPECTED = "; expected a date as YYYY-MM-DD, e.g. 2025-06-30, or an instant with an"
      + " offset or zone, e.g. 2025-06-30T18:00:00+02:00";

  @Override
  public String convert(String value) {
    if (value.indexOf('T') >= 0) {
      try {
        ContractTime.date("--as-of", value, ZoneOffset.UTC);
        return value;
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' names no instant" + EXPECTED);
      }
    }
    if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      throw new TypeConversionException("'" + value + "' is not a date" + EXPECTED);
    }
    try {
      LocalDate.parse(value);
      return value;
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is no such day (" + e.getMessage() + ")" + EXPECTED);
    }
  }
}
