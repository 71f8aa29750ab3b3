package io.github.dpasemantics.bench;

import io.github.dpasemantics.bench.MonitorBenchmarks.Counting;
import io.github.dpasemantics.bench.MonitorBenchmarks.Cpu;
import io.github.dpasemantics.bench.MonitorBenchmarks.FleetStream;
import io.github.dpasemantics.bench.MonitorBenchmarks.Heap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The growth of a fleet replay from one size to the next, measured side by side: the fold
 * ({@code FoldBenchmarks.foldReplay}: {@code Monitor.step} into one state per contract, mode
 * {@code fold}) and {@code MonitorBenchmarks.fleetReplayStream} (a {@code MonitorFleet} given the
 * stream whole, modes {@code full}, {@code streaming}, {@code forgetting}), all on one thread. JMH measures each size in its own JVM, one after the other; on a shared machine
 * the time other processes take moves from minute to minute, and each JVM compiles the monitor its
 * own way, so a ratio of two such figures carries both. Here one JVM replays every size in
 * rounds: in each round, in a shuffled order, a block of each size holding about the same number
 * of events (1,000 replays of 10³ events, ..., one replay of 10⁶), so that the sizes a ratio
 * compares ran within a second or two of each other, with the same compiled code. A round's ratio
 * is the mean time of a replay of one size over that of the size 10× smaller; the report gives
 * the median over the rounds and the spread.
 *
 * <p>Each replay is what {@code foldReplay} or {@code fleetReplayStream} times: fresh states or a
 * fresh fleet, the whole stream folded on the calling thread, and before it the same {@link Heap} rule (a full collection outside the timing if one ran since the previous
 * replay). Run it with the JMH benchmarks' heap ({@code -Xms2g -Xmx6g}, as {@code run.sh} does).
 */
public final class MonitorGrowth {
  private static final int[] ALL_SIZES = {1_000, 10_000, 100_000, 1_000_000};
  /** Events per block: a block of size {@code n} is {@code BLOCK / n} replays. */
  private static final int BLOCK = 1_000_000;

  private static final String USAGE = "usage: MonitorGrowth [rounds] [warm-up rounds] [--mode fold|full|streaming|forgetting]"
      + " [--heap LABEL] [--up-to N] [--json FILE]\n  defaults: 15 rounds, 3 warm-up rounds, every mode in turn,"
      + " heap label 'default', every size (10^3 to 10^6 events)";

  private MonitorGrowth() {}

  /**
   * Replays each mode in rounds and prints each block's mean time per replay.
   *
   * @param args {@code [rounds] [warm-up rounds] [--mode fold|full|streaming|forgetting] [--heap LABEL] [--up-to N]
   *     [--json FILE]} (default 15 and 3, the modes fold, full, streaming and forgetting, each in turn;
   *     LABEL names the JVM's heap
   *     settings in the JSON, default {@code default}; sizes up to N events, default all)
   * @throws IOException if the JSON file cannot be written
   */
  public static void main(String[] args) throws IOException {
    List<Integer> counts = new ArrayList<>();
    String json = null;
    List<String> modes = List.of("fold", "full", "streaming", "forgetting");
    String heapLabel = "default";
    int upTo = Integer.MAX_VALUE;
    for (int i = 0; i < args.length; i++) {
      if ("--json".equals(args[i]) && i + 1 < args.length) {
        json = args[++i];
      } else if ("--up-to".equals(args[i]) && i + 1 < args.length) {
        upTo = Integer.parseInt(args[++i]);
      } else if ("--heap".equals(args[i]) && i + 1 < args.length) {
        heapLabel = args[++i];
      } else if ("--mode".equals(args[i]) && i + 1 < args.length) {
        modes = List.of(args[++i]);
      } else if ("--help".equals(args[i]) || "-h".equals(args[i])) {
        System.out.println(USAGE);
        return;
      } else if (args[i].matches("\\d{1,9}")) {
        counts.add(Integer.parseInt(args[i]));
      } else {
        System.err.println("MonitorGrowth: unknown argument '" + args[i] + "'\n" + USAGE);
        System.exit(2);
      }
    }
    int max = upTo;
    int[] sizes = java.util.Arrays.stream(ALL_SIZES).filter(n -> n <= max).toArray();
    int rounds = counts.isEmpty() ? 15 : counts.get(0);
    int warmup = counts.size() < 2 ? 3 : counts.get(1);
    List<String> rows = new ArrayList<>();
    for (String mode : modes) {
      boolean fold = "fold".equals(mode);
      FleetStream[] streams = new FleetStream[sizes.length];
      Workloads.Fleet[] fleets = new Workloads.Fleet[sizes.length];
      for (int s = 0; s < sizes.length; s++) {
        if (fold) {
          fleets[s] = Workloads.fleet(sizes[s], Math.max(1, sizes[s] / MonitorBenchmarks.EVENTS_PER_CONTRACT), 20_260_101L);
          Heap.compact();
        } else {
          FleetStream f = new FleetStream();
          f.events = sizes[s];
          f.mode = mode;
          f.generate(); // also checks that the one-call replay equals the event-by-event one
          streams[s] = f;
        }
      }
      Heap heap = new Heap();
      Random shuffle = new Random(20_261_129L);
      double[][] ms = new double[sizes.length][rounds];
      double[][] cpuMs = new double[sizes.length][rounds];
      List<Integer> order = new ArrayList<>();
      for (int s = 0; s < sizes.length; s++) {
        order.add(s);
      }
      for (int r = -warmup; r < rounds; r++) {
        Collections.shuffle(order, shuffle);
        for (int s : order) {
          int replays = Math.max(1, BLOCK / sizes[s]);
          long wall = 0;
          long cpu = 0;
          for (int k = 0; k < replays; k++) {
            heap.collectIfPromoted();
            long c0 = Cpu.now();
            long t0 = System.nanoTime();
            int contracts;
            if (fold) {
              contracts = FoldBenchmarks.fold(fleets[s], step -> { }).size();
            } else {
              contracts = MonitorBenchmarks.replayStream(streams[s], id -> new Counting()).size();
            }
            wall += System.nanoTime() - t0;
            cpu += Cpu.now() - c0;
            if (contracts != Math.max(1, sizes[s] / MonitorBenchmarks.EVENTS_PER_CONTRACT)) {
              throw new IllegalStateException("MonitorGrowth: a replay lost contracts");
            }
          }
          if (r >= 0) {
            ms[s][r] = wall / 1e6 / replays;
            cpuMs[s][r] = cpu / 1e6 / replays;
          }
        }
      }
      for (int s = 0; s < sizes.length; s++) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "  {\"heap\": \"%s\", \"mode\": \"%s\", \"events\": %d, \"replaysPerRound\": %d, \"ms\": [",
            heapLabel, mode, sizes[s], Math.max(1, BLOCK / sizes[s])));
        for (int r = 0; r < rounds; r++) {
          b.append(r == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", ms[s][r]));
        }
        b.append("], \"cpuMs\": [");
        for (int r = 0; r < rounds; r++) {
          b.append(r == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", cpuMs[s][r]));
        }
        b.append("]}");
        rows.add(b.toString());
        System.out.printf(Locale.ROOT, "%s %,d events: median %.3f ms per replay over %d rounds%n", mode, sizes[s],
            median(ms[s]), rounds);
      }
    }
    if (json != null) {
      Files.writeString(Path.of(json), "[\n" + String.join(",\n", rows) + "\n]\n");
    }
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
