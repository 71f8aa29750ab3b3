package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.data.WhoseData;
import java.util.Set;

/**
 * What 2.9 asks of a security event, shared by its detection ({@link SecurityEventDetected}) and
 * its confirmation ({@link SecurityEventConfirmed}): its nature, its effects on Personal Data,
 * whose data it affected, and whether it was an unauthorized or unlawful breach of security.
 */
public interface SecurityEventFacts {
  /**
   * Returns what kind of event it is (2.9 names unsuccessful log-in attempts, pings, port scans, denial of service and other network attacks as not being Security Incidents unless they compromise Personal Data).
   *
   * @return the nature
   */
  SecurityEventNature getNature();

  /**
   * Returns what the event led to as regards Personal Data (2.9: destruction, loss, alteration, unauthorized disclosure of or access to); empty if nothing.
   *
   * @return the effects
   */
  Set<SecurityEffect> getEffects();

  /**
   * Returns whether the affected data is Personal Data being Processed by Segment (2.9).
   *
   * @return true if so
   */
  boolean isPersonalDataProcessedBySegment();

  /**
   * Returns whose Personal Data the event concerns (1, 4, 7.1 against 2.9). Optional in every
   * input form; the default is {@link WhoseData#THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA}, so a
   * timeline written before this field existed keeps its meaning.
   *
   * @return whose data it is
   */
  WhoseData getWhoseData();

  /**
   * Returns whether it is an unauthorized or unlawful breach of security (2.9).
   *
   * @return true if so
   */
  boolean isUnauthorizedOrUnlawful();

  /**
   * Returns whether the event compromised Personal Data at all: it had at least one effect.
   *
   * @return true if {@link #getEffects()} is not empty
   */
  default boolean isCompromising() {
    return !getEffects().isEmpty();
  }
}
