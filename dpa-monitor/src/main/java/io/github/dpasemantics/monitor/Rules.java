package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.AssistanceRequested;
import io.github.dpasemantics.model.event.AuditorObjectionReason;
import io.github.dpasemantics.model.event.DataSubjectRequestReceived;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Audits;
import io.github.dpasemantics.policy.DataSubjects;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Definitions;
import io.github.dpasemantics.policy.Deletion;
import io.github.dpasemantics.policy.Security;
import io.github.dpasemantics.policy.Subprocessing;
import io.github.dpasemantics.policy.fact.AlternativeBasis;
import io.github.dpasemantics.policy.fact.Awareness;
import io.github.dpasemantics.policy.fact.DpfCertification;
import io.github.dpasemantics.policy.fact.IncidentStatus;
import io.github.dpasemantics.policy.fact.LegalProhibition;
import io.github.dpasemantics.policy.fact.MaterialDecrease;
import io.github.dpasemantics.policy.fact.ReasonableNotice;
import io.github.dpasemantics.policy.fact.CustomerRequest;
import io.github.dpasemantics.policy.fact.Form;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import io.github.dpasemantics.policy.fact.SelfService;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The monitor's only door to the rules of the contract: every deadline, timeliness and
 * classification question is answered by a policy class of {@code io.github.dpasemantics.policy};
 * this class only translates event values into the policies' arguments. Bare forms are used on
 * the event path; explained forms when a state's {@link Decision} is asked for.
 */
final class Rules {
  final DpaTerms terms;
  final Interpretations readings;

  Rules(ContractInstance contract) {
    this.terms = contract.getTerms();
    this.readings = contract.getInterpretations();
  }

  // ------------------------------------------------------------------ A.4.3

  /** A.4.3: whether the SCCs govern a recorded transfer on {@code date} (its parties and basis, the legal facts as of that date). */
  boolean isSccGoverned(io.github.dpasemantics.model.event.TransferMade t, LocalDate date) {
    return io.github.dpasemantics.policy.Transfers.isSccGoverned(t.getExporterCountry(), t.getDestinationCountry(),
        DpfCertification.of(t.isImporterDpfCertified()), AlternativeBasis.of(t.isAlternativeBasis()), date,
        io.github.dpasemantics.policy.LegalFacts.current(), readings);
  }

  Decision<Boolean> sccGovern(io.github.dpasemantics.model.event.TransferMade t, LocalDate date) {
    return io.github.dpasemantics.policy.Transfers.sccGoverned(t.getExporterCountry(), t.getDestinationCountry(),
        DpfCertification.of(t.isImporterDpfCertified()), AlternativeBasis.of(t.isAlternativeBasis()), date,
        io.github.dpasemantics.policy.LegalFacts.current(), readings);
  }

  // ------------------------------------------------------------------ 6.3

  /**
   * 6.3: the first day a Third Party Subprocessor may process Customer Personal Data after a
   * notice given on {@code notice}: the earliest first processing for which
   * {@link Subprocessing#latestTimelyNoticeDate} is on or after the notice day (that date only
   * grows with the first processing day, so a binary search over the next two years finds it).
   */
  LocalDate earliestProcessing(LocalDate notice) {
    LocalDate low = notice;
    LocalDate high = notice.plusYears(2);
    while (low.isBefore(high)) {
      LocalDate mid = low.plusDays(java.time.temporal.ChronoUnit.DAYS.between(low, high) / 2);
      if (latestTimelyNotice(mid).isBefore(notice)) {
        low = mid.plusDays(1);
      } else {
        high = mid;
      }
    }
    return low;
  }

  LocalDate latestTimelyNotice(LocalDate firstProcessing) {
    return Subprocessing.latestTimelyNoticeDate(firstProcessing, terms, readings);
  }

  Subprocessing.NoticeTiming noticeTiming(LocalDate notice, LocalDate firstProcessing, @Nullable ExpeditedReason expedited) {
    return expedited == null ? Subprocessing.noticeTimingOf(notice, firstProcessing, terms, readings)
        : Subprocessing.noticeTimingOf(notice, firstProcessing, expedited, terms, readings);
  }

