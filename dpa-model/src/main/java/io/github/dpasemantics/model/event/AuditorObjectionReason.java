package io.github.dpasemantics.model.event;

/** The reasons for which Segment may object to a third-party auditor (A.2.2.3). */
public enum AuditorObjectionReason {
  /** The auditor is, in Segment's reasonable opinion, not independent. */
  NOT_INDEPENDENT,
  /** The auditor is a competitor of Segment. */
  COMPETITOR,
  /** The auditor is otherwise unqualified. */
  UNQUALIFIED
}
