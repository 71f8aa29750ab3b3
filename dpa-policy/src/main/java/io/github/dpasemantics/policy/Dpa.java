package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.data.WhoseData;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.event.ObjectionMade;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.model.event.SubprocessorEngaged;
import io.github.dpasemantics.model.event.SubprocessorFirstProcessing;
import io.github.dpasemantics.model.event.SubprocessorNoticeGiven;
import io.github.dpasemantics.model.event.ThirdPartyReportIssued;
import io.github.dpasemantics.model.event.TransferMade;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.Subprocessor;
import io.github.dpasemantics.policy.Audits.AuditBasis;
import io.github.dpasemantics.policy.Audits.AuditForm;
import io.github.dpasemantics.policy.Deletion.DeletionReach;
import io.github.dpasemantics.policy.Scope.SurvivingDuty;
import io.github.dpasemantics.policy.Subprocessing.NoticeTiming;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One contract's questions, asked without passing its terms and readings each time: a value
 * holding a contract's {@link DpaTerms} (its numbers: notice, objection and deletion periods,
 * audit frequency, zone) and its {@link Interpretations} (the readings chosen for the open
 * passages), whose methods are the static policy functions of this package with those two
 * arguments bound.
 *
 * <p>Each method delegates, in one line, to the static function it names, and returns exactly
 * what that function returns (the same {@link Decision}, the same bare answer, the same
 * exception); no rule lives here, so each rule has one place, its policy class, and the static
 * functions stay the reference. A contract-bound method exists for every public static policy
 * method that takes {@code DpaTerms} or {@code Interpretations}, with the remaining parameters in
 * the same order.
 *
 * <pre>{@code
 * Dpa dpa = Dpa.of(DpaTerms.segment(), Interpretations.defaults());
 * dpa.objectionDeadlineDate(LocalDate.of(2025, 3, 3));                     // 2025-03-08
 * dpa.isObjectionTimely(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9));   // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dpa {
  private final DpaTerms terms;
  private final Interpretations readings;

  private Dpa(DpaTerms terms, Interpretations readings) {
    this.terms = terms;
    this.readings = readings;
  }

  /**
   * A contract given by its terms and readings.
   *
   * @param terms the contract's numbers
   * @param readings the readings chosen for the open passages
   * @return the contract-bound questions
   * @throws NullPointerException naming the parameter if either is {@code null}
   */
  public static Dpa of(DpaTerms terms, Interpretations readings) {
    Objects.requireNonNull(terms, "Dpa.of: terms must not be null");
    Objects.requireNonNull(readings, "Dpa.of: readings must not be null");
    return new Dpa(terms, readings);
  }

  /**
   * The terms and readings a contract instance carries.
   *
   * @param contract the contract
   * @return the contract-bound questions, with {@code contract.getTerms()} and
   *     {@code contract.getInterpretations()}
   * @throws NullPointerException naming the parameter if it is {@code null}
   */
  public static Dpa from(ContractInstance contract) {
    Objects.requireNonNull(contract, "Dpa.from: contract must not be null");
    return of(contract.getTerms(), contract.getInterpretations());
  }

  /**
   * The Segment DPA as published, read with the default readings.
   *
   * @return {@code Dpa.of(DpaTerms.segment(), Interpretations.defaults())}
   */
  public static Dpa segment() {
    return of(DpaTerms.segment(), Interpretations.defaults());
  }

  /**
   * Returns the contract's numbers.
   *
   * @return the terms
   */
  public DpaTerms getTerms() {
    return terms;
  }

  /**
   * Returns the readings chosen for the open passages.
   *
   * @return the readings
   */
  public Interpretations getReadings() {
    return readings;
  }

  /**
   * A copy with other terms.
   *
   * @param terms the new terms
   * @return a copy holding {@code terms} and this value's readings
   * @throws NullPointerException naming the parameter if it is {@code null}
   */
  public Dpa withTerms(DpaTerms terms) {
    return of(terms, readings);
  }

  /**
   * A copy with other readings.
   *
   * @param readings the new readings
   * @return a copy holding this value's terms and {@code readings}
   * @throws NullPointerException naming the parameter if it is {@code null}
   */
  public Dpa withReadings(Interpretations readings) {
    return of(terms, readings);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Dpa && ((Dpa) o).terms.equals(terms) && ((Dpa) o).readings.equals(readings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(terms, readings);
  }

  @Override
  public String toString() {
    return "Dpa{terms=" + terms + ", readings=" + readings + "}";
  }

  /**
   * Asks {@link Subprocessing#noticeDate(LocalDate, LocalDate, Interpretations)}
   * with this contract's readings.
   *
   * @param pageUpdated the day the Subprocessor Page was updated
   * @param workspaceMessage the day the Workspace message was sent
   * @return the notice day
   */
  public LocalDate noticeDate(LocalDate pageUpdated, LocalDate workspaceMessage) {
    return Subprocessing.noticeDate(pageUpdated, workspaceMessage, readings);
  }

  /**
   * Asks {@link Subprocessing#noticeGiven(LocalDate, LocalDate, Interpretations)}
   * with this contract's readings.
   *
   * @param pageUpdated the day the Subprocessor Page was updated
   * @param workspaceMessage the day the Workspace message was sent
   * @return the decision, whose outcome is the notice day
   */
  public Decision<LocalDate> noticeGiven(LocalDate pageUpdated, LocalDate workspaceMessage) {
    return Subprocessing.noticeGiven(pageUpdated, workspaceMessage, readings);
  }

  /**
   * Asks {@link Subprocessing#noticeDate(List, Interpretations)}
   * with this contract's readings.
   *
   * @param notices the notices of one engagement, not empty
   * @return the notice day
   * @throws IllegalArgumentException if {@code notices} is empty or concerns several Subprocessors
   */
  public LocalDate noticeDate(List<SubprocessorNoticeGiven> notices) {
    return Subprocessing.noticeDate(notices, readings);
  }

  /**
   * Asks {@link Subprocessing#noticeGiven(List, Interpretations)}
   * with this contract's readings.
   *
   * @param notices the notices of one engagement, not empty
   * @return the decision, whose outcome is the notice day
   */
  public Decision<LocalDate> noticeGiven(List<SubprocessorNoticeGiven> notices) {
    return Subprocessing.noticeGiven(notices, readings);
  }

  /**
   * Asks {@link Subprocessing#latestTimelyNoticeDate(LocalDate, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param firstProcessing the day the new Subprocessor first Processes Customer Personal Data
   * @return the latest timely notice day
   */
  public LocalDate latestTimelyNoticeDate(LocalDate firstProcessing) {
    return Subprocessing.latestTimelyNoticeDate(firstProcessing, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#latestTimelyNotice(LocalDate, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param firstProcessing the day the new Subprocessor first Processes Customer Personal Data
   * @return the decision, whose outcome is the latest timely notice day
   */
  public Decision<LocalDate> latestTimelyNotice(LocalDate firstProcessing) {
    return Subprocessing.latestTimelyNotice(firstProcessing, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#isNoticeTimely(LocalDate, LocalDate, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @return true if timely under the advance-notice rule
   */
  public boolean isNoticeTimely(LocalDate notice, LocalDate firstProcessing) {
    return Subprocessing.isNoticeTimely(notice, firstProcessing, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#noticeTiming(LocalDate, LocalDate, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @return the status
   */
  public NoticeTiming noticeTiming(LocalDate notice, LocalDate firstProcessing) {
    return Subprocessing.noticeTiming(notice, firstProcessing, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#noticeTiming(LocalDate, LocalDate, ExpeditedReason, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @param reason why the engagement was expedited
   * @return the status
   */
  public NoticeTiming noticeTiming(LocalDate notice, LocalDate firstProcessing, ExpeditedReason reason) {
    return Subprocessing.noticeTiming(notice, firstProcessing, reason, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#noticeTimely(LocalDate, LocalDate, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @return the decision
   */
  public Decision<NoticeTiming> noticeTimely(LocalDate notice, LocalDate firstProcessing) {
    return Subprocessing.noticeTimely(notice, firstProcessing, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#noticeTimely(LocalDate, LocalDate, ExpeditedReason, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @param reason why the engagement was expedited
   * @return the decision
   */
  public Decision<NoticeTiming> noticeTimely(LocalDate notice, LocalDate firstProcessing,
      ExpeditedReason reason) {
    return Subprocessing.noticeTimely(notice, firstProcessing, reason, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#noticeTimely(SubprocessorEngaged, LocalDate, SubprocessorFirstProcessing, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param engaged the engagement
   * @param notice the notice day
   * @param firstProcessing the first processing by the new Subprocessor
   * @return the decision
   * @throws IllegalArgumentException if the two events concern different Subprocessors
   */
  public Decision<NoticeTiming> noticeTimely(SubprocessorEngaged engaged, LocalDate notice,
      SubprocessorFirstProcessing firstProcessing) {
    return Subprocessing.noticeTimely(engaged, notice, firstProcessing, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#objectionDeadlineDate(LocalDate, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param notice the notice day (see {@link Subprocessing#noticeDate})
   * @return the last day of the objection window
   */
  public LocalDate objectionDeadlineDate(LocalDate notice) {
    return Subprocessing.objectionDeadlineDate(notice, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#objectionDeadline(LocalDate, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param notice the notice day
   * @return the decision, whose outcome is the last day to object
   */
  public Decision<LocalDate> objectionDeadline(LocalDate notice) {
    return Subprocessing.objectionDeadline(notice, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#isObjectionTimely(LocalDate, LocalDate, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param notice the notice day
   * @param objection the day Customer's objection was made
   * @return true if inside the window
   */
  public boolean isObjectionTimely(LocalDate notice, LocalDate objection) {
    return Subprocessing.isObjectionTimely(notice, objection, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#isObjectionAllowed(LocalDate, LocalDate, boolean, boolean, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param notice the notice day
   * @param objection the day of the objection
   * @param inWriting whether Customer notified Segment in writing
   * @param onReasonableDataProtectionGrounds whether the objection rests on reasonable data protection concerns
   * @return true if all three conditions hold
   */
  public boolean isObjectionAllowed(LocalDate notice, LocalDate objection, boolean inWriting,
      boolean onReasonableDataProtectionGrounds) {
    return Subprocessing.isObjectionAllowed(
        notice, objection, inWriting, onReasonableDataProtectionGrounds, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#objectionAllowed(LocalDate, LocalDate, boolean, boolean, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param notice the notice day
   * @param objection the day of the objection
   * @param inWriting whether Customer notified Segment in writing
   * @param onReasonableDataProtectionGrounds whether the objection rests on reasonable data protection concerns
   * @return the decision
   */
  public Decision<Boolean> objectionAllowed(LocalDate notice, LocalDate objection, boolean inWriting,
      boolean onReasonableDataProtectionGrounds) {
    return Subprocessing.objectionAllowed(
        notice, objection, inWriting, onReasonableDataProtectionGrounds, terms, readings);
  }

  /**
   * Asks {@link Subprocessing#objectionAllowed(LocalDate, ObjectionMade, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param notice the notice day (see {@link Subprocessing#noticeDate(List, Interpretations)})
   * @param objection the objection
   * @return the decision
   */
  public Decision<Boolean> objectionAllowed(LocalDate notice, ObjectionMade objection) {
    return Subprocessing.objectionAllowed(notice, objection, terms, readings);
  }

  /**
   * Asks {@link Security#isIncidentNotificationRequired(boolean, boolean, boolean, WhoseData, Interpretations)}
   * with this contract's readings.
   *
   * @param securityIncident whether there is a Security Incident (2.9)
   * @param aware whether Segment has become aware of it
   * @param prohibitedByLaw whether applicable law prohibits notice
   * @param whoseData whose Personal Data it affects
   * @return true if notice to this Customer is required
   */
  public boolean isIncidentNotificationRequired(boolean securityIncident, boolean aware,
      boolean prohibitedByLaw, WhoseData whoseData) {
    return Security.isIncidentNotificationRequired(
        securityIncident, aware, prohibitedByLaw, whoseData, readings);
  }

  /**
   * Asks {@link Security#incidentNotificationRequired(boolean, boolean, boolean, WhoseData, Interpretations)}
   * with this contract's readings.
   *
   * @param securityIncident whether there is a Security Incident (2.9)
   * @param aware whether Segment has become aware of it
   * @param prohibitedByLaw whether applicable law prohibits notice
   * @param whoseData whose Personal Data it affects
   * @return the decision, citing 7.3 (and 4 or 2.9 for whose data it is)
   */
  public Decision<Boolean> incidentNotificationRequired(boolean securityIncident, boolean aware,
      boolean prohibitedByLaw, WhoseData whoseData) {
    return Security.incidentNotificationRequired(
        securityIncident, aware, prohibitedByLaw, whoseData, readings);
  }

  /**
   * Asks {@link Security#incidentNotificationRequired(SecurityEventConfirmed, boolean, Interpretations)}
   * with this contract's readings.
   *
   * @param event the confirmation
   * @param prohibitedByLaw whether applicable law prohibits notice
   * @return the decision, citing 7.3
   */
  public Decision<Boolean> incidentNotificationRequired(SecurityEventConfirmed event,
      boolean prohibitedByLaw) {
    return Security.incidentNotificationRequired(event, prohibitedByLaw, readings);
  }

  /**
   * Asks {@link Security#usageDataRequest(SubjectKind, DataDescriptor, DpaTerms)}
   * with this contract's terms.
   *
   * @param requester who makes the request
   * @param data the data the request concerns
   * @return the decision, citing A.2.1.2
   */
  public Decision<Boolean> usageDataRequest(SubjectKind requester, DataDescriptor data) {
    return Security.usageDataRequest(requester, data, terms);
  }

  /**
   * Asks {@link Security#usageDataRequest(SubjectKind, DataDescriptor, DataProtectionLaw, DpaTerms)}
   * with this contract's terms.
   *
   * @param requester who makes the request
   * @param data the data the request concerns
   * @param law the law under which the requester exercises rights
   * @return the decision, citing A.2.1.2 (and B.6 for CCPA rights)
   */
  public Decision<Boolean> usageDataRequest(SubjectKind requester, DataDescriptor data,
      DataProtectionLaw law) {
    return Security.usageDataRequest(requester, data, law, terms);
  }

  /**
   * Asks {@link Definitions#isSecurityIncident(boolean, boolean, Set, boolean, SecurityEventNature, Interpretations)}
   * with this contract's readings.
   *
   * @param confirmed whether the breach is confirmed
   * @param breachOfSecurity whether it is an unauthorized or unlawful breach of security
   * @param effects what it did to the Personal Data (empty: nothing)
   * @param personalDataProcessedBySegment whether it affects Personal Data being Processed by Segment
   * @param nature the kind of event
   * @return true if it is a Security Incident
   */
  public boolean isSecurityIncident(boolean confirmed, boolean breachOfSecurity, Set<SecurityEffect> effects,
      boolean personalDataProcessedBySegment, SecurityEventNature nature) {
    return Definitions.isSecurityIncident(
        confirmed, breachOfSecurity, effects, personalDataProcessedBySegment, nature, readings);
  }

  /**
   * Asks {@link Definitions#isSecurityIncident(SecurityEventConfirmed, Interpretations)}
   * with this contract's readings.
   *
   * @param event the confirmation
   * @return true if it is a Security Incident
   */
  public boolean isSecurityIncident(SecurityEventConfirmed event) {
    return Definitions.isSecurityIncident(event, readings);
  }

  /**
   * Asks {@link Definitions#securityIncident(boolean, boolean, Set, boolean, SecurityEventNature, Interpretations)}
   * with this contract's readings.
   *
   * @param confirmed whether the breach is confirmed
   * @param breachOfSecurity whether it is an unauthorized or unlawful breach of security
   * @param effects what it did to the Personal Data (empty: nothing)
   * @param personalDataProcessedBySegment whether it affects Personal Data being Processed by Segment
   * @param nature the kind of event
   * @return the decision, citing 2.9
   */
  public Decision<Boolean> securityIncident(boolean confirmed, boolean breachOfSecurity,
      Set<SecurityEffect> effects, boolean personalDataProcessedBySegment, SecurityEventNature nature) {
    return Definitions.securityIncident(
        confirmed, breachOfSecurity, effects, personalDataProcessedBySegment, nature, readings);
  }

  /**
   * Asks {@link Definitions#securityIncident(SecurityEventConfirmed, Interpretations)}
   * with this contract's readings.
   *
   * @param event the confirmation
   * @return the decision, citing 2.9
   */
  public Decision<Boolean> securityIncident(SecurityEventConfirmed event) {
    return Definitions.securityIncident(event, readings);
  }

  /**
   * Asks {@link Deletion#deletionDueDate(LocalDate, LocalDate, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param request the day of Customer's deletion request
   * @param agreementEnd the Agreement's termination or expiration day (its last day in force)
   * @return the due day, or empty if the request triggers no duty
   */
  public Optional<LocalDate> deletionDueDate(LocalDate request, LocalDate agreementEnd) {
    return Deletion.deletionDueDate(request, agreementEnd, terms, readings);
  }

  /**
   * Asks {@link Deletion#deletionDueDate(Agreement, List, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param agreement the Agreement (its {@link Agreement#endDate()} is the termination or expiration day)
   * @param requests the days of Customer's deletion requests, in any order
   * @return the due day, or empty
   */
  public Optional<LocalDate> deletionDueDate(Agreement agreement, List<LocalDate> requests) {
    return Deletion.deletionDueDate(agreement, requests, terms, readings);
  }

  /**
   * Asks {@link Deletion#deletionDue(LocalDate, LocalDate, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param request the day of Customer's deletion request
   * @param agreementEnd the Agreement's termination or expiration day
   * @return the decision, whose outcome is the due day or empty
   */
  public Decision<Optional<LocalDate>> deletionDue(LocalDate request, LocalDate agreementEnd) {
    return Deletion.deletionDue(request, agreementEnd, terms, readings);
  }

  /**
   * Asks {@link Deletion#deletionDue(Agreement, List, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param agreement the Agreement
   * @param requests the days of Customer's deletion requests
   * @return the decision
   */
  public Decision<Optional<LocalDate>> deletionDue(Agreement agreement, List<LocalDate> requests) {
    return Deletion.deletionDue(agreement, requests, terms, readings);
  }

  /**
   * Asks {@link Deletion#deletionDueFromEvents(Agreement, List, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param agreement the Agreement
   * @param requests Customer's deletion requests
   * @return the decision
   */
  public Decision<Optional<LocalDate>> deletionDueFromEvents(Agreement agreement,
      List<DeletionRequested> requests) {
    return Deletion.deletionDueFromEvents(agreement, requests, terms, readings);
  }

  /**
   * Asks {@link Deletion#deletionReachOf(PartyKind, Interpretations)}
   * with this contract's readings.
   *
   * @param holder who holds the copies: {@link PartyKind#SEGMENT}, {@link PartyKind#SEGMENT_AFFILIATE},
   *     {@link PartyKind#SUBPROCESSOR}, {@link PartyKind#THIRD_PARTY_SUBPROCESSOR} or
   *     {@link PartyKind#SOURCE_OR_DESTINATION}
   * @return how 9.1 reaches them
   * @throws IllegalArgumentException for any other kind of party, which holds no copies Segment Processes
   */
  public DeletionReach deletionReachOf(PartyKind holder) {
    return Deletion.deletionReachOf(holder, readings);
  }

  /**
   * Asks {@link Deletion#deletionReach(PartyKind, Interpretations)}
   * with this contract's readings.
   *
   * @param holder who holds the copies
   * @return the decision, citing 9.1 (and 6.1.1, 6.1.2 or 5.2)
   */
  public Decision<DeletionReach> deletionReach(PartyKind holder) {
    return Deletion.deletionReach(holder, readings);
  }

  /**
   * Asks {@link Audits#isAuditAllowed(LocalDate, List, boolean, DpaTerms)}
   * with this contract's terms.
   *
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted, in any order
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @return true if allowed
   */
  public boolean isAuditAllowed(LocalDate request, List<LocalDate> earlierAudits,
      boolean auditRightUnderLaw) {
    return Audits.isAuditAllowed(request, earlierAudits, auditRightUnderLaw, terms);
  }

  /**
   * Asks {@link Audits#isAuditAllowed(AuditBasis, LocalDate, List, boolean, SccStatus, DpaTerms)}
   * with this contract's terms.
   *
   * @param basis on what the request rests; it changes which reasons the explained form gives,
   *     not whether an audit right exists
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted, in any order
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @param sccs whether the SCCs govern the transfer
   * @return true if allowed
   */
  public boolean isAuditAllowed(AuditBasis basis, LocalDate request, List<LocalDate> earlierAudits,
      boolean auditRightUnderLaw, SccStatus sccs) {
    return Audits.isAuditAllowed(basis, request, earlierAudits, auditRightUnderLaw, sccs, terms);
  }

  /**
   * Asks {@link Audits#isAuditAllowed(Instant, List, boolean, DpaTerms)}
   * with this contract's terms.
   *
   * @param request the instant of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @return true if allowed
   */
  public boolean isAuditAllowed(Instant request, List<LocalDate> earlierAudits, boolean auditRightUnderLaw) {
    return Audits.isAuditAllowed(request, earlierAudits, auditRightUnderLaw, terms);
  }

  /**
   * Asks {@link Audits#auditAllowed(AuditBasis, LocalDate, List, boolean, DpaTerms)}
   * with this contract's terms.
   *
   * @param basis on what the audit rests (an SCC audit follows A.2.2, A.4.3.5)
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @return the decision
   */
  public Decision<Boolean> auditAllowed(AuditBasis basis, LocalDate request, List<LocalDate> earlierAudits,
      boolean auditRightUnderLaw) {
    return Audits.auditAllowed(basis, request, earlierAudits, auditRightUnderLaw, terms);
  }

  /**
   * Asks {@link Audits#auditAllowed(AuditBasis, LocalDate, List, boolean, SccStatus, DpaTerms)}
   * with this contract's terms.
   *
   * @param basis on what the request rests
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @param sccs whether the SCCs govern the transfer
   * @return the decision
   */
  public Decision<Boolean> auditAllowed(AuditBasis basis, LocalDate request, List<LocalDate> earlierAudits,
      boolean auditRightUnderLaw, SccStatus sccs) {
    return Audits.auditAllowed(basis, request, earlierAudits, auditRightUnderLaw, sccs, terms);
  }

  /**
   * Asks {@link Audits#auditAllowed(LocalDate, List, boolean, DpaTerms)}
   * with this contract's terms.
   *
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @return the decision
   */
  public Decision<Boolean> auditAllowed(LocalDate request, List<LocalDate> earlierAudits,
      boolean auditRightUnderLaw) {
    return Audits.auditAllowed(request, earlierAudits, auditRightUnderLaw, terms);
  }

  /**
   * Asks {@link Audits#auditAllowed(AuditRequested, List, boolean, DpaTerms)}
   * with this contract's terms.
   *
   * @param request the audit request to decide
   * @param earlier Customer's earlier audit requests (conducted audits)
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @return the decision
   */
  public Decision<Boolean> auditAllowed(AuditRequested request, List<AuditRequested> earlier,
      boolean auditRightUnderLaw) {
    return Audits.auditAllowed(request, earlier, auditRightUnderLaw, terms);
  }

  /**
   * Asks {@link Audits#isReportRecent(LocalDate, LocalDate, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param issued the report's issue day
   * @param request the day of Customer's request
   * @return true if inside the period
   */
  public boolean isReportRecent(LocalDate issued, LocalDate request) {
    return Audits.isReportRecent(issued, request, terms, readings);
  }

  /**
   * Asks {@link Audits#isThirdPartyReportSufficient(LocalDate, LocalDate, boolean, boolean, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param issued the report's issue day
   * @param request the day of Customer's request
   * @param addressesRequest whether the requested information is addressed in the report
   * @param noMaterialChangeConfirmed whether Segment confirms no material changes in the interim
   * @return true if the report suffices
   */
  public boolean isThirdPartyReportSufficient(LocalDate issued, LocalDate request, boolean addressesRequest,
      boolean noMaterialChangeConfirmed) {
    return Audits.isThirdPartyReportSufficient(
        issued, request, addressesRequest, noMaterialChangeConfirmed, terms, readings);
  }

  /**
   * Asks {@link Audits#thirdPartyReportSuffices(LocalDate, LocalDate, boolean, boolean, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param issued the report's issue day
   * @param request the day of Customer's request
   * @param addressesRequest whether the requested information is addressed in the report
   * @param noMaterialChangeConfirmed whether Segment confirms no material changes in the interim
   * @return the decision
   */
  public Decision<Boolean> thirdPartyReportSuffices(LocalDate issued, LocalDate request,
      boolean addressesRequest, boolean noMaterialChangeConfirmed) {
    return Audits.thirdPartyReportSuffices(
        issued, request, addressesRequest, noMaterialChangeConfirmed, terms, readings);
  }

  /**
   * Asks {@link Audits#thirdPartyReportSuffices(ThirdPartyReportIssued, AuditRequested, boolean, boolean, DpaTerms, Interpretations)}
   * with this contract's terms and readings.
   *
   * @param report the Third Party Report
   * @param request the audit request
   * @param addressesRequest whether the requested information is addressed in the report
   * @param noMaterialChangeConfirmed whether Segment confirms no material changes in the interim
   * @return the decision
   */
  public Decision<Boolean> thirdPartyReportSuffices(ThirdPartyReportIssued report, AuditRequested request,
      boolean addressesRequest, boolean noMaterialChangeConfirmed) {
    return Audits.thirdPartyReportSuffices(
        report, request, addressesRequest, noMaterialChangeConfirmed, terms, readings);
  }

  /**
   * Asks {@link Audits#isAuditFormGranted(AuditForm, Interpretations)}
   * with this contract's readings.
   *
   * @param form the form of audit requested
   * @return true if the text grants it
   */
  public boolean isAuditFormGranted(AuditForm form) {
    return Audits.isAuditFormGranted(form, readings);
  }

  /**
   * Asks {@link Audits#auditForm(AuditForm, Interpretations)}
   * with this contract's readings.
   *
   * @param form the form of audit requested
   * @return the decision, citing A.2.2.2 (and A.2.2 under the alternative reading)
   */
  public Decision<Boolean> auditForm(AuditForm form) {
    return Audits.auditForm(form, readings);
  }

  /**
   * Asks {@link Transfers#isSccGoverned(CountryCode, CountryCode, boolean, boolean, LocalDate, LegalFacts, Interpretations)}
   * with this contract's readings.
   *
   * @param customerIn where Customer is established
   * @param destination the country of Segment's receiving establishment
   * @param importerDpfCertified whether Segment is certified under the EU–US Data Privacy Framework
   * @param otherLawfulBasis whether another lawful basis under Chapter V applies (e.g. binding
   *     corporate rules, a derogation)
   * @param asOf the day
   * @param facts the table of legal facts
   * @return true if the SCCs govern the transfer
   */
  public boolean isSccGoverned(CountryCode customerIn, CountryCode destination, boolean importerDpfCertified,
      boolean otherLawfulBasis, LocalDate asOf, LegalFacts facts) {
    return Transfers.isSccGoverned(
        customerIn, destination, importerDpfCertified, otherLawfulBasis, asOf, facts, readings);
  }

  /**
   * Asks {@link Transfers#sccGovern(CountryCode, CountryCode, boolean, boolean, LocalDate, LegalFacts, Interpretations)}
   * with this contract's readings.
   *
   * @param customerIn where Customer is established
   * @param destination the country of Segment's receiving establishment
   * @param importerDpfCertified whether Segment is certified under the EU–US Data Privacy Framework
   * @param otherLawfulBasis whether another lawful basis under Chapter V applies
   * @param asOf the day
   * @param facts the table of legal facts
   * @return the decision
   */
  public Decision<Boolean> sccGovern(CountryCode customerIn, CountryCode destination,
      boolean importerDpfCertified, boolean otherLawfulBasis, LocalDate asOf, LegalFacts facts) {
    return Transfers.sccGovern(
        customerIn, destination, importerDpfCertified, otherLawfulBasis, asOf, facts, readings);
  }

  /**
   * Asks {@link Transfers#isSccGoverned(TransferMade, LegalFacts, Interpretations)}
   * with this contract's readings.
   *
   * @param transfer the transfer event
   * @param facts the table of legal facts
   * @return true if the SCCs govern the transfer
   */
  public boolean isSccGoverned(TransferMade transfer, LegalFacts facts) {
    return Transfers.isSccGoverned(transfer, facts, readings);
  }

  /**
   * Asks {@link Transfers#sccGovern(TransferMade, LegalFacts, Interpretations)}
   * with this contract's readings.
   *
   * @param transfer the transfer event
   * @param facts the table of legal facts
   * @return the decision
   */
  public Decision<Boolean> sccGovern(TransferMade transfer, LegalFacts facts) {
    return Transfers.sccGovern(transfer, facts, readings);
  }

  /**
   * Asks {@link Transfers#isSccTerminated(CountryCode, CountryCode, boolean, boolean, LocalDate, LocalDate, LegalFacts, Interpretations)}
   * with this contract's readings.
   *
   * @param customerIn where Customer is established
   * @param destination the country of Segment's receiving establishment
   * @param importerDpfCertified whether Segment is certified under the DPF on {@code asOf}
   * @param otherLawfulBasis whether another lawful basis applies on {@code asOf}
   * @param sccsGovernedOn a day on which the SCCs governed the transfer (with the same facts,
   *     except that no other basis and no certification is assumed that day)
   * @param asOf the day asked about, not before {@code sccsGovernedOn}
   * @param facts the table of legal facts
   * @return true if the SCCs have terminated
   * @throws IllegalArgumentException if {@code asOf} is before {@code sccsGovernedOn}
   */
  public boolean isSccTerminated(CountryCode customerIn, CountryCode destination,
      boolean importerDpfCertified, boolean otherLawfulBasis, LocalDate sccsGovernedOn, LocalDate asOf,
      LegalFacts facts) {
    return Transfers.isSccTerminated(
        customerIn, destination, importerDpfCertified, otherLawfulBasis, sccsGovernedOn, asOf, facts, readings);
  }

  /**
   * Asks {@link Transfers#sccsTerminated(CountryCode, CountryCode, boolean, boolean, LocalDate, LocalDate, LegalFacts, Interpretations)}
   * with this contract's readings.
   *
   * @param customerIn where Customer is established
   * @param destination the country of Segment's receiving establishment
   * @param importerDpfCertified whether Segment is certified under the DPF on {@code asOf}
   * @param otherLawfulBasis whether another lawful basis applies on {@code asOf}
   * @param sccsGovernedOn a day on which the SCCs governed the transfer
   * @param asOf the day asked about
   * @param facts the table of legal facts
   * @return the decision
   */
  public Decision<Boolean> sccsTerminated(CountryCode customerIn, CountryCode destination,
      boolean importerDpfCertified, boolean otherLawfulBasis, LocalDate sccsGovernedOn, LocalDate asOf,
      LegalFacts facts) {
    return Transfers.sccsTerminated(
        customerIn, destination, importerDpfCertified, otherLawfulBasis, sccsGovernedOn, asOf, facts, readings);
  }

  /**
   * Asks {@link Scope#survivingDutySet(Interpretations)}
   * with this contract's readings.
   *
   * @return the surviving duties (an unmodifiable constant set)
   */
  public Set<SurvivingDuty> survivingDutySet() {
    return Scope.survivingDutySet(readings);
  }

  /**
   * Asks {@link Scope#survivingDuties(Interpretations)}
   * with this contract's readings.
   *
   * @return the decision, citing 3.4, 9.1 and 9.2 (3.4 and 9.2 when the deletion duty ends)
   */
  public Decision<Set<SurvivingDuty>> survivingDuties() {
    return Scope.survivingDuties(readings);
  }
}
