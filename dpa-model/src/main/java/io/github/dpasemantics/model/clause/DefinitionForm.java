package io.github.dpasemantics.model.clause;

/** How the text gives a {@link DefinedTerm} its meaning. */
public enum DefinitionForm {
  /** A definition of its own: {@code "Affiliate" means ...} (2.1–2.11, the Standard Contractual Clauses in A.1.1). */
  MEANS,
  /**
   * A parenthetical label inside another sentence: {@code ("Security Measures")} in 7.1,
   * {@code the "Agreement"} in 1, {@code "control" refers to} in 2.1.
   */
  INLINE,
  /**
   * The meaning given in another instrument: "controller" as in EU Data Protection Law (A.1.1),
   * "service provider" as in the CCPA (B.1), "data exporter" as in the Standard Contractual
   * Clauses (A.1.1).
   */
  BY_REFERENCE
}
