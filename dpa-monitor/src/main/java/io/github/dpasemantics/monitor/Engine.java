package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.Annex;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.Termination;
import io.github.dpasemantics.model.event.AgreementExpired;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.event.LawProhibitsNotice;
import io.github.dpasemantics.model.event.LegalRetentionDeclared;
import io.github.dpasemantics.model.event.TransferMade;
import io.github.dpasemantics.policy.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Replays events, in timeline order, into obligation instances, rights and accounts. One engine
 * per contract; not thread-safe. Each event costs a few hash lookups: the work per event does not
 * grow with the history.
 *
 * <p>The engine holds the contract's working state and the lifecycle steps every clause shares
 * (create, find, fulfil, move, suspend, end the Agreement, account). What an event does is looked
 * up by its type in one table, {@link Dispatch}: the generic path, {@link GenericLifecycle}, applies
 * the {@link LifecycleTable} rows of the duties that need nothing special (7.3, 8, A.1.4, A.2.1.2,
 * A.2.2.2, A.2.2.4, A.2.2.5, A.4.2, A.4.3.4, A.4.3.7); what the text makes special has a file per
 * clause family: {@link ContractEvents} (1, 3.4, 5.1, 7.2, A.4.1, and the Annex A condition of
 * A.1.4 and A.4.2), {@link SubprocessorDuties} (6.1.1, 6.3), {@link IncidentDuties} (2.9, 7.3),
 * {@link DataSubjectDuties} (8, A.2.1), {@link AuditDuties} (A.2.2), {@link SccDuties} (A.4.3)
 * and {@link DeletionDuties} (9).
 */
final class Engine {

  /**
   * What the monitor knows of one Subprocessor under 6.3: its notice duty and channels, its first
   * processing, the objection window, the good-faith discussion and the termination right.
   */
  static final class SubprocessorRecord {
    final String id;
    @Nullable WorkingObligation notice;
    @Nullable ExpeditedReason expedited;
    @Nullable LocalDate pageUpdated;
    @Nullable LocalDate workspaceMessage;
    @Nullable LocalDate noticeDate;
    @Nullable LocalDate firstProcessing;
    @Nullable Right objection;
    @Nullable LocalDate objectedOn;
    @Nullable WorkingObligation discussion;
    @Nullable Right termination;

    SubprocessorRecord(String id) {
      this.id = id;
    }
  }

  final ContractInstance contract;
  final Rules rules;
  final LocalDate effective;
  final boolean annexA;
  final boolean deletionSurvives;
  final boolean retainedDataSurvives;
  /** A.1.2 default reading: the protections of the Processing last until all Customer Personal Data is deleted. */
  final boolean protectionUntilDeletion;
  /** The day a deletion of all Customer Personal Data was recorded, if any (Segment no longer holds it). */
  @Nullable LocalDate allDeletedOn;
  Agreement agreement;
  @Nullable LocalDate end;
  boolean endFixed;
  @Nullable DpaEvent endEvent;

  final ArrayList<WorkingObligation> instances = new ArrayList<>();
  /**
   * The latest instance of each matter: a kind of obligation and its subject ("" for none; a
   * Subprocessor's notice, agreement and discussion share its id).
   */
  final HashMap<Matter, WorkingObligation> index = new HashMap<>();
  final HashMap<String, SubprocessorRecord> subprocessorRecords = new HashMap<>();
  final ArrayList<Right> rights = new ArrayList<>();
  final HashMap<String, Right> auditorRights = new HashMap<>();
  /** Whether {@link #accounts} keeps every applied event's account (false when streaming, and in the fold). */
  final boolean keepsAccounts;
  /** Full-history mode: every applied event's account (streaming mode and the fold keep none). */
  final ArrayList<EventAccount> accounts = new ArrayList<>();
  /** The ids of the events applied (streaming: of the last event's day), for the duplicate check of {@link Monitor#step}. */
  final HashSet<String> eventIds = new HashSet<>();
  final HashSet<String> audits = new HashSet<>();
  final HashMap<Integer, ArrayList<LocalDate>> auditDates = new HashMap<>();
  final HashMap<String, LocalDate> reports = new HashMap<>();
  /** A.4: the transfers recorded, in timeline order (the SCC-only duties of A.4.3 ask whether the SCCs govern one). */
  final ArrayList<TransferMade> transfers = new ArrayList<>();
  @Nullable WorkingObligation deletion;
  @Nullable LegalRetentionDeclared retention;
  /** A notice duty a prohibition may concern before it arises: its kind and the matter it is about. */
  record Notice(ObligationKind kind, String reference) {}

