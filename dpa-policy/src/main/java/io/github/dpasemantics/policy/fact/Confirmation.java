package io.github.dpasemantics.policy.fact;

/**
 * Whether a security event is confirmed, a fact of 2.9: a "Security Incident" means any
 * "confirmed" unauthorized or unlawful breach of security, and 7.3 speaks of "a confirmed Security
 * Incident".
 */
public enum Confirmation {
  /** The breach is confirmed. */
  CONFIRMED,
  /** The breach is not (yet) confirmed: it is no Security Incident (2.9). */
  NOT_CONFIRMED;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether the breach is confirmed
   * @return {@link #CONFIRMED} or {@link #NOT_CONFIRMED}
   */
  public static Confirmation of(boolean yes) {
    return yes ? CONFIRMED : NOT_CONFIRMED;
  }
}
