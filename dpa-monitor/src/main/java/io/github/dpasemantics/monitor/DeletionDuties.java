package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.event.DataScope;
import io.github.dpasemantics.model.event.DeletionCompleted;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.event.LegalRetentionDeclared;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 9.1 and 9.2, deletion: Customer's request to delete Customer Personal Data following the
 * termination of the Agreement is met within 60 days (9.1; a request made before the end takes
 * effect at the end under the default reading); data that law requires Segment to retain may be
 * kept, and stays subject to the Addendum (9.2). Due dates are {@code Deletion}'s.
 */
final class DeletionDuties {
  private final Engine engine;

  DeletionDuties(Engine engine) {
    this.engine = engine;
  }

  /** Registers the steps of 9.1 and 9.2 in the dispatch table. */
  static void register(Dispatch.Registry on) {
    on.special(DeletionRequested.class, "9.1", (engine, e) -> engine.deletions.onDeletionRequested(e));
    on.special(LegalRetentionDeclared.class, "9.2", (engine, e) -> engine.deletions.onLegalRetentionDeclared(e));
    on.special(DeletionCompleted.class, "9.1", (engine, e) -> engine.deletions.onDeletionCompleted(e));
  }

  AccountBuilder onDeletionRequested(DeletionRequested e) {
    WorkingObligation existing = engine.deletion;
    if (existing != null) {
      return engine.unmatched(MonitorCode.DELETION_ALREADY_REQUESTED, existing.createdOn);
    }
    LocalDate r = e.getDate();
    LocalDate t = engine.end;
    boolean following = t != null && !r.isBefore(t);
    // an early request with no known end is asked about as if the Agreement ended the next day
    Optional<LocalDate> due = engine.rules.deletionDueDate(r, t == null ? r.plusDays(1) : t);
    if (due.isEmpty()) {
      return engine.deletionSurvives ? engine.unmatched(MonitorCode.DELETION_EARLY_REQUEST_IGNORED, r)
          : engine.unmatched(MonitorCode.DELETION_ENDS_WITH_ADDENDUM, t == null ? "its end" : t);
    }
    WorkingObligation i;
    if (following && t != null) {
      i = engine.create(ObligationKind.DELETION, null, e, ObligationState.ACTIVE, MonitorCode.DELETION_OWED, r, t);
    } else {
      i = engine.create(ObligationKind.DELETION, null, e, ObligationState.CREATED, MonitorCode.DELETION_PENDING, r);
      i.activation = t;
    }
    if (t != null) {
      i.due = due.get();
      i.basis = rules -> rules.deletionDue(r, t);
    }
    engine.deletion = i;
    return engine.account;
  }

  AccountBuilder onLegalRetentionDeclared(LegalRetentionDeclared e) {
    engine.retention = e;
    WorkingObligation i = engine.deletion;
    if (i != null) {
      i.advance(e.getDate());
    }
    if (i != null && i.state.isOpen() && e.getScope() == DataScope.ALL && !Rules.isDeletionRequired(true)) {
      i.basis = rules -> Rules.deletionRequired(true);
      engine.move(i, ObligationState.DISCHARGED, e, EffectKind.DISCHARGED, MonitorCode.RETENTION_DISCHARGES, e.getDate(),
          e.getLegalBasis());
      return engine.account;
    }
    String scope = e.getScope() == DataScope.ALL ? "all" : "part";
    return i == null ? engine.recorded("retention", MonitorCode.RETENTION_RECORDED, e.getDate(), e.getLegalBasis(), scope)
        : engine.recorded(i, MonitorCode.RETENTION_RECORDED, e.getDate(), e.getLegalBasis(), scope);
  }

  AccountBuilder onDeletionCompleted(DeletionCompleted e) {
    if (e.getScope() == DataScope.ALL && engine.allDeletedOn == null) {
      engine.allDeletedOn = e.getDate();
    }
    WorkingObligation i = engine.deletion;
    if (i == null) {
      return engine.unmatched(MonitorCode.DELETION_WITHOUT_DUTY, e.getDate());
    }
    i.advance(e.getDate());
    LegalRetentionDeclared kept = engine.retention;
    boolean complete = e.getScope() == DataScope.ALL || (kept != null && !kept.getDate().isAfter(e.getDate()));
    if (!complete) {
      return engine.recorded(i, MonitorCode.DELETION_PARTIAL, e.getDate());
    }
    if (i.state == ObligationState.VIOLATED && i.lateDone == null) {
      return engine.fulfil(ObligationKind.DELETION, i, e, MonitorCode.DELETION_WITHOUT_DUTY, MonitorCode.DELETION_DONE_LATE, e.getDate(),
          i.due == null ? 0L : java.time.temporal.ChronoUnit.DAYS.between(i.due, e.getDate()), i.due == null ? "-" : i.due);
    }
    return engine.fulfil(ObligationKind.DELETION, i, e, MonitorCode.DELETION_WITHOUT_DUTY, MonitorCode.DELETION_DONE, e.getDate());
  }
}
