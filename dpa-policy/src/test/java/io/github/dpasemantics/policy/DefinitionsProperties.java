package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.affiliateGraphs;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.confirmation;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.dataDescriptors;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.dosReadings;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.ids;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.incidentFacts;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.parties;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Definitions.Operation;
import io.github.dpasemantics.policy.fact.AffectedData;
import io.github.dpasemantics.policy.fact.Automation;
import io.github.dpasemantics.policy.fact.Breach;
import io.github.dpasemantics.policy.fact.Confirmation;
import io.github.dpasemantics.policy.fact.OperatedOn;
import io.github.dpasemantics.policy.testing.DefinitionsGenerators.IncidentFacts;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class DefinitionsProperties {

  private static boolean incident(IncidentFacts f, Interpretations r) {
    return Definitions.isSecurityIncident(f.confirmed, f.breach, f.effects, f.personalData, f.nature, r);
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: the explained decision agrees with the bare rule and cites the catalogue")
  void incidentBareEqualsExplained() {
    qt().forAll(incidentFacts(), dosReadings()).check((f, r) -> {
      Decision<Boolean> d = Definitions.securityIncident(f.confirmed, f.breach, f.effects, f.personalData, f.nature, r);
      return d.isYes() == incident(f, r) && citesCatalogue(d) && d.getReasons().size() >= 1;
    });
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: an unconfirmed event, or one that compromised nothing, is never a Security Incident")
  void necessaryConditions() {
    qt().forAll(incidentFacts(), dosReadings()).check((f, r) ->
        !incident(f, r) || (f.confirmed == Confirmation.CONFIRMED && f.breach == Breach.BREACH_OF_SECURITY
            && f.personalData == AffectedData.PERSONAL_DATA_PROCESSED_BY_SEGMENT && !f.effects.isEmpty()));
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: more effects never turn a Security Incident into none (monotonic in what was compromised)")
  void monotonicInEffects() {
    qt().forAll(incidentFacts(), Generate.enumValues(SecurityEffect.class), dosReadings()).check((f, extra, r) -> {
      Set<SecurityEffect> more = EnumSet.of(extra);
      more.addAll(f.effects);
      return !incident(f, r) || Definitions.isSecurityIncident(f.confirmed, f.breach, more, f.personalData, f.nature, r);
    });
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: under DOS_NEVER_COUNTS the incidents are a subset of the default's, differing only on denial of service")
  void dosReadingNarrows() {
    Interpretations never = Interpretations.of(Interpretation.DOS_NEVER_COUNTS);
    qt().forAll(incidentFacts()).check(f -> {
      boolean def = incident(f, Interpretations.defaults());
      boolean nev = incident(f, never);
      return (!nev || def) && (def == nev || f.nature == SecurityEventNature.DENIAL_OF_SERVICE);
    });
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: a confirmation event is decided as its facts with confirmed = true, bare and explained alike")
  void eventFormEqualsFacts() {
    qt().forAll(incidentFacts(), dosReadings()).check((f, r) -> {
      SecurityEventConfirmed e = confirmation(f);
      Decision<Boolean> byEvent = Definitions.securityIncident(e, r);
      Decision<Boolean> byFacts = Definitions.securityIncident(Confirmation.CONFIRMED, f.breach, f.effects, f.personalData, f.nature, r);
      return Definitions.isSecurityIncident(e, r)
          == Definitions.isSecurityIncident(Confirmation.CONFIRMED, f.breach, f.effects, f.personalData, f.nature, r)
          && byEvent.equals(byFacts) && byEvent.isYes() == Definitions.isSecurityIncident(e, r);
    });
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: natures 2.9 does not name decide exactly as the listed network attacks other than denial of service")
  void unlistedNaturesLikeListed() {
    qt().forAll(incidentFacts(), dosReadings()).check((f, r) -> f.nature == SecurityEventNature.DENIAL_OF_SERVICE
        || incident(f, r) == Definitions.isSecurityIncident(f.confirmed, f.breach, f.effects, f.personalData,
            SecurityEventNature.PORT_SCAN, r));
  }

  @Test
  @Tag("clause-2.1")
  @DisplayName("2.1: Affiliation is symmetric and irreflexive, and the explained form agrees with the bare one")
  void affiliateSymmetric() {
    qt().forAll(affiliateGraphs(), ids(), ids()).check((g, a, b) -> {
      Decision<Boolean> d = Definitions.affiliate(g, a, b);
      return Definitions.isAffiliate(g, a, b) == Definitions.isAffiliate(g, b, a)
          && (!a.equals(b) || !d.isYes())
          && d.isYes() == Definitions.isAffiliate(g, a, b) && citesCatalogue(d);
    });
  }

  @Test
  @Tag("clause-2.3")
  @DisplayName("2.3: Customer Personal Data is always Personal Data and Customer Data; bare == explained")
  void customerPersonalDataImpliesPersonalData() {
    qt().forAll(dataDescriptors()).check(d -> {
      Decision<Boolean> cpd = Definitions.customerPersonalData(d);
      Decision<Boolean> pd = Definitions.personalData(d);
      return cpd.isYes() == Definitions.isCustomerPersonalData(d) && pd.isYes() == Definitions.isPersonalData(d)
          && (!cpd.isYes() || pd.isYes()) && citesCatalogue(cpd) && citesCatalogue(pd)
          && citesCatalogue(Definitions.dataProtectionLaws(d))
          && Definitions.dataProtectionLaws(d).getOutcome().equals(d.getGoverningLaws())
          && Definitions.dataProtectionLawsOf(d).equals(Definitions.dataProtectionLaws(d).getOutcome());
    });
  }

  @Test
  @Tag("clause-2.7")
  @DisplayName("2.7: whether an operation is Processing depends neither on the operation nor on automation")
  void processingInvariant() {
    qt().forAll(Generate.enumValues(Operation.class), Generate.enumValues(Automation.class), Generate.enumValues(OperatedOn.class))
        .check((op, automation, on) -> {
          boolean pd = on == OperatedOn.PERSONAL_DATA;
          Automation other = automation == Automation.AUTOMATED ? Automation.NOT_AUTOMATED : Automation.AUTOMATED;
          Decision<Boolean> d = Definitions.processing(op, automation, on);
          return d.isYes() == pd && Definitions.isProcessing(op, other, on) == pd
              && Definitions.isProcessing(Operation.OTHER, automation, on) == pd && citesCatalogue(d);
        });
  }

  @Test
  @Tag("clause-2.11")
  @DisplayName("2.11: every Third Party Subprocessor is a Subprocessor (2.10); bare == explained for both")
  void thirdPartyImpliesSubprocessor() {
    qt().forAll(parties(), ids(), booleans().all(), affiliateGraphs()).check((p, by, cpd, g) -> {
      Decision<Boolean> sub = Definitions.subprocessor(p, by, cpd, g, "segment");
      Decision<Boolean> third = Definitions.thirdPartySubprocessor(p, by, cpd, g, "segment");
      return sub.isYes() == Definitions.isSubprocessor(p, by, cpd, g, "segment")
          && third.isYes() == Definitions.isThirdPartySubprocessor(p, by, cpd, g, "segment")
          && (!third.isYes() || sub.isYes()) && citesCatalogue(sub) && citesCatalogue(third);
    });
  }

  @Test
  @Tag("clause-5.2")
  @DisplayName("2.10, 5.2 (issue 17): for a party that is no third party the answer is no and does not depend on the graph or Segment's id")
  void nonThirdPartiesIgnoreGraph() {
    qt().forAll(parties(), ids(), booleans().all(), affiliateGraphs()).check((p, by, cpd, g) -> {
      PartyKind k = p.getKind();
      if (k != PartyKind.SOURCE_OR_DESTINATION && k != PartyKind.SEGMENT && k != PartyKind.CUSTOMER) {
        return true;
      }
      return Definitions.subprocessor(p, by, cpd, g, "segment").equals(Definitions.subprocessor(p, by, cpd, null, null))
          && Definitions.thirdPartySubprocessor(p, by, cpd, g, "segment").equals(Definitions.thirdPartySubprocessor(p, by, cpd, null, null))
          && !Definitions.isSubprocessor(p, by, cpd, null, null) && !Definitions.isThirdPartySubprocessor(p, by, cpd, null, null);
    });
  }
}
