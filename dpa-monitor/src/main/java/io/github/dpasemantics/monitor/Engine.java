package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.Annex;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.Termination;
import io.github.dpasemantics.model.event.AddendumSigned;
import io.github.dpasemantics.model.event.AgreementExpired;
import io.github.dpasemantics.model.event.AgreementTerminated;
import io.github.dpasemantics.model.event.AssistanceProvided;
import io.github.dpasemantics.model.event.AssistanceRequested;
import io.github.dpasemantics.model.event.AssistanceSubject;
import io.github.dpasemantics.model.event.AuditReportGenerated;
import io.github.dpasemantics.model.event.AuditReportShared;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.event.AuditTimeInvoiced;
import io.github.dpasemantics.model.event.AuditTimeReimbursed;
import io.github.dpasemantics.model.event.AuditorAppointed;
import io.github.dpasemantics.model.event.AuditorObjected;
import io.github.dpasemantics.model.event.CustomerNotifiedOfLegalRequirement;
import io.github.dpasemantics.model.event.DataScope;
import io.github.dpasemantics.model.event.DataSubjectRequestReceived;
import io.github.dpasemantics.model.event.DataSubjectRequestRouted;
import io.github.dpasemantics.model.event.DeletionCertificationRequested;
import io.github.dpasemantics.model.event.DeletionCertified;
import io.github.dpasemantics.model.event.DeletionCompleted;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.event.GoodFaithDiscussionFailed;
import io.github.dpasemantics.model.event.GoodFaithDiscussionResolved;
import io.github.dpasemantics.model.event.IncidentNotified;
import io.github.dpasemantics.model.event.InstructionAcknowledged;
import io.github.dpasemantics.model.event.InstructionGiven;
import io.github.dpasemantics.model.event.InvestigationDelayEnded;
import io.github.dpasemantics.model.event.InvestigationDelayStarted;
import io.github.dpasemantics.model.event.LawProhibitsNotice;
import io.github.dpasemantics.model.event.LawRequiresOtherProcessing;
import io.github.dpasemantics.model.event.LegalRetentionDeclared;
import io.github.dpasemantics.model.event.NoMaterialChangeConfirmed;
import io.github.dpasemantics.model.event.NonComplianceDiscovered;
import io.github.dpasemantics.model.event.NonComplianceNotified;
import io.github.dpasemantics.model.event.NoticeChannel;
import io.github.dpasemantics.model.event.NotificationDelayRequested;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.ObjectionMade;
import io.github.dpasemantics.model.event.PrivacyShieldComplianceLost;
import io.github.dpasemantics.model.event.PrivacyShieldInabilityNotified;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.SecurityEventDetected;
import io.github.dpasemantics.model.event.SecurityMeasuresChanged;
import io.github.dpasemantics.model.event.SubprocessorAgreementCopiesProvided;
import io.github.dpasemantics.model.event.SubprocessorAgreementCopiesRequested;
import io.github.dpasemantics.model.event.SubprocessorAgreementSigned;
import io.github.dpasemantics.model.event.SubprocessorEngaged;
import io.github.dpasemantics.model.event.SubprocessorFirstProcessing;
import io.github.dpasemantics.model.event.SubprocessorNoticeGiven;
import io.github.dpasemantics.model.event.TerminatedForConvenience;
import io.github.dpasemantics.model.event.ThirdPartyReportIssued;
import io.github.dpasemantics.model.event.TransferMade;
import io.github.dpasemantics.model.event.WrittenResponseProvided;
import io.github.dpasemantics.model.time.DeadlineRule;
import io.github.dpasemantics.policy.Scope;
import io.github.dpasemantics.policy.Subprocessing;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Replays events, in timeline order, into obligation instances, rights and accounts. One engine
 * per contract; not thread-safe. Each event costs a few hash lookups: the work per event does not
 * grow with the history.
 */
final class Engine implements DpaEvent.Visitor<AccountBuilder> {

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

  private static final int FIRST_BOXED_YEAR = 1900;
  private static final Integer[] BOXED_YEARS = new Integer[400];

  static {
    for (int i = 0; i < BOXED_YEARS.length; i++) {
      BOXED_YEARS[i] = FIRST_BOXED_YEAR + i;
    }
  }

  final ContractInstance contract;
  final Rules rules;
  final LocalDate effective;
  final boolean annexA;
  private final boolean deletionSurvives;
  private final boolean retainedDataSurvives;
  /** A.1.2 default reading: the protections of the Processing last until all Customer Personal Data is deleted. */
  private final boolean protectionUntilDeletion;
  /** The day a deletion of all Customer Personal Data was recorded, if any (Segment no longer holds it). */
  private @Nullable LocalDate allDeletedOn;
  Agreement agreement;
  @Nullable LocalDate end;
  private boolean endFixed;
  @Nullable DpaEvent endEvent;

  final ArrayList<WorkingObligation> instances = new ArrayList<>();
  /**
   * The latest instance of each matter: a kind of obligation and its subject ("" for none; a
   * Subprocessor's notice, agreement and discussion share its id).
   */
  private final HashMap<Matter, WorkingObligation> index = new HashMap<>();
  private final HashMap<String, SubprocessorRecord> subs = new HashMap<>();
  final ArrayList<Right> rights = new ArrayList<>();
  private final HashMap<String, Right> auditorRights = new HashMap<>();
  /** Full-history mode: every applied event's account (streaming mode keeps none). */
  final ArrayList<EventAccount> accounts = new ArrayList<>();
  private final HashSet<String> audits = new HashSet<>();
  final HashMap<Integer, ArrayList<LocalDate>> auditDates = new HashMap<>();
  private final HashMap<String, LocalDate> reports = new HashMap<>();
  /** A.4: the transfers recorded, in timeline order (the SCC-only duties of A.4.3 ask whether the SCCs govern one). */
  private final ArrayList<TransferMade> transfers = new ArrayList<>();
  @Nullable WorkingObligation deletion;
  @Nullable LegalRetentionDeclared retention;
  /** 7.3, A.1.4, A.2.2.4: prohibitions of a notice whose duty had not arisen yet, by kind and reference. */
  private final HashMap<String, LawProhibitsNotice> held = new HashMap<>();
  /** A.2.2.4: the audit each generated report belongs to, and the reports of each audit. */
  private final HashMap<String, String> auditOfReport = new HashMap<>();

  private final HashMap<String, List<String>> reportsOfAudit = new HashMap<>();
  /** Streaming mode: where accounts and closed instances go; null in full-history mode. */
  private final @Nullable MonitorSink sink;
  /** Events applied. */
  long applied;
  /** The date of the last event applied (streaming mode prunes when it moves on). */
  @Nullable LocalDate lastDate;
  private long rightSeq;
  /** Streaming: the earliest lapse date among the live rights (prune after it), and whether a right closed since the last prune. */
  private @Nullable LocalDate pruneAfter;
  private boolean closedSome;
  /** Streaming: how long a closed matter is remembered after the day it closed; null: for ever. */
  private final @Nullable Period forgetAfter;
  /** Streaming with {@link #forgetAfter}: retired instances, oldest first, and the day each was retired. */
  private final ArrayDeque<WorkingObligation> forgettable = new ArrayDeque<>();
  private final ArrayDeque<LocalDate> retiredOn = new ArrayDeque<>();
  /** The record of what the event being applied does, reset for each event. */
  private final AccountBuilder account;

  Engine(ContractInstance contract) {
    this(contract, null, null);
  }

