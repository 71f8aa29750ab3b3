package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;

/**
 * A machine-readable reason a policy gives, with the clause it rests on and a sentence template
 * that quotes or paraphrases that clause. Each policy class declares its codes as a nested enum
 * implementing this interface, so codes are constants and cost nothing to hand out.
 *
 * <p>Templates use {@link java.text.MessageFormat} placeholders ({@code {0}}, {@code {1}}, ...)
 * filled from the {@link Reason}'s arguments only when the sentence is asked for.
 */
public interface ReasonCode {
  /**
   * Returns the code's stable name, e.g. {@code OBJECTION_WITHIN_WINDOW}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the clause this reason rests on.
   *
   * @return the clause id
   */
  ClauseId clause();

  /**
   * Returns the sentence template, quoting or paraphrasing the clause.
   *
   * @return the template
   */
  String template();
}
