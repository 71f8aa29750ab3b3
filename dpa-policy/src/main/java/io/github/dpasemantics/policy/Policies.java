package io.github.dpasemantics.policy;

import java.util.List;

/**
 * The registry of policy classes: one class per clause group, each with public static methods
 * annotated {@link Decides} and, on the class, {@link NotDecidable} declarations for clauses of
 * its group that have no decidable question. The clause-coverage check, the {@code dpa policies}
 * command and the HTML reference read this list.
 */
public final class Policies {
  private static final List<Class<?>> CLASSES = List.of(
      // one line per clause-group class, in document order of the clauses they decide
      Scope.class,
      Definitions.class,
      Processing.class,
      Subprocessing.class,
      Security.class,
      DataSubjects.class,
      Deletion.class,
      Audits.class,
      Transfers.class,
      California.class
  );

  private Policies() {}

  /**
   * Returns the policy classes, in document order of their clause groups.
   *
   * @return the classes
   */
  public static List<Class<?>> classes() {
    return CLASSES;
  }
}
