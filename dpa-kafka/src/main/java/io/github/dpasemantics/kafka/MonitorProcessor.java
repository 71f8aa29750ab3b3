package io.github.dpasemantics.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dpasemantics.json.InvalidInputException;
import io.github.dpasemantics.kafka.DeadLetter.Kind;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.Change;
import io.github.dpasemantics.monitor.Monitor;
import io.github.dpasemantics.monitor.MonitorInputException;
import io.github.dpasemantics.monitor.Step;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * The monitor of the contracts of one partition: registers contracts, folds each event into its
 * contract's state with {@link Monitor#step} and, once a day per contract (in the contract's zone),
 * reports the passing of time with {@link Monitor#advance}. Every change goes to the changes topic;
 * every record it cannot apply goes to the dead-letter topic with its reason, and the store is then
 * left as it was (a record is applied whole or not at all; with {@code exactly_once_v2} the store
 * update and the output records commit together).
 *
 * <p>The decoded state of each contract is kept in memory beside the bytes it was decoded from, so
 * an event for a contract whose store value is unchanged is folded without replaying its history;
 * a store value that differs (after a restore, or a transaction that was rolled back) is decoded
 * again.
 */
final class MonitorProcessor implements Processor<String, byte[], String, byte[]> {
  /** The "topic" named in a dead letter of the punctuator (which reads no record). */
  static final String PUNCTUATOR = "(punctuator)";

  private final ModelCodec codec;
  private final StoreFormat format;
  private final ObjectMapper mapper;
  private final Topics topics;
  private final Duration advanceEvery;
  private final Map<String, Decoded> decoded = new HashMap<>();
  private @Nullable ProcessorContext<String, byte[]> context;
  private @Nullable KeyValueStore<String, byte[]> store;

  /**
   * A store value, what it decodes to, and the JSON of its contract and of each of its events (by
   * event id, unique within a contract), so that the next value renders only the new event.
   */
  private static final class Decoded {
    final byte[] bytes;
    final StoredContract entry;
    final JsonNode contractJson;
    final Map<String, JsonNode> eventJson;

    Decoded(byte[] bytes, StoredContract entry, JsonNode contractJson, Map<String, JsonNode> eventJson) {
      this.bytes = bytes;
      this.entry = entry;
      this.contractJson = contractJson;
      this.eventJson = eventJson;
    }
  }

  MonitorProcessor(ModelCodec codec, ObjectMapper mapper, Topics topics, Duration advanceEvery) {
    this.codec = codec;
    this.mapper = mapper;
    this.format = new StoreFormat(codec, mapper);
    this.topics = topics;
    this.advanceEvery = advanceEvery;
  }

  @Override
  public void init(ProcessorContext<String, byte[]> context) {
    this.context = context;
    this.store = context.getStateStore(MonitorTopology.STORE);
    context.schedule(advanceEvery, PunctuationType.WALL_CLOCK_TIME, this::advanceAll);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    ProcessorContext<String, byte[]> ctx = context();
    Optional<RecordMetadata> meta = ctx.recordMetadata();
    Source source = new Source(meta.map(RecordMetadata::topic).orElse(""), meta.map(RecordMetadata::partition).orElse(-1),
        meta.map(RecordMetadata::offset).orElse(-1L), record);
    if (source.topic.equals(topics.contracts())) {
      register(source);
    } else {
      fold(source);
    }
  }

  /** Where a record came from, for dead letters. */
  private record Source(String topic, int partition, long offset, Record<String, byte[]> record) {
    DeadLetter dead(Kind kind, String reason, Optional<String> eventId, Optional<String> field, Optional<String> rule) {
      return new DeadLetter(kind, reason, topic, partition, offset, Optional.ofNullable(record.key()), eventId, field, rule,
          Optional.ofNullable(record.value()));
    }

    /** The record's name in messages: topic, partition and offset. */
    String name() {
      return topic + "[" + partition + "]@" + offset;
    }

    DeadLetter dead(Kind kind, String reason) {
      return dead(kind, reason, Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /** A record of the contracts topic: registers (or, as a tombstone, forgets) a contract. */
  private void register(Source source) {
    String key = source.record.key();
    byte[] value = source.record.value();
    if (key == null) {
      deadLetter(source, source.dead(Kind.MISSING_KEY, "a contract record has no key: contracts are keyed by their id"));
      return;
    }
    if (value == null) {
      store().delete(key);
      decoded.remove(key);
      return;
    }
    Optional<JsonNode> json = parse(source);
    if (json.isEmpty()) {
      return;
    }
    ContractInstance contract;
    try {
      contract = codec.readContract(json.get(), source.name());
    } catch (IllegalArgumentException e) {
      deadLetter(source, source.dead(Kind.INVALID_CONTRACT, "not a valid contract instance: " + e.getMessage(),
          Optional.empty(), path(e), rule(e)));
      return;
    }
    if (!contract.getId().equals(key)) {
      deadLetter(source, source.dead(Kind.KEY_MISMATCH, "the record's key '" + key + "' differs from the contract's id '"
          + contract.getId() + "': a contract is registered under its own id", Optional.empty(), Optional.of("$.id"),
          Optional.of("key = contract id")));
      return;
    }
    Optional<StoredContract> known = load(key);
    if (known.isPresent() && known.get().contract().equals(contract)) {
      return; // the same registration again (a compacted topic replayed): nothing changes
    }
    if (known.isPresent() && !known.get().state().getEvents().isEmpty()) {
      deadLetter(source, source.dead(Kind.CONTRACT_CHANGED, "contract '" + key + "' is already registered with "
          + known.get().state().getEvents().size() + " events folded under other terms; register an amended contract under a new id",
          Optional.empty(), Optional.empty(), Optional.of("a registered contract with events is not replaced")));
      return;
    }
    save(key, StoredContract.registered(contract));
  }

  /** A record of the events topic: folds the event into its contract's state. */
  private void fold(Source source) {
    String key = source.record.key();
    if (key == null) {
      deadLetter(source, source.dead(Kind.MISSING_KEY, "an event record has no key: events are keyed by their contract's id"));
      return;
    }
    if (source.record.value() == null) {
      deadLetter(source, source.dead(Kind.MISSING_VALUE, "an event record has no value"));
      return;
    }
    Optional<JsonNode> json = parse(source);
    if (json.isEmpty()) {
      return;
    }
    Optional<String> eventId = Optional.ofNullable(json.get().path("id").textValue());
    Optional<StoredContract> known = load(key);
    if (known.isEmpty()) {
      deadLetter(source, source.dead(Kind.UNKNOWN_CONTRACT, "no contract '" + key
          + "' is registered: register it on the contracts topic before its events", eventId,
          Optional.empty(), Optional.of("an event's key names a registered contract")));
      return;
    }
    DpaEvent event;
    try {
      // read in the contract's zone: a date given as an instant is the contract's day (as in a timeline)
      event = codec.readEvent(json.get(), source.name(), known.get().zone());
    } catch (IllegalArgumentException e) {
      deadLetter(source, source.dead(Kind.INVALID_EVENT, "not a valid event: " + e.getMessage(), eventId, path(e), rule(e)));
      return;
    }
    Step step;
    try {
      step = Monitor.step(known.get().state(), event);
    } catch (MonitorInputException e) {
      deadLetter(source, source.dead(Kind.REFUSED_BY_MONITOR, String.valueOf(e.getMessage()), Optional.of(e.getEventId()),
          Optional.of(e.getField()), Optional.of(e.getRule())));
      return;
    } catch (RuntimeException e) {
      // not a refusal the monitor names: still never half-applied (the state is a value) and never fatal
      deadLetter(source, source.dead(Kind.MONITOR_FAILED, "the monitor failed on this event: " + e, Optional.of(event.getId()),
          Optional.empty(), Optional.empty()));
      return;
    }
    save(key, known.get().withState(step.next()));
    for (Change change : step.changes()) {
      emit(key, change, source.record.timestamp());
    }
  }

  /**
   * The punctuator: advances every contract whose day (in its zone) is later than the last day it
   * was advanced to, and emits the changes dated after that day, so each is emitted once.
   */
  private void advanceAll(long wallClockMillis) {
    Instant now = Instant.ofEpochMilli(wallClockMillis);
    List<KeyValue<String, byte[]>> keys = new ArrayList<>();
    try (KeyValueIterator<String, byte[]> all = store().all()) {
      while (all.hasNext()) {
        keys.add(all.next());
      }
    }
    for (KeyValue<String, byte[]> kv : keys) {
      StoredContract entry = decode(kv.key, kv.value);
      LocalDate today = LocalDate.ofInstant(now, entry.zone());
      Optional<LocalDate> last = entry.lastAdvanced();
      if ((last.isPresent() && !today.isAfter(last.get())) || today.isBefore(entry.since())) {
        continue;
      }
      List<Change> changes;
      try {
        changes = Monitor.advance(entry.state(), today);
      } catch (RuntimeException e) {
        context().forward(new Record<>(kv.key, json(new DeadLetter(Kind.MONITOR_FAILED, "the monitor failed to advance contract '"
            + kv.key + "' to " + today + ": " + e, PUNCTUATOR, -1, -1, Optional.of(kv.key), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty()).toJson(mapper)), wallClockMillis, new RecordHeaders()), MonitorTopology.DEAD_LETTER_SINK);
        continue;
      }
      save(kv.key, entry.advancedTo(today));
      for (Change change : changes) {
        if (last.isEmpty() || change.date().isAfter(last.get())) {
          emit(kv.key, change, wallClockMillis);
        }
      }
    }
  }

  private Optional<JsonNode> parse(Source source) {
    byte[] value = source.record.value();
    try {
      JsonNode json = mapper.readTree(value);
      if (json == null || !json.isObject()) {
        deadLetter(source, source.dead(Kind.MALFORMED_JSON, "the value is not a JSON object", Optional.empty(),
            Optional.of("$"), Optional.of("a record's value is one JSON object")));
        return Optional.empty();
      }
      return Optional.of(json);
    } catch (JsonProcessingException e) {
      deadLetter(source, source.dead(Kind.MALFORMED_JSON, "malformed JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + firstLine(e.getOriginalMessage()), Optional.empty(),
          Optional.of("$"), Optional.of("a record's value is one JSON object")));
      return Optional.empty();
    } catch (IOException e) {
      deadLetter(source, source.dead(Kind.MALFORMED_JSON, "unreadable JSON: " + firstLine(e.getMessage())));
      return Optional.empty();
    }
  }

  /** The JSON path a refusal of dpa-json names. */
  private static Optional<String> path(IllegalArgumentException e) {
    return e instanceof InvalidInputException i ? Optional.of(i.getPath()) : Optional.empty();
  }

  /** The rule a refusal of dpa-json names, else its expected form. */
  private static Optional<String> rule(IllegalArgumentException e) {
    return e instanceof InvalidInputException i ? i.getRule().or(i::getExpected) : Optional.empty();
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "(no message)";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private Optional<StoredContract> load(String key) {
    byte[] bytes = store().get(key);
    return bytes == null ? Optional.empty() : Optional.of(decode(key, bytes));
  }

  private StoredContract decode(String key, byte[] bytes) {
    Decoded d = decoded.get(key);
    if (d != null && Arrays.equals(d.bytes, bytes)) {
      return d.entry;
    }
    StoredContract entry = format.read(key, bytes);
    decoded.put(key, new Decoded(bytes, entry, codec.writeContract(entry.contract()), new HashMap<>()));
    return entry;
  }

  private void save(String key, StoredContract entry) {
    Decoded before = decoded.get(key);
    JsonNode contractJson;
    Map<String, JsonNode> eventJson;
    if (before != null && before.entry.contract().equals(entry.contract())) {
      contractJson = before.contractJson;
      eventJson = before.eventJson;
    } else {
      contractJson = codec.writeContract(entry.contract());
      eventJson = new HashMap<>();
    }
    byte[] bytes = format.write(entry, contractJson, e -> eventJson.computeIfAbsent(e.getId(), id -> codec.writeEvent(e)));
    store().put(key, bytes);
    decoded.put(key, new Decoded(bytes, entry, contractJson, eventJson));
  }

  private void emit(String key, Change change, long timestamp) {
    context().forward(new Record<>(key, json(codec.writeChange(change)), timestamp, new RecordHeaders()),
        MonitorTopology.CHANGES_SINK);
  }

  private void deadLetter(Source source, DeadLetter letter) {
    context().forward(new Record<>(source.record.key(), json(letter.toJson(mapper)), source.record.timestamp(),
        new RecordHeaders()), MonitorTopology.DEAD_LETTER_SINK);
  }

  private byte[] json(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  private ProcessorContext<String, byte[]> context() {
    ProcessorContext<String, byte[]> c = context;
    if (c == null) {
      throw new IllegalStateException("MonitorProcessor used before init");
    }
    return c;
  }

  private KeyValueStore<String, byte[]> store() {
    KeyValueStore<String, byte[]> s = store;
    if (s == null) {
      throw new IllegalStateException("MonitorProcessor used before init");
    }
    return s;
  }
}
