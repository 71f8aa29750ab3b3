package io.github.dpasemantics.model.event;

/**
 * The right an individual exercises in a request under Data Protection Laws; 8 and A.2.1.2 list
 * these as examples ("e.g., rights of data access, rectification, erasure, restriction,
 * portability and objection").
 */
public enum DataSubjectRight {
  /** Access (GDPR Art. 15). */
  ACCESS,
  /** Rectification (GDPR Art. 16). */
  RECTIFICATION,
  /** Erasure (GDPR Art. 17). */
  ERASURE,
  /** Restriction of processing (GDPR Art. 18). */
  RESTRICTION,
  /** Data portability (GDPR Art. 20). */
  PORTABILITY,
  /** Objection (GDPR Art. 21). */
  OBJECTION,
  /** Any other right under Data Protection Laws (the list in 8 is not exhaustive). */
  OTHER
}
