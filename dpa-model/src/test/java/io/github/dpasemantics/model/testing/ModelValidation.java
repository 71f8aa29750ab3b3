package io.github.dpasemantics.model.testing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Jakarta validation of model values in tests, with Hibernate Validator: the violations of a
 * value as {@code "path: message"} lines, sorted.
 */
public final class ModelValidation {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private ModelValidation() {}

  /** The validator. */
  public static Validator validator() {
    return VALIDATOR;
  }

  /** Every violation of the value as {@code "path: message"}, sorted. */
  public static List<String> violations(Object value) {
    return VALIDATOR.validate(value).stream()
        .map(ModelValidation::line)
        .sorted()
        .collect(Collectors.toList());
  }

  private static String line(ConstraintViolation<?> v) {
    return v.getPropertyPath() + ": " + v.getMessage();
  }
}
