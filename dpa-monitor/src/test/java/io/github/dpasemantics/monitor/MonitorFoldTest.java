package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;

import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The fold ({@link Monitor#step}, {@link Monitor#advance}) on examples from the text. */
class MonitorFoldTest {
  private static final LocalDate D = LocalDate.of(2024, 6, 3);

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: confirming a Security Incident creates the notice duty; notifying it fulfils it, both as changes citing 7.3")
  void incidentLifecycleAsChanges() {
    Step confirmed = Monitor.step(MonitorState.initial(contract()), breach("c", D, "inc-1"));
    assertEquals(List.of(ChangeKind.CREATED), confirmed.changes().stream().map(Change::kind).toList());
    Change created = confirmed.changes().get(0);
    assertEquals("7.3/notify-security-incident", created.normId());
    assertEquals("7.3", created.clause().toString());
    assertEquals(Optional.of("inc-1"), created.subject());
    assertEquals(Optional.of("c"), created.eventId());
    assertEquals(D, created.date());
    assertFalse(created.reason().getText().isBlank());
    Step notified = Monitor.step(confirmed.next(), notified("n", D.plusDays(2), "inc-1"));
    assertEquals(List.of(ChangeKind.FULFILLED), notified.changes().stream().map(Change::kind).toList());
    assertEquals(created.targetId(), notified.changes().get(0).targetId());
    assertEquals("n", notified.account().getEventId());
    ObligationInstance i = notified.next().asOf(D.plusDays(2)).getObligations(ObligationKind.INCIDENT_NOTICE).get(0);
    assertEquals(ObligationState.FULFILLED, i.getState());
    // the earlier state is a value: stepping from it changed nothing it tells
    assertEquals(ObligationState.ACTIVE,
        confirmed.next().asOf(D.plusDays(2)).getObligations(ObligationKind.INCIDENT_NOTICE).get(0).getState());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an event that sorts before the last one is folded in its place: same state as in timeline order")
  void earlierEventReplays() {
    DpaEvent engaged = engaged("e", D, "acme");
    DpaEvent notice = notice("n", D.plusDays(1), "acme");
    DpaEvent first = firstProcessing("p", D.plusDays(20), "acme");
    MonitorState inOrder = Monitor.step(Monitor.step(Monitor.step(MonitorState.initial(contract()), engaged).next(), notice)
        .next(), first).next();
    Step late = Monitor.step(Monitor.step(Monitor.step(MonitorState.initial(contract()), engaged).next(), first).next(), notice);
    assertEquals(inOrder, late.next());
    assertEquals(inOrder.asOf(D.plusDays(30)), late.next().asOf(D.plusDays(30)));
    assertTrue(late.changes().stream().anyMatch(c -> c.kind() == ChangeKind.RIGHT_OPENED
        && c.normId().equals("6.3/object-to-new-subprocessor")), late.changes()::toString);
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: advance reports the deletion due soon, then missed the day after its 60th day, without a new event")
  void advanceReportsDueSoonAndMissed() {
    MonitorState s = MonitorState.of(contract(), List.of(terminated("t", D), deletionRequested("r", D)));
    LocalDate due = D.plusDays(60);
    assertEquals(List.of(), deletion(s, due.minusDays(Monitor.DUE_SOON_DAYS + 1)));
    List<Change> soon = deletion(s, due.minusDays(Monitor.DUE_SOON_DAYS));
    assertEquals(List.of(ChangeKind.DUE_SOON), soon.stream().map(Change::kind).toList());
    assertEquals(List.of(ChangeKind.DUE_SOON), deletion(s, due).stream().map(Change::kind).toList());
    List<Change> missed = deletion(s, due.plusDays(1));
    assertEquals(List.of(ChangeKind.MISSED), missed.stream().map(Change::kind).toList());
    assertEquals(due.plusDays(1), missed.get(0).date());
    assertEquals(Optional.empty(), missed.get(0).eventId());
    assertTrue(missed.get(0).reason().getText().contains("9.1"), missed.get(0).reason().getText());
  }

  private static List<Change> deletion(MonitorState s, LocalDate today) {
    return Monitor.advance(s, today).stream().filter(c -> c.normId().equals("9.1/delete-customer-personal-data")).toList();
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: advance reports the objection window lapsing the day after its fifth day")
  void advanceReportsLapsedObjectionWindow() {
    MonitorState s = MonitorState.of(contract(), List.of(engaged("e", D, "acme"), notice("n", D, "acme")));
    LocalDate last = D.plusDays(5);
    assertTrue(Monitor.advance(s, last).stream().noneMatch(c -> c.kind() == ChangeKind.RIGHT_LAPSED));
    List<Change> lapsed = Monitor.advance(s, last.plusDays(1)).stream().filter(c -> c.kind() == ChangeKind.RIGHT_LAPSED).toList();
    assertEquals(1, lapsed.size(), lapsed::toString);
    assertEquals(last.plusDays(1), lapsed.get(0).date());
    assertEquals("6.3", lapsed.get(0).clause().toString());
    assertThrows(IllegalArgumentException.class, () -> Monitor.advance(s, D.minusDays(1)));
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: a termination three days before LocalDate.MAX and a deletion request are refused, naming event, field and rule; nothing changes")
  void dateArithmeticNearMaxIsRefusedWhole() {
    LocalDate end = LocalDate.MAX.minusDays(3);
    ContractMonitor m = ContractMonitor.of(contract()).append(breach("c", D, "inc-1"));
    MonitorInputException e = assertThrows(MonitorInputException.class,
        () -> m.appendAll(terminated("t", end), deletionRequested("r", end.plusDays(1))));
    assertEquals("t", e.getEventId());
    assertEquals("date", e.getField());
    assertTrue(e.getRule().contains("9999-12-31"), e.getRule());
    assertEquals(1, m.size());
    ContractMonitor streaming = ContractMonitor.streaming(contract(), MonitorSink.discarding());
    assertThrows(MonitorInputException.class, () -> streaming.appendAll(terminated("t", end), deletionRequested("r", end)));
    streaming.append(breach("c", D, "inc-1"));
    assertEquals(1, streaming.stateAsOf(D).getObligations(ObligationKind.INCIDENT_NOTICE).size());
    MonitorState s = MonitorState.initial(contract());
    assertThrows(MonitorInputException.class, () -> Monitor.step(s, terminated("t", end)));
    assertEquals(List.of(), s.getEvents());
    // the last representable date is still accepted, and its deadlines computed
    ContractMonitor edge = ContractMonitor.of(contract()).appendAll(terminated("t", LocalDate.of(9999, 12, 31)),
        deletionRequested("r", LocalDate.of(9999, 12, 31)));
    assertEquals(Optional.of(LocalDate.of(10000, 2, 29)),
        edge.stateAsOf(LocalDate.of(9999, 12, 31)).getObligations(ObligationKind.DELETION).get(0).getDueDate());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: a step refused inside the date arithmetic, after the state handed its engine on, leaves the state as it was")
  void refusalWhileApplyingLeavesTheStateWhole() {
    LocalDate end = LocalDate.MAX.minusDays(3);
    MonitorState s = Monitor.step(MonitorState.initial(contract()), breach("c", D, "inc-1")).next();
    ContractState before = s.asOf(D);
    MonitorInputException refused = assertThrows(MonitorInputException.class, () -> Monitor.step(s, terminated("t", end)));
    assertEquals("t", refused.getEventId());
    assertEquals(before, s.asOf(D));
    assertEquals(MonitorState.of(contract(), List.of(breach("c", D, "inc-1"))).asOf(D), s.asOf(D));
    MonitorState notified = Monitor.step(s, notified("n", D, "inc-1")).next();
    assertEquals(ObligationState.FULFILLED, notified.asOf(D).getObligations(ObligationKind.INCIDENT_NOTICE).get(0).getState());
    assertEquals(1, s.size());
    assertEquals(ObligationState.ACTIVE, s.asOf(D).getObligations(ObligationKind.INCIDENT_NOTICE).get(0).getState());
  }

  @Test
  @DisplayName("a query, a refused step and an earlier event give the state's engine back; a step takes it; asked again, the state rebuilds one")
  void engineHandedOnOnlyByAStep() {
    MonitorState s = Monitor.step(MonitorState.initial(contract()), breach("c", D, "inc-1")).next();
    Engine own = s.claim();
    s.giveBack(own);
    s.asOf(D);
    assertSame(own, s.claim());
    s.giveBack(own);
    assertThrows(MonitorInputException.class, () -> Monitor.step(s, breach("c", D, "inc-2")));
    assertSame(own, s.claim());
    s.giveBack(own);
    Monitor.step(s, breach("b", D.minusDays(1), "inc-0"));
    assertSame(own, s.claim());
    s.giveBack(new Engine(contract()));
    assertNotSame(own, s.claim()); // still claimed: a stranger's engine given back releases nothing
    s.giveBack(own);
    MonitorState next = Monitor.step(s, notified("n", D, "inc-1")).next();
    Engine rebuilt = s.claim();
    assertNotSame(own, rebuilt);
    assertSame(own, next.claim());
    assertEquals(1, rebuilt.eventIds.size());
    assertEquals(2, own.eventIds.size());
  }

  @Test
  @DisplayName("a step refuses a duplicate id and an event before the Addendum takes effect; the state stays usable")
  void stepRefusals() {
    MonitorState s = Monitor.step(MonitorState.initial(contract()), breach("c", D, "inc-1")).next();
    MonitorInputException dup = assertThrows(MonitorInputException.class, () -> Monitor.step(s, breach("c", D, "inc-2")));
    assertEquals("id", dup.getField());
    MonitorInputException early = assertThrows(MonitorInputException.class,
        () -> Monitor.step(s, breach("x", EFFECTIVE.minusDays(1), "inc-2")));
    assertEquals("date", early.getField());
    assertEquals(1, Monitor.step(s, notified("n", D, "inc-1")).changes().size());
  }
}
