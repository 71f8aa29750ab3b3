package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.norm.Deeming;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a public static policy method shows a deeming provision of the model
 * ({@link Deeming}) as an explained decision, rather than deciding a question: the clause says "X
 * counts as Y", so once the fact is known nothing is left to decide. The policy catalogue lists
 * such methods (so the command line can still answer them), and the clause-coverage table counts
 * their clauses as {@link ClauseCoverage.Status#ENCODED encoded}, not decided.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Encodes {
  /**
   * The deeming provision the method shows.
   *
   * @return the provision
   */
  Deeming value();
}
