package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.InvestigationDelayEnded;
import io.github.dpasemantics.model.event.InvestigationDelayStarted;
import io.github.dpasemantics.model.event.LawProhibitsNotice;
import io.github.dpasemantics.model.event.NotificationDelayRequested;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.SecurityEventDetected;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 2.9 and 7.3, Security Incidents: a confirmed Security Incident (2.9; a port scan or another
 * unsuccessful attempt is not one) is notified to Customer "without undue delay"; the notice may
 * be delayed at a law enforcement agency's request or while Segment investigates or remediates
 * (7.3), and a legal prohibition of a notice (7.3, A.1.4, A.2.2.4) pauses it, even when it was held
 * before the duty arose. The judgement of a delay is {@code Security.noticeDelay}'s. This file
 * holds what the text makes special (which security events create the duty, the delay grounds,
 * the prohibitions); the notice is created and performed on the generic path
 * ({@link GenericLifecycle}).
 */
final class IncidentDuties {
  private final Engine engine;

  IncidentDuties(Engine engine) {
    this.engine = engine;
  }

  /**
   * Registers the steps of 2.9 and 7.3 (and the prohibitions of A.1.4 and A.2.2.4 notices) in the
   * dispatch table; {@code IncidentNotified} performs the notice on the generic path.
   */
  static void register(Dispatch.Registry on) {
    on.special(SecurityEventDetected.class, "7.3", (engine, e) -> engine.incidents.onSecurityEventDetected(e));
    on.special(SecurityEventConfirmed.class, "2.9, 7.3", (engine, e) -> engine.incidents.onSecurityEventConfirmed(e));
    on.special(NotificationDelayRequested.class, "7.3", (engine, e) -> engine.incidents.onNotificationDelayRequested(e));
    on.special(InvestigationDelayStarted.class, "7.3", (engine, e) -> engine.incidents.onInvestigationDelayStarted(e));
    on.special(InvestigationDelayEnded.class, "7.3", (engine, e) -> engine.incidents.onInvestigationDelayEnded(e));
    on.special(LawProhibitsNotice.class, "7.3, A.1.4, A.2.2.4", (engine, e) -> engine.incidents.onLawProhibitsNotice(e));
  }

  AccountBuilder onSecurityEventDetected(SecurityEventDetected e) {
    return engine.recorded("incident:" + e.getIncidentId(), MonitorCode.INCIDENT_NOT_CONFIRMED, e.getIncidentId());
  }

  AccountBuilder onSecurityEventConfirmed(SecurityEventConfirmed e) {
    String id = e.getIncidentId();
    WorkingObligation existing = engine.lookup(ObligationKind.INCIDENT_NOTICE, id);
    if (existing != null) {
      return engine.unmatched(MonitorCode.INCIDENT_ALREADY_CONFIRMED, id, existing.createdOn);
    }
    if (!engine.rules.isSecurityIncident(e)) {
      engine.account.unmatched();
      engine.because(MonitorCode.NOT_A_SECURITY_INCIDENT, id, e.getNature());
      return engine.account;
    }
    if (!engine.rules.concernsThisCustomer(e)) {
      engine.account.unmatched();
      engine.because(MonitorCode.INCIDENT_NOT_THIS_CUSTOMERS, id, e.getWhoseData());
      return engine.account;
    }
    if (!engine.mayCreateProtection(e)) {
      return engine.account;
    }
    WorkingObligation i = engine.lifecycle.create(ObligationKind.INCIDENT_NOTICE, e);
    i.basis = rules -> rules.securityIncident(e);
    return engine.account;
  }

  AccountBuilder onNotificationDelayRequested(NotificationDelayRequested e) {
    engine.suspend(ObligationKind.INCIDENT_NOTICE, engine.find(ObligationKind.INCIDENT_NOTICE, e.getIncidentId(), e.getDate()), e, WorkingObligation.Pause.LAW_ENFORCEMENT,
        e.getUntil().orElse(null), "a delay requested by law enforcement is not an undue delay");
    return engine.account;
  }

  AccountBuilder onInvestigationDelayStarted(InvestigationDelayStarted e) {
    engine.suspend(ObligationKind.INCIDENT_NOTICE, engine.find(ObligationKind.INCIDENT_NOTICE, e.getIncidentId(), e.getDate()), e, WorkingObligation.Pause.INVESTIGATION, null,
        "a delay in light of Segment's legitimate needs to investigate or remediate is not an undue delay");
    return engine.account;
  }

  AccountBuilder onInvestigationDelayEnded(InvestigationDelayEnded e) {
    WorkingObligation i = engine.find(ObligationKind.INCIDENT_NOTICE, e.getIncidentId(), e.getDate());
    if (i == null || i.state != ObligationState.SUSPENDED || !i.isPausedFor(WorkingObligation.Pause.INVESTIGATION)) {
      return engine.unmatchedAbout(ObligationKind.INCIDENT_NOTICE, MonitorCode.NO_INVESTIGATION_DELAY, e.getIncidentId());
    }
    if (i.unpause(WorkingObligation.Pause.INVESTIGATION, e.getDate())) {
      engine.move(i, ObligationState.ACTIVE, e, EffectKind.RESUMED, MonitorCode.NOTICE_DELAY_ENDED, i.subjectOrId(), e.getDate());
    } else {
      engine.effect(EffectKind.RECORDED, i);
      engine.because(MonitorCode.NOTICE_STILL_PAUSED, i.subjectOrId(), e.getDate());
    }
    return engine.account;
  }

