package io.github.dpasemantics.model.party;

/** The legal frames in which the Addendum assigns roles to the parties. */
public enum Regime {
  /** EU Data Protection Law: Regulation (EU) 2016/679 and national implementing law (2.6, A.1.1). */
  GDPR,
  /** The California Consumer Privacy Act of 2018, as amended (2.2, B.1). */
  CCPA,
  /** The Standard Contractual Clauses for Processors, Decision 2010/87/EU (A.1.1, A.4.3). */
  SCC_2010
}
