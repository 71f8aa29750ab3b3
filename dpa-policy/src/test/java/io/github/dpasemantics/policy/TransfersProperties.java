package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.FactGenerators.customerRequests;
import static io.github.dpasemantics.policy.testing.TransferGenerators.cases;
import static io.github.dpasemantics.policy.testing.TransferGenerators.contents;
import static io.github.dpasemantics.policy.testing.TransferGenerators.countries;
import static io.github.dpasemantics.policy.testing.TransferGenerators.days;
import static io.github.dpasemantics.policy.testing.TransferGenerators.partyKinds;
import static io.github.dpasemantics.policy.testing.TransferGenerators.sccStatuses;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.policy.fact.AlternativeBasis;
import io.github.dpasemantics.policy.fact.CustomerRequest;
import io.github.dpasemantics.policy.fact.DpfCertification;
import io.github.dpasemantics.policy.fact.PrivacyShieldCompliance;
import io.github.dpasemantics.policy.fact.PrivacyShieldDuty;
import io.github.dpasemantics.policy.fact.SccStatus;
import io.github.dpasemantics.policy.testing.TransferGenerators.TransferCase;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("clause-A.4.3")
class TransfersProperties {
  private static final LegalFacts FACTS = LegalFacts.current();
  private static final ClauseCatalog CATALOG = ClauseCatalog.segmentDpa();

  private static boolean governed(TransferCase t) {
    return Transfers.isSccGoverned(t.customerIn, t.destination, t.certified, t.otherBasis, t.asOf, FACTS, t.readings);
  }

  private static boolean citesCatalogue(Decision<?> d) {
    if (d.getClauses().isEmpty()) {
      return false;
    }
    for (ClauseId id : d.getClauses()) {
      if (!CATALOG.contains(id)) {
        return false;
      }
    }
    return true;
  }

  @Test
  @DisplayName("A.4.3: the explained sccGovern has the bare outcome, cites existing clauses and renders every reason")
  void explainedEqualsBare() {
    qt().forAll(cases()).checkAssert(t -> {
      Decision<Boolean> d = Transfers.sccGoverned(t.customerIn, t.destination, t.certified, t.otherBasis, t.asOf, FACTS, t.readings);
      org.junit.jupiter.api.Assertions.assertEquals(governed(t), d.isYes(), t::toString);
      org.junit.jupiter.api.Assertions.assertTrue(citesCatalogue(d), t::toString);
      org.junit.jupiter.api.Assertions.assertFalse(d.explain().contains("{"), d::explain);
      org.junit.jupiter.api.Assertions.assertEquals(d.isYes(), d.hasReason(Transfers.Code.SCCS_GOVERN));
    });
  }

  @Test
  @DisplayName("A.4.3: another lawful basis always means the SCCs do not govern")
  void otherBasisExcludesSccs() {
    qt().forAll(cases()).check(t -> !Transfers.isSccGoverned(t.customerIn, t.destination, t.certified, AlternativeBasis.LAWFUL_ALTERNATIVE_BASIS, t.asOf,
        FACTS, t.readings));
  }

  @Test
  @DisplayName("A.4.3: certification never makes the SCCs govern where they did not (certified governed implies uncertified governed)")
  void certificationIsMonotone() {
    qt().forAll(cases()).check(t -> !Transfers.isSccGoverned(t.customerIn, t.destination, DpfCertification.CERTIFIED, t.otherBasis, t.asOf, FACTS, t.readings)
        || Transfers.isSccGoverned(t.customerIn, t.destination, DpfCertification.NOT_CERTIFIED, t.otherBasis, t.asOf, FACTS, t.readings));
  }

  @Test
  @DisplayName("A.4.3: the SCCs govern only transfers from an EU Customer to a non-EU, non-EEA destination")
  void governedOnlyOutOfTheEu() {
    qt().forAll(cases()).check(t -> !governed(t)
        || (t.customerIn.isEeaStateOn(t.asOf) && !t.destination.isEeaStateOn(t.asOf)));
  }

