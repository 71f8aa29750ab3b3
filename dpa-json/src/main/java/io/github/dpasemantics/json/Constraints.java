package io.github.dpasemantics.json;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Jakarta constraints of a model member, read from its accessor ({@code @NotBlank},
 * {@code @Pattern}, {@code @Email}, {@code @Min}/{@code @Max}, {@code @Positive},
 * {@code @PositiveOrZero}, {@code @Size}, {@code @NotEmpty}), and the one statement of how a value
 * breaks them, in the words of the one-line message ({@link ModelModule} checks them while reading).
 *
 * @param notBlank whether the text must not be blank
 * @param pattern the pattern the text must match, if any
 * @param min the least number allowed, if any
 * @param max the greatest number allowed, if any
 * @param minSize the least length or size, if any
 * @param maxSize the greatest length or size, if any
 */
record Constraints(boolean notBlank, @Nullable String pattern, @Nullable Long min, @Nullable Long max,
    @Nullable Integer minSize, @Nullable Integer maxSize) {
  /** No constraint. */
  static final Constraints NONE = new Constraints(false, null, null, null, null, null);

  /**
   * A value's breach of its member's constraints.
   *
   * @param problem what was found
   * @param expected the expected form
   * @param rule the rule broken
   */
  record Violation(String problem, String expected, String rule) {}

  /**
   * The constraints of an accessor: those on the method, or, for an {@code Optional<T>} without
   * any, those on its type argument ({@code Optional<@Pattern(...) String> getNote()}), which
   * apply to the value when present.
   *
   * @param accessor the accessor
   * @return its constraints, {@link #NONE} if none
   */
  static Constraints of(Method accessor) {
    Constraints own = of((AnnotatedElement) accessor);
    if (!own.equals(NONE) || accessor.getReturnType() != Optional.class) {
      return own;
    }
    AnnotatedType returned = accessor.getAnnotatedReturnType();
    if (returned instanceof AnnotatedParameterizedType parameterized) {
      AnnotatedType[] args = parameterized.getAnnotatedActualTypeArguments();
      if (args.length == 1) {
        return of(args[0]);
      }
    }
    return own;
  }

  private static Constraints of(AnnotatedElement e) {
    boolean notBlank = e.isAnnotationPresent(NotBlank.class);
    Pattern p = e.getAnnotation(Pattern.class);
    String pattern = p != null ? p.regexp() : e.isAnnotationPresent(Email.class) ? Formats.EMAIL : null;
    Long min = null;
    Long max = null;
    Integer minSize = null;
    Integer maxSize = null;
    Min mn = e.getAnnotation(Min.class);
    if (mn != null) {
      min = mn.value();
    }
    Max mx = e.getAnnotation(Max.class);
    if (mx != null) {
      max = mx.value();
    }
    if (e.isAnnotationPresent(Positive.class)) {
      min = 1L;
    }
    if (e.isAnnotationPresent(PositiveOrZero.class)) {
      min = 0L;
    }
    Size size = e.getAnnotation(Size.class);
    if (size != null) {
      minSize = size.min();
      maxSize = size.max() == Integer.MAX_VALUE ? null : size.max();
    }
    if (e.isAnnotationPresent(NotEmpty.class)) {
      minSize = 1;
    }
    if (!notBlank && pattern == null && min == null && max == null && minSize == null && maxSize == null) {
      return NONE;
    }
    return new Constraints(notBlank, pattern, min, max, minSize, maxSize);
  }

  /**
   * Returns how a member's value breaks these constraints, if it does.
   *
   * @param name the member's name
   * @param v the value (an {@code Optional} is checked when present)
   * @param shown the value as the message shows it, e.g. {@code the string "x"}
   * @return the breach, or {@code null}
   */
  @Nullable Violation violation(String name, @Nullable Object v, String shown) {
    if (equals(NONE)) {
      return null;
    }
    Object value = v instanceof Optional<?> o ? o.orElse(null) : v;
    if (value instanceof CharSequence) {
      String text = value.toString();
      if (notBlank && text.isBlank()) {
        return new Violation("found a blank string", "a non-blank string", name + " must not be blank");
      }
      if (pattern != null && !text.matches(pattern)) {
        return new Violation("found " + shown, "text matching " + pattern, name + " must match the pattern");
      }
      return sizeViolation(text.length(), "characters", name);
    } else if (value instanceof Number number) {
      long n = number.longValue();
      if (min != null && n < min) {
        return new Violation("found " + shown, "a number of at least " + min, name + " must be at least " + min);
      }
      if (max != null && n > max) {
        return new Violation("found " + shown, "a number of at most " + max, name + " must be at most " + max);
      }
    } else if (value instanceof Collection<?> items) {
      return sizeViolation(items.size(), "items", name);
    }
    return null;
  }

  private @Nullable Violation sizeViolation(int size, String unit, String name) {
    if (minSize != null && size < minSize) {
      return new Violation("found " + size + " " + unit, "at least " + minSize + " " + unit,
          name + " must not be too short");
    }
    if (maxSize != null && size > maxSize) {
      return new Violation("found " + size + " " + unit, "at most " + maxSize + " " + unit,
          name + " must not be too long");
    }
    return null;
  }
}