  /** 7.3, A.1.4, A.2.2.4: prohibitions of a notice whose duty had not arisen yet, by the notice they prohibit. */
  final HashMap<Notice, LawProhibitsNotice> held = new HashMap<>();
  /** A.2.2.4: the audit each generated report belongs to, and the reports of each audit. */
  final HashMap<String, String> auditOfReport = new HashMap<>();

  final HashMap<String, List<String>> reportsOfAudit = new HashMap<>();
  /**
   * Streaming: an instance nothing can change any more leaves the live instances for
   * {@link #closed} (its tombstone stays in the lookup index), and closed or lapsed rights are dropped.
   */
  final boolean streaming;
  /** Streaming: the views of the instances the last applied event closed, in order (for the caller to hand on). */
  final ArrayList<ObligationInstance> closed = new ArrayList<>(0);
  /** Events applied. */
  long applied;
  /** The date of the last event applied (streaming mode prunes when it moves on). */
  @Nullable LocalDate lastDate;
  long rightSeq;
  /** Streaming: the earliest lapse date among the live rights (prune after it), and whether a right closed since the last prune. */
  @Nullable LocalDate pruneAfter;
  boolean closedSome;
  /** The record of what the event being applied does, reset for each event. */
  final AccountBuilder account;
  /** The steps every norm without special rules takes, read from its {@link LifecycleTable.Row}. */
  final GenericLifecycle lifecycle = new GenericLifecycle(this);
  final SubprocessorDuties subprocessors = new SubprocessorDuties(this);
  final IncidentDuties incidents = new IncidentDuties(this);
  final DataSubjectDuties dataSubjects = new DataSubjectDuties(this);
  final AuditDuties auditDuties = new AuditDuties(this);
  final SccDuties sccDuties = new SccDuties(this);
  final DeletionDuties deletions = new DeletionDuties(this);

  /** An engine that keeps every event's account (the mutable facade's full mode, and replays for as-of queries). */
  Engine(ContractInstance contract) {
    this(contract, false, true);
  }

  /**
   * An engine for the fold ({@link Monitor#step}): it keeps no accounts, since a
   * {@link MonitorState} keeps each event's account next to the event.
   */
  static Engine forFold(ContractInstance contract) {
    return new Engine(contract, false, false);
  }

  /** A streaming engine for the fold ({@link MonitorState#streaming}): see {@link #streaming}. */
  static Engine forStreaming(ContractInstance contract) {
    return new Engine(contract, true, false);
  }

  private Engine(ContractInstance contract, boolean streaming, boolean keepsAccounts) {
    this.keepsAccounts = keepsAccounts;
    this.streaming = streaming;
    this.contract = contract;
    this.rules = new Rules(contract);
    this.effective = contract.addendumEffectiveDate();
    this.annexA = Scope.isAnnexApplicable(Annex.EU_ANNEX, contract.getAnnexFacts());
    this.deletionSurvives = Scope.survivingDutiesOf(rules.readings).contains(Scope.SurvivingDuty.DELETION_9_1);
    this.retainedDataSurvives = Scope.survivingDutiesOf(rules.readings).contains(Scope.SurvivingDuty.RETAINED_DATA_9_2);
    this.protectionUntilDeletion = rules.readings.get(io.github.dpasemantics.model.contract.Question.PROTECTION_DURATION)
        == io.github.dpasemantics.model.contract.Interpretation.PROTECTION_UNTIL_DELETION;
    this.agreement = contract.getAgreement();
    this.end = agreement.getExpirationDate().orElse(null);
    this.endFixed = false; // the end itself is an event of the timeline (3.4), not a field of the Agreement
    this.account = new AccountBuilder(PLACEHOLDER);
  }

  private static final DpaEvent PLACEHOLDER =
      AgreementExpired.builder().id("-").date(LocalDate.MIN).actor(io.github.dpasemantics.model.party.PartyKind.SEGMENT).build();

