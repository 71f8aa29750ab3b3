package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.time.DeadlineRule;
import java.time.LocalDate;
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

  static final int LAW_ENFORCEMENT = 0;
  static final int INVESTIGATION = 1;
  static final int PROHIBITED = 2;

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
  int pauses;
  /** Streaming mode: handed to the sink and dropped from the live instances. */
  boolean retired;
  /** Streaming: the day it was retired (forgetting counts from it). */
  @Nullable LocalDate retiredOn;
  @Nullable LocalDate @Nullable [] pauseUntil;
  /** Since when the instance is suspended (while it is). */
  @Nullable LocalDate suspendedOn;
  /** The days the instance spent suspended, up to the last time it left suspension (see {@link Timeliness}). */
  long excusedDays;
  /** Every kind of pause the instance ever had, one bit per kind. */
  int pausesEver;

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
    this.pauses = from.pauses;
    this.retired = from.retired;
    this.retiredOn = from.retiredOn;
    this.suspendedOn = from.suspendedOn;
    this.excusedDays = from.excusedDays;
    this.pausesEver = from.pausesEver;
    this.pauseUntil = from.pauseUntil == null ? null : from.pauseUntil.clone();
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
   * values, the decision behind it and its pause dates (streaming mode). What stays answers later events about it.
   */
  void release() {
    args = NO_VALUES;
    basis = null;
    pauseUntil = null;
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

  /** The day a suspension ends by time, if every running pause has an end date before {@code date}. */
  @Nullable LocalDate resumedOn(LocalDate date) {
    LocalDate @Nullable [] until = pauseUntil;
    if (until == null) {
      return null;
    }
    LocalDate last = null;
    for (int i = 0; i < 3; i++) {
      if ((pauses & (1 << i)) != 0) {
        LocalDate u = until[i];
        if (u == null || !u.isBefore(date)) {
          return null;
        }
        last = last == null || u.isAfter(last) ? u : last;
      }
    }
    return last == null ? null : last.plusDays(1);
  }

  /** Whether the instance was ever paused for {@code kind}. */
  boolean hadPause(int kind) {
    return (pausesEver & (1 << kind)) != 0;
  }

  void pause(int kind, @Nullable LocalDate until) {
    pauses |= 1 << kind;
    pausesEver |= 1 << kind;
    LocalDate @Nullable [] u = pauseUntil;
    if (u == null) {
      u = new LocalDate[3];
      pauseUntil = u;
    }
    u[kind] = until;
  }

  /** Ends one pause, and any time-limited pause that ran out before {@code date}; true if none is left. */
  boolean unpause(int kind, LocalDate date) {
    pauses &= ~(1 << kind);
    LocalDate @Nullable [] until = pauseUntil;
    if (until != null) {
      for (int i = 0; i < 3; i++) {
        LocalDate u = until[i];
        if (u != null && u.isBefore(date)) {
          pauses &= ~(1 << i);
        }
      }
    }
    return pauses == 0;
  }
}
