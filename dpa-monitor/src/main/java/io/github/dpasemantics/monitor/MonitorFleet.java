package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Phaser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Many contracts, one monitor each: route each event to its contract's {@link ContractMonitor}.
 * The cost of an event does not depend on how many contracts the fleet holds (one hash lookup).
 * Contracts are numbered in the order they are added.
 *
 * <pre>{@code
 * MonitorFleet fleet = new MonitorFleet();
 * fleet.add(contractA).add(contractB);
 * fleet.append("acme-2020", notice);
 * fleet.stateAsOf("acme-2020", LocalDate.of(2024, 3, 20));
 * }</pre>
 *
 * <p>A fleet made by {@link #streaming(Function)} gives each contract a streaming monitor
 * ({@link ContractMonitor#streaming}): events in timeline order per contract, accounts and closed
 * instances handed to the contract's sink, memory proportional to what is open.
 *
 * <p><b>Parallel replay.</b> {@link #appendAll(List, List, int)} takes a fleet's stream (events
 * of many contracts, interleaved) and applies it on several threads: it splits the stream by
 * contract, keeping each contract's events in their relative order, checks every contract's part
 * first and, only if no event is refused, applies each contract's part on one of the threads.
 * The result is that of {@link #appendAll(String, Collection)} for each contract in turn.
 *
 * <pre>{@code
 * fleet.appendAll(contractIdOfEachEvent, events, Runtime.getRuntime().availableProcessors());
 * }</pre>
 *
 * <p>This class is not thread-safe: a fleet must not be used by other threads while a call on
 * it, including a parallel {@code appendAll}, is running.
 */
public final class MonitorFleet {
  /**
   * The fewest events per thread in {@link #appendAll(List, List, int)}: a shorter stream is
   * applied on fewer threads, since starting a thread costs about as much as applying a few
   * thousand events.
   */
  public static final int MIN_EVENTS_PER_THREAD = 4096;

  /** The contracts by id. */
  private final StringMap<Member> byId = new StringMap<>();
  /** The contracts in the order they were added: a contract's number is its position here. */
  private final List<Member> members = new ArrayList<>();
  /**
   * {@link #appendAll(List, List, int)}'s scratch, one entry per contract number: the contract's
   * part in the running call, or -1 (every entry between calls).
   */
  private int[] partOfMember = new int[0];
  private final @Nullable Function<String, MonitorSink> sinks;
  private final @Nullable Period forgetAfter;

  /** A contract of the fleet: its monitor and its number. */
  private static final class Member {
    final ContractMonitor monitor;
    final int number;

    Member(ContractMonitor monitor, int number) {
      this.monitor = monitor;
      this.number = number;
    }
  }

  /** Creates an empty fleet of full-history monitors ({@link ContractMonitor#of}). */
  public MonitorFleet() {
    this.sinks = null;
    this.forgetAfter = null;
  }

  private MonitorFleet(Function<String, MonitorSink> sinks, @Nullable Period forgetAfter) {
    this.sinks = sinks;
    this.forgetAfter = forgetAfter;
  }

  /**
   * Creates an empty fleet of streaming monitors: {@code sinkFor} is asked, once per contract
   * added, for the sink of that contract id.
   *
   * @param sinkFor the sink of each contract, by contract id
   * @return the fleet
   */
  public static MonitorFleet streaming(Function<String, MonitorSink> sinkFor) {
    return new MonitorFleet(Objects.requireNonNull(sinkFor, "MonitorFleet.streaming: sinkFor must not be null"), null);
  }

  /**
   * Creates an empty fleet of streaming monitors that forget closed matters after
   * {@code forgetClosedAfter} ({@link ContractMonitor#streaming(ContractInstance, MonitorSink, Period)}):
   * the fleet's memory then follows its open obligations and rights, not its history.
   *
   * @param sinkFor the sink of each contract, by contract id
   * @param forgetClosedAfter how long a closed matter is remembered, zero or more
   * @return the fleet
   * @throws IllegalArgumentException if {@code forgetClosedAfter} is negative
   */
  public static MonitorFleet streaming(Function<String, MonitorSink> sinkFor, Period forgetClosedAfter) {
    return new MonitorFleet(Objects.requireNonNull(sinkFor, "MonitorFleet.streaming: sinkFor must not be null"),
        ContractMonitor.checkedForgetting(forgetClosedAfter, "MonitorFleet.streaming"));
  }

  /**
   * Tells whether this fleet's monitors stream.
   *
   * @return true if made by {@link #streaming(Function)}
   */
  public boolean isStreaming() {
    return sinks != null;
  }

  /**
   * Adds a contract with an empty timeline.
   *
   * @param contract the contract
   * @return this fleet
   * @throws IllegalArgumentException if a contract with the same id is already in the fleet
   */
  public MonitorFleet add(ContractInstance contract) {
    Objects.requireNonNull(contract, "MonitorFleet.add: contract must not be null");
    if (byId.containsKey(contract.getId())) {
      throw new IllegalArgumentException("MonitorFleet.add: contract id '" + contract.getId() + "' is already in the fleet");
    }
    Function<String, MonitorSink> f = sinks;
    ContractMonitor m;
    if (f == null) {
      m = ContractMonitor.of(contract);
    } else {
      MonitorSink sink = Objects.requireNonNull(f.apply(contract.getId()),
          () -> "MonitorFleet.add: the sink function gave no sink for contract '" + contract.getId() + "'");
      Period after = forgetAfter;
      m = after == null ? ContractMonitor.streaming(contract, sink) : ContractMonitor.streaming(contract, sink, after);
    }
    Member member = new Member(m, members.size());
    members.add(member);
    byId.put(contract.getId(), member);
    return this;
  }

  /**
   * Returns the monitor of a contract.
   *
   * @param contractId the contract id
   * @return the monitor, or empty if the fleet has no such contract
   * @throws NullPointerException if {@code contractId} is null
   */
  public Optional<ContractMonitor> monitor(String contractId) {
    Objects.requireNonNull(contractId, "MonitorFleet.monitor: contractId must not be null");
    Member m = byId.get(contractId);
    return m == null ? Optional.empty() : Optional.of(m.monitor);
  }

  /**
   * Returns the number of contracts.
   *
   * @return the count
   */
  public int size() {
    return members.size();
  }

  /**
   * Appends an event to a contract's timeline.
   *
   * @param contractId the contract id
   * @param event the event
   * @return this fleet
   * @throws IllegalArgumentException if the fleet has no such contract
   * @throws MonitorInputException if the event is refused
   */
  public MonitorFleet append(String contractId, DpaEvent event) {
    require(contractId).append(event);
    return this;
  }

  /**
   * Appends events to a contract's timeline, all or none.
   *
   * @param contractId the contract id
   * @param events the events
   * @return this fleet
   */
  public MonitorFleet appendAll(String contractId, Collection<? extends DpaEvent> events) {
    require(contractId).appendAll(events);
    return this;
  }

  /**
   * Appends a fleet's stream, using up to {@code threads} threads: event {@code i} goes to the
   * contract {@code contractIds.get(i)}.
   *
   * <p><b>Result.</b> The stream is split by contract, stably (each contract's events keep their
   * relative order in the stream), and each contract's part is appended as by
   * {@link #appendAll(String, Collection)}. Contracts are independent, so the fleet ends as if the
   * parts had been appended one after the other; for a full fleet that is also the state after
   * appending the stream event by event with {@link #append}, and for a streaming fleet too when
   * each contract's events come in timeline order (a streaming monitor sorts a batch, but refuses
   * a single event that sorts before the last one).
   *
   * <p><b>Refusals: all or none.</b> Every contract's part is checked before any is applied: an
   * unknown contract id refuses the call with an {@link IllegalArgumentException} naming the index
   * and the id; an event that {@link ContractMonitor#appendAll(Collection)} would refuse (a
   * duplicate id within its contract, a date before the Addendum takes effect, an actor that may
   * not perform it, or, streaming, a part that does not sort after the contract's last applied
   * event) refuses the call with a {@link MonitorInputException} naming the contract, the index
   * of the event in the stream, the event, the field and the rule (the getters give the event, the
   * field and the rule; the cause is the contract's own refusal). When several events are refused,
   * the one with the lowest index is reported, so the outcome does not depend on the threads. A
   * refused call leaves the fleet unchanged: no monitor has applied any event, no sink has been
   * called.
   *
   * <p><b>Threads.</b> {@code threads} is an upper bound: the calling thread and at most
   * {@code threads - 1} threads started for the call share the work; all have finished when the
   * call returns. No thread is started when {@code threads} is 1 or when the stream has fewer
   * than {@link #MIN_EVENTS_PER_THREAD} events per thread (then fewer threads are used). The
   * threads split the stream by contract in chunks of the stream, then take contracts one at a
   * time: each contract's part is checked and applied on one thread, in order. So in a streaming fleet
   * a contract's sink is called from one thread at a time, with its accounts and closed instances
   * in the order of {@link #append}, but sinks of different contracts may be called at the same
   * time from different threads: a sink shared by several contracts must be thread-safe. The
   * sink function of {@link #streaming(Function)} is not called (contracts are added before).
   *
   * <p><b>Sink failures.</b> An exception thrown by a sink while applying stops that contract's
   * part after the event whose account or closed instance it refused, as {@link #append} would;
   * other contracts' parts are still applied. The call then throws the failure of the contract
   * that comes first in the stream, with the others suppressed, and the fleet keeps what was
   * applied.
   *
   * @param contractIds the contract id of each event, same length as {@code events}
   * @param events the events, in any order across contracts (streaming: in timeline order within
   *     each contract)
   * @param threads the most threads to use, at least 1
   * @return this fleet
   * @throws IllegalArgumentException if the lists differ in length, {@code threads} is below 1, or
   *     a contract id is not in the fleet (the fleet is then unchanged)
   * @throws MonitorInputException if an event is refused (the fleet is then unchanged)
   * @throws NullPointerException if a list, a contract id or an event is null (the fleet is then
   *     unchanged)
   */
  public MonitorFleet appendAll(List<String> contractIds, List<? extends DpaEvent> events, int threads) {
    return appendAll(contractIds, events, threads, MIN_EVENTS_PER_THREAD);
  }

  /** {@link #appendAll(List, List, int)} with another floor of events per thread (tests use 1). */
  MonitorFleet appendAll(List<String> contractIds, List<? extends DpaEvent> events, int threads, int minEventsPerThread) {
    Objects.requireNonNull(contractIds, "MonitorFleet.appendAll: contractIds must not be null");
    Objects.requireNonNull(events, "MonitorFleet.appendAll: events must not be null");
    if (threads < 1) {
      throw new IllegalArgumentException("MonitorFleet.appendAll: threads = " + threads + ": must be at least 1");
    }
    if (contractIds.size() != events.size()) {
      throw new IllegalArgumentException("MonitorFleet.appendAll: contractIds has " + contractIds.size()
          + " entries and events " + events.size() + ": each event needs exactly one contract id");
    }
    int n = events.size();
    String[] ids = contractIds.toArray(new String[0]);
    DpaEvent[] stream = events.toArray(new DpaEvent[0]);
    if (ids.length != n || stream.length != n) {
      throw new java.util.ConcurrentModificationException("MonitorFleet.appendAll: the lists changed while read");
    }
    if (partOfMember.length < members.size()) {
      int old = partOfMember.length;
      partOfMember = Arrays.copyOf(partOfMember, members.size());
      Arrays.fill(partOfMember, old, partOfMember.length, -1);
    }
    new Replay(this, ids, stream, Math.max(1, Math.min(threads, n / minEventsPerThread))).run();
    return this;
  }

  /** One contract's part of a stream, and what became of it; touched by one thread at a time. */
  private static final class Part {
    final ContractMonitor monitor;
    /** The contract's number in the fleet. */
    final int member;
    /** The part's events, in stream order. */
    List<DpaEvent> events = List.of();
    /** The checked batch; null until {@link #check} passes. */
    ContractMonitor.@Nullable Batch batch;
    final int[] position = new int[1];
    @Nullable MonitorInputException refusal;
    @Nullable Throwable failure;
    int seen;
    /**
     * Whether the part was applied as soon as it was checked: a full monitor with no events yet,
     * which a refusal anywhere in the stream sets back to empty ({@link #undo}). Its events are
     * then still in the processor's caches from the check; every other part waits for the decision.
     */
    boolean early;

    Part(ContractMonitor monitor, int member) {
      this.monitor = monitor;
      this.member = member;
    }

    void check() {
      ContractMonitor.Batch b;
      try {
        b = monitor.checked(events, position);
      } catch (MonitorInputException e) {
        refusal = e;
        return;
      }
      batch = b;
      if (monitor.size() == 0 && !monitor.isStreaming()) {
        early = true; // first: if applying fails half-way, undo still empties the monitor
        monitor.applyChecked(b);
      }
    }

    void apply() {
      if (!early) {
        monitor.applyChecked(Objects.requireNonNull(batch, "MonitorFleet: a part applied before it was checked"));
      }
    }

    /** Sets a part applied early back to its empty monitor (the stream was refused, or a check failed). */
    void undo() {
      if (early) {
        monitor.clear();
        early = false;
      }
    }
  }

  /**
   * One parallel replay, in four steps that every thread takes part in, each followed by a step of
   * the calling thread alone while the others wait:
   *
   * <ol>
   *   <li>look up each event's contract, in chunks of the stream; then number the contracts' parts
   *       in order of first appearance, or stop on a null or unknown id or a null event (the one
   *       with the lowest index);
   *   <li>group the stream by part (a stable counting sort into one array per part, in chunks, each
   *       chunk writing where its events go);
   *   <li>check each part; then decide: apply only if no part was refused or failed;
   *   <li>apply each part.
   * </ol>
   *
   * Chunks and parts are taken one at a time from shared counters, so the result does not depend
   * on how many threads there are or which takes what. Every step catches what it throws, so every
   * thread reaches every barrier; the calling thread throws after all have finished.
   */
  private static final class Replay {
    private final MonitorFleet fleet;
    private final String[] ids;
    private final DpaEvent[] stream;
    private final int workers;
    /** Per event: its contract's number after the lookup, its part's number after numbering. */
    private final int[] partOf;
    /** Per lookup chunk: the index of its first event with a null or unknown contract id or a null event, or -1. */
    private final int[] firstBad;
    private final AtomicInteger[] next = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
    private final Phaser phaser = new Phaser(1);
    // written by the calling thread in its steps; the phaser's barriers order them before the others read
    private Part[] parts = new Part[0];
    /** Each part's events, in stream order, in an array of their own. */
    private DpaEvent[][] grouped = new DpaEvent[0][];
    /** Per grouping chunk, per part: where the chunk's next event of that part goes in the part's array. */
    private int[][] offsets = new int[0][];
    private boolean stop;
    private @Nullable RuntimeException refused;
    private @Nullable Throwable failure;

    Replay(MonitorFleet fleet, String[] ids, DpaEvent[] stream, int workers) {
      this.fleet = fleet;
      this.ids = ids;
      this.stream = stream;
      this.workers = workers;
      this.partOf = new int[stream.length];
      this.firstBad = new int[workers];
      Arrays.fill(firstBad, -1);
    }

    void run() {
      List<Thread> started = new ArrayList<>();
      for (int k = 1; k < workers; k++) {
        phaser.register();
        Thread t = new Thread(() -> steps(false), "MonitorFleet.appendAll-" + k);
        try {
          t.start();
          started.add(t);
        } catch (OutOfMemoryError | SecurityException e) {
          phaser.arriveAndDeregister(); // fewer threads: the others take what is left
        }
      }
      steps(true);
      boolean interrupted = false;
      for (Thread t : started) {
        while (true) {
          try {
            t.join();
            break;
          } catch (InterruptedException e) {
            interrupted = true; // the workers are changing the fleet: wait for them all the same
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      rethrow(failure);
      throwFailure(parts);
      RuntimeException r = refused;
      if (r != null) {
        throw r;
      }
    }

    /** What every thread does: each step, then the calling thread's ({@code lead}) step after it. */
    private void steps(boolean lead) {
      for (int step = 0; step < 4; step++) {
        try {
          drain(step);
        } catch (RuntimeException | Error e) {
          fail(e);
        }
        phaser.arriveAndAwaitAdvance();
        if (lead) {
          try {
            after(step);
          } catch (RuntimeException | Error e) {
            fail(e);
          }
        }
        phaser.arriveAndAwaitAdvance();
        if (stop) {
          return;
        }
      }
    }

    private synchronized void fail(Throwable e) {
      failure = withSuppressed(failure, e);
      stop = true;
    }

    /** Runs step {@code step} on chunks (steps 0, 1) or parts (2, 3) taken one at a time. */
    private void drain(int step) {
      AtomicInteger counter = next[step];
      int count = step == 0 ? workers : step == 1 ? offsets.length : parts.length;
      for (int k = counter.getAndIncrement(); k < count; k = counter.getAndIncrement()) {
        if (step == 0) {
          lookup(k);
        } else if (step == 1) {
          group(k);
        } else {
          // checks in stream order of first appearance, applications backwards, so that the parts
          // checked last, whose events are the likeliest to be still in the processor's caches, are applied first
          Part p = parts[step == 2 ? k : parts.length - 1 - k];
          try {
            if (step == 2) {
              p.check();
            } else {
              p.apply();
            }
          } catch (RuntimeException | Error e) {
            p.failure = e;
          }
        }
      }
    }

    /** The calling thread's step after step {@code step}. */
    private void after(int step) {
      switch (step) {
        case 0:
          number();
          break;
        case 2:
          try {
            decide();
          } catch (RuntimeException | Error e) {
            for (Part p : parts) {
              p.undo(); // nothing is applied when the call fails before applying
            }
            throw e;
          }
          break;
        default:
          break;
      }
    }

    /** The first index of chunk {@code c} of {@code chunks} equal chunks of the stream. */
    private int bound(int c, int chunks) {
      return (int) ((long) c * stream.length / chunks);
    }

    /** Step 0: each event's contract number; a chunk stops at its first null or unknown id or null event. */
    private void lookup(int c) {
      String lastId = null;
      int last = -1;
      for (int i = bound(c, workers), to = bound(c + 1, workers); i < to; i++) {
        String id = ids[i];
        if (id == null || stream[i] == null) {
          firstBad[c] = i;
          return;
        }
        if (id != lastId) { // a stream often has runs of one contract's events: look the contract up once per run
          Member m = fleet.byId.get(id);
          if (m == null) {
            firstBad[c] = i;
            return;
          }
          last = m.number;
          lastId = id;
        }
        partOf[i] = last;
      }
    }

    /**
     * After step 0: stops on the bad event with the lowest index, if any; otherwise numbers the
     * parts in order of first appearance, and lays out where each chunk's events go in the grouped
     * stream. There are at most as many grouping chunks as events per part, so that the offsets
     * take no more room than the stream.
     */
    private void number() {
      for (int bad : firstBad) {
        if (bad >= 0) {
          refused = badInput(bad);
          stop = true;
          return;
        }
      }
      int n = stream.length;
      int[] partOfMember = fleet.partOfMember;
      List<Part> order = new ArrayList<>();
      int[] sizes = new int[16];
      try {
        for (int i = 0; i < n; i++) {
          int m = partOf[i];
          int k = partOfMember[m];
          if (k < 0) {
            k = order.size();
            partOfMember[m] = k;
            order.add(new Part(fleet.members.get(m).monitor, m));
            if (k == sizes.length) {
              sizes = Arrays.copyOf(sizes, 2 * k);
            }
          }
          sizes[k]++;
          partOf[i] = k;
        }
      } finally {
        for (Part p : order) {
          partOfMember[p.member] = -1;
        }
      }
      Part[] ps = order.toArray(new Part[0]);
      DpaEvent[][] g = new DpaEvent[ps.length][];
      for (int k = 0; k < ps.length; k++) {
        g[k] = new DpaEvent[sizes[k]];
        ps[k].events = Arrays.asList(g[k]);
      }
      int chunks = Math.max(1, Math.min(workers, n / Math.max(1, ps.length)));
      int[][] off = new int[chunks][];
      off[0] = new int[ps.length];
      for (int c = 1; c < chunks; c++) {
        int[] o = off[c - 1].clone();
        for (int i = bound(c - 1, chunks), to = bound(c, chunks); i < to; i++) {
          o[partOf[i]]++;
        }
        off[c] = o;
      }
      grouped = g;
      offsets = off;
      parts = ps;
    }

    /**
     * Step 1: writes chunk {@code c}'s events to their places in their parts' arrays. One small
     * array per part, not one array for the stream: a reference written at random into an array
     * that large (G1 allocates it outside the young generation) costs a write barrier that dirties
     * a card: about 100 ns an event at 10⁶ events, against about 30 ns into small young arrays
     * (cache misses, no barrier).
     */
    private void group(int c) {
      int[] at = offsets[c];
      DpaEvent[][] g = grouped;
      for (int i = bound(c, offsets.length), to = bound(c + 1, offsets.length); i < to; i++) {
        int k = partOf[i];
        g[k][at[k]++] = stream[i];
      }
    }

    /** The refusal of the bad event at index {@code i}: a null id or event, or an id not in the fleet. */
    private RuntimeException badInput(int i) {
      if (ids[i] == null) {
        return new NullPointerException("MonitorFleet.appendAll: contractIds[" + i + "] is null");
      }
      if (stream[i] == null) {
        return new NullPointerException("MonitorFleet.appendAll: events[" + i + "] is null");
      }
      return new IllegalArgumentException("MonitorFleet.appendAll: contractIds[" + i + "] = '" + ids[i]
          + "': no contract with this id in the fleet (add it first); nothing was applied");
    }

    /** After step 2: applies only if no part failed or was refused; otherwise undoes the parts applied early. */
    private void decide() {
      boolean failed = false;
      for (Part p : parts) {
        failed |= p.failure != null;
      }
      if (!failed) {
        refused = firstRefusal();
      }
      if (failed || refused != null) {
        for (Part p : parts) {
          p.undo();
        }
        stop = true;
      }
    }

    /** The refusal of the refused event with the lowest index in the stream, if any. */
    private @Nullable MonitorInputException firstRefusal() {
      boolean any = false;
      for (Part p : parts) {
        any |= p.refusal != null;
      }
      if (!any) {
        return null;
      }
      for (int i = 0; i < stream.length; i++) {
        Part p = parts[partOf[i]];
        MonitorInputException r = p.refusal;
        if (r != null && p.seen++ == p.position[0]) {
          return new MonitorInputException(r, ids[i], i);
        }
      }
      throw new IllegalStateException("MonitorFleet.appendAll: a refused event was not found in the stream");
    }
  }

  private static void rethrow(@Nullable Throwable t) {
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
  }

  /** Rethrows the failure of the first failed part in stream order, the others suppressed. */
  private static void throwFailure(Part[] parts) {
    Throwable first = null;
    for (Part p : parts) {
      Throwable f = p.failure;
      if (f != null) {
        first = withSuppressed(first, f);
      }
    }
    rethrow(first);
  }

  /** The first failure, with each later one (other than itself) added to it as suppressed. */
  private static Throwable withSuppressed(@Nullable Throwable first, Throwable next) {
    if (first == null) {
      return next;
    }
    if (first != next) {
      first.addSuppressed(next);
    }
    return first;
  }

  /**
   * Returns one contract's state.
   *
   * @param contractId the contract id
   * @param asOf the date
   * @return the state
   */
  public ContractState stateAsOf(String contractId, LocalDate asOf) {
    return require(contractId).stateAsOf(asOf);
  }

  /**
   * Returns every contract's state, keyed by contract id in id order.
   *
   * @param asOf the date
   * @return the states
   */
  public Map<String, ContractState> statesAsOf(LocalDate asOf) {
    Map<String, ContractState> out = new LinkedHashMap<>();
    List<Member> byName = new ArrayList<>(members);
    byName.sort(java.util.Comparator.comparing(m -> m.monitor.getContract().getId()));
    for (Member m : byName) {
      out.put(m.monitor.getContract().getId(), m.monitor.stateAsOf(asOf));
    }
    return out;
  }

  private ContractMonitor require(String contractId) {
    Objects.requireNonNull(contractId, "MonitorFleet: contractId must not be null");
    Member m = byId.get(contractId);
    if (m == null) {
      throw new IllegalArgumentException("MonitorFleet: no contract with id '" + contractId + "' in the fleet");
    }
    return m.monitor;
  }
}
