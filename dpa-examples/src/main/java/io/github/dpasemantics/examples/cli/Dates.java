package io.github.dpasemantics.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a date option such as {@code --as-of 2025-06-30}; anything else is refused with the form expected. */
final class Dates implements ITypeConverter<LocalDate> {
  private static final String EXPECTED = "; expected a date as YYYY-MM-DD, e.g. 2025-06-30";

  @Override
  public LocalDate convert(String value) {
    if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      throw new TypeConversionException("'" + value + "' is not a date" + EXPECTED);
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is no such day (" + e.getMessage() + ")" + EXPECTED);
    }
  }
}
