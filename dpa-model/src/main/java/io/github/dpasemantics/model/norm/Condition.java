package io.github.dpasemantics.model.norm;

import io.github.dpasemantics.model.clause.ClauseId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A named condition under which a norm applies, in the words it paraphrases: "When any new Third
 * Party Subprocessor is engaged" (6.3), "in writing" (6.3), "following the termination or
 * expiration of the Agreement" (9.1). A condition is data, not code: the policy functions decide
 * whether it holds for given facts, and cite it by its code. The standard conditions of the
 * Segment Addendum are the constants of {@link Conditions}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Condition implements WithCondition {

  Condition() {}

  /**
   * Returns a condition.
   *
   * @param code a stable kebab-case code such as {@code "written"}
   * @param clause the clause whose words the condition paraphrases
   * @param text the words of the condition
   * @return the condition
   */
  public static Condition of(String code, ClauseId clause, String text) {
    Objects.requireNonNull(code, "Condition.of: code must not be null");
    Objects.requireNonNull(clause, "Condition.of: clause must not be null");
    Objects.requireNonNull(text, "Condition.of: text must not be null");
    return ImmutableCondition.builder().code(code).clause(clause).text(text).build();
  }

  /**
   * Returns a new builder.
   *
   * <p>Required: code, clause, text; optional: none.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Condition}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableCondition.Builder {
    Builder() {}
  }

  /**
   * Returns the stable code of the condition: lower-case words joined by hyphens.
   *
   * @return the code
   */
  @NotBlank(message = "Condition.code = '${validatedValue}': must not be blank")
  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
      message = "Condition.code = '${validatedValue}': must be lower-case words joined by hyphens")
  public abstract String getCode();

  /**
   * Returns the clause whose words the condition paraphrases.
   *
   * @return the clause id
   */
  public abstract ClauseId getClause();

  /**
   * Returns the condition in words, quoting or closely paraphrasing the clause.
   *
   * @return the text
   */
  @NotBlank(message = "Condition.text = '${validatedValue}': must not be blank")
  public abstract String getText();
}
