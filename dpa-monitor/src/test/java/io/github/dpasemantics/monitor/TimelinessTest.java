package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.WhoseData;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.policy.Security;
import io.github.dpasemantics.policy.fact.LegalProhibition;
import io.github.dpasemantics.policy.fact.NoticeHold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Qualitative and dated deadlines judged ({@link Timeliness}), never a plain "met". */
class TimelinessTest {
  private static final LocalDate D = LocalDate.of(2024, 6, 3);

  private static ObligationInstance only(ContractState s, ObligationKind kind) {
    List<ObligationInstance> all = s.getObligations(kind);
    assertEquals(1, all.size(), () -> kind + " in " + s);
    return all.get(0);
  }

  private static ObligationInstance incident(LocalDate asOf, DpaEvent... events) {
    return only(ContractMonitor.of(contract()).appendAll(events).stateAsOf(asOf), ObligationKind.INCIDENT_NOTICE);
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a confirmed Security Incident notified six months later with no excuse on record: DELAY_NOT_EXCUSED, as Security.noticeDelay says")
  void sixMonthsLateWithoutExcuse() {
    LocalDate notice = D.plusMonths(6);
    ObligationInstance i = incident(notice, breach("c", D, "inc-1"), notified("n", notice, "inc-1"));
    assertEquals(ObligationState.FULFILLED, i.getState());
    assertEquals(Optional.of(Timeliness.DELAY_NOT_EXCUSED), i.getTimeliness());
    assertEquals(OptionalLong.of(java.time.temporal.ChronoUnit.DAYS.between(D, notice)), i.getTimelinessDays());
    assertEquals(Security.NoticeDelay.DELAY_NOT_EXCUSED, Security.noticeDelay(NoticeHold.HELD_BACK, Set.of(), LegalProhibition.NOT_PROHIBITED).getOutcome());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: notified the day the incident is confirmed: ON_TIME")
  void sameDay() {
    ObligationInstance i = incident(D, breach("c", D, "inc-1"), notified("n", D, "inc-1"));
    assertEquals(Optional.of(Timeliness.ON_TIME), i.getTimeliness());
    assertEquals(OptionalLong.of(0), i.getTimelinessDays());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: delayed only while Segment investigates (started the day of confirmation, ended the day of notice): DELAY_EXCUSED")
  void investigationCoversTheDelay() {
    ObligationInstance i = incident(D.plusDays(9), breach("c", D, "inc-1"), investigating("i", D, "inc-1"),
        investigated("j", D.plusDays(9), "inc-1"), notified("n", D.plusDays(9), "inc-1"));
    assertEquals(ObligationState.FULFILLED, i.getState());
    assertEquals(Optional.of(Timeliness.DELAY_EXCUSED), i.getTimeliness());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: an investigation that ended three days before the notice leaves three unexcused days: DELAY_NOT_EXCUSED")
  void investigationEndedEarlier() {
    ObligationInstance i = incident(D.plusDays(12), breach("c", D, "inc-1"), investigating("i", D, "inc-1"),
        investigated("j", D.plusDays(9), "inc-1"), notified("n", D.plusDays(12), "inc-1"));
    assertEquals(Optional.of(Timeliness.DELAY_NOT_EXCUSED), i.getTimeliness());
    assertEquals(OptionalLong.of(3), i.getTimelinessDays());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: not yet notified 40 days after confirmation: ACTIVE, PENDING for 40 days")
  void pending() {
    ObligationInstance i = incident(D.plusDays(40), breach("c", D, "inc-1"));
    assertEquals(ObligationState.ACTIVE, i.getState());
    assertEquals(Optional.of(Timeliness.PENDING), i.getTimeliness());
    assertEquals(OptionalLong.of(40), i.getTimelinessDays());
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: non-compliance notified 30 days after discovery is not simply met: DELAY_NOT_EXCUSED ('promptly')")
  void promptlyJudged() {
    ObligationInstance i = only(ContractMonitor.of(contract()).appendAll(nonCompliance("f", D, "audit-1"),
        nonComplianceNotified("n", D.plusDays(30), "audit-1"))
        .stateAsOf(D.plusDays(30)), ObligationKind.NON_COMPLIANCE_NOTICE);
    assertEquals(ObligationState.FULFILLED, i.getState());
    assertEquals(Optional.of(Timeliness.DELAY_NOT_EXCUSED), i.getTimeliness());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: deletion on the 60th day is ON_TIME; on the 61st it is LATE by one day")
  void datedDeadline() {
    ObligationInstance onTime = only(ContractMonitor.of(contract()).appendAll(terminated("t", D), deletionRequested("r", D),
        deleted("d", D.plusDays(60))).stateAsOf(D.plusDays(70)), ObligationKind.DELETION);
    assertEquals(Optional.of(Timeliness.ON_TIME), onTime.getTimeliness());
    ObligationInstance late = only(ContractMonitor.of(contract()).appendAll(terminated("t", D), deletionRequested("r", D),
        deleted("d", D.plusDays(61))).stateAsOf(D.plusDays(70)), ObligationKind.DELETION);
    assertEquals(ObligationState.VIOLATED, late.getState());
    assertEquals(Optional.of(Timeliness.LATE), late.getTimeliness());
    assertEquals(OptionalLong.of(1), late.getTimelinessDays());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3 property: a notice later by any number of days with no excuse is never ON_TIME, and unexcused days = the delay")
  void anyUnexcusedDelayIsReported() {
    qt().withExamples(80).forAll(SourceDSL.integers().between(0, 800)).checkAssert(days -> {
      ObligationInstance i = incident(D.plusDays(days), breach("c", D, "inc-1"), notified("n", D.plusDays(days), "inc-1"));
      assertEquals(ObligationState.FULFILLED, i.getState());
      assertEquals(Optional.of(days == 0 ? Timeliness.ON_TIME : Timeliness.DELAY_NOT_EXCUSED), i.getTimeliness());
      assertEquals(OptionalLong.of(days), i.getTimelinessDays());
    });
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3 property: an investigation running from confirmation to notice excuses any delay; ending it k days early leaves k unexcused days")
  void investigationExcusesExactlyItsDays() {
    qt().withExamples(80).forAll(SourceDSL.integers().between(1, 300), SourceDSL.integers().between(0, 20)).checkAssert((days, early) -> {
      int end = Math.max(0, days - early);
      List<DpaEvent> events = new ArrayList<>(List.of(breach("c", D, "inc-1"), investigating("i", D, "inc-1"),
          investigated("j", D.plusDays(end), "inc-1"), notified("n", D.plusDays(days), "inc-1")));
      ObligationInstance i = incident(D.plusDays(days), events.toArray(DpaEvent[]::new));
      long unexcused = days - end;
      assertEquals(Optional.of(unexcused == 0 ? Timeliness.DELAY_EXCUSED : Timeliness.DELAY_NOT_EXCUSED), i.getTimeliness());
      assertEquals(OptionalLong.of(unexcused), i.getTimelinessDays());
    });
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a delay law enforcement asked for, up to the day of notice, is not undue: DELAY_EXCUSED with no unexcused day")
  void lawEnforcementDelayExcuses() {
    ObligationInstance i = incident(D.plusDays(20), breach("c", D, "inc-1"),
        lawEnforcementDelay("l", D, "inc-1", Optional.of(D.plusDays(20))), notified("n", D.plusDays(20), "inc-1"));
    assertEquals(ObligationState.FULFILLED, i.getState());
    assertEquals(Optional.of(Timeliness.DELAY_EXCUSED), i.getTimeliness());
    assertEquals(OptionalLong.of(0), i.getTimelinessDays());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: while the law prohibits notice no notice is owed; notice the day the prohibition ends is DELAY_EXCUSED")
  void prohibitionExcuses() {
    ObligationInstance i = incident(D.plusDays(15), breach("c", D, "inc-1"),
        prohibited("p", D, "inc-1", Optional.of(D.plusDays(15))), notified("n", D.plusDays(15), "inc-1"));
    assertEquals(ObligationState.FULFILLED, i.getState());
    assertEquals(Optional.of(Timeliness.DELAY_EXCUSED), i.getTimeliness());
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: non-compliance notified the day it is discovered is ON_TIME ('promptly'), with no day of delay")
  void promptlySameDay() {
    ObligationInstance i = only(ContractMonitor.of(contract()).appendAll(nonCompliance("f", D, "audit-1"),
        nonComplianceNotified("n", D, "audit-1")).stateAsOf(D.plusDays(3)), ObligationKind.NON_COMPLIANCE_NOTICE);
    assertEquals(ObligationState.FULFILLED, i.getState());
    assertEquals(Optional.of(Timeliness.ON_TIME), i.getTimeliness());
    assertEquals(OptionalLong.of(0), i.getTimelinessDays());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("4, 7.3: a breach of someone else's data opens no 7.3 duty to this Customer; other data of this Customer only under the wide reading")
  void whoseData() {
    ContractState other = ContractMonitor.of(contract())
        .appendAll(breach("c", D, "inc-1").withWhoseData(WhoseData.SOMEONE_ELSES_DATA)).stateAsOf(D.plusDays(5));
    assertEquals(List.of(), other.getObligations(ObligationKind.INCIDENT_NOTICE));
    assertTrue(other.getAccounts().get(0).isUnmatched(), other::toString);
    assertEquals(ClauseId.parse("4"), other.getAccounts().get(0).getReason().getClause());
    ContractState staff = ContractMonitor.of(contract())
        .appendAll(breach("c", D, "inc-1").withWhoseData(WhoseData.OTHER_DATA_OF_THIS_CUSTOMER)).stateAsOf(D.plusDays(5));
    assertEquals(List.of(), staff.getObligations(ObligationKind.INCIDENT_NOTICE));
    ContractState wide = ContractMonitor.of(contract(DpaTerms.segment(),
            Interpretations.of(Interpretation.INCIDENT_NOTICE_FOR_ANY_DATA_OF_CUSTOMER)))
        .appendAll(breach("c", D, "inc-1").withWhoseData(WhoseData.OTHER_DATA_OF_THIS_CUSTOMER)).stateAsOf(D.plusDays(5));
    assertEquals(ObligationState.ACTIVE, only(wide, ObligationKind.INCIDENT_NOTICE).getState());
    assertEquals(ObligationState.ACTIVE, incident(D.plusDays(5), breach("c", D, "inc-1")).getState());
  }
}