  /** Processes one event, which must not sort before any event already processed, and returns its account. */
  EventAccount apply(DpaEvent e) {
    AccountBuilder a = account;
    a.reset(e);
    applied++;
    if (!streaming) {
      if (!keepsAccounts) {
        Dispatch.apply(this, e);
        eventIds.add(e.getId());
        return a.toAccount();
      }
      EventAccount done;
      try {
        Dispatch.apply(this, e);
      } finally {
        done = a.toAccount();
        accounts.add(done);
      }
      eventIds.add(e.getId());
      return done;
    }
    LocalDate d = e.getDate();
    LocalDate last = lastDate;
    if (last != null && d.isAfter(last)) {
      prune(d);
      eventIds.clear(); // streaming keeps the ids of the last event's day only
    }
    lastDate = d;
    closed.clear();
    Dispatch.apply(this, e);
    eventIds.add(e.getId());
    EventAccount done = a.toAccount();
    for (Effect f : a.effects()) {
      retire(f.obligation());
    }
    return done;
  }

  /**
   * A copy of this streaming engine for the next step of a streaming fold (a streaming state
   * cannot fold its events again, so it never hands its engine on; see {@link MonitorState#claim}),
   * which changes the copy and never this engine: what can still change (open or waiting
   * obligations, rights, Subprocessor records, the contract's small maps) is copied, and an
   * obligation nothing can change any more
   * ({@link WorkingObligation#isFinal}) is shared. The cost is that of the contract's matters, not
   * of its events.
   */
  Engine copy() {
    if (keepsAccounts) {
      throw new IllegalStateException("Engine.copy: only a fold engine (no kept accounts) is copied");
    }
    return new Engine(this);
  }

  private Engine(Engine from) {
    this.keepsAccounts = false;
    this.streaming = from.streaming;
    this.contract = from.contract;
    this.rules = from.rules;
    this.effective = from.effective;
    this.annexA = from.annexA;
    this.deletionSurvives = from.deletionSurvives;
    this.retainedDataSurvives = from.retainedDataSurvives;
    this.protectionUntilDeletion = from.protectionUntilDeletion;
    this.allDeletedOn = from.allDeletedOn;
    this.agreement = from.agreement;
    this.end = from.end;
    this.endFixed = from.endFixed;
    this.endEvent = from.endEvent;
    this.account = new AccountBuilder(PLACEHOLDER);
    IdentityHashMap<Object, Object> copies = new IdentityHashMap<>();
    instances.ensureCapacity(from.instances.size());
    for (WorkingObligation i : from.instances) {
      instances.add(from.copyOf(i, copies));
    }
    for (var entry : from.index.entrySet()) {
      index.put(entry.getKey(), from.copyOf(entry.getValue(), copies));
    }
    for (SubprocessorRecord s : from.subprocessorRecords.values()) {
      SubprocessorRecord c = new SubprocessorRecord(s.id);
      c.notice = s.notice == null ? null : from.copyOf(s.notice, copies);
      c.expedited = s.expedited;
      c.pageUpdated = s.pageUpdated;
      c.workspaceMessage = s.workspaceMessage;
      c.noticeDate = s.noticeDate;
      c.firstProcessing = s.firstProcessing;
      c.objection = s.objection == null ? null : copyOf(s.objection, copies);
      c.objectedOn = s.objectedOn;
      c.discussion = s.discussion == null ? null : from.copyOf(s.discussion, copies);
      c.termination = s.termination == null ? null : copyOf(s.termination, copies);
      subprocessorRecords.put(s.id, c);
    }
    rights.ensureCapacity(from.rights.size());
    for (Right r : from.rights) {
      rights.add(copyOf(r, copies));
    }
    for (var entry : from.auditorRights.entrySet()) {
      auditorRights.put(entry.getKey(), copyOf(entry.getValue(), copies));
    }
    eventIds.addAll(from.eventIds);
    audits.addAll(from.audits);
    for (var entry : from.auditDates.entrySet()) {
      auditDates.put(entry.getKey(), new ArrayList<>(entry.getValue()));
    }
    reports.putAll(from.reports);
    transfers.addAll(from.transfers);
    WorkingObligation del = from.deletion;
    this.deletion = del == null ? null : from.copyOf(del, copies);
    this.retention = from.retention;
    held.putAll(from.held);
    auditOfReport.putAll(from.auditOfReport);
    for (var entry : from.reportsOfAudit.entrySet()) {
      reportsOfAudit.put(entry.getKey(), new ArrayList<>(entry.getValue()));
    }
    this.applied = from.applied;
    this.lastDate = from.lastDate;
    this.rightSeq = from.rightSeq;
    this.pruneAfter = from.pruneAfter;
    this.closedSome = from.closedSome;
  }

  /** This engine's obligation in the copy being made: itself if nothing can change it any more, else one copy per instance. */
  private WorkingObligation copyOf(WorkingObligation i, IdentityHashMap<Object, Object> copies) {
    if (i.isFinal(waiting(i))) {
      return i;
    }
    return (WorkingObligation) copies.computeIfAbsent(i, x -> i.copy());
  }

