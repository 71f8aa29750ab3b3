package io.github.dpasemantics.kafka;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jspecify.annotations.Nullable;

/**
 * The {@code dpa-kafka} command: runs the fleet monitor ({@link MonitorTopology}) against a Kafka
 * cluster until it is stopped (SIGTERM / Ctrl-C closes it cleanly, committing its work).
 *
 * <pre>
 * dpa-kafka --bootstrap-servers HOST:PORT [--application-id ID] [--state-dir DIR] [--threads N]
 *           [--advance-every DURATION] [--contracts-topic T] [--events-topic T] [--changes-topic T]
 *           [--dead-letters-topic T]
 * </pre>
 *
 * <p>Exit codes as the {@code dpa} command line: 0 ok (stopped), 2 invalid arguments, 1 a failure
 * (the application stopped on an error). Errors are one line on standard error.
 */
public final class DpaKafka {
  /** Exit code: stopped normally. */
  public static final int OK = 0;
  /** Exit code: the application failed. */
  public static final int FAILURE = 1;
  /** Exit code: invalid arguments. */
  public static final int INVALID_INPUT = 2;
  /** The application id used when none is given. */
  public static final String DEFAULT_APPLICATION_ID = "dpa-monitor";

  private static final String USAGE = "usage: dpa-kafka --bootstrap-servers HOST:PORT [--application-id ID] [--state-dir DIR]"
      + " [--threads N] [--advance-every DURATION] [--contracts-topic T] [--events-topic T] [--changes-topic T]"
      + " [--dead-letters-topic T]";

  private DpaKafka() {}

  /**
   * Runs the command and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * The parsed arguments.
   *
   * @param bootstrapServers the brokers to connect to
   * @param applicationId the Kafka Streams application id (consumer group, prefix of internal topics)
   * @param stateDir where the RocksDB stores live, if not Kafka Streams' default
   * @param threads the number of stream threads
   * @param advanceEvery how often the punctuator checks for a new day
   * @param topics the topic names
   */
  public record Options(String bootstrapServers, String applicationId, Optional<Path> stateDir, int threads,
      Duration advanceEvery, Topics topics) {}

  /**
   * Parses the arguments.
   *
   * @param args the arguments
   * @return the options, or empty if {@code --help} was asked for
   * @throws IllegalArgumentException with a one-line message if they are invalid
   */
  public static Optional<Options> parse(String... args) {
    String bootstrap = null;
    String applicationId = DEFAULT_APPLICATION_ID;
    Optional<Path> stateDir = Optional.empty();
    int threads = 1;
    Duration advanceEvery = MonitorTopology.DEFAULT_ADVANCE_EVERY;
    Topics d = Topics.defaults();
    String contracts = d.contracts();
    String events = d.events();
    String changes = d.changes();
    String deadLetters = d.deadLetters();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        return Optional.empty();
      }
      if (!option.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + option + "'");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--bootstrap-servers" -> bootstrap = nonBlank(option, value);
        case "--application-id" -> applicationId = nonBlank(option, value);
        case "--state-dir" -> stateDir = Optional.of(Path.of(nonBlank(option, value)));
        case "--threads" -> threads = positive(option, value);
        case "--advance-every" -> advanceEvery = duration(option, value);
        case "--contracts-topic" -> contracts = nonBlank(option, value);
        case "--events-topic" -> events = nonBlank(option, value);
        case "--changes-topic" -> changes = nonBlank(option, value);
        case "--dead-letters-topic" -> deadLetters = nonBlank(option, value);
        default -> throw new IllegalArgumentException("unknown option '" + option + "'");
      }
    }
    if (bootstrap == null) {
      throw new IllegalArgumentException("--bootstrap-servers is required");
    }
    return Optional.of(new Options(bootstrap, applicationId, stateDir, threads, advanceEvery,
        new Topics(contracts, events, changes, deadLetters)));
  }

  /**
   * Returns the Kafka Streams configuration of the fleet monitor: the given servers, application
   * id, state directory and threads, and {@code processing.guarantee=exactly_once_v2}.
   *
   * @param options the options
   * @return the configuration
   */
  public static Properties streamsConfig(Options options) {
    Properties p = new Properties();
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, options.applicationId());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    // the topology has no global store; set as Kafka Streams asks, so that it does not warn at every start
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, options.threads());
    options.stateDir().ifPresent(dir -> p.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString()));
    return p;
  }

  /**
   * Runs the command until the application stops.
   *
   * @param args the arguments
   * @param out where the start line goes
   * @param err where errors go, one line each
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      Optional<Options> parsed = parse(args);
      if (parsed.isEmpty()) {
        out.println(USAGE);
        return OK;
      }
      options = parsed.get();
    } catch (IllegalArgumentException e) {
      err.println("dpa-kafka: " + e.getMessage() + " (see 'dpa-kafka --help')");
      return INVALID_INPUT;
    }
    try {
      return runStreams(options, out, err);
    } catch (RuntimeException e) {
      err.println("dpa-kafka: " + oneLine(e));
      return FAILURE;
    }
  }

  /**
   * Stops an application the way this command does: it commits its work and leaves the consumer
   * group at once, so the other instances take its partitions over without waiting for the
   * session timeout (45 s by default).
   *
   * @param streams the application
   * @return whether it stopped within 30 seconds
   */
  public static boolean stop(KafkaStreams streams) {
    return streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(Duration.ofSeconds(30)));
  }

  private static int runStreams(Options options, PrintStream out, PrintStream err) {
    KafkaStreams streams = new KafkaStreams(
        MonitorTopology.build(ModelCodecs.json(), options.topics(), options.advanceEvery()), streamsConfig(options));
    CountDownLatch stopped = new CountDownLatch(1);
    Throwable[] failure = new Throwable[1];
    streams.setUncaughtExceptionHandler(e -> {
      failure[0] = e;
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    streams.setStateListener((now, before) -> {
      if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
        stopped.countDown();
      }
    });
    Thread hook = new Thread(() -> {
      stop(streams);
      stopped.countDown();
    }, "dpa-kafka-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    streams.start();
    out.println("dpa-kafka: application '" + options.applicationId() + "' started against " + options.bootstrapServers()
        + " (" + options.topics() + ")");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stop(streams);
    Throwable f = failure[0];
    if (f != null) {
      err.println("dpa-kafka: the application stopped on an error: " + oneLine(f));
      return FAILURE;
    }
    return OK;
  }

  private static String nonBlank(String option, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(option + " must not be blank");
    }
    return value;
  }

  private static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n < 1) {
        throw new IllegalArgumentException(option + " = " + value + ": must be at least 1");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " = '" + value + "': not a whole number", e);
    }
  }

  private static Duration duration(String option, String value) {
    try {
      Duration d = Duration.parse(value.toUpperCase(Locale.ROOT));
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(option + " = " + value + ": must be positive");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " = '" + value + "': not an ISO-8601 duration such as PT5M", e);
    }
  }

  private static String oneLine(@Nullable Throwable t) {
    String m = t == null ? "unknown error" : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.replace('\n', ' ').replace('\r', ' ');
  }
}
