package io.github.dpasemantics.policy.fact;

/**
 * Whether Segment acknowledged a further instruction of Customer: 5.1 counts other written
 * instructions only if they are "acknowledged in writing by Segment as constituting instructions
 * for purposes of this Addendum".
 */
public enum Acknowledgement {
  /** Segment acknowledged the instruction in writing as constituting an instruction for purposes of this Addendum (5.1). */
  ACKNOWLEDGED_IN_WRITING,
  /** Segment did not (or not in writing, or not as an instruction for purposes of this Addendum). */
  NOT_ACKNOWLEDGED
}
