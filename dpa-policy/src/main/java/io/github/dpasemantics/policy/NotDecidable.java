package io.github.dpasemantics.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on the policy class of its clause group, that a clause has no decidable question,
 * with a one-line reason (for example 7.4: "Customer's own security responsibilities; nothing for
 * the contract to decide between the parties").
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(NotDecidable.List.class)
public @interface NotDecidable {
  /**
   * The clause id in canonical form.
   *
   * @return the clause id
   */
  String clause();

  /**
   * Why nothing about the clause can be decided, in one line.
   *
   * @return the reason
   */
  String reason();

  /** The container of repeated {@link NotDecidable} declarations. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface List {
    /**
     * The declarations.
     *
     * @return the declarations
     */
    NotDecidable[] value();
  }
}
