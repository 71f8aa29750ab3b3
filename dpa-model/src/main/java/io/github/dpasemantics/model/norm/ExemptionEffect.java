package io.github.dpasemantics.model.norm;

/** What an {@link Exemption} does to an instance of a norm when it applies. */
public enum ExemptionEffect {
  /**
   * The norm is not owed while the exemption lasts, and is owed again when it ends ("unless
   * prohibited by applicable law", 7.3; a delay requested by law enforcement is not undue, 7.3).
   */
  SUSPENDS,
  /**
   * The norm is not owed at all, to the extent the exemption covers ("retention required by
   * law", 9.2; a Third Party Report accepted in lieu of a written response, A.2.2.2).
   */
  DISCHARGES,
  /**
   * The norm is owed by another deadline (an expedited engagement: notice "as soon as reasonably
   * practicable" instead of at least ten days before, 6.3); see
   * {@link Exemption#getReplacementDeadline()}.
   */
  REPLACES_DEADLINE
}
