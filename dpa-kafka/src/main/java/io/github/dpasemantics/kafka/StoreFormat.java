package io.github.dpasemantics.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.MonitorState;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The versioned JSON of a {@link StoredContract} in the state store and its changelog topic:
 *
 * <pre>{@code
 * {"version": 1, "contract": {...}, "events": [{...}, ...], "lastAdvanced": "2026-12-04"}
 * }</pre>
 *
 * <p>{@code contract} and each event are in the model's JSON forms ({@link ModelCodec}); the
 * monitor's state is not stored, only what it is a function of, so a later release whose monitor
 * differs reads an older store by folding the stored events again. {@code lastAdvanced} is left out
 * until the punctuator first advances the contract. A store value with another version, or one
 * that does not read back, is refused with an {@link IllegalStateException} naming the contract and
 * the problem (a store written by a newer release, or damaged).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StoreFormat {
  /** The version this release writes, and the newest it reads. */
  public static final int VERSION = 1;

  private final ModelCodec codec;
  private final ObjectMapper mapper;

  /**
   * Creates the format over a model codec.
   *
   * @param codec the JSON forms of the contract and the events
   * @param mapper the mapper that reads and writes the JSON text
   */
  public StoreFormat(ModelCodec codec, ObjectMapper mapper) {
    this.codec = Objects.requireNonNull(codec, "StoreFormat: codec must not be null");
    this.mapper = Objects.requireNonNull(mapper, "StoreFormat: mapper must not be null");
  }

  /**
   * Writes an entry.
   *
   * @param entry the entry
   * @return its JSON, UTF-8
   */
  public byte[] write(StoredContract entry) {
    return write(entry, codec.writeContract(entry.contract()), codec::writeEvent);
  }

  /**
   * Writes an entry from JSON already rendered: the contract's and each event's (a caller that
   * keeps them from one write to the next renders only what is new).
   *
   * @param entry the entry
   * @param contract the contract's JSON, as {@link ModelCodec#writeContract} renders it
   * @param eventJson each event's JSON, as {@link ModelCodec#writeEvent} renders it
   * @return its JSON, UTF-8
   */
  public byte[] write(StoredContract entry, JsonNode contract, java.util.function.Function<DpaEvent, JsonNode> eventJson) {
    ObjectNode root = mapper.createObjectNode();
    root.put("version", VERSION);
    root.set("contract", contract);
    ArrayNode events = root.putArray("events");
    for (DpaEvent e : entry.state().getEvents()) {
      events.add(eventJson.apply(e));
    }
    entry.lastAdvanced().ifPresent(d -> root.put("lastAdvanced", d.toString()));
    try {
      return mapper.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the store entry of contract '" + entry.contract().getId() + "': "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads an entry, folding its events into the monitor's state again.
   *
   * @param key the contract id the entry is stored under (for messages)
   * @param bytes the JSON
   * @return the entry
   * @throws IllegalStateException if the value is not a store entry this release reads
   */
  public StoredContract read(String key, byte[] bytes) {
    JsonNode root;
    try {
      root = mapper.readTree(bytes);
    } catch (IOException e) {
      throw refused(key, "not JSON (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw refused(key, "not a JSON object");
    }
    JsonNode version = root.path("version");
    if (!version.isInt() || version.intValue() < 1 || version.intValue() > VERSION) {
      throw refused(key, "$.version is " + version + "; this release reads versions 1 to " + VERSION);
    }
    try {
      String source = "the state store entry of '" + key + "'";
      ContractInstance contract = codec.readContract(required(root, "contract"), source);
      JsonNode array = required(root, "events");
      if (!array.isArray()) {
        throw new IllegalArgumentException("$.events is not an array");
      }
      List<DpaEvent> events = new ArrayList<>(array.size());
      for (JsonNode e : array) {
        events.add(codec.readEvent(e, source, contract.getTerms().getZone()));
      }
      JsonNode last = root.path("lastAdvanced");
      Optional<LocalDate> lastAdvanced = last.isMissingNode() ? Optional.empty() : Optional.of(LocalDate.parse(last.asText()));
      return new StoredContract(MonitorState.of(contract, events), lastAdvanced);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw refused(key, String.valueOf(e.getMessage()));
    }
  }

  private static JsonNode required(JsonNode root, String field) {
    JsonNode value = root.get(field);
    if (value == null) {
      throw new IllegalArgumentException("$." + field + " is missing");
    }
    return value;
  }

  private static IllegalStateException refused(String key, String problem) {
    return new IllegalStateException("the state store entry of contract '" + key + "' cannot be read: " + problem);
  }
}
