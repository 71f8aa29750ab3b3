package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.AddendumSigned;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.policy.ContractTime;
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
 * <p><b>Refusals.</b> {@link #append} refuses, with a {@link MonitorInputException} naming the
 * event, the field and the rule, a duplicate id, an event dated before the Addendum takes effect
 * (signatures excepted), and an actor that cannot perform the event. A refused event, or a batch
 * containing one, leaves the monitor unchanged.
 *
 * <p><b>Cost.</b> An event that sorts after every stored event is applied at once, with work that
 * does not depend on the history (a few hash lookups). An event that sorts earlier is inserted in
 * place and the timeline is replayed from the start at the next query, once however many late
 * events arrived in between. A state as of a date on or after the last event costs one pass over
 * the instances; one as of an earlier date, or a what-if, replays the events up to that date.
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
  /** An empty id set, never added to (so safe to share between threads): the batch of a single append. */
  private static final Set<String> NO_IDS = Set.of();

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
  private final LocalDate effective;
  private final ArrayList<DpaEvent> timeline = new ArrayList<>();
  /** Full mode: every stored id; streaming mode: the ids of the last applied event's day. */
  private Set<String> ids = new HashSet<>();
  private final @Nullable MonitorSink sink;
  private @Nullable DpaEvent last;
  /** Full mode: the engine that applied the timeline (replayed when an event was inserted before others). */
  private Engine engine;
  private boolean stale;
  /** Streaming mode: the fold's streaming state ({@link MonitorState#streaming}); null in full mode. */
  private @Nullable MonitorState live;
  /** Streaming: how long a closed matter is remembered after the day it closed; null: for ever. */
  private final @Nullable Period forgetAfter;

  /** The thread inside a call on this monitor, if any (fails fast on use from two threads). */
  private final AtomicReference<@Nullable Thread> owner = new AtomicReference<>();

  private ContractMonitor(ContractInstance contract, @Nullable MonitorSink sink, @Nullable Period forgetAfter) {
    this.contract = contract;
    this.effective = contract.addendumEffectiveDate();
    this.sink = sink;
    this.forgetAfter = forgetAfter;
    this.engine = new Engine(contract);
    this.live = sink == null ? null : MonitorState.streaming(contract);
  }

  /**
   * Returns an empty monitor for a contract.
   *
   * @param contract the contract instance (terms, parties, annex facts, readings)
   * @return the monitor
   */
  public static ContractMonitor of(ContractInstance contract) {
    return new ContractMonitor(Objects.requireNonNull(contract, "ContractMonitor.of: contract must not be null"), null, null);
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
    return new ContractMonitor(contract, sink, null);
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
    return new ContractMonitor(contract, sink, checkedForgetting(forgetClosedAfter, "ContractMonitor.streaming"));
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
        throw new ConcurrentModificationException("ContractMonitor." + method + ": the monitor of contract '"
            + contract.getId() + "' is in use by thread '" + other.getName() + "'; a ContractMonitor is not thread-safe:"
            + " use it from one thread at a time (one monitor per thread, or a lock around it)");
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
   * Returns how many matters this monitor holds state about: obligation subjects (an incident, a
   * request, an audit, a Subprocessor's notice; open or closed) and Subprocessor records. In full
   * mode and in streaming mode it grows with the matters ever seen; a streaming monitor that
   * forgets ({@link #streaming(ContractInstance, MonitorSink, Period)}) keeps it to the open ones
   * and those closed within its period. For watching a monitor's memory.
   *
   * @return the number of matters remembered
   */
  public int rememberedMatters() {
    MonitorState l = live;
    return l != null ? l.engine().remembered() : engine.remembered();
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
    return List.copyOf(timeline);
  }

  /**
   * Returns the number of events stored, or, for a streaming monitor, applied.
   *
   * @return the count
   */
  public int size() {
    MonitorState l = live;
    return l == null ? timeline.size() : l.size();
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
    return owned("append", () -> appendNow(event));
  }

  private ContractMonitor appendNow(DpaEvent event) {
    check(event, ids, NO_IDS);
    if (sink != null) {
      checkInOrder(event);
      stream(event);
      return this;
    }
    ids.add(event.getId());
    insert(event);
    return this;
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
      applyChecked(checked(events, new int[1]));
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
    DpaEvent l = last;
    if (sink != null) {
      if (l != null && asOf.isBefore(l.getDate())) {
        throw new IllegalArgumentException("ContractMonitor.stateAsOf: asOf = " + asOf + " is before " + l.getDate()
            + ", the date of the last applied event '" + l.getId() + "': a streaming monitor keeps no history, so it"
            + " tells the state only as of that date or later (use ContractMonitor.of for past states)");
      }
      return Objects.requireNonNull(live).asOf(asOf);
    }
    Engine current = current();
    if (timeline.isEmpty() || !timeline.get(timeline.size() - 1).getDate().isAfter(asOf)) {
      return Snapshot.of(current, asOf);
    }
    Engine past = new Engine(contract);
    for (DpaEvent e : timeline) {
      if (e.getDate().isAfter(asOf)) {
        break;
      }
      past.apply(e);
    }
    return Snapshot.of(past, asOf);
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
    return owned("whatIf", () -> whatIfNow(asOf, hypothetical));
  }

  private ContractState whatIfNow(LocalDate asOf, Collection<? extends DpaEvent> hypothetical) {
    List<DpaEvent> extra = checkedBatch(hypothetical, ids, new int[1]).events;
    List<DpaEvent> all = new ArrayList<>(timeline.size() + extra.size());
    all.addAll(timeline);
    all.addAll(extra);
    all.sort(ORDER);
    Engine what = new Engine(contract);
    for (DpaEvent e : all) {
      if (e.getDate().isAfter(asOf)) {
        break;
      }
      what.apply(e);
    }
    return Snapshot.of(what, asOf);
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
   * The checks of {@link #appendAll(Collection)}, changing nothing: returns the batch in timeline
   * order, or throws the refusal of the first refused event, with its index in {@code events}
   * left in {@code position[0]}. Reads this monitor only, so monitors of different contracts may
   * be checked on different threads.
   */
  Batch checked(Collection<? extends DpaEvent> events, int[] position) {
    Batch batch = checkedBatch(events, ids, position);
    if (sink != null && !batch.events.isEmpty()) {
      DpaEvent first = batch.events.get(0);
      int at = 0;
      for (DpaEvent e : events) {
        if (e == first) {
          break;
        }
        at++;
      }
      position[0] = at;
      checkInOrder(first);
    }
    return batch;
  }

  /** Applies a batch returned by {@link #checked} (and not changed since): the second half of appendAll. */
  void applyChecked(Batch batch) {
    List<DpaEvent> events = batch.events;
    MonitorSink out = sink;
    MonitorState from = live;
    if (out != null && from != null) {
      // fold the whole batch first: a refusal anywhere leaves the monitor and its sink untouched
      List<Step> steps = new ArrayList<>(events.size());
      MonitorState s = from;
      DpaEvent previous = last;
      for (DpaEvent e : events) {
        s = forgetting(s, previous, e);
        Step step = Monitor.step(s, e);
        steps.add(step);
        s = step.next();
        previous = e;
      }
      // then hand each step on; a sink that throws stops this monitor after that step's event
      for (int k = 0; k < steps.size(); k++) {
        live = steps.get(k).next();
        streamedIds(events.get(k));
        handOn(steps.get(k), out);
      }
      return;
    }
    timeline.ensureCapacity(timeline.size() + events.size());
    engine.accounts.ensureCapacity(engine.accounts.size() + events.size());
    boolean adopted = ids.isEmpty();
    if (adopted) {
      ids = batch.ids; // the checks' set of the batch's ids is this monitor's set now, not a copy
    }
    for (DpaEvent e : events) {
      if (!adopted) {
        ids.add(e.getId());
      }
      insert(e);
    }
  }

  /** A batch that passed the checks: its events in timeline order, and the set of their ids. */
  static final class Batch {
    final List<DpaEvent> events;
    final Set<String> ids;

    Batch(List<DpaEvent> events, Set<String> ids) {
      this.events = events;
      this.ids = ids;
    }
  }

  private Batch checkedBatch(Collection<? extends DpaEvent> events, Set<String> known, int[] position) {
    Set<String> batchIds = new HashSet<>();
    List<DpaEvent> batch = new ArrayList<>(events.size());
    position[0] = 0;
    for (DpaEvent e : events) {
      Objects.requireNonNull(e, "ContractMonitor: an event in the batch is null");
      check(e, known, batchIds);
      position[0]++;
      batchIds.add(e.getId());
      batch.add(e);
    }
    batch.sort(ORDER);
    return new Batch(batch, batchIds);
  }

  private void check(DpaEvent e, Set<String> known, Set<String> batch) {
    String id = e.getId();
    if (known.contains(id) || batch.contains(id)) {
      throw duplicateId(id);
    }
    checkEvent(effective, e);
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

  /** Streaming: refuses an event that does not sort after the last applied one. */
  private void checkInOrder(DpaEvent e) {
    DpaEvent l = last;
    if (l != null && ORDER.compare(l, e) >= 0) {
      throw outOfOrder(l, e);
    }
  }

  /** The refusal of an event that sorts before the last event a streaming monitor or state applied. */
  static MonitorInputException outOfOrder(DpaEvent last, DpaEvent e) {
    return new MonitorInputException(e.getId(), "date", e.getDate().toString(),
        "a streaming monitor takes events in timeline order (date, then same-day rank of the type, then id) and keeps"
            + " no history to replay, but this " + e.getType() + " sorts before the last applied event '" + last.getId()
            + "' (" + last.getType() + " of " + last.getDate() + "); use ContractMonitor.of for out-of-order input");
  }

  /** Streams one event through the fold, then hands its account and the obligations it closed to the sink. */
  private void stream(DpaEvent e) {
    Step step = Monitor.step(forgetting(Objects.requireNonNull(live), last, e), e);
    live = step.next();
    streamedIds(e);
    handOn(step, Objects.requireNonNull(sink));
  }

  /**
   * The streaming state before {@code e}: on a new day, a monitor made with {@code forgetClosedAfter}
   * forgets the matters that closed more than that long before it (after dropping the rights no state
   * from that day on can show, as the day's first event does).
   */
  private MonitorState forgetting(MonitorState s, @Nullable DpaEvent previous, DpaEvent e) {
    Period after = forgetAfter;
    LocalDate d = e.getDate();
    if (after == null || previous == null || !d.isAfter(previous.getDate())) {
      return s;
    }
    return Monitor.forgetting(s, d, closedOn -> closedOn.plus(after).isBefore(d));
  }

  /** Streaming: the ids of the last event's day (the duplicate check), and the last event. */
  private void streamedIds(DpaEvent e) {
    DpaEvent l = last;
    if (l != null && !l.getDate().equals(e.getDate())) {
      ids.clear();
    }
    ids.add(e.getId());
    last = e;
  }

  private static void handOn(Step step, MonitorSink out) {
    out.accounted(step.account());
    for (ObligationInstance closed : step.closed()) {
      out.closed(closed);
    }
  }

  /** Full mode: stores an event whose id is in {@link #ids} already. */
  private void insert(DpaEvent e) {
    int n = timeline.size();
    if (n == 0 || ORDER.compare(timeline.get(n - 1), e) < 0) {
      timeline.add(e);
      if (!stale) {
        engine.apply(e);
      }
      return;
    }
    int at = Collections.binarySearch(timeline, e, ORDER);
    timeline.add(-at - 1, e);
    stale = true;
  }

  private Engine current() {
    if (stale) {
      Engine fresh = new Engine(contract);
      fresh.accounts.ensureCapacity(timeline.size());
      for (DpaEvent e : timeline) {
        fresh.apply(e);
      }
      engine = fresh;
      stale = false;
    }
    return engine;
  }
}
