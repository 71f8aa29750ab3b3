package io.github.dpasemantics.policy.monitor;

/**
 * What an {@link Effect} can touch and name: an obligation instance ({@link Inst}) or a right
 * ({@link Right}). Both build their id on first use, so applying an event builds no id string;
 * most ids are never shown.
 */
interface Target {
  /**
   * Returns the target's id, built from its final fields on first use.
   *
   * @return the id
   */
  String id();
}
