package io.github.dpasemantics.model.contract;

/** How the Agreement ended: on which ground its termination or expiration rests. */
public enum TerminationKind {
  /** The Agreement expired at the end of its term (3.4, 9.1 "termination or expiration"). */
  EXPIRATION,
  /**
   * Customer terminated for convenience after an unresolved objection to a new Third Party
   * Subprocessor, as its sole and exclusive remedy (6.3).
   */
  FOR_CONVENIENCE_UNDER_6_3,
  /** Any other termination under the Agreement. */
  OTHER
}
