package io.github.dpasemantics.policy.fact;

/**
 * Whose data a security event affects, as 2.9 asks it: a Security Incident leads to the
 * destruction, loss, alteration, unauthorized disclosure of or access to "Personal Data being
 * Processed by Segment". (Whose Personal Data it is, for 7.3, is the model's
 * {@code WhoseData}.)
 */
public enum AffectedData {
  /** It affects Personal Data being Processed by Segment. */
  PERSONAL_DATA_PROCESSED_BY_SEGMENT,
  /** It affects no Personal Data being Processed by Segment: no Security Incident (2.9). */
  OTHER_DATA;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether the event affects Personal Data being Processed by Segment
   * @return {@link #PERSONAL_DATA_PROCESSED_BY_SEGMENT} or {@link #OTHER_DATA}
   */
  public static AffectedData of(boolean yes) {
    return yes ? PERSONAL_DATA_PROCESSED_BY_SEGMENT : OTHER_DATA;
  }
}
