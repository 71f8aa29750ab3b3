package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.data.WhoseData;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.model.norm.Deeming;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Audits.AuditForm;
import io.github.dpasemantics.policy.ClauseCoverage.Status;
import io.github.dpasemantics.policy.Deletion.DeletionReach;
import io.github.dpasemantics.policy.fact.Awareness;
import io.github.dpasemantics.policy.fact.IncidentStatus;
import io.github.dpasemantics.policy.fact.LegalProhibition;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The findings of the legal review (issue 15), each as a scenario from the text. */
class LegalReviewTest {
  private static final Interpretations DEFAULTS = Interpretations.defaults();
  private static final ZoneId LA = DpaTerms.segment().getZone();

  private static SecurityEventConfirmed breach(WhoseData whose) {
    return SecurityEventConfirmed.builder().id("e1").date(LocalDate.of(2025, 3, 3)).incidentId("inc-1")
        .nature(SecurityEventNature.UNAUTHORIZED_ACCESS).effects(Set.of(SecurityEffect.UNAUTHORIZED_DISCLOSURE))
        .personalDataProcessedBySegment(true).unauthorizedOrUnlawful(true).whoseData(whose).build();
  }

  private static List<ClauseId> ids(String... ids) {
    return java.util.Arrays.stream(ids).map(ClauseId::parse).toList();
  }

