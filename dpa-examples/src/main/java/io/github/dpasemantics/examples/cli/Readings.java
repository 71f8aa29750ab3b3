package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.json.InvalidInputException;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an {@code --interpretation NAME} option; an unknown name is refused with the known ones. */
final class Readings implements ITypeConverter<Interpretation> {
  @Override
  public Interpretation convert(String value) {
    try {
      return Interpretation.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + value + "' is not a documented reading; expected one of: "
          + Arrays.stream(Interpretation.values()).map(Enum::name).collect(Collectors.joining(", "))
          + " (see docs/interpretations.md)");
    }
  }

  /**
   * Returns the readings chosen, refusing two for one question.
   *
   * @param chosen the readings given on the command line
   * @return the interpretations
   */
  static Interpretations of(List<Interpretation> chosen) {
    try {
      return Interpretations.of(chosen.toArray(new Interpretation[0]));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.argument("--interpretation", String.valueOf(e.getMessage()),
          "at most one reading per question");
    }
  }
}
