package io.github.dpasemantics.model.party;

/**
 * Why two entities are, or are not, Affiliates under 2.1 ("directly or indirectly controls, is
 * controlled by or is under common control with the subject entity").
 */
public enum AffiliateBasis {
  /** The subject directly or indirectly controls the other entity. */
  SUBJECT_CONTROLS_OTHER(true),
  /** The other entity directly or indirectly controls the subject. */
  OTHER_CONTROLS_SUBJECT(true),
  /** A third entity directly or indirectly controls both. */
  COMMON_CONTROL(true),
  /** Both ids name the same entity: an entity is not its own Affiliate. */
  SAME_ENTITY(false),
  /** No chain of control links the two (or one of them is not in the graph). */
  NOT_AFFILIATED(false);

  private final boolean affiliated;

  AffiliateBasis(boolean affiliated) {
    this.affiliated = affiliated;
  }

  /**
   * Whether this basis makes the two entities Affiliates.
   *
   * @return {@code true} for control, being controlled and common control; {@code false} for the
   *     same entity and for no link
   */
  public boolean isAffiliated() {
    return affiliated;
  }
}
