package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;

import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.event.*;
import io.github.dpasemantics.model.party.PartyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class MonitorFamiliesTest {
  private static final LocalDate D = LocalDate.of(2024, 6, 3);

  private static ContractState run(ContractInstance c, DpaEvent... events) {
    return ContractMonitor.of(c).appendAll(events).stateAsOf(D.plusDays(100));
  }

  private static ContractState run(DpaEvent... events) {
    return run(contract(), events);
  }

  private static ObligationInstance only(ContractState s, ObligationKind kind) {
    List<ObligationInstance> all = s.getObligations(kind);
    assertEquals(1, all.size(), () -> kind + " in " + s);
    return all.get(0);
  }

  private static MonitorCode code(ContractState s, String id) {
    return MonitorCode.valueOf(s.getAccount(id).orElseThrow().getReason().getCode().name()); // a shared code cites its kind (MonitorCode.Cited)
  }

  private static ContractInstance noAnnexA() {
    return ContractInstance.builder().from(contract()).annexFacts(AnnexFacts.none()).build();
  }

  @Test
  @Tag("clause-A.1.4")
  @DisplayName("A.1.4: law requiring other Processing owes Customer a notice; a prohibition suspends it; the notice fulfils it")
  void legalRequirementNotice() {
    ContractState s = run(LawRequiresOtherProcessing.builder().id("l").date(D).requirementId("req-1").build(),
        CustomerNotifiedOfLegalRequirement.builder().id("n").date(D.plusDays(3)).requirementId("req-1").build());
    ObligationInstance i = only(s, ObligationKind.LEGAL_REQUIREMENT_NOTICE);
    assertEquals(ObligationState.FULFILLED, i.getState());
    ContractState p = run(LawRequiresOtherProcessing.builder().id("l").date(D).requirementId("req-1").build(),
        LawProhibitsNotice.builder().id("x").date(D).notice(ProhibitedNotice.LEGAL_REQUIREMENT_NOTICE).reference("req-1")
            .actor(PartyKind.SEGMENT).build());
    assertEquals(ObligationState.SUSPENDED, only(p, ObligationKind.LEGAL_REQUIREMENT_NOTICE).getState());
    ContractState none = run(noAnnexA(), LawRequiresOtherProcessing.builder().id("l").date(D).requirementId("req-1").build());
    assertEquals(MonitorCode.ANNEX_A_NOT_APPLICABLE, code(none, "l"));
    assertTrue(none.getObligations().isEmpty());
  }

  @Test
  @Tag("clause-7.2")
  @DisplayName("7.2: a change with notice and no material decrease is met; without notice, or with a decrease, it is violated")
  void securityMeasuresChanges() {
    ContractState ok = run(SecurityMeasuresChanged.builder().id("c").date(D).noticeGiven(true).materialDecrease(false).build());
    assertEquals(ObligationState.FULFILLED, only(ok, ObligationKind.SECURITY_MEASURES_CHANGE).getState());
    for (boolean[] bad : new boolean[][] {{false, false}, {true, true}, {false, true}}) {
      ContractState v = run(SecurityMeasuresChanged.builder().id("c").date(D).noticeGiven(bad[0]).materialDecrease(bad[1]).build());
      ObligationInstance i = only(v, ObligationKind.SECURITY_MEASURES_CHANGE);
      assertEquals(ObligationState.VIOLATED, i.getState());
      assertTrue(i.getMissedByDays().isEmpty());
      assertEquals(MonitorCode.MEASURES_CHANGE_VIOLATES, code(v, "c"));
      assertTrue(i.getDecision().getClauses().toString().contains("7.2"));
    }
  }

  @Test
  @Tag("clause-A.4.2")
  @DisplayName("A.4.2: losing Privacy Shield compliance owes Customer a notice, met by informing Customer")
  void privacyShield() {
    ContractState s = run(PrivacyShieldComplianceLost.builder().id("l").date(D).build(),
        PrivacyShieldInabilityNotified.builder().id("n").date(D.plusDays(1)).build(),
        PrivacyShieldInabilityNotified.builder().id("n2").date(D.plusDays(2)).build());
    assertEquals(ObligationState.FULFILLED, only(s, ObligationKind.PRIVACY_SHIELD_NOTICE).getState());
    assertEquals(MonitorCode.ALREADY_FINISHED, code(s, "n2"));
    assertEquals(MonitorCode.ANNEX_A_NOT_APPLICABLE, code(run(noAnnexA(), PrivacyShieldComplianceLost.builder().id("l").date(D)
        .build()), "l"));
  }

  @Test
  @Tag("clause-A.2.2.3")
  @DisplayName("A.2.2.3: Segment may object to an appointed auditor; Customer must then appoint another")
  void auditorObjection() {
    ContractMonitor m = ContractMonitor.of(contract())
        .appendAll(AuditorAppointed.builder().id("a").date(D).auditId("audit-1").auditor("big4").build());
    OpenRight r = m.stateAsOf(D).getOpenRights().stream().filter(x -> x.getKind() == RightKind.OBJECT_TO_AUDITOR)
        .findFirst().orElseThrow();
    assertEquals(PartyKind.SEGMENT, r.getHolder());
    assertEquals(Optional.empty(), r.getLapsesAfter());
    m.append(AuditorObjected.builder().id("o").date(D.plusDays(1)).auditId("audit-1").auditor("big4")
        .reason(AuditorObjectionReason.COMPETITOR).build());
    assertEquals(ObligationState.ACTIVE, only(m.stateAsOf(D.plusDays(1)), ObligationKind.AUDITOR_REPLACEMENT).getState());
    m.append(AuditorAppointed.builder().id("a2").date(D.plusDays(5)).auditId("audit-1").auditor("small-firm").build());
    ContractState s = m.stateAsOf(D.plusDays(5));
    assertEquals(ObligationState.FULFILLED, only(s, ObligationKind.AUDITOR_REPLACEMENT).getState());
    m.append(AuditorAppointed.builder().id("a3").date(D.plusDays(6)).auditId("audit-1").auditor("small-firm").build());
    m.append(AuditorObjected.builder().id("o2").date(D.plusDays(7)).auditId("audit-9").auditor("x")
        .reason(AuditorObjectionReason.UNQUALIFIED).build());
    ContractState t = m.stateAsOf(D.plusDays(7));
    assertEquals(MonitorCode.AUDITOR_ALREADY_APPOINTED, code(t, "a3"));
    assertEquals(MonitorCode.AUDITOR_UNKNOWN, code(t, "o2"));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @Tag("clause-A.2.2.3")
  @DisplayName("A.2.2.2 and A.2.2.3: an audit's response and its auditor's replacements share the audit id and are tracked apart")
  void auditAndReplacementShareTheAuditId() {
    for (boolean requestFirst : new boolean[] {false, true}) { // the request after or before the first objection
      DpaEvent request = audit("r", requestFirst ? D : D.plusDays(2), "audit-1");
      ContractMonitor m = ContractMonitor.of(contract());
      if (requestFirst) {
        m.append(request);
      }
      m.append(AuditorAppointed.builder().id("a").date(D).auditId("audit-1").auditor("big4").build())
          .append(AuditorObjected.builder().id("o").date(D.plusDays(1)).auditId("audit-1").auditor("big4")
              .reason(AuditorObjectionReason.COMPETITOR).build());
      if (!requestFirst) {
        m.append(request);
      }
      m.append(AuditorAppointed.builder().id("a2").date(D.plusDays(3)).auditId("audit-1").auditor("mid").build())
          .append(AuditorObjected.builder().id("o2").date(D.plusDays(4)).auditId("audit-1").auditor("mid")
              .reason(AuditorObjectionReason.UNQUALIFIED).build())
          .append(AuditorAppointed.builder().id("a3").date(D.plusDays(5)).auditId("audit-1").auditor("small").build())
          .append(answered("w", D.plusDays(6), "audit-1"));
      ContractState s = m.stateAsOf(D.plusDays(6));
      java.util.Map<String, ObligationState> replacements = new java.util.TreeMap<>();
      for (ObligationInstance i : s.getObligations(ObligationKind.AUDITOR_REPLACEMENT)) {
        replacements.put(i.getCreatedBy() + "/" + i.getMovedBy().orElse("-"), i.getState());
      }
      assertEquals(java.util.Map.of("o/a2", ObligationState.FULFILLED, "o2/a3", ObligationState.FULFILLED), replacements,
          "request first: " + requestFirst);
      ObligationInstance response = only(s, ObligationKind.AUDIT_RESPONSE);
      assertEquals(ObligationState.FULFILLED, response.getState());
      assertEquals(Optional.of("w"), response.getMovedBy());
      for (String id : List.of("a2", "a3", "w")) {
        assertEquals(false, s.getAccount(id).orElseThrow().isUnmatched(), id + ", request first: " + requestFirst);
      }
    }
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: non-compliance found in an audit owes Segment a prompt notice; reports must be shared")
  void nonComplianceAndReports() {
    ContractState s = run(NonComplianceDiscovered.builder().id("f").date(D).auditId("audit-1").actor(PartyKind.CUSTOMER).build(),
        NonComplianceNotified.builder().id("n").date(D.plusDays(2)).auditId("audit-1").build(),
        AuditReportGenerated.builder().id("g").date(D).auditId("audit-1").reportId("rep-1").actor(PartyKind.CUSTOMER).build(),
        AuditReportShared.builder().id("h").date(D.plusDays(4)).auditId("audit-1").reportId("rep-1").build());
    assertEquals(ObligationState.FULFILLED, only(s, ObligationKind.NON_COMPLIANCE_NOTICE).getState());
    assertEquals(ObligationState.FULFILLED, only(s, ObligationKind.AUDIT_REPORT_SHARING).getState());
    assertEquals(PartyKind.CUSTOMER, only(s, ObligationKind.NON_COMPLIANCE_NOTICE).getBearer());
    ContractMonitor p = ContractMonitor.of(contract()).appendAll(
        NonComplianceDiscovered.builder().id("f").date(D).auditId("audit-1").actor(PartyKind.CUSTOMER).build(),
        LawProhibitsNotice.builder().id("x").date(D.plusDays(1)).notice(ProhibitedNotice.AUDIT_FINDINGS).reference("audit-1")
            .actor(PartyKind.SUPERVISORY_AUTHORITY).until(D.plusDays(9)).build());
    assertEquals(ObligationState.SUSPENDED, only(p.stateAsOf(D.plusDays(9)), ObligationKind.NON_COMPLIANCE_NOTICE).getState());
    ObligationInstance resumed = only(p.stateAsOf(D.plusDays(10)), ObligationKind.NON_COMPLIANCE_NOTICE);
    assertEquals(ObligationState.ACTIVE, resumed.getState());
    assertEquals(D.plusDays(10), resumed.getMovedOn());
  }

  @Test
  @Tag("clause-A.2.2.5")
  @DisplayName("A.2.2.5: invoiced audit time is owed by Customer until reimbursed")
  void reimbursement() {
    ContractMonitor m = ContractMonitor.of(contract()).append(AuditTimeInvoiced.builder().id("i").date(D).auditId("audit-1").build());
    assertEquals(ObligationState.ACTIVE, only(m.stateAsOf(D), ObligationKind.AUDIT_REIMBURSEMENT).getState());
    m.append(AuditTimeReimbursed.builder().id("r").date(D.plusDays(30)).auditId("audit-1").build());
    assertEquals(ObligationState.FULFILLED, only(m.stateAsOf(D.plusDays(30)), ObligationKind.AUDIT_REIMBURSEMENT).getState());
  }

  @Test
  @Tag("clause-A.4.3.4")
  @DisplayName("A.4.3.4 and A.4.3.7: copies of Subprocessor agreements and deletion certification are owed upon request")
  void sccRequests() {
    ContractState s = run(transfer("t", D, "DE", "US", false),
        SubprocessorAgreementCopiesRequested.builder().id("q").date(D).requestId("scc-1").build(),
        SubprocessorAgreementCopiesProvided.builder().id("p").date(D.plusDays(3)).requestId("scc-1").build(),
        DeletionCertificationRequested.builder().id("c").date(D).build(),
        DeletionCertified.builder().id("d").date(D.plusDays(1)).build(),
        SubprocessorAgreementCopiesProvided.builder().id("p2").date(D.plusDays(3)).requestId("scc-9").build());
    assertEquals(ObligationState.FULFILLED, only(s, ObligationKind.SUBPROCESSOR_AGREEMENT_COPIES).getState());
    assertEquals(ObligationState.FULFILLED, only(s, ObligationKind.DELETION_CERTIFICATION).getState());
    assertEquals(MonitorCode.REQUEST_UNKNOWN, code(s, "p2"));
    ContractState none = run(noAnnexA(), transfer("t", D, "DE", "US", false), SubprocessorAgreementCopiesRequested.builder().id("q").date(D).requestId("x").build(),
        DeletionCertificationRequested.builder().id("c").date(D).build());
    assertEquals(2, none.getUnmatched().size());
  }

  @Test
  @Tag("clause-6.1.1")
  @DisplayName("6.1.1: a written agreement with substantially similar obligations is met; otherwise violated")
  void subprocessorAgreement() {
    ContractState s = run(SubprocessorAgreementSigned.builder().id("a").date(D).subprocessorId("acme").substantiallySimilar(true).build(),
        SubprocessorAgreementSigned.builder().id("b").date(D).subprocessorId("beta").substantiallySimilar(false).build());
    assertEquals(ObligationState.FULFILLED, s.getObligation("6.1.1@a:acme").orElseThrow().getState());
    assertEquals(ObligationState.VIOLATED, s.getObligation("6.1.1@b:beta").orElseThrow().getState());
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8: assistance is owed where self-service does not suffice, and met when provided; impact assessments are a permission")
  void assistance() {
    ContractState s = run(
        AssistanceRequested.builder().id("q").date(D).assistanceId("as-1").subject(AssistanceSubject.DATA_SUBJECT_REQUEST).build(),
        AssistanceProvided.builder().id("p").date(D.plusDays(2)).assistanceId("as-1").build(),
        AssistanceRequested.builder().id("q2").date(D).assistanceId("as-2").subject(AssistanceSubject.DATA_SUBJECT_REQUEST)
            .selfServiceSufficient(true).build(),
        AssistanceRequested.builder().id("q3").date(D).assistanceId("as-3").subject(AssistanceSubject.IMPACT_ASSESSMENT).build());
    assertEquals(ObligationState.FULFILLED, only(s, ObligationKind.DATA_SUBJECT_ASSISTANCE).getState());
    assertEquals(MonitorCode.ASSISTANCE_NOT_OWED, code(s, "q2"));
    assertTrue(s.getAccount("q2").orElseThrow().isUnmatched());
    assertEquals(MonitorCode.IMPACT_ASSESSMENT_MAY_ASSIST, code(s, "q3"));
    assertFalse(s.getAccount("q3").orElseThrow().isUnmatched());
  }

  @Test
  @Tag("clause-A.2.1.2")
  @DisplayName("A.2.1.2 and 8: Customer refers its employee's Usage Data request; Segment routes a Data Subject to Customer")
  void routing() {
    ContractState s = run(
        DataSubjectRequestReceived.builder().id("u").date(D).requestId("u-1").actor(PartyKind.CUSTOMER)
            .requester(PartyKind.CUSTOMER_REPRESENTATIVE).right(DataSubjectRight.ACCESS).dataCategory(DataCategory.USAGE_DATA).build(),
        DataSubjectRequestRouted.builder().id("ur").date(D.plusDays(1)).requestId("u-1").actor(PartyKind.CUSTOMER).build(),
        subjectRequest("s", D, "s-1"),
        DataSubjectRequestRouted.builder().id("sr").date(D.plusDays(1)).requestId("s-1").actor(PartyKind.SEGMENT).build(),
        DataSubjectRequestReceived.builder().id("o").date(D).requestId("o-1").actor(PartyKind.SEGMENT)
            .right(DataSubjectRight.ERASURE).dataCategory(DataCategory.USAGE_DATA).build());
    assertEquals(ObligationState.FULFILLED, only(s, ObligationKind.USAGE_DATA_REQUEST_REFERRAL).getState());
    assertEquals(ObligationState.FULFILLED, only(s, ObligationKind.DATA_SUBJECT_ROUTING).getState());
    assertEquals(MonitorCode.REQUEST_FOR_CUSTOMER, code(s, "o"));
  }

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4 (PROTECTION_ENDS_WITH_ADDENDUM): after the Agreement ends no new duty arises, unless data retained under 9.2 keeps the Addendum alive")
  void afterTheEnd() {
    ContractState s = run(contract(io.github.dpasemantics.model.contract.DpaTerms.segment(),
        io.github.dpasemantics.model.contract.Interpretations.of(
            io.github.dpasemantics.model.contract.Interpretation.PROTECTION_ENDS_WITH_ADDENDUM)),
        terminated("t", D), breach("c", D.plusDays(1), "inc-1"), terminated("t2", D.plusDays(2)),
        AgreementExpired.builder().id("x").date(D).actor(PartyKind.SEGMENT).build());
    assertEquals(MonitorCode.ADDENDUM_TERMINATED, code(s, "c"));
    assertEquals(MonitorCode.AGREEMENT_ALREADY_ENDED, code(s, "t2"));
    assertFalse(s.getAccount("x").orElseThrow().isUnmatched());
    ContractState kept = run(terminated("t", D), retention("k", D, DataScope.PART), breach("c", D.plusDays(1), "inc-1"));
    assertEquals(ObligationState.ACTIVE, only(kept, ObligationKind.INCIDENT_NOTICE).getState());
  }

  @Test
  @Tag("clause-1")
  @DisplayName("1, 5.1, A.4: signatures, instructions, detections and transfers are recorded, not unmatched")
  void recordedFacts() {
    ContractState s = run(AddendumSigned.builder().id("s").date(EFFECTIVE).actor(PartyKind.CUSTOMER).build(),
        InstructionGiven.builder().id("i").date(D).instructionId("ins-1").written(true).build(),
        InstructionAcknowledged.builder().id("a").date(D).instructionId("ins-1").written(false).build(),
        TransferMade.builder().id("t").date(D).transferId("tr-1").exporterCountry(CountryCode.of("DE"))
            .destinationCountry(CountryCode.of("US")).build(),
        SecurityEventDetected.builder().id("d").date(D).incidentId("inc-1").nature(SecurityEventNature.MALWARE)
            .personalDataProcessedBySegment(true).unauthorizedOrUnlawful(true).build(),
        ThirdPartyReportIssued.builder().id("r").date(D).reportId("iso").reportKind(ReportKind.ISO_27001).build());
    assertTrue(s.getUnmatched().isEmpty(), s::toString);
    for (EventAccount a : s.getAccounts()) {
      assertEquals(EffectKind.RECORDED, a.getEffects().get(0).getKind());
      assertFalse(a.toString().isBlank());
    }
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: repeated engagement, notice, processing, objection and a discussion without objection are unmatched")
  void repeatedSubprocessorEvents() {
    ContractState s = run(engaged("g", D, "acme"), engaged("g2", D, "acme"), notice("n", D, "acme"), notice("n2", D, "acme"),
        firstProcessing("p", D.plusDays(20), "acme"), firstProcessing("p2", D.plusDays(21), "acme"),
        objection("o", D.plusDays(1), "acme"), objection("o2", D.plusDays(2), "acme"),
        GoodFaithDiscussionResolved.builder().id("r").date(D.plusDays(9)).subprocessorId("acme").actor(PartyKind.SEGMENT).build(),
        failed("f", D.plusDays(10), "acme"), failed("f2", D.plusDays(10), "nobody"),
        firstProcessing("p3", D, "nobody"));
    assertEquals(MonitorCode.ENGAGEMENT_REPEATED, code(s, "g2"));
    assertEquals(MonitorCode.NOTICE_REPEATED, code(s, "n2"));
    assertEquals(MonitorCode.FIRST_PROCESSING_REPEATED, code(s, "p2"));
    assertEquals(MonitorCode.OBJECTION_REPEATED, code(s, "o2"));
    assertEquals(ObligationState.FULFILLED, only(s, ObligationKind.GOOD_FAITH_DISCUSSION).getState());
    assertEquals(MonitorCode.ALREADY_FINISHED, code(s, "f"));
    assertEquals(MonitorCode.RESOLUTION_WITHOUT_DISCUSSION, code(s, "f2"));
    assertEquals(MonitorCode.SUBPROCESSOR_NOT_ENGAGED, code(s, "p3"));
  }

  @Test
  @DisplayName("values: states, exceptions, deadlines and effects print and compare by value")
  void values() {
    assertTrue(ObligationState.SUSPENDED.isOpen());
    assertTrue(ObligationState.DISCHARGED.isFinished());
    assertFalse(ObligationState.CREATED.isFinished());
    ContractState a = run(breach("c", D, "inc-1"));
    ContractState b = run(breach("c", D, "inc-1"));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.getObligations().get(0).hashCode(), b.getObligations().get(0).hashCode());
    assertNotEquals(a, run(breach("c", D, "inc-2")));
    assertNotEquals(a.getObligations().get(0), "x");
    assertTrue(a.toString().contains("7.3@c:inc-1"));
    assertEquals(1, a.getOpenObligations().size());
    assertEquals(1, a.getObligations(ObligationState.ACTIVE).size());
    assertTrue(a.getObligation("nope").isEmpty());
    assertTrue(a.getWindow("7.3@c:inc-1").isEmpty());
    assertEquals("acme-2020", a.getContractId());
    assertEquals(D.plusDays(100), a.getAsOf());
    Effect e = a.getAccounts().get(0).getEffects().get(0);
    assertEquals(e, new Effect(EffectKind.CREATED, "7.3@c:inc-1", e.getClause()));
    assertEquals(e.hashCode(), new Effect(EffectKind.CREATED, "7.3@c:inc-1", e.getClause()).hashCode());
    assertTrue(e.toString().startsWith("CREATED"));
    assertEquals(a.getAccounts().get(0).hashCode(), b.getAccounts().get(0).hashCode());
    assertEquals(EventType.SECURITY_EVENT_CONFIRMED, a.getAccounts().get(0).getType());
    OpenRight audit = a.getOpenRights().get(0);
    assertEquals(audit, b.getOpenRights().get(0));
    assertEquals(audit.hashCode(), b.getOpenRights().get(0).hashCode());
    assertTrue(audit.toString().contains("until"));
    assertTrue(audit.getDecision().isYes());
    UpcomingDeadline d = a.getUpcomingDeadlines().get(0);
    assertEquals(d, b.getUpcomingDeadlines().get(0));
    assertEquals(d.hashCode(), b.getUpcomingDeadlines().get(0).hashCode());
    assertTrue(d.toString().contains("RIGHT_LAPSES"));
    assertEquals(ObligationKind.DELETION.getDuty(), "delete all of the Customer Personal Data from Segment's systems");
    assertEquals(RightKind.AUDIT.getCounterparty(), PartyKind.SEGMENT);
    assertFalse(RightKind.AUDIT.getPower().isBlank());
    assertEquals("9.1", ObligationKind.DELETION.getClause().toString());
  }
}
