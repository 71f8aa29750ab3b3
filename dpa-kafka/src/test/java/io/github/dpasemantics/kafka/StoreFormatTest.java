package io.github.dpasemantics.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.MonitorInputException;
import io.github.dpasemantics.monitor.MonitorState;
import io.github.dpasemantics.monitor.testing.MonitorGenerators;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The versioned JSON of the state store: what is written reads back to the same state; what this release cannot read is refused by name. */
class StoreFormatTest {
  private final ObjectMapper mapper = new ObjectMapper();
  private final ModelCodec codec = ModelCodecs.json();
  private final StoreFormat format = new StoreFormat(codec, mapper);

  @Test
  void anEntryReadsBackToTheSameStateAndDay() {
    qt().withExamples(50).forAll(MonitorGenerators.timelines(30), org.quicktheories.generators.SourceDSL.booleans().all())
        .checkAssert((events, advanced) -> {
          MonitorState s = MonitorState.initial(MonitorGenerators.contract());
          for (DpaEvent e : events) {
            try {
              s = io.github.dpasemantics.monitor.Monitor.step(s, e).next();
            } catch (MonitorInputException refused) {
              // the store holds only what the monitor accepted
            }
          }
          StoredContract entry = new StoredContract(s, advanced ? Optional.of(LocalDate.of(2026, 12, 4)) : Optional.empty());
          StoredContract back = format.read("acme-2020", format.write(entry));
          assertEquals(entry, back);
          assertEquals(s.asOf(LocalDate.of(2022, 1, 1)), back.state().asOf(LocalDate.of(2022, 1, 1)));
        });
  }

  @Test
  void theValueIsVersionedJson() throws Exception {
    StoredContract entry = StoredContract.registered(MonitorGenerators.contract()).advancedTo(LocalDate.of(2026, 12, 4));
    JsonNode json = mapper.readTree(format.write(entry));
    assertEquals(1, json.get("version").intValue());
    assertTrue(json.get("contract").isObject());
    assertTrue(json.get("events").isArray());
    assertEquals("2026-12-04", json.get("lastAdvanced").asText());
    assertEquals(List.of("version", "contract", "events", "lastAdvanced"), fieldNames(json));
    JsonNode never = mapper.readTree(format.write(StoredContract.registered(MonitorGenerators.contract())));
    assertEquals(List.of("version", "contract", "events"), fieldNames(never));
  }

  @Test
  void aNewerVersionIsRefusedByName() throws Exception {
    ObjectNode json = (ObjectNode) mapper.readTree(format.write(StoredContract.registered(MonitorGenerators.contract())));
    json.put("version", 2);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> format.read("acme-2020", mapper.writeValueAsBytes(json)));
    assertEquals("the state store entry of contract 'acme-2020' cannot be read: $.version is 2; this release reads versions 1 to 1",
        e.getMessage());
  }

  @Test
  void damagedValuesAreRefusedByName() {
    for (String bad : List.of("{", "[]", "{\"version\":1}", "{\"version\":1,\"contract\":{},\"events\":[]}",
        "{\"version\":\"1\"}")) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> format.read("k", bad.getBytes(StandardCharsets.UTF_8)), bad);
      assertTrue(e.getMessage().startsWith("the state store entry of contract 'k' cannot be read: "), e.getMessage());
    }
  }

  private static List<String> fieldNames(JsonNode json) {
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
