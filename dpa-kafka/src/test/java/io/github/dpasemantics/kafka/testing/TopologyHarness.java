package io.github.dpasemantics.kafka.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dpasemantics.kafka.ModelCodec;
import io.github.dpasemantics.kafka.MonitorTopology;
import io.github.dpasemantics.kafka.StoreFormat;
import io.github.dpasemantics.kafka.StoredContract;
import io.github.dpasemantics.kafka.Topics;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The fleet monitor's topology in Kafka's {@link TopologyTestDriver}, with the default topics, a
 * punctuator that looks every hour of (driver) wall-clock time, and helpers to produce contracts,
 * events and raw records and to read the outputs and the store.
 */
public final class TopologyHarness implements AutoCloseable {
  /** How often the punctuator looks in these tests. */
  public static final Duration ADVANCE_EVERY = Duration.ofHours(1);

  private final ObjectMapper mapper = new ObjectMapper();
  private final ModelCodec codec;
  private final Topics topics = Topics.defaults();
  private final TopologyTestDriver driver;
  private final Path stateDir;
  private final TestInputTopic<String, byte[]> contracts;
  private final TestInputTopic<String, byte[]> events;
  private final TestOutputTopic<String, byte[]> changes;
  private final TestOutputTopic<String, byte[]> deadLetters;

  /**
   * Starts the driver.
   *
   * @param codec the model codec
   * @param wallClock the driver's initial wall-clock time
   */
  public TopologyHarness(ModelCodec codec, Instant wallClock) {
    this.codec = codec;
    try {
      // under the build directory, not the OS temp directory (Kafka Streams warns on every driver there)
      Path build = Path.of("target");
      Files.createDirectories(build);
      stateDir = Files.createTempDirectory(build, "dpa-kafka-driver");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "dpa-monitor-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(MonitorTopology.build(codec, topics, ADVANCE_EVERY), p, wallClock);
    contracts = driver.createInputTopic(topics.contracts(), new StringSerializer(), new ByteArraySerializer());
    events = driver.createInputTopic(topics.events(), new StringSerializer(), new ByteArraySerializer());
    changes = driver.createOutputTopic(topics.changes(), new StringDeserializer(), new ByteArrayDeserializer());
    deadLetters = driver.createOutputTopic(topics.deadLetters(), new StringDeserializer(), new ByteArrayDeserializer());
  }

  /** The codec. */
  public ModelCodec codec() {
    return codec;
  }

  /** Registers a contract under its id. */
  public void register(ContractInstance contract) {
    contracts.pipeInput(contract.getId(), json(codec.writeContract(contract)));
  }

  /** Produces an event of a contract. */
  public void send(String contractId, DpaEvent event) {
    events.pipeInput(contractId, json(codec.writeEvent(event)));
  }

  /** Produces a raw record on the contracts topic. */
  public void sendContractRecord(String key, byte[] value) {
    contracts.pipeInput(key, value);
  }

  /** Produces a raw record on the events topic. */
  public void sendEventRecord(String key, byte[] value) {
    events.pipeInput(key, value);
  }

  /** Advances the driver's wall clock (firing the punctuator when an interval passes). */
  public void advanceWallClock(Duration d) {
    driver.advanceWallClockTime(d);
  }

  /** Reads (and consumes) the changes emitted so far, with their keys. */
  public List<KeyValue<String, JsonNode>> changes() {
    return read(changes);
  }

  /** Reads (and consumes) the dead letters emitted so far, with their keys. */
  public List<KeyValue<String, JsonNode>> deadLetters() {
    return read(deadLetters);
  }

  /** The store entry of a contract. */
  public Optional<StoredContract> entry(String contractId) {
    KeyValueStore<String, byte[]> store = driver.getKeyValueStore(MonitorTopology.STORE);
    byte[] bytes = store.get(contractId);
    return bytes == null ? Optional.empty() : Optional.of(new StoreFormat(codec, mapper).read(contractId, bytes));
  }

  /** The raw store value of a contract. */
  public Optional<byte[]> rawEntry(String contractId) {
    KeyValueStore<String, byte[]> store = driver.getKeyValueStore(MonitorTopology.STORE);
    return Optional.ofNullable(store.get(contractId));
  }

  /** The JSON text of a node, UTF-8. */
  public byte[] json(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<KeyValue<String, JsonNode>> read(TestOutputTopic<String, byte[]> topic) {
    List<KeyValue<String, JsonNode>> out = new ArrayList<>();
    for (KeyValue<String, byte[]> kv : topic.readKeyValuesToList()) {
      try {
        out.add(KeyValue.pair(kv.key, mapper.readTree(kv.value)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  @Override
  public void close() {
    driver.close();
    try (var walk = Files.walk(stateDir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
