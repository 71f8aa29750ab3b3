package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Many contracts, one monitor each: a map of contract id to {@link ContractMonitor} (each a holder
 * of one immutable {@link MonitorState}) that routes each event to its contract's monitor. The cost of an event does not depend on how many contracts
 * the fleet holds (one hash lookup).
 *
 * <pre>{@code
 * MonitorFleet fleet = new MonitorFleet();
 * fleet.add(contract);
 * fleet.append("acme-2020", engaged).append("acme-2020", notice);
 * fleet.stateAsOf("acme-2020", LocalDate.of(2024, 3, 20)).getOpenObligations().size();   // 1
 * }</pre>
 *
 * <p>A fleet made by {@link #streaming(Function)} gives each contract a streaming monitor
 * ({@link ContractMonitor#streaming}): events in timeline order per contract, accounts and closed
 * instances handed to the contract's sink, memory proportional to what is open.
 *
 * <p>The fleet runs on the calling thread and starts none: contracts are independent, so a
 * deployment that outgrows one thread partitions its contracts (the {@code dpa-kafka} module does
 * so on Kafka Streams, on the same fold, {@link Monitor#step}).
 *
 * <p>This class is not thread-safe; each of its monitors refuses use from two threads at once.
 */
public final class MonitorFleet {
  /** The contracts by id, in the order they were added. */
  private final Map<String, ContractMonitor> monitors = new LinkedHashMap<>();
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
    ContractMonitor m;
    if (f == null) {
      m = ContractMonitor.of(contract);
    } else {
      MonitorSink sink = Objects.requireNonNull(f.apply(contract.getId()),
          () -> "MonitorFleet.add: the sink function gave no sink for contract '" + contract.getId() + "'");
      Period after = forgetAfter;
      m = after == null ? ContractMonitor.streaming(contract, sink) : ContractMonitor.streaming(contract, sink, after);
    }
    monitors.put(contract.getId(), m);
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
   * Appends a fleet's stream, all or none: event {@code i} goes to the contract
   * {@code contractIds.get(i)}. The stream is split by contract, stably (each contract's events
   * keep their relative order), and each contract's part is appended as by
   * {@link #appendAll(String, Collection)}, in the order the contracts first appear in the stream.
   *
   * <p>Every part is checked and folded ({@link Monitor#step}) before any is put in place: an unknown contract id refuses the call with an
   * {@link IllegalArgumentException} naming the index and the id; an event that
   * {@link ContractMonitor#appendAll(Collection)} would refuse refuses the call with a
   * {@link MonitorInputException} naming the contract, the event's index in the stream, the
   * event, the field and the rule (the contract's own refusal is the cause). When several events
   * are refused, the one with the lowest index is reported. A refused call changes no monitor and
   * calls no sink.
   *
   * <p>An exception thrown by a sink stops that contract's part after the event it refused, as
   * {@link #append} would; the other contracts' parts are still applied, and the call then throws
   * the failure of the contract that comes first in the stream, with the others suppressed.
   *
   * @param contractIds the contract id of each event, same length as {@code events}
   * @param events the events, in any order across contracts (streaming: in timeline order within
   *     each contract)
   * @return this fleet
   * @throws IllegalArgumentException if the lists differ in length or a contract id is not in the
   *     fleet (the fleet is then unchanged)
   * @throws MonitorInputException if an event is refused (the fleet is then unchanged)
   * @throws NullPointerException if a list, a contract id or an event is null (the fleet is then
   *     unchanged)
   */
  public MonitorFleet appendAll(List<String> contractIds, List<? extends DpaEvent> events) {
    Objects.requireNonNull(contractIds, "MonitorFleet.appendAll: contractIds must not be null");
    Objects.requireNonNull(events, "MonitorFleet.appendAll: events must not be null");
    if (contractIds.size() != events.size()) {
      throw new IllegalArgumentException("MonitorFleet.appendAll: contractIds has " + contractIds.size()
          + " entries and events " + events.size() + ": each event needs exactly one contract id");
    }
    Map<String, Part> parts = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      String id = Objects.requireNonNull(contractIds.get(i), "MonitorFleet.appendAll: contractIds[" + i + "] is null");
      DpaEvent e = Objects.requireNonNull(events.get(i), "MonitorFleet.appendAll: events[" + i + "] is null");
      ContractMonitor m = monitors.get(id);
      if (m == null) {
        throw new IllegalArgumentException("MonitorFleet.appendAll: contractIds[" + i + "] = '" + id
            + "' is not a contract of the fleet");
      }
      parts.computeIfAbsent(id, k -> new Part(m)).add(e, i);
    }
    MonitorInputException refused = null;
    int refusedAt = Integer.MAX_VALUE;
    for (Map.Entry<String, Part> p : parts.entrySet()) {
      int[] position = new int[1];
      try {
        p.getValue().batch = p.getValue().monitor.prepare(p.getValue().events, position);
      } catch (MonitorInputException r) {
        int at = p.getValue().indexes.get(position[0]);
        if (at < refusedAt) {
          refusedAt = at;
          refused = new MonitorInputException(r, p.getKey(), at);
        }
      }
    }
    if (refused != null) {
      throw refused;
    }
    RuntimeException failure = null;
    for (Part p : parts.values()) {
      try {
        p.monitor.commit(Objects.requireNonNull(p.batch, "MonitorFleet: a part applied before it was checked"));
      } catch (RuntimeException sinkFailure) {
        if (failure == null) {
          failure = sinkFailure;
        } else {
          failure.addSuppressed(sinkFailure);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return this;
  }

  /** One contract's part of a stream: its events in stream order, their indexes in the stream, and the part folded. */
  private static final class Part {
    final ContractMonitor monitor;
    final List<DpaEvent> events = new ArrayList<>();
    final List<Integer> indexes = new ArrayList<>();
    ContractMonitor.@Nullable Prepared batch;

    Part(ContractMonitor monitor) {
      this.monitor = monitor;
    }

    void add(DpaEvent e, int index) {
      events.add(e);
      indexes.add(index);
    }
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
    Map<String, ContractState> out = new TreeMap<>();
    monitors.forEach((id, m) -> out.put(id, m.stateAsOf(asOf)));
    return new LinkedHashMap<>(out);
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
