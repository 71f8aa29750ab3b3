package io.github.dpasemantics.model.event;

/**
 * What an event is about. Events with the same matter and the same
 * {@link DpaEvent#getMatterId() matter id} concern the same thing, which is how an objection is
 * matched to its notice, a notification to its incident, or a written response to its audit.
 */
public enum Matter {
  /** The Addendum and the Agreement as a whole: signatures, termination, expiration. */
  CONTRACT,
  /** A Customer instruction (5.1). */
  INSTRUCTION,
  /** A legal requirement to Process otherwise than on instructions (A.1.4). */
  LEGAL_REQUIREMENT,
  /** The Security Measures (7.1, 7.2). */
  SECURITY_MEASURES,
  /** A transfer of Customer Personal Data (A.4). */
  TRANSFER,
  /** Segment's Privacy Shield undertaking (A.4.2). */
  PRIVACY_SHIELD,
  /** A Subprocessor (6). */
  SUBPROCESSOR,
  /** A security event and, if confirmed, Security Incident (2.9, 7.3). */
  INCIDENT,
  /** A request from an individual to exercise a right (8, A.2.1.2). */
  DATA_SUBJECT_REQUEST,
  /** A request for Segment's assistance (8, A.2.1.1, A.3). */
  ASSISTANCE_REQUEST,
  /** A Third Party Report (A.2.2.1). */
  REPORT,
  /** An audit (A.2.2). */
  AUDIT,
  /** A data exporter's request under the Standard Contractual Clauses (A.4.3.4). */
  SCC_REQUEST,
  /** The deletion of the Customer Personal Data (9, A.4.3.7). */
  DELETION
}