  // ---------------------------------------------------------------- whose data (2.9, 4, 7.1, 7.3)

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3, 4: a breach of another customer's data is a Security Incident (2.9) but owes this Customer no notice")
  void someoneElsesDataOwesNoNotice() {
    SecurityEventConfirmed other = breach(WhoseData.SOMEONE_ELSES_DATA);
    assertTrue(Definitions.isSecurityIncident(other, DEFAULTS), "2.9 is about Personal Data being Processed by Segment");
    Decision<Boolean> d = Security.incidentNotificationRequired(other, LegalProhibition.NOT_PROHIBITED, DEFAULTS);
    assertFalse(d.isYes());
    assertEquals(List.of(Security.Code.SOMEONE_ELSES_DATA), d.getReasonCodes());
    assertEquals(ids("4"), d.getClauses());
    for (Interpretation r : Question.INCIDENT_DATA_SCOPE.defaultReading().alternatives()) {
      assertFalse(Security.incidentNotificationRequired(other, LegalProhibition.NOT_PROHIBITED, Interpretations.of(r)).isYes(), r.name());
    }
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a breach of this Customer's Customer Personal Data owes notice; an event defaults to that data")
  void thisCustomersDataOwesNotice() {
    Decision<Boolean> d = Security.incidentNotificationRequired(breach(WhoseData.THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA), LegalProhibition.NOT_PROHIBITED, DEFAULTS);
    assertTrue(d.isYes());
    assertEquals(List.of(Security.Code.NOTICE_REQUIRED), d.getReasonCodes());
    SecurityEventConfirmed unsaid = SecurityEventConfirmed.builder().id("e1").date(LocalDate.of(2025, 3, 3)).incidentId("i")
        .nature(SecurityEventNature.MALWARE).effects(Set.of(SecurityEffect.LOSS)).personalDataProcessedBySegment(true)
        .unauthorizedOrUnlawful(true).build();
    assertEquals(WhoseData.THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA, unsaid.getWhoseData());
    assertTrue(Security.incidentNotificationRequired(unsaid, LegalProhibition.NOT_PROHIBITED, DEFAULTS).isYes());
    Decision<Boolean> prohibited = Security.incidentNotificationRequired(unsaid, LegalProhibition.PROHIBITED_BY_LAW, DEFAULTS);
    assertFalse(prohibited.isYes());
    assertEquals(List.of(Security.Code.PROHIBITED_BY_LAW), prohibited.getReasonCodes());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3, 4: a breach of Customer's employees' data owes no notice by default, and does under the 2.9 reading")
  void otherDataOfCustomerDependsOnTheReading() {
    SecurityEventConfirmed staff = breach(WhoseData.OTHER_DATA_OF_THIS_CUSTOMER);
    Decision<Boolean> byDefault = Security.incidentNotificationRequired(staff, LegalProhibition.NOT_PROHIBITED, DEFAULTS);
    assertFalse(byDefault.isYes());
    assertEquals(List.of(Security.Code.NOT_CUSTOMER_PERSONAL_DATA), byDefault.getReasonCodes());
    assertEquals(List.of(Interpretation.INCIDENT_NOTICE_FOR_CUSTOMER_PERSONAL_DATA), byDefault.getInterpretations());
    Interpretations wide = Interpretations.of(Interpretation.INCIDENT_NOTICE_FOR_ANY_DATA_OF_CUSTOMER);
    Decision<Boolean> alt = Security.incidentNotificationRequired(staff, LegalProhibition.NOT_PROHIBITED, wide);
    assertTrue(alt.isYes());
    assertEquals(List.of(Security.Code.OTHER_DATA_OF_CUSTOMER_COUNTS, Security.Code.NOTICE_REQUIRED), alt.getReasonCodes());
    assertEquals(ids("2.9", "7.3"), alt.getClauses());
    Decision<Boolean> notAware = Security.incidentNotificationRequired(IncidentStatus.SECURITY_INCIDENT, Awareness.NOT_AWARE, LegalProhibition.NOT_PROHIBITED, WhoseData.OTHER_DATA_OF_THIS_CUSTOMER, wide);
    assertFalse(notAware.isYes());
    assertEquals(List.of(Security.Code.OTHER_DATA_OF_CUSTOMER_COUNTS, Security.Code.NOT_AWARE), notAware.getReasonCodes());
    assertThrows(NullPointerException.class, () -> Security.isIncidentNotificationRequired(IncidentStatus.SECURITY_INCIDENT, Awareness.AWARE, LegalProhibition.NOT_PROHIBITED, null, DEFAULTS));
  }

  // ---------------------------------------------------------------- A.2.1.2 referral (EU rights only)

  @Test
  @Tag("clause-A.2.1.2")
  @DisplayName("A.2.1.2, B.6: a Customer employee's CCPA request about Usage Data is not referred; B.6 makes Segment the business")
  void ccpaUsageDataRequestIsNotReferred() {
    DataDescriptor usage = DataDescriptor.builder().origin(DataOrigin.USAGE_DATA).subjectKind(SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE)
        .governingLaws(Set.of(DataProtectionLaw.CCPA, DataProtectionLaw.EU_DATA_PROTECTION_LAW)).processedBySegment(true).build();
    SubjectKind employee = SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE;
    Decision<Boolean> ccpa = Security.usageDataRequestForwarded(employee, usage, DataProtectionLaw.CCPA, DpaTerms.segment());
    assertFalse(ccpa.isYes());
    assertEquals(List.of(Security.Code.NOT_EU_RIGHTS, Security.Code.SEGMENT_BUSINESS_FOR_USAGE_DATA), ccpa.getReasonCodes());
    assertEquals(ids("A.2.1.2", "B.6"), ccpa.getClauses());
    assertFalse(ccpa.explain().contains("rights under EU Data Protection Laws in respect of Usage Data that constitutes"));
    Decision<Boolean> other = Security.usageDataRequestForwarded(employee, usage, DataProtectionLaw.OTHER, DpaTerms.segment());
    assertEquals(List.of(Security.Code.NOT_EU_RIGHTS, Security.Code.SILENT_FOR_OTHER_LAWS), other.getReasonCodes());
    Decision<Boolean> eu = Security.usageDataRequestForwarded(employee, usage, DataProtectionLaw.EU_DATA_PROTECTION_LAW, DpaTerms.segment());
    assertTrue(eu.isYes());
    assertEquals(eu, Security.usageDataRequestForwarded(employee, usage, DpaTerms.segment()), "the three-input form is the EU-law form");
    assertFalse(Security.isUsageDataRequestForwarded(employee, usage, DataProtectionLaw.CCPA, DpaTerms.segment()));
    DataDescriptor customerData = DataDescriptor.builder().from(usage).origin(DataOrigin.CUSTOMER_DATA).build();
    assertEquals(List.of(Security.Code.NOT_USAGE_DATA, Security.Code.NOT_EU_RIGHTS),
        Security.usageDataRequestForwarded(employee, customerData, DataProtectionLaw.CCPA, DpaTerms.segment()).getReasonCodes(),
        "B.6 speaks only of Usage Data");
    assertThrows(NullPointerException.class, () -> Security.isUsageDataRequestForwarded(employee, usage, null));
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8, A.1.3, B.6: a request about Usage Data is Segment's as controller (EU law) or business (CCPA); other laws: silent")
  void usageDataRoutingByLaw() {
    DataDescriptor usage = DataDescriptor.builder().origin(DataOrigin.USAGE_DATA).subjectKind(SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE)
        .governingLaws(Set.of(DataProtectionLaw.CCPA)).processedBySegment(true).build();
    Decision<DataSubjects.Routing> ccpa = DataSubjects.routing(usage, DataProtectionLaw.CCPA);
    assertEquals(DataSubjects.Routing.SEGMENT_AS_CONTROLLER, ccpa.getOutcome());
    assertEquals(ids("B.6"), ccpa.getClauses());
    Decision<DataSubjects.Routing> eu = DataSubjects.routing(usage, DataProtectionLaw.EU_DATA_PROTECTION_LAW);
    assertEquals(eu, DataSubjects.routing(usage));
    assertEquals(ids("A.1.3"), eu.getClauses());
    Decision<DataSubjects.Routing> other = DataSubjects.routing(usage, DataProtectionLaw.OTHER);
    assertEquals(DataSubjects.Routing.OUTSIDE_ADDENDUM, other.getOutcome());
    assertEquals(List.of(DataSubjects.Code.USAGE_DATA_OTHER_LAW), other.getReasonCodes());
    DataDescriptor cpd = DataDescriptor.builder().from(usage).origin(DataOrigin.CUSTOMER_DATA).subjectKind(SubjectKind.CUSTOMER_END_USER)
        .build();
    assertEquals(DataSubjects.Routing.REFER_TO_CUSTOMER, DataSubjects.routing(cpd, DataProtectionLaw.OTHER).getOutcome());
    assertEquals(DataSubjects.Routing.REFER_TO_CUSTOMER, DataSubjects.routingOf(cpd, DataProtectionLaw.CCPA));
    assertThrows(NullPointerException.class, () -> DataSubjects.routingOf(usage, null));
  }

  // ---------------------------------------------------------------- A.2.1.1 only articles that oblige Customer

  @Test
  @Tag("clause-A.2.1.1")
  @DisplayName("A.2.1.1: Article 1 (subject matter) puts no obligation on Customer, so no assistance; Article 5 does")
  void articleOneGetsNoAssistance() {
    Decision<Boolean> one = Security.securityAssistanceOwed(1, true);
    assertFalse(one.isYes());
    assertEquals(List.of(Security.Code.NO_CUSTOMER_OBLIGATION), one.getReasonCodes());
    assertTrue(one.explain().contains("Article 1 of the GDPR puts no obligation on Customer"), one.explain());
    assertTrue(Security.securityAssistanceOwed(5, true).isYes());
    assertFalse(Security.isControllerObliged(1));
    assertFalse(Security.isControllerObliged(4));
    assertTrue(Security.isControllerObliged(5));
    assertTrue(Security.isControllerObliged(22));
    assertFalse(Security.isControllerObliged(23));
    assertTrue(Security.isControllerObliged(24));
    assertTrue(Security.isControllerObliged(38));
    assertFalse(Security.isControllerObliged(39));
    assertFalse(Security.isControllerObliged(45));
    assertTrue(Security.isControllerObliged(49));
    assertFalse(Security.isControllerObliged(50));
    assertTrue(Security.isControllerObliged(89));
    assertFalse(Security.isControllerObliged(99));
    assertThrows(IllegalArgumentException.class, () -> Security.isControllerObliged(0));
    assertThrows(IllegalArgumentException.class, () -> Security.isControllerObliged(100));
  }

  // ---------------------------------------------------------------- citations

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3, 2.11: no notice for a Segment Affiliate rests on 6.3 and 2.11 as well as 6.1")
  void affiliateNoticeCitesItsGrounds() {
    Decision<Boolean> d = Subprocessing.noticeRequired(PartyKind.SEGMENT_AFFILIATE, true);
    assertFalse(d.isYes());
    assertEquals(ids("2.11", "6.1", "6.3"), d.getClauses());
  }

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4: what survives the Addendum's automatic termination cites 3.4 under either reading")
  void survivingDutiesCite34() {
    assertTrue(Scope.survivingDuties(DEFAULTS).getClauses().contains(ClauseId.parse("3.4")));
    assertTrue(Scope.survivingDuties(Interpretations.of(Interpretation.DELETION_ENDS_WITH_ADDENDUM)).getClauses()
        .contains(ClauseId.parse("3.4")));
  }

  // ---------------------------------------------------------------- A.2.2 form of audit

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: questionnaires and requests for information are granted; an on-site inspection is not, by default")
  void auditForms() {
    for (AuditForm f : List.of(AuditForm.INFORMATION_REQUEST, AuditForm.SECURITY_QUESTIONNAIRE, AuditForm.AUDIT_QUESTIONNAIRE)) {
      Decision<Boolean> d = Audits.auditFormGranted(f, DEFAULTS);
      assertTrue(d.isYes(), f.name());
      assertEquals(ids("A.2.2.2"), d.getClauses());
      assertTrue(d.getInterpretations().isEmpty());
    }
    Decision<Boolean> inspection = Audits.auditFormGranted(AuditForm.ON_SITE_INSPECTION, DEFAULTS);
    assertFalse(inspection.isYes());
    assertEquals(List.of(Audits.Code.INSPECTION_NOT_GRANTED), inspection.getReasonCodes());
    assertEquals(List.of(Interpretation.AUDIT_BY_INFORMATION_REQUESTS), inspection.getInterpretations());
    Decision<Boolean> alt = Audits.auditFormGranted(AuditForm.ON_SITE_INSPECTION,
        Interpretations.of(Interpretation.AUDIT_INCLUDES_INSPECTION_WHERE_LAW_GRANTS));
    assertTrue(alt.isYes());
    assertEquals(ids("A.2.2"), alt.getClauses());
    assertTrue(citesCatalogue(alt) && citesCatalogue(inspection));
    assertThrows(NullPointerException.class, () -> Audits.isAuditFormGranted(null, DEFAULTS));
    assertThrows(NullPointerException.class, () -> Audits.isAuditFormGranted(AuditForm.ON_SITE_INSPECTION, null));
  }

  // ---------------------------------------------------------------- 9.1 at Subprocessors

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1, 6.1.1: Segment's systems within 9.1; a Subprocessor's copies through its agreement by default; Sources never")
  void deletionAtSubprocessors() {
    assertEquals(DeletionReach.WITHIN_9_1, Deletion.deletionReach(PartyKind.SEGMENT, DEFAULTS).getOutcome());
    Decision<DeletionReach> sub = Deletion.deletionReach(PartyKind.THIRD_PARTY_SUBPROCESSOR, DEFAULTS);
    assertEquals(DeletionReach.THROUGH_SUBPROCESSOR_AGREEMENT, sub.getOutcome());
    assertEquals(ids("6.1.1", "6.1.2", "9.1"), sub.getClauses());
    assertEquals(List.of(Interpretation.DELETION_AT_SUBPROCESSORS_BY_FLOW_DOWN), sub.getInterpretations());
    assertTrue(sub.explain().contains("the copies of a Third Party Subprocessor are on its own systems"), sub.explain());
    assertTrue(Deletion.deletionReach(PartyKind.SEGMENT_AFFILIATE, DEFAULTS).explain()
        .contains("the copies of a Subprocessor that is an Affiliate of Segment"));
    assertTrue(Deletion.deletionReach(PartyKind.SUBPROCESSOR, Interpretations.of(Interpretation.DELETION_AT_SUBPROCESSORS_WITHIN_9_1))
        .explain().contains("the systems on which a Subprocessor Processes"));
    Interpretations within = Interpretations.of(Interpretation.DELETION_AT_SUBPROCESSORS_WITHIN_9_1);
    assertEquals(DeletionReach.WITHIN_9_1, Deletion.deletionReach(PartyKind.SEGMENT_AFFILIATE, within).getOutcome());
    assertEquals(DeletionReach.WITHIN_9_1, Deletion.deletionReach(PartyKind.SUBPROCESSOR, within).getOutcome());
    assertEquals(DeletionReach.WITHIN_9_1, Deletion.deletionReach(PartyKind.SEGMENT, within).getOutcome());
    Decision<DeletionReach> source = Deletion.deletionReach(PartyKind.SOURCE_OR_DESTINATION, within);
    assertEquals(DeletionReach.NOT_REACHED, source.getOutcome());
    assertEquals(ids("5.2"), source.getClauses());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Deletion.deletionReachOf(PartyKind.AUDITOR, DEFAULTS));
    assertTrue(e.getMessage().contains("holder = AUDITOR"), e.getMessage());
  }

  // ---------------------------------------------------------------- instants

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: an audit request at 02:00 CET on 1 January 2025 is a 31 December 2024 request in Los Angeles")
  void instantIsPlacedInTheContractZone() {
    ContractTime.DateInput in = ContractTime.date("request", "2025-01-01T02:00+01:00", LA);
    assertEquals(LocalDate.of(2024, 12, 31), in.date());
    assertTrue(in.isConverted());
    assertEquals("request: 2025-01-01T02:00+01:00 is 2024-12-31T17:00:00-08:00 in America/Los_Angeles, the contract's zone,"
        + " so its contract date is 2024-12-31", in.explain().orElseThrow());
    assertEquals(LocalDate.of(2024, 12, 31), ContractTime.date("request", "2025-01-01T02:00+01:00[Europe/Paris]", LA).date());
    assertEquals(LocalDate.of(2025, 1, 1), ContractTime.date("request", "2025-01-01T08:00Z", LA).date());
    ContractTime.DateInput plain = ContractTime.date("request", " 2025-01-01 ", LA);
    assertEquals(LocalDate.of(2025, 1, 1), plain.date());
    assertFalse(plain.isConverted());
    assertTrue(plain.explain().isEmpty());
    IllegalArgumentException local = assertThrows(IllegalArgumentException.class, () -> ContractTime.date("request", "2025-01-01T02:00", LA));
    assertTrue(local.getMessage().startsWith("request = '2025-01-01T02:00': expected a date"), local.getMessage());
    assertTrue(local.getMessage().contains("names no instant"), local.getMessage());
    IllegalArgumentException junk = assertThrows(IllegalArgumentException.class, () -> ContractTime.date("request", "soon", LA));
    assertFalse(junk.getMessage().contains("names no instant"), junk.getMessage());
  }

  // ---------------------------------------------------------------- deeming provisions as data

  @Test
  @Tag("clause-A.4.3.6")
  @DisplayName("A.4.3.6, B.5, 3.2, A.2.2.1: deeming provisions are data, and coverage counts them as encoded, not decided")
  void deemingsAreEncoded() {
    ClauseCoverage c = ClauseCoverage.compute();
    assertTrue(c.isComplete(), c::toTable);
    for (String id : List.of("A.4.3.6", "B.5", "3.2", "A.2.2.1")) {
      assertEquals(Status.ENCODED, c.row(ClauseId.parse(id)).orElseThrow().getStatus(), id);
    }
    assertTrue(c.row(ClauseId.parse("A.4.3.6")).orElseThrow().describe().startsWith("encoded as data: Deeming.SUBCONTRACTING_CONSENT"));
    ClauseCatalog catalog = ClauseCatalog.segmentDpa();
    for (Deeming d : Deeming.values()) {
      assertTrue(catalog.contains(d.getClause()), d.name());
      String clauseText = catalog.get(d.getClause().toString()).getText().replaceAll("\\s+", " ");
      assertTrue(clauseText.contains(d.getText().replaceAll("\\s+", " ")), d.name() + ": " + d.getText());
      assertTrue(d.consequenceFollows(true) && !d.consequenceFollows(false), d.name());
      assertTrue(Deeming.of(d.getClause()).contains(d));
    }
    assertEquals(List.of(Deeming.LIABILITY_LIMITS), Deeming.of(ClauseId.parse("3.2")));
    assertTrue(Deeming.of(ClauseId.parse("6.3")).isEmpty());
    ClauseCatalog tiny = ClauseCatalog.of(List.of(catalog.get("2"), catalog.get("2.9")));
    assertTrue(ClauseCoverage.compute(List.of(Processing.class), tiny).getProblems()
        .contains("@Encodes on Processing.transmissionUnlimited: clause 5.2 is not in the catalogue"));
    assertEquals(ClauseCoverage.Status.ENCODED.name(), "ENCODED");
  }
}