  /**
   * An engine; with a sink it streams: accounts and instances that can no longer change go to the
   * sink instead of being kept, and closed or lapsed rights are dropped. With {@code forgetAfter}
   * as well, a closed matter's tombstone (and a Subprocessor record with nothing live left) is
   * dropped once that long has passed since the day it closed.
   */
  Engine(ContractInstance contract, @Nullable MonitorSink sink, @Nullable Period forgetAfter) {
    this.sink = sink;
    this.forgetAfter = forgetAfter;
    this.contract = contract;
    this.rules = new Rules(contract);
    this.effective = contract.addendumEffectiveDate();
    this.annexA = Scope.isAnnexApplicable(Annex.EU_ANNEX, contract.getAnnexFacts());
    this.deletionSurvives = Scope.survivingDutySet(rules.readings).contains(Scope.SurvivingDuty.DELETION_9_1);
    this.retainedDataSurvives = Scope.survivingDutySet(rules.readings).contains(Scope.SurvivingDuty.RETAINED_DATA_9_2);
    this.protectionUntilDeletion = rules.readings.get(io.github.dpasemantics.model.contract.Question.PROTECTION_DURATION)
        == io.github.dpasemantics.model.contract.Interpretation.PROTECTION_UNTIL_DELETION;
    this.agreement = contract.getAgreement();
    this.end = agreement.endDate().orElse(null);
    this.endFixed = agreement.getTermination().isPresent();
    this.account = new AccountBuilder(PLACEHOLDER);
  }

  private static final DpaEvent PLACEHOLDER =
      AgreementExpired.builder().id("-").date(LocalDate.MIN).actor(io.github.dpasemantics.model.party.PartyKind.SEGMENT).build();

  /** Processes one event, which must not sort before any event already processed. */
  void apply(DpaEvent e) {
    AccountBuilder a = account;
    a.reset(e);
    applied++;
    MonitorSink out = sink;
    if (out == null) {
      try {
        e.accept(this);
      } finally {
        accounts.add(a.toAccount());
      }
      return;
    }
    LocalDate d = e.getDate();
    LocalDate last = lastDate;
    if (last != null && d.isAfter(last)) {
      prune(d);
    }
    lastDate = d;
    e.accept(this);
    out.accounted(a.toAccount());
    for (Effect f : a.effects()) {
      retire(f.inst(), out);
    }
  }

  /** Streaming: hands an instance the effect touched to the sink, and drops it, once nothing can change it. */
  private void retire(@Nullable WorkingObligation i, MonitorSink out) {
    if (i == null || i.retired || !i.isFinal(waiting(i))) {
      return;
    }
    i.retired = true;
    instances.remove(i);
    out.closed(Snapshot.view(i, i.movedOn));
    // the lookup index keeps the released instance as the matter's tombstone, so a later event
    // about the matter is answered exactly as in full mode ("already fulfilled on ..."), until
    // forgotten (forgetAfter)
    i.release();
    LocalDate today = lastDate;
    if (forgetAfter != null && today != null) {
      forgettable.addLast(i);
      retiredOn.addLast(today);
    }
  }

  /**
   * Streaming with {@link #forgetAfter}: drops the tombstones of matters that closed more than
   * {@code forgetAfter} before {@code date}, and the records of Subprocessors with nothing live
   * left. A later event about a forgotten matter is then answered as about an unknown one.
   */
  private void forget(LocalDate date) {
    Period after = forgetAfter;
    if (after == null) {
      return;
    }
    while (!forgettable.isEmpty() && retiredOn.getFirst().plus(after).isBefore(date)) {
      WorkingObligation i = forgettable.removeFirst();
      retiredOn.removeFirst();
      unindex(i);
      if (i.subject != null
          && (i.kind == ObligationKind.SUBPROCESSOR_NOTICE || i.kind == ObligationKind.GOOD_FAITH_DISCUSSION)) {
        SubprocessorRecord s = subs.get(i.subject);
        if (s != null && isForgotten(s.notice) && isForgotten(s.discussion) && isGone(s.objection)
            && isGone(s.termination)) {
          subs.remove(i.subject);
        }
      }
    }
  }

  /** The matters this engine remembers: entries of the lookup index (live or tombstones) and Subprocessor records. */
  int remembered() {
    return subs.size() + index.size();
  }

  /** Whether an instance is absent, or retired and no longer in the lookup index. */
  private boolean isForgotten(@Nullable WorkingObligation i) {
    return i == null || (i.retired && lookup(i.kind, i.subject) != i);
  }

  /** Whether a right is absent, or exercised, closed or lapsed and dropped from the live rights. */
  private static boolean isGone(@Nullable Right r) {
    return r == null || r.unlisted;
  }

  /** A 6.3 notice before the Subprocessor's first processing: the processing may still violate it. */
  private boolean waiting(WorkingObligation i) {
    if (i.kind != ObligationKind.SUBPROCESSOR_NOTICE || i.subject == null) {
      return false;
    }
    SubprocessorRecord s = subs.get(i.subject);
    return s != null && s.firstProcessing == null;
  }

  /**
   * Streaming: on a new day, drops rights that no later state can show (exercised or closed, or
   * lapsed before {@code date}) and prohibitions held past their end.
   */
  private void prune(LocalDate date) {
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
    forget(date);
  }

  /** Streaming: a right was closed, or a right's lapse date set; the next prune looks at the rights. */
  private void close(Right r, LocalDate on) {
    r.closedOn = on;
    closedSome = true;
  }

  private void lapsing(Right r) {
    LocalDate lapses = r.lapsesAfter;
    LocalDate by = pruneAfter;
    if (lapses != null && (by == null || lapses.isBefore(by))) {
      pruneAfter = lapses;
    }
  }

  /** Opens a right: numbers it in opening order and adds it to the live rights. */
  private void opened(Right r) {
    r.seq = rightSeq++;
    rights.add(r);
    lapsing(r);
  }

  // ------------------------------------------------------------------ helpers

  /**
   * 1, 3.4: {@link Scope#isAddendumInForceOn(LocalDate, LocalDate, LocalDate)} from the effective
   * date and the end date the engine keeps (always {@code agreement.endDate()}), so that neither is
   * rebuilt per event.
   */
  boolean isInForce(LocalDate date) {
    return Scope.isAddendumInForceOn(effective, end, date);
  }

  private void effect(EffectKind kind, String target, ClauseId clause) {
    account.add(kind, target, clause);
  }

  private void effect(EffectKind kind, Target t) {
    account.add(kind, t, t.clause());
  }

  private void because(MonitorCode code, Object... args) {
    account.because(code, args);
  }

  private AccountBuilder unmatched(MonitorCode code, Object... args) {
    account.unmatched();
    account.because(code, args);
    return account;
  }

  private AccountBuilder recorded(String target, MonitorCode code, Object... args) {
    effect(EffectKind.RECORDED, target, code.clause());
    because(code, args);
    return account;
  }

  private AccountBuilder recorded(WorkingObligation i, MonitorCode code, Object... args) {
    account.add(EffectKind.RECORDED, i, code.clause());
    because(code, args);
    return account;
  }

