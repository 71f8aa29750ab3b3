package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.AuditReportGenerated;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * A.2.2.4: "Customer will promptly notify Segment of any non-compliance discovered during the
 * course of an audit and provide Segment any audit reports generated in connection with any audit
 * ..., unless prohibited by EU Data Protection Law or otherwise instructed by a supervisory
 * authority." A supervisory authority's instruction pauses both duties, cites A.2.2.4 (never
 * 7.3), and when it ends the notice is owed again.
 */
class MonitorSupervisoryInstructionTest {
  private static final LocalDate REQUESTED = LocalDate.of(2025, 9, 15);
  private static final LocalDate FOUND = LocalDate.of(2025, 10, 1);
  private static final LocalDate INSTRUCTION_ENDS = LocalDate.of(2025, 11, 30);
  private static final ClauseId INCIDENT_CLAUSE = ClauseId.parse("7.3");

  private static ContractState state(LocalDate asOf, DpaEvent... events) {
    return ContractMonitor.of(contract()).appendAll(events).stateAsOf(asOf);
  }

  private static ObligationInstance only(ContractState s, ObligationKind kind) {
    List<ObligationInstance> all = s.getObligations(kind);
    assertEquals(1, all.size(), s::toString);
    return all.get(0);
  }

  private static AuditReportGenerated report(String id, LocalDate date) {
    return AuditReportGenerated.builder().id(id).date(date).actor(PartyKind.AUDITOR).auditId("audit-2025")
        .reportId("audit-report-1").build();
  }

  /** Every reason the state gives, in its accounts and its instances' decisions. */
  private static Stream<Reason> reasons(ContractState s) {
    return Stream.concat(s.getAccounts().stream().map(EventAccount::getReason),
        s.getObligations().stream().flatMap(i -> i.getDecision().getReasons().stream()));
  }

  private static void citesNo73(ContractState s) {
    reasons(s).forEach(r -> assertNotEquals(INCIDENT_CLAUSE, r.getClause(), r::getText));
    s.getObligations().forEach(i -> assertFalse(i.getDecision().getClauses().contains(INCIDENT_CLAUSE),
        () -> i.getDecision().explain()));
  }

  private static List<DpaEvent> instructed(DpaEvent... more) {
    List<DpaEvent> events = new ArrayList<>(List.of(audit("audit-request", REQUESTED, "audit-2025"),
        nonCompliance("finding", FOUND, "audit-2025"),
        findingsProhibited("instruction", FOUND, "audit-2025", Optional.of(INSTRUCTION_ENDS))));
    events.addAll(List.of(more));
    return events;
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: an instruction on the day of discovery suspends the notice, explained under A.2.2.4, never 7.3")
  void instructionSuspends() {
    ContractState s = state(LocalDate.of(2025, 10, 15), instructed().toArray(DpaEvent[]::new));
    assertEquals(ObligationState.SUSPENDED, only(s, ObligationKind.NON_COMPLIANCE_NOTICE).getState());
    assertEquals("A.2.2.4", s.getAccount("instruction").orElseThrow().getReason().getClause().toString());
    citesNo73(s);
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: when the instruction ends (30 November) the notice is owed again: ACTIVE, PENDING on 5 December")
  void owedAgainWhenInstructionEnds() {
    ContractState s = state(LocalDate.of(2025, 12, 5), instructed().toArray(DpaEvent[]::new));
    ObligationInstance i = only(s, ObligationKind.NON_COMPLIANCE_NOTICE);
    assertEquals(ObligationState.ACTIVE, i.getState());
    assertEquals(Optional.of(Timeliness.PENDING), i.getTimeliness());
    citesNo73(s);
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: a notice given on the instruction's last day is FULFILLED with the delay excused")
  void noticeAtTheEndIsExcused() {
    ContractState s = state(LocalDate.of(2025, 12, 5),
        instructed(nonComplianceNotified("notified", INSTRUCTION_ENDS, "audit-2025")).toArray(DpaEvent[]::new));
    ObligationInstance i = only(s, ObligationKind.NON_COMPLIANCE_NOTICE);
    assertEquals(ObligationState.FULFILLED, i.getState());
    assertEquals(Optional.of(Timeliness.DELAY_EXCUSED), i.getTimeliness());
    citesNo73(s);
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: an instruction about the audit's findings also withholds its report (the proviso follows the whole sentence)")
  void reportWithheld() {
    LocalDate generated = LocalDate.of(2025, 10, 10);
    ContractState sameDay = state(LocalDate.of(2025, 10, 15), audit("audit-request", REQUESTED, "audit-2025"),
        report("report", generated), findingsProhibited("instruction", generated, "audit-2025", Optional.empty()));
    assertEquals(ObligationState.SUSPENDED, only(sameDay, ObligationKind.AUDIT_REPORT_SHARING).getState());
    citesNo73(sameDay);
    ContractState earlier = state(LocalDate.of(2025, 10, 15), audit("audit-request", REQUESTED, "audit-2025"),
        findingsProhibited("instruction", generated.minusDays(3), "audit-2025", Optional.empty()), report("report", generated));
    assertEquals(ObligationState.SUSPENDED, only(earlier, ObligationKind.AUDIT_REPORT_SHARING).getState());
    citesNo73(earlier);
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4 property: while an instruction runs the notice is SUSPENDED; a later notice is excused iff given by the day after it ends")
  void instructionExcusesExactlyItsDays() {
    qt().withExamples(150).forAll(SourceDSL.integers().between(0, 60), SourceDSL.integers().between(0, 90))
        .checkAssert((length, noticeAfter) -> {
          LocalDate until = FOUND.plusDays(length);
          LocalDate noticed = FOUND.plusDays(noticeAfter);
          List<DpaEvent> events = List.of(audit("audit-request", REQUESTED, "audit-2025"),
              nonCompliance("finding", FOUND, "audit-2025"),
              findingsProhibited("instruction", FOUND, "audit-2025", Optional.of(until)),
              nonComplianceNotified("notified", noticed, "audit-2025"));
          ContractState before = state(noticed.minusDays(1), events.toArray(DpaEvent[]::new));
          if (noticeAfter > 0) {
            assertEquals(noticed.minusDays(1).isAfter(until) ? ObligationState.ACTIVE : ObligationState.SUSPENDED,
                only(before, ObligationKind.NON_COMPLIANCE_NOTICE).getState());
          }
          ObligationInstance done = only(state(noticed.plusDays(1), events.toArray(DpaEvent[]::new)),
              ObligationKind.NON_COMPLIANCE_NOTICE);
          assertEquals(ObligationState.FULFILLED, done.getState());
          Timeliness expected = noticeAfter == 0 ? Timeliness.ON_TIME
              : noticed.isAfter(until.plusDays(1)) ? Timeliness.DELAY_NOT_EXCUSED : Timeliness.DELAY_EXCUSED;
          assertEquals(Optional.of(expected), done.getTimeliness(), done::toString);
          citesNo73(state(noticed.plusDays(1), events.toArray(DpaEvent[]::new)));
        });
  }
}
