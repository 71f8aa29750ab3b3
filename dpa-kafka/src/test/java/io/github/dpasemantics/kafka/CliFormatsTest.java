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
import io.github.dpasemantics.model.event.DpaEvent;
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
}
