package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.clause.ClauseId;

/**
 * What Customer asks Segment to assist with, and the clause that governs the assistance. (The
 * assistance of A.2.1.1 with Articles 32 to 34 of the GDPR is given by implementing the Security
 * Measures and complying with Section 7 and Annex A, not on request, so it has no constant here.)
 */
public enum AssistanceSubject {
  /** Responding to requests from individuals to exercise their rights (8): Segment "shall". */
  DATA_SUBJECT_REQUEST("8"),
  /** Impact assessments and prior consultations under Articles 35 and 36 (A.3): Segment "may". */
  IMPACT_ASSESSMENT("A.3");

  @SuppressWarnings("ImmutableEnumChecker") // ClauseId is immutable
  private final ClauseId clause;

  AssistanceSubject(String clause) {
    this.clause = ClauseId.parse(clause);
  }

  /**
   * Returns the clause that governs this kind of assistance.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return clause;
  }
}
