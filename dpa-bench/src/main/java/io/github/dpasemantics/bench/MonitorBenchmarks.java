package io.github.dpasemantics.bench;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.ContractMonitor;
import io.github.dpasemantics.monitor.ContractState;
import io.github.dpasemantics.monitor.EventAccount;
import io.github.dpasemantics.monitor.MonitorSink;
import io.github.dpasemantics.monitor.ObligationInstance;
import io.github.dpasemantics.monitor.MonitorFleet;
import io.github.dpasemantics.monitor.MonitorState;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.jspecify.annotations.Nullable;

/**
 * The obligation monitor replaying pre-generated event streams ({@link Workloads}); one operation
 * is one whole replay, so events per second = {@code events} / score.
 *
 * <ul>
 *   <li>{@code fleetReplay}: a {@link MonitorFleet} of {@code events / 100} contracts (10,000 at
 *       10⁶ events) is built and fed the stream, in date order across contracts, event by event.
 *   <li>{@code fleetReplayStream}: the same fleet and stream, appended in one call of
 *       {@link MonitorFleet#appendAll(List, List)} on the calling thread (the library starts no
 *       threads): the stream is split by contract, checked whole, then each contract's part
 *       applied. In streaming mode each contract has its own counting sink.
 *   <li>{@code fleetReplayAndQuery}: the same, then every contract's state as of the last date
 *       (what is open, met, missed; rights; deadlines).
 *   <li>{@code singleContractReplay}: one contract's timeline of {@code events} events, appended
 *       one by one, then its state as of the last date: does a long history slow each event down?
 * </ul>
 *
 * <p>The fleet benchmarks run in two modes ({@code mode}): {@code full}, monitors that keep the
 * whole history ({@link ContractMonitor#of}: timeline, accounts, every instance), and
 * {@code streaming}, monitors that keep only the live state and hand accounts and closed
 * instances to a sink ({@link MonitorFleet#streaming}; here a counting sink).
 *
 * <p>The trial's setup replays each stream once and checks that no event is refused (and, when
 * streaming, that the sink received one account per event).
 *
 * <p>A replay does not pay for collecting the previous replay's result: when a collection ran
 * since the last replay, a full collection runs before the next one, outside the timing
 * ({@link Heap}); the collections a replay causes itself are inside its time.
 *
 * <p>{@link RetainedHeap#main} measures the heap a replayed fleet retains, in every mode and for the
 * fold's states ({@code FoldBenchmarks.fold}).
 *
 * <p>Besides wall-clock time, each replay records the process CPU time it used ({@link Cpu}):
 * on a shared machine the wall clock includes the time other processes held the cores, while the
 * process CPU time (this JVM's threads, garbage collection included) is the work the monitor did.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class MonitorBenchmarks {
  /** Events per contract in the fleet benchmarks. */
  public static final int EVENTS_PER_CONTRACT = 100;

  /** A fleet stream of {@code events} events across {@code events / 100} contracts. */
  @State(Scope.Benchmark)
  public static class FleetStream {
    @Param({"1000", "10000", "100000", "1000000"})
    public int events;

    /**
     * {@code full} (whole history kept) or {@code streaming} (live state only, the rest to a sink);
     * {@code MonitorGrowth} also sets {@code forgetting} (streaming, closed matters forgotten after
     * {@link RetainedHeap#FORGET_AFTER}), which the JMH runs leave out to keep their length.
     */
    @Param({"full", "streaming"})
    public String mode = "full";

    Workloads.Fleet fleet = Workloads.fleet(EVENTS_PER_CONTRACT, 1, 1);

    /** Generates the stream and replays it once, checking that every event is accepted. */
    @Setup(Level.Trial)
    public void generate() {
      fleet = Workloads.fleet(events, Math.max(1, events / EVENTS_PER_CONTRACT), 20_260_101L);
      Heap.compact();
      Counting sink = new Counting();
      MonitorFleet f = replay(fleet, mode, sink);
      int stored = 0;
      for (ContractInstance c : fleet.contracts()) {
        stored += f.monitor(c.getId()).orElseThrow().size();
      }
      if (stored != events || (streaming() && sink.accounts != events)) {
        throw new IllegalStateException("MonitorBenchmarks: " + stored + " of " + events + " events stored, "
            + sink.accounts + " accounted (" + mode + ")");
      }
      ids = java.util.Arrays.asList(fleet.contractOf());
      stream = java.util.Arrays.asList(fleet.events());
      java.util.Map<String, Counting> sinks = new java.util.HashMap<>();
      MonitorFleet p = replayStream(this, id -> sinks.computeIfAbsent(id, k -> new Counting()));
      LocalDate asOf = fleet.lastDate();
      long accounted = 0;
      for (ContractInstance c : fleet.contracts()) {
        if (!p.stateAsOf(c.getId(), asOf).equals(f.stateAsOf(c.getId(), asOf))) {
          throw new IllegalStateException("MonitorBenchmarks: one-call replay differs from event by event for " + c.getId());
        }
        Counting k = sinks.get(c.getId());
        accounted += k == null ? 0 : k.accounts;
      }
      if (streaming() && accounted != events) {
        throw new IllegalStateException("MonitorBenchmarks: one-call replay accounted " + accounted + " of " + events);
      }
    }

    private final Heap heap = new Heap();

    /** Before each replay, collects the previous replay's fleet if it may have left the young generation ({@link Heap}). */
    @Setup(Level.Invocation)
    public void collectPreviousReplay() {
      heap.collectIfPromoted();
    }

    /** The contract id of each event, as a list. */
    List<String> ids = List.of();
    /** The events, as a list. */
    List<DpaEvent> stream = List.of();

    boolean streaming() {
      return !"full".equals(mode);
    }

  }

  /** A sink that counts what it receives. */
  static final class Counting implements MonitorSink {
    long accounts;
    long closed;

    @Override
    public void accounted(EventAccount account) {
      accounts++;
    }

    @Override
    public void closed(ObligationInstance instance) {
      closed++;
    }
  }

  /**
   * Keeps the previous replay's leftovers out of the next replay's time. A replay's result is
   * dropped when the next one starts; if a collection ran during it, what it had built may have
   * been copied to the old generation, and reclaiming that (concurrent marking, mixed collections)
   * would be charged to whichever later replay happens to be running: at 10⁶ events that was
   * about half of a replay's time. So before a replay, if the collection count moved since the
   * last check, a full collection runs first, outside the timing. The collections a replay causes
   * itself (copying what it keeps) stay inside its time and its CPU time. When no collection ran
   * (the small sizes: their fleets die young), nothing is done, so caches are not disturbed.
   */
  static final class Heap {
    private long seen = -1;

    /**
     * Moves the input just generated into the old generation in allocation order, before anything
     * else is allocated: every event next to its id, dates and other fields, as a consumer's
     * freshly parsed events are. A replay reads its input, and how far apart those objects lie
     * moves its time by up to half: a 10⁵-event streaming replay took 20 ms on a stream compacted
     * this way and 31 ms on the same stream left to be copied by the collections of later
     * allocation (the setup's check replays, or generating a larger stream). Done the same way for
     * every size, so that no size or fork draws a better layout than another.
     */
    static void compact() {
      System.gc();
    }

    void collectIfPromoted() {
      long now = collections();
      if (now != seen) {
        System.gc();
        seen = collections();
      }
    }

    private static long collections() {
      long n = 0;
      for (java.lang.management.GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
        n += Math.max(0, b.getCollectionCount());
      }
      return n;
    }
  }

  /** One contract's timeline of {@code events} events. */
  @State(Scope.Benchmark)
  public static class SingleStream {
    @Param({"1000", "10000", "100000"})
    public int events;

    ContractInstance contract = Workloads.monitoredContract("solo");
    DpaEvent[] timeline = new DpaEvent[0];
    LocalDate last = Workloads.EFFECTIVE;

    private final Heap heap = new Heap();

    /** Before each replay, collects the previous replay's result if it may have left the young generation ({@link Heap}). */
    @Setup(Level.Invocation)
    public void collectPreviousReplay() {
      heap.collectIfPromoted();
    }

    /** Generates the timeline and replays it once. */
    @Setup(Level.Trial)
    public void generate() {
      List<DpaEvent> story = Workloads.story("solo", events, new Random(7));
      timeline = story.toArray(new DpaEvent[0]);
      Heap.compact();
      last = timeline[timeline.length - 1].getDate();
      ContractMonitor m = ContractMonitor.of(contract);
      for (DpaEvent e : timeline) {
        m.append(e);
      }
      if (m.size() != events) {
        throw new IllegalStateException("MonitorBenchmarks: " + m.size() + " of " + events + " events stored");
      }
    }
  }

  /**
   * Process CPU time used by the measured replays, and their number, summed per iteration: CPU
   * time per replay = {@code cpuNanos / replays}.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Cpu {
    private static final com.sun.management.OperatingSystemMXBean OS =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Process CPU nanoseconds spent in this iteration's replays. */
    public long cpuNanos;
    /** Replays in this iteration. */
    public long replays;

    /** Clears the counters for a new iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      cpuNanos = 0;
      replays = 0;
    }

    static long now() {
      return OS.getProcessCpuTime();
    }

    void add(long since) {
      cpuNanos += now() - since;
      replays++;
    }
  }

  /** An empty fleet of mode {@code full}, {@code streaming} or {@code forgetting}; the streaming modes use {@code sinks}. */
  static MonitorFleet newFleet(String mode, java.util.function.Function<String, MonitorSink> sinks) {
    switch (mode) {
      case "full":
        return new MonitorFleet();
      case "streaming":
        return MonitorFleet.streaming(sinks);
      case "forgetting":
        return MonitorFleet.streaming(sinks, RetainedHeap.FORGET_AFTER);
      default:
        throw new IllegalArgumentException("MonitorBenchmarks: mode '" + mode + "' is not full, streaming or forgetting");
    }
  }

  static MonitorFleet replay(Workloads.Fleet w) {
    return replay(w, "full", new Counting());
  }

  /** Replays {@code w} event by event into a new fleet of {@code mode}; the streaming modes hand everything to {@code sink}. */
  static MonitorFleet replay(Workloads.Fleet w, String mode, MonitorSink sink) {
    MonitorFleet fleet = newFleet(mode, id -> sink);
    for (ContractInstance c : w.contracts()) {
      fleet.add(c);
    }
    String[] of = w.contractOf();
    DpaEvent[] events = w.events();
    for (int i = 0; i < events.length; i++) {
      fleet.append(of[i], events[i]);
    }
    return fleet;
  }

  @Benchmark
  public MonitorFleet fleetReplay(FleetStream s, Cpu cpu) {
    long t0 = Cpu.now();
    MonitorFleet fleet = replay(s.fleet, s.mode, new Counting());
    cpu.add(t0);
    return fleet;
  }

  static MonitorFleet replayStream(FleetStream s, java.util.function.Function<String, MonitorSink> sinks) {
    MonitorFleet fleet = newFleet(s.mode, sinks);
    for (ContractInstance c : s.fleet.contracts()) {
      fleet.add(c);
    }
    return fleet.appendAll(s.ids, s.stream);
  }

  @Benchmark
  public MonitorFleet fleetReplayStream(FleetStream s, Cpu cpu) {
    long t0 = Cpu.now();
    MonitorFleet fleet = replayStream(s, id -> new Counting());
    cpu.add(t0);
    return fleet;
  }

  @Benchmark
  public void fleetReplayAndQuery(FleetStream s, Cpu cpu, Blackhole bh) {
    long t0 = Cpu.now();
    MonitorFleet fleet = replay(s.fleet, s.mode, new Counting());
    LocalDate asOf = s.fleet.lastDate();
    for (ContractInstance c : s.fleet.contracts()) {
      bh.consume(fleet.stateAsOf(c.getId(), asOf));
    }
    cpu.add(t0);
  }

  @Benchmark
  public ContractState singleContractReplay(SingleStream s, Cpu cpu) {
    long t0 = Cpu.now();
    ContractMonitor m = ContractMonitor.of(s.contract);
    for (DpaEvent e : s.timeline) {
      m.append(e);
    }
    ContractState state = m.stateAsOf(s.last);
    cpu.add(t0);
    return state;
  }

  /**
   * Replays fleet streams and measures the heap each replayed fleet retains (used heap after full
   * collections, with and without the fleet; the stream itself is held in both), in three modes:
   * {@code full}, {@code streaming} (closed matters remembered for ever) and {@code forgetting}
   * (streaming, closed matters forgotten {@link #FORGET_AFTER} after they closed). Besides bytes
   * per event it counts, as of the last date, the open obligations and open rights (what the
   * issue asks memory to follow) and the matters still remembered, and gives bytes per open
   * obligation or right. Prints one line per size and mode, and with {@code --json FILE} writes
   * them as JSON for the report, e.g.
   * {@code java -cp dpa-bench/target/benchmarks.jar 'io.github.dpasemantics.bench.MonitorBenchmarks$RetainedHeap' 1000000 --json out.json}.
   */
  public static final class RetainedHeap {
    /** How long the {@code forgetting} mode remembers a closed matter. */
    public static final java.time.Period FORGET_AFTER = java.time.Period.ofDays(90);

    private RetainedHeap() {}

    /**
     * Runs the measurement.
     *
     * @param args event counts (default 10⁶), optionally {@code --json FILE}
     * @throws java.io.IOException if the JSON file cannot be written
     */
    public static void main(String[] args) throws java.io.IOException {
      List<Integer> sizes = new java.util.ArrayList<>();
      String json = null;
      for (int i = 0; i < args.length; i++) {
        if ("--json".equals(args[i]) && i + 1 < args.length) {
          json = args[++i];
        } else {
          sizes.add(Integer.parseInt(args[i]));
        }
      }
      if (sizes.isEmpty()) {
        sizes.add(1_000_000);
      }
      List<String> rows = new java.util.ArrayList<>();
      for (int events : sizes) {
        Workloads.Fleet w = Workloads.fleet(events, Math.max(1, events / EVENTS_PER_CONTRACT), 20_260_101L);
        rows.add(measureFold(w, events));
        for (String mode : new String[] {"full", "streaming", "forgetting"}) {
          rows.add(measure(w, events, mode));
        }
      }
      if (json != null) {
        java.nio.file.Files.writeString(java.nio.file.Path.of(json), "[\n" + String.join(",\n", rows) + "\n]\n");
      }
    }

    private static String measure(Workloads.Fleet w, int events, String mode) {
      long base = used();
      Counting sink = new Counting();
      MonitorFleet fleet = newFleet(mode, id -> sink);
      for (ContractInstance c : w.contracts()) {
        fleet.add(c);
      }
      String[] of = w.contractOf();
      DpaEvent[] stream = w.events();
      for (int i = 0; i < stream.length; i++) {
        fleet.append(of[i], stream[i]);
      }
      long retained = used() - base;
      long open = 0;
      long rights = 0;
      for (ContractInstance c : w.contracts()) {
        ContractState s = fleet.stateAsOf(c.getId(), w.lastDate());
        open += s.getObligations().stream().filter(ObligationInstance::isOpen).count();
        rights += s.getOpenRights().size();
      }
      long remembered = "full".equals(mode) ? -1 : rememberedMatters(fleet, w);
      System.out.printf(java.util.Locale.ROOT, "%-10s %,d events, %,d contracts: retained %,d bytes (%.1f B/event);"
              + " open obligations %,d, open rights %,d (%.0f B per open obligation or right); matters remembered %s;"
              + " accounts to sink %,d, closed instances to sink %,d%n", mode, events, fleet.size(), retained,
          retained / (double) events, open, rights, retained / (double) Math.max(1, open + rights),
          remembered < 0 ? "all (full history)" : String.format(java.util.Locale.ROOT, "%,d", remembered),
          sink.accounts, sink.closed);
      return String.format(java.util.Locale.ROOT, "  {\"mode\": \"%s\", \"events\": %d, \"contracts\": %d, \"retainedBytes\": %d,"
              + " \"openObligations\": %d, \"openRights\": %d, \"remembered\": %d, \"closedToSink\": %d, \"forgetAfter\": \"%s\"}",
          mode, events, fleet.size(), retained, open, rights, remembered, sink.closed,
          "forgetting".equals(mode) ? FORGET_AFTER : "");
    }

    /**
     * The heap the fold's states keep ({@code FoldBenchmarks.fold}: one {@code MonitorState} per
     * contract, what a Kafka Streams store holds per key), and the obligations and rights open in
     * them as of the last date.
     */
    private static String measureFold(Workloads.Fleet w, int events) {
      long base = used();
      java.util.Map<String, MonitorState> states = FoldBenchmarks.fold(w, step -> { });
      long retained = used() - base;
      long open = 0;
      long rights = 0;
      for (MonitorState state : states.values()) {
        ContractState s = state.asOf(w.lastDate());
        open += s.getOpenObligations().size();
        rights += s.getOpenRights().size();
      }
      System.out.printf(java.util.Locale.ROOT, "%-10s %,d events, %,d contracts: retained %,d bytes (%.1f B/event);"
              + " open obligations %,d, open rights %,d (%.0f B per open obligation or right)%n", "fold", events,
          states.size(), retained, retained / (double) events, open, rights, retained / (double) Math.max(1, open + rights));
      return String.format(java.util.Locale.ROOT, "  {\"mode\": \"fold\", \"events\": %d, \"contracts\": %d, \"retainedBytes\": %d,"
              + " \"openObligations\": %d, \"openRights\": %d, \"remembered\": -1, \"closedToSink\": 0, \"forgetAfter\": \"\"}",
          events, states.size(), retained, open, rights);
    }

    private static long rememberedMatters(MonitorFleet fleet, Workloads.Fleet w) {
      long n = 0;
      for (ContractInstance c : w.contracts()) {
        n += fleet.monitor(c.getId()).orElseThrow().rememberedMatters();
      }
      return n;
    }

    private static long used() {
      Runtime rt = Runtime.getRuntime();
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      return rt.totalMemory() - rt.freeMemory();
    }
  }
}
