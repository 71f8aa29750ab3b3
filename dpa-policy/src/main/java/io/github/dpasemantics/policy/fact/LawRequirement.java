package io.github.dpasemantics.policy.fact;

/**
 * Whether EU Data Protection Law requires Segment to Process Customer Personal Data otherwise than
 * by Customer's instructions: A.1.4 says Segment Processes only per Customer's instructions
 * "unless EU Data Protection Law requires otherwise".
 */
public enum LawRequirement {
  /** EU Data Protection Law requires otherwise than Customer's instructions (A.1.4). */
  REQUIRES_OTHERWISE,
  /** It does not: Customer's instructions govern alone. */
  DOES_NOT_REQUIRE_OTHERWISE
}
