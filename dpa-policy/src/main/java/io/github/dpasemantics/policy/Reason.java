package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reason behind a {@link Decision}: a {@link ReasonCode} and the values it speaks of. The
 * sentence is rendered from the code's template only when {@link #getText()} is called, so giving
 * reasons costs no string building on the decision path.
 *
 * <p>This class is immutable and thread-safe (arguments are expected to be immutable values such
 * as dates, numbers, enums and strings).
 */
public final class Reason {
  private static final Object[] NO_ARGS = new Object[0];

  private final ReasonCode code;
  private final Object[] args;

  private Reason(ReasonCode code, Object[] args) {
    this.code = code;
    this.args = args;
  }

  /**
   * Returns a reason with no arguments.
   *
   * @param code the code
   * @return the reason
   */
  public static Reason of(ReasonCode code) {
    return new Reason(Objects.requireNonNull(code, "Reason.code must not be null"), NO_ARGS);
  }

  /**
   * Returns a reason whose sentence is filled with the given values.
   *
   * @param code the code
   * @param args the values for the template's placeholders, in order
   * @return the reason
   */
  public static Reason of(ReasonCode code, Object... args) {
    return new Reason(Objects.requireNonNull(code, "Reason.code must not be null"), args);
  }

  /**
   * Returns the machine-readable code.
   *
   * @return the code
   */
  public ReasonCode getCode() {
    return code;
  }

  /**
   * Returns the clause this reason rests on.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return code.clause();
  }

  /**
   * Returns the values the sentence speaks of.
   *
   * @return the arguments, in placeholder order
   */
  public List<Object> getArguments() {
    return List.of(args);
  }

  /**
   * Returns the reason as a sentence, with its clause id, e.g. "6.3: the objection was made on
   * 2024-03-06, within 5 calendar days after notice on 2024-03-01."
   *
   * @return the sentence
   */
  public String getText() {
    String body = args.length == 0 ? code.template()
        : new MessageFormat(code.template().replace("'", "''"), Locale.ROOT).format(render(args));
    return code.clause() + ": " + body;
  }

  private static Object[] render(Object[] args) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      // dates and numbers print in ISO / plain form, not MessageFormat's locale form
      out[i] = String.valueOf(args[i]);
    }
    return out;
  }

  /**
   * Two reasons are equal when their codes are equal and they speak of equal values. Codes are
   * compared with {@code equals}, so a code that is a value (a record naming a clause, say) need
   * not be one shared instance.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Reason && ((Reason) o).code.equals(code) && Arrays.equals(((Reason) o).args, args);
  }

  @Override
  public int hashCode() {
    return 31 * code.hashCode() + Arrays.hashCode(args);
  }

  @Override
  public String toString() {
    return code.name() + Arrays.toString(args);
  }
}
