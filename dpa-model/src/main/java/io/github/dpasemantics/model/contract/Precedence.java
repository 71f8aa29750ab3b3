package io.github.dpasemantics.model.contract;

/**
 * Which document governs when the Addendum and the Agreement conflict (3.1): "If there is any
 * conflict between this Addendum and the Agreement, this Addendum shall govern." Otherwise the
 * Agreement "remains unchanged and in full force and effect".
 */
public enum Precedence {
  /** The Addendum governs on conflict with the Agreement (3.1). */
  ADDENDUM_GOVERNS_ON_CONFLICT("3.1");

  private final String clause;

  Precedence(String clause) {
    this.clause = clause;
  }

  /**
   * The clause that sets the precedence.
   *
   * @return the clause id, {@code "3.1"}
   */
  public String getClause() {
    return clause;
  }
}
