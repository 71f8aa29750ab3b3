package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The state of one contract's monitor as an immutable value: the contract, the events folded into
 * it in {@link DpaEvent#TIMELINE_ORDER} with each event's account, and what the monitor knows
 * after them (the obligations, rights and records the next event may change). The next state is
 * {@link Monitor#step(MonitorState, DpaEvent)}, a pure function: it never changes the state it is
 * given, so two steps from one state give two independent states. Everything the monitor tells
 * (obligations, rights, accounts as of any date) is a function of this value
 * ({@link #asOf(LocalDate)}). Two states are equal when their contracts and events are; a state
 * can be stored as its contract and its events and rebuilt by folding them ({@link #of}).
 *
 * <p>The events and accounts are an immutable chain, newest first, that a state shares with the
 * states before it: a step adds one link and copies no event. What the monitor knows after the
 * events (the live matters, and the ids of the events for the duplicate check) is held by the
 * engine that applied them. A state hands that engine on to the first step taken from it, which
 * applies its event to it in place (no copy, so a step costs the same whatever the contract's
 * history); from then on this state no longer reads the engine, and rebuilds one of its own by
 * folding its events again if it is asked again (a second step from it, a what-if, an as-of). A
 * query borrows the engine and gives it back ({@code claim}, {@code giveBack}); whoever holds it
 * holds it alone, so the state is still a value: every answer it gives is a function of its
 * contract and its events, from any thread. A streaming state, which cannot fold its events again,
 * never hands its engine on: a step copies it ({@code Engine.copy()}), and a batch
 * ({@link ContractMonitor#appendAll(java.util.Collection)}, {@link MonitorFleet}) copies it once
 * and applies all its events to that copy, since no one sees the states between them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonitorState {
  private final ContractInstance contract;
  /** The last event in timeline order, with its account and the chain of the events before it; null before any event. */
  private final @Nullable Folded last;
  /**
   * What the monitor knows after this state's events (it applied them all). Streaming: never
   * changed after this state was made. Otherwise: read or changed only by the holder of
   * the claim (see {@link #claim}).
   */
  private final Engine engine;
  /**
   * Whether {@link #engine} is claimed: by a step, for good, or by a query, until it gives it back
   * ({@link #claim}, {@link #giveBack}).
   */
  private final AtomicBoolean handedOn = new AtomicBoolean();

  /**
   * One event folded into a state, its account, and the events before it (newest first): an
   * immutable chain shared by a state and the states made from it by appending.
   *
   * @param event the event
   * @param account its account
   * @param before the chain of the events before it, null for the first
   * @param size how many events the chain holds, this one included
   */
  record Folded(DpaEvent event, EventAccount account, @Nullable Folded before, int size) {}

  private MonitorState(ContractInstance contract, @Nullable Folded last, Engine engine) {
    this.contract = contract;
    this.last = last;
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
    return new MonitorState(contract, null, Engine.forFold(contract));
  }

  /**
   * Returns the initial streaming state of a contract: the fold of a monitor that keeps only what
   * is live. Its steps take events in timeline order only; each step hands the obligations its
   * event closed over in {@link Step#closed()} and keeps of them only a tombstone (enough to answer
   * a later event about the matter), drops closed and lapsed rights, and keeps no events or
   * accounts beyond the ids of the last event's day (the duplicate check).
   * {@link Monitor#forgetClosedBefore} drops tombstones. A streaming state tells where the contract
   * stands as of the last event's date or later only, and is equal only to itself (it no longer
   * holds the events that made it).
   *
   * @param contract the contract instance
   * @return the initial streaming state
   */
  public static MonitorState streaming(ContractInstance contract) {
    Objects.requireNonNull(contract, "MonitorState.streaming: contract must not be null");
    return new MonitorState(contract, null, Engine.forStreaming(contract));
  }

  /**
   * Returns whether this state streams ({@link #streaming}).
   *
   * @return true for a streaming state
   */
  public boolean isStreaming() {
    return engine.streaming;
  }

  /**
   * Returns how many events were folded into this state.
   *
   * @return the number of events
   */
  public int size() {
    Folded f = last;
    return f == null ? 0 : f.size;
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
    List<DpaEvent> sorted = new ArrayList<>(events);
    sorted.sort(DpaEvent.TIMELINE_ORDER);
    MonitorState s = initial(contract);
    Set<String> ids = new HashSet<>();
    for (DpaEvent e : sorted) {
      Objects.requireNonNull(e, "MonitorState.of: events must not contain null");
      if (!ids.add(e.getId())) {
        throw ContractMonitor.duplicateId(e.getId());
      }
      ContractMonitor.checkEvent(contract, e);
    }
    return s.folded(sorted, null).state;
  }

  /** A state and the account of one of its events. */
  record Replayed(MonitorState state, @Nullable EventAccount account) {}

  /**
   * The state whose events are {@code events} (in timeline order, already checked), folded from
   * the initial state on one engine of its own, with the account of {@code mine} if it is one of
   * them. A refusal inside the date arithmetic throws before any state exists.
   */
  Replayed folded(List<DpaEvent> events, @Nullable DpaEvent mine) {
    Engine working = Engine.forFold(contract);
    Folded chain = null;
    EventAccount account = null;
    for (DpaEvent e : events) {
      EventAccount a = Monitor.applyRefusing(working, e);
      chain = new Folded(e, a, chain, chain == null ? 1 : chain.size + 1);
      if (e == mine) {
        account = a;
      }
    }
    return new Replayed(new MonitorState(contract, chain, working), account);
  }

  /** The state after {@code event}, which sorts after every event of this state, applied to {@code next} with {@code account}. */
  MonitorState appended(DpaEvent event, EventAccount account, Engine next) {
    Folded before = last;
    int size = before == null ? 1 : before.size + 1;
    if (next.streaming && before != null && !before.event.getDate().equals(event.getDate())) {
      before = null; // streaming keeps the events of the last event's day only
    }
    return new MonitorState(contract, new Folded(event, account, before, size), next);
  }

  /** A copy of this streaming state whose engine is {@code next} (the same events). */
  MonitorState withEngine(Engine next) {
    return new MonitorState(contract, last, next);
  }

  /** The engine of this streaming state; callers must not change it (a step, or a batch, changes a copy). */
  Engine engine() {
    if (!engine.streaming) {
      throw new IllegalStateException("MonitorState.engine: only a streaming state's engine is read directly; claim it");
    }
    return engine;
  }

  /** How many matters this state holds what it knows about: obligation subjects and Subprocessor records ({@link ContractMonitor#rememberedMatters}). */
  int rememberedMatters() {
    return read(Engine::remembered);
  }

  /** Whether an event of this state (streaming: of its last event's day) has the id {@code id}. */
  boolean hasEventId(String id) {
    return read(e -> e.eventIds.contains(id));
  }

  /** What {@code query} reads from an engine that has applied this state's events, changing none. */
  private <T> T read(Function<Engine, T> query) {
    if (engine.streaming) {
      return query.apply(engine);
    }
    Engine claimed = claim();
    try {
      return query.apply(claimed);
    } finally {
      giveBack(claimed);
    }
  }

  /**
   * An engine that has applied this state's events, held by the caller alone: this state's own
   * engine the first time it is claimed (until {@link #giveBack}), else one rebuilt by folding the
   * events again. The caller may change it (a step) or only read it and give it back (a query).
   * Not for a streaming state (it cannot fold its events again: its steps copy its engine).
   */
  Engine claim() {
    if (engine.streaming) {
      throw new IllegalStateException("MonitorState.claim: a streaming state's engine is copied, not claimed");
    }
    if (handedOn.compareAndSet(false, true)) {
      return engine;
    }
    return folded(getEvents(), null).state().engine; // a fresh fold of the same events, whose engine no state has handed on
  }

  /** Gives back an engine claimed and left unchanged, so that the next claim need not rebuild it. */
  void giveBack(Engine claimed) {
    if (claimed == engine) {
      handedOn.set(false);
    }
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
   * @throws UnsupportedOperationException if this state streams (it keeps no events)
   */
  public List<DpaEvent> getEvents() {
    if (engine.streaming) {
      throw new UnsupportedOperationException("MonitorState.getEvents: a streaming state keeps no events (of contract '"
          + contract.getId() + "'); fold with MonitorState.initial to keep them");
    }
    Folded f = last;
    if (f == null) {
      return List.of();
    }
    DpaEvent[] out = new DpaEvent[f.size];
    for (; f != null; f = f.before) {
      out[f.size - 1] = f.event;
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /** The accounts of this state's events, in timeline order. */
  List<EventAccount> accounts() {
    Folded f = last;
    if (f == null || engine.streaming) {
      return List.of();
    }
    EventAccount[] out = new EventAccount[f.size];
    for (; f != null; f = f.before) {
      out[f.size - 1] = f.account;
    }
    return Arrays.asList(out);
  }

  /**
   * Returns the last event in timeline order, if any.
   *
   * @return the last event
   */
  public Optional<DpaEvent> getLastEvent() {
    Folded f = last;
    return f == null ? Optional.empty() : Optional.of(f.event);
  }

  /**
   * Returns where the contract stands at the end of {@code asOf}: events dated after it are left
   * out, due dates before it have passed. A pure function of this state and the date: as of a date
   * on or after the last event's, it reads this state's engine without changing it; as of an
   * earlier date, it replays the events up to that date.
   *
   * @param asOf the date
   * @return the state as of that date
   * @throws IllegalArgumentException if this state streams and {@code asOf} is before its last event's date
   */
  public ContractState asOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "MonitorState.asOf: asOf must not be null");
    Folded f = last;
    if (f == null || !f.event.getDate().isAfter(asOf)) {
      if (engine.streaming) {
        return Snapshot.of(engine, asOf, accounts());
      }
      Engine claimed = claim();
      try {
        return Snapshot.of(claimed, asOf, accounts());
      } finally {
        giveBack(claimed);
      }
    }
    if (engine.streaming) {
      throw new IllegalArgumentException("MonitorState.asOf: asOf = " + asOf + " is before " + f.event.getDate()
          + ", the date of the last event '" + f.event.getId() + "': a streaming state keeps no history, so it"
          + " tells the state only as of that date or later (fold with MonitorState.initial for past states)");
    }
    return Snapshot.of(replay(contract, getEvents(), asOf), asOf);
  }

  /** An engine that has applied {@code events} dated on or before {@code through}, keeping their accounts. */
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

  @Override
  public boolean equals(@Nullable Object o) {
    if (o == this) {
      return true;
    }
    if (engine.streaming || (o instanceof MonitorState && ((MonitorState) o).engine.streaming)) {
      return false; // a streaming state no longer holds the events that made it
    }
    return o instanceof MonitorState && ((MonitorState) o).contract.equals(contract)
        && ((MonitorState) o).getEvents().equals(getEvents());
  }

  @Override
  public int hashCode() {
    return engine.streaming ? System.identityHashCode(this) : Objects.hash(contract, getEvents());
  }

  @Override
  public String toString() {
    Folded f = last;
    return "MonitorState{contract=" + contract.getId() + (engine.streaming ? ", streaming" : "") + ", events="
        + (f == null ? 0 : f.size) + "}";
  }
}
