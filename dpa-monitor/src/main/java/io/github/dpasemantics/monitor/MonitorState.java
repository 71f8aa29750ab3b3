package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The state of one contract's monitor as a value: the contract and the events folded into it, in
 * {@link DpaEvent#TIMELINE_ORDER}. Everything the monitor tells (obligations, rights, accounts as
 * of any date) is a function of this value ({@link #asOf(LocalDate)}); the next state is
 * {@link Monitor#step(MonitorState, DpaEvent)}. Two states are equal when their contracts and
 * events are; a state can be stored as its contract and its events and rebuilt by folding them.
 *
 * <p>This class is immutable and thread-safe. For speed a state may hold the working engine its
 * last step produced, with the ids of its events, and shares its events with the state a step
 * appends to it: the first step from it takes the engine over (an event that sorts last is then
 * checked and applied in time independent of the history, and no event is copied), and any other
 * use of the state (a second step from it, a query after it was stepped from) replays its events
 * instead. Which path is taken never changes an answer.
 */
public final class MonitorState {
  private final ContractInstance contract;
  /** This state's events: the first {@code size} of a timeline it may share with the states stepped from it. */
  private final List<DpaEvent> events;
  private final Timeline timeline;
  /** The engine that applied exactly {@link #events} and their ids, until a step takes them over; then null. */
  private @Nullable Working working;

  private MonitorState(ContractInstance contract, Timeline timeline, int size, @Nullable Working working) {
    this.contract = contract;
    this.timeline = timeline;
    this.events = new Prefix(timeline, size);
    this.working = working;
  }

  /**
   * What a state hands to the step that appends after it, so that the step costs what the event
   * changes and not the history: the engine that applied the state's events, and their ids (the
   * duplicate check). One owner at a time: a step takes it over ({@link #takeWorking}).
   */
  static final class Working {
    final Engine engine;
    final Set<String> ids;

    Working(Engine engine, Set<String> ids) {
      this.engine = engine;
      this.ids = ids;
    }

    /** The working copy of a state whose events are {@code events}: replays them. */
    static Working replayed(ContractInstance contract, List<DpaEvent> events) {
      Set<String> ids = new HashSet<>();
      for (DpaEvent e : events) {
        ids.add(e.getId());
      }
      return new Working(replay(contract, events, LocalDate.MAX), ids);
    }
  }

  /**
   * Events in timeline order, shared by a state and the states made from it by appending: each
   * state reads its own prefix ({@link Prefix}), and only a state whose prefix is the whole
   * timeline may append to it (a second step from the same state copies its prefix instead). Read
   * and appended under its lock, so that states on different threads see whole events.
   */
  private static final class Timeline {
    private final List<DpaEvent> events;

    /** A timeline of {@code events}, which it owns from now on (a mutable list no one else changes). */
    Timeline(List<DpaEvent> events) {
      this.events = events;
    }

    synchronized DpaEvent get(int index) {
      return events.get(index);
    }

    /** Appends {@code e} if the timeline holds exactly {@code size} events; false if another state appended first. */
    synchronized boolean append(int size, DpaEvent e) {
      if (events.size() != size) {
        return false;
      }
      events.add(e);
      return true;
    }
  }

  /** The first {@code size} events of a timeline, as an unmodifiable list. */
  private static final class Prefix extends AbstractList<DpaEvent> implements RandomAccess {
    private final Timeline timeline;
    private final int size;

    Prefix(Timeline timeline, int size) {
      this.timeline = timeline;
      this.size = size;
    }

    @Override
    public DpaEvent get(int index) {
      Objects.checkIndex(index, size);
      return timeline.get(index);
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * Returns the state of a contract before any event.
   *
   * @param contract the contract instance (terms, parties, annex facts, readings)
   * @return the initial state
   */
  public static MonitorState initial(ContractInstance contract) {
    Objects.requireNonNull(contract, "MonitorState.initial: contract must not be null");
    return new MonitorState(contract, new Timeline(new ArrayList<>()), 0, new Working(new Engine(contract), new HashSet<>()));
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
      Working w = working;
      if (w != null && (events.isEmpty() || !events.get(events.size() - 1).getDate().isAfter(asOf))) {
        return Snapshot.of(w.engine, asOf);
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

  /** Takes this state's working copy over for a step; null if another step holds it. */
  synchronized @Nullable Working takeWorking() {
    Working w = working;
    working = null;
    return w;
  }

  /** Gives back a working copy taken by a step that changed nothing (the event was refused, or replays). */
  synchronized void giveBack(@Nullable Working w) {
    if (w != null && working == null) {
      working = w;
    }
  }

  /**
   * The state after {@code event}, inserted at index {@code at} of this state's events, with the
   * working copy that applied them all. Appending at the end shares this state's timeline when no
   * other state has appended to it: no event is copied.
   */
  MonitorState with(DpaEvent event, int at, Working next) {
    int size = events.size();
    if (at == size && timeline.append(size, event)) {
      return new MonitorState(contract, timeline, size + 1, next);
    }
    ArrayList<DpaEvent> more = new ArrayList<>(size + 1);
    more.addAll(events);
    more.add(at, event);
    return new MonitorState(contract, new Timeline(more), size + 1, next);
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
