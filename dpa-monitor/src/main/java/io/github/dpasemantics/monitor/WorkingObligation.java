package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.time.DeadlineRule;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The monitor's mutable working copy of one obligation instance. Only the engine changes it; a
 * {@link ContractState} turns it into an immutable {@link ObligationInstance}. Time-driven steps
 * (activation on a known date, the end of a time-limited pause, a due date passing) are applied
 * by {@link #advance(LocalDate)}, which the engine calls before an event touches the instance and
 * a snapshot applies to a copy, so both see the same lifecycle.
 */
final class WorkingObligation implements Target {
  private static final Object[] NO_VALUES = new Object[0];

  /** Why a notice duty is paused: each ground the text gives for not notifying yet. */
  enum Pause {
    /** 7.3: a law enforcement agency asked Segment to delay the notice. */
    LAW_ENFORCEMENT,
    /** 7.3: Segment's legitimate needs to investigate or remediate the Security Incident. */
    INVESTIGATION,
    /** 7.3, A.1.4, A.2.2.4: a law prohibits the notice (or, for A.2.2.4, the sharing of an audit's reports). */
    PROHIBITION
  }

  final ObligationKind kind;
  final @Nullable String subject;
  final String createdBy;
  final LocalDate createdOn;
  /** The instance id, {@code clause@creatingEvent[:subject]}. */
  private final String id;
  ObligationState state;
  /** The reason for the current state: its code and the values that fill the code's template. */
  MonitorCode why;
  Object[] args;
  /** The policy decision behind the current state, if one stands behind it ({@link Basis}: why it is a function of the rules). */
  @Nullable Basis basis;
  @Nullable String movedBy;
  LocalDate movedOn;
  DeadlineRule rule;
  @Nullable LocalDate activation;
  @Nullable LocalDate due;
  @Nullable LocalDate lateDone;
  /** What pauses the instance recorded (7.3, A.1.4, A.2.2.4); null until it is first paused, as most never are. */
  private @Nullable Pauses pauses;
  /** Streaming mode: handed to the sink and dropped from the live instances. */
  boolean retired;
  /** Streaming: the day it was retired (forgetting counts from it). */
  @Nullable LocalDate retiredOn;
  /** Since when the instance is suspended (while it is). */
  @Nullable LocalDate suspendedOn;
  /** The days the instance spent suspended, up to the last time it left suspension (see {@link Timeliness}). */
  long excusedDays;

  WorkingObligation(ObligationKind kind, @Nullable String subject, String createdBy, LocalDate createdOn, ObligationState state,
      MonitorCode why, Object[] args) {
    this.kind = kind;
    this.id = idOf(kind, createdBy, subject);
    this.why = why;
    this.args = why.checked(args);
    this.subject = subject;
    this.createdBy = createdBy;
    this.createdOn = createdOn;
    this.state = state;
    this.movedBy = createdBy;
    this.movedOn = createdOn;
    this.rule = kind.getDeadlineRule();
  }

  private WorkingObligation(WorkingObligation from) {
    this.kind = from.kind;
    this.id = from.id;
    this.subject = from.subject;
    this.createdBy = from.createdBy;
    this.createdOn = from.createdOn;
    this.state = from.state;
    this.why = from.why;
    this.args = from.args;
    this.basis = from.basis;
    this.movedBy = from.movedBy;
    this.movedOn = from.movedOn;
    this.rule = from.rule;
    this.activation = from.activation;
    this.due = from.due;
    this.lateDone = from.lateDone;
    this.retired = from.retired;
    this.retiredOn = from.retiredOn;
    this.suspendedOn = from.suspendedOn;
    this.excusedDays = from.excusedDays;
    Pauses p = from.pauses;
    this.pauses = p == null ? null : p.copy();
  }

  /** A copy that changes independently of this instance (its reason's values are never changed, so shared). */
  WorkingObligation copy() {
    return new WorkingObligation(this);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public ClauseId clause() {
    return kind.getClause();
  }

  /** The id of an instance of {@code kind} created by the event {@code createdBy} about {@code subject}. */
  static String idOf(ObligationKind kind, String createdBy, @Nullable String subject) {
    return Target.idOf(kind.getClause().toString(), createdBy, subject);
  }

  /**
   * Whether nothing can change this instance any more: fulfilled or discharged, or violated with
   * nothing left to happen (no due date, or performed late). {@code waiting} is true for a 6.3
   * notice whose first processing has not happened yet (it can still turn a fulfilled notice
   * into a violation). A final instance also looks the same as of any later date.
   */
  boolean isFinal(boolean waiting) {
    if (state == ObligationState.DISCHARGED) {
      return true;
    }
    if (state == ObligationState.FULFILLED) {
      return !waiting;
    }
    return state == ObligationState.VIOLATED && !waiting && (due == null || lateDone != null);
  }

  /**
   * Drops what a final instance no longer needs once its view went to the sink: its reason's
   * values and the decision behind it (streaming mode). What stays answers later events about it; a
   * paused notice keeps its small record of pauses (the grounds a view of it judges a delay by).
   */
  void release() {
    args = NO_VALUES;
    basis = null;
    activation = null;
  }

  void move(ObligationState to, @Nullable String by, LocalDate on, MonitorCode code, Object[] reasonArgs) {
    LocalDate since = suspendedOn;
    if (state == ObligationState.SUSPENDED && to != ObligationState.SUSPENDED && since != null) {
      excusedDays += Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(since, on));
      suspendedOn = null;
    } else if (to == ObligationState.SUSPENDED && state != ObligationState.SUSPENDED) {
      suspendedOn = on;
    }
    state = to;
    movedBy = by;
    movedOn = on;
    why = code;
    args = code.checked(reasonArgs);
  }

  /** Applies the steps that happen by the passing of time, up to the start of day {@code date}. */
  void advance(LocalDate date) {
    if (state == ObligationState.CREATED && activation != null && !activation.isAfter(date)) {
      move(ObligationState.ACTIVE, null, activation, MonitorCode.DELETION_ACTIVATED,
          new Object[] {activation, createdOn});
    }
    if (state == ObligationState.SUSPENDED) {
      LocalDate resumed = resumedOn(date);
      if (resumed != null) {
        move(ObligationState.ACTIVE, null, resumed, MonitorCode.NOTICE_DELAY_ENDED, new Object[] {subjectOrId(), resumed});
      }
    }
    LocalDate d = due;
    if (state == ObligationState.ACTIVE && d != null && d.isBefore(date)) {
      move(ObligationState.VIOLATED, null, d.plusDays(1), MonitorCode.OVERDUE, new Object[] {d});
    }
  }

  String subjectOrId() {
    return subject == null ? id() : subject;
  }

  /**
   * The pauses of a notice: the grounds running (while any runs, the instance is suspended), the
   * last day of each running pause that ends by itself (a request or prohibition with an end date),
   * and every ground the instance was ever paused for (7.3 judges a delay by them).
   */
  private static final class Pauses {
    final EnumSet<Pause> running = EnumSet.noneOf(Pause.class);
    final EnumMap<Pause, LocalDate> until = new EnumMap<>(Pause.class);
    final EnumSet<Pause> ever = EnumSet.noneOf(Pause.class);

    Pauses copy() {
      Pauses c = new Pauses();
      c.running.addAll(running);
      c.until.putAll(until);
      c.ever.addAll(ever);
      return c;
    }
  }

  /** Whether a pause for {@code ground} is running. */
  boolean isPausedFor(Pause ground) {
    Pauses p = pauses;
    return p != null && p.running.contains(ground);
  }

  /** Whether the instance was ever paused for {@code ground} ({@link Timeliness} judges a 7.3 delay by it). */
  boolean wasPausedFor(Pause ground) {
    Pauses p = pauses;
    return p != null && p.ever.contains(ground);
  }

  /**
   * The day a suspension ends by time: the day after the last running pause ends, if every running
   * pause has an end date before {@code date}; else null (a pause without an end date runs until an
   * event ends it).
   */
  @Nullable LocalDate resumedOn(LocalDate date) {
    Pauses p = pauses;
    if (p == null || p.running.isEmpty()) {
      return null;
    }
    LocalDate last = null;
    for (Pause ground : p.running) {
      LocalDate u = p.until.get(ground);
      if (u == null || !u.isBefore(date)) {
        return null;
      }
      last = last == null || u.isAfter(last) ? u : last;
    }
    return last == null ? null : last.plusDays(1);
  }

  /** Starts (or renews) a pause for {@code ground}, ending by itself after {@code until} if that is given. */
  void pause(Pause ground, @Nullable LocalDate until) {
    Pauses p = pauses;
    if (p == null) {
      p = new Pauses();
      pauses = p;
    }
    p.running.add(ground);
    p.ever.add(ground);
    if (until != null) {
      p.until.put(ground, until);
    } else {
      p.until.remove(ground);
    }
  }

  /** Ends the pause for {@code ground}, and any pause that ran out by itself before {@code date}; true if none is left. */
  boolean unpause(Pause ground, LocalDate date) {
    Pauses p = Objects.requireNonNull(pauses, "WorkingObligation.unpause: the instance was never paused");
    p.running.remove(ground);
    p.running.removeIf(g -> p.until.containsKey(g) && p.until.get(g).isBefore(date));
    return p.running.isEmpty();
  }
}
