package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;

import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.LawProhibitsNotice;
import io.github.dpasemantics.model.event.LawRequiresOtherProcessing;
import io.github.dpasemantics.model.event.ProhibitedNotice;
import io.github.dpasemantics.model.party.PartyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A prohibition of notice (7.3, A.1.4, A.2.2.4) that sorts before the event creating its duty
 * (same day, lower rank, or an earlier day) is held and applies when the duty arises.
 */
class MonitorProhibitionTest {
  private static final LocalDate D = LocalDate.of(2024, 6, 3);

  private static ObligationInstance only(ContractState s, ObligationKind kind) {
    List<ObligationInstance> all = s.getObligations(kind);
    assertEquals(1, all.size(), () -> kind + " in " + s);
    return all.get(0);
  }

  private static EventAccount acct(ContractState s, String id) {
    return s.getAccount(id).orElseThrow(() -> new AssertionError("no account of " + id + " in " + s));
  }

  private static ContractState state(LocalDate asOf, DpaEvent... events) {
    return ContractMonitor.of(contract()).appendAll(events).stateAsOf(asOf);
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: a prohibition dated the day non-compliance is discovered suspends the notice, though it sorts first")
  void sameDayProhibitionSuspendsNonComplianceNotice() {
    ContractState s = state(D.plusDays(30), nonCompliance("f", D, "audit-1"), findingsProhibited("x", D, "audit-1", Optional.empty()));
    ObligationInstance i = only(s, ObligationKind.NON_COMPLIANCE_NOTICE);
    assertEquals(ObligationState.SUSPENDED, i.getState());
    assertEquals(Optional.of("x"), i.getMovedBy());
    assertEquals(D, i.getMovedOn());
    // citations by construction: the pause of an A.2.2.4 notice cites A.2.2.4, never 7.3
    assertEquals(MonitorCode.NOTICE_DELAY.name(), i.getDecision().getReasons().get(0).getCode().name());
    assertEquals("A.2.2.4", i.getDecision().getReasons().get(0).getClause().toString());
    assertFalse(i.getDecision().getClauses().contains(io.github.dpasemantics.model.clause.ClauseId.parse("7.3")),
        () -> i.getDecision().explain());
    EventAccount held = acct(s, "x");
    assertFalse(held.isUnmatched());
    assertEquals(MonitorCode.NOTICE_PROHIBITION_HELD.name(), held.getReason().getCode().name());
    assertEquals("A.2.2.4", held.getReason().getClause().toString());
    assertEquals(List.of(EffectKind.RECORDED), held.getEffects().stream().map(Effect::getKind).toList());
    assertEquals("prohibition:audit-1", held.getEffects().get(0).getTargetId());
    EventAccount found = acct(s, "f");
    assertEquals(List.of(EffectKind.CREATED, EffectKind.SUSPENDED), found.getEffects().stream().map(Effect::getKind).toList());
    assertEquals(List.of(i.getId(), i.getId()), found.getEffects().stream().map(Effect::getTargetId).toList());
    assertEquals(MonitorCode.NON_COMPLIANCE_NOTICE_OWED, found.getReason().getCode());
    assertTrue(held.getReason().getText().contains("held until the duty arises"), held.getReason().getText());
    assertTrue(held.getReason().getText().contains("with no end date"), held.getReason().getText());
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: a held prohibition's end date applies: the notice is owed again the day after it")
  void heldProhibitionEndsOnItsDate() {
    ContractMonitor m = ContractMonitor.of(contract()).appendAll(findingsProhibited("x", D, "audit-1", Optional.of(D.plusDays(4))),
        nonCompliance("f", D.plusDays(2), "audit-1"));
    assertEquals(ObligationState.SUSPENDED, only(m.stateAsOf(D.plusDays(4)), ObligationKind.NON_COMPLIANCE_NOTICE).getState());
    String held = m.stateAsOf(D.plusDays(4)).getAccount("x").orElseThrow().getReason().getText();
    assertTrue(held.contains("from " + D + ", until " + D.plusDays(4) + ";"), held);
    ObligationInstance resumed = only(m.stateAsOf(D.plusDays(5)), ObligationKind.NON_COMPLIANCE_NOTICE);
    assertEquals(ObligationState.ACTIVE, resumed.getState());
    assertEquals(D.plusDays(5), resumed.getMovedOn());
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: a prohibition that ended before the discovery excuses nothing: the day before, on and after its end")
  void prohibitionEndedBeforeDiscovery() {
    LocalDate found = D.plusDays(3);
    ContractState before = state(found, findingsProhibited("x", D, "audit-1", Optional.of(found.minusDays(1))),
        nonCompliance("f", found, "audit-1"));
    assertEquals(ObligationState.ACTIVE, only(before, ObligationKind.NON_COMPLIANCE_NOTICE).getState());
    assertEquals(List.of(EffectKind.CREATED), acct(before, "f").getEffects().stream().map(Effect::getKind).toList());
    ContractState on = state(found, findingsProhibited("x", D, "audit-1", Optional.of(found)), nonCompliance("f", found, "audit-1"));
    assertEquals(ObligationState.SUSPENDED, only(on, ObligationKind.NON_COMPLIANCE_NOTICE).getState());
    ContractState after = state(found, findingsProhibited("x", D, "audit-1", Optional.of(found.plusDays(1))),
        nonCompliance("f", found, "audit-1"));
    assertEquals(ObligationState.SUSPENDED, only(after, ObligationKind.NON_COMPLIANCE_NOTICE).getState());
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: a held instruction applies to its own audit only, and to each of its findings while it runs")
  void heldProhibitionMatchesKindAndReference() {
    ContractState other = state(D.plusDays(1), findingsProhibited("x", D, "audit-1", Optional.empty()),
        nonCompliance("f", D, "audit-2"));
    assertEquals(ObligationState.ACTIVE, only(other, ObligationKind.NON_COMPLIANCE_NOTICE).getState());
    ContractState twice = state(D.plusDays(9), findingsProhibited("x", D, "audit-1", Optional.empty()),
        nonCompliance("f", D, "audit-1"), nonCompliance("g", D.plusDays(5), "audit-1"));
    List<ObligationInstance> all = twice.getObligations(ObligationKind.NON_COMPLIANCE_NOTICE);
    // "unless ... otherwise instructed by a supervisory authority": the instruction about the audit's findings covers them all
    assertEquals(List.of(ObligationState.SUSPENDED, ObligationState.SUSPENDED), all.stream().map(ObligationInstance::getState).toList());
    // an incident prohibition does not excuse an A.1.4 notice of the same reference
    ContractState kind = state(D.plusDays(1), LawProhibitsNotice.builder().id("x").date(D).notice(ProhibitedNotice.INCIDENT_NOTICE)
        .reference("req-1").actor(PartyKind.SEGMENT).build(),
        LawRequiresOtherProcessing.builder().id("l").date(D.plusDays(1)).requirementId("req-1").build());
    assertEquals(ObligationState.ACTIVE, only(kind, ObligationKind.LEGAL_REQUIREMENT_NOTICE).getState());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a prohibition received before the incident is confirmed suspends its notice from the confirmation")
  void prohibitionBeforeIncident() {
    ContractState s = state(D.plusDays(20), prohibited("x", D, "inc-1", Optional.of(D.plusDays(10))), breach("b", D.plusDays(2), "inc-1"));
    ObligationInstance i = only(s, ObligationKind.INCIDENT_NOTICE);
    assertEquals(ObligationState.ACTIVE, i.getState());
    assertEquals(D.plusDays(11), i.getMovedOn());
    ContractState during = state(D.plusDays(10), prohibited("x", D, "inc-1", Optional.of(D.plusDays(10))),
        breach("b", D.plusDays(2), "inc-1"));
    assertEquals(ObligationState.SUSPENDED, only(during, ObligationKind.INCIDENT_NOTICE).getState());
    // notice given anyway fulfils it
    ContractState told = state(D.plusDays(20), prohibited("x", D, "inc-1", Optional.empty()), breach("b", D.plusDays(2), "inc-1"),
        notified("n", D.plusDays(3), "inc-1"));
    assertEquals(ObligationState.FULFILLED, only(told, ObligationKind.INCIDENT_NOTICE).getState());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a prohibition of notice of an incident already notified changes nothing")
  void prohibitionAfterNoticeIsUnmatched() {
    ContractState s = state(D.plusDays(5), breach("b", D, "inc-1"), notified("n", D.plusDays(1), "inc-1"),
        prohibited("x", D.plusDays(2), "inc-1", Optional.empty()));
    assertTrue(acct(s, "x").isUnmatched());
    assertEquals(MonitorCode.ALREADY_FINISHED.name(), acct(s, "x").getReason().getCode().name());
  }
}
