package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.event.AuditReportGenerated;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.event.AuditorAppointed;
import io.github.dpasemantics.model.event.AuditorObjected;
import io.github.dpasemantics.model.event.NoMaterialChangeConfirmed;
import io.github.dpasemantics.model.event.ThirdPartyReportIssued;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A.2.2, audits: Customer may audit once per calendar year (A.2.2.2), unless a third-party report
 * issued within the 12 months before the request answers it (then a written response is owed, or
 * no material change is confirmed); Segment may object to an auditor (A.2.2.3); a non-compliance
 * found is notified "promptly", and each audit report shared, unless a supervisory authority or EU
 * law prohibits it (A.2.2.4); the auditor's time is reimbursed (A.2.2.5). Each judgement is asked
 * of {@code Audits} through {@link Rules}.
 *
 * <p>This file holds what the text makes special: the once-a-year audit and the report in lieu
 * (A.2.2.2), the objection to an auditor (A.2.2.3) and the reports of each audit (A.2.2.4, which a
 * prohibition of notice names by audit). Creating and performing the written response, the
 * non-compliance notice, the report sharing and the reimbursement is the generic path
 * ({@link GenericLifecycle}).
 */
final class AuditDuties {
  private final Engine engine;

  AuditDuties(Engine engine) {
    this.engine = engine;
  }

  /**
   * Registers the steps of A.2.2 the text makes special in the dispatch table; the written
   * response, the non-compliance notice, the report sharing and the reimbursement are otherwise
   * created and performed on the generic path.
   */
  static void register(Dispatch.Registry on) {
    on.special(ThirdPartyReportIssued.class, "A.2.2.1", (engine, e) -> engine.auditDuties.onThirdPartyReportIssued(e));
    on.special(AuditRequested.class, "A.2.2.2", (engine, e) -> engine.auditDuties.onAuditRequested(e));
    on.special(NoMaterialChangeConfirmed.class, "A.2.2.2", (engine, e) -> engine.auditDuties.onNoMaterialChangeConfirmed(e));
    on.special(AuditorAppointed.class, "A.2.2.3", (engine, e) -> engine.auditDuties.onAuditorAppointed(e));
    on.special(AuditorObjected.class, "A.2.2.3", (engine, e) -> engine.auditDuties.onAuditorObjected(e));
    on.special(AuditReportGenerated.class, "A.2.2.4", (engine, e) -> engine.auditDuties.onAuditReportGenerated(e));
  }

  AccountBuilder onThirdPartyReportIssued(ThirdPartyReportIssued e) {
    engine.reports.put(e.getReportId(), e.getDate());
    return engine.recorded("report:" + e.getReportId(), MonitorCode.REPORT_ISSUED, e.getReportId(), e.getDate());
  }

  AccountBuilder onAuditRequested(AuditRequested e) {
    if (!engine.annexA) {
      return engine.unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
    }
    String id = e.getAuditId();
    if (engine.audits.contains(id)) {
      return engine.unmatched(MonitorCode.AUDIT_REPEATED, id);
    }
    if (!engine.mayCreate(e)) {
      return engine.account;
    }
    Integer year = Integer.valueOf(e.getAuditYear());
    ArrayList<LocalDate> thisYear = engine.auditDates.computeIfAbsent(year, y -> new ArrayList<>(1));
    LocalDate d = e.getDate();
    if (!engine.rules.isAuditAllowed(d, thisYear, engine.annexA)) {
      engine.account.unmatched();
      engine.because(MonitorCode.AUDIT_REQUEST_REFUSED, id, year);
      return engine.account;
    }
    List<LocalDate> before = List.copyOf(thisYear);
    thisYear.add(d);
    engine.audits.add(id);
    WorkingObligation i = engine.lifecycle.create(ObligationKind.AUDIT_RESPONSE, e);
    boolean annexA = engine.annexA;
    i.basis = rules -> rules.auditAllowed(d, before, annexA);
    return engine.account;
  }


