package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;

import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The streaming mode: live state only, accounts and closed instances to a sink, events in order. */
class MonitorStreamingTest {
  private static final LocalDate D = LocalDate.of(2024, 6, 3);

  private final List<EventAccount> accounts = new ArrayList<>();
  private final List<ObligationInstance> closed = new ArrayList<>();

  private ContractMonitor streaming() {
    return ContractMonitor.streaming(contract(), MonitorSink.of(accounts::add, closed::add));
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a notified incident goes to the sink, after its account, and leaves the live state")
  void closedInstancesGoToTheSink() {
    ContractMonitor m = streaming().append(breach("b", D, "inc-1"));
    assertTrue(m.isStreaming());
    assertEquals(1, accounts.size());
    assertEquals(List.of(), closed);
    assertEquals(ObligationState.ACTIVE, m.stateAsOf(D).getObligations().get(0).getState());
    m.append(notified("n", D.plusDays(2), "inc-1"));
    assertEquals(List.of("b", "n"), accounts.stream().map(EventAccount::getEventId).toList());
    assertEquals(1, closed.size());
    ObligationInstance done = closed.get(0);
    assertEquals("7.3@b:inc-1", done.getId());
    assertEquals(ObligationState.FULFILLED, done.getState());
    assertEquals(ContractMonitor.of(contract()).appendAll(breach("b", D, "inc-1"), notified("n", D.plusDays(2), "inc-1"))
        .stateAsOf(D.plusDays(9)).getObligation(done.getId()).orElseThrow(), done);
    ContractState s = m.stateAsOf(D.plusDays(2));
    assertEquals(List.of(), s.getObligations());
    assertEquals(List.of(), s.getAccounts());
    assertEquals(2, m.size());
    assertEquals(List.of(), m.getTimeline());
  }

  @Test
  @DisplayName("an event dated before the last applied one is refused naming the event, date and rule; nothing changes")
  void outOfOrderRefused() {
    ContractMonitor m = streaming().append(breach("b", D, "inc-1"));
    ContractState before = m.stateAsOf(D);
    MonitorInputException x = assertThrows(MonitorInputException.class, () -> m.append(notified("n", D.minusDays(1), "inc-1")));
    assertEquals("n", x.getEventId());
    assertEquals("date", x.getField());
    assertTrue(x.getMessage().contains(D.minusDays(1).toString()), x.getMessage());
    assertTrue(x.getRule().contains("timeline order"), x.getRule());
    assertTrue(x.getRule().contains("'b'"), x.getRule());
    assertEquals(before, m.stateAsOf(D));
    assertEquals(1, accounts.size());
    assertEquals(1, m.size());
  }

  @Test
  @DisplayName("on the same date an event of a lower rank is refused, one of a higher rank or a later id accepted")
  void sameDayRank() {
    ContractMonitor m = streaming().append(notified("n", D, "inc-1"));
    MonitorInputException x = assertThrows(MonitorInputException.class, () -> m.append(breach("b", D, "inc-1")));
    assertEquals("date", x.getField());
    m.append(notified("o", D, "inc-2"));
    assertThrows(MonitorInputException.class, () -> m.append(notified("m", D, "inc-3")));
    assertEquals(2, accounts.size());
  }

  @Test
  @DisplayName("an id already given on the last day is refused as a duplicate; the same event again too")
  void duplicateIdsOfTheDay() {
    ContractMonitor m = streaming().append(breach("b", D, "inc-1"));
    MonitorInputException x = assertThrows(MonitorInputException.class, () -> m.append(notified("b", D.plusDays(0), "inc-1")));
    assertEquals("id", x.getField());
    MonitorInputException again = assertThrows(MonitorInputException.class, () -> m.append(breach("b", D, "inc-1")));
    assertEquals("id", again.getField());
    assertEquals(1, accounts.size());
    // every id of the day is remembered, not only the last one
    m.append(notified("c", D, "inc-1"));
    MonitorInputException first = assertThrows(MonitorInputException.class, () -> m.append(notified("b", D, "inc-2")));
    assertEquals("id", first.getField());
    assertFalse(ContractMonitor.of(contract()).isStreaming());
  }

  @Test
  @DisplayName("ids are checked against the last applied day's events only: an id of an earlier day is not detected")
  void idsOfEarlierDaysAreNotKept() {
    ContractMonitor m = streaming().append(breach("b", D, "inc-1"));
    MonitorInputException x = assertThrows(MonitorInputException.class, () -> m.append(notified("b", D.plusDays(1), "inc-1")));
    assertEquals("id", x.getField());
    m.append(notified("c", D.plusDays(1), "inc-1")).append(notified("b", D.plusDays(2), "inc-2"));
    assertEquals(3, m.size());
    assertEquals(List.of("b", "c", "b"), accounts.stream().map(EventAccount::getEventId).toList());
  }

  @Test
  @DisplayName("a batch in any order is applied sorted; a batch with one event before the last applied one changes nothing")
  void batches() {
    ContractMonitor m = streaming().appendAll(notified("n", D.plusDays(1), "inc-1"), breach("b", D, "inc-1"));
    assertEquals(List.of("b", "n"), accounts.stream().map(EventAccount::getEventId).toList());
    assertThrows(MonitorInputException.class,
        () -> m.appendAll(List.of(breach("c", D.plusDays(5), "inc-2"), breach("a", D, "inc-3"))));
    assertEquals(2, accounts.size());
    assertEquals(2, m.size());
    assertEquals(List.of(), m.stateAsOf(D.plusDays(5)).getObligations());
    m.appendAll(List.of());
    assertEquals(2, m.size());
  }

  @Test
  @DisplayName("a state as of a date before the last applied event is refused naming asOf and the rule; on that date it is given")
  void noPastStates() {
    ContractMonitor m = streaming().append(breach("b", D, "inc-1"));
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> m.stateAsOf(D.minusDays(1)));
    assertTrue(x.getMessage().contains("asOf = " + D.minusDays(1)), x.getMessage());
    assertTrue(x.getMessage().contains("streaming"), x.getMessage());
    assertEquals(D, m.stateAsOf(D).getAsOf());
    assertEquals(D.plusDays(1), m.stateAsOf(D.plusDays(1)).getAsOf());
    assertThrows(UnsupportedOperationException.class, () -> m.whatIf(D, notified("n", D, "inc-1")));
    LocalDate early = LocalDate.of(2019, 1, 1);
    assertEquals(early, streaming().stateAsOf(early).getAsOf());
  }

