package io.github.dpasemantics.policy.fact;

/**
 * Whether the Standard Contractual Clauses govern a transfer of Customer Personal Data (A.4.3),
 * as a named fact for the decisions whose duty or right exists only under them: the audits of
 * Clause 5(f) and Clause 12(2) (A.4.3.5, {@code Audits.auditAllowed}), the copies of Subprocessor
 * agreements of Clause 5(j) (A.4.3.4, {@code Transfers.subprocessorAgreementCopyOwed}) and the
 * certification of deletion of Clause 12(1) (A.4.3.7, {@code Transfers.deletionCertificationOwed}).
 * {@code Transfers.sccGoverned} decides it from the transfer's facts; {@link #of(boolean)} turns
 * that outcome into this fact.
 *
 * <p>A named value rather than a second {@code boolean} parameter, so that a swapped pair of
 * arguments does not compile.
 */
public enum SccStatus {
  /** The SCCs govern the transfer (A.4.3): their terms are incorporated into the Addendum. */
  GOVERN,
  /** The SCCs do not govern the transfer: another basis makes it lawful, or it is no restricted transfer (A.4.3, A.4.3.8). */
  DO_NOT_GOVERN;

  /**
   * Returns the status for a yes/no answer, e.g. the outcome of {@code Transfers.sccGoverned}.
   *
   * @param sccsGovern whether the SCCs govern the transfer
   * @return {@link #GOVERN} or {@link #DO_NOT_GOVERN}
   */
  public static SccStatus of(boolean sccsGovern) {
    return sccsGovern ? GOVERN : DO_NOT_GOVERN;
  }

  /**
   * Tells whether the SCCs govern.
   *
   * @return true for {@link #GOVERN}
   */
  public boolean isGoverning() {
    return this == GOVERN;
  }
}
