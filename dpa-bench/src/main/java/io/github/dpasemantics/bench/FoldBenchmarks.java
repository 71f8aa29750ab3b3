package io.github.dpasemantics.bench;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.ContractState;
import io.github.dpasemantics.monitor.Monitor;
import io.github.dpasemantics.monitor.MonitorState;
import io.github.dpasemantics.monitor.Step;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

/**
 * The monitor's fold ({@link Monitor#step}) on one thread: a fleet's stream of events (100 per
 * contract, merged by date across contracts) folded into one {@link MonitorState} per contract,
 * as a Kafka Streams topology keyed by contract would; and the state of one contract of 500
 * events as of its last date and as of a past date (which replays).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class FoldBenchmarks {

  /** A fleet stream of {@code events} events across {@code events / 100} contracts. */
  @State(Scope.Benchmark)
  public static class Stream {
    @Param({"100000", "1000000"})
    public int events;

    Workloads.Fleet fleet = Workloads.fleet(MonitorBenchmarks.EVENTS_PER_CONTRACT, 1, 1);

    /** Generates the stream. */
    @Setup(Level.Trial)
    public void generate() {
      fleet = Workloads.fleet(events, Math.max(1, events / MonitorBenchmarks.EVENTS_PER_CONTRACT), 20_260_101L);
    }
  }

  /** One contract of 500 events, folded. */
  @State(Scope.Benchmark)
  public static class OneContract {
    MonitorState state = MonitorState.initial(Workloads.monitoredContract("c"));
    LocalDate last = LocalDate.MIN;
    LocalDate middle = LocalDate.MIN;

    /** Folds the contract's events. */
    @Setup(Level.Trial)
    public void fold() {
      Workloads.Fleet f = Workloads.fleet(500, 1, 20_260_101L);
      MonitorState s = MonitorState.initial(f.contracts()[0]);
      for (DpaEvent e : f.events()) {
        s = Monitor.step(s, e).next();
      }
      state = s;
      last = f.lastDate();
      middle = f.events()[250].getDate();
    }
  }

  /**
   * Folds the whole stream, one state per contract, on one thread.
   *
   * @param s the stream
   * @return the number of changes (so the work is not eliminated)
   */
  @Benchmark
  public long foldReplay(Stream s) {
    return foldCounting(s.fleet);
  }

  /**
   * Folds a fleet's stream with {@link Monitor#step}, one state per contract, on the calling
   * thread: what {@link #foldReplay} times, {@code MonitorGrowth} compares across sizes and
   * {@code MonitorBenchmarks.RetainedHeap} weighs.
   *
   * @param fleet the contracts and their merged stream
   * @param steps receives each step (its changes), so that the work is not eliminated
   * @return each contract's state after its events, by contract id
   */
  static Map<String, MonitorState> fold(Workloads.Fleet fleet, java.util.function.Consumer<Step> steps) {
    Map<String, MonitorState> states = new HashMap<>();
    for (ContractInstance c : fleet.contracts()) {
      states.put(c.getId(), MonitorState.initial(c));
    }
    String[] of = fleet.contractOf();
    DpaEvent[] events = fleet.events();
    for (int i = 0; i < events.length; i++) {
      Step step = Monitor.step(java.util.Objects.requireNonNull(states.get(of[i])), events[i]);
      steps.accept(step);
      states.put(of[i], step.next());
    }
    return states;
  }

  /**
   * Returns the number of changes of the whole stream (so the work is not eliminated).
   *
   * @param fleet the stream
   * @return the changes counted
   */
  static long foldCounting(Workloads.Fleet fleet) {
    long[] changes = new long[1];
    fold(fleet, step -> changes[0] += step.changes().size());
    return changes[0];
  }

  /**
   * The state of a 500-event contract as of its last event's date.
   *
   * @param o the contract
   * @return the state
   */
  @Benchmark
  public ContractState asOfLast500(OneContract o) {
    return o.state.asOf(o.last);
  }

  /**
   * The state of a 500-event contract as of the date of its 250th event (a replay of the events up to it).
   *
   * @param o the contract
   * @return the state
   */
  @Benchmark
  public ContractState asOfPast500(OneContract o) {
    return o.state.asOf(o.middle);
  }
}
