package io.github.dpasemantics.model.party;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A role a party plays under a {@link Regime}, with the meaning that regime gives it (A.1.1:
 * GDPR controller and processor, SCC data exporter and importer; B.1: CCPA business and service
 * provider).
 */
public enum Role {
  /** GDPR controller (A.1.1, A.1.3). */
  CONTROLLER(Regime.GDPR),
  /** GDPR processor (A.1.1, A.1.3). */
  PROCESSOR(Regime.GDPR),
  /** A processor engaged by a processor (GDPR Art. 28(4); SCC 2010 "sub-processor"; 2.10). */
  SUBPROCESSOR(Regime.GDPR, Regime.SCC_2010),
  /** The natural person the data is about (2.5; SCC 2010 "data subject"). */
  DATA_SUBJECT(Regime.GDPR, Regime.SCC_2010),
  /** GDPR supervisory authority (A.1.1). */
  SUPERVISORY_AUTHORITY(Regime.GDPR, Regime.SCC_2010),
  /** CCPA business (B.1, B.6). */
  BUSINESS(Regime.CCPA),
  /** CCPA service provider (B.1, B.2). */
  SERVICE_PROVIDER(Regime.CCPA),
  /** CCPA third party. */
  THIRD_PARTY(Regime.CCPA),
  /** CCPA consumer: a California resident the personal information is about. */
  CONSUMER(Regime.CCPA),
  /** SCC 2010 data exporter (A.1.1, A.4.3.1). */
  DATA_EXPORTER(Regime.SCC_2010),
  /** SCC 2010 data importer (A.1.1, A.4.3.1). */
  DATA_IMPORTER(Regime.SCC_2010);

  private final Set<Regime> regimes;

  Role(Regime first, Regime... more) {
    this.regimes = Collections.unmodifiableSet(EnumSet.of(first, more));
  }

  /**
   * Whether the regime knows this role.
   *
   * @param regime the regime asked about
   * @return {@code true} if {@code regime} defines this role
   */
  public boolean isDefinedIn(Regime regime) {
    return regimes.contains(regime);
  }

  /**
   * The regimes that know this role.
   *
   * @return the regimes, unmodifiable
   */
  public Set<Regime> getRegimes() {
    return regimes;
  }
}