  LocalDate objectionDeadline(LocalDate notice) {
    return Subprocessing.objectionDeadlineDate(notice, terms, readings);
  }

  boolean isObjectionTimely(LocalDate notice, LocalDate objection) {
    return Subprocessing.isObjectionTimely(notice, objection, terms, readings);
  }

  Decision<Boolean> objectionAllowed(LocalDate notice, LocalDate objection, boolean written, boolean reasonable) {
    return Subprocessing.objectionAllowed(notice, objection, written ? Form.IN_WRITING : Form.NOT_IN_WRITING,
        reasonable ? ObjectionGrounds.REASONABLE_DATA_PROTECTION : ObjectionGrounds.OTHER, terms, readings);
  }

  // ------------------------------------------------------------------ 2.9

  boolean isSecurityIncident(SecurityEventConfirmed e) {
    return Definitions.isSecurityIncident(e, readings);
  }

  Decision<Boolean> securityIncident(SecurityEventConfirmed e) {
    return Definitions.securityIncident(e, readings);
  }

  /** 7.3 with Section 4: whether a Security Incident affects data whose breach this Customer must be told of. */
  boolean concernsThisCustomer(SecurityEventConfirmed e) {
    return Security.isIncidentNotificationRequired(IncidentStatus.SECURITY_INCIDENT, Awareness.AWARE,
        LegalProhibition.NOT_PROHIBITED, e.getWhoseData(), readings);
  }

  // ------------------------------------------------------------------ 6.1, 6.1.1, 6.3 (more)

  boolean isNoticeRequired(PartyKind subprocessorKind) {
    return Subprocessing.isNoticeRequired(subprocessorKind, true);
  }

  boolean isSubprocessorAgreementCompliant(boolean substantiallySimilar) {
    return Subprocessing.isSubprocessorAgreementCompliant(Form.IN_WRITING, obligations(substantiallySimilar));
  }

  Decision<Boolean> subprocessorAgreementCompliant(boolean substantiallySimilar) {
    return Subprocessing.subprocessorAgreementCompliant(Form.IN_WRITING, obligations(substantiallySimilar));
  }

  private static Subprocessing.SubprocessorObligations obligations(boolean substantiallySimilar) {
    return substantiallySimilar ? Subprocessing.SubprocessorObligations.SUBSTANTIALLY_SIMILAR
        : Subprocessing.SubprocessorObligations.NOT_SUBSTANTIALLY_SIMILAR;
  }

  Decision<LocalDate> objectionDeadlineDecision(LocalDate notice) {
    return Subprocessing.objectionDeadline(notice, terms, readings);
  }

  Decision<LocalDate> latestTimelyNoticeDecision(LocalDate firstProcessing) {
    return Subprocessing.latestTimelyNotice(firstProcessing, terms, readings);
  }

  Decision<Subprocessing.NoticeTiming> noticeTimely(LocalDate notice, LocalDate firstProcessing,
      @Nullable ExpeditedReason expedited) {
    return expedited == null ? Subprocessing.noticeTiming(notice, firstProcessing, terms, readings)
        : Subprocessing.noticeTiming(notice, firstProcessing, expedited, terms, readings);
  }

  Decision<Subprocessing.ObjectionOutcome> terminationForConvenience() {
    return Subprocessing.objectionOutcome(true, Subprocessing.Discussion.NOT_RESOLVED);
  }

  // ------------------------------------------------------------------ 7.2

  boolean isSecurityMeasuresChangeAllowed(boolean notice, boolean materialDecrease) {
    return Security.isSecurityMeasuresChangeAllowed(ReasonableNotice.of(notice), MaterialDecrease.of(materialDecrease));
  }

  Decision<Boolean> securityMeasuresChangeAllowed(boolean notice, boolean materialDecrease) {
    return Security.securityMeasuresChangeAllowed(ReasonableNotice.of(notice), MaterialDecrease.of(materialDecrease));
  }

  // ------------------------------------------------------------------ 8, A.2.1.2

