package io.github.dpasemantics.policy.monitor;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Many contracts, one monitor each: route each event to its contract's {@link ContractMonitor}.
 * The cost of an event does not depend on how many contracts the fleet holds (one hash lookup).
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

  private final Map<String, ContractMonitor> monitors = new HashMap<>();
  private final @Nullable Function<String, MonitorSink> sinks;
  private final @Nullable Period forgetAfter;

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
    if (monitors.containsKey(contract.getId())) {
      throw new IllegalArgumentException("MonitorFleet.add: contract id '" + contract.getId() + "' is already in the fleet");
    }
    Function<String, MonitorSink> f = sinks;
    if (f == null) {
      monitors.put(contract.getId(), ContractMonitor.of(contract));
    } else {
      MonitorSink sink = Objects.requireNonNull(f.apply(contract.getId()),
          () -> "MonitorFleet.add: the sink function gave no sink for contract '" + contract.getId() + "'");
      Period after = forgetAfter;
      monitors.put(contract.getId(),
          after == null ? ContractMonitor.streaming(contract, sink) : ContractMonitor.streaming(contract, sink, after));
    }
    return this;
  }

  /**
   * Returns the monitor of a contract.
   *
   * @param contractId the contract id
   * @return the monitor, or empty if the fleet has no such contract
   */
  public Optional<ContractMonitor> monitor(String contractId) {
    return Optional.ofNullable(monitors.get(contractId));
  }

  /**
   * Returns the number of contracts.
   *
   * @return the count
   */
  public int size() {
    return monitors.size();
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
   * {@code threads - 1} threads started for the call take contracts one at a time; all have
   * finished when the call returns. No thread is started when {@code threads} is 1, when the
   * stream touches one contract, or when it has fewer than {@link #MIN_EVENTS_PER_THREAD} events
   * per thread (then fewer threads are used).
   * Each contract's part is checked and applied on one thread, in order. So in a streaming fleet
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
    Map<String, Part> byId = new HashMap<>();
    List<Part> order = new ArrayList<>();
    int n = events.size();
    // pass 1, in stream order: each event's part (a contract's share of the stream) and the parts' sizes
    String[] ids = contractIds.toArray(new String[0]);
    DpaEvent[] stream = events.toArray(new DpaEvent[0]);
    if (ids.length != n || stream.length != n) {
      throw new java.util.ConcurrentModificationException("MonitorFleet.appendAll: the lists changed while read");
    }
    int[] partOf = new int[n];
    int[] sizes = new int[16];
    String lastId = null;
    int lastPart = -1;
    for (int i = 0; i < n; i++) {
      String id = ids[i];
      if (id == null) {
        throw new NullPointerException("MonitorFleet.appendAll: contractIds[" + i + "] is null");
      }
      if (stream[i] == null) {
        throw new NullPointerException("MonitorFleet.appendAll: events[" + i + "] is null");
      }
      // a stream often has runs of one contract's events: look the contract up once per run
      int k = lastPart;
      if (!id.equals(lastId)) {
        Part p = byId.get(id);
        if (p == null) {
          ContractMonitor m = monitors.get(id);
          if (m == null) {
            throw new IllegalArgumentException("MonitorFleet.appendAll: contractIds[" + i + "] = '" + id
                + "': no contract with this id in the fleet (add it first); nothing was applied");
          }
          p = new Part(m, order.size());
          byId.put(id, p);
          order.add(p);
          if (p.index == sizes.length) {
            sizes = java.util.Arrays.copyOf(sizes, sizes.length * 2);
          }
        }
        k = p.index;
        lastId = id;
        lastPart = k;
      }
      sizes[k]++;
      partOf[i] = k;
    }
    Part[] parts = order.toArray(new Part[0]);
    groupByPart(parts, sizes, partOf, stream);
    int workers = Math.max(1, Math.min(Math.min(threads, parts.length), events.size() / minEventsPerThread));
    new Replay(parts, contractIds, byId).run(workers);
    return this;
  }

  /**
   * Gives every part its events, in stream order, as a slice of one array: a stable counting sort
   * of the stream by part ({@code sizes[k]} events in part {@code k}).
   */
  private static void groupByPart(Part[] parts, int[] sizes, int[] partOf, DpaEvent[] stream) {
    int[] next = new int[parts.length];
    for (int k = 1; k < parts.length; k++) {
      next[k] = next[k - 1] + sizes[k - 1];
    }
    DpaEvent[] sorted = new DpaEvent[stream.length];
    for (int i = 0; i < stream.length; i++) {
      sorted[next[partOf[i]]++] = stream[i];
    }
    List<DpaEvent> all = java.util.Arrays.asList(sorted);
    for (int k = 0; k < parts.length; k++) {
      parts[k].events = all.subList(next[k] - sizes[k], next[k]);
    }
  }

  /** One contract's part of a stream, and what became of it; touched by one thread at a time. */
  private static final class Part {
    final ContractMonitor monitor;
    /** The part's number, in order of first appearance in the stream. */
    final int index;
    /** The part's events, in stream order (set by {@link #groupByPart}). */
    List<DpaEvent> events = List.of();
    List<DpaEvent> batch = List.of();
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

    Part(ContractMonitor monitor, int index) {
      this.monitor = monitor;
      this.index = index;
    }

    void check() {
      try {
        batch = monitor.checked(events, position);
      } catch (MonitorInputException e) {
        refusal = e;
        return;
      }
      if (monitor.size() == 0 && !monitor.isStreaming()) {
        early = true; // first: if applying fails half-way, undo still empties the monitor
        monitor.applyChecked(batch);
      }
    }

    void apply() {
      if (!early) {
        monitor.applyChecked(batch);
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
   * One parallel replay: the calling thread and up to {@code workers - 1} started threads first
   * check every part, then wait while the calling thread decides, then, if nothing was refused,
   * apply every part. Parts are taken one at a time from a shared counter.
   */
  private static final class Replay {
    private final Part[] parts;
    private final List<String> contractIds;
    private final Map<String, Part> byId;
    private final AtomicInteger nextCheck = new AtomicInteger();
    private final AtomicInteger nextApply = new AtomicInteger();
    private final CountDownLatch decided = new CountDownLatch(1);
    private final AtomicBoolean apply = new AtomicBoolean();
    private @Nullable CountDownLatch checked;

    Replay(Part[] parts, List<String> contractIds, Map<String, Part> byId) {
      this.parts = parts;
      this.contractIds = contractIds;
      this.byId = byId;
    }

    void run(int workers) {
      List<Thread> started = new ArrayList<>();
      CountDownLatch done = new CountDownLatch(workers - 1);
      checked = done;
      for (int k = 1; k < workers; k++) {
        Thread t = new Thread(this::work, "MonitorFleet.appendAll-" + k);
        try {
          t.start();
          started.add(t);
        } catch (OutOfMemoryError | SecurityException e) {
          done.countDown(); // fewer threads: the calling thread takes what is left
        }
      }
      drain(nextCheck, Part::check);
      awaitUninterruptibly(done);
      MonitorInputException refused = null;
      boolean failed = false;
      for (Part p : parts) {
        failed |= p.failure != null;
      }
      if (!failed) {
        refused = firstRefusal(contractIds, byId);
        apply.set(refused == null);
      }
      if (!apply.get()) {
        for (Part p : parts) {
          p.undo();
        }
      }
      decided.countDown();
      if (apply.get()) {
        drain(nextApply, Part::apply);
      }
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
      throwFailure(parts);
      if (refused != null) {
        throw refused;
      }
    }

    /** A started thread: checks, waits for the decision, applies. */
    private void work() {
      drain(nextCheck, Part::check);
      Objects.requireNonNull(checked).countDown();
      awaitUninterruptibly(decided);
      if (apply.get()) {
        drain(nextApply, Part::apply);
      }
    }

    /**
     * Runs {@code task} on parts taken one at a time from {@code next}: checks in stream order of
     * first appearance, applications backwards, so that the parts checked last, whose events are
     * the likeliest to be still in the processor's caches, are applied first.
     */
    private void drain(AtomicInteger next, Consumer<Part> task) {
      boolean backwards = next == nextApply;
      for (int k = next.getAndIncrement(); k < parts.length; k = next.getAndIncrement()) {
        Part p = parts[backwards ? parts.length - 1 - k : k];
        try {
          task.accept(p);
        } catch (RuntimeException | Error e) {
          p.failure = e;
        }
      }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
      boolean interrupted = false;
      while (true) {
        try {
          latch.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Rethrows the failure of the first failed part in stream order, the others suppressed. */
  private static void throwFailure(Part[] parts) {
    Throwable first = null;
    for (Part p : parts) {
      Throwable f = p.failure;
      if (f == null) {
        continue;
      }
      if (first == null) {
        first = f;
      } else if (first != f) {
        first.addSuppressed(f);
      }
    }
    if (first instanceof RuntimeException) {
      throw (RuntimeException) first;
    }
    if (first instanceof Error) {
      throw (Error) first;
    }
  }

  /** The refusal of the refused event with the lowest index in the stream, if any. */
  private static @Nullable MonitorInputException firstRefusal(List<String> contractIds, Map<String, Part> byId) {
    boolean any = false;
    for (Part p : byId.values()) {
      any |= p.refusal != null;
    }
    if (!any) {
      return null;
    }
    int i = 0;
    for (String id : contractIds) {
      Part p = Objects.requireNonNull(byId.get(id));
      MonitorInputException r = p.refusal;
      if (r != null && p.seen++ == p.position[0]) {
        return new MonitorInputException(r, id, i);
      }
      i++;
    }
    throw new IllegalStateException("MonitorFleet.appendAll: a refused event was not found in the stream");
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
    new java.util.TreeMap<>(monitors).forEach((id, m) -> out.put(id, m.stateAsOf(asOf)));
    return out;
  }

  private ContractMonitor require(String contractId) {
    Objects.requireNonNull(contractId, "MonitorFleet: contractId must not be null");
    ContractMonitor m = monitors.get(contractId);
    if (m == null) {
      throw new IllegalArgumentException("MonitorFleet: no contract with id '" + contractId + "' in the fleet");
    }
    return m;
  }
}
