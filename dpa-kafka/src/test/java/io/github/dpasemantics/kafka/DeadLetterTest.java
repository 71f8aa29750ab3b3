package io.github.dpasemantics.kafka;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.EFFECTIVE;
import static io.github.dpasemantics.monitor.testing.MonitorGenerators.contract;
import static io.github.dpasemantics.monitor.testing.MonitorGenerators.deletionRequested;
import static io.github.dpasemantics.monitor.testing.MonitorGenerators.terminated;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.dpasemantics.kafka.testing.TopologyHarness;
import io.github.dpasemantics.model.contract.ContractInstance;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each kind of bad input becomes one dead letter naming the kind, the reason, where the record came
 * from and the original payload; the application keeps running and the store is left as it was.
 */
class DeadLetterTest {
  private static final ContractInstance CONTRACT = contract("acme-2020");
  private static final Schema DEAD_LETTER_SCHEMA = schema("kafka/dead-letter.schema.json");
  private TopologyHarness topology;
  private byte[] before;

  /** A schema of docs/schemas (the tests run in dpa-kafka/). */
  private static Schema schema(String relative) {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(Files.readString(Path.of("..", "docs", "schemas", relative)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void start() {
    topology = new TopologyHarness(ModelCodecs.json(), Instant.parse("2026-01-01T12:00:00Z"));
    topology.register(CONTRACT);
    topology.send(CONTRACT.getId(), terminated("t", EFFECTIVE.plusDays(10)));
    assertEquals(1, topology.entry(CONTRACT.getId()).orElseThrow().state().getEvents().size());
    topology.changes();
    before = topology.rawEntry(CONTRACT.getId()).orElseThrow();
  }

  @AfterEach
  void stop() {
    // never half-applied: the contract's entry is exactly as before the bad record, and the
    // application still folds the next good event
    assertArrayEquals(before, topology.rawEntry(CONTRACT.getId()).orElseThrow());
    topology.send(CONTRACT.getId(), deletionRequested("after", EFFECTIVE.plusDays(11)));
    assertEquals(2, topology.entry(CONTRACT.getId()).orElseThrow().state().getEvents().size());
    assertEquals(List.of(), topology.deadLetters());
    topology.close();
  }

  private JsonNode only(String kind) {
    List<KeyValue<String, JsonNode>> dead = topology.deadLetters();
    assertEquals(1, dead.size(), dead::toString);
    JsonNode letter = dead.get(0).value;
    assertEquals(kind, letter.path("kind").asText(), letter::toString);
    assertFalse(letter.path("reason").asText().isBlank());
    assertFalse(letter.path("reason").asText().contains("\n"), "one line");
    assertTrue(letter.path("offset").isIntegralNumber());
    assertEquals(List.of(), topology.changes());
    assertEquals(List.of(), DEAD_LETTER_SCHEMA.validate(letter.toString(), InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList(), "docs/schemas/kafka/dead-letter.schema.json");
    return letter;
  }

  @Test
  @DisplayName("an event for a contract that is not registered")
  void unknownContract() {
    byte[] payload = topology.json(topology.codec().writeEvent(terminated("x", EFFECTIVE)));
    topology.sendEventRecord("nobody", payload);
    JsonNode letter = only("UNKNOWN_CONTRACT");
    assertEquals("nobody", letter.path("contract").asText());
    assertEquals("x", letter.path("eventId").asText());
    assertEquals("events", letter.path("topic").asText());
    assertEquals(new String(payload, StandardCharsets.UTF_8), letter.path("payload").asText());
    assertTrue(letter.path("reason").asText().contains("nobody"));
  }

  @Test
  @DisplayName("malformed JSON on the events topic names line and column and keeps the payload")
  void malformedEvent() {
    topology.sendEventRecord(CONTRACT.getId(), "{\"type\": \"AgreementTerminated\", \"id\": ".getBytes(StandardCharsets.UTF_8));
    JsonNode letter = only("MALFORMED_JSON");
    assertTrue(letter.path("reason").asText().contains("line 1"), letter::toString);
    assertEquals("{\"type\": \"AgreementTerminated\", \"id\": ", letter.path("payload").asText());
    assertEquals(CONTRACT.getId(), letter.path("contract").asText());
  }

  @Test
  @DisplayName("a value that is JSON but not an object")
  void notAnObject() {
    topology.sendEventRecord(CONTRACT.getId(), "[1, 2]".getBytes(StandardCharsets.UTF_8));
    assertEquals("$", only("MALFORMED_JSON").path("field").asText());
  }

  @Test
  @DisplayName("bytes that are not UTF-8 are kept in Base64")
  void binaryPayload() {
    byte[] bytes = {(byte) 0xff, (byte) 0xfe, 0x00, 0x41};
    topology.sendEventRecord(CONTRACT.getId(), bytes);
    JsonNode letter = only("MALFORMED_JSON");
    assertArrayEquals(bytes, Base64.getDecoder().decode(letter.path("payloadBase64").asText()));
  }

  @Test
  @DisplayName("JSON that is not a valid event")
  void invalidEvent() {
    topology.sendEventRecord(CONTRACT.getId(), "{\"type\": \"NoSuchEvent\", \"id\": \"q\"}".getBytes(StandardCharsets.UTF_8));
    JsonNode letter = only("INVALID_EVENT");
    assertEquals("q", letter.path("eventId").asText());
    assertEquals("$.type", letter.path("field").asText(), letter::toString);
    assertTrue(letter.path("reason").asText().contains("events[0]@"), letter::toString);
  }

  @Test
  @DisplayName("an event the monitor refuses (a second event with the same id) names the event, field and rule")
  void refusedByMonitor() {
    topology.send(CONTRACT.getId(), deletionRequested("t", EFFECTIVE.plusDays(12)));
    JsonNode letter = only("REFUSED_BY_MONITOR");
    assertEquals("t", letter.path("eventId").asText());
    assertEquals("id", letter.path("field").asText());
    assertFalse(letter.path("rule").asText().isBlank());
  }

  @Test
  @DisplayName("an event dated before the Addendum takes effect is refused by the monitor")
  void beforeTheAddendum() {
    topology.send(CONTRACT.getId(), deletionRequested("early", EFFECTIVE.minusDays(30)));
    JsonNode letter = only("REFUSED_BY_MONITOR");
    assertEquals("date", letter.path("field").asText());
  }

  @Test
  @DisplayName("records without a key, on either topic, and an event record without a value")
  void missingKeyOrValue() {
    byte[] payload = topology.json(topology.codec().writeEvent(terminated("x", EFFECTIVE)));
    topology.sendEventRecord(null, payload);
    assertFalse(only("MISSING_KEY").has("contract"));
    topology.sendContractRecord(null, topology.json(topology.codec().writeContract(contract("other"))));
    only("MISSING_KEY");
    topology.sendEventRecord(CONTRACT.getId(), null);
    JsonNode letter = only("MISSING_VALUE");
    assertFalse(letter.has("payload"));
  }

  @Test
  @DisplayName("a contract that is not valid JSON for a contract instance")
  void invalidContract() {
    topology.sendContractRecord("other", "{\"id\": \"other\"}".getBytes(StandardCharsets.UTF_8));
    JsonNode letter = only("INVALID_CONTRACT");
    assertTrue(letter.path("field").asText().startsWith("$"), letter::toString);
    assertEquals(Optional.empty(), topology.rawEntry("other"));
  }

  @Test
  @DisplayName("a contract registered under a key other than its id")
  void keyMismatch() {
    topology.sendContractRecord("other", topology.json(topology.codec().writeContract(contract("another"))));
    assertEquals("$.id", only("KEY_MISMATCH").path("field").asText());
    assertEquals(Optional.empty(), topology.rawEntry("other"));
    assertEquals(Optional.empty(), topology.rawEntry("another"));
  }

  @Test
  @DisplayName("a different contract under the id of one that has events is refused; the same one again is a no-op")
  void changedContract() {
    ContractInstance amended = ContractInstance.builder().from(CONTRACT)
        .agreement(io.github.dpasemantics.model.contract.Agreement.of(java.time.LocalDate.of(2019, 1, 1))).build();
    topology.register(amended);
    only("CONTRACT_CHANGED");
    topology.register(CONTRACT);
    assertEquals(List.of(), topology.deadLetters());
  }
}
