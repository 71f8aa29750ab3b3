package io.github.dpasemantics.policy.fact;

/**
 * Whether an update of the Security Measures materially decreases Segment's obligations, a fact
 * of 7.2: the Security Measures may be updated upon reasonable notice, "but the modifications
 * will not materially decrease Segment's obligations as compared to those reflected in such terms
 * as of the Effective Date".
 */
public enum MaterialDecrease {
  /** The update materially decreases Segment's obligations against the Effective Date: not allowed (7.2). */
  MATERIALLY_DECREASES,
  /** The update does not materially decrease Segment's obligations. */
  DOES_NOT_MATERIALLY_DECREASE;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether the update materially decreases Segment's obligations
   * @return {@link #MATERIALLY_DECREASES} or {@link #DOES_NOT_MATERIALLY_DECREASE}
   */
  public static MaterialDecrease of(boolean yes) {
    return yes ? MATERIALLY_DECREASES : DOES_NOT_MATERIALLY_DECREASE;
  }
}
