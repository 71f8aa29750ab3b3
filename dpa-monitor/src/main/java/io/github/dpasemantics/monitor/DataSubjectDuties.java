package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.event.AssistanceProvided;
import io.github.dpasemantics.model.event.AssistanceRequested;
import io.github.dpasemantics.model.event.AssistanceSubject;
import io.github.dpasemantics.model.event.DataSubjectRequestReceived;
import io.github.dpasemantics.model.event.DataSubjectRequestRouted;

/**
 * 8 and A.2.1, Data Subject requests and assistance: a request received by Segment is routed to
 * Customer (8; "without delay" under A.2.1.2), and a request for assistance is answered (8). The
 * classification of a request is asked of {@code DataSubjects} through {@link Rules}.
 */
final class DataSubjectDuties {
  private final Engine engine;

  DataSubjectDuties(Engine engine) {
    this.engine = engine;
  }

  AccountBuilder onDataSubjectRequestReceived(DataSubjectRequestReceived e) {
    if (!engine.mayCreate(e)) {
      return engine.account;
    }
    String id = e.getRequestId();
    if (Rules.isUsageDataReferral(e)) {
      if (!engine.annexA) {
        return engine.unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
      }
      engine.create(ObligationKind.USAGE_DATA_REQUEST_REFERRAL, id, e, ObligationState.ACTIVE, MonitorCode.USAGE_DATA_REFERRAL_OWED,
          id, e.getDate());
      return engine.account;
    }
    if (!Rules.isRoutedToCustomer(e)) {
      return engine.recorded("request:" + id, MonitorCode.REQUEST_FOR_CUSTOMER, id);
    }
    engine.create(ObligationKind.DATA_SUBJECT_ROUTING, id, e, ObligationState.ACTIVE, MonitorCode.DATA_SUBJECT_REQUEST_ROUTING, id,
        e.getDate());
    return engine.account;
  }

  AccountBuilder onDataSubjectRequestRouted(DataSubjectRequestRouted e) {
    ObligationKind kind = e.getActor() == io.github.dpasemantics.model.party.PartyKind.CUSTOMER
        ? ObligationKind.USAGE_DATA_REQUEST_REFERRAL : ObligationKind.DATA_SUBJECT_ROUTING;
    return engine.fulfil(engine.find(kind, e.getRequestId(), e.getDate()), e, MonitorCode.REQUEST_UNKNOWN,
        kind == ObligationKind.DATA_SUBJECT_ROUTING ? MonitorCode.DATA_SUBJECT_ADVISED : MonitorCode.USAGE_DATA_REFERRED,
        e.getRequestId(), e.getDate());
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
    WorkingObligation i = engine.create(ObligationKind.DATA_SUBJECT_ASSISTANCE, id, e, ObligationState.ACTIVE, MonitorCode.ASSISTANCE_OWED, id,
        e.getDate());
    i.basis = () -> Rules.assistance(e);
    return engine.account;
  }

  AccountBuilder onAssistanceProvided(AssistanceProvided e) {
    String id = e.getAssistanceId();
    return engine.fulfil(engine.find(ObligationKind.DATA_SUBJECT_ASSISTANCE, id, e.getDate()), e, MonitorCode.REQUEST_UNKNOWN, MonitorCode.ASSISTANCE_PROVIDED, id, e.getDate());
  }
}
