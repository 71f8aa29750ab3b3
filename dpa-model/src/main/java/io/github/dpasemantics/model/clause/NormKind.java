package io.github.dpasemantics.model.clause;

/**
 * The normative kind of a clause: what the clause does in the contract.
 *
 * <p>A clause that does several things has one primary kind (what it mainly does) and may have
 * secondary kinds; see {@link Clause#getKind()} and {@link Clause#getSecondaryKinds()}.
 */
public enum NormKind {
  /** Gives a term its meaning (2.1–2.11, A.1.1, B.1). */
  DEFINITION,
  /** Requires a party to do something ("Segment shall", "Customer will"; 6.3, 7.1, 9.1). */
  OBLIGATION,
  /** Allows a party to do something it might otherwise not ("Segment may retain"; 9.2). */
  PERMISSION,
  /** Forbids a party to do something ("Segment will not sell"; B.3). */
  PROHIBITION,
  /**
   * Gives a party a right against the other, or a power to change the parties' positions by its
   * own act (Customer's audit right, A.2.2.2; Segment's objection to an auditor, A.2.2.3).
   */
  RIGHT_OR_POWER,
  /**
   * Sets when, to what or how far the contract or another clause applies: scope, conditions,
   * precedence of limitations, automatic termination (4, 3.4, A.4.3).
   */
  CONDITION_OR_SCOPE,
  /**
   * States or acknowledges a fact or an arrangement without itself commanding conduct: the
   * parties, roles, incorporation, governing law (1, 3.1, 3.3, A.1.3, B.2).
   */
  DECLARATION
}
