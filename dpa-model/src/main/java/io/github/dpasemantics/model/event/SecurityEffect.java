package io.github.dpasemantics.model.event;

/**
 * What a breach of security led to as regards Personal Data: the effects 2.9 lists ("the
 * accidental or unlawful destruction, loss, alteration, unauthorized disclosure of or access
 * to"), plus the loss of availability that makes a denial of service a Security Incident under
 * our default reading.
 */
public enum SecurityEffect {
  /** Destruction of Personal Data (2.9). */
  DESTRUCTION,
  /** Loss of Personal Data (2.9). */
  LOSS,
  /** Alteration of Personal Data (2.9). */
  ALTERATION,
  /** Unauthorized disclosure of Personal Data (2.9). */
  UNAUTHORIZED_DISCLOSURE,
  /** Unauthorized access to Personal Data (2.9). */
  UNAUTHORIZED_ACCESS,
  /**
   * The Personal Data's availability was compromised (a denial of service that actually
   * compromised the data; docs/legal-background.md, "Where each reading comes from").
   */
  AVAILABILITY_COMPROMISED
}
