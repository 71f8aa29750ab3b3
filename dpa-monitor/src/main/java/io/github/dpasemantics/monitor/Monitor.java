package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.event.DpaEvent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The monitor as a fold: {@code next = step(state, event)}. A contract's monitor is the fold of
 * its events from {@link MonitorState#initial}; where it stands as of a date is
 * {@link MonitorState#asOf(LocalDate)}; what the passing of time does without a new event is
 * {@link #advance(MonitorState, LocalDate)}. Both are pure: they read no clock and change no
 * state they are given. {@link ContractMonitor} is the convenient mutable facade over the same
 * fold (out-of-order input, what-if, streaming to a {@link MonitorSink}).
 *
 * <pre>{@code
 * List<Change> alerts = new ArrayList<>();
 * MonitorState s = MonitorState.initial(contract);
 * for (DpaEvent e : events) {  // in timeline order
 *   Step step = Monitor.step(s, e);
 *   alerts.addAll(step.changes());  // each cites its clause and carries its reason
 *   s = step.next();
 * }
 * List<Change> today = Monitor.advance(s, LocalDate.of(2024, 3, 20));  // missed, due soon, lapsed
 * alerts.isEmpty();   // false
 * today.size();       // 1
 * }</pre>
 */
public final class Monitor {
  /** How many days before a due date {@link #advance} reports {@link ChangeKind#DUE_SOON}. */
  public static final int DUE_SOON_DAYS = 7;

  private Monitor() {}

  /**
   * Folds one event into a state. The event may sort anywhere in the timeline: one that sorts
   * after every event of the state is applied at once; an earlier one makes the step replay the
   * state's events with it (the answer is the same).
   *
   * @param state the state before the event
   * @param event the event
   * @return the next state, the changes the event caused and its account
   * @throws MonitorInputException if the event is refused (a duplicate id, a date before the
   *     Addendum takes effect, an actor who cannot perform it, a date too late for the monitor's
   *     date arithmetic); {@code state} is then unchanged and still usable
   */
  public static Step step(MonitorState state, DpaEvent event) {
    Objects.requireNonNull(state, "Monitor.step: state must not be null");
    Objects.requireNonNull(event, "Monitor.step: event must not be null");
    Optional<DpaEvent> last = state.getLastEvent();
    boolean sortsLast = last.isEmpty() || DpaEvent.TIMELINE_ORDER.compare(last.get(), event) < 0;
    if (state.isStreaming()) {
      // a streaming state cannot fold its events again: the step works on a copy of its engine
      // (its live matters), so a refusal anywhere, the date arithmetic included, leaves no trace
      Engine streaming = state.engine();
      if (streaming.eventIds.contains(event.getId())) {
        throw ContractMonitor.duplicateId(event.getId());
      }
      ContractMonitor.checkEvent(state.getContract(), event);
      if (last.isPresent() && !sortsLast) {
        throw ContractMonitor.outOfOrder(last.get(), event);
      }
      Engine next = streaming.copy();
      EventAccount account = applyRefusing(next, event);
      return new Step(state.appended(event, account, next), changes(account), account, next.closed);
    }
    // the state hands its engine on (or a rebuilt one if it was handed on already); a refusal before
    // the event is applied gives it back unchanged, one while applying drops it (the state rebuilds
    // its engine from its events when asked again), so a refused step leaves no trace either way
    Engine engine = state.claim();
    boolean applying = false;
    try {
      if (engine.eventIds.contains(event.getId())) {
        throw ContractMonitor.duplicateId(event.getId());
      }
      ContractMonitor.checkEvent(state.getContract(), event);
      if (sortsLast) {
        applying = true;
        EventAccount account = applyRefusing(engine, event);
        return new Step(state.appended(event, account, engine), changes(account), account, engine.closed);
      }
    } catch (RuntimeException refused) {
      if (!applying) {
        state.giveBack(engine);
      }
      throw refused;
    }
    state.giveBack(engine);
    // an event that sorts before others: the timeline is folded again with it in its place
    List<DpaEvent> events = new ArrayList<>(state.getEvents());
    int at = Collections.binarySearch(events, event, DpaEvent.TIMELINE_ORDER);
    events.add(at >= 0 ? at : -at - 1, event);
    MonitorState.Replayed replayed = state.folded(events, event);
    EventAccount account = Objects.requireNonNull(replayed.account());
    return new Step(replayed.state(), changes(account), account);
  }

  /** Applies an event, turning a failure inside the date arithmetic into a refusal that names the event. */
  static EventAccount applyRefusing(Engine engine, DpaEvent event) {
    try {
      return engine.apply(event);
    } catch (DateTimeException | ArithmeticException e) {
      throw outsideRepresentableDates(event, e, "");
    }
  }

  /**
   * The refusal of an event from which a deadline falls outside the dates the monitor can
   * represent, naming the event's date; {@code consequence} is appended to the rule (empty, or
   * what the refusal means for a batch).
   */
  static MonitorInputException outsideRepresentableDates(DpaEvent event, RuntimeException failure, String consequence) {
    return new MonitorInputException(event.getId(), "date", event.getDate().toString(),
        "a deadline computed from this event falls outside the dates the monitor can represent (" + failure.getMessage() + ")"
            + consequence);
  }

  /**
   * Forgets, in a streaming state, the matters that closed before {@code cutoff}: their tombstones,
   * and the records of Subprocessors with nothing live left. A later event about a forgotten matter
   * is then answered as about an unknown one. Pure: returns a new state and leaves {@code state}
   * alone; a state that does not stream is returned as it is (it keeps its whole history).
   *
   * @param state the state
   * @param cutoff the first day whose closed matters are still remembered
   * @return the state without the matters closed before {@code cutoff}
   */
  public static MonitorState forgetClosedBefore(MonitorState state, LocalDate cutoff) {
    Objects.requireNonNull(state, "Monitor.forgetClosedBefore: state must not be null");
    Objects.requireNonNull(cutoff, "Monitor.forgetClosedBefore: cutoff must not be null");
    if (!state.isStreaming()) {
      return state;
    }
    Engine next = state.engine().copy();
    next.forget(closedOn -> closedOn.isBefore(cutoff));
    return state.withEngine(next);
  }

  /** The changes of obligations and rights an event's account records, in order (recorded facts left out). */
  static List<Change> changes(EventAccount account) {
    List<Change> out = new ArrayList<>(2);
    io.github.dpasemantics.policy.Reason reason = account.getReason();
    Optional<String> by = Optional.of(account.getEventId());
    for (Effect effect : account.getEffects()) {
      ChangeKind kind = ChangeKind.of(effect.getKind());
      Target target = effect.target();
      if (kind == null || target == null) {
        continue;
      }
      if (target instanceof WorkingObligation) {
        WorkingObligation i = (WorkingObligation) target;
        out.add(new Change(kind, i.id(), i.kind.getNorm().getId(), i.kind.getClause(), Optional.ofNullable(i.subject),
            account.getDate(), by, reason));
      } else if (target instanceof Right) {
        Right r = (Right) target;
        out.add(new Change(kind, r.id(), r.kind.getNorm().getId(), r.kind.getClause(), Optional.of(r.subject),
            account.getDate(), by, reason));
      }
    }
    return out;
  }

  /**
   * What the passing of time does to a state without a new event, as of {@code today} (a date in
   * the contract's zone): the open obligations whose due date passed after the last event's date
   * and on or before {@code today - 1} ({@link ChangeKind#MISSED}, dated the day after the due
   * date), the rights open on the last event's date whose last day passed before {@code today}
   * ({@link ChangeKind#RIGHT_LAPSED}, dated the day after their last day), and the open obligations
   * due from {@code today} to {@code today + DUE_SOON_DAYS} ({@link ChangeKind#DUE_SOON}, dated
   * {@code today}). Pure: the same state and day give the same list, so a caller that runs it once
   * a day reports a missed duty on the day it is missed (and again on later days until an event
   * closes it: keep the last day reported to tell them apart).
   *
   * @param state the state
   * @param today the day asked about, not before the last event's date
   * @return the changes, in date order
   * @throws IllegalArgumentException if {@code today} is before the last event's date
   */
  public static List<Change> advance(MonitorState state, LocalDate today) {
    Objects.requireNonNull(state, "Monitor.advance: state must not be null");
    Objects.requireNonNull(today, "Monitor.advance: today must not be null");
    Optional<DpaEvent> last = state.getLastEvent();
    LocalDate since = last.map(DpaEvent::getDate).orElse(state.getContract().addendumEffectiveDate());
    if (today.isBefore(since)) {
      throw new IllegalArgumentException("Monitor.advance: today = " + today + " is before " + since
          + ", the date of the last event folded into the state: time only moves forward");
    }
    ContractState then = state.asOf(since);
    ContractState now = state.asOf(today);
    List<Change> out = new ArrayList<>();
    for (ObligationInstance o : now.getObligations()) {
      if (o.getState() == ObligationState.VIOLATED && o.getMovedBy().isEmpty() && o.getMovedOn().isAfter(since)) {
        out.add(Change.of(ChangeKind.MISSED, o, o.getMovedOn(), null, o.getDecision().getReasons().get(0)));
      }
      Optional<LocalDate> due = o.getDueDate();
      if (o.isOpen() && due.isPresent() && !due.get().isBefore(today) && !due.get().isAfter(today.plusDays(DUE_SOON_DAYS))) {
        out.add(Change.of(ChangeKind.DUE_SOON, o, today, null,
            MonitorCode.DUE_SOON.reason(o.getClause(), new Object[] {due.get(), o.getKind().getDuty()})));
      }
    }
    Map<String, OpenRight> open = new HashMap<>();
    for (OpenRight r : now.getOpenRights()) {
      open.put(r.getId(), r);
    }
    for (OpenRight r : then.getOpenRights()) {
      Optional<LocalDate> lapses = r.getLapsesAfter();
      if (!open.containsKey(r.getId()) && lapses.isPresent() && lapses.get().isBefore(today)) {
        out.add(Change.of(ChangeKind.RIGHT_LAPSED, r, lapses.get().plusDays(1),
            MonitorCode.RIGHT_LAPSED.reason(r.getClause(), new Object[] {lapses.get(), r.getKind().getPower()})));
      }
    }
    out.sort((a, b) -> a.date().compareTo(b.date()));
    return out;
  }
}
