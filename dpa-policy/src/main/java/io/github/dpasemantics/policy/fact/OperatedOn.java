package io.github.dpasemantics.policy.fact;

/**
 * What an operation is performed on, a fact of 2.7: "Processing" means any operation or set of
 * operations "performed on Personal Data" (2.8).
 */
public enum OperatedOn {
  /** Performed on Personal Data (2.8): the operation is Processing. */
  PERSONAL_DATA,
  /** Performed on data that is not Personal Data: the operation is not Processing. */
  OTHER_DATA;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether the operation is performed on Personal Data
   * @return {@link #PERSONAL_DATA} or {@link #OTHER_DATA}
   */
  public static OperatedOn of(boolean yes) {
    return yes ? PERSONAL_DATA : OTHER_DATA;
  }
}
