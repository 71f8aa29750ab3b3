package io.github.dpasemantics.model.party;

/**
 * How control in the sense of 2.1 is held: "whether through ownership of voting securities, by
 * contract or otherwise".
 */
public enum ControlMeans {
  /** Ownership of voting securities (2.1). */
  VOTING_SECURITIES,
  /** By contract (2.1). */
  CONTRACT,
  /** Otherwise (2.1): any other power to direct or cause the direction of the entity. */
  OTHER
}
