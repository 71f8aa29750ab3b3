package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Reason;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Turns an engine's working state into an immutable {@link ContractState} as of a date, without changing the engine. */
final class Snapshot {
  private Snapshot() {}

  static ContractState of(Engine engine, LocalDate asOf) {
    return of(engine, asOf, engine.accounts);
  }

  /** As {@link #of(Engine, LocalDate)}, with the accounts kept outside the engine (the fold keeps them in its state). */
  static ContractState of(Engine engine, LocalDate asOf, List<EventAccount> accounts) {
    List<ObligationInstance> obligations = new ArrayList<>(engine.instances.size());
    List<UpcomingDeadline> deadlines = new ArrayList<>();
    for (WorkingObligation live : engine.instances) {
      WorkingObligation i = live.copy();
      i.advance(asOf);
      ObligationInstance o = view(i, asOf, engine.rules);
      obligations.add(o);
      LocalDate due = i.due;
      if (i.state.isOpen() && due != null && !due.isBefore(asOf)) {
        deadlines.add(new UpcomingDeadline(due, UpcomingDeadline.Kind.OBLIGATION_DUE, i.kind.getClause(), i.id(),
            i.kind.getDuty()));
      }
    }
    LocalDate end = engine.end;
    boolean inForce = engine.isInForce(asOf);
    List<OpenRight> rights = new ArrayList<>();
    for (Right r : engine.rights) {
      if (!r.isOpenOn(asOf) || (end != null && asOf.isAfter(end))) {
        continue;
      }
      LocalDate lapses = r.lapsesAfter;
      if (end != null && (lapses == null || end.isBefore(lapses))) {
        lapses = end;
      }
      rights.add(new OpenRight(r.id(), r.kind, r.subject, r.openedBy.getId(), r.opensOn, lapses,
          rightDecision(r.kind, r.why, r.args, r.basis, engine.rules)));
    }
    addAudit(engine, asOf, inForce, end, rights);
    addDeletionRequest(engine, asOf, end, rights);
    for (OpenRight r : rights) {
      r.getLapsesAfter().ifPresent(d -> deadlines.add(
          new UpcomingDeadline(d, UpcomingDeadline.Kind.RIGHT_LAPSES, r.getClause(), r.getId(), r.getKind().getPower())));
    }
    deadlines.sort(UpcomingDeadline.ORDER);
    return new ContractState(engine.contract.getId(), asOf, inForce, Optional.ofNullable(end), obligations, rights, deadlines,
        accounts);
  }

  private static void addAudit(Engine engine, LocalDate asOf, boolean inForce, @Nullable LocalDate end, List<OpenRight> rights) {
    if (!engine.annexA || !inForce) {
      return;
    }
    int year = asOf.getYear();
    List<LocalDate> used = engine.auditDates.getOrDefault(year, new ArrayList<>());
    if (!engine.rules.isAuditAllowed(asOf, used, true)) {
      return;
    }
    LocalDate jan1 = LocalDate.of(year, Month.JANUARY, 1);
    LocalDate dec31 = LocalDate.of(year, Month.DECEMBER, 31);
    LocalDate opens = engine.effective.isAfter(jan1) ? engine.effective : jan1;
    LocalDate lapses = end != null && end.isBefore(dec31) ? end : dec31;
    List<LocalDate> earlier = List.copyOf(used);
    rights.add(new OpenRight("A.2.2.2-audit:" + year, RightKind.AUDIT, null, null, opens, lapses,
        rightDecision(RightKind.AUDIT, MonitorCode.AUDIT_OPEN, new Object[] {year, lapses},
            rules -> rules.auditAllowed(asOf, earlier, true), engine.rules)));
  }

  private static void addDeletionRequest(Engine engine, LocalDate asOf, @Nullable LocalDate end, List<OpenRight> rights) {
    if (end == null || asOf.isBefore(end) || engine.deletion != null
        || engine.rules.deletionDueDate(asOf, end).isEmpty()) {
      return;
    }
    io.github.dpasemantics.model.event.DpaEvent ender = engine.endEvent;
    rights.add(new OpenRight("9.1-request", RightKind.REQUEST_DELETION, null, ender == null ? null : ender.getId(), end, null,
        rightDecision(RightKind.REQUEST_DELETION, MonitorCode.REQUEST_DELETION_OPEN, new Object[] {end},
            rules -> rules.deletionDue(asOf, end), engine.rules)));
  }

  /** The immutable view of {@code i} as of {@code asOf}; {@code rules}, its contract's, decide its basis when shown. */
  static ObligationInstance view(WorkingObligation i, LocalDate asOf, Rules rules) {
    LocalDate due = i.due;
    long missed = 0;
    if (i.state == ObligationState.VIOLATED && due != null) {
      LocalDate done = i.lateDone;
      missed = ChronoUnit.DAYS.between(due, done == null ? asOf : done);
    }
    // the id and the Decision are built when asked for, from these facts (not from the working
    // copy, which moves on)
    return new ObligationInstance(i.kind, i.subject, i.createdBy, i.createdOn, i.state, i.movedBy, i.movedOn, i.rule, due,
        missed, Timeliness.of(i, asOf), i.why, i.args, i.basis, rules);
  }

  static Decision<ObligationState> decision(ObligationKind kind, ObligationState state, MonitorCode why, Object[] args,
      @Nullable Basis basis, Rules rules) {
    Decision.Builder<ObligationState> d = Decision.builder("ContractMonitor." + kind.name(), state);
    d.reason(why.reason(kind.getClause(), args));
    if (basis != null) {
      copy(basis.decide(rules), d);
    }
    return d.build();
  }

  private static <T> void copy(Decision<?> basis, Decision.Builder<T> d) {
    for (Reason r : basis.getReasons()) {
      d.reason(r);
    }
    for (Interpretation i : basis.getInterpretations()) {
      d.reading(i);
    }
    basis.getWindow().ifPresent(d::window);
  }

  static Decision<Boolean> rightDecision(RightKind kind, MonitorCode why, Object[] args,
      @Nullable Basis basis, Rules rules) {
    Decision.Builder<Boolean> d = Decision.builder("ContractMonitor." + kind.name(), Boolean.TRUE);
    d.reason(why.reason(kind.getClause(), args));
    if (basis != null) {
      copy(basis.decide(rules), d);
    }
    return d.build();
  }
}
