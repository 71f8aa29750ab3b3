package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;

import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's hole, closed: a batch that the checks let through and the fold then fails on (the date
 * arithmetic of "a termination three days before LocalDate.MAX, then a deletion request") is
 * refused whole, naming the event, field and rule; the monitor is unchanged and stays usable.
 */
class ContractMonitorRefusalTest {
  private static final LocalDate D = LocalDate.of(2024, 6, 3);
  private static final LocalDate NEAR_MAX = LocalDate.MAX.minusDays(3);

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1 (full): a termination three days before LocalDate.MAX, then a deletion request: refused whole, nothing changes, the monitor stays usable")
  void nearMaxFull() {
    ContractMonitor m = ContractMonitor.of(contract()).append(breach("c", D, "inc-1"));
    MonitorState before = m.state();
    MonitorInputException e = assertThrows(MonitorInputException.class,
        () -> m.appendAll(terminated("t", NEAR_MAX), deletionRequested("r", NEAR_MAX.plusDays(1))));
    assertEquals("t", e.getEventId());
    assertEquals("date", e.getField());
    assertSame(before, m.state());
    assertEquals(List.of("c"), m.getTimeline().stream().map(DpaEvent::getId).toList());
    // usable: the same ids are free, and the 9.1 duty runs from a representable termination
    m.appendAll(terminated("t", D.plusDays(10)), deletionRequested("r", D.plusDays(10)));
    assertEquals(Optional.of(D.plusDays(70)),
        m.stateAsOf(D.plusDays(10)).getObligations(ObligationKind.DELETION).get(0).getDueDate());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1 (streaming): a termination three days before LocalDate.MAX, then a deletion request: refused whole, the sink hears nothing, the monitor stays usable")
  void nearMaxStreaming() {
    List<EventAccount> accounts = new ArrayList<>();
    ContractMonitor m = ContractMonitor.streaming(contract(), MonitorSink.of(accounts::add, i -> { }), Period.ofYears(1))
        .append(breach("c", D, "inc-1"));
    MonitorState before = m.state();
    assertThrows(MonitorInputException.class,
        () -> m.appendAll(terminated("t", NEAR_MAX), deletionRequested("r", NEAR_MAX.plusDays(1))));
    assertSame(before, m.state());
    assertEquals(1, accounts.size());
    m.appendAll(terminated("t", D.plusDays(10)), deletionRequested("r", D.plusDays(10)));
    assertEquals(List.of("c", "t", "r"), accounts.stream().map(EventAccount::getEventId).toList());
    assertEquals(1, m.stateAsOf(D.plusDays(10)).getObligations(ObligationKind.DELETION).size());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: a date failure inside the step of the deletion request refuses the batch naming that event, its date and the rule, in both modes and for one event")
  void failureInsideStepIsARefusal() {
    ContractMonitor.Fold fold = Failing.on("r", () -> new DateTimeException("Invalid date 'NOT REPRESENTABLE'"));
    for (MonitorSink sink : new MonitorSink[] {null, MonitorSink.discarding()}) {
      ContractMonitor m = ContractMonitor.on(fold, contract(), sink, null).append(breach("c", D, "inc-1"));
      MonitorState before = m.state();
      MonitorInputException batch = assertThrows(MonitorInputException.class,
          () -> m.appendAll(deletionRequested("r", D.plusDays(11)), terminated("t", D.plusDays(10))));
      assertEquals("r", batch.getEventId());
      assertEquals("date", batch.getField());
      assertTrue(batch.getMessage().contains(D.plusDays(11).toString()), batch::getMessage);
      assertTrue(batch.getRule().contains("outside the dates the monitor can represent")
          && batch.getRule().contains("NOT REPRESENTABLE"), batch::getRule);
      assertInstanceOf(DateTimeException.class, batch.getCause());
      assertSame(before, m.state());
      MonitorInputException one = assertThrows(MonitorInputException.class,
          () -> m.append(deletionRequested("r", D.plusDays(11))));
      assertEquals("r", one.getEventId());
      assertSame(before, m.state());
      m.append(terminated("t", D.plusDays(10)));
      assertEquals(2, m.size());
    }
  }

  @Test
  @DisplayName("any other failure inside a step is a refusal of the event's type, with the failure as its cause; an arithmetic overflow one of its date")
  void otherFailuresInsideStep() {
    ContractMonitor m = ContractMonitor.on(Failing.on("x", () -> new IllegalStateException("broken invariant")), contract(),
        null, null);
    MonitorInputException e = assertThrows(MonitorInputException.class, () -> m.append(breach("x", D, "inc-1")));
    assertEquals("type", e.getField());
    assertTrue(e.getMessage().contains(EventType.SECURITY_EVENT_CONFIRMED.toString()), e::getMessage);
    assertTrue(e.getRule().contains("broken invariant") && e.getRule().contains("refused whole"), e::getRule);
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertEquals(0, m.size());
    ContractMonitor overflow = ContractMonitor.on(Failing.on("x", () -> new ArithmeticException("long overflow")),
        contract(), MonitorSink.discarding(), null);
    MonitorInputException o = assertThrows(MonitorInputException.class, () -> overflow.append(breach("x", D, "inc-1")));
    assertEquals("date", o.getField());
    assertInstanceOf(ArithmeticException.class, o.getCause());
    // a refusal from inside the fold is passed on as it is
    MonitorInputException refused = new MonitorInputException("x", "id", "'x'", "a rule");
    assertSame(refused, ContractMonitor.refusal(breach("x", D, "inc-1"), refused));
  }

  @Test
  @DisplayName("a one-pass replay that fails while every step succeeds refuses the batch's last event in timeline order; nothing changes")
  void onePassFailure() {
    ContractMonitor m = ContractMonitor.on(Failing.inOnePass(() -> new IllegalStateException("replay failed")), contract(),
        null, null).append(breach("a", D, "inc-1"));
    MonitorState before = m.state();
    MonitorInputException e = assertThrows(MonitorInputException.class,
        () -> m.appendAll(notified("n", D.plusDays(2), "inc-1"), breach("b", D.plusDays(1), "inc-2")));
    assertEquals("n", e.getEventId());
    assertEquals("type", e.getField());
    assertSame(before, m.state());
    // the same failure in a what-if is refused too, and changes nothing
    assertThrows(MonitorInputException.class, () -> m.whatIf(D.plusDays(3), breach("h", D.plusDays(1), "inc-2")));
    assertSame(before, m.state());    // one event that sorts last is one step (no one-pass replay); one that reaches back is replayed
    m.append(breach("c", D.plusDays(3), "inc-3"));
    assertEquals(2, m.size());
    MonitorInputException back = assertThrows(MonitorInputException.class, () -> m.append(breach("z", D.plusDays(1), "inc-4")));
    assertEquals("z", back.getEventId());
    assertEquals(2, m.size());
  }

  @Test
  @DisplayName("what-if folds the hypothetical events without keeping them; a failure inside a step of one refuses it naming it")
  void whatIfRefusal() {
    ContractMonitor m = ContractMonitor.on(Failing.on("h", () -> new DateTimeException("no")), contract(), null, null)
        .append(breach("c", D, "inc-1"));
    MonitorState before = m.state();
    MonitorInputException e = assertThrows(MonitorInputException.class,
        () -> m.whatIf(D.plusDays(5), notified("ok", D.plusDays(1), "inc-1"), notified("h", D.plusDays(2), "inc-1")));
    assertEquals("h", e.getEventId());
    assertSame(before, m.state());
    assertEquals(ObligationState.FULFILLED,
        m.whatIf(D.plusDays(5), notified("ok", D.plusDays(1), "inc-1")).getObligations(ObligationKind.INCIDENT_NOTICE).get(0)
            .getState());
    assertSame(before, m.state());
  }

  @Test
  @DisplayName("a prepared batch is put in place only on the state it was folded from: a change in between fails fast and keeps that change")
  void commitChecksTheStateItWasFoldedFrom() {
    ContractMonitor m = ContractMonitor.of(contract());
    ContractMonitor.Prepared batch = m.prepare(List.of(breach("a", D, "inc-1")), new int[1]);
    m.append(breach("b", D, "inc-2"));
    MonitorState between = m.state();
    ConcurrentModificationException e = assertThrows(ConcurrentModificationException.class, () -> m.commit(batch));
    assertTrue(e.getMessage().contains("'" + contract().getId() + "'"), e::getMessage);
    assertSame(between, m.state());
    assertEquals(List.of("b"), m.getTimeline().stream().map(DpaEvent::getId).toList());
  }

  @Test
  @DisplayName("a call that ended, refused or not, frees the monitor for another thread")
  void endedCallsFreeTheMonitor() throws InterruptedException {
    ContractMonitor m = ContractMonitor.of(contract()).append(breach("c", D, "inc-1"));
    assertThrows(MonitorInputException.class, () -> m.append(breach("c", D, "inc-2")));
    java.util.concurrent.atomic.AtomicReference<Throwable> seen = new java.util.concurrent.atomic.AtomicReference<>();
    Thread other = new Thread(() -> {
      try {
        m.append(breach("d", D.plusDays(1), "inc-2"));
      } catch (Throwable t) {
        seen.set(t);
      }
    }, "other");
    other.start();
    other.join();
    assertNull(seen.get());
    assertEquals(2, m.size());
  }

  @Test
  @DisplayName("the state a monitor hands out is a value: folding it further changes nothing in the monitor; it equals the fold of the timeline")
  void stateIsAValue() {
    ContractMonitor m = ContractMonitor.of(contract()).appendAll(notified("n", D.plusDays(1), "inc-1"), breach("c", D, "inc-1"));
    MonitorState s = m.state();
    assertEquals(MonitorState.of(contract(), m.getTimeline()), s);
    Step next = Monitor.step(s, breach("x", D.plusDays(2), "inc-2"));
    assertEquals(3, next.next().size());
    assertEquals(2, m.size());
    assertSame(s, m.state());
    assertTrue(ContractMonitor.streaming(contract(), MonitorSink.discarding()).state().isStreaming());
  }
}