  /** A right in the copy being made: one copy per right (a closed right is still marked when pruned). */
  private static Right copyOf(Right r, IdentityHashMap<Object, Object> copies) {
    return (Right) copies.computeIfAbsent(r, x -> r.copy());
  }

  /** Streaming: moves an instance the effect touched to {@link #closed}, out of the live instances, once nothing can change it. */
  void retire(@Nullable WorkingObligation i) {
    if (i == null || i.retired || !i.isFinal(waiting(i))) {
      return;
    }
    i.retired = true;
    i.retiredOn = lastDate;
    instances.remove(i);
    closed.add(Snapshot.view(i, i.movedOn, rules));
    // the lookup index keeps the released instance as the matter's tombstone, so a later event
    // about the matter is answered exactly as in full mode ("already fulfilled on ..."), until
    // forgotten (forget)
    i.release();
  }

  /**
   * Streaming: drops the tombstones of matters retired on a day {@code forgotten} accepts, and the
   * records of Subprocessors with nothing live left. A later event about a forgotten matter is then
   * answered as about an unknown one.
   */
  void forget(Predicate<LocalDate> forgotten) {
    List<WorkingObligation> gone = new ArrayList<>();
    index.values().removeIf(i -> {
      LocalDate on = i.retiredOn;
      if (i.retired && on != null && forgotten.test(on)) {
        gone.add(i);
        return true;
      }
      return false;
    });
    for (WorkingObligation i : gone) {
      if (i.subject != null
          && (i.kind == ObligationKind.SUBPROCESSOR_NOTICE || i.kind == ObligationKind.GOOD_FAITH_DISCUSSION)) {
        SubprocessorRecord s = subprocessorRecords.get(i.subject);
        if (s != null && isForgotten(s.notice) && isForgotten(s.discussion) && isGone(s.objection)
            && isGone(s.termination)) {
          subprocessorRecords.remove(i.subject);
        }
      }
    }
  }

  /** The matters this engine remembers: entries of the lookup index (live or tombstones) and Subprocessor records. */
  int remembered() {
    return subprocessorRecords.size() + index.size();
  }

  /** Whether an instance is absent, or retired and no longer in the lookup index. */
  boolean isForgotten(@Nullable WorkingObligation i) {
    return i == null || (i.retired && lookup(i.kind, i.subject) != i);
  }

  /** Whether a right is absent, or exercised, closed or lapsed and dropped from the live rights. */
  static boolean isGone(@Nullable Right r) {
    return r == null || r.unlisted;
  }

  /** A 6.3 notice before the Subprocessor's first processing: the processing may still violate it. */
  boolean waiting(WorkingObligation i) {
    if (i.kind != ObligationKind.SUBPROCESSOR_NOTICE || i.subject == null) {
      return false;
    }
    SubprocessorRecord s = subprocessorRecords.get(i.subject);
    return s != null && s.firstProcessing == null;
  }

  /**
   * Streaming: on a new day, drops rights that no later state can show (exercised or closed, or
   * lapsed before {@code date}) and prohibitions held past their end.
   */
  void prune(LocalDate date) {
    LocalDate by = pruneAfter;
    if (closedSome || (by != null && date.isAfter(by))) {
      closedSome = false;
      LocalDate next = null;
      for (int k = rights.size() - 1; k >= 0; k--) {
        Right r = rights.get(k);
        LocalDate lapses = r.lapsesAfter;
        if (r.closedOn != null || (lapses != null && lapses.isBefore(date))) {
          r.unlisted = true;
          rights.remove(k);
        } else if (lapses != null && (next == null || lapses.isBefore(next))) {
          next = lapses;
        }
      }
      pruneAfter = next;
    }
    if (!held.isEmpty()) {
      held.values().removeIf(p -> p.getUntil().isPresent() && p.getUntil().get().isBefore(date));
    }
  }

  /** Streaming: a right was closed, or a right's lapse date set; the next prune looks at the rights. */
  void close(Right r, LocalDate on) {
    r.closedOn = on;
    closedSome = true;
  }

  void lapsing(Right r) {
    LocalDate lapses = r.lapsesAfter;
    LocalDate by = pruneAfter;
    if (lapses != null && (by == null || lapses.isBefore(by))) {
      pruneAfter = lapses;
    }
  }

