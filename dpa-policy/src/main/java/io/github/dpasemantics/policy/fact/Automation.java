package io.github.dpasemantics.policy.fact;

/**
 * Whether an operation is performed by automated means, a fact of 2.7: "Processing" means any
 * operation or set of operations performed on Personal Data "whether or not by automated means",
 * so neither constant changes whether an operation is Processing; the explanation names it.
 */
public enum Automation {
  /** Performed by automated means. */
  AUTOMATED,
  /** Performed otherwise than by automated means (2.7: "whether or not"). */
  NOT_AUTOMATED;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether the operation is performed by automated means
   * @return {@link #AUTOMATED} or {@link #NOT_AUTOMATED}
   */
  public static Automation of(boolean yes) {
    return yes ? AUTOMATED : NOT_AUTOMATED;
  }
}
