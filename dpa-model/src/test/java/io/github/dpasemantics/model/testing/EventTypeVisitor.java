package io.github.dpasemantics.model.testing;

import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.AddendumSigned;
import io.github.dpasemantics.model.event.InstructionGiven;
import io.github.dpasemantics.model.event.InstructionAcknowledged;
import io.github.dpasemantics.model.event.LawRequiresOtherProcessing;
import io.github.dpasemantics.model.event.CustomerNotifiedOfLegalRequirement;
import io.github.dpasemantics.model.event.SecurityMeasuresChanged;
import io.github.dpasemantics.model.event.TransferMade;
import io.github.dpasemantics.model.event.PrivacyShieldComplianceLost;
import io.github.dpasemantics.model.event.PrivacyShieldInabilityNotified;
import io.github.dpasemantics.model.event.SubprocessorEngaged;
import io.github.dpasemantics.model.event.SubprocessorAgreementSigned;
import io.github.dpasemantics.model.event.SubprocessorNoticeGiven;
import io.github.dpasemantics.model.event.ObjectionMade;
import io.github.dpasemantics.model.event.GoodFaithDiscussionResolved;
import io.github.dpasemantics.model.event.GoodFaithDiscussionFailed;
import io.github.dpasemantics.model.event.SubprocessorFirstProcessing;
import io.github.dpasemantics.model.event.SecurityEventDetected;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.NotificationDelayRequested;
import io.github.dpasemantics.model.event.InvestigationDelayStarted;
import io.github.dpasemantics.model.event.LawProhibitsNotice;
import io.github.dpasemantics.model.event.InvestigationDelayEnded;
import io.github.dpasemantics.model.event.IncidentNotified;
import io.github.dpasemantics.model.event.DataSubjectRequestReceived;
import io.github.dpasemantics.model.event.DataSubjectRequestRouted;
import io.github.dpasemantics.model.event.AssistanceRequested;
import io.github.dpasemantics.model.event.AssistanceProvided;
import io.github.dpasemantics.model.event.ThirdPartyReportIssued;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.event.AuditorAppointed;
import io.github.dpasemantics.model.event.AuditorObjected;
import io.github.dpasemantics.model.event.NoMaterialChangeConfirmed;
import io.github.dpasemantics.model.event.WrittenResponseProvided;
import io.github.dpasemantics.model.event.NonComplianceDiscovered;
import io.github.dpasemantics.model.event.NonComplianceNotified;
import io.github.dpasemantics.model.event.AuditReportGenerated;
import io.github.dpasemantics.model.event.AuditReportShared;
import io.github.dpasemantics.model.event.AuditTimeInvoiced;
import io.github.dpasemantics.model.event.AuditTimeReimbursed;
import io.github.dpasemantics.model.event.SubprocessorAgreementCopiesRequested;
import io.github.dpasemantics.model.event.SubprocessorAgreementCopiesProvided;
import io.github.dpasemantics.model.event.AgreementTerminated;
import io.github.dpasemantics.model.event.TerminatedForConvenience;
import io.github.dpasemantics.model.event.AgreementExpired;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.event.LegalRetentionDeclared;
import io.github.dpasemantics.model.event.DeletionCompleted;
import io.github.dpasemantics.model.event.DeletionCertificationRequested;
import io.github.dpasemantics.model.event.DeletionCertified;
import io.github.dpasemantics.model.event.EventType;

/** A visitor that answers each event's type from the method called: proves dispatch is exhaustive and right. */
public final class EventTypeVisitor implements DpaEvent.Visitor<EventType> {

    @Override
    public EventType visitAddendumSigned(AddendumSigned event) {
      return EventType.ADDENDUM_SIGNED;
    }

    @Override
    public EventType visitInstructionGiven(InstructionGiven event) {
      return EventType.INSTRUCTION_GIVEN;
    }