  /** Opens a right: numbers it in opening order and adds it to the live rights. */
  void opened(Right r) {
    r.seq = rightSeq++;
    rights.add(r);
    lapsing(r);
  }

  // ------------------------------------------------------------------ helpers

  /**
   * 1, 3.4: {@link Scope#isAddendumInForce(LocalDate, Optional, LocalDate)} from the effective
   * date and the end date the engine keeps (the expiration date until an ending event fixes it), so that neither is
   * rebuilt per event.
   */
  boolean isInForce(LocalDate date) {
    return Scope.isAddendumInForce(effective, Optional.ofNullable(end), date);
  }

  void effect(EffectKind kind, String target, ClauseId clause) {
    account.add(kind, target, clause);
  }

  void effect(EffectKind kind, Target t) {
    account.add(kind, t, t.clause());
  }

  void because(MonitorCode code, Object... args) {
    account.because(code, args);
  }

  AccountBuilder unmatched(MonitorCode code, Object... args) {
    account.unmatched();
    account.because(code, args);
    return account;
  }

  /**
   * Leaves the event unmatched with a reason about a matter of {@code kind} (one never opened, or
   * no longer open): a reason that {@linkplain MonitorCode#citesItsObligation() cites its
   * obligation} then cites that kind's clause, never a clause fixed to another kind.
   */
  AccountBuilder unmatchedAbout(ObligationKind kind, MonitorCode code, Object... args) {
    account.concerns(kind.getClause());
    return unmatched(code, args);
  }

  /** Leaves the event unmatched: {@code i} was already fulfilled, violated or discharged (cites i's clause). */
  AccountBuilder alreadyFinished(WorkingObligation i) {
    return unmatchedAbout(i.kind, MonitorCode.ALREADY_FINISHED, i.id(), i.state, i.movedOn);
  }

  AccountBuilder recorded(String target, MonitorCode code, Object... args) {
    effect(EffectKind.RECORDED, target, code.clause());
    because(code, args);
    return account;
  }

  AccountBuilder recorded(WorkingObligation i, MonitorCode code, Object... args) {
    account.add(EffectKind.RECORDED, i, code.clause());
    because(code, args);
    return account;
  }

  /** Whether a new duty may arise on the event's date: the Addendum is in force, or retained data keeps it alive (9.2). */
  boolean mayCreate(DpaEvent e) {
    if (isInForce(e.getDate()) || (retention != null && retainedDataSurvives)) {
      return true;
    }
    unmatched(MonitorCode.ADDENDUM_TERMINATED, end == null ? "-" : end);
    return false;
  }

  /**
   * Whether a duty of the protections that attach to the Processing (6.1.1 and 6.3 Subprocessor
   * duties, 7.2, 7.3) may arise on the event's date: as {@link #mayCreate}, or, under
   * {@code PROTECTION_UNTIL_DELETION} (the default reading of A.1.2: the Processing lasts "until
   * deletion of all Customer Personal Data"), after the end while Segment still holds the data,
   * that is up to and including the day a deletion of all of it is recorded.
   */
  boolean mayCreateProtection(DpaEvent e) {
    LocalDate deleted = allDeletedOn;
    if (!isInForce(e.getDate()) && protectionUntilDeletion && !e.getDate().isBefore(effective)
        && (deleted == null || !e.getDate().isAfter(deleted))) { // the day of deletion is inside the Processing (A.1.2)
      return true;
    }
    return mayCreate(e);
  }

  WorkingObligation create(ObligationKind kind, @Nullable String subject, DpaEvent e, ObligationState state,
      MonitorCode why, Object... args) {
    WorkingObligation i = new WorkingObligation(kind, subject, e.getId(), e.getDate(), state, why, args);
    instances.add(i);
    index(i);
    effect(EffectKind.CREATED, i);
    because(why, args);
    if (!held.isEmpty()) { // only the three notice duties can match a held prohibition's key
      incidents.applyHeld(i, e);
    }
    return i;
  }

  @Nullable WorkingObligation find(ObligationKind kind, @Nullable String subject, LocalDate date) {
    WorkingObligation i = lookup(kind, subject);
    if (i != null) {
      i.advance(date);
    }
    return i;
  }

  @Nullable WorkingObligation lookup(ObligationKind kind, @Nullable String subject) {
    return index.get(Matter.of(kind, subject));
  }

  /** A key of the lookup index: a kind of obligation and its subject ("" for none). */
  record Matter(ObligationKind kind, String subject) {
    static Matter of(ObligationKind kind, @Nullable String subject) {
      return new Matter(kind, subject == null ? "" : subject);
    }
  }

