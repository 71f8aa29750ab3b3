package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.*;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.time.DeadlineRule;
import io.github.dpasemantics.policy.Subprocessing;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Per-event accounts (effects and reason codes), state transitions and dates of the monitor. */
class MonitorAccountsTest {
  private static final LocalDate D = LocalDate.of(2024, 6, 3);
  private static final String SUB = "acme-cloud";

  private static ContractState run(ContractInstance c, LocalDate asOf, DpaEvent... events) {
    return ContractMonitor.of(c).appendAll(events).stateAsOf(asOf);
  }

  private static ContractState run(LocalDate asOf, DpaEvent... events) {
    return run(contract(), asOf, events);
  }

  private static EventAccount acct(ContractState s, String id) {
    return s.getAccount(id).orElseThrow(() -> new AssertionError("no account " + id));
  }

  private static MonitorCode code(ContractState s, String id) {
    return MonitorCode.valueOf(acct(s, id).getReason().getCode().name()); // a shared code cites its kind (MonitorCode.Cited)
  }

  private static Effect fx(EffectKind kind, String target, String clause) {
    return new Effect(kind, target, ClauseId.parse(clause));
  }

  private static ObligationInstance only(ContractState s, ObligationKind kind) {
    List<ObligationInstance> all = s.getObligations(kind);
    assertEquals(1, all.size(), () -> kind + " in " + s);
    return all.get(0);
  }

  private static OpenRight right(ContractState s, RightKind kind) {
    return s.getOpenRights().stream().filter(r -> r.getKind() == kind).findFirst()
        .orElseThrow(() -> new AssertionError("no open " + kind + " in " + s.getOpenRights()));
  }

  private static ContractInstance noAnnexA() {
    return ContractInstance.builder().from(contract()).annexFacts(AnnexFacts.none()).build();
  }

  // ------------------------------------------------------------------ 6.1.1, 6.3

