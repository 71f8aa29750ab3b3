package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.party.PartyKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A notice the Addendum requires "unless prohibited" by law: what a {@link LawProhibitsNotice}
 * event suspends.
 */
public enum ProhibitedNotice {
  /** Segment's notice of a Security Incident, "unless prohibited by applicable law" (7.3). */
  INCIDENT_NOTICE("7.3", Matter.INCIDENT, EnumSet.of(PartyKind.SEGMENT)),
  /**
   * Segment's notice that EU Data Protection Law requires other Processing, "unless that law
   * prohibits Segment from doing so" (A.1.4).
   */
  LEGAL_REQUIREMENT_NOTICE("A.1.4", Matter.LEGAL_REQUIREMENT, EnumSet.of(PartyKind.SEGMENT)),
  /**
   * Customer's notice of non-compliance and sharing of audit reports, "unless prohibited by EU
   * Data Protection Law or otherwise instructed by a supervisory authority" (A.2.2.4).
   */
  AUDIT_FINDINGS("A.2.2.4", Matter.AUDIT,
      EnumSet.of(PartyKind.CUSTOMER, PartyKind.SUPERVISORY_AUTHORITY));

  @SuppressWarnings("ImmutableEnumChecker") // ClauseId is immutable
  private final ClauseId clause;
  private final Matter matter;
  @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable view of a private EnumSet
  private final Set<PartyKind> allowedActors;

  ProhibitedNotice(String clause, Matter matter, EnumSet<PartyKind> allowedActors) {
    this.clause = ClauseId.parse(clause);
    this.matter = matter;
    this.allowedActors = Collections.unmodifiableSet(allowedActors);
  }

  /**
   * Returns the clause that makes the notice subject to the prohibition.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return clause;
  }

  /**
   * Returns what the prohibited notice is about, and so what the event's reference names.
   *
   * @return the matter
   */
  public Matter getMatter() {
    return matter;
  }

  /**
   * Returns who can record the prohibition: Segment for its own notices; Customer or a
   * supervisory authority for Customer's audit findings.
   *
   * @return an unmodifiable set
   */
  public Set<PartyKind> getAllowedActors() {
    return allowedActors;
  }
}
