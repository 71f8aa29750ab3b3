package io.github.dpasemantics.policy.fact;

/**
 * Whether "a lawful alternative basis" for a transfer applies, a fact of A.4.3 (the SCCs govern
 * only if "no lawful alternative basis for such transfer" applies) and A.4.3.8 (they terminate once
 * the transfer "becomes lawful under Chapter V of the GDPR in the absence of such Standard
 * Contractual Clauses on any other basis"): binding corporate rules or a derogation of Article 49
 * GDPR, say. Adequacy, the Privacy Shield and an EEA destination are decided from the legal facts
 * and the countries, not by this fact.
 */
public enum AlternativeBasis {
  /** Another lawful basis under Chapter V of the GDPR applies. */
  LAWFUL_ALTERNATIVE_BASIS,
  /** No other lawful basis under Chapter V applies. */
  NO_LAWFUL_ALTERNATIVE_BASIS;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether another lawful basis applies
   * @return {@link #LAWFUL_ALTERNATIVE_BASIS} or {@link #NO_LAWFUL_ALTERNATIVE_BASIS}
   */
  public static AlternativeBasis of(boolean yes) {
    return yes ? LAWFUL_ALTERNATIVE_BASIS : NO_LAWFUL_ALTERNATIVE_BASIS;
  }
}