    @Override
    public EventType visitInstructionAcknowledged(InstructionAcknowledged event) {
      return EventType.INSTRUCTION_ACKNOWLEDGED;
    }

    @Override
    public EventType visitLawRequiresOtherProcessing(LawRequiresOtherProcessing event) {
      return EventType.LAW_REQUIRES_OTHER_PROCESSING;
    }

    @Override
    public EventType visitCustomerNotifiedOfLegalRequirement(CustomerNotifiedOfLegalRequirement event) {
      return EventType.CUSTOMER_NOTIFIED_OF_LEGAL_REQUIREMENT;
    }

    @Override
    public EventType visitSecurityMeasuresChanged(SecurityMeasuresChanged event) {
      return EventType.SECURITY_MEASURES_CHANGED;
    }

    @Override
    public EventType visitTransferMade(TransferMade event) {
      return EventType.TRANSFER_MADE;
    }

    @Override
    public EventType visitPrivacyShieldComplianceLost(PrivacyShieldComplianceLost event) {
      return EventType.PRIVACY_SHIELD_COMPLIANCE_LOST;
    }

    @Override
    public EventType visitPrivacyShieldInabilityNotified(PrivacyShieldInabilityNotified event) {
      return EventType.PRIVACY_SHIELD_INABILITY_NOTIFIED;
    }

    @Override
    public EventType visitSubprocessorEngaged(SubprocessorEngaged event) {
      return EventType.SUBPROCESSOR_ENGAGED;
    }

    @Override
    public EventType visitSubprocessorAgreementSigned(SubprocessorAgreementSigned event) {
      return EventType.SUBPROCESSOR_AGREEMENT_SIGNED;
    }

    @Override
    public EventType visitSubprocessorNoticeGiven(SubprocessorNoticeGiven event) {
      return EventType.SUBPROCESSOR_NOTICE_GIVEN;
    }

    @Override
    public EventType visitObjectionMade(ObjectionMade event) {
      return EventType.OBJECTION_MADE;
    }

    @Override
    public EventType visitGoodFaithDiscussionResolved(GoodFaithDiscussionResolved event) {
      return EventType.GOOD_FAITH_DISCUSSION_RESOLVED;
    }

    @Override
    public EventType visitGoodFaithDiscussionFailed(GoodFaithDiscussionFailed event) {
      return EventType.GOOD_FAITH_DISCUSSION_FAILED;
    }

    @Override
    public EventType visitSubprocessorFirstProcessing(SubprocessorFirstProcessing event) {
      return EventType.SUBPROCESSOR_FIRST_PROCESSING;
    }

    @Override
    public EventType visitSecurityEventDetected(SecurityEventDetected event) {
      return EventType.SECURITY_EVENT_DETECTED;
    }

    @Override
    public EventType visitSecurityEventConfirmed(SecurityEventConfirmed event) {
      return EventType.SECURITY_EVENT_CONFIRMED;
    }

    @Override
    public EventType visitNotificationDelayRequested(NotificationDelayRequested event) {
      return EventType.NOTIFICATION_DELAY_REQUESTED;
    }

    @Override
    public EventType visitInvestigationDelayStarted(InvestigationDelayStarted event) {
      return EventType.INVESTIGATION_DELAY_STARTED;
    }

    @Override
    public EventType visitLawProhibitsNotice(LawProhibitsNotice event) {
      return EventType.LAW_PROHIBITS_NOTICE;
    }

    @Override
    public EventType visitInvestigationDelayEnded(InvestigationDelayEnded event) {
      return EventType.INVESTIGATION_DELAY_ENDED;
    }

    @Override
    public EventType visitIncidentNotified(IncidentNotified event) {
      return EventType.INCIDENT_NOTIFIED;
    }

    @Override
    public EventType visitDataSubjectRequestReceived(DataSubjectRequestReceived event) {
      return EventType.DATA_SUBJECT_REQUEST_RECEIVED;
    }

