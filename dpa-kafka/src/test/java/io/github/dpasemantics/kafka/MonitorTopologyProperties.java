package io.github.dpasemantics.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dpasemantics.kafka.testing.FleetReplay;
import io.github.dpasemantics.kafka.testing.TopologyHarness;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.testing.MonitorGenerators;
import io.github.dpasemantics.monitor.testing.MonitorGenerators.FleetStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The topology is the monitor's fold, distributed: for generated fleets (several contracts, their
 * events interleaved), every change on the changes topic, in order, is the change the in-process
 * fold ({@code Monitor.step}) gives for the same events, and every event the fold refuses is a dead
 * letter. Each fleet is sent in two interleavings across contracts (as generated, and contract by
 * contract in reverse order of ids), each contract's own events in the same order in both; the
 * per-contract outputs agree between the two.
 */
class MonitorTopologyProperties {
  /** Wall-clock far from the events' dates; the punctuator does not fire within a property's run. */
  private static final Instant WALL_CLOCK = Instant.parse("2026-01-01T12:00:00Z");

  @Test
  void everyChangeOnTheTopicIsTheChangeOfTheInProcessFoldInBothInterleavings() {
    qt().withExamples(30).withShrinkCycles(20)
        .forAll(MonitorGenerators.seeds(), SourceDSL.booleans().all())
        .checkAssert((seed, stories) -> {
          // stories: coherent episodes in timeline order; otherwise shuffled timelines (out-of-order events)
          FleetStream fleet = MonitorGenerators.fleetStream(seed, 4, stories ? 20 : 10, stories);
          List<Integer> asGenerated = IntStream.range(0, fleet.events().size()).boxed().collect(Collectors.toList());
          List<Integer> byContract = new ArrayList<>(asGenerated);
          byContract.sort(Comparator.comparing((Integer i) -> fleet.contractIds().get(i)).reversed());
          // sort is stable: each contract's events keep their order
          Map<String, List<JsonNode>> first = runAndCompare(fleet, asGenerated);
          Map<String, List<JsonNode>> second = runAndCompare(fleet, byContract);
          assertEquals(first, second, "per-contract changes differ between interleavings");
        });
  }

  /** Sends the fleet in the given order, checks the outputs and the store against the fold, returns the changes by contract. */
  private static Map<String, List<JsonNode>> runAndCompare(FleetStream fleet, List<Integer> order) {
    ModelCodec codec = ModelCodecs.json();
    FleetReplay fold = new FleetReplay(fleet.contracts());
    try (TopologyHarness topology = new TopologyHarness(codec, WALL_CLOCK)) {
      for (ContractInstance c : fleet.contracts()) {
        topology.register(c);
      }
      for (int i : order) {
        String id = fleet.contractIds().get(i);
        DpaEvent e = fleet.events().get(i);
        topology.send(id, e);
        fold.apply(id, e);
      }
      List<KeyValue<String, JsonNode>> expected = fold.changes().stream()
          .map(c -> KeyValue.pair(c.getKey(), codec.writeChange(c.getValue()))).toList();
      assertEquals(expected, topology.changes(), "changes topic vs in-process fold");
      List<KeyValue<String, JsonNode>> dead = topology.deadLetters();
      assertEquals(fold.refused(), dead.stream().map(kv -> kv.key + "/" + kv.value.path("eventId").asText()).toList(),
          "dead letters vs refusals");
      dead.forEach(kv -> assertEquals("REFUSED_BY_MONITOR", kv.value.path("kind").asText()));
      fold.states().forEach((id, state) -> assertEquals(state, topology.entry(id).orElseThrow().state(), "store of " + id));
      return expected.stream().collect(Collectors.groupingBy(kv -> kv.key,
          Collectors.mapping(kv -> kv.value, Collectors.toList())));
    }
  }
}
