package io.github.dpasemantics.policy.fact;

/**
 * Whether there is a Security Incident (2.9), as a fact of 7.3: "Upon becoming aware of a
 * confirmed Security Incident, Segment shall notify Customer". {@code Definitions.isSecurityIncident}
 * decides it from the event's facts; {@link #of(boolean)} turns that answer into this fact.
 */
public enum IncidentStatus {
  /** A (confirmed) Security Incident (2.9). */
  SECURITY_INCIDENT,
  /** Not a Security Incident: 7.3 owes no notice. */
  NOT_A_SECURITY_INCIDENT;

  /**
   * Returns the fact for a yes/no answer, e.g. a field of a model event.
   *
   * @param yes whether there is a Security Incident
   * @return {@link #SECURITY_INCIDENT} or {@link #NOT_A_SECURITY_INCIDENT}
   */
  public static IncidentStatus of(boolean yes) {
    return yes ? SECURITY_INCIDENT : NOT_A_SECURITY_INCIDENT;
  }
}
