package io.github.dpasemantics.policy.fact;

/**
 * Whether Segment vouches for a Third Party Report's currency: A.2.2.2 accepts the report in lieu of
 * a written response only if "Segment confirms there have been no material changes in the interim
 * relevant to Customer's request".
 */
public enum MaterialChangeConfirmation {
  /** Segment confirms there have been no material changes in the interim relevant to the request (A.2.2.2). */
  NO_MATERIAL_CHANGE_CONFIRMED,
  /** Segment has not confirmed it (there were changes, or Segment does not say). */
  NOT_CONFIRMED
}
