package io.github.dpasemantics.examples.usecases;

import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Definitions;
import io.github.dpasemantics.policy.Security;
import io.github.dpasemantics.policy.fact.AffectedData;
import io.github.dpasemantics.policy.fact.Awareness;
import io.github.dpasemantics.policy.fact.Breach;
import io.github.dpasemantics.policy.fact.Confirmation;
import io.github.dpasemantics.policy.fact.IncidentStatus;
import io.github.dpasemantics.policy.fact.LegalProhibition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Incident triage: a security team classifies the events of its queue under 2.9 (is it a
 * Security Incident?) and decides under 7.3 whether Segment must notify Customer.
 *
 * <p>Run: {@code java -cp ... io.github.dpasemantics.examples.usecases.IncidentTriage}.
 */
public final class IncidentTriage {
  private IncidentTriage() {}

  /**
   * A security event as the team records it.
   *
   * @param name what happened, in words
   * @param confirmed whether the breach is confirmed
   * @param breachOfSecurity whether it is an unauthorized or unlawful breach of security
   * @param effects what it did to Personal Data
   * @param nature the kind of event
   * @param lawProhibitsNotice whether applicable law prohibits notice
   */
  public record SecurityEvent(String name, boolean confirmed, boolean breachOfSecurity, Set<SecurityEffect> effects,
      SecurityEventNature nature, boolean lawProhibitsNotice) {
    /**
     * Checks the parts and copies the effects.
     *
     * @param name what happened, in words
     * @param confirmed whether the breach is confirmed
     * @param breachOfSecurity whether it is an unauthorized or unlawful breach of security
     * @param effects what it did to Personal Data
     * @param nature the kind of event
     * @param lawProhibitsNotice whether applicable law prohibits notice
     * @throws NullPointerException if {@code name}, {@code effects} or {@code nature} is null
     */
    public SecurityEvent {
      Objects.requireNonNull(name, "SecurityEvent.name must not be null");
      Objects.requireNonNull(effects, "SecurityEvent.effects must not be null");
      // an EnumSet keeps the effects in declaration order, so the printed reasons are stable
      effects = Collections.unmodifiableSet(effects.isEmpty() ? EnumSet.noneOf(SecurityEffect.class) : EnumSet.copyOf(effects));
      Objects.requireNonNull(nature, "SecurityEvent.nature must not be null");
    }
  }

  /**
   * The triage of one event: the 2.9 decision and the 7.3 decision.
   *
   * @param event the event
   * @param incident is it a Security Incident (2.9)
   * @param notice must Segment notify Customer (7.3)
   */
  public record Triage(SecurityEvent event, Decision<Boolean> incident, Decision<Boolean> notice) {}

  // tag::example[]
  /**
   * Triages one event: 2.9, then 7.3 (Segment is aware of what it triages).
   *
   * @param event the event
   * @param readings the readings (the denial-of-service question is open)
   * @return the triage
   */
  public static Triage triage(SecurityEvent event, Interpretations readings) {
    Decision<Boolean> incident = Definitions.securityIncident(Confirmation.of(event.confirmed()),
        Breach.of(event.breachOfSecurity()), event.effects(), AffectedData.PERSONAL_DATA_PROCESSED_BY_SEGMENT, event.nature(),
        readings);
    Decision<Boolean> notify = Security.incidentNotificationRequired(IncidentStatus.of(incident.isYes()), Awareness.AWARE,
        LegalProhibition.of(event.lawProhibitsNotice()));
    return new Triage(event, incident, notify);
  }

  /** The queue of the example. */
  static List<SecurityEvent> queue() {
    return List.of(
        new SecurityEvent("port scan on the edge firewall", true, false, Set.of(), SecurityEventNature.PORT_SCAN, false),
        new SecurityEvent("2,000 failed log-ins on the admin console", true, false, Set.of(),
            SecurityEventNature.UNSUCCESSFUL_LOGIN, false),
        new SecurityEvent("stolen API key used to read a workspace's events", true, true,
            EnumSet.of(SecurityEffect.UNAUTHORIZED_ACCESS, SecurityEffect.UNAUTHORIZED_DISCLOSURE),
            SecurityEventNature.UNAUTHORIZED_ACCESS, false),
        new SecurityEvent("denial of service: event storage unavailable for 6 hours", true, true,
            EnumSet.of(SecurityEffect.AVAILABILITY_COMPROMISED), SecurityEventNature.DENIAL_OF_SERVICE, false),
        new SecurityEvent("suspected intrusion, under investigation", false, true,
            EnumSet.of(SecurityEffect.UNAUTHORIZED_ACCESS), SecurityEventNature.UNAUTHORIZED_ACCESS, false),
        new SecurityEvent("confirmed breach under a court's non-disclosure order", true, true,
            EnumSet.of(SecurityEffect.UNAUTHORIZED_ACCESS), SecurityEventNature.UNAUTHORIZED_ACCESS, true));
  }
  // end::example[]

  /**
   * Triages the example queue under the default readings.
   *
   * @return the printed lines
   */
  public static List<String> run() {
    List<String> out = new ArrayList<>();
    for (SecurityEvent e : queue()) {
      Triage t = triage(e, Interpretations.defaults());
      out.add(e.name() + ": Security Incident? " + Lines.outcome(t.incident().getOutcome())
          + "; notify Customer? " + Lines.outcome(t.notice().getOutcome()));
      Lines.reasons(out, t.incident());
      Lines.reasons(out, t.notice());
    }
    return out;
  }

  /**
   * Prints the triage of the example queue.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Lines.print(run(), System.out);
  }
}
