package io.github.dpasemantics.policy.fact;

/**
 * Whether Customer asked Segment for assistance with a Data Subject request: 8 says "Segment shall
 * upon Customer's request (and at Customer's expense) provide Customer with such assistance".
 */
public enum AssistanceRequest {
  /** Customer requested Segment's assistance (8: "upon Customer's request"). */
  REQUESTED,
  /** Customer has not requested it. */
  NOT_REQUESTED
}
