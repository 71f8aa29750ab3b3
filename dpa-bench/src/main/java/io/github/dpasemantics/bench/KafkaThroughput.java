package io.github.dpasemantics.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dpasemantics.kafka.DpaKafka;
import io.github.dpasemantics.kafka.ModelCodec;
import io.github.dpasemantics.kafka.ModelCodecs;
import io.github.dpasemantics.kafka.MonitorTopology;
import io.github.dpasemantics.kafka.Topics;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.Monitor;
import io.github.dpasemantics.monitor.MonitorInputException;
import io.github.dpasemantics.monitor.MonitorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateRestoreListener;

/**
 * The fleet monitor on Kafka Streams, end to end, beside the in-process fold of the same events:
 * a KRaft broker in this JVM (Kafka's test kit: one combined broker and controller, topics of two
 * partitions), a fleet's contracts registered and its events (their JSON) produced, and the time
 * from the first event produced to the last change committed (read with {@code read_committed})
 * with 1 and with 2 stream threads; then the time to restore the store of a larger fleet from its
 * changelog into an empty state directory. Not a JMH benchmark: a broker, transactions and
 * rebalances do not fit JMH's iterations; each figure is one timed run after a warm-up run of the
 * same size, printed and written as JSON.
 *
 * <p>{@code java -cp ... io.github.dpasemantics.bench.KafkaThroughput [--events N] [--contracts C]
 * [--restore-contracts R] [--json FILE]} (defaults 20,000 events over 500 contracts; 10,000
 * contracts restored; {@code dpa-bench/run.sh} runs it).
 */
public final class KafkaThroughput {
  private static final int PARTITIONS = 2;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private KafkaThroughput() {}

