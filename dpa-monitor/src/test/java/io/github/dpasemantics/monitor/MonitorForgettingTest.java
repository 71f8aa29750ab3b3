package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;

import io.github.dpasemantics.model.event.DataSubjectRequestRouted;
import io.github.dpasemantics.model.event.GoodFaithDiscussionResolved;
import io.github.dpasemantics.model.party.PartyKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Streaming monitors that forget closed matters after a period: bounded memory, and what a late event then hears. */
class MonitorForgettingTest {
  private static final LocalDate D = LocalDate.of(2024, 6, 3);

  private final List<EventAccount> accounts = new ArrayList<>();
  private final List<ObligationInstance> closed = new ArrayList<>();

  private ContractMonitor forgettingAfter(int days) {
    return ContractMonitor.streaming(contract(), MonitorSink.of(accounts::add, closed::add), Period.ofDays(days));
  }

  private EventAccount last() {
    return accounts.get(accounts.size() - 1);
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a notified incident is remembered for the whole period after the day it closed, and forgotten the day after")
  void forgottenTheDayAfterThePeriod() {
    ContractMonitor m = forgettingAfter(30).append(breach("b", D, "inc-1")).append(notified("n", D.plusDays(2), "inc-1"));
    assertEquals(1, closed.size());
    m.append(notified("n2", D.plusDays(32), "inc-1"));
    assertTrue(last().isUnmatched());
    assertEquals(MonitorCode.ALREADY_FINISHED.name(), last().getReason().getCode().name(), last()::toString);
    m.append(notified("n3", D.plusDays(33), "inc-1"));
    assertTrue(last().isUnmatched());
    assertEquals(MonitorCode.INCIDENT_UNKNOWN, last().getReason().getCode(), last()::toString);
    assertEquals(0, m.rememberedMatters());
    assertEquals(4, accounts.size());
    assertEquals(List.of(), m.stateAsOf(D.plusDays(33)).getObligations());
  }

  @Test
  @DisplayName("memory follows the open matters and those closed within the period, not the history: 500 incidents, at most 6 remembered")
  void memoryStaysBounded() {
    ContractMonitor forgetting = forgettingAfter(30);
    ContractMonitor remembering = ContractMonitor.streaming(contract(), MonitorSink.of(a -> { }, i -> { }));
    int most = 0;
    for (int k = 0; k < 500; k++) {
      LocalDate d = D.plusWeeks(k);
      for (ContractMonitor m : List.of(forgetting, remembering)) {
        m.append(breach("b" + k, d, "inc-" + k)).append(notified("n" + k, d.plusDays(2), "inc-" + k));
      }
      most = Math.max(most, forgetting.rememberedMatters());
    }
    // a week apart, each closed two days after it opened: within 30 days at most 5 closed, plus the one just opened
    assertTrue(most <= 6, "remembered " + most);
    assertEquals(500, remembering.rememberedMatters());
    assertEquals(500, closed.size());
    assertEquals(1000, accounts.size());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: once a Subprocessor's notice is closed and its objection window lapsed, its record goes with the period; a later objection is then one without notice")
  void subprocessorRecordForgotten() {
    ContractMonitor m = forgettingAfter(10)
        .append(engaged("e", D, "sp"))
        .append(agreementSigned("a", D, "sp")) // 6.1.1, owed since the engagement, closes at once
        .append(notice("n", D.plusDays(1), "sp"))
        .append(firstProcessing("p", D.plusDays(45), "sp"));
    assertEquals(2, closed.size(), closed::toString);
    assertEquals(ObligationKind.SUBPROCESSOR_AGREEMENT, closed.get(0).getKind());
    assertEquals(ObligationState.FULFILLED, closed.get(1).getState());
    m.append(objection("o1", D.plusDays(55), "sp"));
    assertEquals(MonitorCode.OBJECTION_LATE, last().getReason().getCode(), last()::toString);
    m.append(objection("o2", D.plusDays(56), "sp"));
    assertEquals(MonitorCode.OBJECTION_WITHOUT_NOTICE, last().getReason().getCode(), last()::toString);
    assertEquals(0, m.rememberedMatters());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: a Subprocessor record stays while a right about it is open (termination for convenience after a failed discussion)")
  void openRightKeepsTheRecord() {
    ContractMonitor m = forgettingAfter(0)
        .append(engaged("e", D, "sp"))
        .append(notice("n", D.plusDays(1), "sp"))
        .append(objection("o", D.plusDays(3), "sp"))
        .append(failed("f", D.plusDays(20), "sp"))
        .append(firstProcessing("p", D.plusDays(45), "sp"))
        .append(breach("b", D.plusDays(400), "inc-1"));
    assertEquals(1, m.stateAsOf(D.plusDays(400)).getOpenRights().stream()
        .filter(r -> r.getKind() == RightKind.TERMINATE_FOR_CONVENIENCE).count());
    m.append(objection("o2", D.plusDays(401), "sp"));
    assertEquals(MonitorCode.OBJECTION_REPEATED, last().getReason().getCode(), last()::toString);
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: a Subprocessor record stays while its good-faith discussion is open, though its notice is forgotten")
  void openDiscussionKeepsTheRecord() {
    ContractMonitor m = forgettingAfter(10)
        .append(engaged("e", D, "sp"))
        .append(notice("n", D.plusDays(1), "sp"))
        .append(objection("o", D.plusDays(3), "sp"))
        .append(firstProcessing("p", D.plusDays(45), "sp"))
        .append(breach("b", D.plusDays(60), "inc-1"));
    assertEquals(List.of(ObligationKind.SUBPROCESSOR_NOTICE), closed.stream().map(ObligationInstance::getKind).toList());
    m.append(GoodFaithDiscussionResolved.builder().id("r").date(D.plusDays(61)).subprocessorId("sp").actor(PartyKind.CUSTOMER).build());
    assertFalse(last().isUnmatched(), last()::toString);
    assertEquals(MonitorCode.RESOLUTION_AGREED, last().getReason().getCode(), last()::toString);
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8: forgetting a closed request leaves a newer request with the same id alone")
  void newerMatterWithTheSameIdStays() {
    ContractMonitor m = forgettingAfter(10)
        .append(subjectRequest("q1", D, "req-1"))
        .append(routed("r1", D.plusDays(1), "req-1"))
        .append(subjectRequest("q2", D.plusDays(5), "req-1"))
        .append(breach("b", D.plusDays(13), "inc-1"));
    assertEquals(1, closed.size());
    m.append(routed("r2", D.plusDays(14), "req-1"));
    assertFalse(last().isUnmatched(), last()::toString);
    assertEquals(2, closed.size());
    assertEquals("8@q2:req-1", closed.get(1).getId().replaceFirst("^[^@]*@", "8@"));
  }

  private static DataSubjectRequestRouted routed(String id, LocalDate date, String request) {
    return DataSubjectRequestRouted.builder().id(id).date(date).requestId(request).actor(PartyKind.SEGMENT).build();
  }

  @Test
  @DisplayName("a negative or missing period is refused, naming it; a fleet passes its period to every monitor")
  void periodChecked() {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> ContractMonitor.streaming(contract(), MonitorSink.of(a -> { }, i -> { }), Period.ofDays(-1)));
    assertTrue(x.getMessage().contains("forgetClosedAfter = P-1D"), x.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MonitorFleet.streaming(id -> MonitorSink.of(a -> { }, i -> { }), Period.of(0, -1, 40)));
    NullPointerException n = assertThrows(NullPointerException.class,
        () -> MonitorFleet.streaming(id -> MonitorSink.of(a -> { }, i -> { }), null));
    assertTrue(n.getMessage().contains("forgetClosedAfter"), n.getMessage());
    MonitorFleet fleet = MonitorFleet.streaming(id -> MonitorSink.of(accounts::add, closed::add), Period.ofDays(5));
    fleet.add(contract());
    String id = contract().getId();
    fleet.append(id, breach("b", D, "inc-1")).append(id, notified("n", D.plusDays(1), "inc-1"));
    assertEquals(1, fleet.monitor(id).orElseThrow().rememberedMatters());
    fleet.append(id, notified("n2", D.plusDays(7), "inc-1"));
    assertEquals(MonitorCode.INCIDENT_UNKNOWN, last().getReason().getCode(), last()::toString);
    assertEquals(0, fleet.monitor(id).orElseThrow().rememberedMatters());
  }
}
