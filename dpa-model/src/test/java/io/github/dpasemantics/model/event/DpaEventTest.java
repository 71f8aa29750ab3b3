package io.github.dpasemantics.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.TerminationKind;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.testing.ModelValidation;
import io.github.dpasemantics.model.time.ContractDates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DpaEventTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private static SubprocessorEngaged.Builder engaged() {
    return SubprocessorEngaged.builder().id("eng-1").date(DAY).subprocessorId("acme")
        .subprocessorKind(PartyKind.THIRD_PARTY_SUBPROCESSOR);
  }

  @Test
  @Tag("clause-1")
  @DisplayName("1: a signature must say who signed, and only Segment or Customer can sign")
  void signatureNeedsItsSigner() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> AddendumSigned.builder().id("s").date(DAY).build());
    assertTrue(missing.getMessage().contains("actor"), missing.getMessage());
    AddendumSigned byAuditor = AddendumSigned.builder().id("s").date(DAY).actor(PartyKind.AUDITOR).build();
    assertEquals(
        List.of("actor: AddendumSigned.actor = AUDITOR (event 's'): must be one of [SEGMENT, CUSTOMER] for ADDENDUM_SIGNED"),
        ModelValidation.violations(byAuditor));
    assertEquals(List.of(), ModelValidation.violations(byAuditor.withActor(PartyKind.CUSTOMER)));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an engagement is Segment's, not expedited unless said, and a third party's needs notice")
  void engagementDefaults() {
    SubprocessorEngaged e = engaged().build();
    assertEquals(PartyKind.SEGMENT, e.getActor());
    assertFalse(e.isExpedited());
    assertTrue(e.isThirdParty());
    assertFalse(e.withSubprocessorKind(PartyKind.SEGMENT_AFFILIATE).isThirdParty());
    assertEquals(Optional.of("acme"), e.getMatterId());
    assertEquals(Matter.SUBPROCESSOR, e.getMatter());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an expedited engagement needs one of the four reasons, and a reason needs expedition")
  void expeditedNeedsAReason() {
    IllegalStateException noReason = assertThrows(IllegalStateException.class,
        () -> engaged().expedited(true).build());
    assertEquals("SubprocessorEngaged.expeditedReason = Optional.empty with expedited = true: a reason"
        + " is given exactly when the engagement is expedited (6.3)", noReason.getMessage());
    assertThrows(IllegalStateException.class,
        () -> engaged().expeditedReason(ExpeditedReason.PROTECT_AVAILABILITY).build());
    assertTrue(engaged().expedited(true).expeditedReason(ExpeditedReason.AVOID_MATERIAL_DISRUPTION)
        .build().isExpedited());
    assertEquals(4, ExpeditedReason.values().length);
  }

  @Test
  @Tag("clause-2.11")
  @DisplayName("2.11, 5.2: only a Third Party Subprocessor or an Affiliate can be engaged")
  void engagedKindIsASubprocessorKind() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> engaged().subprocessorKind(PartyKind.SOURCE_OR_DESTINATION).build());
    assertTrue(e.getMessage().startsWith("SubprocessorEngaged.subprocessorKind = SOURCE_OR_DESTINATION"),
        e.getMessage());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an objection is Customer's; one recorded as Segment's is flagged with the rule")
  void objectionIsCustomers() {
    ObjectionMade o = ObjectionMade.builder().id("o-1").date(DAY).subprocessorId("acme")
        .written(true).grounds(ObjectionGrounds.REASONABLE_DATA_PROTECTION).build();
    assertEquals(PartyKind.CUSTOMER, o.getActor());
    assertTrue(o.isActorAllowed());
    ObjectionMade bySegment = o.withActor(PartyKind.SEGMENT);
    assertFalse(bySegment.isActorAllowed());
    assertEquals(List.of("actor: ObjectionMade.actor = SEGMENT (event 'o-1'): must be one of [CUSTOMER] for OBJECTION_MADE"),
        ModelValidation.violations(bySegment));
  }

  @Test
  @DisplayName("a blank id, a blank note or a blank subject id is reported with field and value")
  void blankTextIsReported() {
    ObjectionMade o = ObjectionMade.builder().id(" ").date(DAY).subprocessorId("").note("")
        .written(true).grounds(ObjectionGrounds.OTHER).build();
    List<String> violations = ModelValidation.violations(o);
    assertEquals(3, violations.size(), violations.toString());
    assertTrue(violations.contains("id: DpaEvent.id = ' ': must not be blank"), violations.toString());
    assertTrue(violations.contains("subprocessorId: ObjectionMade.subprocessorId = '': must not be blank"),
        violations.toString());
    assertTrue(violations.stream().anyMatch(v -> v.startsWith("note")
        && v.endsWith("DpaEvent.note = '': must not be blank when present")), violations.toString());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a law-enforcement delay may end on the day it is asked for, not before")
  void delayUntilIsNotBeforeTheRequest() {
    NotificationDelayRequested.Builder b = NotificationDelayRequested.builder().id("d").date(DAY)
        .incidentId("inc-1");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> b.until(DAY.minusDays(1)).build());
    assertEquals("NotificationDelayRequested.until = 2024-02-29: must not be before the request date 2024-03-01",
        e.getMessage());
    assertEquals(DAY, b.until(DAY).build().getUntil().orElseThrow());
    assertEquals(DAY.plusDays(1), b.until(DAY.plusDays(1)).build().getUntil().orElseThrow());
    assertEquals(PartyKind.LAW_ENFORCEMENT, b.build().getActor());
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("7.3, A.1.4, A.2.2.4: who can record a prohibited notice depends on the notice")
  void prohibitedNoticeActors() {
    LawProhibitsNotice audit = LawProhibitsNotice.builder().id("p").date(DAY)
        .notice(ProhibitedNotice.AUDIT_FINDINGS).reference("audit-1")
        .actor(PartyKind.SUPERVISORY_AUTHORITY).build();
    assertTrue(audit.isActorAllowed());
    assertEquals(Matter.AUDIT, audit.getMatter());
    assertEquals(Optional.of("audit-1"), audit.getMatterId());
    LawProhibitsNotice incident = audit.withNotice(ProhibitedNotice.INCIDENT_NOTICE);
    assertFalse(incident.isActorAllowed());
    assertEquals(Matter.INCIDENT, incident.getMatter());
    assertEquals(Set.of(PartyKind.SEGMENT), incident.getAllowedActors());
    assertEquals(1, ModelValidation.violations(incident).size());
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8, A.2.1.2: a request concerns Customer Personal Data or Usage Data, from a data subject or an employee")
  void dataSubjectRequestCategories() {
    DataSubjectRequestReceived.Builder b = DataSubjectRequestReceived.builder().id("r").date(DAY)
        .actor(PartyKind.SEGMENT).requestId("req-1").right(DataSubjectRight.ERASURE);
    assertEquals(PartyKind.DATA_SUBJECT,
        b.dataCategory(DataCategory.CUSTOMER_PERSONAL_DATA).build().getRequester());
    assertThrows(IllegalStateException.class, () -> b.dataCategory(DataCategory.PERSONAL_DATA).build());
    assertThrows(IllegalStateException.class, () -> b.dataCategory(DataCategory.USAGE_DATA)
        .requester(PartyKind.AUDITOR).build());
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8: only assistance with a data subject request names the request")
  void assistanceNamesItsRequestOnlyForDataSubjects() {
    AssistanceRequested.Builder b = AssistanceRequested.builder().id("a").date(DAY).assistanceId("as-1")
        .dataSubjectRequestId("req-1");
    assertEquals(Optional.of("req-1"),
        b.subject(AssistanceSubject.DATA_SUBJECT_REQUEST).build().getDataSubjectRequestId());
    assertThrows(IllegalStateException.class, () -> b.subject(AssistanceSubject.IMPACT_ASSESSMENT).build());
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: a transfer goes from one country to another")
  void transferCrossesABorder() {
    TransferMade.Builder b = TransferMade.builder().id("t").date(DAY).transferId("tr-1")
        .exporterCountry(CountryCode.of("DE"));
    assertEquals(PartyKind.CUSTOMER, b.destinationCountry(CountryCode.UNITED_STATES).build().getActor());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> b.destinationCountry(CountryCode.of("DE")).build());
    assertTrue(e.getMessage().startsWith("TransferMade.destinationCountry = DE"), e.getMessage());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: an audit counts against the calendar year of its request")
  void auditYearIsTheRequestYear() {
    AuditRequested dec = AuditRequested.builder().id("a").date(LocalDate.of(2023, 12, 31)).auditId("audit-1").build();
    assertEquals(2023, dec.getAuditYear());
    assertEquals(2024, dec.withDate(LocalDate.of(2024, 1, 1)).getAuditYear());
    assertFalse(dec.isByThirdParty());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a notice is complete only if it describes details, mitigation and recommendations")
  void incidentNoticeContent() {
    IncidentNotified n = IncidentNotified.builder().id("n").date(DAY).incidentId("inc-1")
        .detailsDescribed(true).mitigationDescribed(true).recommendationsDescribed(true).build();
    assertTrue(n.isContentComplete());
    assertFalse(n.withDetailsDescribed(false).isContentComplete());
    assertFalse(n.withMitigationDescribed(false).isContentComplete());
    assertFalse(n.withRecommendationsDescribed(false).isContentComplete());
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: the text lists five kinds of activity that are not incidents unless they compromise data")
  void listedNonIncidents() {
    Set<SecurityEventNature> listed = EnumSet.noneOf(SecurityEventNature.class);
    for (SecurityEventNature n : SecurityEventNature.values()) {
      if (n.isListedAsNonIncident()) {
        listed.add(n);
      }
    }
    assertEquals(EnumSet.of(SecurityEventNature.UNSUCCESSFUL_LOGIN, SecurityEventNature.PING,
        SecurityEventNature.PORT_SCAN, SecurityEventNature.DENIAL_OF_SERVICE,
        SecurityEventNature.OTHER_NETWORK_ATTACK), listed);
    SecurityEventConfirmed dos = SecurityEventConfirmed.builder().id("c").date(DAY).incidentId("inc-1")
        .nature(SecurityEventNature.DENIAL_OF_SERVICE).personalDataProcessedBySegment(true)
        .unauthorizedOrUnlawful(true).build();
    assertFalse(dos.isCompromising());
    assertTrue(dos.withEffects(EnumSet.of(SecurityEffect.AVAILABILITY_COMPROMISED)).isCompromising());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("an incident confirmed at 06:30 UTC on 2 March is a 1 March event in the Segment zone")
  void instantsBecomeContractDatesThroughTheZone() {
    LocalDate date = ContractDates.of(Instant.parse("2024-03-02T06:30:00Z"), DpaTerms.segment().getZone());
    SecurityEventConfirmed c = SecurityEventConfirmed.builder().id("c").date(date).incidentId("inc-1")
        .nature(SecurityEventNature.UNAUTHORIZED_ACCESS).addEffects(SecurityEffect.UNAUTHORIZED_ACCESS)
        .personalDataProcessedBySegment(true).unauthorizedOrUnlawful(true).build();
    assertEquals(LocalDate.of(2024, 3, 1), c.getDate());
    assertEquals(LocalDate.of(2024, 3, 2),
        ContractDates.of(Instant.parse("2024-03-02T08:00:00Z"), DpaTerms.segment().getZone()));
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: on the same day a termination sorts before a deletion request, whatever the ids")
  void terminationBeforeDeletionRequest() {
    DpaEvent request = DeletionRequested.builder().id("a").date(DAY).build();
    DpaEvent termination = AgreementTerminated.builder().id("z").date(DAY).actor(PartyKind.CUSTOMER).build();
    DpaEvent expiry = AgreementExpired.builder().id("y").date(DAY).actor(PartyKind.SEGMENT).build();
    assertEquals(List.of(termination, expiry, request), sorted(request, expiry, termination));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: on the same day engagement, notice and objection sort in that order")
  void noticeBeforeObjection() {
    DpaEvent objection = ObjectionMade.builder().id("a").date(DAY).subprocessorId("acme").written(true)
        .grounds(ObjectionGrounds.REASONABLE_DATA_PROTECTION).build();
    DpaEvent notice = SubprocessorNoticeGiven.builder().id("b").date(DAY).subprocessorId("acme")
        .channel(NoticeChannel.WORKSPACE_MESSAGE).build();
    DpaEvent engagement = engaged().id("c").build();
    DpaEvent signature = AddendumSigned.builder().id("d").date(DAY).actor(PartyKind.SEGMENT).build();
    assertEquals(List.of(signature, engagement, notice, objection),
        sorted(objection, notice, signature, engagement));
  }

  @Test
  @DisplayName("an earlier date comes first whatever the type; the same type on the same day sorts by id")
  void dateFirstThenRankThenId() {
    DpaEvent lateSignature = AddendumSigned.builder().id("a").date(DAY.plusDays(1)).actor(PartyKind.SEGMENT).build();
    DpaEvent deletion = DeletionCertified.builder().id("b").date(DAY).build();
    assertEquals(List.of(deletion, lateSignature), sorted(lateSignature, deletion));
    DpaEvent n2 = SubprocessorNoticeGiven.builder().id("n-2").date(DAY).subprocessorId("x")
        .channel(NoticeChannel.SUBPROCESSOR_PAGE_UPDATE).build();
    DpaEvent n1 = SubprocessorNoticeGiven.builder().id("n-1").date(DAY).subprocessorId("y")
        .channel(NoticeChannel.WORKSPACE_MESSAGE).build();
    assertEquals(List.of(n1, n2), sorted(n2, n1));
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: confirmation, a law-enforcement request and the notice of one day sort cause before effect")
  void incidentDayOrder() {
    DpaEvent notified = IncidentNotified.builder().id("a").date(DAY).incidentId("i").detailsDescribed(true)
        .mitigationDescribed(true).recommendationsDescribed(true).build();
    DpaEvent delay = NotificationDelayRequested.builder().id("b").date(DAY).incidentId("i").build();
    DpaEvent confirmed = SecurityEventConfirmed.builder().id("c").date(DAY).incidentId("i")
        .nature(SecurityEventNature.MALWARE).personalDataProcessedBySegment(true).unauthorizedOrUnlawful(true)
        .build();
    DpaEvent detected = SecurityEventDetected.builder().id("d").date(DAY).incidentId("i")
        .nature(SecurityEventNature.MALWARE).personalDataProcessedBySegment(true).unauthorizedOrUnlawful(true)
        .build();
    assertEquals(List.of(detected, confirmed, delay, notified), sorted(notified, delay, confirmed, detected));
  }

  @Test
  @DisplayName("event types know their class, rank and whether they end the Agreement")
  void eventTypeFacts() {
    assertEquals(EventType.OBJECTION_MADE, EventType.of(ImmutableObjectionMade.class));
    assertEquals(EventType.OBJECTION_MADE, EventType.of(ObjectionMade.class));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventType.of(String.class));
    assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    assertEquals(0, EventType.ADDENDUM_SIGNED.getRank());
    assertEquals(Optional.of(TerminationKind.EXPIRATION), EventType.AGREEMENT_EXPIRED.getTerminationKind());
    assertEquals(Optional.of(TerminationKind.FOR_CONVENIENCE_UNDER_6_3),
        EventType.TERMINATED_FOR_CONVENIENCE.getTerminationKind());
    assertEquals(Optional.of(TerminationKind.OTHER), EventType.AGREEMENT_TERMINATED.getTerminationKind());
    List<EventType> ends = new ArrayList<>();
    for (EventType t : EventType.values()) {
      assertFalse(t.getAllowedActors().isEmpty(), t.toString());
      assertFalse(t.getClauses().isEmpty(), t.toString());
      if (t.isAgreementEnd()) {
        ends.add(t);
      }
    }
    assertEquals(List.of(EventType.AGREEMENT_TERMINATED, EventType.TERMINATED_FOR_CONVENIENCE,
        EventType.AGREEMENT_EXPIRED), ends);
    assertTrue(EventType.AGREEMENT_EXPIRED.getRank() < EventType.DELETION_REQUESTED.getRank());
  }

  @Test
  @DisplayName("the sealed family has exactly one class per event type")
  void familyMatchesTypes() {
    Class<?>[] permitted = DpaEvent.class.getPermittedSubclasses();
    assertEquals(EventType.values().length, permitted.length);
    for (EventType t : EventType.values()) {
      assertTrue(List.of(permitted).contains(t.getEventClass()), t.toString());
    }
  }

  private static List<DpaEvent> sorted(DpaEvent... events) {
    List<DpaEvent> list = new ArrayList<>(List.of(events));
    list.sort(DpaEvent.TIMELINE_ORDER);
    return list;
  }
}