  /** Makes {@code i} the latest instance of its kind and subject in {@link #index}. */
  void index(WorkingObligation i) {
    index.put(Matter.of(i.kind, i.subject), i);
  }

  /** Takes {@code i} out of {@link #index}, if it is there (a later instance may have taken its place). */
  void unindex(WorkingObligation i) {
    index.remove(Matter.of(i.kind, i.subject), i);
  }

  void move(WorkingObligation i, ObligationState to, DpaEvent e, EffectKind kind, MonitorCode why, Object... args) {
    i.move(to, e.getId(), e.getDate(), why, args);
    effect(kind, i);
    because(why, args);
  }

  /**
   * Performs an open duty: fulfilled if in time, a late performance (the violation stands) if
   * its due date has passed; an already finished duty leaves the event unmatched.
   */
  AccountBuilder fulfil(ObligationKind kind, @Nullable WorkingObligation i, DpaEvent e, MonitorCode unknown, MonitorCode done,
      Object... args) {
    if (i == null) {
      return unmatchedAbout(kind, unknown, e.getMatterId().orElse("-"));
    }
    if (i.state == ObligationState.VIOLATED && i.due != null && i.lateDone == null) {
      i.lateDone = e.getDate();
      effect(EffectKind.FULFILLED_LATE, i);
      because(done, args);
      return account;
    }
    if (!i.state.isOpen()) {
      return alreadyFinished(i);
    }
    move(i, ObligationState.FULFILLED, e, EffectKind.FULFILLED, done, args);
    return account;
  }

  void suspend(ObligationKind kind, @Nullable WorkingObligation i, DpaEvent e, WorkingObligation.Pause pause, @Nullable LocalDate until,
      String why) {
    if (i == null) {
      unmatchedAbout(kind, MonitorCode.NOTHING_TO_MATCH, "no duty " + e.getMatterId().orElse("-") + " to pause");
      return;
    }
    if (!i.state.isOpen()) {
      alreadyFinished(i);
      return;
    }
    i.pause(pause, until);
    if (i.state == ObligationState.SUSPENDED) {
      effect(EffectKind.SUSPENDED, i);
      because(MonitorCode.NOTICE_DELAY, i.subjectOrId(), e.getDate(), why);
      return;
    }
    move(i, ObligationState.SUSPENDED, e, EffectKind.SUSPENDED, MonitorCode.NOTICE_DELAY, i.subjectOrId(), e.getDate(), why);
  }

  SubprocessorRecord subprocessorRecord(String id) {
    SubprocessorRecord s = subprocessorRecords.get(id);
    if (s == null) {
      s = new SubprocessorRecord(id);
      subprocessorRecords.put(id, s);
    }
    return s;
  }

  // ------------------------------------------------------------------ 3.4: the end of the Agreement

  AccountBuilder ended(DpaEvent e, Termination termination) {
    endAgreement(e, termination, MonitorCode.AGREEMENT_ENDED);
    return account;
  }

  /** Ends the Agreement on the event's day (3.4); false, with the account unmatched or recorded, if it had already ended. */
  boolean endAgreement(DpaEvent e, Termination termination, MonitorCode reason) {
    LocalDate d = e.getDate();
    LocalDate known = end;
    if (known != null && (endFixed || d.isAfter(known))) {
      if (known.equals(d)) {
        recorded("agreement", MonitorCode.AGREEMENT_ENDED, d);
      } else {
        unmatched(MonitorCode.AGREEMENT_ALREADY_ENDED, known);
      }
      return false;
    }
    end = d;
    endFixed = true;
    endEvent = e;
    agreement = Agreement.builder().from(agreement).expirationDate(agreement.getExpirationDate()
        .filter(x -> !x.isBefore(d))).build();
    effect(EffectKind.RECORDED, "agreement", MonitorCode.AGREEMENT_ENDED.clause());
    because(reason, d);
    WorkingObligation del = deletion;
    if (del != null && del.state == ObligationState.CREATED) {
      Optional<LocalDate> due = rules.deletionDueDate(del.createdOn, d);
      del.activation = d;
      del.due = due.orElse(null);
      LocalDate requested = del.createdOn;
      del.basis = rules -> rules.deletionDue(requested, d);
      move(del, ObligationState.ACTIVE, e, EffectKind.ACTIVATED, MonitorCode.DELETION_ACTIVATED, d, del.createdOn);
    }
    return true;
  }
}