  AccountBuilder onNoMaterialChangeConfirmed(NoMaterialChangeConfirmed e) {
    WorkingObligation i = engine.find(ObligationKind.AUDIT_RESPONSE, e.getAuditId(), e.getDate());
    if (i == null) {
      return engine.unmatchedAbout(ObligationKind.AUDIT_RESPONSE, MonitorCode.AUDIT_UNKNOWN, e.getAuditId());
    }
    LocalDate issued = engine.reports.get(e.getReportId());
    if (issued == null) {
      return engine.unmatched(MonitorCode.REPORT_UNKNOWN, e.getReportId());
    }
    if (!i.state.isOpen()) {
      return engine.alreadyFinished(i);
    }
    LocalDate requested = i.createdOn;
    if (!engine.rules.isReportInLieu(issued, requested)) {
      engine.account.unmatched();
      engine.because(MonitorCode.REPORT_NOT_ACCEPTED, e.getAuditId(), e.getReportId(), issued);
      return engine.account;
    }
    i.basis = rules -> rules.reportInLieu(issued, requested);
    engine.move(i, ObligationState.DISCHARGED, e, EffectKind.DISCHARGED, MonitorCode.REPORT_ACCEPTED, e.getAuditId(), e.getReportId(),
        issued);
    return engine.account;
  }

  AccountBuilder onAuditorAppointed(AuditorAppointed e) {
    String key = e.getAuditId();
    WorkingObligation replacement = engine.find(ObligationKind.AUDITOR_REPLACEMENT, key, e.getDate());
    Right previous = engine.auditorRights.get(key);
    if (previous != null && previous.subject != null && previous.subject.equals(e.getAuditor())) {
      return engine.unmatched(MonitorCode.AUDITOR_ALREADY_APPOINTED, e.getAuditor(), key);
    }
    if (replacement != null && replacement.state.isOpen()) {
      engine.move(replacement, ObligationState.FULFILLED, e, EffectKind.FULFILLED, MonitorCode.AUDITOR_REPLACED, e.getAuditor(),
          e.getDate());
    } else if (!engine.mayCreate(e)) {
      return engine.account;
    }
    Right r = new Right(RightKind.OBJECT_TO_AUDITOR, "A.2.2.3-auditor", e.getAuditor(), e,
        e.getDate(), null, MonitorCode.AUDITOR_APPOINTED, new Object[] {e.getAuditor(), e.getDate()});
    r.basis = rules -> Rules.auditorObjectionPossible();
    if (previous != null && previous.closedOn == null) {
      engine.close(previous, e.getDate());
    }
    engine.opened(r);
    engine.auditorRights.put(key, r);
    engine.effect(EffectKind.RIGHT_OPENED, r);
    engine.because(MonitorCode.AUDITOR_APPOINTED, e.getAuditor(), e.getDate());
    return engine.account;
  }

  AccountBuilder onAuditorObjected(AuditorObjected e) {
    Right r = engine.auditorRights.get(e.getAuditId());
    if (r == null || !e.getAuditor().equals(r.subject) || !r.isOpenOn(e.getDate())) {
      return engine.unmatched(MonitorCode.AUDITOR_UNKNOWN, e.getAuditor());
    }
    if (!Rules.isAuditorObjectionAllowed(e.getReason())) {
      engine.account.unmatched();
      engine.because(MonitorCode.AUDITOR_OBJECTION_UNFOUNDED, e.getAuditor());
      return engine.account;
    }
    engine.close(r, e.getDate());
    engine.effect(EffectKind.RIGHT_EXERCISED, r);
    WorkingObligation i = engine.create(ObligationKind.AUDITOR_REPLACEMENT, e.getAuditId(), e, ObligationState.ACTIVE,
        MonitorCode.AUDITOR_OBJECTION_UPHELD, e.getAuditor(), e.getDate());
    i.basis = rules -> Rules.auditorObjection(e.getReason());
    return engine.account;
  }



  AccountBuilder onAuditReportGenerated(AuditReportGenerated e) {
    if (!engine.mayCreate(e)) {
      return engine.account;
    }
    engine.auditOfReport.put(e.getReportId(), e.getAuditId());
    engine.reportsOfAudit.computeIfAbsent(e.getAuditId(), a -> new ArrayList<>()).add(e.getReportId());
    engine.lifecycle.create(ObligationKind.AUDIT_REPORT_SHARING, e);
    return engine.account;
  }



}
