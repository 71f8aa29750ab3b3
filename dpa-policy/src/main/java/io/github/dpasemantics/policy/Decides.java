package io.github.dpasemantics.policy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which clauses a public static policy method decides. The clause-coverage check reads
 * these annotations from the classes listed in {@link Policies#classes()} and fails the build if a
 * clause of the catalogue is neither decided nor declared {@link NotDecidable}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Decides {
  /**
   * The ids of the clauses decided, in canonical form ({@code "6.3"}, {@code "A.2.2.2"}).
   *
   * @return the clause ids
   */
  String[] value();

  /**
   * The ids of clauses the method's reasons quote without deciding them: a clause whose words a
   * reason genuinely relies on (2.11's definition in a 6.3 decision, say), in canonical form.
   * The policy-citation check allows a reason to cite a clause only if it is decided or quoted.
   *
   * @return the quoted clause ids, empty by default
   */
  String[] quotes() default {};
}
