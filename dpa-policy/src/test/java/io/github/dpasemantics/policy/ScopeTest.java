package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.Annex;
import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Precedence;
import io.github.dpasemantics.model.contract.Signature;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Scope.Code;
import io.github.dpasemantics.policy.Scope.GoverningLaw;
import io.github.dpasemantics.policy.Scope.Prevailing;
import io.github.dpasemantics.policy.Scope.SurvivingDuty;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ScopeTest {
  private static final LocalDate MAR_2 = LocalDate.of(2020, 3, 2);
  private static final LocalDate MAR_5 = LocalDate.of(2020, 3, 5);

  @Test
  @Tag("clause-1")
  @DisplayName("1: signed by Segment on 2 March and by Customer on 5 March, the Addendum is effective on 5 March")
  void laterSignature() {
    Decision<LocalDate> d = Scope.addendumEffective(MAR_2, MAR_5);
    assertEquals(MAR_5, d.getOutcome());
    assertEquals(List.of(Code.LATER_SIGNATURE), d.getReasonCodes());
    assertEquals(List.of(MAR_2, MAR_5), d.getReasons().get(0).getArguments());
    assertEquals(MAR_5, Scope.addendumEffectiveDate(MAR_5, MAR_2));
    assertEquals(MAR_5, Scope.addendumEffectiveDate(MAR_5, MAR_5));
    assertEquals(MAR_5, Scope.addendumEffectiveDate(MAR_2, MAR_5));
    assertEquals(MAR_5, Scope.addendumEffective(Addendum.signed(MAR_5, MAR_2)).getOutcome());
    assertEquals(MAR_5, Scope.addendumEffectiveDate(Addendum.signed(MAR_5, MAR_2)));
    assertEquals(MAR_5, Scope.addendumEffective(Addendum.signed(MAR_2, MAR_5)).getOutcome());
    assertEquals(List.of(MAR_5, MAR_2), Scope.addendumEffective(Addendum.signed(MAR_5, MAR_2)).getReasons().get(0).getArguments());
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-1")
  @DisplayName("1: the effective date refuses null signature days by name")
  void effectiveDateNulls() {
    assertTrue(assertThrows(NullPointerException.class, () -> Scope.addendumEffectiveDate(null, MAR_2)).getMessage().contains("segmentSigned"));
    assertTrue(assertThrows(NullPointerException.class, () -> Scope.addendumEffectiveDate(MAR_2, null)).getMessage().contains("customerSigned"));
    assertTrue(assertThrows(NullPointerException.class, () -> Scope.addendumEffective((Addendum) null)).getMessage().contains("addendum"));
  }

  @Test
  @Tag("clause-1")
  @DisplayName("1: the Addendum applies to Segment's Processing of Customer Personal Data, not to other data")
  void addendumApplies() {
    DataDescriptor cpd = DataDescriptor.builder().origin(DataOrigin.CUSTOMER_DATA).subjectKind(SubjectKind.CUSTOMER_END_USER)
        .addGoverningLaws(DataProtectionLaw.CCPA).processedBySegment(true).build();
    Decision<Boolean> yes = Scope.addendumApplicable(cpd);
    assertTrue(yes.isYes());
    assertEquals(List.of(Code.APPLIES_TO_CUSTOMER_PERSONAL_DATA, Code.SCOPE_OF_SECTION_4), yes.getReasonCodes());
    DataDescriptor notProcessed = DataDescriptor.builder().from(cpd).processedBySegment(false).build();
    assertEquals(List.of(Code.NOT_PROCESSED_BY_SEGMENT), Scope.addendumApplicable(notProcessed).getReasonCodes());
    DataDescriptor usage = DataDescriptor.builder().from(cpd).origin(DataOrigin.USAGE_DATA).build();
    assertEquals(List.of(Code.NOT_CUSTOMER_PERSONAL_DATA), Scope.addendumApplicable(usage).getReasonCodes());
    DataDescriptor neither = DataDescriptor.builder().from(usage).processedBySegment(false).build();
    assertEquals(List.of(Code.NOT_CUSTOMER_PERSONAL_DATA, Code.NOT_PROCESSED_BY_SEGMENT), Scope.addendumApplicable(neither).getReasonCodes());
    assertFalse(Scope.isAddendumApplicable(neither));
    assertTrue(citesCatalogue(yes));
  }

  @Test
  @Tag("clause-3.1")
  @DisplayName("3.1: on conflict the Addendum governs; otherwise the Agreement stays in full force beside it")
  void precedence() {
    Decision<Prevailing> conflict = Scope.prevailingDocument(true, Precedence.ADDENDUM_GOVERNS_ON_CONFLICT);
    assertEquals(Prevailing.ADDENDUM, conflict.getOutcome());
    assertEquals(List.of(Code.ADDENDUM_GOVERNS), conflict.getReasonCodes());
    Decision<Prevailing> none = Scope.prevailingDocument(false, Precedence.ADDENDUM_GOVERNS_ON_CONFLICT);
    assertEquals(Prevailing.BOTH_APPLY, none.getOutcome());
    assertEquals(List.of(Code.AGREEMENT_UNCHANGED), none.getReasonCodes());
    assertThrows(NullPointerException.class, () -> Scope.prevailingDocument(true, null));
    assertTrue(citesCatalogue(conflict) && citesCatalogue(none));
  }

  @Test
  @Tag("clause-3.2")
  @DisplayName("3.2: a liability arising under the Addendum is subject to the Agreement's limitations of liability")
  void liability() {
    Decision<Boolean> yes = Scope.subjectToLiabilityLimits(true);
    assertTrue(yes.isYes());
    assertEquals(List.of(Code.SUBJECT_TO_LIMITATIONS), yes.getReasonCodes());
    Decision<Boolean> no = Scope.subjectToLiabilityLimits(false);
    assertFalse(no.isYes());
    assertEquals(List.of(Code.NOT_UNDER_ADDENDUM), no.getReasonCodes());
    assertTrue(citesCatalogue(yes) && citesCatalogue(no));
    assertTrue(Scope.isSubjectToLiabilityLimits(true));
    assertFalse(Scope.isSubjectToLiabilityLimits(false));
  }

  @Test
  @Tag("clause-3.3")
  @DisplayName("3.3: the Agreement's governing law governs, unless Data Protection Laws require otherwise")
  void governingLaw() {
    Agreement named = Agreement.builder().effectiveDate(MAR_2).governingLaw("California, USA").build();
    Decision<GoverningLaw> d = Scope.governingLaw(named, false);
    assertEquals(GoverningLaw.AGREEMENT_PROVISIONS, d.getOutcome());
    assertEquals(List.of(Code.AGREEMENT_LAW), d.getReasonCodes());
    assertEquals(List.of("California, USA"), d.getReasons().get(0).getArguments());
    assertEquals(List.of("as named in the Agreement"), Scope.governingLaw(Agreement.of(MAR_2), false).getReasons().get(0).getArguments());
    Decision<GoverningLaw> gdpr = Scope.governingLaw(named, true);
    assertEquals(GoverningLaw.AS_DATA_PROTECTION_LAWS_REQUIRE, gdpr.getOutcome());
    assertEquals(List.of(Code.DATA_PROTECTION_LAWS_REQUIRE_OTHERWISE), gdpr.getReasonCodes());
    assertThrows(NullPointerException.class, () -> Scope.governingLaw(null, true));
    assertTrue(citesCatalogue(d) && citesCatalogue(gdpr));
  }

  private static final Addendum DPA = Addendum.signed(MAR_2, MAR_5);
  private static final LocalDate END = LocalDate.of(2021, 6, 30);
  private static final Optional<LocalDate> ENDED = Optional.of(END);
  private static final Agreement AGREEMENT = Agreement.of(LocalDate.of(2020, 1, 1));

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4: the Addendum is in force from its effective date to the Agreement's last day, both included")
  void inForceBoundaries() {
    assertFalse(Scope.isAddendumInForce(DPA, ENDED, MAR_5.minusDays(1)));
    assertTrue(Scope.isAddendumInForce(DPA, ENDED, MAR_5));
    assertTrue(Scope.isAddendumInForce(DPA, ENDED, MAR_5.plusDays(1)));
    assertTrue(Scope.isAddendumInForce(DPA, ENDED, END.minusDays(1)));
    assertTrue(Scope.isAddendumInForce(DPA, ENDED, END));
    assertFalse(Scope.isAddendumInForce(DPA, ENDED, END.plusDays(1)));
    assertTrue(Scope.isAddendumInForce(DPA, Optional.empty(), LocalDate.of(2040, 1, 1)));
  }

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4: explained: not yet effective, in force, or terminated automatically with the Agreement")
  void inForceExplained() {
    Decision<Boolean> before = Scope.addendumInForce(DPA, ENDED, MAR_2);
    assertFalse(before.isYes());
    assertEquals(List.of(Code.NOT_YET_EFFECTIVE), before.getReasonCodes());
    assertEquals(List.of(MAR_5, MAR_2), before.getReasons().get(0).getArguments());
    Decision<Boolean> during = Scope.addendumInForce(DPA, ENDED, END);
    assertTrue(during.isYes());
    assertEquals(List.of(Code.IN_FORCE), during.getReasonCodes());
    Decision<Boolean> after = Scope.addendumInForce(DPA, ENDED, END.plusDays(1));
    assertFalse(after.isYes());
    assertEquals(List.of(Code.TERMINATED_WITH_AGREEMENT), after.getReasonCodes());
    assertEquals(List.of(END), after.getReasons().get(0).getArguments());
    assertTrue(citesCatalogue(before) && citesCatalogue(during) && citesCatalogue(after));
  }

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4: the dates form agrees; an Agreement with no end keeps the Addendum in force; nulls are refused by name")
  void inForceFromDates() {
    assertTrue(Scope.isAddendumInForce(MAR_5, ENDED, END));
    assertFalse(Scope.isAddendumInForce(MAR_5, ENDED, END.plusDays(1)));
    assertEquals(Scope.addendumInForce(DPA, ENDED, END.plusDays(1)), Scope.addendumInForce(MAR_5, ENDED, END.plusDays(1)));
    Decision<Boolean> open = Scope.addendumInForce(DPA, Optional.empty(), LocalDate.of(2040, 1, 1));
    assertTrue(open.isYes());
    assertEquals(List.of(Code.IN_FORCE), open.getReasonCodes());
    assertTrue(assertThrows(NullPointerException.class, () -> Scope.isAddendumInForce((Addendum) null, ENDED, END)).getMessage().contains("addendum"));
    assertTrue(assertThrows(NullPointerException.class, () -> Scope.isAddendumInForce(DPA, null, END)).getMessage().contains("agreementEnd"));
    assertTrue(assertThrows(NullPointerException.class, () -> Scope.isAddendumInForce(DPA, ENDED, null)).getMessage().contains("date"));
    assertTrue(assertThrows(NullPointerException.class, () -> Scope.addendumInForce(MAR_5, null, END)).getMessage().contains("agreementEnd"));
  }

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4 vs 9.1, 9.2: by default the deletion duty and retained data survive the Addendum; under the option only retained data does")
  void survival() {
    Decision<Set<SurvivingDuty>> d = Scope.survivingDuties(Interpretations.defaults());
    assertEquals(EnumSet.allOf(SurvivingDuty.class), d.getOutcome());
    assertEquals(List.of(Code.ADDENDUM_TERMINATES, Code.DELETION_DUTY_SURVIVES, Code.RETAINED_DATA_SURVIVES), d.getReasonCodes());
    assertEquals(List.of(Interpretation.DELETION_SURVIVES_ADDENDUM), d.getInterpretations());
    Interpretations ends = Interpretations.of(Interpretation.DELETION_ENDS_WITH_ADDENDUM);
    Decision<Set<SurvivingDuty>> none = Scope.survivingDuties(ends);
    // 9.2: retained data "will remain subject to the requirements of this Addendum", under either reading
    assertEquals(EnumSet.of(SurvivingDuty.RETAINED_DATA_9_2), none.getOutcome());
    assertEquals(List.of(Code.DELETION_DUTY_ENDS, Code.RETAINED_DATA_SURVIVES), none.getReasonCodes());
    assertEquals(List.of(ClauseId.parse("3.4"), ClauseId.parse("9.2")), none.getClauses());
    assertEquals(List.of(Interpretation.DELETION_ENDS_WITH_ADDENDUM), none.getInterpretations());
    assertThrows(UnsupportedOperationException.class, () -> Scope.survivingDutiesOf(Interpretations.defaults()).clear());
    assertThrows(NullPointerException.class, () -> Scope.survivingDutiesOf(null));
    assertTrue(citesCatalogue(d) && citesCatalogue(none));
  }

  @Test
  @Tag("clause-4")
  @DisplayName("4: Annex A iff EU Data Protection Law governs; Annex B iff the CCPA governs")
  void annexes() {
    assertEquals(EnumSet.allOf(Annex.class), Scope.applicableAnnexes(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW, DataProtectionLaw.CCPA)).getOutcome());
    Decision<Set<Annex>> eu = Scope.applicableAnnexes(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW));
    assertEquals(EnumSet.of(Annex.EU_ANNEX), eu.getOutcome());
    assertEquals(List.of(Code.ANNEX_A_APPLIES, Code.ANNEX_B_NOT_APPLICABLE), eu.getReasonCodes());
    Decision<Set<Annex>> ca = Scope.applicableAnnexes(AnnexFacts.governedBy(DataProtectionLaw.CCPA));
    assertEquals(EnumSet.of(Annex.CALIFORNIA_ANNEX), ca.getOutcome());
    assertEquals(List.of(Code.ANNEX_A_NOT_APPLICABLE, Code.ANNEX_B_APPLIES), ca.getReasonCodes());
    Decision<Set<Annex>> none = Scope.applicableAnnexes(AnnexFacts.none());
    assertTrue(none.getOutcome().isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> none.getOutcome().add(Annex.EU_ANNEX));
    assertTrue(Scope.isAnnexApplicable(Annex.CALIFORNIA_ANNEX, AnnexFacts.governedBy(DataProtectionLaw.CCPA)));
    assertFalse(Scope.isAnnexApplicable(Annex.EU_ANNEX, AnnexFacts.governedBy(DataProtectionLaw.CCPA)));
    assertThrows(NullPointerException.class, () -> Scope.isAnnexApplicable(null, AnnexFacts.none()));
    assertThrows(NullPointerException.class, () -> Scope.isAnnexApplicable(Annex.EU_ANNEX, null));
    assertTrue(citesCatalogue(eu) && citesCatalogue(none));
    assertEquals(EnumSet.of(Annex.EU_ANNEX), Scope.applicableAnnexesOf(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW)));
    Decision<Boolean> b = Scope.annexApplicable(Annex.CALIFORNIA_ANNEX, AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW));
    assertFalse(b.isYes());
    assertEquals(List.of(Code.ANNEX_B_NOT_APPLICABLE), b.getReasonCodes());
    assertEquals(List.of(Code.ANNEX_A_APPLIES), Scope.annexApplicable(Annex.EU_ANNEX, AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW)).getReasonCodes());
    assertEquals(List.of(Code.ANNEX_B_APPLIES), Scope.annexApplicable(Annex.CALIFORNIA_ANNEX, AnnexFacts.governedBy(DataProtectionLaw.CCPA)).getReasonCodes());
    assertEquals(List.of(Code.ANNEX_A_NOT_APPLICABLE), Scope.annexApplicable(Annex.EU_ANNEX, AnnexFacts.none()).getReasonCodes());
  }

  @Test
  @Tag("clause-4")
  @DisplayName("4: an Annex the signed Addendum lacks never applies to the contract")
  void annexesOfContract() {
    Addendum bodyOnly = Addendum.builder().addSignatures(Signature.of(PartyKind.SEGMENT, MAR_2), Signature.of(PartyKind.CUSTOMER, MAR_5))
        .addAnnexes(Annex.CALIFORNIA_ANNEX).build();
    Decision<Set<Annex>> d = Scope.applicableAnnexes(contract(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW, DataProtectionLaw.CCPA), bodyOnly));
    assertEquals(EnumSet.of(Annex.CALIFORNIA_ANNEX), d.getOutcome());
    assertEquals(List.of(Code.ANNEX_NOT_SIGNED, Code.ANNEX_B_APPLIES), d.getReasonCodes());
    assertEquals(List.of("EU Annex"), d.getReasons().get(0).getArguments());
    assertEquals(EnumSet.of(Annex.EU_ANNEX, Annex.CALIFORNIA_ANNEX),
        Scope.applicableAnnexes(contract(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW, DataProtectionLaw.CCPA), DPA)).getOutcome());
    assertThrows(NullPointerException.class, () -> Scope.applicableAnnexes((ContractInstance) null));
    assertEquals(EnumSet.of(Annex.CALIFORNIA_ANNEX), Scope.applicableAnnexesOf(contract(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW, DataProtectionLaw.CCPA), bodyOnly)));
  }

  static ContractInstance contract(AnnexFacts facts, Addendum addendum) {
    return ContractInstance.builder().id("acme-2020")
        .customer(Party.of("acme", "Acme GmbH", PartyKind.CUSTOMER, CountryCode.of("DE")))
        .segment(Party.segment()).agreement(AGREEMENT).addendum(addendum).annexFacts(facts).build();
  }
}
