package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.DataScope;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.NoticeChannel;
import io.github.dpasemantics.model.event.ObjectionMade;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.AddendumSigned;
import io.github.dpasemantics.model.event.TerminatedForConvenience;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.time.DeadlineRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ContractMonitorTest {
  private static final LocalDate T = LocalDate.of(2024, 1, 31);
  private static final LocalDate N = LocalDate.of(2024, 3, 1);

  private static ObligationInstance only(ContractState s, ObligationKind kind) {
    List<ObligationInstance> all = s.getObligations(kind);
    assertEquals(1, all.size(), () -> "one " + kind + " in " + s);
    return all.get(0);
  }

  // ------------------------------------------------------------------ 9.1 / 9.2

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: a request after termination is due 60 days later, met on the 60th day")
  void deletionOnTheLastDayIsFulfilled() {
    ContractMonitor m = ContractMonitor.of(contract())
        .appendAll(terminated("t", T), deletionRequested("r", T.plusDays(1)), deleted("d", T.plusDays(61)));
    ObligationInstance i = only(m.stateAsOf(T.plusDays(200)), ObligationKind.DELETION);
    assertEquals(Optional.of(T.plusDays(61)), i.getDueDate());
    assertEquals(ObligationState.FULFILLED, i.getState());
    assertEquals(Optional.of("d"), i.getMovedBy());
    assertEquals("r", i.getCreatedBy());
    assertEquals(PartyKind.SEGMENT, i.getBearer());
    assertEquals(PartyKind.CUSTOMER, i.getBeneficiary());
    assertTrue(i.getMissedByDays().isEmpty());
    assertTrue(i.getDecision().getClauses().toString().contains("9.1"), i.getDecision().explain());
    assertTrue(i.getWindow().isPresent());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: deletion one day after the due date is a violation missed by 1 day; the late deletion is accounted")
  void deletionOneDayLateIsMissedByOne() {
    ContractMonitor m = ContractMonitor.of(contract())
        .appendAll(terminated("t", T), deletionRequested("r", T.plusDays(1)), deleted("d", T.plusDays(62)));
    ContractState s = m.stateAsOf(T.plusDays(300));
    ObligationInstance i = only(s, ObligationKind.DELETION);
    assertEquals(ObligationState.VIOLATED, i.getState());
    assertEquals(1L, i.getMissedByDays().getAsLong());
    assertEquals(T.plusDays(62), i.getMovedOn());
    assertEquals(Optional.empty(), i.getMovedBy());
    assertEquals(EffectKind.FULFILLED_LATE, s.getAccount("d").orElseThrow().getEffects().get(0).getKind());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: as of the due date the duty is active; the day after it is violated and the miss grows with time")
  void overdueByTheDay() {
    ContractMonitor m = ContractMonitor.of(contract()).appendAll(terminated("t", T), deletionRequested("r", T.plusDays(1)));
    LocalDate due = T.plusDays(61);
    ObligationInstance onDue = only(m.stateAsOf(due), ObligationKind.DELETION);
    assertEquals(ObligationState.ACTIVE, onDue.getState());
    assertEquals(List.of(due), m.stateAsOf(due).getUpcomingDeadlines().stream()
        .filter(d -> d.getKind() == UpcomingDeadline.Kind.OBLIGATION_DUE).map(UpcomingDeadline::getDate).toList());
    ObligationInstance after = only(m.stateAsOf(due.plusDays(1)), ObligationKind.DELETION);
    assertEquals(ObligationState.VIOLATED, after.getState());
    assertEquals(1L, after.getMissedByDays().getAsLong());
    assertEquals(10L, only(m.stateAsOf(due.plusDays(10)), ObligationKind.DELETION).getMissedByDays().getAsLong());
    assertTrue(m.stateAsOf(due.plusDays(1)).getUpcomingDeadlines().isEmpty());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1 (default reading): a request before termination waits, then is due 60 days after termination")
  void earlyRequestTakesEffectAtTermination() {
    ContractMonitor m = ContractMonitor.of(contract()).appendAll(deletionRequested("r", T.minusDays(10)));
    assertEquals(ObligationState.CREATED, only(m.stateAsOf(T), ObligationKind.DELETION).getState());
    m.append(terminated("t", T));
    ContractState s = m.stateAsOf(T);
    ObligationInstance i = only(s, ObligationKind.DELETION);
    assertEquals(ObligationState.ACTIVE, i.getState());
    assertEquals(Optional.of(T.plusDays(60)), i.getDueDate());
    assertEquals(EffectKind.ACTIVATED, s.getAccount("t").orElseThrow().getEffects().get(1).getKind());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: an early request under a scheduled expiration becomes active on the expiration day by time alone")
  void scheduledExpirationActivatesByTime() {
    ContractMonitor m = ContractMonitor.of(contractExpiring(T)).append(deletionRequested("r", T.minusDays(3)));
    assertEquals(ObligationState.CREATED, only(m.stateAsOf(T.minusDays(1)), ObligationKind.DELETION).getState());
    ObligationInstance i = only(m.stateAsOf(T), ObligationKind.DELETION);
    assertEquals(ObligationState.ACTIVE, i.getState());
    assertEquals(Optional.empty(), i.getMovedBy());
    assertEquals(T, i.getMovedOn());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1 (option): under EARLY_DELETION_REQUEST_TRIGGERS_NOTHING an early request is unmatched")
  void earlyRequestTriggersNothingUnderOption() {
    ContractMonitor m = ContractMonitor.of(contract(DpaTerms.segment(),
        Interpretations.of(Interpretation.EARLY_DELETION_REQUEST_TRIGGERS_NOTHING)))
        .appendAll(deletionRequested("r", T.minusDays(1)), terminated("t", T));
    ContractState s = m.stateAsOf(T.plusDays(1));
    assertTrue(s.getObligations().isEmpty());
    assertEquals(MonitorCode.DELETION_EARLY_REQUEST_IGNORED, s.getAccount("r").orElseThrow().getReason().getCode());
    assertTrue(s.getAccount("r").orElseThrow().isUnmatched());
  }

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4 (option): under DELETION_ENDS_WITH_ADDENDUM no deletion duty arises")
  void deletionEndsWithAddendumUnderOption() {
    ContractMonitor m = ContractMonitor.of(contract(DpaTerms.segment(),
        Interpretations.of(Interpretation.DELETION_ENDS_WITH_ADDENDUM)))
        .appendAll(terminated("t", T), deletionRequested("r", T.plusDays(1)));
    ContractState s = m.stateAsOf(T.plusDays(1));
    assertEquals(MonitorCode.DELETION_ENDS_WITH_ADDENDUM, s.getAccount("r").orElseThrow().getReason().getCode());
    assertTrue(s.getOpenRights().stream().noneMatch(r -> r.getKind() == RightKind.REQUEST_DELETION));
  }

  @Test
  @Tag("clause-9.2")
  @DisplayName("9.2: retention of all data required by law discharges the deletion duty; partial retention does not")
  void retentionDischarges() {
    ContractMonitor all = ContractMonitor.of(contract())
        .appendAll(terminated("t", T), deletionRequested("r", T.plusDays(1)), retention("k", T.plusDays(5), DataScope.ALL));
    ObligationInstance i = only(all.stateAsOf(T.plusDays(100)), ObligationKind.DELETION);
    assertEquals(ObligationState.DISCHARGED, i.getState());
    assertEquals(Optional.of("k"), i.getMovedBy());
    ContractMonitor part = ContractMonitor.of(contract())
        .appendAll(terminated("t", T), deletionRequested("r", T.plusDays(1)), retention("k", T.plusDays(5), DataScope.PART));
    assertEquals(ObligationState.ACTIVE, only(part.stateAsOf(T.plusDays(10)), ObligationKind.DELETION).getState());
    assertEquals(EffectKind.RECORDED, part.stateAsOf(T.plusDays(10)).getAccount("k").orElseThrow().getEffects().get(0).getKind());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: the right to request deletion opens at termination with no lapse date and closes with the request")
  void requestDeletionRight() {
    ContractMonitor m = ContractMonitor.of(contract()).append(terminated("t", T));
    OpenRight r = m.stateAsOf(T.plusDays(5)).getOpenRights().stream()
        .filter(x -> x.getKind() == RightKind.REQUEST_DELETION).findFirst().orElseThrow();
    assertEquals(T, r.getOpensOn());
    assertEquals(Optional.empty(), r.getLapsesAfter());
    assertEquals(Optional.of("t"), r.getOpenedBy());
    m.append(deletionRequested("r", T.plusDays(6)));
    assertTrue(m.stateAsOf(T.plusDays(7)).getOpenRights().stream().noneMatch(x -> x.getKind() == RightKind.REQUEST_DELETION));
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: a deletion with no duty running and a second request are unmatched")
  void deletionWithoutDuty() {
    ContractState s = ContractMonitor.of(contract())
        .appendAll(deleted("d", T), terminated("t", T.plusDays(1)), deletionRequested("r1", T.plusDays(2)),
            deletionRequested("r2", T.plusDays(3)))
        .stateAsOf(T.plusDays(4));
    assertEquals(MonitorCode.DELETION_WITHOUT_DUTY, s.getAccount("d").orElseThrow().getReason().getCode());
    assertEquals(MonitorCode.DELETION_ALREADY_REQUESTED, s.getAccount("r2").orElseThrow().getReason().getCode());
    assertEquals(2, s.getUnmatched().size());
  }

  // ------------------------------------------------------------------ 6.3

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: processing exactly 10 days after notice keeps the notice fulfilled; 9 days is a violation")
  void advanceNoticeBoundary() {
    ContractState ok = ContractMonitor.of(contract())
        .appendAll(engaged("g", N.minusDays(2), "acme-cloud"), notice("n", N, "acme-cloud"),
            firstProcessing("p", N.plusDays(10), "acme-cloud"))
        .stateAsOf(N.plusDays(30));
    ObligationInstance i = only(ok, ObligationKind.SUBPROCESSOR_NOTICE);
    assertEquals(ObligationState.FULFILLED, i.getState());
    assertEquals(Optional.of(N), i.getDueDate());
    ContractState late = ContractMonitor.of(contract())
        .appendAll(engaged("g", N.minusDays(2), "acme-cloud"), notice("n", N, "acme-cloud"),
            firstProcessing("p", N.plusDays(9), "acme-cloud"))
        .stateAsOf(N.plusDays(30));
    ObligationInstance v = only(late, ObligationKind.SUBPROCESSOR_NOTICE);
    assertEquals(ObligationState.VIOLATED, v.getState());
    assertEquals(Optional.of("p"), v.getMovedBy());
    assertEquals(1L, v.getMissedByDays().getAsLong());
    assertTrue(v.getDecision().explain().contains("6.3"));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: processing before any notice is a violation that grows until notice, which is accounted as late")
  void processingBeforeNotice() {
    ContractMonitor m = ContractMonitor.of(contract())
        .appendAll(engaged("g", N, "acme-cloud"), firstProcessing("p", N.plusDays(3), "acme-cloud"));
    ObligationInstance v = only(m.stateAsOf(N.plusDays(5)), ObligationKind.SUBPROCESSOR_NOTICE);
    assertEquals(ObligationState.VIOLATED, v.getState());
    assertEquals(12L, v.getMissedByDays().getAsLong());
    m.append(notice("n", N.plusDays(6), "acme-cloud"));
    ContractState s = m.stateAsOf(N.plusDays(40));
    assertEquals(13L, only(s, ObligationKind.SUBPROCESSOR_NOTICE).getMissedByDays().getAsLong());
    assertEquals(EffectKind.FULFILLED_LATE, s.getAccount("n").orElseThrow().getEffects().get(1).getKind());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an expedited engagement owes notice as soon as reasonably practicable; processing first is no violation")
  void expeditedEngagement() {
    ContractMonitor m = ContractMonitor.of(contract())
        .appendAll(engagedExpedited("g", N, "acme-cloud"), firstProcessing("p", N, "acme-cloud"));
    ObligationInstance a = only(m.stateAsOf(N.plusDays(3)), ObligationKind.SUBPROCESSOR_NOTICE);
    assertEquals(ObligationState.ACTIVE, a.getState());
    assertEquals(DeadlineRule.asSoonAsReasonablyPracticable(), a.getDeadlineRule());
    assertTrue(a.isQualitativeDeadline());
    m.append(notice("n", N.plusDays(4), "acme-cloud"));
    assertEquals(ObligationState.FULFILLED, only(m.stateAsOf(N.plusDays(5)), ObligationKind.SUBPROCESSOR_NOTICE).getState());
  }

  @Test
  @Tag("clause-6.1")
  @DisplayName("6.1: engaging an Affiliate owes no 6.3 notice, only 6.1.1's agreement; notice of a never-engaged Subprocessor is unmatched")
  void affiliateNeedsNoNotice() {
    ContractState s = ContractMonitor.of(contract())
        .appendAll(engagedAffiliate("g", N, "seg-eu"), notice("n", N, "nobody"))
        .stateAsOf(N);
    assertEquals(List.of(ObligationKind.SUBPROCESSOR_AGREEMENT),
        s.getObligations().stream().map(ObligationInstance::getKind).toList());
    assertFalse(s.getAccount("g").orElseThrow().isUnmatched());
    assertEquals(MonitorCode.SUBPROCESSOR_NOT_ENGAGED, s.getAccount("n").orElseThrow().getReason().getCode());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: the objection window is open until notice + 5; an objection on day 5 starts good-faith discussion")
  void objectionOnTheFifthDay() {
    ContractMonitor m = ContractMonitor.of(contract()).appendAll(engaged("g", N, "acme-cloud"), notice("n", N, "acme-cloud"));
    OpenRight r = m.stateAsOf(N.plusDays(1)).getOpenRights().stream()
        .filter(x -> x.getKind() == RightKind.OBJECT_TO_SUBPROCESSOR).findFirst().orElseThrow();
    assertEquals(Optional.of(N.plusDays(5)), r.getLapsesAfter());
    assertEquals(Optional.of("acme-cloud"), r.getSubject());
    assertTrue(m.stateAsOf(N.plusDays(1)).getUpcomingDeadlines().stream()
        .anyMatch(d -> d.getKind() == UpcomingDeadline.Kind.RIGHT_LAPSES && d.getDate().equals(N.plusDays(5))));
    assertTrue(m.stateAsOf(N.plusDays(6)).getOpenRights().stream().noneMatch(x -> x.getKind() == RightKind.OBJECT_TO_SUBPROCESSOR));
    m.append(objection("o", N.plusDays(5), "acme-cloud"));
    ContractState s = m.stateAsOf(N.plusDays(5));
    assertEquals(ObligationState.ACTIVE, only(s, ObligationKind.GOOD_FAITH_DISCUSSION).getState());
    assertTrue(s.getOpenRights().stream().noneMatch(x -> x.getKind() == RightKind.OBJECT_TO_SUBPROCESSOR));
    assertEquals(EffectKind.RIGHT_EXERCISED, s.getAccount("o").orElseThrow().getEffects().get(0).getKind());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an objection on day 6 creates nothing and is accounted as late")
  void objectionOnTheSixthDayIsLate() {
    ContractState s = ContractMonitor.of(contract())
        .appendAll(engaged("g", N, "acme-cloud"), notice("n", N, "acme-cloud"), objection("o", N.plusDays(6), "acme-cloud"))
        .stateAsOf(N.plusDays(6));
    EventAccount a = s.getAccount("o").orElseThrow();
    assertTrue(a.isUnmatched());
    assertEquals(MonitorCode.OBJECTION_LATE, a.getReason().getCode());
    assertTrue(a.getEffects().isEmpty());
    assertTrue(s.getObligations(ObligationKind.GOOD_FAITH_DISCUSSION).isEmpty());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an objection to a Subprocessor never noticed is unmatched, and says so")
  void objectionWithoutNotice() {
    EventAccount a = ContractMonitor.of(contract()).append(objection("o", N, "ghost")).stateAsOf(N).getAccount("o").orElseThrow();
    assertTrue(a.isUnmatched());
    assertTrue(a.getReason().getText().contains("objection to Subprocessor ghost, of which Customer was never notified"),
        a.getReason().getText());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an oral objection or one on other grounds creates nothing")
  void objectionNotQualifying() {
    ObjectionMade oral = ObjectionMade.builder().id("o").date(N.plusDays(1)).subprocessorId("acme-cloud").written(false)
        .grounds(ObjectionGrounds.REASONABLE_DATA_PROTECTION).build();
    ContractState s = ContractMonitor.of(contract())
        .appendAll(engaged("g", N, "acme-cloud"), notice("n", N, "acme-cloud"), oral).stateAsOf(N.plusDays(2));
    assertEquals(MonitorCode.OBJECTION_NOT_QUALIFYING, s.getAccount("o").orElseThrow().getReason().getCode());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: a failed resolution opens termination for convenience with no lapse date; exercising it ends the Agreement")
  void terminationForConvenience() {
    ContractMonitor m = ContractMonitor.of(contract())
        .appendAll(engaged("g", N, "acme-cloud"), notice("n", N, "acme-cloud"), objection("o", N.plusDays(2), "acme-cloud"),
            failed("f", N.plusDays(20), "acme-cloud"));
    ContractState s = m.stateAsOf(N.plusDays(21));
    assertEquals(ObligationState.FULFILLED, only(s, ObligationKind.GOOD_FAITH_DISCUSSION).getState());
    OpenRight r = s.getOpenRights().stream().filter(x -> x.getKind() == RightKind.TERMINATE_FOR_CONVENIENCE).findFirst()
        .orElseThrow();
    assertEquals(Optional.empty(), r.getLapsesAfter());
    assertEquals(PartyKind.CUSTOMER, r.getHolder());
    m.append(TerminatedForConvenience.builder().id("tfc").date(N.plusDays(30)).subprocessorId("acme-cloud").build());
    ContractState after = m.stateAsOf(N.plusDays(31));
    assertEquals(Optional.of(N.plusDays(30)), after.getAgreementEnd());
    assertFalse(after.isAddendumInForce());
    assertTrue(after.getOpenRights().stream().noneMatch(x -> x.getKind() == RightKind.TERMINATE_FOR_CONVENIENCE));
    assertTrue(after.getAccount("tfc").orElseThrow().getEffects().stream().anyMatch(e -> e.getKind() == EffectKind.RIGHT_EXERCISED));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: termination for convenience without an unresolved objection is unmatched")
  void terminationForConvenienceWithoutRight() {
    ContractState s = ContractMonitor.of(contract())
        .append(TerminatedForConvenience.builder().id("tfc").date(N).subprocessorId("acme-cloud").build()).stateAsOf(N);
    assertEquals(MonitorCode.TERMINATION_FOR_CONVENIENCE_WITHOUT_RIGHT, s.getAccount("tfc").orElseThrow().getReason().getCode());
    assertTrue(s.isAddendumInForce());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: notice is complete on the first channel used; a later channel does not move the objection window")
  void noticeOnTheFirstChannel() {
    ContractState s = ContractMonitor.of(contract())
        .appendAll(engaged("g", N, "acme-cloud"), notice("n1", N, "acme-cloud", NoticeChannel.SUBPROCESSOR_PAGE_UPDATE),
            notice("n2", N.plusDays(2), "acme-cloud", NoticeChannel.WORKSPACE_MESSAGE))
        .stateAsOf(N.plusDays(3));
    OpenRight r = s.getOpenRights().stream().filter(x -> x.getKind() == RightKind.OBJECT_TO_SUBPROCESSOR).findFirst()
        .orElseThrow();
    assertEquals(Optional.of(N.plusDays(5)), r.getLapsesAfter());
    assertEquals(MonitorCode.NOTICE_CHANNEL_ADDED, s.getAccount("n2").orElseThrow().getReason().getCode());
  }

  // ------------------------------------------------------------------ 2.9, 7.3

  @Test
  @Tag("clause-7.3")
  @DisplayName("2.9: a confirmed port scan is not a Security Incident and creates no notice duty")
  void portScanIsNoIncident() {
    ContractState s = ContractMonitor.of(contract()).append(portScan("c", N, "inc-1")).stateAsOf(N);
    assertTrue(s.getObligations().isEmpty());
    assertEquals(MonitorCode.NOT_A_SECURITY_INCIDENT, s.getAccount("c").orElseThrow().getReason().getCode());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a confirmed incident owes notice without undue delay; a law-enforcement delay suspends it; notice fulfils")
  void incidentNotice() {
    ContractMonitor m = ContractMonitor.of(contract()).append(breach("c", N, "inc-1"));
    ObligationInstance i = only(m.stateAsOf(N.plusDays(30)), ObligationKind.INCIDENT_NOTICE);
    assertEquals(ObligationState.ACTIVE, i.getState());
    assertEquals(DeadlineRule.withoutUndueDelay(), i.getDeadlineRule());
    assertEquals(Optional.empty(), i.getDueDate());
    assertTrue(i.getDecision().getClauses().toString().contains("2.9"));
    m.append(lawEnforcementDelay("le", N.plusDays(1), "inc-1", Optional.empty()));
    assertEquals(ObligationState.SUSPENDED, only(m.stateAsOf(N.plusDays(30)), ObligationKind.INCIDENT_NOTICE).getState());
    m.append(notified("x", N.plusDays(31), "inc-1"));
    ObligationInstance f = only(m.stateAsOf(N.plusDays(31)), ObligationKind.INCIDENT_NOTICE);
    assertEquals(ObligationState.FULFILLED, f.getState());
    assertEquals(Optional.of("x"), f.getMovedBy());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a delay with an end date resumes the duty the day after, by time alone")
  void timedDelayResumes() {
    ContractMonitor m = ContractMonitor.of(contract())
        .appendAll(breach("c", N, "inc-1"), lawEnforcementDelay("le", N, "inc-1", Optional.of(N.plusDays(10))));
    assertEquals(ObligationState.SUSPENDED, only(m.stateAsOf(N.plusDays(10)), ObligationKind.INCIDENT_NOTICE).getState());
    ObligationInstance i = only(m.stateAsOf(N.plusDays(11)), ObligationKind.INCIDENT_NOTICE);
    assertEquals(ObligationState.ACTIVE, i.getState());
    assertEquals(N.plusDays(11), i.getMovedOn());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: an investigation delay ends by event; with a law-enforcement delay still running the duty stays suspended")
  void overlappingDelays() {
    ContractMonitor m = ContractMonitor.of(contract())
        .appendAll(breach("c", N, "inc-1"), investigating("i1", N, "inc-1"),
            lawEnforcementDelay("le", N.plusDays(1), "inc-1", Optional.empty()), investigated("i2", N.plusDays(3), "inc-1"));
    ContractState s = m.stateAsOf(N.plusDays(4));
    assertEquals(ObligationState.SUSPENDED, only(s, ObligationKind.INCIDENT_NOTICE).getState());
    assertEquals(MonitorCode.NOTICE_STILL_PAUSED, s.getAccount("i2").orElseThrow().getReason().getCode());
    ContractState one = ContractMonitor.of(contract())
        .appendAll(breach("c", N, "inc-1"), investigating("i1", N, "inc-1"), investigated("i2", N.plusDays(3), "inc-1"))
        .stateAsOf(N.plusDays(4));
    ObligationInstance a = only(one, ObligationKind.INCIDENT_NOTICE);
    assertEquals(ObligationState.ACTIVE, a.getState());
    assertEquals(Optional.of("i2"), a.getMovedBy());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a notice for an unknown incident and a second notice are unmatched")
  void unknownIncident() {
    ContractState s = ContractMonitor.of(contract())
        .appendAll(notified("x", N, "inc-9"), breach("c", N, "inc-1"), notified("y", N, "inc-1"), notified("z", N.plusDays(1), "inc-1"))
        .stateAsOf(N.plusDays(1));
    assertEquals(MonitorCode.INCIDENT_UNKNOWN, s.getAccount("x").orElseThrow().getReason().getCode());
    assertEquals(MonitorCode.ALREADY_FINISHED.name(), s.getAccount("z").orElseThrow().getReason().getCode().name());
  }

  // ------------------------------------------------------------------ 8, A.2.2

  @Test
  @Tag("clause-8")
  @DisplayName("8: a Data Subject's request to Segment creates the duty to advise the subject to go to Customer")
  void dataSubjectRouting() {
    ContractState s = ContractMonitor.of(contract()).append(subjectRequest("q", N, "dsr-1")).stateAsOf(N);
    ObligationInstance i = only(s, ObligationKind.DATA_SUBJECT_ROUTING);
    // the duty is owed to Customer under the Addendum (its norm, 8/advise-data-subject); the Data Subject is who is advised
    assertEquals(PartyKind.CUSTOMER, i.getBeneficiary());
    assertEquals(Optional.of("dsr-1"), i.getSubject());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: the audit is open until 31 December; a second request that year is refused; January is allowed")
  void auditOncePerYear() {
    LocalDate d = LocalDate.of(2024, 12, 30);
    ContractMonitor m = ContractMonitor.of(contract());
    OpenRight open = m.stateAsOf(d).getOpenRights().stream().filter(x -> x.getKind() == RightKind.AUDIT).findFirst().orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), open.getLapsesAfter());
    assertEquals(LocalDate.of(2024, 1, 1), open.getOpensOn());
    m.appendAll(audit("a1", d, "audit-1"), audit("a2", d.plusDays(1), "audit-2"), audit("a3", d.plusDays(2), "audit-3"));
    ContractState s = m.stateAsOf(d.plusDays(2));
    assertEquals(MonitorCode.AUDIT_REQUEST_REFUSED, s.getAccount("a2").orElseThrow().getReason().getCode());
    assertFalse(s.getAccount("a3").orElseThrow().isUnmatched());
    assertEquals(2, s.getObligations(ObligationKind.AUDIT_RESPONSE).size());
    assertTrue(m.stateAsOf(d).getOpenRights().stream().noneMatch(x -> x.getKind() == RightKind.AUDIT));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a written response fulfils the audit; an accepted recent Third Party Report discharges it")
  void auditResponseAndReport() {
    ContractState s = ContractMonitor.of(contract())
        .appendAll(audit("a1", N, "audit-1"), answered("w", N.plusDays(9), "audit-1"))
        .stateAsOf(N.plusDays(10));
    assertEquals(ObligationState.FULFILLED, only(s, ObligationKind.AUDIT_RESPONSE).getState());
    ContractState r = ContractMonitor.of(contract())
        .appendAll(io.github.dpasemantics.model.event.ThirdPartyReportIssued.builder().id("rep").date(N.minusMonths(2))
                .reportId("iso-2024").reportKind(io.github.dpasemantics.model.event.ReportKind.ISO_27001).build(),
            audit("a1", N, "audit-1"),
            io.github.dpasemantics.model.event.NoMaterialChangeConfirmed.builder().id("nmc").date(N.plusDays(2))
                .auditId("audit-1").reportId("iso-2024").build())
        .stateAsOf(N.plusDays(3));
    ObligationInstance i = only(r, ObligationKind.AUDIT_RESPONSE);
    assertEquals(ObligationState.DISCHARGED, i.getState());
    assertEquals(Optional.of("nmc"), i.getMovedBy());
  }

  // ------------------------------------------------------------------ refusals, what-if, order

  @Test
  @DisplayName("refusal: a duplicate id is refused naming the event, field and rule; the state is unchanged")
  void duplicateIdRefused() {
    ContractMonitor m = ContractMonitor.of(contract()).append(breach("c", N, "inc-1"));
    ContractState before = m.stateAsOf(N.plusDays(1));
    MonitorInputException x = assertThrows(MonitorInputException.class, () -> m.append(notified("c", N, "inc-1")));
    assertEquals("c", x.getEventId());
    assertEquals("id", x.getField());
    assertTrue(x.getRule().contains("unique"));
    assertTrue(x.getMessage().contains("event 'c'"));
    assertEquals(before, m.stateAsOf(N.plusDays(1)));
    assertEquals(1, m.size());
  }

  @Test
  @DisplayName("refusal: ids given in earlier batches stay known, whichever batch gave them (the first batch's id set is kept)")
  void idsOfEveryBatchStayKnown() {
    ContractMonitor m = ContractMonitor.of(contract())
        .appendAll(List.of(breach("a1", N, "inc-1"), breach("a2", N, "inc-2")))
        .appendAll(List.of(breach("b1", N.plusDays(1), "inc-3"), breach("b2", N.plusDays(1), "inc-4")));
    for (String id : List.of("a1", "a2", "b1", "b2")) {
      assertEquals("id", assertThrows(MonitorInputException.class,
          () -> m.append(notified(id, N.plusDays(2), "inc-1"))).getField(), id);
      assertEquals("id", assertThrows(MonitorInputException.class,
          () -> m.appendAll(List.of(notified(id, N.plusDays(2), "inc-1")))).getField(), id);
    }
    m.appendAll(List.of(notified("c1", N.plusDays(2), "inc-1")));
    assertEquals("id", assertThrows(MonitorInputException.class,
        () -> m.append(notified("c1", N.plusDays(3), "inc-2"))).getField());
    assertEquals(5, m.size());
  }

  @Test
  @Tag("clause-1")
  @DisplayName("refusal: an event dated before the Addendum takes effect is refused; signatures are the exception")
  void earlyEventRefused() {
    ContractMonitor m = ContractMonitor.of(contract());
    MonitorInputException x = assertThrows(MonitorInputException.class,
        () -> m.append(breach("c", EFFECTIVE.minusDays(1), "inc-1")));
    assertEquals("date", x.getField());
    assertTrue(x.getRule().contains(EFFECTIVE.toString()));
    m.append(breach("c2", EFFECTIVE, "inc-1"));
    m.append(AddendumSigned.builder().id("s").date(EFFECTIVE.minusDays(3)).actor(PartyKind.SEGMENT).build());
    assertEquals(2, m.size());
  }

  @Test
  @DisplayName("refusal: an objection by Segment (the wrong party) is refused; a batch with one bad event adds nothing")
  void wrongActorRefused() {
    ContractMonitor m = ContractMonitor.of(contract());
    DpaEvent bad = ObjectionMade.builder().id("o").date(N).subprocessorId("acme-cloud").written(true)
        .grounds(ObjectionGrounds.REASONABLE_DATA_PROTECTION).actor(PartyKind.SEGMENT).build();
    MonitorInputException x = assertThrows(MonitorInputException.class,
        () -> m.appendAll(List.of(engaged("g", N, "acme-cloud"), bad)));
    assertEquals("o", x.getEventId());
    assertEquals("actor", x.getField());
    assertTrue(x.getRule().contains("CUSTOMER"));
    assertEquals(0, m.size());
    assertThrows(MonitorInputException.class, () -> m.appendAll(engaged("g", N, "a"), engaged("g", N, "b")));
    assertEquals(0, m.size());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("what-if: \"if we notify on the 14th, is that timely?\" without changing the stored timeline")
  void whatIfLeavesTimelineUnchanged() {
    LocalDate p = LocalDate.of(2024, 3, 24);
    ContractMonitor m = ContractMonitor.of(contract())
        .appendAll(engaged("g", N, "acme-cloud"), firstProcessing("p", p, "acme-cloud"));
    ContractState yes = m.whatIf(p.plusDays(1), notice("h", LocalDate.of(2024, 3, 14), "acme-cloud"));
    assertEquals(ObligationState.FULFILLED, only(yes, ObligationKind.SUBPROCESSOR_NOTICE).getState());
    ContractState no = m.whatIf(p.plusDays(1), List.of(notice("h", LocalDate.of(2024, 3, 15), "acme-cloud")));
    assertEquals(ObligationState.VIOLATED, only(no, ObligationKind.SUBPROCESSOR_NOTICE).getState());
    assertEquals(2, m.size());
    assertEquals(ObligationState.VIOLATED, only(m.stateAsOf(p.plusDays(1)), ObligationKind.SUBPROCESSOR_NOTICE).getState());
    assertThrows(MonitorInputException.class, () -> m.whatIf(p, notice("g", N, "acme-cloud")));
  }

  @Test
  @DisplayName("order: the same events appended backwards give the same state as in timeline order")
  void outOfOrderArrival() {
    List<DpaEvent> events = List.of(engaged("g", N, "acme-cloud"), notice("n", N, "acme-cloud"),
        objection("o", N.plusDays(1), "acme-cloud"), terminated("t", T.plusYears(1)), deletionRequested("r", T.plusYears(1)));
    ContractMonitor forward = ContractMonitor.of(contract());
    events.forEach(forward::append);
    ContractMonitor backward = ContractMonitor.of(contract());
    for (int i = events.size() - 1; i >= 0; i--) {
      backward.append(events.get(i));
    }
    LocalDate asOf = T.plusYears(1).plusDays(3);
    assertEquals(forward.stateAsOf(asOf), backward.stateAsOf(asOf));
    assertEquals(forward.getTimeline(), backward.getTimeline());
    assertEquals(forward.stateAsOf(N), backward.stateAsOf(N));
  }

  @Test
  @DisplayName("fleet: events go to their contract; states are keyed by contract id")
  void fleet() {
    MonitorFleet f = new MonitorFleet().add(contract());
    assertThrows(IllegalArgumentException.class, () -> f.add(contract()));
    f.append("acme-2020", breach("c", N, "inc-1"));
    f.appendAll("acme-2020", List.of(notified("x", N, "inc-1")));
    assertEquals(1, f.size());
    assertTrue(f.monitor("acme-2020").isPresent());
    assertTrue(f.monitor("other").isEmpty());
    assertEquals(ObligationState.FULFILLED, only(f.stateAsOf("acme-2020", N), ObligationKind.INCIDENT_NOTICE).getState());
    assertEquals(1, f.statesAsOf(N).size());
    assertThrows(IllegalArgumentException.class, () -> f.stateAsOf("other", N));
  }
}