    @Override
    public EventType visitDataSubjectRequestRouted(DataSubjectRequestRouted event) {
      return EventType.DATA_SUBJECT_REQUEST_ROUTED;
    }

    @Override
    public EventType visitAssistanceRequested(AssistanceRequested event) {
      return EventType.ASSISTANCE_REQUESTED;
    }

    @Override
    public EventType visitAssistanceProvided(AssistanceProvided event) {
      return EventType.ASSISTANCE_PROVIDED;
    }

    @Override
    public EventType visitThirdPartyReportIssued(ThirdPartyReportIssued event) {
      return EventType.THIRD_PARTY_REPORT_ISSUED;
    }

    @Override
    public EventType visitAuditRequested(AuditRequested event) {
      return EventType.AUDIT_REQUESTED;
    }

    @Override
    public EventType visitAuditorAppointed(AuditorAppointed event) {
      return EventType.AUDITOR_APPOINTED;
    }

    @Override
    public EventType visitAuditorObjected(AuditorObjected event) {
      return EventType.AUDITOR_OBJECTED;
    }

    @Override
    public EventType visitNoMaterialChangeConfirmed(NoMaterialChangeConfirmed event) {
      return EventType.NO_MATERIAL_CHANGE_CONFIRMED;
    }

    @Override
    public EventType visitWrittenResponseProvided(WrittenResponseProvided event) {
      return EventType.WRITTEN_RESPONSE_PROVIDED;
    }

    @Override
    public EventType visitNonComplianceDiscovered(NonComplianceDiscovered event) {
      return EventType.NON_COMPLIANCE_DISCOVERED;
    }

    @Override
    public EventType visitNonComplianceNotified(NonComplianceNotified event) {
      return EventType.NON_COMPLIANCE_NOTIFIED;
    }

    @Override
    public EventType visitAuditReportGenerated(AuditReportGenerated event) {
      return EventType.AUDIT_REPORT_GENERATED;
    }

    @Override
    public EventType visitAuditReportShared(AuditReportShared event) {
      return EventType.AUDIT_REPORT_SHARED;
    }

    @Override
    public EventType visitAuditTimeInvoiced(AuditTimeInvoiced event) {
      return EventType.AUDIT_TIME_INVOICED;
    }

    @Override
    public EventType visitAuditTimeReimbursed(AuditTimeReimbursed event) {
      return EventType.AUDIT_TIME_REIMBURSED;
    }

    @Override
    public EventType visitSubprocessorAgreementCopiesRequested(SubprocessorAgreementCopiesRequested event) {
      return EventType.SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED;
    }

    @Override
    public EventType visitSubprocessorAgreementCopiesProvided(SubprocessorAgreementCopiesProvided event) {
      return EventType.SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED;
    }

    @Override
    public EventType visitAgreementTerminated(AgreementTerminated event) {
      return EventType.AGREEMENT_TERMINATED;
    }

    @Override
    public EventType visitTerminatedForConvenience(TerminatedForConvenience event) {
      return EventType.TERMINATED_FOR_CONVENIENCE;
    }

    @Override
    public EventType visitAgreementExpired(AgreementExpired event) {
      return EventType.AGREEMENT_EXPIRED;
    }

    @Override
    public EventType visitDeletionRequested(DeletionRequested event) {
      return EventType.DELETION_REQUESTED;
    }

    @Override
    public EventType visitLegalRetentionDeclared(LegalRetentionDeclared event) {
      return EventType.LEGAL_RETENTION_DECLARED;
    }

    @Override
    public EventType visitDeletionCompleted(DeletionCompleted event) {
      return EventType.DELETION_COMPLETED;
    }

    @Override
    public EventType visitDeletionCertificationRequested(DeletionCertificationRequested event) {
      return EventType.DELETION_CERTIFICATION_REQUESTED;
    }

    @Override
    public EventType visitDeletionCertified(DeletionCertified event) {
      return EventType.DELETION_CERTIFIED;
    }
}