  /**
   * Runs the measurements.
   *
   * @param args the options
   * @throws Exception if the broker or the application fails
   */
  public static void main(String[] args) throws Exception {
    int events = 20_000;
    int contracts = 500;
    int restoreContracts = 10_000;
    String json = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--events" -> events = Integer.parseInt(args[i + 1]);
        case "--contracts" -> contracts = Integer.parseInt(args[i + 1]);
        case "--restore-contracts" -> restoreContracts = Integer.parseInt(args[i + 1]);
        case "--json" -> json = args[i + 1];
        default -> throw new IllegalArgumentException("KafkaThroughput: unknown option " + args[i]);
      }
    }
    ModelCodec codec = ModelCodecs.json();
    Workloads.Fleet fleet = Workloads.fleet(events, contracts, 42);
    Path work = Files.createTempDirectory("dpa-kafka-bench");
    List<String> rows = new ArrayList<>();
    try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
        .setNumBrokerNodes(1).setNumControllerNodes(1).setBaseDirectory(work.resolve("kraft")).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build()) {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();

      long[] foldNanos = new long[3];
      int changes = 0;
      for (int round = 0; round < foldNanos.length; round++) {
        long t0 = System.nanoTime();
        changes = fold(fleet);
        foldNanos[round] = System.nanoTime() - t0;
      }
      long fold = java.util.Arrays.stream(foldNanos).min().orElseThrow();
      rows.add(row("in-process fold", 0, fleet.events().length, fold, changes));
      System.out.printf(Locale.ROOT, "in-process fold: %d events, %d changes, %.0f events/s%n", fleet.events().length, changes,
          perSecond(fleet.events().length, fold));

      int run = 0;
      for (int threads : new int[] {1, 2, 1, 2}) {
        boolean warmUp = run < 2;
        long nanos = endToEnd(cluster, codec, fleet, changes, threads, "run" + run++, work);
        System.out.printf(Locale.ROOT, "%s topology, %d stream thread(s), %d partitions: %.1f s, %.0f events/s%n",
            warmUp ? "(warm-up)" : "", threads, PARTITIONS, nanos / 1e9, perSecond(fleet.events().length, nanos));
        if (!warmUp) {
          rows.add(row("topology", threads, fleet.events().length, nanos, changes));
        }
      }

      Workloads.Fleet big = Workloads.fleet(restoreContracts, restoreContracts, 7);
      long restore = restore(cluster, codec, big, work);
      System.out.printf(Locale.ROOT, "restore of %d contracts (%d events) from the changelog: %.1f s%n", restoreContracts,
          big.events().length, restore / 1e9);
      rows.add(row("restore", 2, big.events().length, restore, restoreContracts));
    } finally {
      try (var walk = Files.walk(work)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    if (json != null) {
      Files.writeString(Path.of(json), "[\n" + String.join(",\n", rows) + "\n]\n");
    }
  }

  /** The in-process fold of the fleet's events, one state per contract; returns the number of changes. */
  private static int fold(Workloads.Fleet fleet) {
    Map<String, MonitorState> states = new HashMap<>();
    for (ContractInstance c : fleet.contracts()) {
      states.put(c.getId(), MonitorState.initial(c));
    }
    int changes = 0;
    for (int i = 0; i < fleet.events().length; i++) {
      String id = fleet.contractOf()[i];
      try {
        var step = Monitor.step(java.util.Objects.requireNonNull(states.get(id)), fleet.events()[i]);
        states.put(id, step.next());
        changes += step.changes().size();
      } catch (MonitorInputException refused) {
        // a dead letter in the topology
      }
    }
    return changes;
  }

  private static Topics topics(String prefix) {
    return new Topics(prefix + "-contracts", prefix + "-events", prefix + "-changes", prefix + "-dead-letters");
  }

  private static void createTopics(KafkaClusterTestKit cluster, Topics t) throws Exception {
    try (Admin admin = cluster.admin()) {
      admin.createTopics(List.of(
          new NewTopic(t.contracts(), PARTITIONS, (short) 1)
              .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
          new NewTopic(t.events(), PARTITIONS, (short) 1),
          new NewTopic(t.changes(), PARTITIONS, (short) 1),
          new NewTopic(t.deadLetters(), 1, (short) 1))).all().get();
    }
  }

  private static KafkaStreams streams(KafkaClusterTestKit cluster, ModelCodec codec, Topics t, String appId, int threads,
      Path stateDir) {
    Properties p = DpaKafka.streamsConfig(new DpaKafka.Options(cluster.bootstrapServers(), appId, Optional.of(stateDir), threads,
        MonitorTopology.DEFAULT_ADVANCE_EVERY, t));
    return new KafkaStreams(MonitorTopology.build(codec, t, MonitorTopology.DEFAULT_ADVANCE_EVERY), p);
  }

  /** Time from the first event produced to the last change committed, the application running before. */
  private static long endToEnd(KafkaClusterTestKit cluster, ModelCodec codec, Workloads.Fleet fleet, int changes, int threads,
      String prefix, Path work) throws Exception {
    Topics t = topics(prefix);
    createTopics(cluster, t);
    KafkaStreams streams = streams(cluster, codec, t, "bench-" + prefix, threads, work.resolve(prefix));
    try (KafkaProducer<String, byte[]> producer = producer(cluster);
         KafkaConsumer<String, byte[]> consumer = committedReader(cluster, t.changes())) {
      register(producer, codec, t, fleet);
      streams.start();
      awaitState(streams, KafkaStreams.State.RUNNING);
      long t0 = System.nanoTime();
      List<Future<?>> sent = new ArrayList<>(fleet.events().length);
      for (int i = 0; i < fleet.events().length; i++) {
        sent.add(producer.send(new ProducerRecord<>(t.events(), fleet.contractOf()[i],
            MAPPER.writeValueAsBytes(codec.writeEvent(fleet.events()[i])))));
      }
      producer.flush();
      for (Future<?> f : sent) {
        f.get();
      }
      long seen = 0;
      long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
      while (seen < changes) {
        seen += consumer.poll(Duration.ofMillis(100)).count();
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("KafkaThroughput: " + seen + " of " + changes + " changes after 10 minutes");
        }
      }
      return System.nanoTime() - t0;
    } finally {
      DpaKafka.stop(streams);
    }
  }

  /** Folds a fleet into a store, then times the restore of that store from its changelog into an empty state directory. */
  private static long restore(KafkaClusterTestKit cluster, ModelCodec codec, Workloads.Fleet fleet, Path work) throws Exception {
    Topics t = topics("restore");
    createTopics(cluster, t);
    String appId = "bench-restore";
    KafkaStreams first = streams(cluster, codec, t, appId, 2, work.resolve("restore-1"));
    try (KafkaProducer<String, byte[]> producer = producer(cluster)) {
      register(producer, codec, t, fleet);
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < fleet.events().length; i++) {
        sent.add(producer.send(new ProducerRecord<>(t.events(), fleet.contractOf()[i],
            MAPPER.writeValueAsBytes(codec.writeEvent(fleet.events()[i])))));
      }
      for (Future<?> f : sent) {
        f.get();
      }
    }
    first.start();
    awaitState(first, KafkaStreams.State.RUNNING);
    awaitConsumed(cluster, appId, t);
    DpaKafka.stop(first);

    KafkaStreams second = streams(cluster, codec, t, appId, 2, work.resolve("restore-2"));
    AtomicLong restored = new AtomicLong();
    second.setGlobalStateRestoreListener(new StateRestoreListener() {
      @Override
      public void onRestoreStart(TopicPartition tp, String store, long start, long end) {}

      @Override
      public void onBatchRestored(TopicPartition tp, String store, long batchEnd, long n) {
        restored.addAndGet(n);
      }

      @Override
      public void onRestoreEnd(TopicPartition tp, String store, long total) {}
    });
    long t0 = System.nanoTime();
    second.start();
    awaitState(second, KafkaStreams.State.RUNNING);
    long nanos = System.nanoTime() - t0;
    DpaKafka.stop(second);
    System.out.printf(Locale.ROOT, "  (%d changelog records restored)%n", restored.get());
    return nanos;
  }

  private static void register(KafkaProducer<String, byte[]> producer, ModelCodec codec, Topics t, Workloads.Fleet fleet)
      throws Exception {
    List<Future<?>> sent = new ArrayList<>();
    for (ContractInstance c : fleet.contracts()) {
      sent.add(producer.send(new ProducerRecord<>(t.contracts(), c.getId(), MAPPER.writeValueAsBytes(codec.writeContract(c)))));
    }
    for (Future<?> f : sent) {
      f.get();
    }
  }

  /** Waits until the application's committed offsets reach the end of both input topics. */
  private static void awaitConsumed(KafkaClusterTestKit cluster, String appId, Topics t) throws Exception {
    try (Admin admin = cluster.admin(); KafkaConsumer<String, byte[]> probe = committedReader(cluster, t.events())) {
      List<TopicPartition> inputs = new ArrayList<>();
      for (int p = 0; p < PARTITIONS; p++) {
        inputs.add(new TopicPartition(t.events(), p));
        inputs.add(new TopicPartition(t.contracts(), p));
      }
      Map<TopicPartition, Long> end = probe.endOffsets(inputs);
      long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
      while (true) {
        var committed = admin.listConsumerGroupOffsets(appId).partitionsToOffsetAndMetadata().get();
        boolean done = inputs.stream().allMatch(tp -> committed.get(tp) != null && committed.get(tp).offset() >= end.getOrDefault(tp, 0L));
        if (done) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("KafkaThroughput: the restore fleet was not consumed in 15 minutes");
        }
        Thread.sleep(500);
      }
    }
  }

  private static void awaitState(KafkaStreams streams, KafkaStreams.State state) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (streams.state() != state) {
      if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
        throw new IllegalStateException("KafkaThroughput: the application is " + streams.state() + ", not " + state);
      }
      Thread.sleep(50);
    }
  }

  private static KafkaProducer<String, byte[]> producer(KafkaClusterTestKit cluster) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    // Not idempotent, one request in flight (order kept): on this loaded 2-core machine the broker
    // of the test kit at times answers an idempotent producer's retry with OUT_OF_ORDER_SEQUENCE
    // for ever. A duplicate a retry may produce is refused by the monitor (same event id).
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  private static KafkaConsumer<String, byte[]> committedReader(KafkaClusterTestKit cluster, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> parts = new ArrayList<>();
    for (int i = 0; i < PARTITIONS; i++) {
      parts.add(new TopicPartition(topic, i));
    }
    c.assign(parts);
    c.seekToBeginning(parts);
    return c;
  }

  private static double perSecond(long n, long nanos) {
    return n / (nanos / 1e9);
  }

  private static String row(String what, int threads, int events, long nanos, int count) {
    return String.format(Locale.ROOT, "  {\"what\": \"%s\", \"threads\": %d, \"partitions\": %d, \"events\": %d, \"seconds\": %.3f,"
        + " \"eventsPerSecond\": %.1f, \"count\": %d}", what, threads, PARTITIONS, events, nanos / 1e9, perSecond(events, nanos),
        count);
  }
}
