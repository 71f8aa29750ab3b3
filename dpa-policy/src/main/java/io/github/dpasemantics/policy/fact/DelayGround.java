package io.github.dpasemantics.policy.fact;

/**
 * A ground on which notice of a Security Incident is held back that 7.3 says is not undue: "A
 * delay in giving such notice requested by law enforcement and/or in light of Segment's legitimate
 * needs to investigate or remediate the matter before providing notice shall not constitute an
 * undue delay." The grounds are independent ("and/or"): a delay may have none, either or both, so
 * a decision takes a {@code Set<DelayGround>}.
 */
public enum DelayGround {
  /** The delay was requested by law enforcement. */
  LAW_ENFORCEMENT_REQUEST,
  /** The delay serves Segment's legitimate needs to investigate or remediate the matter before notice. */
  INVESTIGATION_OR_REMEDIATION
}
