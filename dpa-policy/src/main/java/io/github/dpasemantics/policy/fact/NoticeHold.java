package io.github.dpasemantics.policy.fact;

/**
 * Whether notice of a Security Incident has been held back, a fact of 7.3: notice is due "without
 * undue delay"; a delay is excused only on the grounds of {@link DelayGround}.
 */
public enum NoticeHold {
  /** Notice was or is being given straight away. */
  NOT_HELD_BACK,
  /** Notice has been held back: whether unduly depends on the {@link DelayGround}s. */
  HELD_BACK;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether notice has been held back
   * @return {@link #NOT_HELD_BACK} or {@link #HELD_BACK}
   */
  public static NoticeHold of(boolean yes) {
    return yes ? NOT_HELD_BACK : HELD_BACK;
  }
}