  AccountBuilder onLawProhibitsNotice(LawProhibitsNotice e) {
    ObligationKind kind = switch (e.getNotice()) {
      case INCIDENT_NOTICE -> ObligationKind.INCIDENT_NOTICE;
      case LEGAL_REQUIREMENT_NOTICE -> ObligationKind.LEGAL_REQUIREMENT_NOTICE;
      case AUDIT_FINDINGS -> ObligationKind.NON_COMPLIANCE_NOTICE;
    };
    WorkingObligation i = engine.find(kind, e.getReference(), e.getDate());
    if (kind == ObligationKind.NON_COMPLIANCE_NOTICE) {
      return auditFindingsWithheld(e, i);
    }
    if (i == null) {
      // the duty may arise later the same day (a discovery ranks after the prohibition) or later on
      engine.held.put(new Engine.Notice(kind, e.getReference()), e);
      return heldProhibition(e);
    }
    engine.suspend(kind, i, e, WorkingObligation.Pause.PROHIBITION, e.getUntil().orElse(null), "the law prohibits the notice (" + e.getNotice().getClause() + ")");
    return engine.account;
  }

  /**
   * A.2.2.4: "unless prohibited by EU Data Protection Law or otherwise instructed by a supervisory
   * authority" follows the whole sentence, so a prohibition of an audit's findings pauses the
   * non-compliance notice and the sharing of every report of that audit, and is held, while it
   * runs, for findings discovered and reports generated later.
   */
  private AccountBuilder auditFindingsWithheld(LawProhibitsNotice e, @Nullable WorkingObligation notice) {
    engine.held.put(new Engine.Notice(ObligationKind.NON_COMPLIANCE_NOTICE, e.getReference()), e);
    List<WorkingObligation> reports = new ArrayList<>();
    for (String report : engine.reportsOfAudit.getOrDefault(e.getReference(), List.of())) {
      WorkingObligation r = engine.find(ObligationKind.AUDIT_REPORT_SHARING, report, e.getDate());
      if (r != null && r.state.isOpen()) {
        reports.add(r);
      }
    }
    boolean noticeOpen = notice != null && notice.state.isOpen();
    if (notice != null && (noticeOpen || reports.isEmpty())) {
      // an open notice is paused; a finished one, with no report to withhold, leaves the event unmatched
      engine.suspend(ObligationKind.NON_COMPLIANCE_NOTICE, notice, e, WorkingObligation.Pause.PROHIBITION, e.getUntil().orElse(null), "the notice is prohibited (" + e.getNotice().getClause() + ")");
    }
    for (WorkingObligation r : reports) {
      engine.suspend(ObligationKind.AUDIT_REPORT_SHARING, r, e, WorkingObligation.Pause.PROHIBITION, e.getUntil().orElse(null), "sharing the audit's reports is prohibited ("
          + e.getNotice().getClause() + ")");
    }
    return notice == null && reports.isEmpty() ? heldProhibition(e) : engine.account;
  }

  /** Records a prohibition whose duty has not arisen yet: held until it does (see {@link #applyHeld}). */
  private AccountBuilder heldProhibition(LawProhibitsNotice e) {
    engine.account.add(EffectKind.RECORDED, "prohibition:" + e.getReference(), e.getNotice().getClause());
    engine.because(MonitorCode.NOTICE_PROHIBITION_HELD, e.getNotice().getClause(), e.getReference(), e.getDate(),
        e.getUntil().map(u -> "until " + u).orElse("with no end date"));
    return engine.account;
  }

  /**
   * A duty of a kind a law may keep from being notified has just been created: a prohibition
   * of it received earlier, and still in force on the creation date, suspends it at once (with
   * the prohibition's end date, if any). The prohibition is used up.
   */
  void applyHeld(WorkingObligation i, DpaEvent e) {
    String subject = i.subject;
    LawProhibitsNotice p;
    if (subject == null) {
      return;
    } else if (i.kind == ObligationKind.AUDIT_REPORT_SHARING || i.kind == ObligationKind.NON_COMPLIANCE_NOTICE) {
      // A.2.2.4: an instruction about an audit's findings covers its notice and every report while in force
      String audit = i.kind == ObligationKind.AUDIT_REPORT_SHARING ? engine.auditOfReport.get(subject) : subject;
      p = audit == null ? null : engine.held.get(new Engine.Notice(ObligationKind.NON_COMPLIANCE_NOTICE, audit));
    } else {
      p = engine.held.remove(new Engine.Notice(i.kind, subject));
    }
    if (p == null) {
      return;
    }
    LocalDate until = p.getUntil().orElse(null);
    if (until != null && until.isBefore(e.getDate())) {
      return; // the prohibition ended before the duty arose: nothing to excuse
    }
    i.pause(WorkingObligation.Pause.PROHIBITION, until);
    Object[] args = {i.subjectOrId(), e.getDate(), "the law prohibits the notice (" + p.getNotice().getClause()
        + "), as declared on " + p.getDate() + " by " + p.getId() + ", before the duty arose"};
    i.move(ObligationState.SUSPENDED, p.getId(), e.getDate(), MonitorCode.NOTICE_DELAY, args);
    engine.effect(EffectKind.SUSPENDED, i);
  }
}
