package io.github.dpasemantics.policy.fact;

/**
 * Whether a security event is "an unauthorized or unlawful breach of security", a fact of 2.9.
 */
public enum Breach {
  /** An unauthorized or unlawful breach of security. */
  BREACH_OF_SECURITY,
  /** No unauthorized or unlawful breach of security: no Security Incident (2.9). */
  NO_BREACH_OF_SECURITY;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether the event is an unauthorized or unlawful breach of security
   * @return {@link #BREACH_OF_SECURITY} or {@link #NO_BREACH_OF_SECURITY}
   */
  public static Breach of(boolean yes) {
    return yes ? BREACH_OF_SECURITY : NO_BREACH_OF_SECURITY;
  }
}
