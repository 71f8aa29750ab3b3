package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.ObjectionMade;
import io.github.dpasemantics.model.event.ReportKind;
import io.github.dpasemantics.model.event.SubprocessorEngaged;
import io.github.dpasemantics.model.event.SubprocessorFirstProcessing;
import io.github.dpasemantics.model.event.ThirdPartyReportIssued;
import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.SourceOrDestination;
import io.github.dpasemantics.model.party.Subprocessor;
import io.github.dpasemantics.policy.Audits.AuditBasis;
import io.github.dpasemantics.policy.Definitions.Operation;
import io.github.dpasemantics.policy.Subprocessing.Authorization;
import io.github.dpasemantics.policy.Subprocessing.NoticeTiming;
import io.github.dpasemantics.policy.fact.AuditInformation;
import io.github.dpasemantics.policy.fact.Automation;
import io.github.dpasemantics.policy.fact.IncidentCommunication;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Examples from the text for the twins that issue 16's naming rule added (each bare method beside
 * its explained form, or the reverse); {@code NamingRuleTest} checks over generated inputs that
 * every bare method answers its twin's outcome.
 */
class NamingRuleExamplesTest {
  private static final DpaTerms SEGMENT = DpaTerms.segment();
  private static final Interpretations DEFAULTS = Interpretations.defaults();
  private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an objection is timely within five calendar days after notice, the window carried by the decision")
  void objectionTimely() {
    Decision<Boolean> last = Subprocessing.objectionTimely(MAR_1, LocalDate.of(2024, 3, 6), SEGMENT, DEFAULTS);
    assertTrue(last.isYes());
    assertEquals(List.of(Subprocessing.Code.OBJECTION_WITHIN_WINDOW), last.getReasonCodes());
    assertEquals(LocalDate.of(2024, 3, 6), last.getWindow().orElseThrow().getCloses());
    Decision<Boolean> late = Subprocessing.objectionTimely(MAR_1, LocalDate.of(2024, 3, 7), SEGMENT, DEFAULTS);
    assertFalse(late.isYes());
    assertEquals(List.of(Subprocessing.Code.OBJECTION_AFTER_WINDOW), late.getReasonCodes());
    Decision<Boolean> early = Subprocessing.objectionTimely(MAR_1, LocalDate.of(2024, 2, 29), SEGMENT, DEFAULTS);
    assertEquals(List.of(Subprocessing.Code.OBJECTION_BEFORE_WINDOW), early.getReasonCodes());
    assertTrue(citesCatalogue(last) && citesCatalogue(late) && citesCatalogue(early));
    assertEquals("Subprocessing.objectionTimely: notice must not be null",
        assertThrows(NullPointerException.class, () -> Subprocessing.objectionTimely(null, MAR_1, SEGMENT, DEFAULTS)).getMessage());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: from the model's events, a written objection on data protection grounds within the window is allowed; notice timing")
  void subprocessingEvents() {
    ObjectionMade written = ObjectionMade.builder().id("o1").date(LocalDate.of(2024, 3, 6)).subprocessorId("aws").written(true)
        .grounds(ObjectionGrounds.REASONABLE_DATA_PROTECTION).build();
    assertTrue(Subprocessing.isObjectionAllowed(MAR_1, written, SEGMENT, DEFAULTS));
    assertFalse(Subprocessing.isObjectionAllowed(MAR_1, ObjectionMade.builder().from(written).written(false).build(), SEGMENT, DEFAULTS));
    SubprocessorEngaged engaged = SubprocessorEngaged.builder().id("e1").date(MAR_1).subprocessorId("aws")
        .subprocessorKind(PartyKind.THIRD_PARTY_SUBPROCESSOR).build();
    SubprocessorFirstProcessing first = SubprocessorFirstProcessing.builder().id("f1").date(LocalDate.of(2024, 3, 11))
        .subprocessorId("aws").build();
    // "at least ten (10) days before": notice on 1 March for processing on 11 March is timely, on 5 March late
    assertEquals(NoticeTiming.TIMELY, Subprocessing.noticeTimingOf(engaged, MAR_1, first, SEGMENT, DEFAULTS));
    assertEquals(NoticeTiming.LATE, Subprocessing.noticeTimingOf(engaged, LocalDate.of(2024, 3, 5), first, SEGMENT, DEFAULTS));
    SubprocessorFirstProcessing other = SubprocessorFirstProcessing.builder().from(first).subprocessorId("gcp").build();
    assertThrows(IllegalArgumentException.class, () -> Subprocessing.noticeTimingOf(engaged, MAR_1, other, SEGMENT, DEFAULTS));
    assertTrue(Subprocessing.isNoticeRequired(engaged));
    assertFalse(Subprocessing.isNoticeRequired(SubprocessorEngaged.builder().from(engaged)
        .subprocessorKind(PartyKind.SEGMENT_AFFILIATE).build()));
  }

  @Test
  @Tag("clause-6.1")
  @DisplayName("6.1: a Third Party Subprocessor is generally authorized and its engagement needs notice; an Affiliate is specifically authorized")
  void subprocessorThroughGraph() {
    Subprocessor aws = Subprocessor.of(Party.of("aws", "Amazon Web Services", PartyKind.THIRD_PARTY_SUBPROCESSOR));
    Subprocessor segmentEu = Subprocessor.of(Party.of("segment-eu", "Segment EU", PartyKind.SEGMENT_AFFILIATE));
    assertTrue(Subprocessing.isNoticeRequired(aws, AffiliateGraph.empty(), Party.SEGMENT_ID, true));
    assertFalse(Subprocessing.isNoticeRequired(aws, AffiliateGraph.empty(), Party.SEGMENT_ID, false));
    assertFalse(Subprocessing.isNoticeRequired(segmentEu, AffiliateGraph.empty(), Party.SEGMENT_ID, true));
    Decision<Authorization> general = Subprocessing.authorization(aws, AffiliateGraph.empty(), Party.SEGMENT_ID);
    assertEquals(Authorization.GENERAL, general.getOutcome());
    assertEquals(Authorization.SPECIFIC, Subprocessing.authorization(segmentEu, AffiliateGraph.empty(), Party.SEGMENT_ID).getOutcome());
    assertTrue(citesCatalogue(general));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a report is recent within the 12 months prior to the request, the period carried by the decision")
  void reportRecent() {
    LocalDate request = LocalDate.of(2024, 2, 29);
    Decision<Boolean> first = Audits.reportRecent(LocalDate.of(2023, 2, 28), request, SEGMENT, DEFAULTS);
    assertTrue(first.isYes());
    assertEquals(List.of(Audits.Code.REPORT_WITHIN_PERIOD), first.getReasonCodes());
    assertEquals(LocalDate.of(2023, 2, 28), first.getWindow().orElseThrow().getOpens().orElseThrow());
    assertEquals(request, first.getWindow().orElseThrow().getCloses());
    assertEquals(List.of(Audits.Code.REPORT_TOO_OLD), Audits.reportRecent(LocalDate.of(2023, 2, 27), request, SEGMENT, DEFAULTS)
        .getReasonCodes());
    assertEquals(List.of(Audits.Code.REPORT_NOT_PRIOR), Audits.reportRecent(LocalDate.of(2024, 3, 1), request, SEGMENT, DEFAULTS)
        .getReasonCodes());
    assertTrue(citesCatalogue(first));
    ThirdPartyReportIssued report = ThirdPartyReportIssued.builder().id("t1").date(LocalDate.of(2023, 6, 1)).reportId("iso")
        .reportKind(ReportKind.ISO_27001).build();
    AuditRequested audit = AuditRequested.builder().id("a1").date(LocalDate.of(2024, 3, 1)).auditId("audit-1").build();
    assertTrue(Audits.isThirdPartyReportSufficient(report, audit, ReportCoverage.ADDRESSES_REQUEST,
        MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, SEGMENT, DEFAULTS));
    assertFalse(Audits.isThirdPartyReportSufficient(report, audit, ReportCoverage.DOES_NOT_ADDRESS_REQUEST,
        MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, SEGMENT, DEFAULTS));
    assertTrue(Audits.isThirdPartyReport(ReportKind.ISO_27001));
  }

  @Test
  @Tag("clause-A.2.2")
  @DisplayName("A.2.2, A.2.2.2, A.4.3.5: an SCC audit needs no audit right under law; once a calendar year, from events and instants")
  void auditAllowed() {
    LocalDate may1 = LocalDate.of(2024, 5, 1);
    assertTrue(Audits.isAuditAllowed(AuditBasis.SCC_CLAUSE_5F, may1, List.of(), false, SEGMENT));
    assertFalse(Audits.isAuditAllowed(AuditBasis.DATA_PROTECTION_LAW, may1, List.of(), false, SEGMENT));
    assertFalse(Audits.isAuditAllowed(AuditBasis.SCC_CLAUSE_12_2, may1, List.of(LocalDate.of(2024, 2, 1)), true, SEGMENT));
    AuditRequested earlier = AuditRequested.builder().id("a1").date(LocalDate.of(2024, 2, 1)).auditId("audit-1").build();
    AuditRequested now = AuditRequested.builder().id("a2").date(may1).auditId("audit-2").build();
    assertFalse(Audits.isAuditAllowed(now, List.of(earlier), true, SEGMENT));
    assertTrue(Audits.isAuditAllowed(now, List.of(), true, SEGMENT));
    // 2025-01-01T05:00Z is still 31 December 2024 in the Segment preset's zone: 2024's one audit is used up
    Decision<Boolean> instant = Audits.auditAllowed(Instant.parse("2025-01-01T05:00:00Z"), List.of(LocalDate.of(2024, 3, 1)), true,
        SEGMENT);
    assertFalse(instant.isYes());
    assertEquals(LocalDate.of(2024, 12, 31), instant.getWindow().orElseThrow().getCloses());
    assertTrue(instant.hasReason(Audits.Code.YEARLY_LIMIT_REACHED));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2 and 7.3: the deeming provisions take named facts, bare and explained")
  void deemingFacts() {
    assertTrue(Audits.isConfidentialInformation(AuditInformation.PROVIDED_UNDER_A_2_2));
    assertFalse(Audits.isConfidentialInformation(AuditInformation.NOT_PROVIDED_UNDER_A_2_2));
    assertTrue(Security.isNoAdmissionOfFault(IncidentCommunication.NOTIFICATION_OR_RESPONSE_UNDER_7_3));
    assertFalse(Security.isNoAdmissionOfFault(IncidentCommunication.OTHER_COMMUNICATION));
    assertEquals(AuditInformation.PROVIDED_UNDER_A_2_2, AuditInformation.of(true));
    assertEquals(IncidentCommunication.OTHER_COMMUNICATION, IncidentCommunication.of(false));
    assertEquals("Audits.confidentialInformation: information must not be null",
        assertThrows(NullPointerException.class, () -> Audits.confidentialInformation(null)).getMessage());
    assertEquals("Security.isNoAdmissionOfFault: communication must not be null",
        assertThrows(NullPointerException.class, () -> Security.isNoAdmissionOfFault(null)).getMessage());
  }

  @Test
  @Tag("clause-A.2.1.1")
  @DisplayName("A.2.1.1: Article 32 obliges Customer as controller, Article 1 does not; articles outside 1..99 are refused")
  void controllerObliged() {
    Decision<Boolean> art32 = Security.controllerObliged(32);
    assertTrue(art32.isYes());
    assertEquals(List.of(Security.Code.CONTROLLER_OBLIGED), art32.getReasonCodes());
    Decision<Boolean> art1 = Security.controllerObliged(1);
    assertFalse(art1.isYes());
    assertEquals(List.of(Security.Code.NO_CUSTOMER_OBLIGATION), art1.getReasonCodes());
    assertTrue(citesCatalogue(art32) && citesCatalogue(art1));
    assertThrows(IllegalArgumentException.class, () -> Security.controllerObliged(0));
    assertThrows(IllegalArgumentException.class, () -> Security.controllerObliged(100));
  }

  @Test
  @Tag("clause-5.2")
  @DisplayName("5.2, 2.1, 2.7, A.4.2: the other new twins answer as the text says")
  void otherTwins() {
    SourceOrDestination warehouse = SourceOrDestination.of(Party.of("bigquery", "BigQuery", PartyKind.SOURCE_OR_DESTINATION),
        SourceOrDestination.Direction.DESTINATION);
    assertTrue(Processing.isTransmissionUnlimited(warehouse));
    assertTrue(Definitions.affiliate(DefinitionsTest.GROUP, Party.of("segment", "Segment.io, Inc.", PartyKind.SEGMENT),
        Party.of("twilio", "Twilio Inc.", PartyKind.SEGMENT_AFFILIATE)).isYes());
    assertFalse(Definitions.affiliate(DefinitionsTest.GROUP, Party.of("segment", "Segment.io, Inc.", PartyKind.SEGMENT),
        Party.of("acme", "Acme", PartyKind.CUSTOMER)).isYes());
    assertTrue(Definitions.processing(Operation.STORAGE, Automation.AUTOMATED,
        DefinitionsTest.data(DataOrigin.CUSTOMER_DATA, SubjectKind.CUSTOMER_END_USER, DataProtectionLaw.EU_DATA_PROTECTION_LAW))
        .isYes());
    // A.4.2: individuals in Germany, data Processed in the United States
    assertTrue(Transfers.isPrivacyShieldDutyOwed(CountryCode.of("DE"), CountryCode.of("US"), LocalDate.of(2021, 1, 1),
        LegalFacts.current()));
    assertFalse(Transfers.isPrivacyShieldDutyOwed(CountryCode.of("DE"), CountryCode.of("IE"), LocalDate.of(2021, 1, 1),
        LegalFacts.current()));
  }
}