  /** Whether a new duty may arise on the event's date: the Addendum is in force, or retained data keeps it alive (9.2). */
  private boolean mayCreate(DpaEvent e) {
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
  private boolean mayCreateProtection(DpaEvent e) {
    LocalDate deleted = allDeletedOn;
    if (!isInForce(e.getDate()) && protectionUntilDeletion && !e.getDate().isBefore(effective)
        && (deleted == null || !e.getDate().isAfter(deleted))) { // the day of deletion is inside the Processing (A.1.2)
      return true;
    }
    return mayCreate(e);
  }

  private WorkingObligation create(ObligationKind kind, @Nullable String subject, DpaEvent e, ObligationState state,
      MonitorCode why, Object... args) {
    WorkingObligation i = new WorkingObligation(kind, subject, e.getId(), e.getDate(), state, why, args);
    instances.add(i);
    index(i);
    effect(EffectKind.CREATED, i);
    because(why, args);
    if (!held.isEmpty()) { // only the three notice duties can match a held prohibition's key
      applyHeld(i, e);
    }
    return i;
  }

  private @Nullable WorkingObligation find(ObligationKind kind, @Nullable String subject, LocalDate date) {
    WorkingObligation i = lookup(kind, subject);
    if (i != null) {
      i.advance(date);
    }
    return i;
  }

  private @Nullable WorkingObligation lookup(ObligationKind kind, @Nullable String subject) {
    return index.get(Matter.of(kind, subject));
  }

  /** A key of the lookup index: a kind of obligation and its subject ("" for none). */
  private record Matter(ObligationKind kind, String subject) {
    static Matter of(ObligationKind kind, @Nullable String subject) {
      return new Matter(kind, subject == null ? "" : subject);
    }
  }

  /** Makes {@code i} the latest instance of its kind and subject in {@link #index}. */
  private void index(WorkingObligation i) {
    index.put(Matter.of(i.kind, i.subject), i);
  }

  /** Takes {@code i} out of {@link #index}, if it is there (a later instance may have taken its place). */
  private void unindex(WorkingObligation i) {
    index.remove(Matter.of(i.kind, i.subject), i);
  }

  private void move(WorkingObligation i, ObligationState to, DpaEvent e, EffectKind kind, MonitorCode why, Object... args) {
    i.move(to, e.getId(), e.getDate(), why, args);
    effect(kind, i);
    because(why, args);
  }

  /**
   * Performs an open duty: fulfilled if in time, a late performance (the violation stands) if
   * its due date has passed; an already finished duty leaves the event unmatched.
   */
  private AccountBuilder fulfil(@Nullable WorkingObligation i, DpaEvent e, MonitorCode unknown, MonitorCode done, Object... args) {
    if (i == null) {
      return unmatched(unknown, e.getMatterId().orElse("-"));
    }
    if (i.state == ObligationState.VIOLATED && i.due != null && i.lateDone == null) {
      i.lateDone = e.getDate();
      effect(EffectKind.FULFILLED_LATE, i);
      because(done, args);
      return account;
    }
    if (!i.state.isOpen()) {
      return unmatched(MonitorCode.ALREADY_FINISHED, i.id(), i.state, i.movedOn);
    }
    move(i, ObligationState.FULFILLED, e, EffectKind.FULFILLED, done, args);
    return account;
  }

  private void suspend(@Nullable WorkingObligation i, DpaEvent e, int pause, @Nullable LocalDate until, String why) {
    if (i == null) {
      unmatched(MonitorCode.NOTHING_TO_MATCH, "no duty " + e.getMatterId().orElse("-") + " to pause");
      return;
    }
    if (!i.state.isOpen()) {
      unmatched(MonitorCode.ALREADY_FINISHED, i.id(), i.state, i.movedOn);
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

  private SubprocessorRecord sub(String id) {
    SubprocessorRecord s = subs.get(id);
    if (s == null) {
      s = new SubprocessorRecord(id);
      subs.put(id, s);
    }
    return s;
  }

  // ------------------------------------------------------------------ 1, 3.4: the contract

  @Override
  public AccountBuilder visitAddendumSigned(AddendumSigned e) {
    return recorded("addendum", MonitorCode.SIGNATURE_RECORDED, e.getActor(), e.getDate());
  }

  @Override
  public AccountBuilder visitAgreementTerminated(AgreementTerminated e) {
    return ended(e, Termination.of(e.getDate(), io.github.dpasemantics.model.contract.TerminationKind.OTHER));
  }

  @Override
  public AccountBuilder visitAgreementExpired(AgreementExpired e) {
    return ended(e, Termination.expiration(e.getDate()));
  }

  @Override
  public AccountBuilder visitTerminatedForConvenience(TerminatedForConvenience e) {
    SubprocessorRecord s = subs.get(e.getSubprocessorId());
    Right r = s == null ? null : s.termination;
    if (r == null || !r.isOpenOn(e.getDate())) {
      return unmatched(MonitorCode.TERMINATION_FOR_CONVENIENCE_WITHOUT_RIGHT, e.getDate(), e.getSubprocessorId());
    }
    if (!endAgreement(e, Termination.forConvenienceUnder63(e.getDate()), MonitorCode.TERMINATED_FOR_CONVENIENCE)) {
      return account;
    }
    close(r, e.getDate());
    effect(EffectKind.RIGHT_EXERCISED, r);
    return account;
  }

  private AccountBuilder ended(DpaEvent e, Termination termination) {
    endAgreement(e, termination, MonitorCode.AGREEMENT_ENDED);
    return account;
  }

  /** Ends the Agreement on the event's day (3.4); false, with the account unmatched or recorded, if it had already ended. */
  private boolean endAgreement(DpaEvent e, Termination termination, MonitorCode reason) {
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
        .filter(x -> !x.isBefore(d))).termination(termination).build();
    effect(EffectKind.RECORDED, "agreement", MonitorCode.AGREEMENT_ENDED.clause());
    because(reason, d);
    WorkingObligation del = deletion;
    if (del != null && del.state == ObligationState.CREATED) {
      Optional<LocalDate> due = rules.deletionDueDate(del.createdOn, d);
      del.activation = d;
      del.due = due.orElse(null);
      del.basis = () -> rules.deletionDue(del.createdOn, d);
      move(del, ObligationState.ACTIVE, e, EffectKind.ACTIVATED, MonitorCode.DELETION_ACTIVATED, d, del.createdOn);
    }
    return true;
  }

  @Override
  public AccountBuilder visitInstructionGiven(InstructionGiven e) {
    return recorded("instruction:" + e.getInstructionId(), MonitorCode.INSTRUCTION_RECORDED, e.getInstructionId(),
        e.isWritten() ? "given in writing" : "given");
  }

  @Override
  public AccountBuilder visitInstructionAcknowledged(InstructionAcknowledged e) {
    return recorded("instruction:" + e.getInstructionId(), MonitorCode.INSTRUCTION_RECORDED, e.getInstructionId(),
        e.isWritten() ? "acknowledged in writing by Segment" : "acknowledged by Segment");
  }

  @Override
  public AccountBuilder visitTransferMade(TransferMade e) {
    transfers.add(e);
    return recorded("transfer:" + e.getTransferId(), MonitorCode.TRANSFER_RECORDED, e.getTransferId(), e.getExporterCountry(),
        e.getDestinationCountry());
  }

  // ------------------------------------------------------------------ A.1.4

  @Override
  public AccountBuilder visitLawRequiresOtherProcessing(LawRequiresOtherProcessing e) {
    if (!annexA) {
      return unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
    }
    if (!mayCreate(e)) {
      return account;
    }
    create(ObligationKind.LEGAL_REQUIREMENT_NOTICE, e.getRequirementId(), e, ObligationState.ACTIVE,
        MonitorCode.DEVIATION_NOTICE_OWED, e.getRequirementId(), e.getLegalBasis().orElse("law"));
    return account;
  }

  @Override
  public AccountBuilder visitCustomerNotifiedOfLegalRequirement(CustomerNotifiedOfLegalRequirement e) {
    return fulfil(find(ObligationKind.LEGAL_REQUIREMENT_NOTICE, e.getRequirementId(), e.getDate()), e,
        MonitorCode.NOTHING_TO_MATCH, MonitorCode.DEVIATION_NOTIFIED, e.getRequirementId(), e.getDate());
  }

  // ------------------------------------------------------------------ 7.2

  @Override
  public AccountBuilder visitSecurityMeasuresChanged(SecurityMeasuresChanged e) {
    if (!mayCreateProtection(e)) {
      return account;
    }
    boolean allowed = rules.isSecurityMeasuresChangeAllowed(e.isNoticeGiven(), e.isMaterialDecrease());
    String how = allowed ? "" : !e.isNoticeGiven() && e.isMaterialDecrease() ? "without reasonable notice and with a material decrease"
        : !e.isNoticeGiven() ? "without reasonable notice" : "with a material decrease of Segment's obligations";
    MonitorCode why = allowed ? MonitorCode.MEASURES_CHANGE_ALLOWED : MonitorCode.MEASURES_CHANGE_VIOLATES;
    Object[] facts = allowed ? new Object[] {e.getDate()} : new Object[] {e.getDate(), how};
    WorkingObligation i = create(ObligationKind.SECURITY_MEASURES_CHANGE, null, e, ObligationState.ACTIVE, why, facts);
    i.basis = () -> rules.securityMeasuresChangeAllowed(e.isNoticeGiven(), e.isMaterialDecrease());
    move(i, allowed ? ObligationState.FULFILLED : ObligationState.VIOLATED, e,
        allowed ? EffectKind.FULFILLED : EffectKind.VIOLATED, why, facts);
    return account;
  }

  // ------------------------------------------------------------------ A.4.2

  @Override
  public AccountBuilder visitPrivacyShieldComplianceLost(PrivacyShieldComplianceLost e) {
    if (!annexA) {
      return unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
    }
    if (!mayCreate(e)) {
      return account;
    }
    create(ObligationKind.PRIVACY_SHIELD_NOTICE, null, e, ObligationState.ACTIVE, MonitorCode.PRIVACY_SHIELD_NOTICE_OWED,
        e.getDate());
    return account;
  }

  @Override
  public AccountBuilder visitPrivacyShieldInabilityNotified(PrivacyShieldInabilityNotified e) {
    return fulfil(find(ObligationKind.PRIVACY_SHIELD_NOTICE, null, e.getDate()), e, MonitorCode.NOTHING_TO_MATCH,
        MonitorCode.PRIVACY_SHIELD_INFORMED, e.getDate());
  }

  // ------------------------------------------------------------------ 6.1.1, 6.3

  @Override
  public AccountBuilder visitSubprocessorEngaged(SubprocessorEngaged e) {
    String id = e.getSubprocessorId();
    if (!rules.isNoticeRequired(e.getSubprocessorKind())) {
      // 6.1: an Affiliate needs no 6.3 notice, but 6.1.1's written agreement is owed for each Subprocessor
      if (lookup(ObligationKind.SUBPROCESSOR_AGREEMENT, id) != null) {
        return recorded("subprocessor:" + id, MonitorCode.NO_NOTICE_FOR_NON_THIRD_PARTY, id);
      }
      if (mayCreateProtection(e)) {
        createAgreementDuty(id, e);
      }
      return account;
    }
    SubprocessorRecord s = sub(id);
    if (s.notice != null) {
      return unmatched(MonitorCode.ENGAGEMENT_REPEATED, id, s.notice.createdOn);
    }
    if (!mayCreateProtection(e)) {
      return account;
    }
    s.expedited = e.getExpeditedReason().orElse(null);
    boolean expedited = s.expedited != null;
    WorkingObligation i = create(ObligationKind.SUBPROCESSOR_NOTICE, id, e, ObligationState.ACTIVE,
        expedited ? MonitorCode.NOTICE_OWED_EXPEDITED : MonitorCode.NOTICE_OWED, id, e.getDate());
    if (expedited) {
      i.rule = DeadlineRule.asSoonAsReasonablyPracticable();
    }
    s.notice = i;
    if (lookup(ObligationKind.SUBPROCESSOR_AGREEMENT, id) == null) {
      createAgreementDuty(id, e);
    }
    return account;
  }

  /** 6.1.1: "Segment shall enter into a written agreement with each Subprocessor": owed from its engagement. */
  private void createAgreementDuty(String subprocessor, SubprocessorEngaged e) {
    create(ObligationKind.SUBPROCESSOR_AGREEMENT, subprocessor, e, ObligationState.ACTIVE,
        MonitorCode.SUBPROCESSOR_AGREEMENT_OWED, subprocessor, e.getDate());
  }

  @Override
  public AccountBuilder visitSubprocessorAgreementSigned(SubprocessorAgreementSigned e) {
    if (!mayCreateProtection(e)) {
      return account;
    }
    String id = e.getSubprocessorId();
    WorkingObligation owed = find(ObligationKind.SUBPROCESSOR_AGREEMENT, id, e.getDate());
    // the duty owed since the engagement, or, for an agreement signed before it, one created and settled at once
    WorkingObligation i = owed != null && owed.state.isOpen() ? owed
        : create(ObligationKind.SUBPROCESSOR_AGREEMENT, id, e, ObligationState.ACTIVE, MonitorCode.SUBPROCESSOR_AGREEMENT,
            id, e.getDate());
    boolean ok = rules.isSubprocessorAgreementCompliant(e.isSubstantiallySimilar());
    i.basis = () -> rules.subprocessorAgreementCompliant(e.isSubstantiallySimilar());
    move(i, ok ? ObligationState.FULFILLED : ObligationState.VIOLATED, e, ok ? EffectKind.FULFILLED : EffectKind.VIOLATED,
        ok ? MonitorCode.SUBPROCESSOR_AGREEMENT : MonitorCode.SUBPROCESSOR_AGREEMENT_NOT_SIMILAR, id, e.getDate());
    return account;
  }

  @Override
  public AccountBuilder visitSubprocessorNoticeGiven(SubprocessorNoticeGiven e) {
    String id = e.getSubprocessorId();
    SubprocessorRecord s = subs.get(id);
    WorkingObligation i = s == null ? null : s.notice;
    if (s == null || i == null) {
      return unmatched(MonitorCode.SUBPROCESSOR_NOT_ENGAGED, id);
    }
    LocalDate d = e.getDate();
    if (e.getChannel() == NoticeChannel.SUBPROCESSOR_PAGE_UPDATE) {
      if (s.pageUpdated != null) {
        return unmatched(MonitorCode.NOTICE_REPEATED, id, s.pageUpdated);
      }
      s.pageUpdated = d;
    } else {
      if (s.workspaceMessage != null) {
        return unmatched(MonitorCode.NOTICE_REPEATED, id, s.workspaceMessage);
      }
      s.workspaceMessage = d;
    }
    LocalDate earlier = s.noticeDate;
    if (earlier != null) {
      // 6.3: notice "may be given by updating the Subprocessor Page and via a message": it was complete
      // on the first channel used; a later channel is recorded and changes neither its timing nor the window
      effect(EffectKind.RECORDED, i);
      because(MonitorCode.NOTICE_CHANNEL_ADDED, id, e.getChannel(), d, earlier);
      return account;
    }
    LocalDate notice = d;
    s.noticeDate = notice;
    // the objection window runs from the notice day (6.3), the same day the advance-notice check uses
    LocalDate objectionEnd = rules.objectionDeadline(notice);
    Right opened = new Right(RightKind.OBJECT_TO_SUBPROCESSOR, "6.3-objection", id, e,
        notice, objectionEnd, MonitorCode.OBJECTION_WINDOW_OPEN, new Object[] {id, notice, objectionEnd});
    opened.basis = () -> rules.objectionDeadlineDecision(notice);
    opened(opened);
    s.objection = opened;
    effect(EffectKind.RIGHT_OPENED, opened);
    LocalDate first = s.firstProcessing;
    if (first == null) {
      if (i.state.isOpen()) {
        move(i, ObligationState.FULFILLED, e, EffectKind.FULFILLED, MonitorCode.NOTICE_GIVEN, id, notice,
            rules.earliestProcessing(notice));
      } else {
        effect(EffectKind.RECORDED, i);
        because(MonitorCode.NOTICE_GIVEN, id, notice, rules.earliestProcessing(notice));
      }
      return account;
    }
    // first processing came before this notice
    if (i.state == ObligationState.VIOLATED) {
      if (i.lateDone == null) {
        i.lateDone = notice;
        effect(EffectKind.FULFILLED_LATE, i);
      } else {
        effect(EffectKind.RECORDED, i);
      }
      because(MonitorCode.NOTICE_GIVEN_LATE, id, notice, first);
      return account;
    }
    if (i.state.isOpen()) {
      move(i, ObligationState.FULFILLED, e, EffectKind.FULFILLED, MonitorCode.NOTICE_GIVEN_EXPEDITED, id, notice);
      ExpeditedReason why = s.expedited;
      i.basis = () -> rules.noticeTimely(notice, first, why);
    } else {
      effect(EffectKind.RECORDED, i);
      because(MonitorCode.NOTICE_GIVEN_EXPEDITED, id, notice);
    }
    return account;
  }

  @Override
  public AccountBuilder visitSubprocessorFirstProcessing(SubprocessorFirstProcessing e) {
    String id = e.getSubprocessorId();
    SubprocessorRecord s = subs.get(id);
    WorkingObligation i = s == null ? null : s.notice;
    if (s == null || i == null) {
      return unmatched(MonitorCode.SUBPROCESSOR_NOT_ENGAGED, id);
    }
    LocalDate first = s.firstProcessing;
    if (first != null) {
      return unmatched(MonitorCode.FIRST_PROCESSING_REPEATED, id, first);
    }
    LocalDate p = e.getDate();
    s.firstProcessing = p;
    LocalDate latest = rules.latestTimelyNotice(p);
    LocalDate notice = s.noticeDate;
    ExpeditedReason exp = s.expedited;
    if (notice == null) {
      if (exp != null) {
        effect(EffectKind.RECORDED, i);
        because(MonitorCode.PROCESSED_BEFORE_EXPEDITED_NOTICE, id, p);
        return account;
      }
      i.due = latest;
      i.basis = () -> rules.latestTimelyNoticeDecision(p);
      move(i, ObligationState.VIOLATED, e, EffectKind.VIOLATED, MonitorCode.PROCESSED_TOO_EARLY, id, p, latest);
      return account;
    }
    Subprocessing.NoticeTiming timing = rules.noticeTiming(notice, p, exp);
    i.basis = () -> rules.noticeTimely(notice, p, exp);
    if (timing == Subprocessing.NoticeTiming.LATE) {
      i.due = latest;
      i.lateDone = notice;
      move(i, ObligationState.VIOLATED, e, EffectKind.VIOLATED, MonitorCode.PROCESSED_TOO_EARLY, id, p, latest);
      return account;
    }
    if (timing == Subprocessing.NoticeTiming.TIMELY) {
      i.due = latest;
    }
    effect(EffectKind.RECORDED, i);
    because(MonitorCode.PROCESSED_AFTER_NOTICE_PERIOD, id, p, notice);
    return account;
  }

  @Override
  public AccountBuilder visitObjectionMade(ObjectionMade e) {
    String id = e.getSubprocessorId();
    SubprocessorRecord s = subs.get(id);
    LocalDate notice = s == null ? null : s.noticeDate;
    if (s == null || notice == null) {
      return unmatched(MonitorCode.OBJECTION_WITHOUT_NOTICE, id);
    }
    LocalDate objected = s.objectedOn;
    if (objected != null) {
      return unmatched(MonitorCode.OBJECTION_REPEATED, id, objected);
    }
    LocalDate d = e.getDate();
    boolean reasonable = e.getGrounds() == ObjectionGrounds.REASONABLE_DATA_PROTECTION;
    if (!rules.isObjectionTimely(notice, d)) {
      return unmatched(MonitorCode.OBJECTION_LATE, id, d, rules.objectionDeadline(notice));
    }
    if (!e.isWritten() || !reasonable) {
      return unmatched(MonitorCode.OBJECTION_NOT_QUALIFYING, id, d);
    }
    if (!mayCreate(e)) {
      return account;
    }
    s.objectedOn = d;
    Right r = s.objection;
    if (r != null) {
      close(r, d);
      effect(EffectKind.RIGHT_EXERCISED, r);
    }
    WorkingObligation i = create(ObligationKind.GOOD_FAITH_DISCUSSION, id, e, ObligationState.ACTIVE, MonitorCode.OBJECTION_TIMELY, id, d,
        notice);
    i.basis = () -> rules.objectionAllowed(notice, d, e.isWritten(), reasonable);
    s.discussion = i;
    return account;
  }

  @Override
  public AccountBuilder visitGoodFaithDiscussionResolved(GoodFaithDiscussionResolved e) {
    SubprocessorRecord s = subs.get(e.getSubprocessorId());
    WorkingObligation i = s == null ? null : s.discussion;
    if (i == null) {
      return unmatched(MonitorCode.RESOLUTION_WITHOUT_DISCUSSION, e.getSubprocessorId());
    }
    return fulfil(i, e, MonitorCode.RESOLUTION_WITHOUT_DISCUSSION, MonitorCode.RESOLUTION_AGREED, e.getSubprocessorId(),
        e.getDate());
  }

  @Override
  public AccountBuilder visitGoodFaithDiscussionFailed(GoodFaithDiscussionFailed e) {
    String id = e.getSubprocessorId();
    SubprocessorRecord s = subs.get(id);
    WorkingObligation i = s == null ? null : s.discussion;
    if (s == null || i == null) {
      return unmatched(MonitorCode.RESOLUTION_WITHOUT_DISCUSSION, id);
    }
    if (!i.state.isOpen()) {
      return unmatched(MonitorCode.ALREADY_FINISHED, i.id(), i.state, i.movedOn);
    }
    move(i, ObligationState.FULFILLED, e, EffectKind.FULFILLED, MonitorCode.RESOLUTION_FAILED, id, e.getDate());
    Right r = new Right(RightKind.TERMINATE_FOR_CONVENIENCE, "6.3-termination", id, e, e.getDate(),
        null, MonitorCode.RESOLUTION_FAILED, new Object[] {id, e.getDate()});
    r.basis = rules::terminationForConvenience;
    opened(r);
    s.termination = r;
    effect(EffectKind.RIGHT_OPENED, r);
    return account;
  }

  // ------------------------------------------------------------------ 2.9, 7.3

  @Override
  public AccountBuilder visitSecurityEventDetected(SecurityEventDetected e) {
    return recorded("incident:" + e.getIncidentId(), MonitorCode.INCIDENT_NOT_CONFIRMED, e.getIncidentId());
  }

  @Override
  public AccountBuilder visitSecurityEventConfirmed(SecurityEventConfirmed e) {
    String id = e.getIncidentId();
    WorkingObligation existing = lookup(ObligationKind.INCIDENT_NOTICE, id);
    if (existing != null) {
      return unmatched(MonitorCode.INCIDENT_ALREADY_CONFIRMED, id, existing.createdOn);
    }
    if (!rules.isSecurityIncident(e)) {
      account.unmatched();
      because(MonitorCode.NOT_A_SECURITY_INCIDENT, id, e.getNature());
      return account;
    }
    if (!rules.concernsThisCustomer(e)) {
      account.unmatched();
      because(MonitorCode.INCIDENT_NOT_THIS_CUSTOMERS, id, e.getWhoseData());
      return account;
    }
    if (!mayCreateProtection(e)) {
      return account;
    }
    WorkingObligation i = create(ObligationKind.INCIDENT_NOTICE, id, e, ObligationState.ACTIVE, MonitorCode.INCIDENT_NOTICE_OWED, id,
        e.getDate());
    i.basis = () -> rules.securityIncident(e);
    return account;
  }

  @Override
  public AccountBuilder visitNotificationDelayRequested(NotificationDelayRequested e) {
    suspend(find(ObligationKind.INCIDENT_NOTICE, e.getIncidentId(), e.getDate()), e, WorkingObligation.LAW_ENFORCEMENT,
        e.getUntil().orElse(null), "a delay requested by law enforcement is not an undue delay");
    return account;
  }

  @Override
  public AccountBuilder visitInvestigationDelayStarted(InvestigationDelayStarted e) {
    suspend(find(ObligationKind.INCIDENT_NOTICE, e.getIncidentId(), e.getDate()), e, WorkingObligation.INVESTIGATION, null,
        "a delay in light of Segment's legitimate needs to investigate or remediate is not an undue delay");
    return account;
  }

  @Override
  public AccountBuilder visitInvestigationDelayEnded(InvestigationDelayEnded e) {
    WorkingObligation i = find(ObligationKind.INCIDENT_NOTICE, e.getIncidentId(), e.getDate());
    if (i == null || i.state != ObligationState.SUSPENDED || (i.pauses & (1 << WorkingObligation.INVESTIGATION)) == 0) {
      return unmatched(MonitorCode.NO_INVESTIGATION_DELAY, e.getIncidentId());
    }
    if (i.unpause(WorkingObligation.INVESTIGATION, e.getDate())) {
      move(i, ObligationState.ACTIVE, e, EffectKind.RESUMED, MonitorCode.NOTICE_DELAY_ENDED, i.subjectOrId(), e.getDate());
    } else {
      effect(EffectKind.RECORDED, i);
      because(MonitorCode.NOTICE_STILL_PAUSED, i.subjectOrId(), e.getDate());
    }
    return account;
  }

  @Override
  public AccountBuilder visitLawProhibitsNotice(LawProhibitsNotice e) {
    ObligationKind kind;
    switch (e.getNotice()) {
      case INCIDENT_NOTICE:
        kind = ObligationKind.INCIDENT_NOTICE;
        break;
      case LEGAL_REQUIREMENT_NOTICE:
        kind = ObligationKind.LEGAL_REQUIREMENT_NOTICE;
        break;
      default:
        kind = ObligationKind.NON_COMPLIANCE_NOTICE;
        break;
    }
    WorkingObligation i = find(kind, e.getReference(), e.getDate());
    if (kind == ObligationKind.NON_COMPLIANCE_NOTICE) {
      return auditFindingsWithheld(e, i);
    }
    if (i == null) {
      // the duty may arise later the same day (a discovery ranks after the prohibition) or later on
      held.put(heldKey(kind, e.getReference()), e);
      return heldProhibition(e);
    }
    suspend(i, e, WorkingObligation.PROHIBITED, e.getUntil().orElse(null), "the law prohibits the notice (" + e.getNotice().getClause() + ")");
    return account;
  }

  /**
   * A.2.2.4: "unless prohibited by EU Data Protection Law or otherwise instructed by a supervisory
   * authority" follows the whole sentence, so a prohibition of an audit's findings pauses the
   * non-compliance notice and the sharing of every report of that audit, and is held, while it
   * runs, for findings discovered and reports generated later.
   */
  private AccountBuilder auditFindingsWithheld(LawProhibitsNotice e, @Nullable WorkingObligation notice) {
    held.put(heldKey(ObligationKind.NON_COMPLIANCE_NOTICE, e.getReference()), e);
    List<WorkingObligation> reports = new ArrayList<>();
    for (String report : reportsOfAudit.getOrDefault(e.getReference(), List.of())) {
      WorkingObligation r = find(ObligationKind.AUDIT_REPORT_SHARING, report, e.getDate());
      if (r != null && r.state.isOpen()) {
        reports.add(r);
      }
    }
    boolean noticeOpen = notice != null && notice.state.isOpen();
    if (notice != null && (noticeOpen || reports.isEmpty())) {
      // an open notice is paused; a finished one, with no report to withhold, leaves the event unmatched
      suspend(notice, e, WorkingObligation.PROHIBITED, e.getUntil().orElse(null), "the notice is prohibited (" + e.getNotice().getClause() + ")");
    }
    for (WorkingObligation r : reports) {
      suspend(r, e, WorkingObligation.PROHIBITED, e.getUntil().orElse(null), "sharing the audit's reports is prohibited ("
          + e.getNotice().getClause() + ")");
    }
    return notice == null && reports.isEmpty() ? heldProhibition(e) : account;
  }

  /** Records a prohibition whose duty has not arisen yet: held until it does (see {@link #applyHeld}). */
  private AccountBuilder heldProhibition(LawProhibitsNotice e) {
    account.add(EffectKind.RECORDED, "prohibition:" + e.getReference(), e.getNotice().getClause());
    because(MonitorCode.NOTICE_PROHIBITION_HELD, e.getNotice().getClause(), e.getReference(), e.getDate(),
        e.getUntil().map(u -> "until " + u).orElse("with no end date"));
    return account;
  }

  private static String heldKey(ObligationKind kind, String reference) {
    return kind.ordinal() + ":" + reference;
  }

  /**
   * A duty of a kind a law may keep from being notified has just been created: a prohibition
   * of it received earlier, and still in force on the creation date, suspends it at once (with
   * the prohibition's end date, if any). The prohibition is used up.
   */
  private void applyHeld(WorkingObligation i, DpaEvent e) {
    String subject = i.subject;
    LawProhibitsNotice p;
    if (subject == null) {
      return;
    } else if (i.kind == ObligationKind.AUDIT_REPORT_SHARING || i.kind == ObligationKind.NON_COMPLIANCE_NOTICE) {
      // A.2.2.4: an instruction about an audit's findings covers its notice and every report while in force
      String audit = i.kind == ObligationKind.AUDIT_REPORT_SHARING ? auditOfReport.get(subject) : subject;
      p = audit == null ? null : held.get(heldKey(ObligationKind.NON_COMPLIANCE_NOTICE, audit));
    } else {
      p = held.remove(heldKey(i.kind, subject));
    }
    if (p == null) {
      return;
    }
    LocalDate until = p.getUntil().orElse(null);
    if (until != null && until.isBefore(e.getDate())) {
      return; // the prohibition ended before the duty arose: nothing to excuse
    }
    i.pause(WorkingObligation.PROHIBITED, until);
    Object[] args = {i.subjectOrId(), e.getDate(), "the law prohibits the notice (" + p.getNotice().getClause()
        + "), as declared on " + p.getDate() + " by " + p.getId() + ", before the duty arose"};
    i.move(ObligationState.SUSPENDED, p.getId(), e.getDate(), MonitorCode.NOTICE_DELAY, args);
    effect(EffectKind.SUSPENDED, i);
  }

  @Override
  public AccountBuilder visitIncidentNotified(IncidentNotified e) {
    return fulfil(find(ObligationKind.INCIDENT_NOTICE, e.getIncidentId(), e.getDate()), e, MonitorCode.INCIDENT_UNKNOWN,
        MonitorCode.INCIDENT_NOTIFIED, e.getIncidentId(), e.getDate());
  }

  // ------------------------------------------------------------------ 8, A.2.1

  @Override
  public AccountBuilder visitDataSubjectRequestReceived(DataSubjectRequestReceived e) {
    if (!mayCreate(e)) {
      return account;
    }
    String id = e.getRequestId();
    if (Rules.isUsageDataReferral(e)) {
      if (!annexA) {
        return unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
      }
      create(ObligationKind.USAGE_DATA_REQUEST_REFERRAL, id, e, ObligationState.ACTIVE, MonitorCode.USAGE_DATA_REFERRAL_OWED,
          id, e.getDate());
      return account;
    }
    if (!Rules.isRoutedToCustomer(e)) {
      return recorded("request:" + id, MonitorCode.REQUEST_FOR_CUSTOMER, id);
    }
    create(ObligationKind.DATA_SUBJECT_ROUTING, id, e, ObligationState.ACTIVE, MonitorCode.DATA_SUBJECT_REQUEST_ROUTING, id,
        e.getDate());
    return account;
  }

  @Override
  public AccountBuilder visitDataSubjectRequestRouted(DataSubjectRequestRouted e) {
    ObligationKind kind = e.getActor() == io.github.dpasemantics.model.party.PartyKind.CUSTOMER
        ? ObligationKind.USAGE_DATA_REQUEST_REFERRAL : ObligationKind.DATA_SUBJECT_ROUTING;
    return fulfil(find(kind, e.getRequestId(), e.getDate()), e, MonitorCode.REQUEST_UNKNOWN,
        kind == ObligationKind.DATA_SUBJECT_ROUTING ? MonitorCode.DATA_SUBJECT_ADVISED : MonitorCode.USAGE_DATA_REFERRED,
        e.getRequestId(), e.getDate());
  }

  @Override
  public AccountBuilder visitAssistanceRequested(AssistanceRequested e) {
    String id = e.getAssistanceId();
    AssistanceSubject subject = e.getSubject();
    if (subject == AssistanceSubject.IMPACT_ASSESSMENT) {
      return recorded("assistance:" + id, MonitorCode.IMPACT_ASSESSMENT_MAY_ASSIST, id);
    }
    if (!mayCreate(e)) {
      return account;
    }
    if (!Rules.isAssistanceOwed(e)) {
      account.unmatched();
      because(MonitorCode.ASSISTANCE_NOT_OWED, id);
      return account;
    }
    WorkingObligation i = create(ObligationKind.DATA_SUBJECT_ASSISTANCE, id, e, ObligationState.ACTIVE, MonitorCode.ASSISTANCE_OWED, id,
        e.getDate());
    i.basis = () -> Rules.assistance(e);
    return account;
  }

  @Override
  public AccountBuilder visitAssistanceProvided(AssistanceProvided e) {
    String id = e.getAssistanceId();
    return fulfil(find(ObligationKind.DATA_SUBJECT_ASSISTANCE, id, e.getDate()), e, MonitorCode.REQUEST_UNKNOWN, MonitorCode.ASSISTANCE_PROVIDED, id, e.getDate());
  }

  // ------------------------------------------------------------------ A.2.2

  @Override
  public AccountBuilder visitThirdPartyReportIssued(ThirdPartyReportIssued e) {
    reports.put(e.getReportId(), e.getDate());
    return recorded("report:" + e.getReportId(), MonitorCode.REPORT_ISSUED, e.getReportId(), e.getDate());
  }

  /**
   * The calendar year boxed once for all engines (years 1900 to 2299): a refused audit request
   * keeps its year as a reason value, and would otherwise keep an {@code Integer} of its own.
   */
  private static Integer boxedYear(int year) {
    int i = year - FIRST_BOXED_YEAR;
    return i >= 0 && i < BOXED_YEARS.length ? BOXED_YEARS[i] : Integer.valueOf(year);
  }

  @Override
  public AccountBuilder visitAuditRequested(AuditRequested e) {
    if (!annexA) {
      return unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
    }
    String id = e.getAuditId();
    if (audits.contains(id)) {
      return unmatched(MonitorCode.AUDIT_REPEATED, id);
    }
    if (!mayCreate(e)) {
      return account;
    }
    Integer year = boxedYear(e.getAuditYear());
    ArrayList<LocalDate> thisYear = auditDates.computeIfAbsent(year, y -> new ArrayList<>(1));
    LocalDate d = e.getDate();
    if (!rules.isAuditAllowed(d, thisYear, annexA)) {
      account.unmatched();
      because(MonitorCode.AUDIT_REQUEST_REFUSED, id, year);
      return account;
    }
    List<LocalDate> before = List.copyOf(thisYear);
    thisYear.add(d);
    audits.add(id);
    WorkingObligation i = create(ObligationKind.AUDIT_RESPONSE, id, e, ObligationState.ACTIVE, MonitorCode.AUDIT_REQUEST_ACCEPTED, id,
        e.getDate());
    i.basis = () -> rules.auditAllowed(d, before, annexA);
    return account;
  }

  @Override
  public AccountBuilder visitWrittenResponseProvided(WrittenResponseProvided e) {
    return fulfil(find(ObligationKind.AUDIT_RESPONSE, e.getAuditId(), e.getDate()), e, MonitorCode.AUDIT_UNKNOWN,
        MonitorCode.AUDIT_RESPONDED, e.getAuditId(), e.getDate());
  }

  @Override
  public AccountBuilder visitNoMaterialChangeConfirmed(NoMaterialChangeConfirmed e) {
    WorkingObligation i = find(ObligationKind.AUDIT_RESPONSE, e.getAuditId(), e.getDate());
    if (i == null) {
      return unmatched(MonitorCode.AUDIT_UNKNOWN, e.getAuditId());
    }
    LocalDate issued = reports.get(e.getReportId());
    if (issued == null) {
      return unmatched(MonitorCode.REPORT_UNKNOWN, e.getReportId());
    }
    if (!i.state.isOpen()) {
      return unmatched(MonitorCode.ALREADY_FINISHED, i.id(), i.state, i.movedOn);
    }
    LocalDate requested = i.createdOn;
    if (!rules.isReportInLieu(issued, requested)) {
      account.unmatched();
      because(MonitorCode.REPORT_NOT_ACCEPTED, e.getAuditId(), e.getReportId(), issued);
      return account;
    }
    i.basis = () -> rules.reportInLieu(issued, requested);
    move(i, ObligationState.DISCHARGED, e, EffectKind.DISCHARGED, MonitorCode.REPORT_ACCEPTED, e.getAuditId(), e.getReportId(),
        issued);
    return account;
  }

  @Override
  public AccountBuilder visitAuditorAppointed(AuditorAppointed e) {
    String key = e.getAuditId();
    WorkingObligation replacement = find(ObligationKind.AUDITOR_REPLACEMENT, key, e.getDate());
    Right previous = auditorRights.get(key);
    if (previous != null && previous.subject != null && previous.subject.equals(e.getAuditor())) {
      return unmatched(MonitorCode.AUDITOR_ALREADY_APPOINTED, e.getAuditor(), key);
    }
    if (replacement != null && replacement.state.isOpen()) {
      move(replacement, ObligationState.FULFILLED, e, EffectKind.FULFILLED, MonitorCode.AUDITOR_REPLACED, e.getAuditor(),
          e.getDate());
    } else if (!mayCreate(e)) {
      return account;
    }
    Right r = new Right(RightKind.OBJECT_TO_AUDITOR, "A.2.2.3-auditor", e.getAuditor(), e,
        e.getDate(), null, MonitorCode.AUDITOR_APPOINTED, new Object[] {e.getAuditor(), e.getDate()});
    r.basis = Rules::auditorObjectionPossible;
    if (previous != null && previous.closedOn == null) {
      close(previous, e.getDate());
    }
    opened(r);
    auditorRights.put(key, r);
    effect(EffectKind.RIGHT_OPENED, r);
    because(MonitorCode.AUDITOR_APPOINTED, e.getAuditor(), e.getDate());
    return account;
  }

  @Override
  public AccountBuilder visitAuditorObjected(AuditorObjected e) {
    Right r = auditorRights.get(e.getAuditId());
    if (r == null || !e.getAuditor().equals(r.subject) || !r.isOpenOn(e.getDate())) {
      return unmatched(MonitorCode.AUDITOR_UNKNOWN, e.getAuditor());
    }
    if (!Rules.isAuditorObjectionAllowed(e.getReason())) {
      account.unmatched();
      because(MonitorCode.AUDITOR_OBJECTION_UNFOUNDED, e.getAuditor());
      return account;
    }
    close(r, e.getDate());
    effect(EffectKind.RIGHT_EXERCISED, r);
    WorkingObligation i = create(ObligationKind.AUDITOR_REPLACEMENT, e.getAuditId(), e, ObligationState.ACTIVE,
        MonitorCode.AUDITOR_OBJECTION_UPHELD, e.getAuditor(), e.getDate());
    i.basis = () -> Rules.auditorObjection(e.getReason());
    return account;
  }

  @Override
  public AccountBuilder visitNonComplianceDiscovered(NonComplianceDiscovered e) {
    if (!mayCreate(e)) {
      return account;
    }
    create(ObligationKind.NON_COMPLIANCE_NOTICE, e.getAuditId(), e, ObligationState.ACTIVE,
        MonitorCode.NON_COMPLIANCE_NOTICE_OWED, e.getAuditId(), e.getDate());
    return account;
  }

  @Override
  public AccountBuilder visitNonComplianceNotified(NonComplianceNotified e) {
    return fulfil(find(ObligationKind.NON_COMPLIANCE_NOTICE, e.getAuditId(), e.getDate()), e, MonitorCode.AUDIT_UNKNOWN,
        MonitorCode.NON_COMPLIANCE_NOTIFIED, e.getAuditId(), e.getDate());
  }

  @Override
  public AccountBuilder visitAuditReportGenerated(AuditReportGenerated e) {
    if (!mayCreate(e)) {
      return account;
    }
    auditOfReport.put(e.getReportId(), e.getAuditId());
    reportsOfAudit.computeIfAbsent(e.getAuditId(), a -> new ArrayList<>()).add(e.getReportId());
    create(ObligationKind.AUDIT_REPORT_SHARING, e.getReportId(), e, ObligationState.ACTIVE, MonitorCode.AUDIT_REPORT_OWED,
        e.getReportId(), e.getDate());
    return account;
  }

  @Override
  public AccountBuilder visitAuditReportShared(AuditReportShared e) {
    return fulfil(find(ObligationKind.AUDIT_REPORT_SHARING, e.getReportId(), e.getDate()), e, MonitorCode.AUDIT_UNKNOWN,
        MonitorCode.AUDIT_REPORT_SHARED, e.getReportId(), e.getDate());
  }

  @Override
  public AccountBuilder visitAuditTimeInvoiced(AuditTimeInvoiced e) {
    if (!mayCreate(e)) {
      return account;
    }
    create(ObligationKind.AUDIT_REIMBURSEMENT, e.getAuditId(), e, ObligationState.ACTIVE, MonitorCode.REIMBURSEMENT_OWED,
        e.getAuditId(), e.getDate());
    return account;
  }

  @Override
  public AccountBuilder visitAuditTimeReimbursed(AuditTimeReimbursed e) {
    return fulfil(find(ObligationKind.AUDIT_REIMBURSEMENT, e.getAuditId(), e.getDate()), e, MonitorCode.AUDIT_UNKNOWN,
        MonitorCode.REIMBURSED, e.getAuditId(), e.getDate());
  }

  // ------------------------------------------------------------------ A.4.3

  @Override
  public AccountBuilder visitSubprocessorAgreementCopiesRequested(SubprocessorAgreementCopiesRequested e) {
    if (!annexA) {
      return unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
    }
    if (!mayCreate(e)) {
      return account;
    }
    TransferMade governed = sccGovernedTransfer(e.getDate());
    if (governed == null) {
      return unmatched(MonitorCode.SCCS_DO_NOT_GOVERN, e.getDate(), "A.4.3.4 (Clause 5(j))");
    }
    WorkingObligation i = create(ObligationKind.SUBPROCESSOR_AGREEMENT_COPIES, e.getRequestId(), e, ObligationState.ACTIVE,
        MonitorCode.COPIES_OWED, e.getRequestId(), e.getDate());
    LocalDate on = e.getDate();
    i.basis = () -> rules.sccGovern(governed, on);
    return account;
  }

  @Override
  public AccountBuilder visitSubprocessorAgreementCopiesProvided(SubprocessorAgreementCopiesProvided e) {
    return fulfil(find(ObligationKind.SUBPROCESSOR_AGREEMENT_COPIES, e.getRequestId(), e.getDate()), e,
        MonitorCode.REQUEST_UNKNOWN, MonitorCode.COPIES_PROVIDED, e.getRequestId(), e.getDate());
  }

  @Override
  public AccountBuilder visitDeletionCertificationRequested(DeletionCertificationRequested e) {
    if (!annexA) {
      return unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
    }
    if (!isInForce(e.getDate()) && !deletionSurvives) {
      return unmatched(MonitorCode.ADDENDUM_TERMINATED, end == null ? "-" : end);
    }
    TransferMade governed = sccGovernedTransfer(e.getDate());
    if (governed == null) {
      return unmatched(MonitorCode.SCCS_DO_NOT_GOVERN, e.getDate(), "A.4.3.7 (Clause 12(1))");
    }
    WorkingObligation i = create(ObligationKind.DELETION_CERTIFICATION, null, e, ObligationState.ACTIVE, MonitorCode.CERTIFICATION_OWED,
        e.getDate());
    LocalDate on = e.getDate();
    i.basis = () -> rules.sccGovern(governed, on);
    return account;
  }

  @Override
  public AccountBuilder visitDeletionCertified(DeletionCertified e) {
    return fulfil(find(ObligationKind.DELETION_CERTIFICATION, null, e.getDate()), e, MonitorCode.NOTHING_TO_MATCH,
        MonitorCode.CERTIFIED, e.getDate());
  }

  /**
   * A.4.3: the first recorded transfer, as last recorded on or before {@code date}, that the
   * Standard Contractual Clauses govern on {@code date} (asked of {@code Transfers}), or null: the
   * duties that exist only under the SCCs (A.4.3.4, A.4.3.7) arise only then. A later record of
   * the same transfer states its facts from its date on, so SCCs that terminated under A.4.3.8
   * (the transfer became lawful without them, e.g. to a DPF-certified Segment) govern no more.
   */
  private @Nullable TransferMade sccGovernedTransfer(LocalDate date) {
    LinkedHashMap<String, TransferMade> latest = new LinkedHashMap<>();
    for (TransferMade t : transfers) {
      if (!t.getDate().isAfter(date)) {
        latest.put(t.getTransferId(), t);
      }
    }
    for (TransferMade t : latest.values()) {
      if (rules.isSccGoverned(t, date)) {
        return t;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ 9

  @Override
  public AccountBuilder visitDeletionRequested(DeletionRequested e) {
    WorkingObligation existing = deletion;
    if (existing != null) {
      return unmatched(MonitorCode.DELETION_ALREADY_REQUESTED, existing.createdOn);
    }
    LocalDate r = e.getDate();
    LocalDate t = end;
    boolean following = t != null && !r.isBefore(t);
    // an early request with no known end is asked about as if the Agreement ended the next day
    Optional<LocalDate> due = rules.deletionDueDate(r, t == null ? r.plusDays(1) : t);
    if (due.isEmpty()) {
      return deletionSurvives ? unmatched(MonitorCode.DELETION_EARLY_REQUEST_IGNORED, r)
          : unmatched(MonitorCode.DELETION_ENDS_WITH_ADDENDUM, t == null ? "its end" : t);
    }
    WorkingObligation i;
    if (following && t != null) {
      i = create(ObligationKind.DELETION, null, e, ObligationState.ACTIVE, MonitorCode.DELETION_OWED, r, t);
    } else {
      i = create(ObligationKind.DELETION, null, e, ObligationState.CREATED, MonitorCode.DELETION_PENDING, r);
      i.activation = t;
    }
    if (t != null) {
      i.due = due.get();
      i.basis = () -> rules.deletionDue(r, t);
    }
    deletion = i;
    return account;
  }

  @Override
  public AccountBuilder visitLegalRetentionDeclared(LegalRetentionDeclared e) {
    retention = e;
    WorkingObligation i = deletion;
    if (i != null) {
      i.advance(e.getDate());
    }
    if (i != null && i.state.isOpen() && e.getScope() == DataScope.ALL && !Rules.isDeletionRequired(true)) {
      i.basis = () -> Rules.deletionRequired(true);
      move(i, ObligationState.DISCHARGED, e, EffectKind.DISCHARGED, MonitorCode.RETENTION_DISCHARGES, e.getDate(),
          e.getLegalBasis());
      return account;
    }
    String scope = e.getScope() == DataScope.ALL ? "all" : "part";
    return i == null ? recorded("retention", MonitorCode.RETENTION_RECORDED, e.getDate(), e.getLegalBasis(), scope)
        : recorded(i, MonitorCode.RETENTION_RECORDED, e.getDate(), e.getLegalBasis(), scope);
  }

  @Override
  public AccountBuilder visitDeletionCompleted(DeletionCompleted e) {
    if (e.getScope() == DataScope.ALL && allDeletedOn == null) {
      allDeletedOn = e.getDate();
    }
    WorkingObligation i = deletion;
    if (i == null) {
      return unmatched(MonitorCode.DELETION_WITHOUT_DUTY, e.getDate());
    }
    i.advance(e.getDate());
    LegalRetentionDeclared kept = retention;
    boolean complete = e.getScope() == DataScope.ALL || (kept != null && !kept.getDate().isAfter(e.getDate()));
    if (!complete) {
      return recorded(i, MonitorCode.DELETION_PARTIAL, e.getDate());
    }
    if (i.state == ObligationState.VIOLATED && i.lateDone == null) {
      return fulfil(i, e, MonitorCode.DELETION_WITHOUT_DUTY, MonitorCode.DELETION_DONE_LATE, e.getDate(),
          i.due == null ? 0L : java.time.temporal.ChronoUnit.DAYS.between(i.due, e.getDate()), i.due == null ? "-" : i.due);
    }
    return fulfil(i, e, MonitorCode.DELETION_WITHOUT_DUTY, MonitorCode.DELETION_DONE, e.getDate());
  }
}