  /** A.2.1.2: a request Customer received from its employee or representative (the requester) about Usage Data. */
  static boolean isUsageDataReferral(DataSubjectRequestReceived e) {
    return e.getActor() == PartyKind.CUSTOMER && e.getRequester() == PartyKind.CUSTOMER_REPRESENTATIVE
        && DataSubjects.routingOf(e.getDataCategory()) == DataSubjects.Routing.SEGMENT_AS_CONTROLLER;
  }

  /** 8: a request Segment received from a Data Subject about Customer Personal Data, which Segment refers to Customer. */
  static boolean isRoutedToCustomer(DataSubjectRequestReceived e) {
    return e.getActor() == PartyKind.SEGMENT
        && DataSubjects.routingOf(e.getDataCategory()) == DataSubjects.Routing.REFER_TO_CUSTOMER;
  }

  static boolean isAssistanceOwed(AssistanceRequested e) {
    return DataSubjects.isAssistanceOwed(CustomerRequest.REQUESTED, selfService(e));
  }

  static Decision<Boolean> assistance(AssistanceRequested e) {
    return DataSubjects.assistanceOwed(CustomerRequest.REQUESTED, selfService(e));
  }

  private static SelfService selfService(AssistanceRequested e) {
    return e.isSelfServiceSufficient() ? SelfService.SUFFICES : SelfService.DOES_NOT_SUFFICE;
  }

  // ------------------------------------------------------------------ A.2.2

  boolean isAuditAllowed(LocalDate request, List<LocalDate> earlier, boolean auditRightUnderLaw) {
    return Audits.isAuditAllowed(request, earlier, auditRightUnderLaw, terms);
  }

  Decision<Boolean> auditAllowed(LocalDate request, List<LocalDate> earlier, boolean auditRightUnderLaw) {
    return Audits.auditAllowed(request, earlier, auditRightUnderLaw, terms);
  }

  /** A.2.2.2: the report is recent and Segment confirmed no material change; the confirmation names the request it answers. */
  boolean isReportInLieu(LocalDate issued, LocalDate request) {
    return Audits.isThirdPartyReportSufficient(issued, request, ReportCoverage.ADDRESSES_REQUEST,
        MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, terms, readings);
  }

  Decision<Boolean> reportInLieu(LocalDate issued, LocalDate request) {
    return Audits.thirdPartyReportSufficient(issued, request, ReportCoverage.ADDRESSES_REQUEST,
        MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, terms, readings);
  }

  static boolean isAuditorObjectionAllowed(AuditorObjectionReason reason) {
    return Audits.isAuditorObjectionAllowed(Audits.Conductor.THIRD_PARTY_AUDITOR, EnumSet.of(reason));
  }

  static Decision<Boolean> auditorObjection(AuditorObjectionReason reason) {
    return Audits.auditorObjectionAllowed(Audits.Conductor.THIRD_PARTY_AUDITOR, EnumSet.of(reason));
  }

  static Decision<Boolean> auditorObjectionPossible() {
    return Audits.auditorObjectionAllowed(Audits.Conductor.THIRD_PARTY_AUDITOR,
        EnumSet.allOf(AuditorObjectionReason.class));
  }

  // ------------------------------------------------------------------ 9

  Optional<LocalDate> deletionDueDate(LocalDate request, LocalDate agreementEnd) {
    return Deletion.deletionDueDate(request, Optional.of(agreementEnd), terms, readings);
  }

  Decision<Optional<LocalDate>> deletionDue(LocalDate request, LocalDate agreementEnd) {
    return Deletion.deletionDue(request, Optional.of(agreementEnd), terms, readings);
  }

  static boolean isDeletionRequired(boolean retentionRequiredByLaw) {
    return Deletion.isDeletionRequired(retentionRequiredByLaw ? Deletion.LegalRetention.REQUIRED_BY_LAW
        : Deletion.LegalRetention.NONE);
  }

  static Decision<Boolean> deletionRequired(boolean retentionRequiredByLaw) {
    return Deletion.deletionRequired(retentionRequiredByLaw ? Deletion.LegalRetention.REQUIRED_BY_LAW
        : Deletion.LegalRetention.NONE);
  }
}
