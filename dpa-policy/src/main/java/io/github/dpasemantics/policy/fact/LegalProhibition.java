package io.github.dpasemantics.policy.fact;

/**
 * Whether applicable law prohibits notice of a Security Incident, a fact of 7.3: Segment shall
 * notify Customer without undue delay "unless prohibited by applicable law".
 */
public enum LegalProhibition {
  /** Applicable law prohibits notice: none is due while it does. */
  PROHIBITED_BY_LAW,
  /** No applicable law prohibits notice. */
  NOT_PROHIBITED;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether applicable law prohibits notice
   * @return {@link #PROHIBITED_BY_LAW} or {@link #NOT_PROHIBITED}
   */
  public static LegalProhibition of(boolean yes) {
    return yes ? PROHIBITED_BY_LAW : NOT_PROHIBITED;
  }
}
