package io.github.dpasemantics.policy.fact;

/**
 * Whether Customer's request asks for information Segment must answer: A.2.2.2 says "Segment will
 * provide written responses to the extent the requested information is necessary to confirm
 * Segment's compliance with this Addendum".
 */
public enum InformationNeed {
  /** The requested information is necessary to confirm Segment's compliance with this Addendum (A.2.2.2). */
  NECESSARY_TO_CONFIRM_COMPLIANCE,
  /** It is not. */
  NOT_NECESSARY
}
