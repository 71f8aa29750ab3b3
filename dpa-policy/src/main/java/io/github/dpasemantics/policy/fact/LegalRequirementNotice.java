package io.github.dpasemantics.policy.fact;

/**
 * Whether EU Data Protection Law lets Segment tell Customer of a legal requirement to Process
 * otherwise: under A.1.4, where EU Data Protection Law requires otherwise, "Segment will notify
 * Customer (unless that law prohibits Segment from doing so)".
 */
public enum LegalRequirementNotice {
  /** The law does not prohibit Segment from notifying Customer of the requirement. */
  PERMITTED,
  /** EU Data Protection Law prohibits Segment from notifying Customer of the requirement (A.1.4). */
  PROHIBITED_BY_LAW
}