  @Test
  @DisplayName("refusals of the full mode hold too: an event before the Addendum, the wrong actor")
  void fullModeRefusals() {
    ContractMonitor m = streaming();
    MonitorInputException early = assertThrows(MonitorInputException.class,
        () -> m.append(breach("b", EFFECTIVE.minusDays(1), "inc-1")));
    assertEquals("date", early.getField());
    assertEquals(0, m.size());
    assertThrows(NullPointerException.class, () -> ContractMonitor.streaming(contract(), null));
    assertThrows(NullPointerException.class, () -> MonitorSink.of(null, i -> { }));
    assertThrows(NullPointerException.class, () -> MonitorSink.of(a -> { }, null));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: a fulfilled notice stays live until first processing, which may still violate it; then it goes to the sink")
  void noticeWaitsForFirstProcessing() {
    ContractMonitor m = streaming().appendAll(engaged("e", D, "acme-cloud"), notice("n", D.plusDays(1), "acme-cloud"));
    assertEquals(List.of(), closed);
    // (6.1.1's written agreement, owed since the engagement, stays live beside it)
    assertEquals(ObligationState.FULFILLED,
        m.stateAsOf(D.plusDays(1)).getObligations(ObligationKind.SUBPROCESSOR_NOTICE).get(0).getState());
    m.append(firstProcessing("p", D.plusDays(3), "acme-cloud"));
    assertEquals(1, closed.size());
    assertEquals(ObligationState.VIOLATED, closed.get(0).getState());
    assertEquals(List.of(), m.stateAsOf(D.plusDays(3)).getObligations(ObligationKind.SUBPROCESSOR_NOTICE));
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a closed matter leaves a tombstone: a second notice of it is answered as in full mode, already finished")
  void closedMattersAnswerAsInFullMode() {
    DpaEvent[] events = {breach("b", D, "inc-1"), notified("n", D.plusDays(1), "inc-1"), notified("o", D.plusDays(2), "inc-1"),
        breach("c", D.plusDays(3), "inc-1")};
    streaming().appendAll(events);
    ContractState full = ContractMonitor.of(contract()).appendAll(events).stateAsOf(D.plusDays(3));
    assertEquals(MonitorCode.ALREADY_FINISHED.name(), accounts.get(2).getReason().getCode().name());
    assertEquals(MonitorCode.INCIDENT_ALREADY_CONFIRMED, accounts.get(3).getReason().getCode());
    assertEquals(full.getAccounts(), accounts);
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: a late objection to a settled Subprocessor is late; a second channel does not bring a lapsed window back")
  void lapsedWindows() {
    LocalDate n = D.plusDays(1);
    DpaEvent[] events = {engaged("e", D, "acme-cloud"), notice("n", n, "acme-cloud"), firstProcessing("p", n.plusDays(30), "acme-cloud"),
        engaged("f", n.plusDays(37), "beta-cdn"), notice("g", n.plusDays(38), "beta-cdn"),
        objection("o", n.plusDays(40), "acme-cloud"),
        notice("q", n.plusDays(41), "acme-cloud", io.github.dpasemantics.model.event.NoticeChannel.SUBPROCESSOR_PAGE_UPDATE)};
    ContractMonitor m = streaming().appendAll(events);
    ContractMonitor f = ContractMonitor.of(contract()).appendAll(events);
    assertEquals(MonitorCode.OBJECTION_LATE, accounts.get(5).getReason().getCode());
    assertEquals(f.stateAsOf(n.plusDays(41)).getAccounts(), accounts);
    List<OpenRight> open = m.stateAsOf(n.plusDays(41)).getOpenRights();
    assertEquals(f.stateAsOf(n.plusDays(41)).getOpenRights(), open);
    // a second channel (q) moves no window (6.3: notice was complete on the first): acme-cloud's lapsed
    assertEquals(List.of("beta-cdn"), open.stream().filter(r -> r.getKind() == RightKind.OBJECT_TO_SUBPROCESSOR)
        .map(r -> r.getSubject().orElseThrow()).toList());
  }

  @Test
  @Tag("clause-9.2")
  @DisplayName("9.2: a deletion duty discharged by retention of all data goes to the sink")
  void dischargedGoesToTheSink() {
    streaming().appendAll(terminated("t", D), deletionRequested("d", D.plusDays(1)),
        retention("r", D.plusDays(2), io.github.dpasemantics.model.event.DataScope.ALL));
    assertEquals(1, closed.size());
    assertEquals(ObligationState.DISCHARGED, closed.get(0).getState());
    assertEquals("9.1@d", closed.get(0).getId());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a violated audit response stays live (missed by grows) until answered late, then goes to the sink")
  void violatedStaysLiveUntilLatePerformance() {
    ContractMonitor m = streaming().append(audit("a", D, "audit-1"));
    assertEquals(1, m.stateAsOf(D.plusDays(400)).getObligations().size());
    assertEquals(List.of(), closed);
  }

  @Test
  @DisplayName("a streaming fleet asks its sink function once per contract; a missing sink is refused")
  void streamingFleet() {
    List<String> asked = new ArrayList<>();
    MonitorFleet f = MonitorFleet.streaming(id -> {
      asked.add(id);
      return MonitorSink.discarding();
    });
    assertTrue(f.isStreaming());
    assertFalse(new MonitorFleet().isStreaming());
    f.add(contract());
    assertEquals(List.of("acme-2020"), asked);
    assertTrue(f.monitor("acme-2020").orElseThrow().isStreaming());
    f.append("acme-2020", breach("b", D, "inc-1"));
    assertEquals(1, f.stateAsOf("acme-2020", D).getObligations().size());
    MonitorFleet none = MonitorFleet.streaming(id -> Optional.<MonitorSink>empty().orElse(null));
    NullPointerException x = assertThrows(NullPointerException.class, () -> none.add(contract()));
    assertTrue(x.getMessage().contains("acme-2020"), x.getMessage());
    assertThrows(NullPointerException.class, () -> MonitorFleet.streaming(null));
  }
}
