package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;

import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@link MonitorFleet#appendAll(List, List)}: a fleet's stream, all or none, on the calling thread. */
class MonitorFleetTest {
  private static final LocalDate D = LocalDate.of(2024, 6, 3);

  private static MonitorFleet fleet(String... ids) {
    MonitorFleet f = new MonitorFleet();
    for (String id : ids) {
      f.add(contract(id));
    }
    return f;
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: each event goes to its contract")
  void eventsGoToTheirContract() {
    MonitorFleet f = fleet("a", "b");
    f.appendAll(List.of("a", "b", "a"), List.of(breach("x", D, "inc-1"), breach("x", D, "inc-1"), notified("n", D.plusDays(1), "inc-1")));
    assertEquals(ObligationState.FULFILLED, f.stateAsOf("a", D.plusDays(5)).getObligations().get(0).getState());
    assertEquals(ObligationState.ACTIVE, f.stateAsOf("b", D.plusDays(1)).getObligations().get(0).getState());
    assertEquals(2, f.monitor("a").orElseThrow().size());
    assertEquals(1, f.monitor("b").orElseThrow().size());
  }

  @Test
  @DisplayName("an empty stream changes nothing")
  void emptyStream() {
    MonitorFleet f = fleet("a");
    f.appendAll(List.of(), List.of());
    assertEquals(0, f.monitor("a").orElseThrow().size());
  }

  @Test
  @DisplayName("an unknown contract id, lists of different lengths or a null are refused and change nothing")
  void badArgumentsChangeNothing() {
    MonitorFleet f = fleet("a");
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> f.appendAll(List.of("a", "zz"), List.of(breach("x", D, "inc-1"), breach("y", D, "inc-1"))));
    assertTrue(unknown.getMessage().contains("contractIds[1] = 'zz'"), unknown::getMessage);
    IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
        () -> f.appendAll(List.of("a", "a"), List.of(breach("x", D, "inc-1"))));
    assertTrue(lengths.getMessage().contains("2 entries and events 1"), lengths::getMessage);
    NullPointerException nullEvent = assertThrows(NullPointerException.class,
        () -> f.appendAll(List.of("a", "a"), Arrays.asList(breach("x", D, "inc-1"), null)));
    assertTrue(nullEvent.getMessage().contains("events[1]"), nullEvent::getMessage);
    NullPointerException nullId = assertThrows(NullPointerException.class,
        () -> f.appendAll(Arrays.asList("a", null), List.of(breach("x", D, "inc-1"), breach("y", D, "inc-1"))));
    assertTrue(nullId.getMessage().contains("contractIds[1]"), nullId::getMessage);
    assertEquals(0, f.monitor("a").orElseThrow().size());
  }

  @Test
  @DisplayName("a duplicate id within one contract is refused, naming contract, index, event and field; the same id in two contracts is not")
  void duplicatesArePerContract() {
    MonitorFleet f = fleet("a", "b");
    MonitorInputException e = assertThrows(MonitorInputException.class, () -> f.appendAll(List.of("a", "b", "b"),
        List.of(breach("x", D, "inc-1"), breach("x", D, "inc-1"), notified("x", D, "inc-1"))));
    assertEquals("x", e.getEventId());
    assertEquals("id", e.getField());
    assertTrue(e.getMessage().startsWith("contract 'b', batch index 2: event 'x': id = 'x'"), e::getMessage);
    assertTrue(e.getCause() instanceof MonitorInputException);
    assertEquals(0, f.monitor("a").orElseThrow().size());
    assertEquals(0, f.monitor("b").orElseThrow().size());
  }

  @Test
  @DisplayName("streaming: a part that sorts before its contract's last event is refused, and no contract changes")
  void streamingOrderRefusal() {
    List<EventAccount> accounts = Collections.synchronizedList(new ArrayList<>());
    MonitorFleet f = MonitorFleet.streaming(id -> MonitorSink.of(accounts::add, i -> { }));
    f.add(contract("a")).add(contract("b"));
    f.append("b", breach("late", D.plusDays(3), "inc-1"));
    MonitorInputException e = assertThrows(MonitorInputException.class, () -> f.appendAll(List.of("a", "b", "b"),
        List.of(breach("x", D, "inc-1"), notified("n", D.plusDays(4), "inc-1"), breach("early", D, "inc-2"))));
    assertEquals("early", e.getEventId());
    assertEquals("date", e.getField());
    assertTrue(e.getMessage().startsWith("contract 'b', batch index 2: "), e::getMessage);
    assertEquals(1, accounts.size());
    assertEquals(0, f.monitor("a").orElseThrow().size());
  }

  @Test
  @DisplayName("streaming: every sink is called on the calling thread (the library starts none), with its accounts in timeline order")
  void sinksAreCalledOnTheCallingThread() {
    Map<String, Set<Thread>> threadsOf = new ConcurrentHashMap<>();
    Map<String, List<String>> accounts = new ConcurrentHashMap<>();
    MonitorFleet f = MonitorFleet.streaming(id -> {
      List<String> log = new ArrayList<>();
      accounts.put(id, log);
      return MonitorSink.of(a -> {
        threadsOf.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(Thread.currentThread());
        log.add(a.getEventId());
      }, i -> { });
    });
    List<String> ids = new ArrayList<>();
    List<DpaEvent> events = new ArrayList<>();
    Map<String, List<String>> expected = new HashMap<>();
    for (int c = 0; c < 50; c++) {
      f.add(contract("c" + c));
    }
    for (int day = 0; day < 20; day++) {
      for (int c = 0; c < 50; c++) {
        String id = "e" + day;
        ids.add("c" + c);
        events.add(breach(id, D.plusDays(day), "inc-" + day));
        expected.computeIfAbsent("c" + c, k -> new ArrayList<>()).add(id);
      }
    }
    f.appendAll(ids, events);
    assertEquals(expected, accounts);
    threadsOf.forEach((id, ts) -> assertEquals(Set.of(Thread.currentThread()), ts, id));
  }

  @Test
  @DisplayName("a sink that throws stops its own contract after that event; the other contracts are applied and the failure is rethrown")
  void sinkFailure() {
    MonitorFleet f = MonitorFleet.streaming(id -> MonitorSink.of(a -> {
      if (id.equals("bad") && a.getEventId().equals("x2")) {
        throw new IllegalStateException("sink full");
      }
    }, i -> { }));
    f.add(contract("bad")).add(contract("good"));
    List<String> ids = List.of("bad", "good", "bad", "good", "bad", "good");
    List<DpaEvent> events = List.of(breach("x1", D, "inc-1"), breach("x1", D, "inc-1"), breach("x2", D.plusDays(1), "inc-2"),
        breach("x2", D.plusDays(1), "inc-2"), breach("x3", D.plusDays(2), "inc-3"), breach("x3", D.plusDays(2), "inc-3"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.appendAll(ids, events));
    assertEquals("sink full", e.getMessage());
    assertEquals(2, f.monitor("bad").orElseThrow().size());
    assertEquals(3, f.monitor("good").orElseThrow().size());
  }

  @Test
  @DisplayName("when two contracts' sinks throw, both parts stop after their event and the first contract's failure is thrown with the other's suppressed")
  void twoSinkFailures() {
    MonitorFleet f = MonitorFleet.streaming(id -> MonitorSink.of(a -> {
      throw new IllegalStateException("sink of " + id + " full");
    }, i -> { }));
    f.add(contract("a")).add(contract("b"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.appendAll(List.of("b", "a", "b"),
        List.of(breach("x1", D, "inc-1"), breach("y1", D, "inc-1"), breach("x2", D.plusDays(1), "inc-2"))));
    assertEquals("sink of b full", e.getMessage());
    assertEquals(1, e.getSuppressed().length);
    assertEquals("sink of a full", e.getSuppressed()[0].getMessage());
    assertEquals(1, f.monitor("b").orElseThrow().size());
    assertEquals(1, f.monitor("a").orElseThrow().size());
  }

  @Test
  @DisplayName("statesAsOf gives every contract's state keyed and ordered by contract id, whatever the order they were added in")
  void statesAsOfInIdOrder() {
    MonitorFleet f = new MonitorFleet();
    for (String id : List.of("c2", "a9", "b1", "a10")) {
      f.add(contract(id));
    }
    f.append("b1", breach("x", D, "inc-1"));
    Map<String, ContractState> states = f.statesAsOf(D);
    assertEquals(List.of("a10", "a9", "b1", "c2"), new ArrayList<>(states.keySet()));
    states.forEach((id, s) -> assertEquals(f.stateAsOf(id, D), s, id));
    assertEquals(1, states.get("b1").getObligations().size());
    assertNull(assertThrows(NullPointerException.class, () -> f.monitor(null)).getCause());
  }
}
