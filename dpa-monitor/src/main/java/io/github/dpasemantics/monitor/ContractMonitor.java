package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.AddendumSigned;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.policy.ContractTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The obligation monitor of one contract: keeps its timeline of dated events and tells, as of any
 * date, where the contract stands ({@link ContractState}).
 *
 * <pre>{@code
 * ContractMonitor m = ContractMonitor.of(contract);
 * m.append(engaged).append(notice).append(objection);  // or appendAll(events), any order
 * ContractState s = m.stateAsOf(LocalDate.of(2024, 3, 20));
 * s.getOpenObligations().size();   // 2
 * ContractState w = m.whatIf(LocalDate.of(2024, 3, 20), List.of(hypotheticalNotice));  // timeline unchanged
 * w.getAsOf();                     // 2024-03-20
 * m.getTimeline().size();          // 3
 * }</pre>
 *
 * <p><b>Order.</b> Events are kept in {@link DpaEvent#TIMELINE_ORDER} (date, then the same-day
 * rank of the event type, then id), so the state never depends on the order events arrive in.
 *
 * <p><b>The fold.</b> A monitor is a mutable holder of one immutable {@link MonitorState} (full
 * or streaming): {@link #append} and {@link #appendAll} fold {@link Monitor#step} over the events
 * from the current state, and put the new state in place only once every event was accepted.
 * Where the contract stands, what-if and the accounts are those of {@link MonitorState}
 * ({@link MonitorState#asOf}, {@link MonitorState#of}); {@link #state()} hands the current state
 * out, for storing or folding further without the monitor.
 *
 * <p><b>Refusals.</b> {@link #append} refuses, with a {@link MonitorInputException} naming the
 * event, the field and the rule, a duplicate id, an event dated before the Addendum takes effect
 * (signatures excepted), an actor that cannot perform the event, and an event the fold fails on
 * (a date whose deadlines the monitor cannot represent, or any other failure inside a step). A
 * refused event, or a batch containing one, leaves the monitor unchanged, whatever refused it,
 * and the monitor stays usable.
 *
 * <p><b>Cost.</b> One event that sorts after every stored event is one {@link Monitor#step}. A
 * batch, or an event that sorts before others, folds the stored events and the new ones again from
 * the start, once ({@link MonitorState#of}). A state as of a date on or after the last event costs
 * one pass over the instances; one as of an earlier date, or a what-if, replays the events up to
 * that date. A streaming monitor copies its live state once per call ({@link #append} or
 * {@link #appendAll}), whatever the batch's size, and applies the batch's events to that copy.
 *
 * <p><b>Streaming.</b> A monitor made by {@link #streaming(ContractInstance, MonitorSink)} keeps
 * no timeline and no accounts: it hands each event's {@link EventAccount} and each instance that
 * can no longer change to a {@link MonitorSink}, and keeps only the live state (open and
 * still-changeable instances, open rights, and per matter a small tombstone that answers a later
 * event about it exactly as a full monitor would). Its memory follows the open obligations and
 * the matters seen, never the events; one made by
 * {@link #streaming(ContractInstance, MonitorSink, Period)} also forgets matters closed longer ago
 * than a period, so that its memory follows the open obligations and rights alone (plus the
 * matters closed within the period). In exchange it takes events in timeline order only, answers only as of the last
 * event's date or later, and has no what-if. For in-order input its state (obligations still
 * live, rights, deadlines) is that of a full monitor, and its sink receives the same accounts
 * and, as they close, the same instances.
 *
 * <p>This class is not thread-safe; use one monitor per thread or guard it. A call from a second
 * thread while another runs fails fast with a {@link ConcurrentModificationException} naming the
 * contract and the thread that holds it, instead of corrupting the state.
 */
public final class ContractMonitor {
  private static final Comparator<DpaEvent> ORDER = DpaEvent.TIMELINE_ORDER;

  /**
   * The norms of the catalogue ({@link io.github.dpasemantics.model.norm.Norms#segmentDpa()}) that
   * an event triggers but that no {@link ObligationKind} or {@link RightKind} instantiates: norm id
   * to the one-line reason the monitor does not track it. Standing norms (no triggering event)
   * are not monitored either and are not listed. Unmodifiable, in catalogue order.
   */
  public static final Map<String, String> NOT_MONITORED = notMonitored();

  private static Map<String, String> notMonitored() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("6.1.2/liable-for-subprocessors",
        "an allocation of liability for the Subprocessor's acts: no event performs or breaches it");
    m.put("6.3/notify-new-third-party-subprocessor",
        "the notice itself, tracked with its timing as 6.3/advance-notice (SUBPROCESSOR_NOTICE): one SubprocessorNoticeGiven performs both");
    m.put("6.3/good-faith-discussion-customer",
        "Customer's side of the same discussion: the one GOOD_FAITH_DISCUSSION instance, closed by its resolution or failure, tracks both sides");
    m.put("7.3/describe-security-incident",
        "the content of the 7.3 notice, not an act of its own: IncidentNotified carries no description to check");
    m.put("7.3/customer-notification-laws",
        "Customer's compliance with its own notification laws: no event records it");
    m.put("8/respond-to-data-subject-requests",
        "Customer's response to the Data Subject: no event records it");
    m.put("9.2/retained-data-remains-subject",
        "retained data keep the Addendum alive: modelled as the duties that may still arise after the end (Scope.survivingDutiesOf), not as an instance");
    m.put("A.2.1.2/instruct-employee-to-contact-segment",
        "performed by the same act as the referral: DataSubjectRequestRouted by Customer fulfils USAGE_DATA_REQUEST_REFERRAL");
    m.put("A.2.2.2/accept-report-in-lieu",
        "Customer's acceptance is the discharge of AUDIT_RESPONSE by NoMaterialChangeConfirmed, not a duty with an act of its own");
    m.put("A.2.2.2/treat-as-confidential-information",
        "a standing confidentiality duty once information is given: no event discloses or uses it");
    m.put("A.2.2.4/limit-use-of-audit-reports",
        "a prohibition on uses of the report: no event records a use");
    m.put("A.2.2.5/make-rates-available",
        "owed upon a request for the rates: no event requests or gives them");
    m.put("A.2.2.5/bear-auditor-fees",
        "an allocation of the auditor's fees: no event invoices them");
    m.put("A.2.2.5/limit-subprocessor-information",
        "a permission limiting what Segment must furnish: it owes nothing");
    m.put("A.2.2.5/keep-confidentiality",
        "a permission (A.2.2 never requires a breach of confidentiality): it owes nothing");
    m.put("A.4.1/transfer-compliance",
        "decided per transfer by Transfers: TransferMade is recorded, no instance");
    m.put("A.4.3.4/redact-commercial-information",
        "a permission exercised inside the copies: it owes nothing");
    return Collections.unmodifiableMap(m);
  }

  private final ContractInstance contract;
  private final @Nullable MonitorSink sink;
  /** Streaming: how long a closed matter is remembered after the day it closed; null: for ever. */
  private final @Nullable Period forgetAfter;
  /** The fold this monitor runs: {@link Fold#PURE}, or in tests one that fails on a chosen event. */
  private final Fold fold;
  /** The state after every event accepted so far; replaced whole, never changed. */
  private MonitorState state;

  /** The thread inside a call on this monitor, if any (fails fast on use from two threads). */
  private final AtomicReference<@Nullable Thread> owner = new AtomicReference<>();

  private ContractMonitor(ContractInstance contract, @Nullable MonitorSink sink, @Nullable Period forgetAfter, Fold fold) {
    this.contract = contract;
    this.sink = sink;
    this.forgetAfter = forgetAfter;
    this.fold = fold;
    this.state = sink == null ? MonitorState.initial(contract) : MonitorState.streaming(contract);
  }

  /**
   * The functions of the fold a monitor calls. Production monitors use {@link #PURE}; a test
   * gives one that fails inside a step, to check that any failure there refuses the batch whole.
   */
  interface Fold {
    /** {@link Monitor#step}. */
    Step step(MonitorState state, DpaEvent event);

    /** {@link MonitorState#of}. */
    MonitorState of(ContractInstance contract, List<DpaEvent> events);

    /** {@link Monitor#applyRefusing}: one event of a streaming batch applied in place to the batch's scratch engine. */
    EventAccount apply(Engine scratch, DpaEvent event);

    /** The fold itself. */
    Fold PURE = new Fold() {
      @Override
      public Step step(MonitorState state, DpaEvent event) {
        return Monitor.step(state, event);
      }

      @Override
      public MonitorState of(ContractInstance contract, List<DpaEvent> events) {
        return MonitorState.of(contract, events);
      }

      @Override
      public EventAccount apply(Engine scratch, DpaEvent event) {
        return Monitor.applyRefusing(scratch, event);
      }
    };
  }

  /** A monitor of {@code contract} on {@code fold} (tests): full if {@code sink} is null, else streaming. */
  static ContractMonitor on(Fold fold, ContractInstance contract, @Nullable MonitorSink sink, @Nullable Period forgetAfter) {
    return new ContractMonitor(contract, sink, forgetAfter, fold);
  }

  /**
   * Returns an empty monitor for a contract.
   *
   * @param contract the contract instance (terms, parties, annex facts, readings)
   * @return the monitor
   */
  public static ContractMonitor of(ContractInstance contract) {
    return new ContractMonitor(Objects.requireNonNull(contract, "ContractMonitor.of: contract must not be null"), null, null,
        Fold.PURE);
  }

  /**
   * Returns an empty streaming monitor for a contract: events must come in timeline order, each
   * event's account and each instance that can no longer change go to {@code sink} instead of
   * being kept, and states can be asked for as of the last event's date or later. See the class
   * comment.
   *
   * @param contract the contract instance
   * @param sink receives every account and every closed instance
   * @return the monitor
   */
  public static ContractMonitor streaming(ContractInstance contract, MonitorSink sink) {
    Objects.requireNonNull(contract, "ContractMonitor.streaming: contract must not be null");
    Objects.requireNonNull(sink, "ContractMonitor.streaming: sink must not be null");
    return new ContractMonitor(contract, sink, null, Fold.PURE);
  }

  /**
   * Returns an empty streaming monitor, as {@link #streaming(ContractInstance, MonitorSink)}, that
   * also forgets closed matters: once {@code forgetClosedAfter} has passed since the day a matter's
   * last obligation closed (and went to the sink), its tombstone is dropped, and so is a
   * Subprocessor's record once nothing about it is live (no open obligation, no open right). Memory
   * then follows the open obligations and rights plus the matters closed within that period, not
   * the matters ever seen. The price: an event about a forgotten matter is answered as about an
   * unknown one (for example a late {@code IncidentNotified} is unmatched because "no confirmed
   * Security Incident is recorded" rather than because the notice "was already fulfilled on ...";
   * a repeated confirmation of a forgotten incident opens a new 7.3 duty). Within the period the answers are those of a full monitor.
   *
   * @param contract the contract instance
   * @param sink receives every account and every closed instance
   * @param forgetClosedAfter how long a closed matter is remembered, zero or more (for example
   *     {@code Period.ofYears(2)})
   * @return the monitor
   * @throws IllegalArgumentException if {@code forgetClosedAfter} is negative
   */
  public static ContractMonitor streaming(ContractInstance contract, MonitorSink sink, Period forgetClosedAfter) {
    Objects.requireNonNull(contract, "ContractMonitor.streaming: contract must not be null");
    Objects.requireNonNull(sink, "ContractMonitor.streaming: sink must not be null");
    return new ContractMonitor(contract, sink, checkedForgetting(forgetClosedAfter, "ContractMonitor.streaming"), Fold.PURE);
  }

  /**
   * Runs {@code body} as this monitor's owner: the calling thread, or the thread already inside a
   * call (a nested call). A call from a second thread while one runs fails fast instead of
   * corrupting the state.
   *
   * @throws ConcurrentModificationException if another thread is inside a call on this monitor
   */
  private <T> T owned(String method, Supplier<T> body) {
    Thread me = Thread.currentThread();
    boolean outermost;
    while (true) {
      if (owner.compareAndSet(null, me)) {
        outermost = true;
        break;
      }
      Thread other = owner.get();
      if (other == me) {
        outermost = false;
        break;
      }
      if (other != null) {
        throw inUse(method, other.getName());
      }
    }
    try {
      return body.get();
    } finally {
      if (outermost) {
        owner.set(null);
      }
    }
  }

  private ConcurrentModificationException inUse(String method, String thread) {
    return new ConcurrentModificationException("ContractMonitor." + method + ": the monitor of contract '"
        + contract.getId() + "' is in use by thread '" + thread + "'; a ContractMonitor is not thread-safe:"
        + " use it from one thread at a time (one monitor per thread, or a lock around it)");
  }

  /** Checks a forgetting period: not null, not negative in any unit. */
  static Period checkedForgetting(Period forgetClosedAfter, String where) {
    Objects.requireNonNull(forgetClosedAfter, where + ": forgetClosedAfter must not be null");
    if (forgetClosedAfter.getYears() < 0 || forgetClosedAfter.getMonths() < 0 || forgetClosedAfter.getDays() < 0) {
      throw new IllegalArgumentException(where + ": forgetClosedAfter = " + forgetClosedAfter
          + ": must not be negative (it is how long a closed matter is remembered)");
    }
    return forgetClosedAfter;
  }

  /**
   * Returns the state after every event accepted so far: an immutable value that later calls on
   * this monitor never change (they replace it). Fold further events into it with
   * {@link Monitor#step}, or store it, without this monitor.
   *
   * @return the current state (streaming for a streaming monitor)
   */
  public MonitorState state() {
    return owned("state", () -> state);
  }

  /**
   * Returns how many matters this monitor holds state about: obligation subjects (an incident, a
   * request, an audit, a Subprocessor's notice; open or closed) and Subprocessor records. In full
   * mode and in streaming mode it grows with the matters ever seen; a streaming monitor that
   * forgets ({@link #streaming(ContractInstance, MonitorSink, Period)}) keeps it to the open ones
   * and those closed within its period. For watching a monitor's memory.
   *
   * @return the number of matters remembered
   */
  public int rememberedMatters() {
    return owned("rememberedMatters", () -> state.rememberedMatters());
  }

  /**
   * Tells whether this monitor streams (keeps no history; see {@link #streaming(ContractInstance, MonitorSink)}).
   *
   * @return true if streaming
   */
  public boolean isStreaming() {
    return sink != null;
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
   * Returns the stored events, in timeline order; empty for a streaming monitor, which stores none.
   *
   * @return an unmodifiable copy of the timeline
   */
  public List<DpaEvent> getTimeline() {
    return owned("getTimeline", () -> sink != null ? List.of() : state.getEvents());
  }

  /**
   * Returns the number of events stored, or, for a streaming monitor, applied.
   *
   * @return the count
   */
  public int size() {
    return owned("size", () -> state.size());
  }

  /**
   * Adds one event.
   *
   * @param event the event
   * @return this monitor
   * @throws MonitorInputException if the event is refused (the monitor is then unchanged); a
   *     streaming monitor also refuses an event that does not sort after the last applied one
   * @throws NullPointerException if {@code event} is null
   */
  public ContractMonitor append(DpaEvent event) {
    Objects.requireNonNull(event, "ContractMonitor.append: event must not be null");
    return owned("append", () -> {
      commit(prepare(List.of(event), new int[1]));
      return this;
    });
  }

  /**
   * Adds several events, in any order. Either all are added or, if one is refused, none.
   *
   * @param events the events
   * @return this monitor
   * @throws MonitorInputException naming the first refused event (the monitor is then unchanged)
   */
  public ContractMonitor appendAll(Collection<? extends DpaEvent> events) {
    Objects.requireNonNull(events, "ContractMonitor.appendAll: events must not be null");
    return owned("appendAll", () -> {
      commit(prepare(events, new int[1]));
      return this;
    });
  }

  /**
   * Adds several events, in any order; see {@link #appendAll(Collection)}.
   *
   * @param events the events
   * @return this monitor
   */
  public ContractMonitor appendAll(DpaEvent... events) {
    return appendAll(Arrays.asList(events));
  }

  /**
   * Returns where the contract stands at the end of {@code asOf}: events dated after it are left
   * out, due dates before it have passed.
   *
   * <p>A streaming monitor's state lists the instances still live (closed ones went to its sink)
   * and no accounts (they went to its sink too).
   *
   * @param asOf the date
   * @return the state
   * @throws IllegalArgumentException for a streaming monitor, if {@code asOf} is before the last
   *     applied event's date
   */
  public ContractState stateAsOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "ContractMonitor.stateAsOf: asOf must not be null");
    return owned("stateAsOf", () -> stateAsOfNow(asOf));
  }

  private ContractState stateAsOfNow(LocalDate asOf) {
    MonitorState s = state;
    Optional<DpaEvent> last = s.getLastEvent();
    if (sink != null && last.isPresent() && asOf.isBefore(last.get().getDate())) {
      DpaEvent l = last.get();
      throw new IllegalArgumentException("ContractMonitor.stateAsOf: asOf = " + asOf + " is before " + l.getDate()
          + ", the date of the last applied event '" + l.getId() + "': a streaming monitor keeps no history, so it"
          + " tells the state only as of that date or later (use ContractMonitor.of for past states)");
    }
    return s.asOf(asOf);
  }

  /**
   * Returns where the contract would stand at the end of {@code asOf} if the hypothetical events
   * had also happened; the stored timeline is not changed. Hypothetical events are checked like
   * appended ones (against the stored events and each other); those dated after {@code asOf} are
   * left out of the state like any later event.
   *
   * @param asOf the date
   * @param hypothetical the events to add for this question only
   * @return the state
   * @throws MonitorInputException if a hypothetical event would be refused
   * @throws UnsupportedOperationException for a streaming monitor, which keeps no timeline to replay
   */
  public ContractState whatIf(LocalDate asOf, Collection<? extends DpaEvent> hypothetical) {
    Objects.requireNonNull(asOf, "ContractMonitor.whatIf: asOf must not be null");
    Objects.requireNonNull(hypothetical, "ContractMonitor.whatIf: hypothetical must not be null");
    if (sink != null) {
      throw new UnsupportedOperationException("ContractMonitor.whatIf: a streaming monitor keeps no timeline to replay"
          + " hypothetical events into; use ContractMonitor.of for what-if questions");
    }
    return owned("whatIf", () -> {
      List<DpaEvent> extra = checkedBatch(state, hypothetical, new int[1]);
      return refolded(state, extra, hypothetical, new int[1]).asOf(asOf);
    });
  }

  /**
   * Returns where the contract would stand if the hypothetical events had also happened; see
   * {@link #whatIf(LocalDate, Collection)}.
   *
   * @param asOf the date
   * @param hypothetical the events
   * @return the state
   */
  public ContractState whatIf(LocalDate asOf, DpaEvent... hypothetical) {
    return whatIf(asOf, Arrays.asList(hypothetical));
  }

  // ------------------------------------------------------------------ internals

  /**
   * A batch folded but not yet in place: the state it was folded from, the state after it, and,
   * streaming, what each of its events hands the sink.
   */
  static final class Prepared {
    final MonitorState from;
    final MonitorState to;
    final List<Applied> applied;

    Prepared(MonitorState from, MonitorState to, List<Applied> applied) {
      this.from = from;
      this.to = to;
      this.applied = applied;
    }
  }

  /**
   * One event of a streaming batch, applied: its account and the obligations it closed (for the sink).
   *
   * @param event the event
   * @param account its account
   * @param closed the obligations it closed, as of the day each closed
   */
  record Applied(DpaEvent event, EventAccount account, List<ObligationInstance> closed) {}

  /**
   * The first half of {@link #appendAll(Collection)}, changing nothing: checks the batch and folds
   * it from the current state, or throws the refusal of the first refused event, with its index in
   * {@code events} left in {@code position[0]}. Reads this monitor only, so monitors of different
   * contracts may be prepared on different threads.
   */
  Prepared prepare(Collection<? extends DpaEvent> events, int[] position) {
    MonitorState from = state;
    List<DpaEvent> batch = checkedBatch(from, events, position);
    if (batch.isEmpty()) {
      return new Prepared(from, from, List.of());
    }
    if (sink == null) {
      DpaEvent only = batch.get(0);
      Optional<DpaEvent> last = from.getLastEvent();
      if (batch.size() == 1 && (last.isEmpty() || ORDER.compare(last.get(), only) < 0)) {
        return new Prepared(from, stepped(from, only, events, position).next(), List.of());
      }
      return new Prepared(from, refolded(from, batch, events, position), List.of());
    }
    Optional<DpaEvent> last = from.getLastEvent();
    DpaEvent first = batch.get(0);
    if (last.isPresent() && ORDER.compare(last.get(), first) >= 0) {
      position[0] = indexOf(events, first);
      throw outOfOrder(last.get(), first);
    }
    List<Applied> applied = new ArrayList<>(batch.size());
    return new Prepared(from, streamed(from, batch, applied, events, position), applied);
  }

  /**
   * The streaming state after {@code batch} (checked, in timeline order, each event after
   * {@code from}'s last): the events are applied in place, one after the other, to one copy of
   * {@code from}'s engine, the scratch that keeps {@code from} intact, so that a refusal anywhere
   * (the date arithmetic included) leaves no trace. The states between two events of the batch are
   * never seen by anyone, so they need no copy of their own: a batch costs one copy of the
   * contract's live matters, not one per event. What each event hands the sink is added to
   * {@code applied}; a refusal leaves the index of the refused event in {@code events} in
   * {@code position[0]}.
   */
  private MonitorState streamed(MonitorState from, List<DpaEvent> batch, List<Applied> applied,
      Collection<? extends DpaEvent> events, int[] position) {
    Engine scratch = from.engine().copy();
    MonitorState s = from;
    DpaEvent previous = from.getLastEvent().orElse(null);
    for (DpaEvent e : batch) {
      forget(scratch, previous, e);
      EventAccount account;
      try {
        account = fold.apply(scratch, e);
      } catch (RuntimeException x) {
        position[0] = indexOf(events, e);
        throw refusal(e, x);
      }
      applied.add(new Applied(e, account, List.copyOf(scratch.closed)));
      s = s.appended(e, account, scratch); // only the last of these states is ever read
      previous = e;
    }
    return s;
  }

  /**
   * The second half of {@link #appendAll(Collection)}: puts a prepared batch's state in place and,
   * streaming, hands each step to the sink; a sink that throws stops this monitor after that
   * step's event.
   *
   * @throws ConcurrentModificationException if the monitor changed since the batch was prepared
   */
  void commit(Prepared batch) {
    if (state != batch.from) {
      throw new ConcurrentModificationException("ContractMonitor: the monitor of contract '" + contract.getId()
          + "' changed between the check and the application of a batch; a ContractMonitor is not thread-safe");
    }
    MonitorSink out = sink;
    if (out == null) {
      state = batch.to;
      return;
    }
    int handed = 0;
    try {
      for (Applied a : batch.applied) {
        handed++;
        out.accounted(a.account());
        for (ObligationInstance closed : a.closed()) {
          out.closed(closed);
        }
      }
    } finally {
      // a sink that threw stops the monitor after its event: the state after the events handed so
      // far is folded again from the batch's start (they were applied once already, so they apply again)
      state = handed == batch.applied.size() ? batch.to : prefix(batch, handed);
    }
  }

  /** The streaming state after the first {@code n} events of a prepared batch, folded again on a copy of its start. */
  private MonitorState prefix(Prepared batch, int n) {
    List<DpaEvent> first = new ArrayList<>(n);
    for (Applied a : batch.applied.subList(0, n)) {
      first.add(a.event());
    }
    return streamed(batch.from, first, new ArrayList<>(n), first, new int[1]);
  }

  /**
   * The checks of a batch that do not need the fold, in the order given: no null, no id given
   * twice or already known to {@code known}, each event's own date and actor. Returns the batch in
   * timeline order; a refusal leaves the index of the refused event in {@code position[0]}.
   */
  private static List<DpaEvent> checkedBatch(MonitorState known, Collection<? extends DpaEvent> events, int[] position) {
    Set<String> batchIds = new HashSet<>();
    List<DpaEvent> batch = new ArrayList<>(events.size());
    LocalDate effective = known.getContract().addendumEffectiveDate();
    position[0] = 0;
    for (DpaEvent e : events) {
      Objects.requireNonNull(e, "ContractMonitor: an event in the batch is null");
      String id = e.getId();
      if (known.hasEventId(id) || !batchIds.add(id)) {
        throw duplicateId(id);
      }
      checkEvent(effective, e);
      position[0]++;
      batch.add(e);
    }
    batch.sort(ORDER);
    return batch;
  }

  /** One step of the fold, any failure inside it a refusal of {@code e} (its index in {@code events} left in {@code position[0]}). */
  private Step stepped(MonitorState from, DpaEvent e, Collection<? extends DpaEvent> events, int[] position) {
    try {
      return fold.step(from, e);
    } catch (RuntimeException x) {
      position[0] = indexOf(events, e);
      throw refusal(e, x);
    }
  }

  /**
   * The state of {@code from}'s events and {@code batch} (checked), folded again from the start
   * in one pass. If that fails, the events are folded one step at a time to find the event the
   * fold fails on, which is refused (its index in {@code events} left in {@code position[0]}).
   */
  private MonitorState refolded(MonitorState from, List<DpaEvent> batch, Collection<? extends DpaEvent> events,
      int[] position) {
    List<DpaEvent> all = new ArrayList<>(from.size() + batch.size());
    all.addAll(from.getEvents());
    all.addAll(batch); // in any order: MonitorState.of sorts them, and a step takes an event that reaches back
    try {
      return fold.of(contract, all);
    } catch (RuntimeException x) {
      MonitorState s = MonitorState.initial(contract);
      for (DpaEvent e : all) {
        s = stepped(s, e, events, position).next();
      }
      // the one-pass fold failed where the step-by-step one does not: refuse the batch's last event
      DpaEvent e = batch.get(batch.size() - 1);
      position[0] = indexOf(events, e);
      throw refusal(e, x);
    }
  }

  /** The index of {@code e} (the same object) in {@code events}, or the size of {@code events} if it is not there. */
  private static int indexOf(Collection<? extends DpaEvent> events, DpaEvent e) {
    int at = 0;
    for (DpaEvent x : events) {
      if (x == e) {
        break;
      }
      at++;
    }
    return at;
  }

  /**
   * A failure of the fold on event {@code e} as a refusal naming the event, the field and the rule:
   * a refusal as it is; a date the monitor cannot compute with as one of its date; anything else
   * as one of its type.
   */
  static MonitorInputException refusal(DpaEvent e, RuntimeException failure) {
    if (failure instanceof MonitorInputException) {
      return (MonitorInputException) failure;
    }
    MonitorInputException refused;
    if (failure instanceof DateTimeException || failure instanceof ArithmeticException) {
      refused = Monitor.outsideRepresentableDates(e, failure, "; the batch is refused whole and changes nothing");
    } else {
      refused = new MonitorInputException(e.getId(), "type", e.getType().toString(),
          "the monitor failed to apply this event (" + failure + "); the batch is refused whole and changes nothing");
    }
    refused.initCause(failure);
    return refused;
  }

  /** The refusal of an event whose id was already given. */
  static MonitorInputException duplicateId(String id) {
    return new MonitorInputException(id, "id", "'" + id + "'",
        "an event id must be unique within a timeline, and this one was already given");
  }

  /**
   * The last date an event may carry, the last day the policies compute with
   * ({@link ContractTime#LAST_DAY}): the monitor computes deadlines of up to a few years after an
   * event (60 days, 12 months, a calendar year), which must stay representable, so an event dated
   * within reach of {@link LocalDate#MAX} is refused before anything is applied.
   */
  static final LocalDate LATEST_EVENT_DATE = ContractTime.LAST_DAY;

  /** The checks of one event that do not depend on the other events: its date and its actor. */
  static void checkEvent(ContractInstance contract, DpaEvent e) {
    checkEvent(contract.addendumEffectiveDate(), e);
  }

  private static void checkEvent(LocalDate effective, DpaEvent e) {
    String id = e.getId();
    if (!(e instanceof AddendumSigned) && e.getDate().isBefore(effective)) {
      throw new MonitorInputException(id, "date", e.getDate().toString(),
          "an event must not be dated before the Addendum takes effect on " + effective
              + " (the later signature, 1); only the signatures themselves may be earlier");
    }
    if (e.getDate().isAfter(LATEST_EVENT_DATE)) {
      throw new MonitorInputException(id, "date", e.getDate().toString(),
          "an event must be dated on or before " + LATEST_EVENT_DATE + ": the deadlines the monitor computes from it"
              + " (up to a few years later) must stay within the dates it can represent");
    }
    if (!e.isActorAllowed()) {
      throw new MonitorInputException(id, "actor", e.getActor().toString(),
          "a " + e.getType() + " event can only be performed by " + e.getAllowedActors() + " (" + e.getType().getClauses() + ")");
    }
  }

  /** The refusal of an event that sorts before the last event a streaming monitor or state applied. */
  static MonitorInputException outOfOrder(DpaEvent last, DpaEvent e) {
    return new MonitorInputException(e.getId(), "date", e.getDate().toString(),
        "a streaming monitor takes events in timeline order (date, then same-day rank of the type, then id) and keeps"
            + " no history to replay, but this " + e.getType() + " sorts before the last applied event '" + last.getId()
            + "' (" + last.getType() + " of " + last.getDate() + "); use ContractMonitor.of for out-of-order input");
  }

  /**
   * Before {@code e}, on a new day, a monitor made with {@code forgetClosedAfter} makes a streaming
   * batch's scratch engine forget the matters whose last obligation closed more than that long
   * before it (as {@link Monitor#forgetClosedBefore} does to a state).
   */
  private void forget(Engine scratch, @Nullable DpaEvent previous, DpaEvent e) {
    Period after = forgetAfter;
    LocalDate d = e.getDate();
    if (after == null || previous == null || !d.isAfter(previous.getDate())) {
      return;
    }
    LocalDate cutoff = forgetCutoff(d, after);
    scratch.forget(closedOn -> closedOn.isBefore(cutoff));
  }

  /**
   * The first day whose closed matters are still remembered on {@code day}: the earliest
   * {@code closedOn} with {@code closedOn + after} not before {@code day} (a matter closed on a
   * day {@code c} is forgotten once {@code c + after} is before the current day; with months,
   * {@code day - after} alone can be off by a day or two at a month's end).
   */
  static LocalDate forgetCutoff(LocalDate day, Period after) {
    LocalDate c = day.minus(after);
    while (c.plus(after).isBefore(day)) {
      c = c.plusDays(1);
    }
    while (!c.minusDays(1).plus(after).isBefore(day)) {
      c = c.minusDays(1);
    }
    return c;
  }
}
