package io.github.dpasemantics.policy.fact;

/**
 * Whether Customer has requested something the Addendum gives only "upon Customer's request":
 * Segment's assistance with a Data Subject request (8: "Segment shall upon Customer's request (and
 * at Customer's expense) provide Customer with such assistance"), and, where the Standard
 * Contractual Clauses govern, the copies of Subprocessor agreements of Clause 5(j) (A.4.3.4) and
 * the certification of deletion of Clause 12(1) ("only upon Customer's request", A.4.3.7).
 */
public enum CustomerRequest {
  /** Customer has requested it (8, A.4.3.4, A.4.3.7: "upon Customer's request"). */
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
