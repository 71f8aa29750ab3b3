package io.github.dpasemantics.policy.fact;

/**
 * Whether an update of the Security Measures comes "upon reasonable notice to Customer", a fact of
 * 7.2.
 */
public enum ReasonableNotice {
  /** Reasonable notice was given to Customer. */
  GIVEN,
  /** No reasonable notice was given: the update is not allowed (7.2). */
  NOT_GIVEN;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether reasonable notice was given
   * @return {@link #GIVEN} or {@link #NOT_GIVEN}
   */
  public static ReasonableNotice of(boolean yes) {
    return yes ? GIVEN : NOT_GIVEN;
  }
}
