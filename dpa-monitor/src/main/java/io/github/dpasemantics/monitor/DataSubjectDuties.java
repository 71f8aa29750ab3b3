package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.event.AssistanceRequested;
import io.github.dpasemantics.model.event.AssistanceSubject;
import io.github.dpasemantics.model.event.DataSubjectRequestReceived;

/**
 * 8 and A.2.1, Data Subject requests and assistance: what the text makes special is which duty a
 * request creates. A request received by Segment is routed to Customer (8), unless it is an
 * employee's request about Usage Data, which Customer refers to Segment "without delay" (A.2.1.2,
 * only where Annex A applies); assistance is owed only where Customer cannot reasonably fulfil the
 * request through self-service (8), and assistance with an impact assessment is a "may" (A.3).
 * Each classification is asked of {@code DataSubjects} through {@link Rules}; the duties are then
 * created and performed on the generic path ({@link GenericLifecycle}).
 */
final class DataSubjectDuties {
  private final Engine engine;

  DataSubjectDuties(Engine engine) {
    this.engine = engine;
  }

  /**
   * Registers the steps of 8, A.2.1.2 and A.3 that classify a request in the dispatch table; the
   * routing, referral and assistance are performed on the generic path.
   */
  static void register(Dispatch.Registry on) {
    on.special(DataSubjectRequestReceived.class, "8, A.2.1.2", (engine, e) -> engine.dataSubjects.onDataSubjectRequestReceived(e));
    on.special(AssistanceRequested.class, "8, A.3", (engine, e) -> engine.dataSubjects.onAssistanceRequested(e));
  }

  AccountBuilder onDataSubjectRequestReceived(DataSubjectRequestReceived e) {
    if (!engine.mayCreate(e)) {
      return engine.account;
    }
    if (Rules.isUsageDataReferral(e)) {
      if (!engine.annexA) {
        return engine.unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
      }
      engine.lifecycle.create(ObligationKind.USAGE_DATA_REQUEST_REFERRAL, e);
      return engine.account;
    }
    if (!Rules.isRoutedToCustomer(e)) {
      return engine.recorded("request:" + e.getRequestId(), MonitorCode.REQUEST_FOR_CUSTOMER, e.getRequestId());
    }
    engine.lifecycle.create(ObligationKind.DATA_SUBJECT_ROUTING, e);
    return engine.account;
  }

  AccountBuilder onAssistanceRequested(AssistanceRequested e) {
    String id = e.getAssistanceId();
    AssistanceSubject subject = e.getSubject();
    if (subject == AssistanceSubject.IMPACT_ASSESSMENT) {
      return engine.recorded("assistance:" + id, MonitorCode.IMPACT_ASSESSMENT_MAY_ASSIST, id);
    }
    if (!engine.mayCreate(e)) {
      return engine.account;
    }
    if (!Rules.isAssistanceOwed(e)) {
      engine.account.unmatched();
      engine.because(MonitorCode.ASSISTANCE_NOT_OWED, id);
      return engine.account;
    }
    WorkingObligation i = engine.lifecycle.create(ObligationKind.DATA_SUBJECT_ASSISTANCE, e);
    i.basis = rules -> Rules.assistance(e);
    return engine.account;
  }
}
