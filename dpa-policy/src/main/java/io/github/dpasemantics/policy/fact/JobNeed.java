package io.github.dpasemantics.policy.fact;

/**
 * Whether a person needs access to Customer Personal Data for their job duties, a fact of A.2.1.2:
 * Segment grants access only to "personnel who need such access for the scope of their job
 * duties".
 */
public enum JobNeed {
  /** They need access for the scope of their job duties. */
  NEEDED_FOR_JOB_DUTIES,
  /** They do not need it for their job duties: no access (A.2.1.2). */
  NOT_NEEDED_FOR_JOB_DUTIES;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether they need access for the scope of their job duties
   * @return {@link #NEEDED_FOR_JOB_DUTIES} or {@link #NOT_NEEDED_FOR_JOB_DUTIES}
   */
  public static JobNeed of(boolean yes) {
    return yes ? NEEDED_FOR_JOB_DUTIES : NOT_NEEDED_FOR_JOB_DUTIES;
  }
}