  @Test
  @DisplayName("A.4.3: findings about the 2010 SCCs appear only when they govern, and the no-safeguards finding exactly from 2022-12-27")
  void findingsOnlyWhenGoverned() {
    qt().forAll(cases()).checkAssert(t -> {
      Decision<Boolean> d = Transfers.sccGoverned(t.customerIn, t.destination, t.certified, t.otherBasis, t.asOf, FACTS, t.readings);
      boolean noSafeguards = d.hasReason(Transfers.Code.SCC_2010_NO_SAFEGUARDS);
      org.junit.jupiter.api.Assertions.assertEquals(d.isYes() && !FACTS.sccs2010Usable(t.asOf, t.asOf.minusYears(20))
          && !t.asOf.isBefore(java.time.LocalDate.of(2022, 12, 27)), noSafeguards, t::toString);
      org.junit.jupiter.api.Assertions.assertEquals(FACTS.isStale(t.asOf), d.hasReason(Transfers.Code.LEGAL_FACTS_STALE));
    });
  }

  @Test
  @DisplayName("A.4.3.8: terminated SCCs do not govern on the same day (consistency of A.4.3 and A.4.3.8)")
  void terminatedImpliesNotGoverned() {
    qt().forAll(cases(), days()).checkAssert((t, governedOn) -> {
      if (governedOn.isAfter(t.asOf)) {
        return;
      }
      boolean terminated = Transfers.isSccTerminated(t.customerIn, t.destination, t.certified, t.otherBasis, governedOn,
          t.asOf, FACTS, t.readings);
      Decision<Boolean> d = Transfers.sccTerminated(t.customerIn, t.destination, t.certified, t.otherBasis, governedOn,
          t.asOf, FACTS, t.readings);
      org.junit.jupiter.api.Assertions.assertEquals(terminated, d.isYes());
      org.junit.jupiter.api.Assertions.assertTrue(citesCatalogue(d));
      org.junit.jupiter.api.Assertions.assertTrue(!terminated || !governed(t), t::toString);
      org.junit.jupiter.api.Assertions.assertTrue(!terminated
          || Transfers.isSccGoverned(t.customerIn, t.destination, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, governedOn, FACTS, t.readings));
    });
  }

  @Test
  @DisplayName("A.4.3.8: with a certified Segment in the US, termination is monotone in time from 2023-07-10 within the table")
  void terminationMonotoneForDpf() {
    java.time.LocalDate governedOn = java.time.LocalDate.of(2021, 1, 1);
    qt().forAll(days(), days()).check((a, b) -> {
      java.time.LocalDate early = a.isBefore(b) ? a : b;
      java.time.LocalDate late = a.isBefore(b) ? b : a;
      if (early.isBefore(governedOn)) {
        return true;
      }
      boolean e = Transfers.isSccTerminated(io.github.dpasemantics.model.data.CountryCode.of("DE"),
          io.github.dpasemantics.model.data.CountryCode.UNITED_STATES, DpfCertification.CERTIFIED,
          AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, governedOn, early, FACTS,
          io.github.dpasemantics.model.contract.Interpretations.defaults());
      boolean l = Transfers.isSccTerminated(io.github.dpasemantics.model.data.CountryCode.of("DE"),
          io.github.dpasemantics.model.data.CountryCode.UNITED_STATES, DpfCertification.CERTIFIED,
          AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, governedOn, late, FACTS,
          io.github.dpasemantics.model.contract.Interpretations.defaults());
      return !e || l;
    });
  }

