package io.github.dpasemantics.policy.fact;

/**
 * Whether a communication of Segment's about a Security Incident is its notification of or
 * response to the incident under 7.3 ("Segment's notification of or response to a Security
 * Incident under this Section 7.c. will not be construed as an acknowledgement by Segment of any
 * fault or liability").
 */
public enum IncidentCommunication {
  /** Segment's notification of or response to the Security Incident under 7.3. */
  NOTIFICATION_OR_RESPONSE_UNDER_7_3,
  /** Any other statement (a public statement, a communication under another clause). */
  OTHER_COMMUNICATION;

  /**
   * Returns the fact for a yes/no answer.
   *
   * @param under73 whether it is a notification of or response to the incident under 7.3
   * @return {@link #NOTIFICATION_OR_RESPONSE_UNDER_7_3} or {@link #OTHER_COMMUNICATION}
   */
  public static IncidentCommunication of(boolean under73) {
    return under73 ? NOTIFICATION_OR_RESPONSE_UNDER_7_3 : OTHER_COMMUNICATION;
  }
}
