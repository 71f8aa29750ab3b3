package io.github.dpasemantics.policy.fact;

/**
 * Whether Segment, the data importer, is certified under the EU-U.S. Data Privacy Framework, a
 * fact of A.4.3 and A.4.3.8: the European Commission's adequacy decision of 10 July 2023 covers
 * only certified organisations, so only a certified Segment in the United States has "adequate
 * protection" without the Standard Contractual Clauses.
 */
public enum DpfCertification {
  /** Segment is certified under the Data Privacy Framework. */
  CERTIFIED,
  /** Segment is not certified under the Data Privacy Framework. */
  NOT_CERTIFIED;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether Segment is certified
   * @return {@link #CERTIFIED} or {@link #NOT_CERTIFIED}
   */
  public static DpfCertification of(boolean yes) {
    return yes ? CERTIFIED : NOT_CERTIFIED;
  }
}
