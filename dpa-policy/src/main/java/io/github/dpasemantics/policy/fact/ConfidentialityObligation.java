package io.github.dpasemantics.policy.fact;

/**
 * Whether a person is "subject to appropriate confidentiality obligations", a fact of A.2.1.2, which
 * grants access to Customer Personal Data only to such personnel.
 */
public enum ConfidentialityObligation {
  /** They are subject to appropriate confidentiality obligations. */
  SUBJECT_TO_CONFIDENTIALITY,
  /** They are not: no access (A.2.1.2). */
  NOT_SUBJECT_TO_CONFIDENTIALITY;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether they are subject to appropriate confidentiality obligations
   * @return {@link #SUBJECT_TO_CONFIDENTIALITY} or {@link #NOT_SUBJECT_TO_CONFIDENTIALITY}
   */
  public static ConfidentialityObligation of(boolean yes) {
    return yes ? SUBJECT_TO_CONFIDENTIALITY : NOT_SUBJECT_TO_CONFIDENTIALITY;
  }
}