  @Test
  @DisplayName("A.4.1, A.4.2, A.4.3.x: bare and explained forms agree and cite existing clauses")
  void smallDecisionsAgree() {
    qt().forAll(countries(), countries(), days()).checkAssert((subjects, processed, day) -> {
      Decision<Boolean> duty = Transfers.privacyShieldDutyOwed(subjects, processed, day, FACTS);
      org.junit.jupiter.api.Assertions.assertEquals(Transfers.isPrivacyShieldDutyOwed(subjects, processed, day, FACTS), duty.isYes());
      org.junit.jupiter.api.Assertions.assertTrue(citesCatalogue(duty));
      Decision<Boolean> loc = Transfers.processingLocationAllowed(processed, Set.of(subjects));
      org.junit.jupiter.api.Assertions.assertEquals(Transfers.isProcessingLocationAllowed(processed, Set.of(subjects)), loc.isYes());
      org.junit.jupiter.api.Assertions.assertEquals(processed.isUnitedStates() || processed.equals(subjects), loc.isYes());
    });
    qt().forAll(booleans().all(), booleans().all()).checkAssert((a, b) -> {
      PrivacyShieldDuty duty = PrivacyShieldDuty.of(a);
      PrivacyShieldCompliance able = PrivacyShieldCompliance.of(b);
      org.junit.jupiter.api.Assertions.assertEquals(a && !b, Transfers.isCustomerToBeInformed(duty, able));
      org.junit.jupiter.api.Assertions.assertEquals(Transfers.isCustomerToBeInformed(duty, able),
          Transfers.customerToBeInformed(duty, able).isYes());
      SccStatus sccs = SccStatus.of(a);
      CustomerRequest request = CustomerRequest.of(b);
      org.junit.jupiter.api.Assertions.assertEquals(a && b, Transfers.isSubprocessorAgreementCopyOwed(sccs, request));
      org.junit.jupiter.api.Assertions.assertEquals(Transfers.isSubprocessorAgreementCopyOwed(sccs, request),
          Transfers.subprocessorAgreementCopyOwed(sccs, request).isYes());
      org.junit.jupiter.api.Assertions.assertTrue(citesCatalogue(Transfers.subprocessorAgreementCopyOwed(sccs, request)));
      org.junit.jupiter.api.Assertions.assertEquals(a, Transfers.isSubcontractingConsented(a));
      org.junit.jupiter.api.Assertions.assertTrue(citesCatalogue(Transfers.subcontractingConsented(a)));
      org.junit.jupiter.api.Assertions.assertTrue(citesCatalogue(Transfers.deletionCertificationOwed(request)));
    });
    qt().forAll(partyKinds(), contents()).checkAssert((p, c) -> {
      org.junit.jupiter.api.Assertions.assertEquals(Transfers.sccRoleOf(p), Transfers.sccRole(p).getOutcome());
      org.junit.jupiter.api.Assertions.assertTrue(citesCatalogue(Transfers.sccRole(p)));
      org.junit.jupiter.api.Assertions.assertEquals(Transfers.isRedactionAllowed(c), Transfers.redactionAllowed(c).isYes());
      org.junit.jupiter.api.Assertions.assertTrue(citesCatalogue(Transfers.redactionAllowed(c)));
    });
    org.junit.jupiter.api.Assertions.assertTrue(citesCatalogue(Transfers.crossBorderComplianceResponsibility()));
  }

  @Test
  @org.junit.jupiter.api.Tag("clause-A.4.3.7")
  @DisplayName("A.4.3.7: the Clause 12(1) certificate is owed exactly when the SCCs govern and Customer asked; the form without sccs presupposes them")
  void certificationOnlyUnderTheSccs() {
    qt().forAll(sccStatuses(), customerRequests()).checkAssert((sccs, asked) -> {
      Decision<Boolean> d = Transfers.deletionCertificationOwed(sccs, asked);
      org.junit.jupiter.api.Assertions.assertEquals(sccs.isGoverning() && asked == CustomerRequest.REQUESTED, d.isYes());
      org.junit.jupiter.api.Assertions.assertEquals(d.isYes(), Transfers.isDeletionCertificationOwed(sccs, asked));
      org.junit.jupiter.api.Assertions.assertEquals(sccs.isGoverning(), d.getClauses().contains(ClauseId.parse("A.4.3.7")));
      org.junit.jupiter.api.Assertions.assertTrue(citesCatalogue(d));
      org.junit.jupiter.api.Assertions.assertEquals(Transfers.deletionCertificationOwed(SccStatus.GOVERN, asked),
          Transfers.deletionCertificationOwed(asked));
      org.junit.jupiter.api.Assertions.assertEquals(asked == CustomerRequest.REQUESTED, Transfers.isDeletionCertificationOwed(asked));
      org.junit.jupiter.api.Assertions.assertEquals(sccs, SccStatus.of(sccs.isGoverning()));
    });
  }

  @Test
  @DisplayName("every reason code of A.4 cites a clause of the catalogue")
  void everyCodeCitesTheCatalogue() {
    for (Transfers.Code c : Transfers.Code.values()) {
      org.junit.jupiter.api.Assertions.assertTrue(CATALOG.contains(c.clause()), c.name());
      org.junit.jupiter.api.Assertions.assertFalse(c.template().isBlank(), c.name());
    }
  }
}
