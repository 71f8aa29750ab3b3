package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state of one contract's monitor as a value: the contract and the events folded into it, in
 * {@link DpaEvent#TIMELINE_ORDER}. Everything the monitor tells (obligations, rights, accounts as
 * of any date) is a function of this value ({@link #asOf(LocalDate)}); the next state is
 * {@link Monitor#step(MonitorState, DpaEvent)}. Two states are equal when their contracts and
 * events are; a state can be stored as its contract and its events and rebuilt by folding them.
 *
 * <p>This class is immutable and thread-safe. For speed a state may hold the working engine its
 * last step produced; the first step from it takes the engine over (an event that sorts last is
 * then applied in time independent of the history), and any other use of the state (a second step
 * from it, a query after it was stepped from) replays its events instead. Which path is taken never
 * changes an answer.
 */
public final class MonitorState {
  private final ContractInstance contract;
  private final List<DpaEvent> events;
  /** The engine holding exactly {@link #events}, until a step takes it over; then null. */
  private @Nullable Engine engine;

  private MonitorState(ContractInstance contract, List<DpaEvent> events, @Nullable Engine engine) {
    this.contract = contract;
    this.events = events;
    this.engine = engine;
  }

  /**
   * Returns the state of a contract before any event.
   *
   * @param contract the contract instance (terms, parties, annex facts, readings)
   * @return the initial state
   */
  public static MonitorState initial(ContractInstance contract) {
    Objects.requireNonNull(contract, "MonitorState.initial: contract must not be null");
    return new MonitorState(contract, List.of(), new Engine(contract));
  }

  /**
   * Returns the state of a contract after the given events, in any order (they are folded in
   * timeline order), checked as {@link ContractMonitor#appendAll(java.util.Collection)} checks them.
   *
   * @param contract the contract
   * @param events the events
   * @return the state
   * @throws MonitorInputException if an event is refused
   */
  public static MonitorState of(ContractInstance contract, List<? extends DpaEvent> events) {
    Objects.requireNonNull(events, "MonitorState.of: events must not be null");
    MonitorState s = initial(contract);
    List<DpaEvent> sorted = new ArrayList<>(events);
    sorted.sort(DpaEvent.TIMELINE_ORDER);
    for (DpaEvent e : sorted) {
      s = Monitor.step(s, e).next();
    }
    return s;
  }

  /**
   * Returns the contract monitored.
   *
   * @return the contract
   */
  public ContractInstance getContract() {
    return contract;
  }

  /**
   * Returns the events folded into this state, in timeline order.
   *
   * @return an unmodifiable list
   */
  public List<DpaEvent> getEvents() {
    return events;
  }

  /**
   * Returns the last event in timeline order, if any.
   *
   * @return the last event
   */
  public Optional<DpaEvent> getLastEvent() {
    return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
  }

  /**
   * Returns where the contract stands at the end of {@code asOf}: events dated after it are left
   * out, due dates before it have passed. A pure function of this state and the date.
   *
   * @param asOf the date
   * @return the state as of that date
   */
  public ContractState asOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "MonitorState.asOf: asOf must not be null");
    synchronized (this) {
      Engine e = engine;
      if (e != null && (events.isEmpty() || !events.get(events.size() - 1).getDate().isAfter(asOf))) {
        return Snapshot.of(e, asOf);
      }
    }
    return Snapshot.of(replay(contract, events, asOf), asOf);
  }

  /** An engine that has applied {@code events} dated on or before {@code through}. */
  static Engine replay(ContractInstance contract, List<DpaEvent> events, LocalDate through) {
    Engine e = new Engine(contract);
    for (DpaEvent x : events) {
      if (x.getDate().isAfter(through)) {
        break;
      }
      e.apply(x);
    }
    return e;
  }

  /** Takes this state's engine over for a step that appends at the end; null if another step took it already. */
  synchronized @Nullable Engine takeEngine() {
    Engine e = engine;
    engine = null;
    return e;
  }

  /** The state after {@code event}: this state's events plus it, in timeline order, held by {@code engine}. */
  MonitorState with(DpaEvent event, int at, Engine next) {
    List<DpaEvent> more = new ArrayList<>(events.size() + 1);
    more.addAll(events);
    more.add(at, event);
    return new MonitorState(contract, Collections.unmodifiableList(more), next);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MonitorState && ((MonitorState) o).contract.equals(contract)
        && ((MonitorState) o).events.equals(events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contract, events);
  }

  @Override
  public String toString() {
    return "MonitorState{contract=" + contract.getId() + ", events=" + events.size() + "}";
  }
}
