package io.github.dpasemantics.kafka;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.contract;
import static io.github.dpasemantics.monitor.testing.MonitorGenerators.deletionRequested;
import static io.github.dpasemantics.monitor.testing.MonitorGenerators.terminated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dpasemantics.kafka.testing.TopologyHarness;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.Change;
import io.github.dpasemantics.monitor.ChangeKind;
import io.github.dpasemantics.monitor.Monitor;
import io.github.dpasemantics.monitor.MonitorState;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The wall-clock punctuator: the passing of time, without a new event, reported once a day per
 * contract, on the right day in the contract's zone (the Segment preset: America/Los_Angeles).
 * The duty: 9.1, delete Customer Personal Data within 60 days of a deletion request after
 * termination.
 */
class PunctuationTest {
  private static final LocalDate D = LocalDate.of(2020, 6, 1);
  private static final LocalDate DUE = D.plusDays(60);
  private static final ContractInstance CONTRACT = contract("acme-2020");
  private static final ZoneId ZONE = CONTRACT.getTerms().getZone();
  private static final List<DpaEvent> EVENTS = List.of(terminated("t", D), deletionRequested("r", D));

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: the deletion is reported due soon once a day from 7 days ahead, and missed once, on the 61st day")
  void dailyAdvanceEmitsEachChangeOnceOnItsDay() {
    MonitorState state = MonitorState.of(CONTRACT, EVENTS);
    LocalDate start = DUE.minusDays(Monitor.DUE_SOON_DAYS + 1);
    try (TopologyHarness topology = new TopologyHarness(ModelCodecs.json(), start.atTime(LocalTime.NOON).atZone(ZONE).toInstant())) {
      topology.register(CONTRACT);
      EVENTS.forEach(e -> topology.send(CONTRACT.getId(), e));
      topology.changes();
      Optional<LocalDate> previous = Optional.empty();
      int missed = 0;
      for (LocalDate day = start; !day.isAfter(DUE.plusDays(3)); day = day.plusDays(1)) {
        topology.advanceWallClock(day.equals(start) ? TopologyHarness.ADVANCE_EVERY : Duration.ofDays(1));
        Optional<LocalDate> since = previous;
        List<JsonNode> expected = Monitor.advance(state, day).stream()
            .filter(c -> since.isEmpty() || c.date().isAfter(since.get()))
            .map(topology.codec()::writeChange).toList();
        List<KeyValue<String, JsonNode>> emitted = topology.changes();
        assertEquals(expected, emitted.stream().map(kv -> kv.value).toList(), "day " + day);
        emitted.forEach(kv -> assertEquals(CONTRACT.getId(), kv.key));
        List<Change> missedToday = Monitor.advance(state, day).stream()
            .filter(c -> c.kind() == ChangeKind.MISSED && (since.isEmpty() || c.date().isAfter(since.get()))).toList();
        missed += missedToday.size();
        if (!missedToday.isEmpty()) {
          assertEquals(DUE.plusDays(1), day, "MISSED reported on " + day);
          assertEquals(List.of(DUE.plusDays(1)), missedToday.stream().map(Change::date).distinct().toList());
        }
        assertEquals(Optional.of(day), topology.entry(CONTRACT.getId()).orElseThrow().lastAdvanced());
        previous = Optional.of(day);
      }
      assertEquals(1, missed, "the deletion is missed once");
    }
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: the day turns in the contract's zone: not missed at 23:30 in Los Angeles, missed at 00:30")
  void theDayIsTheContractsDay() {
    java.time.Instant beforeMidnight = DUE.atTime(22, 30).atZone(ZONE).toInstant();
    try (TopologyHarness topology = new TopologyHarness(ModelCodecs.json(), beforeMidnight)) {
      topology.register(CONTRACT);
      EVENTS.forEach(e -> topology.send(CONTRACT.getId(), e));
      topology.changes();
      MonitorState state = MonitorState.of(CONTRACT, EVENTS);
      List<JsonNode> missed = Monitor.advance(state, DUE.plusDays(1)).stream()
          .filter(c -> c.kind() == ChangeKind.MISSED).map(topology.codec()::writeChange).toList();
      assertEquals(1, missed.size());
      topology.advanceWallClock(Duration.ofHours(1)); // 23:30 on the 60th day (already the next day in UTC)
      List<JsonNode> before = values(topology);
      assertTrue(before.stream().noneMatch(missed::contains), before::toString);
      assertEquals(Optional.of(DUE), topology.entry(CONTRACT.getId()).orElseThrow().lastAdvanced());
      topology.advanceWallClock(Duration.ofHours(1)); // 00:30 on the 61st day
      List<JsonNode> after = values(topology);
      assertTrue(after.containsAll(missed), after::toString);
      topology.advanceWallClock(Duration.ofHours(1)); // 01:30: same day, nothing again
      assertEquals(List.of(), topology.changes());
    }
  }

  @Test
  @DisplayName("a contract whose last event is dated after today is not advanced (time only moves forward)")
  void futureEventsWait() {
    try (TopologyHarness topology = new TopologyHarness(ModelCodecs.json(), D.minusDays(10).atStartOfDay(ZONE).toInstant())) {
      topology.register(CONTRACT);
      EVENTS.forEach(e -> topology.send(CONTRACT.getId(), e));
      topology.changes();
      topology.advanceWallClock(Duration.ofDays(1));
      assertEquals(List.of(), topology.changes());
      assertEquals(List.of(), topology.deadLetters());
      assertEquals(Optional.empty(), topology.entry(CONTRACT.getId()).orElseThrow().lastAdvanced());
    }
  }

  private static List<JsonNode> values(TopologyHarness topology) {
    return topology.changes().stream().map(kv -> kv.value).toList();
  }
}
