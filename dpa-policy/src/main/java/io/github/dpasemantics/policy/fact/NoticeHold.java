package io.github.dpasemantics.policy.fact;

/**
 * Whether notice of a Security Incident has been held back, a fact of 7.3: notice is due "without
 * undue delay"; a delay is excused only on the grounds of {@link DelayGround}.
 */
public enum NoticeHold {
  /** Notice has been held back: whether unduly depends on the {@link DelayGround}s. */
  HELD_BACK,
  /** Notice was or is being given straight away. */
  NOT_HELD_BACK;

  /**
   * Returns the fact for a yes/no answer, e.g. whether the monitor saw days pass before notice.
   *
   * @param yes whether notice has been held back
   * @return {@link #HELD_BACK} or {@link #NOT_HELD_BACK}
   */
  public static NoticeHold of(boolean yes) {
    return yes ? HELD_BACK : NOT_HELD_BACK;
  }
}
