package io.github.dpasemantics.policy.fact;

/**
 * Whether a Third Party Report covers what Customer asked: A.2.2.2 accepts the report in lieu of a
 * written response only "if the requested information is addressed in a Third Party Report".
 */
public enum ReportCoverage {
  /** The requested information is addressed in the Third Party Report (A.2.2.2). */
  ADDRESSES_REQUEST,
  /** It is not. */
  DOES_NOT_ADDRESS_REQUEST
}
