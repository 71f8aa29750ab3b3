package io.github.dpasemantics.policy.monitor;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Many contracts, one monitor each: route each event to its contract's {@link ContractMonitor}.
 * The cost of an event does not depend on how many contracts the fleet holds (one hash lookup).
 * Contracts are independent, so a caller may split a fleet across threads by contract id.
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
 * <p>This class is not thread-safe.
 */
public final class MonitorFleet {
  private final Map<String, ContractMonitor> monitors = new HashMap<>();
  private final @Nullable Function<String, MonitorSink> sinks;

  /** Creates an empty fleet of full-history monitors ({@link ContractMonitor#of}). */
  public MonitorFleet() {
    this.sinks = null;
  }

  private MonitorFleet(Function<String, MonitorSink> sinks) {
    this.sinks = sinks;
  }

  /**
   * Creates an empty fleet of streaming monitors: {@code sinkFor} is asked, once per contract
   * added, for the sink of that contract id.
   *
   * @param sinkFor the sink of each contract, by contract id
   * @return the fleet
   */
  public static MonitorFleet streaming(Function<String, MonitorSink> sinkFor) {
    return new MonitorFleet(Objects.requireNonNull(sinkFor, "MonitorFleet.streaming: sinkFor must not be null"));
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
      monitors.put(contract.getId(), ContractMonitor.streaming(contract, sink));
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
