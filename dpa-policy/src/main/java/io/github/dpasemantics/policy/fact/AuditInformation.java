package io.github.dpasemantics.policy.fact;

/**
 * Whether Segment provided a piece of information under the audit clause (A.2.2.2: "Any
 * information provided by Segment under this Section 2.b. constitutes Segment's Confidential
 * Information under the Agreement").
 */
public enum AuditInformation {
  /** Segment provided it under A.2.2 (a written response, a Third Party Report, audit findings). */
  PROVIDED_UNDER_A_2_2,
  /** Segment provided it otherwise (published, or under another clause): A.2.2.2 does not reach it. */
  NOT_PROVIDED_UNDER_A_2_2;

  /**
   * Returns the fact for a yes/no answer.
   *
   * @param providedUnderA22 whether Segment provided it under A.2.2
   * @return {@link #PROVIDED_UNDER_A_2_2} or {@link #NOT_PROVIDED_UNDER_A_2_2}
   */
  public static AuditInformation of(boolean providedUnderA22) {
    return providedUnderA22 ? PROVIDED_UNDER_A_2_2 : NOT_PROVIDED_UNDER_A_2_2;
  }
}
