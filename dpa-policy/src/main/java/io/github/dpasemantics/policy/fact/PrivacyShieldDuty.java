package io.github.dpasemantics.policy.fact;

/**
 * Whether Segment owes the A.4.2 duty: "To the extent that Segment Processes any Customer
 * Personal Data of individuals in the EU or Switzerland in the United States, then Segment shall
 * protect such Customer Personal Data in accordance with the Privacy Shield Principles"
 * ({@code Transfers.isPrivacyShieldDutyOwed} decides it).
 */
public enum PrivacyShieldDuty {
  /** The A.4.2 duty applies. */
  OWED,
  /** The A.4.2 duty does not apply: there is nothing to inform Customer of. */
  NOT_OWED;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether the A.4.2 duty applies
   * @return {@link #OWED} or {@link #NOT_OWED}
   */
  public static PrivacyShieldDuty of(boolean yes) {
    return yes ? OWED : NOT_OWED;
  }
}
