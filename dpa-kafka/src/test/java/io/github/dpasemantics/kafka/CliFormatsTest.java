package io.github.dpasemantics.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dpasemantics.json.DpaJson;
import io.github.dpasemantics.json.Timeline;
import io.github.dpasemantics.kafka.testing.FleetReplay;
import io.github.dpasemantics.kafka.testing.TopologyHarness;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.testing.MonitorGenerators;
import io.github.dpasemantics.model.contract.DpaTerms;
import java.time.LocalDate;
import java.time.ZoneId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The topics carry the {@code dpa} command line's JSON: the bundled timeline
 * (docs/examples/default-timeline.json), its contract and each of its events produced as the very
 * text a user gives {@code dpa monitor}, folds into the same changes as the in-process monitor
 * gives for that timeline, each change citing its clause and carrying its reason in words.
 */
class CliFormatsTest {
  private static final Path TIMELINE = Path.of("..", "docs", "examples", "default-timeline.json");

  @Test
  @DisplayName("the default timeline's own JSON, record by record, gives the monitor's changes")
  void theCommandLinesJsonFlowsThroughTheTopics() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode document = mapper.readTree(TIMELINE.toFile());
    Timeline timeline = DpaJson.readTimeline(TIMELINE);
    String id = timeline.contract().getId();
    FleetReplay fold = new FleetReplay(List.of(timeline.contract()));
    try (TopologyHarness topology = new TopologyHarness(ModelCodecs.json(), Instant.parse("2026-01-01T12:00:00Z"))) {
      topology.sendContractRecord(id, document.get("contract").toString().getBytes(StandardCharsets.UTF_8));
      int i = 0;
      for (JsonNode event : document.get("events")) {
        topology.sendEventRecord(id, event.toString().getBytes(StandardCharsets.UTF_8));
        DpaEvent bound = timeline.events().get(i++);
        fold.apply(id, bound);
      }
      List<KeyValue<String, JsonNode>> changes = topology.changes();
      assertFalse(changes.isEmpty());
      assertEquals(fold.changes().stream().map(c -> KeyValue.pair(c.getKey(), ModelCodecs.json().writeChange(c.getValue())))
          .toList(), changes);
      for (KeyValue<String, JsonNode> change : changes) {
        assertEquals(id, change.key);
        assertTrue(change.value.has("clause") && change.value.has("reason"), change.value::toString);
      }
      assertEquals(fold.refused().size(), topology.deadLetters().size());
      assertEquals(fold.states().get(id), topology.entry(id).orElseThrow().state());
    }
  }

  @Test
  @DisplayName("an event dated by an instant falls on the day it is in its contract's zone, as in a timeline")
  void anInstantIsTheContractsDay() {
    ContractInstance losAngeles = MonitorGenerators.contract("acme-la");
    ContractInstance berlin = ContractInstance.builder().from(MonitorGenerators.contract("acme-berlin"))
        .terms(DpaTerms.segment().withZone(ZoneId.of("Europe/Berlin"))).build();
    ObjectNode event = (ObjectNode) ModelCodecs.json().writeEvent(MonitorGenerators.terminated("t", LocalDate.of(2020, 6, 1)));
    event.put("date", "2020-06-01T23:30:00Z"); // 16:30 on 1 June in Los Angeles, 01:30 on 2 June in Berlin
    try (TopologyHarness topology = new TopologyHarness(ModelCodecs.json(), Instant.parse("2026-01-01T12:00:00Z"))) {
      for (ContractInstance c : List.of(losAngeles, berlin)) {
        topology.register(c);
        topology.sendEventRecord(c.getId(), event.toString().getBytes(StandardCharsets.UTF_8));
      }
      assertEquals(List.of(), topology.deadLetters());
      assertEquals(List.of(LocalDate.of(2020, 6, 1)), dates(topology, losAngeles));
      assertEquals(List.of(LocalDate.of(2020, 6, 2)), dates(topology, berlin));
    }
  }

  private static List<LocalDate> dates(TopologyHarness topology, ContractInstance contract) {
    return topology.entry(contract.getId()).orElseThrow().state().getEvents().stream().map(DpaEvent::getDate).toList();
  }
}
