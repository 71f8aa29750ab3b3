package io.github.dpasemantics.policy.fact;

/**
 * Whether Segment has become aware of a Security Incident, a fact of 7.3: "Upon becoming aware of a
 * confirmed Security Incident, Segment shall notify Customer".
 */
public enum Awareness {
  /** Segment has become aware of it. */
  AWARE,
  /** Segment has not (yet) become aware of it: no notice is due yet (7.3). */
  NOT_AWARE;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether Segment has become aware
   * @return {@link #AWARE} or {@link #NOT_AWARE}
   */
  public static Awareness of(boolean yes) {
    return yes ? AWARE : NOT_AWARE;
  }
}
