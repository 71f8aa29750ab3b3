package io.github.dpasemantics.policy.fact;

/**
 * Whether Segment is able to comply with the Privacy Shield Principles, a fact of A.4.2: "If
 * Segment is unable to comply with this requirement, Segment shall inform Customer."
 */
public enum PrivacyShieldCompliance {
  /** Segment is able to comply with the Privacy Shield Principles. */
  ABLE_TO_COMPLY,
  /** Segment is unable to comply: it shall inform Customer (A.4.2). */
  UNABLE_TO_COMPLY;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether Segment is able to comply
   * @return {@link #ABLE_TO_COMPLY} or {@link #UNABLE_TO_COMPLY}
   */
  public static PrivacyShieldCompliance of(boolean yes) {
    return yes ? ABLE_TO_COMPLY : UNABLE_TO_COMPLY;
  }
}
