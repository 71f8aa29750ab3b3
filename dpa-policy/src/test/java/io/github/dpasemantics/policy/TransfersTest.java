package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.Role;
import io.github.dpasemantics.policy.Transfers.AgreementContent;
import io.github.dpasemantics.policy.Transfers.Code;
import io.github.dpasemantics.policy.fact.AlternativeBasis;
import io.github.dpasemantics.policy.fact.CustomerRequest;
import io.github.dpasemantics.policy.fact.DpfCertification;
import io.github.dpasemantics.policy.fact.PrivacyShieldCompliance;
import io.github.dpasemantics.policy.fact.PrivacyShieldDuty;
import io.github.dpasemantics.policy.fact.SccStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransfersTest {
  private static final LegalFacts FACTS = LegalFacts.current();
  private static final Interpretations DEFAULTS = Interpretations.defaults();
  private static final Interpretations EEA = Interpretations.of(Interpretation.EU_INCLUDES_EEA);
  private static final CountryCode DE = CountryCode.of("DE");
  private static final CountryCode US = CountryCode.UNITED_STATES;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Decision<Boolean> govern(CountryCode customer, CountryCode dest, DpfCertification certified,
      AlternativeBasis other, String day, Interpretations readings) {
    Decision<Boolean> dec = Transfers.sccGoverned(customer, dest, certified, other, d(day), FACTS, readings);
    assertEquals(dec.getOutcome(), Transfers.isSccGoverned(customer, dest, certified, other, d(day), FACTS, readings));
    return dec;
  }

  @ParameterizedTest(name = "German Customer to Segment in the US, uncertified, on {0}: {1}")
  @CsvSource({"2020-07-15,false", "2020-07-16,true", "2020-07-17,true", "2022-12-26,true", "2022-12-27,true",
      "2023-07-10,true", "2026-11-29,true"})
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: from Schrems II (16 July 2020) the SCCs govern a transfer from the EU to an uncertified Segment in the US")
  void sccsGovernFromSchremsII(String day, boolean governs) {
    assertEquals(governs, govern(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, day, DEFAULTS).isYes());
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: before Schrems II the Privacy Shield is the basis, and the decision says so")
  void privacyShieldIsTheBasisBefore() {
    Decision<Boolean> dec = govern(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2020-07-15", DEFAULTS);
    assertFalse(dec.isYes());
    assertTrue(dec.hasReason(Code.PRIVACY_SHIELD_BASIS));
    assertEquals(List.of(Code.PRIVACY_SHIELD_BASIS), dec.getReasonCodes());
    assertEquals(List.of(Interpretation.EU_MEANS_MEMBER_STATES), dec.getInterpretations());
    assertEquals("Transfers.sccGoverned", dec.getPolicy());
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: on the day of Schrems II every condition is given as a reason, and the SCCs govern")
  void everyConditionIsAReason() {
    Decision<Boolean> dec = govern(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2020-07-16", DEFAULTS);
    assertEquals(List.of(Code.CUSTOMER_IN_EU, Code.TRANSFER_OUT_OF_EU, Code.NO_ADEQUACY, Code.PRIVACY_SHIELD_CEASED,
        Code.NO_OTHER_LAWFUL_BASIS, Code.SCCS_GOVERN), dec.getReasonCodes());
    assertTrue(dec.explain().contains("C-311/18"), dec.explain());
    assertEquals(List.of(ClauseId.parse("A.4.3")), dec.getClauses());
  }

  @ParameterizedTest(name = "on {0}: legacy-only {1}, no safeguards {2}")
  @CsvSource({"2021-09-26,false,false", "2021-09-27,true,false", "2022-12-26,true,false", "2022-12-27,false,true",
      "2022-12-28,false,true"})
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: the SCCs govern as written, with findings when the 2010 SCCs close (27 Sep 2021) and stop giving safeguards (27 Dec 2022)")
  void findingsAboutThe2010Sccs(String day, boolean legacyOnly, boolean noSafeguards) {
    Decision<Boolean> dec = govern(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, day, DEFAULTS);
    assertTrue(dec.isYes());
    assertEquals(legacyOnly, dec.hasReason(Code.SCC_2010_LEGACY_ONLY));
    assertEquals(noSafeguards, dec.hasReason(Code.SCC_2010_NO_SAFEGUARDS));
    if (noSafeguards) {
      assertTrue(dec.explain().contains("no valid transfer mechanism of its own"), dec.explain());
    }
    if (legacyOnly) {
      assertTrue(dec.explain().contains("2022-12-27"), dec.explain());
    }
  }

  @ParameterizedTest(name = "certified Segment on {0}: SCCs govern {1}")
  @CsvSource({"2023-07-09,true", "2023-07-10,false", "2023-07-11,false"})
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: a DPF-certified Segment needs no SCCs from 10 July 2023")
  void dpfCertifiedSegment(String day, boolean governs) {
    Decision<Boolean> dec = govern(DE, US, DpfCertification.CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, day, DEFAULTS);
    assertEquals(governs, dec.isYes());
    assertEquals(!governs, dec.hasReason(Code.ADEQUACY));
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: the DPF covers only certified organisations: an uncertified Segment still needs the SCCs")
  void dpfNeedsCertification() {
    Decision<Boolean> dec = govern(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2024-01-01", DEFAULTS);
    assertTrue(dec.isYes());
    assertTrue(dec.hasReason(Code.ADEQUACY_NOT_CERTIFIED));
    assertFalse(dec.hasReason(Code.NO_ADEQUACY));
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: a Customer established in Norway: not in the EU by default, in it under the EEA reading")
  void eeaCustomer() {
    CountryCode no = CountryCode.of("NO");
    Decision<Boolean> literal = govern(no, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2021-01-01", DEFAULTS);
    assertFalse(literal.isYes());
    assertEquals(List.of(Code.CUSTOMER_NOT_IN_EU), literal.getReasonCodes().subList(0, 1));
    Decision<Boolean> wide = govern(no, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2021-01-01", EEA);
    assertTrue(wide.isYes());
    assertEquals(List.of(Interpretation.EU_INCLUDES_EEA), wide.getInterpretations());
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: a transfer to Segment in Norway needs no Chapter V basis under either reading")
  void eeaDestination() {
    CountryCode no = CountryCode.of("NO");
    Decision<Boolean> literal = govern(DE, no, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2021-01-01", DEFAULTS);
    assertFalse(literal.isYes());
    assertEquals(List.of(Code.DESTINATION_IN_EEA), literal.getReasonCodes());
    Decision<Boolean> wide = govern(DE, no, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2021-01-01", EEA);
    assertFalse(wide.isYes());
    assertEquals(List.of(Code.TRANSFER_WITHIN_EU), wide.getReasonCodes());
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: a transfer within the EU, to Japan (adequate), or with another lawful basis is not governed by the SCCs")
  void otherCases() {
    Decision<Boolean> within = govern(DE, CountryCode.of("FR"), DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2021-01-01", DEFAULTS);
    assertEquals(List.of(Code.TRANSFER_WITHIN_EU), within.getReasonCodes());
    Decision<Boolean> japan = govern(DE, CountryCode.of("JP"), DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2021-01-01", DEFAULTS);
    assertEquals(List.of(Code.ADEQUACY), japan.getReasonCodes());
    assertTrue(japan.explain().contains("2019/419"), japan.explain());
    Decision<Boolean> other = govern(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.LAWFUL_ALTERNATIVE_BASIS, "2021-01-01", DEFAULTS);
    assertEquals(List.of(Code.OTHER_LAWFUL_BASIS), other.getReasonCodes());
    Decision<Boolean> india = govern(DE, CountryCode.of("IN"), DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2021-01-01", DEFAULTS);
    assertTrue(india.isYes());
    assertTrue(india.hasReason(Code.PRIVACY_SHIELD_NOT_APPLICABLE));
    Decision<Boolean> indiaEarly = govern(DE, CountryCode.of("IN"), DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2019-01-01", DEFAULTS);
    assertTrue(indiaEarly.isYes(), "the Privacy Shield was never a basis for India");
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: a UK Customer was established in the EU until 31 January 2020, and not after")
  void ukCustomerBrexit() {
    CountryCode gb = CountryCode.of("GB");
    assertTrue(Transfers.isSccGoverned(gb, CountryCode.of("IN"), DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2020-01-31"), FACTS, DEFAULTS));
    assertFalse(Transfers.isSccGoverned(gb, CountryCode.of("IN"), DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2020-02-01"), FACTS, DEFAULTS));
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: a question asked after the table's stated date says the table may be stale")
  void staleTable() {
    assertTrue(govern(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2026-11-30", DEFAULTS).hasReason(Code.LEGAL_FACTS_STALE));
    assertFalse(govern(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2026-11-29", DEFAULTS).hasReason(Code.LEGAL_FACTS_STALE));
    assertTrue(govern(DE, CountryCode.of("FR"), DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, "2027-01-01", DEFAULTS).hasReason(Code.LEGAL_FACTS_STALE));
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: with a table lacking the SCC milestones and Schrems II, the findings say what is missing")
  void tableWithoutMilestones() {
    LegalFacts bare = FACTS.withoutFact(LegalFacts.SCC_2010_SAFEGUARDS_END).withoutFact(LegalFacts.SCHREMS_II);
    Decision<Boolean> dec = Transfers.sccGoverned(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2023-01-01"), bare, DEFAULTS);
    assertTrue(dec.hasReason(Code.SCC_2010_LEGACY_ONLY));
    assertTrue(dec.explain().contains("no end in the table"), dec.explain());
    assertTrue(dec.explain().contains("no Privacy Shield fact"), dec.explain());
    Decision<Boolean> none = Transfers.sccGoverned(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2023-01-01"),
        bare.withoutFact(LegalFacts.SCC_2010_CLOSED_TO_NEW_CONTRACTS), DEFAULTS);
    assertFalse(none.hasReason(Code.SCC_2010_LEGACY_ONLY));
    assertFalse(none.hasReason(Code.SCC_2010_NO_SAFEGUARDS));
  }

  @ParameterizedTest(name = "recorded transfer on {0}, certified {1}, alternative basis {2}: governed {3}")
  @CsvSource({"2020-07-15,false,false,false", "2020-07-16,false,false,true", "2023-07-10,true,false,false",
      "2023-07-10,false,false,true", "2021-01-01,false,true,false"})
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: a TransferMade event is decided as of its date with its own certification and basis")
  void transferEvent(String day, boolean certified, boolean alternative, boolean governed) {
    io.github.dpasemantics.model.event.TransferMade t = io.github.dpasemantics.model.event.TransferMade.builder()
        .id("e1").transferId("t1").date(d(day)).exporterCountry(DE).destinationCountry(US)
        .importerDpfCertified(certified).alternativeBasis(alternative).build();
    assertEquals(governed, Transfers.isSccGoverned(t, FACTS, DEFAULTS));
    Decision<Boolean> dec = Transfers.sccGoverned(t, FACTS, DEFAULTS);
    assertEquals(Transfers.sccGoverned(DE, US, DpfCertification.of(certified), AlternativeBasis.of(alternative), d(day), FACTS, DEFAULTS), dec);
    assertMessage(() -> Transfers.isSccGoverned((io.github.dpasemantics.model.event.TransferMade) null, FACTS, DEFAULTS), "transfer");
    assertMessage(() -> Transfers.sccGoverned((io.github.dpasemantics.model.event.TransferMade) null, FACTS, DEFAULTS), "transfer");
  }

  @ParameterizedTest(name = "SCCs governed on 2021-01-01; certified; as of {0}: terminated {1}")
  @CsvSource({"2021-01-01,false", "2023-07-09,false", "2023-07-10,true", "2023-07-11,true"})
  @Tag("clause-A.4.3.8")
  @DisplayName("A.4.3.8: the SCCs terminate automatically once a DPF-certified Segment makes the transfer lawful (10 July 2023)")
  void sccsTerminateWithDpf(String day, boolean terminated) {
    Decision<Boolean> dec = Transfers.sccTerminated(DE, US, DpfCertification.CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2021-01-01"), d(day), FACTS, DEFAULTS);
    assertEquals(terminated, dec.isYes());
    assertEquals(terminated, Transfers.isSccTerminated(DE, US, DpfCertification.CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2021-01-01"), d(day), FACTS, DEFAULTS));
    assertEquals(terminated ? Code.SCCS_TERMINATED : Code.SCCS_CONTINUE, dec.getReasonCodes().get(0));
    if (terminated) {
      assertTrue(dec.hasReason(Code.ADEQUACY));
    }
  }

  @Test
  @Tag("clause-A.4.3.8")
  @DisplayName("A.4.3.8: nothing terminates if the SCCs never governed; another lawful basis also terminates them")
  void sccsTerminatedOtherCases() {
    Decision<Boolean> never = Transfers.sccTerminated(DE, US, DpfCertification.CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2019-01-01"), d("2024-01-01"), FACTS, DEFAULTS);
    assertFalse(never.isYes());
    assertEquals(Code.SCCS_NEVER_GOVERNED, never.getReasonCodes().get(0));
    Decision<Boolean> other = Transfers.sccTerminated(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.LAWFUL_ALTERNATIVE_BASIS, d("2021-01-01"), d("2021-02-01"), FACTS, DEFAULTS);
    assertTrue(other.isYes());
    assertTrue(other.hasReason(Code.OTHER_LAWFUL_BASIS));
    assertFalse(Transfers.sccTerminated(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2021-01-01"), d("2021-01-01"), FACTS, DEFAULTS).isYes());
    assertTrue(Transfers.sccTerminated(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2021-01-01"), d("2027-01-01"), FACTS, DEFAULTS)
        .hasReason(Code.LEGAL_FACTS_STALE));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Transfers.isSccTerminated(DE, US, DpfCertification.CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2021-01-02"), d("2021-01-01"), FACTS, DEFAULTS));
    assertTrue(e.getMessage().contains("2021-01-02"), e.getMessage());
  }

  @Test
  @Tag("clause-A.4.3.1")
  @DisplayName("A.4.3.1: Customer is the data exporter and Segment the data importer; no one else gets a role")
  void sccRoles() {
    assertEquals(Optional.of(Role.DATA_EXPORTER), Transfers.sccRole(PartyKind.CUSTOMER).getOutcome());
    assertEquals(Optional.of(Role.DATA_IMPORTER), Transfers.sccRole(PartyKind.SEGMENT).getOutcome());
    assertEquals(List.of(Code.CUSTOMER_IS_EXPORTER), Transfers.sccRole(PartyKind.CUSTOMER).getReasonCodes());
    assertEquals(List.of(Code.SEGMENT_IS_IMPORTER), Transfers.sccRole(PartyKind.SEGMENT).getReasonCodes());
    assertEquals(Optional.empty(), Transfers.sccRole(PartyKind.AUDITOR).getOutcome());
    assertEquals(List.of(Code.NO_SCC_ROLE), Transfers.sccRole(PartyKind.SUBPROCESSOR).getReasonCodes());
    assertEquals(Optional.empty(), Transfers.sccRoleOf(PartyKind.THIRD_PARTY_SUBPROCESSOR));
  }

  @ParameterizedTest(name = "processing in {0}: {1}")
  @CsvSource({"US,true", "IE,true", "IN,false"})
  @Tag("clause-A.4.1")
  @DisplayName("A.4.1: Segment may process in the US or wherever it or its Subprocessors maintain facilities")
  void processingLocations(String country, boolean allowed) {
    Decision<Boolean> dec = Transfers.processingLocationAllowed(CountryCode.of(country), Set.of(CountryCode.of("IE")));
    assertEquals(allowed, dec.isYes());
    assertEquals(allowed, Transfers.isProcessingLocationAllowed(CountryCode.of(country), Set.of(CountryCode.of("IE"))));
    Code first = country.equals("US") ? Code.LOCATION_UNITED_STATES : allowed ? Code.LOCATION_FACILITY : Code.LOCATION_NOT_PERMITTED;
    assertEquals(List.of(first, Code.LOCATION_SUBJECT_TO_PRIVACY_SHIELD), dec.getReasonCodes());
  }

  @Test
  @Tag("clause-A.4.1")
  @DisplayName("A.4.1: Customer is responsible for the cross-border compliance of its use of the Services")
  void customerResponsible() {
    assertEquals(PartyKind.CUSTOMER, Transfers.crossBorderComplianceResponsibility().getOutcome());
    assertEquals(PartyKind.CUSTOMER, Transfers.crossBorderComplianceResponsibilityOf());
    assertEquals(List.of(Code.CUSTOMER_RESPONSIBLE_CROSS_BORDER), Transfers.crossBorderComplianceResponsibility().getReasonCodes());
  }

  @ParameterizedTest(name = "subjects in {0}, processed in {1}, on {2}: owed {3}, framework-ended finding {4}")
  @CsvSource({
      "DE,US,2019-01-01,true,false", "DE,US,2020-07-15,true,false", "DE,US,2020-07-16,true,true",
      "CH,US,2020-09-07,true,false", "CH,US,2020-09-08,true,true", "CH,US,2020-07-16,true,false",
      "GB,US,2020-01-31,true,false", "GB,US,2020-02-01,false,false", "NO,US,2021-01-01,false,false",
      "DE,IE,2021-01-01,false,false", "US,US,2021-01-01,false,false"})
  @Tag("clause-A.4.2")
  @DisplayName("A.4.2: Segment protects EU and Swiss individuals' data processed in the US by the Privacy Shield Principles")
  void privacyShieldDuty(String subjects, String processed, String day, boolean owed, boolean ended) {
    Decision<Boolean> dec = Transfers.privacyShieldDutyOwed(CountryCode.of(subjects), CountryCode.of(processed), d(day), FACTS);
    assertEquals(owed, dec.isYes());
    assertEquals(owed, Transfers.isPrivacyShieldDutyOwed(CountryCode.of(subjects), CountryCode.of(processed), d(day), FACTS));
    assertEquals(owed, dec.hasReason(Code.PRIVACY_SHIELD_DUTY));
    assertEquals(ended, dec.hasReason(Code.PRIVACY_SHIELD_FRAMEWORK_ENDED));
    assertEquals(!processed.equals("US"), dec.hasReason(Code.PRIVACY_SHIELD_NOT_IN_US));
    if (ended) {
      assertTrue(dec.explain().contains(subjects.equals("CH") ? "FDPIC" : "C-311/18"), dec.explain());
    }
  }

  @Test
  @Tag("clause-A.4.2")
  @DisplayName("A.4.2: the stale-table note appears only for an owed duty asked after the table's date")
  void privacyShieldStale() {
    assertTrue(Transfers.privacyShieldDutyOwed(DE, US, d("2027-01-01"), FACTS).hasReason(Code.LEGAL_FACTS_STALE));
    assertFalse(Transfers.privacyShieldDutyOwed(DE, CountryCode.of("IE"), d("2027-01-01"), FACTS).hasReason(Code.LEGAL_FACTS_STALE));
    assertTrue(Transfers.privacyShieldDutyOwed(DE, US, d("2021-01-01"), FACTS.withoutFact(LegalFacts.SCHREMS_II))
        .explain().contains("no Privacy Shield fact"));
  }

  @ParameterizedTest(name = "duty {0}, able {1}: inform {2}")
  @CsvSource({"OWED,UNABLE_TO_COMPLY,true,INFORM_CUSTOMER", "OWED,ABLE_TO_COMPLY,false,NO_INFORMATION_DUE",
      "NOT_OWED,UNABLE_TO_COMPLY,false,NO_DUTY_NOTHING_TO_INFORM", "NOT_OWED,ABLE_TO_COMPLY,false,NO_DUTY_NOTHING_TO_INFORM"})
  @Tag("clause-A.4.2")
  @DisplayName("A.4.2: if Segment is unable to comply, Segment shall inform Customer")
  void informCustomer(PrivacyShieldDuty duty, PrivacyShieldCompliance able, boolean inform, Code code) {
    Decision<Boolean> dec = Transfers.customerToBeInformed(duty, able);
    assertEquals(inform, dec.isYes());
    assertEquals(inform, Transfers.isCustomerToBeInformed(duty, able));
    assertEquals(List.of(code), dec.getReasonCodes());
  }

  @ParameterizedTest(name = "SCCs govern {0}, requested {1}: copies owed {2}")
  @CsvSource({"GOVERN,REQUESTED,true", "GOVERN,NOT_REQUESTED,false", "DO_NOT_GOVERN,REQUESTED,false",
      "DO_NOT_GOVERN,NOT_REQUESTED,false"})
  @Tag("clause-A.4.3.4")
  @DisplayName("A.4.3.4: copies of Subprocessor agreements are provided upon the data exporter's request")
  void subprocessorAgreementCopies(SccStatus govern, CustomerRequest requested, boolean owed) {
    Decision<Boolean> dec = Transfers.subprocessorAgreementCopyOwed(govern, requested);
    assertEquals(owed, dec.isYes());
    assertEquals(owed, Transfers.isSubprocessorAgreementCopyOwed(govern, requested));
    assertEquals(govern == SccStatus.DO_NOT_GOVERN, dec.hasReason(Code.SCCS_NOT_GOVERNING));
    assertEquals(requested == CustomerRequest.REQUESTED, dec.hasReason(Code.COPIES_ON_REQUEST));
    assertEquals(requested == CustomerRequest.NOT_REQUESTED, dec.hasReason(Code.NO_REQUEST_NO_COPIES));
  }

  @ParameterizedTest(name = "{0}: redactable {1}")
  @CsvSource({"COMMERCIAL_INFORMATION,true", "UNRELATED_CLAUSE,true", "SCC_OR_EQUIVALENT_CLAUSE,false"})
  @Tag("clause-A.4.3.4")
  @DisplayName("A.4.3.4: commercial information and unrelated clauses may be removed or redacted beforehand")
  void redaction(AgreementContent content, boolean allowed) {
    Decision<Boolean> dec = Transfers.redactionAllowed(content);
    assertEquals(allowed, dec.isYes());
    assertEquals(allowed, Transfers.isRedactionAllowed(content));
    assertEquals(List.of(allowed ? Code.REDACTION_ALLOWED : Code.REDACTION_NOT_ALLOWED), dec.getReasonCodes());
    assertTrue(dec.explain().contains(content.toString()));
    assertTrue(dec.explain().contains(content == AgreementContent.COMMERCIAL_INFORMATION ? "commercial information"
        : content == AgreementContent.UNRELATED_CLAUSE ? "clauses unrelated" : "the Standard Contractual Clauses or their equivalent"),
        dec.explain());
  }

  @ParameterizedTest(name = "authorised {0}")
  @CsvSource({"true", "false"})
  @Tag("clause-A.4.3.6")
  @DisplayName("A.4.3.6: Section 6 authorizations are Customer's prior written consent under Clause 5(h)")
  void subcontractingConsent(boolean authorised) {
    Decision<Boolean> dec = Transfers.subcontractingConsented(authorised);
    assertEquals(authorised, dec.isYes());
    assertEquals(authorised, Transfers.isSubcontractingConsented(authorised));
    assertEquals(authorised, io.github.dpasemantics.model.norm.Deeming.SUBCONTRACTING_CONSENT.consequenceFollows(authorised));
    assertEquals(List.of(authorised ? Code.SECTION_6_IS_CONSENT : Code.NO_SECTION_6_AUTHORISATION), dec.getReasonCodes());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"REQUESTED", "NOT_REQUESTED"})
  @Tag("clause-A.4.3.7")
  @DisplayName("A.4.3.7: certification of deletion is provided only upon Customer's request")
  void deletionCertification(CustomerRequest request) {
    boolean requested = request == CustomerRequest.REQUESTED;
    Decision<Boolean> dec = Transfers.deletionCertificationOwed(request);
    assertEquals(requested, dec.isYes());
    assertEquals(requested, Transfers.isDeletionCertificationOwed(request));
    assertEquals(List.of(requested ? Code.CERTIFICATION_ON_REQUEST : Code.CERTIFICATION_NOT_REQUESTED), dec.getReasonCodes());
  }

  @Test
  @Tag("clause-A.4.3.7")
  @DisplayName("A.4.3.7: the Clause 12(1) certificate is an SCC duty: not owed where the SCCs do not govern, even on request")
  void deletionCertificationOnlyUnderTheSccs() {
    Decision<Boolean> none = Transfers.deletionCertificationOwed(SccStatus.DO_NOT_GOVERN, CustomerRequest.REQUESTED);
    assertFalse(none.isYes());
    assertEquals(List.of(Code.SCCS_NOT_GOVERNING_NO_CERTIFICATE), none.getReasonCodes());
    assertEquals(List.of(ClauseId.parse("A.4.3")), none.getClauses());
    assertFalse(Transfers.isDeletionCertificationOwed(SccStatus.DO_NOT_GOVERN, CustomerRequest.REQUESTED));
    Decision<Boolean> owed = Transfers.deletionCertificationOwed(SccStatus.GOVERN, CustomerRequest.REQUESTED);
    assertTrue(owed.isYes());
    assertEquals(List.of(Code.CERTIFICATION_ON_REQUEST), owed.getReasonCodes());
    assertEquals(List.of(Code.CERTIFICATION_NOT_REQUESTED), Transfers.deletionCertificationOwed(SccStatus.GOVERN, CustomerRequest.NOT_REQUESTED).getReasonCodes());
    assertFalse(Transfers.isDeletionCertificationOwed(SccStatus.GOVERN, CustomerRequest.NOT_REQUESTED));
  }

  @Test
  @DisplayName("A.4: null arguments are refused with a message naming them")
  void nulls() {
    assertMessage(() -> Transfers.isSccGoverned(null, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2021-01-01"), FACTS, DEFAULTS), "customerIn");
    assertMessage(() -> Transfers.isSccGoverned(DE, null, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2021-01-01"), FACTS, DEFAULTS), "destination");
    assertMessage(() -> Transfers.isSccGoverned(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, null, FACTS, DEFAULTS), "asOf");
    assertMessage(() -> Transfers.isSccGoverned(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2021-01-01"), null, DEFAULTS), "facts");
    assertMessage(() -> Transfers.isSccGoverned(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2021-01-01"), FACTS, null), "readings");
    assertMessage(() -> Transfers.isSccTerminated(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, null, d("2021-01-01"), FACTS, DEFAULTS), "sccsGovernedOn");
    assertMessage(() -> Transfers.isSccTerminated(null, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2021-01-01"), d("2021-01-01"), FACTS, DEFAULTS), "isSccTerminated: customerIn");
    assertMessage(() -> Transfers.sccTerminated(DE, US, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2021-01-01"), d("2021-01-01"), FACTS, null), "readings");
    assertMessage(() -> Transfers.isProcessingLocationAllowed(null, Set.of()), "location");
    assertMessage(() -> Transfers.isProcessingLocationAllowed(US, null), "facilityCountries");
    assertMessage(() -> Transfers.isPrivacyShieldDutyOwed(null, US, d("2021-01-01"), FACTS), "subjectsIn");
    assertMessage(() -> Transfers.isPrivacyShieldDutyOwed(DE, null, d("2021-01-01"), FACTS), "processedIn");
    assertMessage(() -> Transfers.isPrivacyShieldDutyOwed(DE, US, null, FACTS), "asOf");
    assertMessage(() -> Transfers.privacyShieldDutyOwed(DE, US, d("2021-01-01"), null), "facts");
    assertMessage(() -> Transfers.sccRoleOf(null), "party");
    assertMessage(() -> Transfers.isRedactionAllowed(null), "content");
  }

  private static void assertMessage(org.junit.jupiter.api.function.Executable call, String fragment) {
    RuntimeException e = assertThrows(RuntimeException.class, call);
    assertTrue(e.getMessage() != null && e.getMessage().contains(fragment), "message: " + e.getMessage());
  }
}
