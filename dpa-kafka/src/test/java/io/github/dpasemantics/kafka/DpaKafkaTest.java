package io.github.dpasemantics.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code dpa-kafka} command's arguments, configuration, exit codes and one-line errors. */
class DpaKafkaTest {

  @Test
  void defaultsAndExactlyOnce() {
    DpaKafka.Options o = DpaKafka.parse("--bootstrap-servers", "localhost:9092").orElseThrow();
    assertEquals("dpa-monitor", o.applicationId());
    assertEquals(Topics.defaults(), o.topics());
    assertEquals(1, o.threads());
    assertEquals(MonitorTopology.DEFAULT_ADVANCE_EVERY, o.advanceEvery());
    Properties p = DpaKafka.streamsConfig(o);
    assertEquals(StreamsConfig.EXACTLY_ONCE_V2, p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    assertEquals("localhost:9092", p.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG));
    assertEquals("dpa-monitor", p.get(StreamsConfig.APPLICATION_ID_CONFIG));
    assertEquals(false, p.containsKey(StreamsConfig.STATE_DIR_CONFIG));
  }

  @Test
  void everyOption() {
    DpaKafka.Options o = DpaKafka.parse("--bootstrap-servers", "b:1", "--application-id", "fleet", "--state-dir", "/tmp/s",
        "--threads", "2", "--advance-every", "pt1h", "--contracts-topic", "c", "--events-topic", "e", "--changes-topic", "x",
        "--dead-letters-topic", "d").orElseThrow();
    assertEquals(new DpaKafka.Options("b:1", "fleet", Optional.of(Path.of("/tmp/s")), 2, Duration.ofHours(1),
        new Topics("c", "e", "x", "d")), o);
    Properties p = DpaKafka.streamsConfig(o);
    assertEquals(2, p.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG));
    assertEquals("/tmp/s", p.get(StreamsConfig.STATE_DIR_CONFIG));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|--bootstrap-servers is required",
      "--bootstrap-servers|--bootstrap-servers needs a value",
      "--bootstrap-servers b:1 --threads 0|--threads = 0: must be at least 1",
      "--bootstrap-servers b:1 --threads two|--threads = 'two': not a whole number",
      "--bootstrap-servers b:1 --advance-every 5m|--advance-every = '5m': not an ISO-8601 duration such as PT5M",
      "--bootstrap-servers b:1 --advance-every PT0S|--advance-every = PT0S: must be positive",
      "--bootstrap-servers b:1 --frobnicate 1|unknown option '--frobnicate'",
      "--bootstrap-servers b:1 extra|unexpected argument 'extra'",
      "--bootstrap-servers b:1 --events-topic contracts|the four topics must differ",
  })
  void invalidArgumentsExitWithTwoAndOneLine(String args, String message) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] argv = args.isEmpty() ? new String[0] : args.split(" ");
    int code = DpaKafka.run(argv, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(DpaKafka.INVALID_INPUT, code);
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("dpa-kafka: ") && text.contains(message) && text.endsWith("(see 'dpa-kafka --help')" + System.lineSeparator()),
        text);
    assertEquals(1, text.lines().count(), text);
  }

  @Test
  void helpPrintsUsageAndExitsWithZero() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = DpaKafka.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(DpaKafka.OK, code);
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: dpa-kafka --bootstrap-servers HOST:PORT"));
  }
}
