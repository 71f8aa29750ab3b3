package io.github.dpasemantics.bench.drools;

import io.github.dpasemantics.bench.Inputs;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventNature;
import java.util.Set;

/** 2.9: a security event; {@link #isIncident()} is set by the rule. */
public final class IncidentFact {
  private final boolean confirmed;
  private final boolean breachOfSecurity;
  private final Set<SecurityEffect> effects;
  private final boolean personalDataProcessedBySegment;
  private final SecurityEventNature attack;
  private boolean incident;

  /**
   * Wraps an input.
   *
   * @param in the input
   */
  public IncidentFact(Inputs.Incident in) {
    this.confirmed = in.confirmed();
    this.breachOfSecurity = in.breachOfSecurity();
    this.effects = in.effects();
    this.personalDataProcessedBySegment = in.personalDataProcessedBySegment();
    this.attack = in.attack();
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public boolean isBreachOfSecurity() {
    return breachOfSecurity;
  }

  public Set<SecurityEffect> getEffects() {
    return effects;
  }

  public boolean isPersonalDataProcessedBySegment() {
    return personalDataProcessedBySegment;
  }

  public SecurityEventNature getAttack() {
    return attack;
  }

  public boolean isIncident() {
    return incident;
  }

  public void setIncident(boolean incident) {
    this.incident = incident;
  }

  /** Clears the result before the fact is evaluated again. */
  public void reset() {
    incident = false;
  }
}
