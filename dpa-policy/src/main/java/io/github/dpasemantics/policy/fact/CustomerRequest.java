package io.github.dpasemantics.policy.fact;

/**
 * Whether Customer, the data exporter, has requested something the Standard Contractual Clauses
 * give only "upon request": the copies of Subprocessor agreements of Clause 5(j) (A.4.3.4) and the
 * certification of deletion of Clause 12(1) ("only upon Customer's request", A.4.3.7).
 */
public enum CustomerRequest {
  /** Customer has requested it. */
  REQUESTED,
  /** Customer has not requested it: it is not owed. */
  NOT_REQUESTED;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether Customer has requested it
   * @return {@link #REQUESTED} or {@link #NOT_REQUESTED}
   */
  public static CustomerRequest of(boolean yes) {
    return yes ? REQUESTED : NOT_REQUESTED;
  }
}
