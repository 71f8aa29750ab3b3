package io.github.dpasemantics.policy.fact;

/**
 * Whether the self-service functionality of the Services is enough for Customer: 8 owes assistance
 * only "in cases where Customer cannot reasonably fulfill such requests independently by using the
 * self-service functionality of the Services".
 */
public enum SelfService {
  /** Customer can reasonably fulfil the request independently with the self-service functionality. */
  SUFFICES,
  /** Customer cannot reasonably fulfil it independently with the self-service functionality (8). */
  DOES_NOT_SUFFICE
}
