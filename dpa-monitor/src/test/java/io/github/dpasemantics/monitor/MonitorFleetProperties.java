package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.monitor.testing.MonitorGenerators.FleetStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class MonitorFleetProperties {
  /** A fleet with every contract of the stream, and per contract the list its sink fills (streaming). */
  private static final class Fleet {
    final MonitorFleet fleet;
    final Map<String, List<Object>> received = new HashMap<>();

    Fleet(FleetStream s, boolean streaming) {
      for (ContractInstance c : s.contracts()) {
        received.put(c.getId(), new ArrayList<>());
      }
      fleet = streaming ? MonitorFleet.streaming(id -> {
        List<Object> log = received.get(id);
        return MonitorSink.of(log::add, log::add);
      }) : new MonitorFleet();
      s.contracts().forEach(fleet::add);
    }

    Fleet sequential(FleetStream s) {
      for (int i = 0; i < s.events().size(); i++) {
        fleet.append(s.contractIds().get(i), s.events().get(i));
      }
      return this;
    }

    Fleet whole(FleetStream s) {
      fleet.appendAll(s.contractIds(), s.events());
      return this;
    }
  }

  private static void assertSameFleet(FleetStream s, Fleet expected, Fleet actual, LocalDate asOf) {
    for (ContractInstance c : s.contracts()) {
      String id = c.getId();
      assertEquals(expected.fleet.stateAsOf(id, asOf), actual.fleet.stateAsOf(id, asOf), id);
      assertEquals(expected.fleet.monitor(id).orElseThrow().size(), actual.fleet.monitor(id).orElseThrow().size(), id);
      assertEquals(expected.fleet.monitor(id).orElseThrow().getTimeline(), actual.fleet.monitor(id).orElseThrow().getTimeline(), id);
      assertEquals(expected.received.get(id), actual.received.get(id), id);
    }
  }

  @Test
  @DisplayName("a full fleet given a stream in one call, in any order, has every contract's state of the event-by-event replay")
  void streamEqualsEventByEventFull() {
    qt().withExamples(60).forAll(fleetStreams(8, 30, false)).checkAssert(s -> {
      Fleet seq = new Fleet(s, false).sequential(s);
      Fleet whole = new Fleet(s, false).whole(s);
      assertSameFleet(s, seq, whole, s.lastDate());
      assertSameFleet(s, seq, whole, EFFECTIVE.plusDays(300));
    });
  }

  @Test
  @DisplayName("a streaming fleet given a stream in one call has every contract's live state, accounts and closed instances of the event-by-event replay, in order")
  void streamEqualsEventByEventStreaming() {
    qt().withExamples(60).forAll(fleetStreams(8, 30, true)).checkAssert(s -> {
      Fleet seq = new Fleet(s, true).sequential(s);
      Fleet whole = new Fleet(s, true).whole(s);
      assertSameFleet(s, seq, whole, s.lastDate());
      int accounts = 0;
      for (List<Object> log : whole.received.values()) {
        accounts += (int) log.stream().filter(x -> x instanceof EventAccount).count();
      }
      assertEquals(s.events().size(), accounts);
    });
  }

  @Test
  @DisplayName("a fleet of hundreds of contracts given a stream in one call ends as event by event, in both modes")
  void manyContractsStreamEqualsEventByEvent() {
    qt().withExamples(12).forAll(fleetStreams(900, 5, true)).checkAssert(s -> {
      for (boolean streaming : new boolean[] {false, true}) {
        Fleet seq = new Fleet(s, streaming).sequential(s);
        Fleet whole = new Fleet(s, streaming).whole(s);
        assertSameFleet(s, seq, whole, s.lastDate());
      }
    });
  }

  @Test
  @DisplayName("a fresh full fleet given a stream with a refused event stays empty")
  void refusedStreamLeavesFreshFleetEmpty() {
    qt().withExamples(40).forAll(fleetStreams(300, 6, false), SourceDSL.integers().between(0, 1000))
        .checkAssert((s, a) -> {
          Fleet f = new Fleet(s, false);
          List<String> ids = new ArrayList<>(s.contractIds());
          List<DpaEvent> events = new ArrayList<>(s.events());
          int i = a % (events.size() + 1);
          ids.add(i, s.contractIds().get(a % s.contractIds().size()));
          events.add(i, deletionRequested("too-early", EFFECTIVE.minusDays(1)));
          MonitorInputException e = assertThrows(MonitorInputException.class, () -> f.fleet.appendAll(ids, events));
          assertEquals("too-early", e.getEventId());
          Fleet empty = new Fleet(s, false);
          assertSameFleet(s, empty, f, s.lastDate());
          for (ContractInstance c : s.contracts()) {
            assertEquals(0, f.fleet.monitor(c.getId()).orElseThrow().size());
          }
          // and the fleet still takes the stream afterwards, as a fresh one does
          f.fleet.appendAll(s.contractIds(), s.events());
          assertSameFleet(s, new Fleet(s, false).sequential(s), f, s.lastDate());
        });
  }

  @Test
  @DisplayName("a stream split in two and given in two calls ends like one call")
  void twoCallsEqualOne() {
    qt().withExamples(40).forAll(fleetStreams(6, 30, true), SourceDSL.integers().between(0, 100)).checkAssert((s, pct) -> {
      int cut = s.events().size() * pct / 100;
      for (boolean streaming : new boolean[] {false, true}) {
        Fleet one = new Fleet(s, streaming).whole(s);
        Fleet two = new Fleet(s, streaming);
        two.fleet.appendAll(s.contractIds().subList(0, cut), s.events().subList(0, cut));
        two.fleet.appendAll(s.contractIds().subList(cut, s.events().size()), s.events().subList(cut, s.events().size()));
        assertSameFleet(s, one, two, s.lastDate());
      }
    });
  }

  @Test
  @DisplayName("a batch with refused events changes no contract, and the refusal reported is that of the lowest index")
  void refusedBatchChangesNothing() {
    refusedBatchChangesNothing(60, 6, 25);
    refusedBatchChangesNothing(8, 900, 4); // hundreds of contracts, many with no event before the batch
  }

  private static void refusedBatchChangesNothing(int examples, int contracts, int events) {
    qt().withExamples(examples)
        .forAll(fleetStreams(contracts, events, true), SourceDSL.integers().between(0, 1000), SourceDSL.integers().between(0, 1000))
        .checkAssert((s, a, b) -> {
          int n = s.events().size();
          int cut = n / 2;
          for (boolean streaming : new boolean[] {false, true}) {
            Fleet f = new Fleet(s, streaming);
            f.fleet.appendAll(s.contractIds().subList(0, cut), s.events().subList(0, cut));
            Fleet before = new Fleet(s, streaming);
            before.fleet.appendAll(s.contractIds().subList(0, cut), s.events().subList(0, cut));
            List<String> ids = new ArrayList<>(s.contractIds().subList(cut, n));
            List<DpaEvent> rest = new ArrayList<>(s.events().subList(cut, n));
            int i = a % (rest.size() + 1);
            ids.add(i, s.contractIds().get(a % n));
            rest.add(i, DeletionRequested.builder().id("wrong-actor").date(EFFECTIVE.plusDays(5)).actor(PartyKind.SEGMENT).build());
            int j = b % (rest.size() + 1);
            ids.add(j, s.contractIds().get(b % n));
            rest.add(j, deletionRequested("too-early", EFFECTIVE.minusDays(1)));
            MonitorInputException e = assertThrows(MonitorInputException.class, () -> f.fleet.appendAll(ids, rest));
            int first = rest.indexOf(rest.stream().filter(x -> x.getId().equals("wrong-actor") || x.getId().equals("too-early"))
                .findFirst().orElseThrow());
            assertEquals(rest.get(first).getId(), e.getEventId(), e::getMessage);
            assertEquals(rest.get(first).getId().equals("wrong-actor") ? "actor" : "date", e.getField());
            assertTrue(e.getMessage().contains("contract '" + ids.get(first) + "', batch index " + first + ":"), e::getMessage);
            assertSameFleet(s, before, f, s.events().get(Math.max(0, cut - 1)).getDate().plusDays(1000));
          }
        });
  }

  @Test
  @DisplayName("a stream with null or unknown contract ids or null events is refused at the lowest such index and changes nothing")
  void badStreamRefusedAtLowestIndex() {
    qt().withExamples(60)
        .forAll(fleetStreams(40, 20, true), SourceDSL.integers().between(0, 1000), SourceDSL.integers().between(0, 1000))
        .checkAssert((s, a, b) -> {
          for (boolean streaming : new boolean[] {false, true}) {
            Fleet f = new Fleet(s, streaming);
            List<String> ids = new ArrayList<>(s.contractIds());
            List<DpaEvent> events = new ArrayList<>(s.events());
            // two bad entries, of kinds and at places drawn from a and b
            for (int x : new int[] {a, b}) {
              int i = x % (events.size() + 1);
              switch (x % 3) {
                case 0:
                  ids.add(i, null);
                  events.add(i, s.events().get(0));
                  break;
                case 1:
                  ids.add(i, s.contractIds().get(0));
                  events.add(i, null);
                  break;
                default:
                  ids.add(i, "no-such-contract");
                  events.add(i, s.events().get(0));
                  break;
              }
            }
            int first = 0;
            while (ids.get(first) != null && events.get(first) != null && !"no-such-contract".equals(ids.get(first))) {
              first++;
            }
            RuntimeException e = assertThrows(RuntimeException.class, () -> f.fleet.appendAll(ids, events));
            if (ids.get(first) == null) {
              assertEquals(NullPointerException.class, e.getClass());
              assertEquals("MonitorFleet.appendAll: contractIds[" + first + "] is null", e.getMessage());
            } else if (events.get(first) == null) {
              assertEquals(NullPointerException.class, e.getClass());
              assertEquals("MonitorFleet.appendAll: events[" + first + "] is null", e.getMessage());
            } else {
              assertEquals(IllegalArgumentException.class, e.getClass());
              assertTrue(e.getMessage().startsWith("MonitorFleet.appendAll: contractIds[" + first + "] = 'no-such-contract'"),
                  e::getMessage);
            }
            assertSameFleet(s, new Fleet(s, streaming), f, s.lastDate());
            // and the fleet then takes the good stream as a fresh one does
            f.whole(s);
            assertSameFleet(s, new Fleet(s, streaming).sequential(s), f, s.lastDate());
          }
        });
  }
}
