package io.github.dpasemantics.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The Kafka Streams topology of the fleet monitor, built with the Processor API:
 *
 * <pre>
 *   contracts (compacted) ─┐                      ┌─> changes       (Change JSON, key: contract id)
 *                          ├─> monitor [store] ───┤
 *   events ────────────────┘                      └─> dead-letters  (DeadLetter JSON, key: contract id)
 * </pre>
 *
 * <p>Both inputs are keyed by contract id and must be co-partitioned (the same number of
 * partitions), so a contract and its events meet in one task. The store {@value #STORE} is a
 * persistent (RocksDB) key-value store, changelogged, holding each contract's {@link StoredContract}
 * in the versioned JSON of {@link StoreFormat}. Values are read as bytes and parsed by the
 * processor, so a malformed record becomes a dead letter instead of a deserialization failure.
 */
public final class MonitorTopology {
  /** The name of the state store (its changelog topic is {@code <application.id>-dpa-monitor-state-changelog}). */
  public static final String STORE = "dpa-monitor-state";
  /** How often the punctuator looks whether a contract's day has changed, by default. */
  public static final Duration DEFAULT_ADVANCE_EVERY = Duration.ofMinutes(5);

  static final String CONTRACTS_SOURCE = "contracts-source";
  static final String EVENTS_SOURCE = "events-source";
  static final String MONITOR = "monitor";
  static final String CHANGES_SINK = "changes-sink";
  static final String DEAD_LETTER_SINK = "dead-letters-sink";

  private MonitorTopology() {}

  /**
   * Builds the topology.
   *
   * @param codec the JSON forms of the model
   * @param topics the topic names
   * @param advanceEvery how often (wall-clock) the punctuator checks whether a contract's day has
   *     changed; each contract is advanced at most once a day whatever this is
   * @return the topology
   */
  public static Topology build(ModelCodec codec, Topics topics, Duration advanceEvery) {
    Objects.requireNonNull(codec, "MonitorTopology.build: codec must not be null");
    Objects.requireNonNull(topics, "MonitorTopology.build: topics must not be null");
    Objects.requireNonNull(advanceEvery, "MonitorTopology.build: advanceEvery must not be null");
    if (advanceEvery.isNegative() || advanceEvery.isZero()) {
      throw new IllegalArgumentException("MonitorTopology.build: advanceEvery = " + advanceEvery + ": must be positive");
    }
    ObjectMapper mapper = new ObjectMapper();
    StoreBuilder<KeyValueStore<String, byte[]>> store =
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(), Serdes.ByteArray());
    Topology topology = new Topology();
    topology.addSource(CONTRACTS_SOURCE, Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), topics.contracts());
    topology.addSource(EVENTS_SOURCE, Serdes.String().deserializer(), Serdes.ByteArray().deserializer(), topics.events());
    topology.addProcessor(MONITOR, () -> new MonitorProcessor(codec, mapper, topics, advanceEvery), CONTRACTS_SOURCE,
        EVENTS_SOURCE);
    topology.addStateStore(store, MONITOR);
    topology.addSink(CHANGES_SINK, topics.changes(), Serdes.String().serializer(), Serdes.ByteArray().serializer(), MONITOR);
    topology.addSink(DEAD_LETTER_SINK, topics.deadLetters(), Serdes.String().serializer(), Serdes.ByteArray().serializer(),
        MONITOR);
    return topology;
  }
}
