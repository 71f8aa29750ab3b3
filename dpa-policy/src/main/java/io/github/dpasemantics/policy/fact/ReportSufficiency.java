package io.github.dpasemantics.policy.fact;

/**
 * Whether Customer must accept a Third Party Report in lieu of a written response (A.2.2.2:
 * "Customer agrees to accept such Third Party Report in lieu of a written response"), the outcome
 * of {@code Audits.isThirdPartyReportSufficient} taken as a fact by
 * {@code Audits.isWrittenResponseRequired}.
 */
public enum ReportSufficiency {
  /** A Third Party Report is accepted in lieu of a written response (A.2.2.2). */
  SUFFICIENT,
  /** No Third Party Report is: a written response is owed where the information is necessary. */
  NOT_SUFFICIENT;

  /**
   * Returns the fact for a yes/no answer, e.g. the outcome of {@code Audits.thirdPartyReportSufficient}.
   *
   * @param sufficient whether a Third Party Report suffices
   * @return {@link #SUFFICIENT} or {@link #NOT_SUFFICIENT}
   */
  public static ReportSufficiency of(boolean sufficient) {
    return sufficient ? SUFFICIENT : NOT_SUFFICIENT;
  }
}