  @Test
  @Tag("clause-6.1.1")
  @DisplayName("6.1.1: a substantially similar agreement is created and fulfilled at once; a dissimilar one is created and violated")
  void subprocessorAgreementEffects() {
    ContractState ok = run(D, SubprocessorAgreementSigned.builder().id("g").date(D).subprocessorId(SUB).substantiallySimilar(true).build());
    String id = "6.1.1@g:" + SUB;
    assertEquals(List.of(fx(EffectKind.CREATED, id, "6.1.1"), fx(EffectKind.FULFILLED, id, "6.1.1")), acct(ok, "g").getEffects());
    assertEquals(MonitorCode.SUBPROCESSOR_AGREEMENT, code(ok, "g"));
    assertEquals(MonitorCode.SUBPROCESSOR_AGREEMENT, only(ok, ObligationKind.SUBPROCESSOR_AGREEMENT).getDecision().getReasons().get(0).getCode());
    ContractState bad = run(D, SubprocessorAgreementSigned.builder().id("g").date(D).subprocessorId(SUB).substantiallySimilar(false).build());
    assertEquals(List.of(fx(EffectKind.CREATED, id, "6.1.1"), fx(EffectKind.VIOLATED, id, "6.1.1")), acct(bad, "g").getEffects());
    ObligationInstance v = only(bad, ObligationKind.SUBPROCESSOR_AGREEMENT);
    assertEquals(ObligationState.VIOLATED, v.getState());
    assertEquals(MonitorCode.SUBPROCESSOR_AGREEMENT_NOT_SIMILAR, v.getDecision().getReasons().get(0).getCode());
    assertEquals(Optional.of("g"), v.getMovedBy());
    assertEquals(D, v.getMovedOn());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an ordinary engagement owes notice N days ahead; an expedited one owes it as soon as reasonably practicable")
  void engagementRules() {
    ContractState s = run(D, engaged("e", D, SUB));
    ObligationInstance i = only(s, ObligationKind.SUBPROCESSOR_NOTICE);
    assertEquals(MonitorCode.NOTICE_OWED, code(s, "e"));
    // 6.1.1's written agreement is owed from the same engagement
    assertEquals(List.of(fx(EffectKind.CREATED, "6.3@e:" + SUB, "6.3"), fx(EffectKind.CREATED, "6.1.1@e:" + SUB, "6.1.1")),
        acct(s, "e").getEffects());
    assertEquals(ObligationKind.SUBPROCESSOR_NOTICE.getDeadlineRule(), i.getDeadlineRule());
    assertFalse(i.isQualitativeDeadline());
    assertTrue(i.isOpen());
    ContractState x = run(D, engagedExpedited("e", D, SUB));
    ObligationInstance j = only(x, ObligationKind.SUBPROCESSOR_NOTICE);
    assertEquals(MonitorCode.NOTICE_OWED_EXPEDITED, code(x, "e"));
    assertEquals(DeadlineRule.asSoonAsReasonablyPracticable(), j.getDeadlineRule());
    assertTrue(j.isQualitativeDeadline());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: the second channel of a notice is recorded and moves nothing (notice was complete on the first), and a repeat is unmatched")
  void twoChannels() {
    LocalDate ws = D.plusDays(1);
    LocalDate page = D.plusDays(3);
    ContractState s = run(D.plusDays(4), engaged("e", D, SUB), notice("n1", ws, SUB),
        notice("n2", page, SUB, NoticeChannel.SUBPROCESSOR_PAGE_UPDATE),
        notice("n3", D.plusDays(4), SUB, NoticeChannel.SUBPROCESSOR_PAGE_UPDATE),
        notice("n4", D.plusDays(4), SUB));
    String id = "6.3@e:" + SUB;
    assertEquals(List.of(fx(EffectKind.RIGHT_OPENED, "6.3-objection@n1:" + SUB, "6.3"), fx(EffectKind.FULFILLED, id, "6.3")),
        acct(s, "n1").getEffects());
    assertEquals(MonitorCode.NOTICE_GIVEN, code(s, "n1"));
    assertEquals(List.of(fx(EffectKind.RECORDED, id, "6.3")), acct(s, "n2").getEffects());
    assertEquals(MonitorCode.NOTICE_CHANNEL_ADDED, code(s, "n2"));
    assertTrue(acct(s, "n2").getReason().getArguments().contains(ws), () -> acct(s, "n2").getReason().getText());
    assertTrue(acct(s, "n3").isUnmatched());
    assertEquals(MonitorCode.NOTICE_REPEATED, code(s, "n3"));
    assertTrue(acct(s, "n3").getReason().getArguments().contains(page), () -> acct(s, "n3").getReason().getText());
    assertTrue(acct(s, "n4").getReason().getArguments().contains(ws), () -> acct(s, "n4").getReason().getText());
    assertEquals(MonitorCode.NOTICE_REPEATED, code(s, "n4"));
    assertTrue(acct(s, "n4").getEffects().isEmpty());
    ObligationInstance i = only(s, ObligationKind.SUBPROCESSOR_NOTICE);
    assertEquals(Optional.of("n1"), i.getMovedBy());
    assertEquals(ws, i.getMovedOn());
    LocalDate noticeDay = ws; // the first channel used
    OpenRight r = right(s, RightKind.OBJECT_TO_SUBPROCESSOR);
    assertEquals("6.3-objection@n1:" + SUB, r.getId());
    assertEquals(Optional.of(Subprocessing.objectionDeadlineDate(noticeDay, DpaTerms.segment(), Interpretations.defaults())),
        r.getLapsesAfter());
    assertTrue(r.getDecision().getReasons().size() > 1, () -> r.getDecision().getReasons().toString());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: processing before any notice violates; the first late notice is a late performance, the second is recorded")
  void lateNotices() {
    LocalDate p = D.plusDays(2);
    ContractState s = run(D.plusDays(10), engaged("e", D, SUB), firstProcessing("p", p, SUB), notice("n1", D.plusDays(5), SUB),
        notice("n2", D.plusDays(7), SUB, NoticeChannel.SUBPROCESSOR_PAGE_UPDATE));
    String id = "6.3@e:" + SUB;
    LocalDate latest = Subprocessing.latestTimelyNoticeDate(p, DpaTerms.segment(), Interpretations.defaults());
    assertEquals(List.of(fx(EffectKind.VIOLATED, id, "6.3")), acct(s, "p").getEffects());
    assertEquals(MonitorCode.PROCESSED_TOO_EARLY, code(s, "p"));
    assertEquals(List.of(fx(EffectKind.RIGHT_OPENED, "6.3-objection@n1:" + SUB, "6.3"), fx(EffectKind.FULFILLED_LATE, id, "6.3")),
        acct(s, "n1").getEffects());
    assertEquals(MonitorCode.NOTICE_GIVEN_LATE, code(s, "n1"));
    assertEquals(List.of(fx(EffectKind.RECORDED, id, "6.3")), acct(s, "n2").getEffects());
    assertEquals(MonitorCode.NOTICE_CHANNEL_ADDED, code(s, "n2"));
    ObligationInstance i = only(s, ObligationKind.SUBPROCESSOR_NOTICE);
    assertEquals(ObligationState.VIOLATED, i.getState());
    assertEquals(Optional.of("p"), i.getMovedBy());
    assertEquals(p, i.getMovedOn());
    assertEquals(Optional.of(latest), i.getDueDate());
    assertEquals(OptionalLong.of(java.time.temporal.ChronoUnit.DAYS.between(latest, D.plusDays(5))), i.getMissedByDays());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an expedited engagement may process before notice; the notice then fulfils, a second channel is recorded")
  void expeditedNotices() {
    ContractState s = run(D.plusDays(10), engagedExpedited("e", D, SUB), firstProcessing("p", D.plusDays(1), SUB),
        notice("n1", D.plusDays(2), SUB), notice("n2", D.plusDays(3), SUB, NoticeChannel.SUBPROCESSOR_PAGE_UPDATE));
    String id = "6.3@e:" + SUB;
    assertEquals(List.of(fx(EffectKind.RECORDED, id, "6.3")), acct(s, "p").getEffects());
    assertEquals(MonitorCode.PROCESSED_BEFORE_EXPEDITED_NOTICE, code(s, "p"));
    assertEquals(MonitorCode.NOTICE_GIVEN_EXPEDITED, code(s, "n1"));
    assertTrue(acct(s, "n1").getEffects().contains(fx(EffectKind.FULFILLED, id, "6.3")));
    assertEquals(List.of(fx(EffectKind.RECORDED, id, "6.3")), acct(s, "n2").getEffects());
    assertEquals(MonitorCode.NOTICE_CHANNEL_ADDED, code(s, "n2"));
    ObligationInstance i = only(s, ObligationKind.SUBPROCESSOR_NOTICE);
    assertEquals(ObligationState.FULFILLED, i.getState());
    assertEquals(Optional.of("n1"), i.getMovedBy());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: processing after a timely notice is recorded and fixes the latest timely notice day as the due date")
  void processingAfterNotice() {
    LocalDate p = D.plusDays(30);
    ContractState s = run(p, engaged("e", D, SUB), notice("n", D.plusDays(1), SUB), firstProcessing("p", p, SUB));
    assertEquals(List.of(fx(EffectKind.RECORDED, "6.3@e:" + SUB, "6.3")), acct(s, "p").getEffects());
    assertEquals(MonitorCode.PROCESSED_AFTER_NOTICE_PERIOD, code(s, "p"));
    ObligationInstance i = only(s, ObligationKind.SUBPROCESSOR_NOTICE);
    assertEquals(Optional.of(Subprocessing.latestTimelyNoticeDate(p, DpaTerms.segment(), Interpretations.defaults())), i.getDueDate());
    assertEquals(ObligationState.FULFILLED, i.getState());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: a failed discussion is fulfilled and opens termination for convenience; exercising it after the end is unmatched")
  void failedDiscussion() {
    ContractState s = run(D.plusDays(30), engaged("e", D, SUB), notice("n", D, SUB), objection("o", D.plusDays(1), SUB),
        failed("f", D.plusDays(3), SUB), terminated("t", D.plusDays(10)),
        TerminatedForConvenience.builder().id("tfc").date(D.plusDays(12)).subprocessorId(SUB).build());
    assertEquals(List.of(fx(EffectKind.RIGHT_EXERCISED, "6.3-objection@n:" + SUB, "6.3"), fx(EffectKind.CREATED, "6.3@o:" + SUB, "6.3")),
        acct(s, "o").getEffects());
    assertEquals(List.of(fx(EffectKind.FULFILLED, "6.3@o:" + SUB, "6.3"), fx(EffectKind.RIGHT_OPENED, "6.3-termination@f:" + SUB, "6.3")),
        acct(s, "f").getEffects());
    assertEquals(MonitorCode.RESOLUTION_FAILED, code(s, "f"));
    assertEquals(List.of(fx(EffectKind.RECORDED, "agreement", "3.4")), acct(s, "t").getEffects());
    assertEquals(MonitorCode.AGREEMENT_ENDED, code(s, "t"));
    assertTrue(acct(s, "tfc").isUnmatched());
    assertEquals(MonitorCode.AGREEMENT_ALREADY_ENDED, code(s, "tfc"));
    assertTrue(acct(s, "tfc").getEffects().isEmpty());
    ContractState ok = run(D.plusDays(30), engaged("e", D, SUB), notice("n", D, SUB), objection("o", D.plusDays(1), SUB),
        failed("f", D.plusDays(3), SUB), TerminatedForConvenience.builder().id("tfc").date(D.plusDays(12)).subprocessorId(SUB).build());
    assertEquals(List.of(fx(EffectKind.RECORDED, "agreement", "3.4"), fx(EffectKind.RIGHT_EXERCISED, "6.3-termination@f:" + SUB, "6.3")),
        acct(ok, "tfc").getEffects());
    assertEquals(MonitorCode.TERMINATED_FOR_CONVENIENCE, code(ok, "tfc"));
    assertEquals(Optional.of(D.plusDays(12)), ok.getAgreementEnd());
  }

  // ------------------------------------------------------------------ 3.4

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4: a termination before the scheduled expiration ends the Agreement; an event after the end is unmatched; on the end day recorded")
  void scheduledEnd() {
    LocalDate x = D.plusDays(30);
    ContractState early = run(contractExpiring(x), x.plusDays(5), terminated("t", D.plusDays(10)),
        AgreementExpired.builder().id("x").date(x).actor(PartyKind.SEGMENT).build());
    assertEquals(Optional.of(D.plusDays(10)), early.getAgreementEnd());
    assertEquals(MonitorCode.AGREEMENT_ENDED, code(early, "t"));
    assertEquals(List.of(fx(EffectKind.RECORDED, "agreement", "3.4")), acct(early, "t").getEffects());
    assertEquals(MonitorCode.AGREEMENT_ALREADY_ENDED, code(early, "x"));
    assertTrue(acct(early, "x").isUnmatched());
    ContractState onDay = run(contractExpiring(x), x.plusDays(5), AgreementExpired.builder().id("x").date(x).actor(PartyKind.SEGMENT).build(),
        terminated("t", x));
    assertEquals(Optional.of(x), onDay.getAgreementEnd());
    assertFalse(acct(onDay, "t").isUnmatched());
    assertEquals(List.of(fx(EffectKind.RECORDED, "agreement", "3.4")), acct(onDay, "t").getEffects());
    ContractState later = run(contractExpiring(x), x.plusDays(15), terminated("t", x.plusDays(10)));
    assertEquals(Optional.of(x), later.getAgreementEnd());
    assertEquals(MonitorCode.AGREEMENT_ALREADY_ENDED, code(later, "t"));
  }

  // ------------------------------------------------------------------ 5.1, 7.2

  @Test
  @Tag("clause-5.1")
  @DisplayName("5.1: instructions given and acknowledged are recorded, saying whether in writing")
  void instructions() {
    ContractState s = run(D, InstructionGiven.builder().id("i").date(D).instructionId("ins-1").written(true).build(),
        InstructionGiven.builder().id("j").date(D).instructionId("ins-2").written(false).build(),
        InstructionAcknowledged.builder().id("k").date(D).instructionId("ins-1").written(true).build(),
        InstructionAcknowledged.builder().id("l").date(D).instructionId("ins-2").written(false).build());
    assertEquals(List.of(fx(EffectKind.RECORDED, "instruction:ins-1", "5.1")), acct(s, "i").getEffects());
    assertTrue(acct(s, "i").getReason().getText().contains("given in writing"));
    assertFalse(acct(s, "j").getReason().getText().contains("in writing"));
    assertTrue(acct(s, "k").getReason().getText().contains("acknowledged in writing"));
    assertFalse(acct(s, "l").getReason().getText().contains("in writing"));
  }

  @Test
  @Tag("clause-7.2")
  @DisplayName("7.2: the account of a Security Measures change says which requirement it missed")
  void measuresChangeWording() {
    String[][] rows = {{"false", "true", "without reasonable notice and with a material decrease"},
        {"false", "false", "without reasonable notice"}, {"true", "true", "with a material decrease of Segment's obligations"}};
    for (String[] row : rows) {
      ContractState s = run(D, SecurityMeasuresChanged.builder().id("c").date(D).noticeGiven(Boolean.parseBoolean(row[0]))
          .materialDecrease(Boolean.parseBoolean(row[1])).build());
      String text = acct(s, "c").getReason().getText();
      assertTrue(text.endsWith(row[2]), text);
      assertEquals(List.of(fx(EffectKind.CREATED, "7.2@c", "7.2"), fx(EffectKind.VIOLATED, "7.2@c", "7.2")), acct(s, "c").getEffects());
    }
    ContractState ok = run(D, SecurityMeasuresChanged.builder().id("c").date(D).noticeGiven(true).materialDecrease(false).build());
    assertEquals(MonitorCode.MEASURES_CHANGE_ALLOWED, code(ok, "c"));
  }

  // ------------------------------------------------------------------ 7.3

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a second pause of a paused notice is a suspension effect without a move; ending one of two pauses is recorded")
  void twoPauses() {
    ContractState s = run(D.plusDays(5), breach("b", D, "inc-1"), lawEnforcementDelay("le", D.plusDays(1), "inc-1", Optional.empty()),
        investigating("iv", D.plusDays(2), "inc-1"), investigated("ie", D.plusDays(3), "inc-1"));
    String id = "7.3@b:inc-1";
    assertEquals(List.of(fx(EffectKind.CREATED, id, "7.3")), acct(s, "b").getEffects());
    assertEquals(MonitorCode.INCIDENT_NOTICE_OWED, code(s, "b"));
    assertEquals(List.of(fx(EffectKind.SUSPENDED, id, "7.3")), acct(s, "le").getEffects());
    assertEquals(List.of(fx(EffectKind.SUSPENDED, id, "7.3")), acct(s, "iv").getEffects());
    assertEquals(MonitorCode.NOTICE_DELAY, code(s, "iv"));
    assertTrue(acct(s, "iv").getReason().getText().contains(": notice of inc-1 is paused"), acct(s, "iv").getReason().getText());
    assertEquals(List.of(fx(EffectKind.RECORDED, id, "7.3")), acct(s, "ie").getEffects());
    assertEquals(MonitorCode.NOTICE_STILL_PAUSED, code(s, "ie"));
    ObligationInstance i = only(s, ObligationKind.INCIDENT_NOTICE);
    assertEquals(ObligationState.SUSPENDED, i.getState());
    assertEquals(Optional.of("le"), i.getMovedBy());
    assertEquals(D.plusDays(1), i.getMovedOn());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a time-limited pause ends the day after its end date: still paused on it, active the day after")
  void timedPauseBoundary() {
    LocalDate until = D.plusDays(5);
    ContractMonitor m = ContractMonitor.of(contract()).appendAll(breach("b", D, "inc-1"),
        lawEnforcementDelay("le", D.plusDays(1), "inc-1", Optional.of(until)));
    assertEquals(ObligationState.SUSPENDED, only(m.stateAsOf(until.minusDays(1)), ObligationKind.INCIDENT_NOTICE).getState());
    assertEquals(ObligationState.SUSPENDED, only(m.stateAsOf(until), ObligationKind.INCIDENT_NOTICE).getState());
    ObligationInstance after = only(m.stateAsOf(until.plusDays(1)), ObligationKind.INCIDENT_NOTICE);
    assertEquals(ObligationState.ACTIVE, after.getState());
    assertEquals(Optional.empty(), after.getMovedBy());
    assertEquals(until.plusDays(1), after.getMovedOn());
    // a new pause after the first ran out moves the instance again
    m.append(lawEnforcementDelay("le2", until.plusDays(3), "inc-1", Optional.empty()));
    ContractState s = m.stateAsOf(until.plusDays(4));
    ObligationInstance again = only(s, ObligationKind.INCIDENT_NOTICE);
    assertEquals(ObligationState.SUSPENDED, again.getState());
    assertEquals(Optional.of("le2"), again.getMovedBy());
    assertEquals(until.plusDays(3), again.getMovedOn());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: two time-limited pauses (a law enforcement request, a law's prohibition) end by time only when the later one ends")
  void twoTimedPausesEndWithTheLater() {
    LocalDate requestEnds = D.plusDays(10);
    LocalDate prohibitionEnds = D.plusDays(5);
    ContractMonitor m = ContractMonitor.of(contract()).appendAll(breach("b", D, "inc-1"),
        lawEnforcementDelay("le", D.plusDays(1), "inc-1", Optional.of(requestEnds)),
        LawProhibitsNotice.builder().id("lp").date(D.plusDays(2)).notice(ProhibitedNotice.INCIDENT_NOTICE).reference("inc-1")
            .actor(PartyKind.SEGMENT).until(prohibitionEnds).build());
    // the prohibition ran out, the request did not: still paused
    assertEquals(ObligationState.SUSPENDED, only(m.stateAsOf(prohibitionEnds.plusDays(3)), ObligationKind.INCIDENT_NOTICE).getState());
    assertEquals(ObligationState.SUSPENDED, only(m.stateAsOf(requestEnds), ObligationKind.INCIDENT_NOTICE).getState());
    ObligationInstance after = only(m.stateAsOf(requestEnds.plusDays(5)), ObligationKind.INCIDENT_NOTICE);
    assertEquals(ObligationState.ACTIVE, after.getState());
    assertEquals(requestEnds.plusDays(1), after.getMovedOn());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: ending the investigation resumes notice when the other pause ran out before that day, not on its last day")
  void investigationEndsWithTimedPause() {
    LocalDate until = D.plusDays(5);
    DpaEvent[] base = {breach("b", D, "inc-1"), investigating("iv", D.plusDays(1), "inc-1"),
        lawEnforcementDelay("le", D.plusDays(2), "inc-1", Optional.of(until))};
    ContractState after = ContractMonitor.of(contract()).appendAll(base).append(investigated("ie", until.plusDays(1), "inc-1"))
        .stateAsOf(until.plusDays(1));
    assertEquals(List.of(fx(EffectKind.RESUMED, "7.3@b:inc-1", "7.3")), acct(after, "ie").getEffects());
    assertEquals(MonitorCode.NOTICE_DELAY_ENDED, code(after, "ie"));
    assertEquals(ObligationState.ACTIVE, only(after, ObligationKind.INCIDENT_NOTICE).getState());
    ContractState on = ContractMonitor.of(contract()).appendAll(base).append(investigated("ie", until, "inc-1")).stateAsOf(until);
    assertEquals(MonitorCode.NOTICE_STILL_PAUSED, code(on, "ie"));
    assertEquals(ObligationState.SUSPENDED, only(on, ObligationKind.INCIDENT_NOTICE).getState());
    ContractState prohibited = run(D.plusDays(10), breach("b", D, "inc-1"), investigating("iv", D.plusDays(1), "inc-1"),
        LawProhibitsNotice.builder().id("lp").date(D.plusDays(2)).notice(ProhibitedNotice.INCIDENT_NOTICE).reference("inc-1")
            .actor(PartyKind.SEGMENT).until(until).build(), investigated("ie", until.plusDays(1), "inc-1"));
    assertEquals(MonitorCode.NOTICE_DELAY_ENDED, code(prohibited, "ie"));
    assertEquals(ObligationState.ACTIVE, only(prohibited, ObligationKind.INCIDENT_NOTICE).getState());
    ContractState noInvestigation = run(D.plusDays(3), breach("b", D, "inc-1"),
        lawEnforcementDelay("le", D.plusDays(1), "inc-1", Optional.empty()), investigated("ie", D.plusDays(2), "inc-1"));
    assertTrue(acct(noInvestigation, "ie").isUnmatched());
    assertEquals(MonitorCode.NO_INVESTIGATION_DELAY, code(noInvestigation, "ie"));
  }

  // ------------------------------------------------------------------ 8, A.2.1.2

  @Test
  @Tag("clause-A.2.1.2")
  @DisplayName("A.2.1.2 and 8: routing by Customer answers the Usage Data referral only; routing by Segment the Data Subject request only")
  void routingByActor() {
    DataSubjectRequestReceived usage = DataSubjectRequestReceived.builder().id("u").date(D).requestId("r-1").actor(PartyKind.CUSTOMER)
        .requester(PartyKind.CUSTOMER_REPRESENTATIVE).right(DataSubjectRight.ACCESS)
        .dataCategory(io.github.dpasemantics.model.data.DataCategory.USAGE_DATA).build();
    ContractState s = run(D.plusDays(2), usage,
        DataSubjectRequestRouted.builder().id("sr").date(D.plusDays(1)).requestId("r-1").actor(PartyKind.SEGMENT).build());
    assertEquals(MonitorCode.REQUEST_UNKNOWN, code(s, "sr"));
    ObligationInstance i = only(s, ObligationKind.USAGE_DATA_REQUEST_REFERRAL);
    assertEquals(ObligationState.ACTIVE, i.getState());
    assertEquals(DeadlineRule.withoutDelay(), i.getDeadlineRule());
    ContractState c = run(D.plusDays(2), usage,
        DataSubjectRequestRouted.builder().id("cr").date(D.plusDays(1)).requestId("r-1").actor(PartyKind.CUSTOMER).build());
    assertEquals(MonitorCode.USAGE_DATA_REFERRED, code(c, "cr"));
    assertEquals(List.of(fx(EffectKind.FULFILLED, "A.2.1.2@u:r-1", "A.2.1.2")), acct(c, "cr").getEffects());
    ContractState d = run(D.plusDays(2), subjectRequest("q", D, "r-2"),
        DataSubjectRequestRouted.builder().id("cr").date(D.plusDays(1)).requestId("r-2").actor(PartyKind.CUSTOMER).build());
    assertEquals(MonitorCode.REQUEST_UNKNOWN, code(d, "cr"));
  }

  // ------------------------------------------------------------------ A.2.2

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a Third Party Report older than the look-back does not discharge the written response")
  void oldReport() {
    ContractState s = run(D.plusDays(3),
        ThirdPartyReportIssued.builder().id("r").date(D.minusMonths(14)).reportId("iso").reportKind(ReportKind.ISO_27001).build(),
        audit("a", D, "audit-1"),
        NoMaterialChangeConfirmed.builder().id("c").date(D.plusDays(1)).auditId("audit-1").reportId("iso").build());
    assertTrue(acct(s, "c").isUnmatched());
    assertEquals(MonitorCode.REPORT_NOT_ACCEPTED, code(s, "c"));
    assertEquals(ObligationState.ACTIVE, only(s, ObligationKind.AUDIT_RESPONSE).getState());
    ContractState fresh = run(D.plusDays(3),
        ThirdPartyReportIssued.builder().id("r").date(D.minusMonths(2)).reportId("iso").reportKind(ReportKind.ISO_27001).build(),
        audit("a", D, "audit-1"),
        NoMaterialChangeConfirmed.builder().id("c").date(D.plusDays(1)).auditId("audit-1").reportId("iso").build());
    assertEquals(List.of(fx(EffectKind.DISCHARGED, "A.2.2.2@a:audit-1", "A.2.2.2")), acct(fresh, "c").getEffects());
    assertEquals(MonitorCode.REPORT_ACCEPTED, code(fresh, "c"));
  }

  @Test
  @Tag("clause-A.2.2.3")
  @DisplayName("A.2.2.3: appointing, objecting and replacing an auditor each leave the right effects")
  void auditorEffects() {
    ContractState s = run(D.plusDays(5), AuditorAppointed.builder().id("a").date(D).auditId("audit-1").auditor("big4").build(),
        AuditorObjected.builder().id("o").date(D.plusDays(1)).auditId("audit-1").auditor("big4").reason(AuditorObjectionReason.COMPETITOR).build(),
        AuditorAppointed.builder().id("a2").date(D.plusDays(2)).auditId("audit-1").auditor("small").build());
    assertEquals(List.of(fx(EffectKind.RIGHT_OPENED, "A.2.2.3-auditor@a:big4", "A.2.2.3")), acct(s, "a").getEffects());
    assertEquals(MonitorCode.AUDITOR_APPOINTED, code(s, "a"));
    assertEquals(List.of(fx(EffectKind.RIGHT_EXERCISED, "A.2.2.3-auditor@a:big4", "A.2.2.3"),
        fx(EffectKind.CREATED, "A.2.2.3@o:audit-1", "A.2.2.3")), acct(s, "o").getEffects());
    assertEquals(List.of(fx(EffectKind.FULFILLED, "A.2.2.3@o:audit-1", "A.2.2.3"),
        fx(EffectKind.RIGHT_OPENED, "A.2.2.3-auditor@a2:small", "A.2.2.3")), acct(s, "a2").getEffects());
    assertEquals(MonitorCode.AUDITOR_REPLACED, code(s, "a2"));
    OpenRight r = right(s, RightKind.OBJECT_TO_AUDITOR);
    assertEquals("A.2.2.3-auditor@a2:small", r.getId());
    ContractState third = run(D.plusDays(5), AuditorAppointed.builder().id("a").date(D).auditId("audit-1").auditor("big4").build(),
        AuditorObjected.builder().id("o").date(D.plusDays(1)).auditId("audit-1").auditor("big4").reason(AuditorObjectionReason.COMPETITOR).build(),
        AuditorAppointed.builder().id("a2").date(D.plusDays(2)).auditId("audit-1").auditor("small").build(),
        AuditorAppointed.builder().id("a3").date(D.plusDays(3)).auditId("audit-1").auditor("tiny").build());
    assertEquals(List.of(fx(EffectKind.RIGHT_OPENED, "A.2.2.3-auditor@a3:tiny", "A.2.2.3")), acct(third, "a3").getEffects());
    assertEquals(Optional.of("a2"), only(third, ObligationKind.AUDITOR_REPLACEMENT).getMovedBy());
    assertEquals(Optional.of("a2"), r.getOpenedBy());
    // after the end an appointment creates nothing
    ContractState ended = run(D.plusDays(5), terminated("t", D), AuditorAppointed.builder().id("a").date(D.plusDays(1))
        .auditId("audit-1").auditor("big4").build());
    assertEquals(MonitorCode.ADDENDUM_TERMINATED, code(ended, "a"));
    assertTrue(acct(ended, "a").getEffects().isEmpty());
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: a non-compliance notice is owed promptly, a qualitative deadline with no date")
  void nonCompliancePromptly() {
    ContractState s = run(D.plusDays(1), NonComplianceDiscovered.builder().id("f").date(D).auditId("audit-1").actor(PartyKind.CUSTOMER).build());
    ObligationInstance i = only(s, ObligationKind.NON_COMPLIANCE_NOTICE);
    assertEquals(DeadlineRule.promptly(), i.getDeadlineRule());
    assertTrue(i.isQualitativeDeadline());
    assertEquals(Optional.empty(), i.getDueDate());
    assertEquals(MonitorCode.NON_COMPLIANCE_NOTICE_OWED, code(s, "f"));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: the yearly audit right is open while Annex A applies and the Addendum is in force, not otherwise")
  void auditRight() {
    ContractState s = run(contractExpiring(D.plusDays(10)), D);
    OpenRight r = right(s, RightKind.AUDIT);
    assertEquals(Optional.of(D.plusDays(10)), r.getLapsesAfter());
    assertEquals("A.2.2.2-audit:2024", r.getId());
    assertTrue(run(noAnnexA(), D).getOpenRights().stream().noneMatch(x -> x.getKind() == RightKind.AUDIT));
    assertTrue(run(contractExpiring(D.plusDays(10)), D.plusDays(11)).getOpenRights().stream()
        .noneMatch(x -> x.getKind() == RightKind.AUDIT));
  }

  // ------------------------------------------------------------------ 9, A.4.3.7

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: a request before a scheduled end waits for it; after the end it is due at once; with no end, no due date")
  void deletionRequests() {
    LocalDate x = D.plusDays(30);
    ContractState pending = run(contractExpiring(x), D.plusDays(1), deletionRequested("r", D));
    ObligationInstance p = only(pending, ObligationKind.DELETION);
    assertEquals(ObligationState.CREATED, p.getState());
    assertEquals(Optional.of(x.plusDays(60)), p.getDueDate());
    assertEquals(MonitorCode.DELETION_PENDING, code(pending, "r"));
    ObligationInstance activated = only(ContractMonitor.of(contractExpiring(x)).append(deletionRequested("r", D)).stateAsOf(x),
        ObligationKind.DELETION);
    assertEquals(ObligationState.ACTIVE, activated.getState());
    assertEquals(Optional.empty(), activated.getMovedBy());
    assertEquals(x, activated.getMovedOn());
    ContractState open = run(D.plusDays(1), deletionRequested("r", D));
    ObligationInstance o = only(open, ObligationKind.DELETION);
    assertEquals(ObligationState.CREATED, o.getState());
    assertEquals(Optional.empty(), o.getDueDate());
    ContractState after = run(D.plusDays(2), terminated("t", D), deletionRequested("r", D.plusDays(1)));
    ObligationInstance a = only(after, ObligationKind.DELETION);
    assertEquals(ObligationState.ACTIVE, a.getState());
    assertEquals(Optional.of(D.plusDays(61)), a.getDueDate());
    assertEquals(MonitorCode.DELETION_OWED, code(after, "r"));
    ContractState sameDay = run(D.plusDays(2), terminated("t", D), deletionRequested("r", D));
    assertEquals(MonitorCode.DELETION_OWED, code(sameDay, "r"));
    assertEquals(Optional.of(D.plusDays(60)), only(sameDay, ObligationKind.DELETION).getDueDate());
    assertTrue(after.getWindow(a.getId()).isPresent());
    assertEquals(a.getWindow(), after.getWindow(a.getId()));
    assertTrue(a.getDecision().getWindow().isPresent());
    List<UpcomingDeadline> upcoming = after.getUpcomingDeadlines();
    UpcomingDeadline due = upcoming.stream().filter(u -> u.getKind() == UpcomingDeadline.Kind.OBLIGATION_DUE).findFirst().orElseThrow();
    assertEquals(a.getId(), due.getTargetId());
    assertEquals(ObligationKind.DELETION.getDuty(), due.getWhat());
    assertEquals(D.plusDays(61), due.getDate());
    ContractState ends = run(contract(DpaTerms.segment(), Interpretations.of(Interpretation.DELETION_ENDS_WITH_ADDENDUM)), D.plusDays(2),
        terminated("t", D), deletionRequested("r", D.plusDays(1)));
    assertTrue(acct(ends, "r").isUnmatched());
  }

  @Test
  @Tag("clause-9.2")
  @DisplayName("9.2: retention of all data discharges an open deletion duty, but not one already overdue; partial retention is recorded")
  void retentionOfData() {
    ContractState open = run(D.plusDays(20), terminated("t", D), deletionRequested("r", D.plusDays(1)),
        retention("k", D.plusDays(10), DataScope.ALL));
    assertEquals(List.of(fx(EffectKind.DISCHARGED, "9.1@r", "9.1")), acct(open, "k").getEffects());
    assertEquals(MonitorCode.RETENTION_DISCHARGES, code(open, "k"));
    ContractState overdue = run(D.plusDays(80), terminated("t", D), deletionRequested("r", D.plusDays(1)),
        retention("k", D.plusDays(70), DataScope.ALL));
    assertEquals(List.of(fx(EffectKind.RECORDED, "9.1@r", "9.2")), acct(overdue, "k").getEffects());
    assertEquals(MonitorCode.RETENTION_RECORDED, code(overdue, "k"));
    assertTrue(acct(overdue, "k").getReason().getText().contains("retain all of"), acct(overdue, "k").getReason().getText());
    ObligationInstance v = only(overdue, ObligationKind.DELETION);
    assertEquals(ObligationState.VIOLATED, v.getState());
    assertEquals(D.plusDays(62), v.getMovedOn());
    assertEquals(OptionalLong.of(19), v.getMissedByDays());
    ContractState part = run(D.plusDays(20), terminated("t", D), deletionRequested("r", D.plusDays(1)),
        retention("k", D.plusDays(10), DataScope.PART));
    assertTrue(acct(part, "k").getReason().getText().contains("retain part of"));
    assertEquals(ObligationState.ACTIVE, only(part, ObligationKind.DELETION).getState());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: deleting part is recorded unless the rest is retained; a late deletion is a late performance counting the days")
  void deletionCompletion() {
    DpaEvent partDeleted = DeletionCompleted.builder().id("d").date(D.plusDays(20)).scope(DataScope.PART).build();
    ContractState part = run(D.plusDays(20), terminated("t", D), deletionRequested("r", D.plusDays(1)), partDeleted);
    assertEquals(MonitorCode.DELETION_PARTIAL, code(part, "d"));
    assertEquals(List.of(fx(EffectKind.RECORDED, "9.1@r", "9.1")), acct(part, "d").getEffects());
    ContractState kept = run(D.plusDays(20), terminated("t", D), deletionRequested("r", D.plusDays(1)),
        retention("k", D.plusDays(10), DataScope.PART), partDeleted);
    assertEquals(MonitorCode.DELETION_DONE, code(kept, "d"));
    assertEquals(ObligationState.FULFILLED, only(kept, ObligationKind.DELETION).getState());
    ContractState keptLater = run(D.plusDays(30), terminated("t", D), deletionRequested("r", D.plusDays(1)), partDeleted,
        retention("k", D.plusDays(25), DataScope.PART));
    assertEquals(MonitorCode.DELETION_PARTIAL, code(keptLater, "d"));
    ContractState late = run(D.plusDays(90), terminated("t", D), deletionRequested("r", D.plusDays(1)), deleted("d", D.plusDays(70)));
    assertEquals(List.of(fx(EffectKind.FULFILLED_LATE, "9.1@r", "9.1")), acct(late, "d").getEffects());
    assertEquals(MonitorCode.DELETION_DONE_LATE, code(late, "d"));
    assertTrue(acct(late, "d").getReason().getText().contains(", 9 days after the due date " + D.plusDays(61)),
        acct(late, "d").getReason().getText());
    ObligationInstance i = only(late, ObligationKind.DELETION);
    assertEquals(OptionalLong.of(9), i.getMissedByDays());
    assertTrue(i.toString().contains("missed by 9 days"), i.toString());
    assertTrue(i.toString().contains("due " + D.plusDays(61)), i.toString());
  }

  @Test
  @Tag("clause-A.4.3.7")
  @DisplayName("A.4.3.7: certification may be requested after the end while the deletion duty survives, not where it ends with the Addendum")
  void certificationAfterEnd() {
    ContractState s = run(D.plusDays(5), transfer("x", D, "DE", "US", false), terminated("t", D),
        DeletionCertificationRequested.builder().id("c").date(D.plusDays(1)).build());
    assertEquals(ObligationState.ACTIVE, only(s, ObligationKind.DELETION_CERTIFICATION).getState());
    assertEquals(List.of(fx(EffectKind.CREATED, "A.4.3.7@c", "A.4.3.7")), acct(s, "c").getEffects());
    ContractState ends = run(contract(DpaTerms.segment(), Interpretations.of(Interpretation.DELETION_ENDS_WITH_ADDENDUM)), D.plusDays(5),
        transfer("x", D, "DE", "US", false), terminated("t", D),
        DeletionCertificationRequested.builder().id("c").date(D.plusDays(1)).build());
    assertEquals(MonitorCode.ADDENDUM_TERMINATED, code(ends, "c"));
    assertTrue(ends.getObligations().isEmpty());
    ContractState before = run(contract(DpaTerms.segment(), Interpretations.of(Interpretation.DELETION_ENDS_WITH_ADDENDUM)), D,
        transfer("x", D, "DE", "US", false), DeletionCertificationRequested.builder().id("c").date(D).build());
    assertEquals(MonitorCode.CERTIFICATION_OWED, code(before, "c"));
  }

  @Test
  @Tag("clause-9.2")
  @DisplayName("9.2: after the end, retained data keep the Addendum alive, so new duties still arise; without retention (and under PROTECTION_ENDS_WITH_ADDENDUM) they do not")
  void retainedDataSurvives() {
    ContractState kept = run(D.plusDays(5), terminated("t", D), retention("k", D.plusDays(1), DataScope.PART), breach("b", D.plusDays(2), "inc-1"));
    assertEquals(ObligationState.ACTIVE, only(kept, ObligationKind.INCIDENT_NOTICE).getState());
    ContractState gone = run(contract(DpaTerms.segment(), Interpretations.of(Interpretation.PROTECTION_ENDS_WITH_ADDENDUM)),
        D.plusDays(5), terminated("t", D), breach("b", D.plusDays(2), "inc-1"));
    assertEquals(MonitorCode.ADDENDUM_TERMINATED, code(gone, "b"));
    assertTrue(gone.getObligations().isEmpty());
  }

  // ------------------------------------------------------------------ order, values

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an objection window is listed while open, not once exercised, and not after the Agreement ended")
  void rightsListedWhileOpen() {
    ContractMonitor m = ContractMonitor.of(contract()).appendAll(engaged("e", D, SUB), notice("n", D, SUB), terminated("t", D.plusDays(2)));
    assertEquals(Optional.of(D.plusDays(2)), right(m.stateAsOf(D.plusDays(2)), RightKind.OBJECT_TO_SUBPROCESSOR).getLapsesAfter());
    assertTrue(m.stateAsOf(D.plusDays(3)).getOpenRights().stream().noneMatch(r -> r.getKind() == RightKind.OBJECT_TO_SUBPROCESSOR));
    ContractState exercised = run(D.plusDays(2), engaged("e", D, SUB), notice("n", D, SUB), objection("o", D.plusDays(1), SUB));
    assertTrue(exercised.getOpenRights().stream().noneMatch(r -> r.getKind() == RightKind.OBJECT_TO_SUBPROCESSOR));
  }

  @Test
  @DisplayName("upcoming deadlines are sorted by date, then clause, then id, whatever the order of the events")
  void upcomingOrder() {
    ContractState s = run(contractExpiring(D.plusDays(40)), D.plusDays(2), deletionRequested("r", D.plusDays(1)),
        engaged("e", D, SUB), notice("n", D.plusDays(1), SUB));
    List<UpcomingDeadline> u = s.getUpcomingDeadlines();
    assertTrue(u.size() >= 3, u::toString);
    for (int k = 1; k < u.size(); k++) {
      assertTrue(UpcomingDeadline.ORDER.compare(u.get(k - 1), u.get(k)) <= 0, u::toString);
    }
    assertEquals(RightKind.OBJECT_TO_SUBPROCESSOR.getClause(), u.get(0).getClause());
    assertEquals(UpcomingDeadline.Kind.RIGHT_LAPSES, u.get(0).getKind());
    assertEquals("6.3-objection@n:" + SUB, u.get(0).getTargetId());
    assertEquals(RightKind.OBJECT_TO_SUBPROCESSOR.getPower(), u.get(0).getWhat());
    assertEquals(D.plusDays(100), u.get(u.size() - 1).getDate());
  }

  @Test
  @DisplayName("states, accounts, effects, instances, rights and deadlines are equal exactly when their contents are")
  void valueEquality() {
    DpaEvent[] events = {engaged("e", D, SUB), notice("n", D.plusDays(1), SUB), deletionRequested("r", D)};
    ContractState a = run(D.plusDays(3), events);
    ContractState b = run(D.plusDays(3), events);
    ContractState c = run(D.plusDays(4), events);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertNotEquals(a.hashCode(), c.hashCode());
    assertNotEquals(a, "a");
    assertEquals(acct(a, "n"), acct(b, "n"));
    assertEquals(acct(a, "n").hashCode(), acct(b, "n").hashCode());
    assertNotEquals(acct(a, "n"), acct(a, "e"));
    assertNotEquals(acct(a, "n").hashCode(), acct(a, "e").hashCode());
    assertNotEquals(acct(a, "n"), "n");
    assertTrue(acct(a, "n").toString().contains("RIGHT_OPENED"), acct(a, "n").toString());
    ContractState un = run(D, notice("x", D, "nobody"));
    assertTrue(acct(un, "x").toString().contains("UNMATCHED"), acct(un, "x").toString());
    Effect f = fx(EffectKind.CREATED, "x", "6.3");
    assertEquals(f, fx(EffectKind.CREATED, "x", "6.3"));
    assertEquals(f.hashCode(), fx(EffectKind.CREATED, "x", "6.3").hashCode());
    assertNotEquals(f, fx(EffectKind.FULFILLED, "x", "6.3"));
    assertNotEquals(f, fx(EffectKind.CREATED, "y", "6.3"));
    assertNotEquals(f, fx(EffectKind.CREATED, "x", "7.3"));
    assertNotEquals(f.hashCode(), fx(EffectKind.FULFILLED, "y", "7.3").hashCode());
    assertNotEquals(f, "x");
    assertEquals("x", f.getTargetId());
    ObligationInstance i = only(a, ObligationKind.DELETION);
    ObligationInstance j = only(c, ObligationKind.DELETION);
    assertEquals(i, only(b, ObligationKind.DELETION));
    assertEquals(i.hashCode(), only(b, ObligationKind.DELETION).hashCode());
    ObligationInstance n = only(a, ObligationKind.SUBPROCESSOR_NOTICE);
    assertNotEquals(i, n);
    assertNotEquals(i.hashCode(), n.hashCode());
    assertFalse(n.isOpen());
    assertTrue(n.toString().contains(", by n"), n.toString());
    assertFalse(n.toString().contains("missed"), n.toString());
    assertTrue(j.toString().startsWith("9.1@r["), j.toString());
    OpenRight r1 = right(a, RightKind.OBJECT_TO_SUBPROCESSOR);
    OpenRight r2 = right(b, RightKind.OBJECT_TO_SUBPROCESSOR);
    OpenRight audit = right(a, RightKind.AUDIT);
    assertEquals(r1, r2);
    assertEquals(r1.hashCode(), r2.hashCode());
    assertNotEquals(r1, audit);
    assertNotEquals(r1.hashCode(), audit.hashCode());
    assertNotEquals(r1, "r");
    UpcomingDeadline u1 = a.getUpcomingDeadlines().get(0);
    assertEquals(u1, b.getUpcomingDeadlines().get(0));
    assertEquals(u1.hashCode(), b.getUpcomingDeadlines().get(0).hashCode());
    UpcomingDeadline last = a.getUpcomingDeadlines().get(a.getUpcomingDeadlines().size() - 1);
    assertNotEquals(u1, last);
    assertNotEquals(u1.hashCode(), last.hashCode());
    assertNotEquals(u1, "u");
  }

  @Test
  @DisplayName("the timeline is kept in timeline order whatever the order a batch arrives in")
  void timelineOrder() {
    DpaEvent late = notice("n", D.plusDays(3), SUB);
    DpaEvent early = engaged("e", D, SUB);
    DpaEvent middle = breach("b", D.plusDays(1), "inc-1");
    ContractMonitor m = ContractMonitor.of(contract()).appendAll(late, early, middle);
    assertEquals(List.of(early, middle, late), m.getTimeline());
    ContractMonitor one = ContractMonitor.of(contract()).append(late).append(early);
    assertEquals(List.of(early, late), one.getTimeline());
    DpaEvent sameDay = breach("b2", D, "inc-2");
    List<DpaEvent> expected = new java.util.ArrayList<>(List.of(sameDay, early));
    expected.sort(DpaEvent.TIMELINE_ORDER);
    assertEquals(expected, ContractMonitor.of(contract()).append(sameDay).append(early).getTimeline());
    assertEquals(expected, ContractMonitor.of(contract()).append(early).append(sameDay).getTimeline());
  }
}
