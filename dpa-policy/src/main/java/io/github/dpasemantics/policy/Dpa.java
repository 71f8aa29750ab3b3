package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.data.WhoseData;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.event.ObjectionGrounds;
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
import io.github.dpasemantics.policy.Audits.AuditBasis;
import io.github.dpasemantics.policy.Audits.AuditForm;
import io.github.dpasemantics.policy.Deletion.DeletionReach;
import io.github.dpasemantics.policy.Scope.SurvivingDuty;
import io.github.dpasemantics.policy.Subprocessing.NoticeTiming;
import io.github.dpasemantics.policy.fact.AffectedData;
import io.github.dpasemantics.policy.fact.AlternativeBasis;
import io.github.dpasemantics.policy.fact.Awareness;
import io.github.dpasemantics.policy.fact.Breach;
import io.github.dpasemantics.policy.fact.Confirmation;
import io.github.dpasemantics.policy.fact.DpfCertification;
import io.github.dpasemantics.policy.fact.Form;
import io.github.dpasemantics.policy.fact.IncidentStatus;
import io.github.dpasemantics.policy.fact.LegalProhibition;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import io.github.dpasemantics.policy.fact.SccStatus;
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
 * method that takes {@code DpaTerms} or {@code Interpretations}, with the same name (the bare
 * {@code isX}/{@code xOf}/{@code xDate} or the explained {@code x}), the same return type and the
 * remaining parameters in the same order, facts named by the types of
 * {@link io.github.dpasemantics.policy.fact} as the static method takes them.
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
    return o instanceof Dpa other && other.terms.equals(terms) && other.readings.equals(readings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(terms, readings);
  }

  @Override
  public String toString() {
    return "Dpa{terms=" + terms + ", readings=" + readings + "}";
  }

  // ---------------------------------------------------------------- Scope

  /**
   * 3.4 against 9.1 and 9.2: the duties that outlive the Addendum's automatic termination. Asked
   * with this contract's readings; see {@link Scope#survivingDutiesOf(Interpretations)}.
   *
   * @return the surviving duties (an unmodifiable constant set)
   */
  public Set<SurvivingDuty> survivingDutiesOf() {
    return Scope.survivingDutiesOf(readings);
  }

  /**
   * 3.4 against 9.1 and 9.2, explained, recording the survival reading. Asked with this contract's
   * readings; see {@link Scope#survivingDuties(Interpretations)}.
   *
   * @return the decision, citing 3.4, 9.1 and 9.2 (3.4 and 9.2 when the deletion duty ends)
   */
  public Decision<Set<SurvivingDuty>> survivingDuties() {
    return Scope.survivingDuties(readings);
  }

  // ---------------------------------------------------------------- Definitions

  /**
   * 2.9: whether a security event is a Security Incident. Asked with this contract's readings; see
   * {@link Definitions#isSecurityIncident(Confirmation, Breach, Set, AffectedData,
   * SecurityEventNature, Interpretations)}.
   *
   * @param confirmation whether the breach is confirmed
   * @param breach whether it is an unauthorized or unlawful breach of security
   * @param effects what it did to the Personal Data (empty: nothing)
   * @param affectedData whether it affects Personal Data being Processed by Segment
   * @param nature the kind of event
   * @return true if it is a Security Incident
   */
  public boolean isSecurityIncident(Confirmation confirmation, Breach breach, Set<SecurityEffect> effects,
      AffectedData affectedData, SecurityEventNature nature) {
    return Definitions.isSecurityIncident(confirmation, breach, effects, affectedData, nature, readings);
  }

  /**
   * 2.9: whether a confirmed security event is a Security Incident, from the event's facts. Asked
   * with this contract's readings; see {@link
   * Definitions#isSecurityIncident(SecurityEventConfirmed, Interpretations)}.
   *
   * @param event the confirmation
   * @return true if it is a Security Incident
   */
  public boolean isSecurityIncident(SecurityEventConfirmed event) {
    return Definitions.isSecurityIncident(event, readings);
  }

  /**
   * 2.9, explained: whether a security event is a Security Incident. Asked with this contract's
   * readings; see {@link Definitions#securityIncident(Confirmation, Breach, Set, AffectedData,
   * SecurityEventNature, Interpretations)}.
   *
   * @param confirmation whether the breach is confirmed
   * @param breach whether it is an unauthorized or unlawful breach of security
   * @param effects what it did to the Personal Data (empty: nothing)
   * @param affectedData whether it affects Personal Data being Processed by Segment
   * @param nature the kind of event
   * @return the decision, citing 2.9
   */
  public Decision<Boolean> securityIncident(Confirmation confirmation, Breach breach, Set<SecurityEffect> effects,
      AffectedData affectedData, SecurityEventNature nature) {
    return Definitions.securityIncident(confirmation, breach, effects, affectedData, nature, readings);
  }

  /**
   * 2.9, explained, from a confirmed security event: the decision of {@link
   * Definitions#securityIncident(Confirmation, Breach, Set, AffectedData, SecurityEventNature,
   * Interpretations)} for the event's facts (confirmed, since the event records the confirmation).
   * Asked with this contract's readings; see {@link
   * Definitions#securityIncident(SecurityEventConfirmed, Interpretations)}.
   *
   * @param event the confirmation
   * @return the decision, citing 2.9
   */
  public Decision<Boolean> securityIncident(SecurityEventConfirmed event) {
    return Definitions.securityIncident(event, readings);
  }

  // ---------------------------------------------------------------- Subprocessing

  /**
   * 6.3: the day notice was given when Segment updated the Subprocessor Page and sent the
   * Workspace message on possibly different days. Asked with this contract's readings; see {@link
   * Subprocessing#noticeDate(LocalDate, LocalDate, Interpretations)}.
   *
   * @param pageUpdated the day the Subprocessor Page was updated
   * @param workspaceMessage the day the Workspace message was sent
   * @return the notice day
   */
  public LocalDate noticeDate(LocalDate pageUpdated, LocalDate workspaceMessage) {
    return Subprocessing.noticeDate(pageUpdated, workspaceMessage, readings);
  }

  /**
   * 6.3: explained form of {@link Subprocessing#noticeDate(LocalDate, LocalDate,
   * Interpretations)}. Asked with this contract's readings; see {@link
   * Subprocessing#notice(LocalDate, LocalDate, Interpretations)}.
   *
   * @param pageUpdated the day the Subprocessor Page was updated
   * @param workspaceMessage the day the Workspace message was sent
   * @return the decision, whose outcome is the notice day
   */
  public Decision<LocalDate> notice(LocalDate pageUpdated, LocalDate workspaceMessage) {
    return Subprocessing.notice(pageUpdated, workspaceMessage, readings);
  }

  /**
   * 6.3: the notice day from the notices Segment gave of one engagement, on whatever channels.
   * Asked with this contract's readings; see {@link Subprocessing#noticeDate(List,
   * Interpretations)}.
   *
   * @param notices the notices of one engagement, not empty
   * @return the notice day
   * @throws IllegalArgumentException if {@code notices} is empty or concerns several Subprocessors
   */
  public LocalDate noticeDate(List<SubprocessorNoticeGiven> notices) {
    return Subprocessing.noticeDate(notices, readings);
  }

  /**
   * 6.3: explained form of {@link Subprocessing#noticeDate(List, Interpretations)}. Asked with
   * this contract's readings; see {@link Subprocessing#notice(List, Interpretations)}.
   *
   * @param notices the notices of one engagement, not empty
   * @return the decision, whose outcome is the notice day
   */
  public Decision<LocalDate> notice(List<SubprocessorNoticeGiven> notices) {
    return Subprocessing.notice(notices, readings);
  }

  /**
   * 6.3: the latest day on which notice of a new Third Party Subprocessor is "at least ten (10)
   * calendar days before" it first Processes Customer Personal Data. Asked with this contract's
   * terms and readings; see {@link Subprocessing#latestTimelyNoticeDate(LocalDate, DpaTerms,
   * Interpretations)}.
   *
   * @param firstProcessing the day the new Subprocessor first Processes Customer Personal Data
   * @return the latest timely notice day
   */
  public LocalDate latestTimelyNoticeDate(LocalDate firstProcessing) {
    return Subprocessing.latestTimelyNoticeDate(firstProcessing, terms, readings);
  }

  /**
   * 6.3: explained form of {@link Subprocessing#latestTimelyNoticeDate}, with the window (every
   * day up to the latest timely day) and the readings applied. Asked with this contract's terms
   * and readings; see {@link Subprocessing#latestTimelyNotice(LocalDate, DpaTerms,
   * Interpretations)}.
   *
   * @param firstProcessing the day the new Subprocessor first Processes Customer Personal Data
   * @return the decision, whose outcome is the latest timely notice day
   */
  public Decision<LocalDate> latestTimelyNotice(LocalDate firstProcessing) {
    return Subprocessing.latestTimelyNotice(firstProcessing, terms, readings);
  }

  /**
   * 6.3: the timing status of notice of an ordinary (not expedited) engagement. Asked with this
   * contract's terms and readings; see {@link Subprocessing#noticeTimingOf(LocalDate, LocalDate,
   * DpaTerms, Interpretations)}.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @return the status
   */
  public NoticeTiming noticeTimingOf(LocalDate notice, LocalDate firstProcessing) {
    return Subprocessing.noticeTimingOf(notice, firstProcessing, terms, readings);
  }

  /**
   * 6.3: the timing status of notice of an engagement Segment expedited for one of the reasons 6.3
   * names (the caller asserts Segment's belief in the need was reasonable). Asked with this
   * contract's terms and readings; see {@link Subprocessing#noticeTimingOf(LocalDate, LocalDate,
   * ExpeditedReason, DpaTerms, Interpretations)}.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @param reason why the engagement was expedited
   * @return the status
   */
  public NoticeTiming noticeTimingOf(LocalDate notice, LocalDate firstProcessing, ExpeditedReason reason) {
    return Subprocessing.noticeTimingOf(notice, firstProcessing, reason, terms, readings);
  }

  /**
   * 6.3: explained form of {@link Subprocessing#noticeTimingOf(LocalDate, LocalDate, DpaTerms,
   * Interpretations)} (ordinary engagement). Asked with this contract's terms and readings; see
   * {@link Subprocessing#noticeTiming(LocalDate, LocalDate, DpaTerms, Interpretations)}.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @return the decision
   */
  public Decision<NoticeTiming> noticeTiming(LocalDate notice, LocalDate firstProcessing) {
    return Subprocessing.noticeTiming(notice, firstProcessing, terms, readings);
  }

  /**
   * 6.3: explained form of {@link Subprocessing#noticeTimingOf(LocalDate, LocalDate,
   * ExpeditedReason, DpaTerms, Interpretations)} (expedited engagement). Asked with this
   * contract's terms and readings; see {@link Subprocessing#noticeTiming(LocalDate, LocalDate,
   * ExpeditedReason, DpaTerms, Interpretations)}.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @param reason why the engagement was expedited
   * @return the decision
   */
  public Decision<NoticeTiming> noticeTiming(LocalDate notice, LocalDate firstProcessing, ExpeditedReason reason) {
    return Subprocessing.noticeTiming(notice, firstProcessing, reason, terms, readings);
  }

  /**
   * 6.3: the timing of notice of an engagement, from the model's events. Asked with this
   * contract's terms and readings; see {@link Subprocessing#noticeTiming(SubprocessorEngaged,
   * LocalDate, SubprocessorFirstProcessing, DpaTerms, Interpretations)}.
   *
   * @param engaged the engagement
   * @param notice the notice day
   * @param firstProcessing the first processing by the new Subprocessor
   * @return the decision
   * @throws IllegalArgumentException if the two events concern different Subprocessors
   */
  public Decision<NoticeTiming> noticeTiming(SubprocessorEngaged engaged, LocalDate notice,
      SubprocessorFirstProcessing firstProcessing) {
    return Subprocessing.noticeTiming(engaged, notice, firstProcessing, terms, readings);
  }

  /**
   * 6.3: the timing status of notice of an engagement, from the model's events. Asked with this
   * contract's terms and readings; see {@link Subprocessing#noticeTimingOf(SubprocessorEngaged,
   * LocalDate, SubprocessorFirstProcessing, DpaTerms, Interpretations)}.
   *
   * @param engaged the engagement
   * @param notice the notice day
   * @param firstProcessing the first processing by the new Subprocessor
   * @return the status
   * @throws IllegalArgumentException if the two events concern different Subprocessors
   */
  public NoticeTiming noticeTimingOf(SubprocessorEngaged engaged, LocalDate notice,
      SubprocessorFirstProcessing firstProcessing) {
    return Subprocessing.noticeTimingOf(engaged, notice, firstProcessing, terms, readings);
  }

  /**
   * 6.3: the last day on which Customer may object. Asked with this contract's terms and readings;
   * see {@link Subprocessing#objectionDeadlineDate(LocalDate, DpaTerms, Interpretations)}.
   *
   * @param notice the notice day (see {@link Subprocessing#noticeDate})
   * @return the last day of the objection window
   */
  public LocalDate objectionDeadlineDate(LocalDate notice) {
    return Subprocessing.objectionDeadlineDate(notice, terms, readings);
  }

  /**
   * 6.3: explained form of {@link Subprocessing#objectionDeadlineDate}, with the window (notice,
   * notice + 5]. Asked with this contract's terms and readings; see {@link
   * Subprocessing#objectionDeadline(LocalDate, DpaTerms, Interpretations)}.
   *
   * @param notice the notice day
   * @return the decision, whose outcome is the last day to object
   */
  public Decision<LocalDate> objectionDeadline(LocalDate notice) {
    return Subprocessing.objectionDeadline(notice, terms, readings);
  }

  /**
   * 6.3: whether an objection on {@code objection} is made "within five (5) calendar days after
   * such notice". Asked with this contract's terms and readings; see {@link
   * Subprocessing#isObjectionTimely(LocalDate, LocalDate, DpaTerms, Interpretations)}.
   *
   * @param notice the notice day
   * @param objection the day Customer's objection was made
   * @return true if inside the window
   */
  public boolean isObjectionTimely(LocalDate notice, LocalDate objection) {
    return Subprocessing.isObjectionTimely(notice, objection, terms, readings);
  }

  /**
   * 6.3: explained form of {@link #isObjectionTimely}. Asked with this contract's terms and
   * readings; see {@link Subprocessing#objectionTimely(LocalDate, LocalDate, DpaTerms,
   * Interpretations)}.
   *
   * @param notice the notice day
   * @param objection the day Customer's objection was made
   * @return the decision, with the objection window
   */
  public Decision<Boolean> objectionTimely(LocalDate notice, LocalDate objection) {
    return Subprocessing.objectionTimely(notice, objection, terms, readings);
  }

  /**
   * 6.3: whether an objection triggers 6.3. Asked with this contract's terms and readings; see
   * {@link Subprocessing#isObjectionAllowed(LocalDate, LocalDate, Form, ObjectionGrounds,
   * DpaTerms, Interpretations)}.
   *
   * @param notice the notice day
   * @param objection the day of the objection
   * @param form whether Customer notified Segment in writing
   * @param grounds what the objection rests on
   * @return true if all three conditions hold
   */
  public boolean isObjectionAllowed(LocalDate notice, LocalDate objection, Form form, ObjectionGrounds grounds) {
    return Subprocessing.isObjectionAllowed(notice, objection, form, grounds, terms, readings);
  }

  /**
   * 6.3: explained form of {@link Subprocessing#isObjectionAllowed}. Asked with this contract's
   * terms and readings; see {@link Subprocessing#objectionAllowed(LocalDate, LocalDate, Form,
   * ObjectionGrounds, DpaTerms, Interpretations)}.
   *
   * @param notice the notice day
   * @param objection the day of the objection
   * @param form whether Customer notified Segment in writing
   * @param grounds what the objection rests on
   * @return the decision
   */
  public Decision<Boolean> objectionAllowed(LocalDate notice, LocalDate objection, Form form,
      ObjectionGrounds grounds) {
    return Subprocessing.objectionAllowed(notice, objection, form, grounds, terms, readings);
  }

  /**
   * 6.3: whether an objection event triggers 6.3, given the notice day of the engagement it
   * objects to. Asked with this contract's terms and readings; see {@link
   * Subprocessing#objectionAllowed(LocalDate, ObjectionMade, DpaTerms, Interpretations)}.
   *
   * @param notice the notice day (see {@link Subprocessing#noticeDate(List, Interpretations)})
   * @param objection the objection
   * @return the decision
   */
  public Decision<Boolean> objectionAllowed(LocalDate notice, ObjectionMade objection) {
    return Subprocessing.objectionAllowed(notice, objection, terms, readings);
  }

  /**
   * 6.3: whether an objection event triggers 6.3. Asked with this contract's terms and readings;
   * see {@link Subprocessing#isObjectionAllowed(LocalDate, ObjectionMade, DpaTerms,
   * Interpretations)}.
   *
   * @param notice the notice day
   * @param objection the objection
   * @return true if it is timely, written, and on reasonable data protection grounds
   */
  public boolean isObjectionAllowed(LocalDate notice, ObjectionMade objection) {
    return Subprocessing.isObjectionAllowed(notice, objection, terms, readings);
  }

  // ---------------------------------------------------------------- Security

  /**
   * 7.3 with Section 4: whether Segment must notify this Customer, knowing whose Personal Data the
   * Security Incident affects. Asked with this contract's readings; see {@link
   * Security#isIncidentNotificationRequired(IncidentStatus, Awareness, LegalProhibition,
   * WhoseData, Interpretations)}.
   *
   * @param incident whether there is a Security Incident (2.9)
   * @param awareness whether Segment has become aware of it
   * @param prohibition whether applicable law prohibits notice
   * @param whoseData whose Personal Data it affects
   * @return true if notice to this Customer is required
   */
  public boolean isIncidentNotificationRequired(IncidentStatus incident, Awareness awareness,
      LegalProhibition prohibition, WhoseData whoseData) {
    return Security.isIncidentNotificationRequired(incident, awareness, prohibition, whoseData, readings);
  }

  /**
   * 7.3 with Section 4, from Segment's confirmation of a security event: the bare answer of {@link
   * Security#incidentNotificationRequired(SecurityEventConfirmed, LegalProhibition,
   * Interpretations)}. Asked with this contract's readings; see {@link
   * Security#isIncidentNotificationRequired(SecurityEventConfirmed, LegalProhibition,
   * Interpretations)}.
   *
   * @param event the confirmation
   * @param prohibition whether applicable law prohibits notice
   * @return true if notice to this Customer is required
   */
  public boolean isIncidentNotificationRequired(SecurityEventConfirmed event, LegalProhibition prohibition) {
    return Security.isIncidentNotificationRequired(event, prohibition, readings);
  }

  /**
   * 7.3 with Section 4, explained: as {@link Security#incidentNotificationRequired(IncidentStatus,
   * Awareness, LegalProhibition)} with one more condition, whose data it is; the reading of {@link
   * Question#INCIDENT_DATA_SCOPE} is recorded where it mattered (other data of this Customer).
   * Asked with this contract's readings; see {@link
   * Security#incidentNotificationRequired(IncidentStatus, Awareness, LegalProhibition, WhoseData,
   * Interpretations)}.
   *
   * @param incident whether there is a Security Incident (2.9)
   * @param awareness whether Segment has become aware of it
   * @param prohibition whether applicable law prohibits notice
   * @param whoseData whose Personal Data it affects
   * @return the decision, citing 7.3 (and 4 or 2.9 for whose data it is)
   */
  public Decision<Boolean> incidentNotificationRequired(IncidentStatus incident, Awareness awareness,
      LegalProhibition prohibition, WhoseData whoseData) {
    return Security.incidentNotificationRequired(incident, awareness, prohibition, whoseData, readings);
  }

  /**
   * 7.3 with Section 4, explained, from Segment's confirmation of a security event: Segment is
   * aware of what it confirmed, whether it is a Security Incident is decided by {@link
   * Definitions#isSecurityIncident(SecurityEventConfirmed, Interpretations)}, and whose data it
   * affects is {@link SecurityEventConfirmed#getWhoseData()}. Asked with this contract's readings;
   * see {@link Security#incidentNotificationRequired(SecurityEventConfirmed, LegalProhibition,
   * Interpretations)}.
   *
   * @param event the confirmation
   * @param prohibition whether applicable law prohibits notice
   * @return the decision, citing 7.3
   */
  public Decision<Boolean> incidentNotificationRequired(SecurityEventConfirmed event, LegalProhibition prohibition) {
    return Security.incidentNotificationRequired(event, prohibition, readings);
  }

  /**
   * A.2.1.2, explained, naming the contact address from the terms ({@link
   * DpaTerms#getPrivacyContact()}), for rights exercised under EU Data Protection Laws (what
   * A.2.1.2 speaks of); {@link Security#usageDataRequestForwarded(SubjectKind, DataDescriptor,
   * DataProtectionLaw, DpaTerms)} takes the law as an input. Asked with this contract's terms; see
   * {@link Security#usageDataRequestForwarded(SubjectKind, DataDescriptor, DpaTerms)}.
   *
   * @param requester who makes the request
   * @param data the data the request concerns
   * @return the decision, citing A.2.1.2
   */
  public Decision<Boolean> usageDataRequestForwarded(SubjectKind requester, DataDescriptor data) {
    return Security.usageDataRequestForwarded(requester, data, terms);
  }

  /**
   * A.2.1.2: whether Customer must forward a request about Usage Data, for rights exercised under
   * EU Data Protection Laws. Asked with this contract's terms; see {@link
   * Security#isUsageDataRequestForwarded(SubjectKind, DataDescriptor, DpaTerms)}.
   *
   * @param requester who makes the request
   * @param data the data the request concerns
   * @return true if Customer must forward the request
   */
  public boolean isUsageDataRequestForwarded(SubjectKind requester, DataDescriptor data) {
    return Security.isUsageDataRequestForwarded(requester, data, terms);
  }

  /**
   * A.2.1.2: whether Customer must forward a request about Usage Data, knowing under which law the
   * rights are exercised. Asked with this contract's terms; see {@link
   * Security#isUsageDataRequestForwarded(SubjectKind, DataDescriptor, DataProtectionLaw, DpaTerms)}.
   *
   * @param requester who makes the request
   * @param data the data the request concerns
   * @param law the law under which the requester exercises rights
   * @return true if Customer must forward the request
   */
  public boolean isUsageDataRequestForwarded(SubjectKind requester, DataDescriptor data, DataProtectionLaw law) {
    return Security.isUsageDataRequestForwarded(requester, data, law, terms);
  }

  /**
   * A.2.1.2, explained, knowing under which law the rights are exercised: a referral for rights
   * under EU Data Protection Laws; for CCPA rights over Usage Data that is Personal Data, B.6
   * (Segment is the business for it); for other laws, the Addendum's silence. Asked with this
   * contract's terms; see {@link Security#usageDataRequestForwarded(SubjectKind, DataDescriptor,
   * DataProtectionLaw, DpaTerms)}.
   *
   * @param requester who makes the request
   * @param data the data the request concerns
   * @param law the law under which the requester exercises rights
   * @return the decision, citing A.2.1.2 (and B.6 for CCPA rights)
   */
  public Decision<Boolean> usageDataRequestForwarded(SubjectKind requester, DataDescriptor data,
      DataProtectionLaw law) {
    return Security.usageDataRequestForwarded(requester, data, law, terms);
  }

  // ---------------------------------------------------------------- Deletion

  /**
   * 9.1: the day by which Segment must delete, for one request. Asked with this contract's terms
   * and readings; see {@link Deletion#deletionDueDate(LocalDate, Optional, DpaTerms,
   * Interpretations)}.
   *
   * @param request the day of Customer's deletion request
   * @param agreementEnd the Agreement's termination or expiration day (its last day in force), or
   *     empty if it has not ended
   * @return the due day, or empty if the request triggers no duty (yet)
   */
  public Optional<LocalDate> deletionDueDate(LocalDate request, Optional<LocalDate> agreementEnd) {
    return Deletion.deletionDueDate(request, agreementEnd, terms, readings);
  }

  /**
   * 9.1: the due day for the requests Customer made. Asked with this contract's terms and
   * readings; see {@link Deletion#deletionDueDate(Optional, List, DpaTerms, Interpretations)}.
   *
   * @param agreementEnd the Agreement's termination or expiration day, or empty if it has not
   *     ended
   * @param requests the days of Customer's deletion requests, in any order
   * @return the due day, or empty
   */
  public Optional<LocalDate> deletionDueDate(Optional<LocalDate> agreementEnd, List<LocalDate> requests) {
    return Deletion.deletionDueDate(agreementEnd, requests, terms, readings);
  }

  /**
   * 9.1: the due day from a contract's timeline, the one source of truth for the Agreement's end.
   * Asked with this contract's terms and readings; see {@link Deletion#deletionDueDate(List,
   * DpaTerms, Interpretations)}.
   *
   * @param timeline the contract's events, in any order
   * @return the due day, or empty
   */
  public Optional<LocalDate> deletionDueDate(List<? extends DpaEvent> timeline) {
    return Deletion.deletionDueDate(timeline, terms, readings);
  }

  /**
   * 9.1: explained form of {@link Deletion#deletionDueDate(LocalDate, Optional, DpaTerms,
   * Interpretations)}, with the window (effective request day, due day] and the readings applied.
   * Asked with this contract's terms and readings; see {@link Deletion#deletionDue(LocalDate,
   * Optional, DpaTerms, Interpretations)}.
   *
   * @param request the day of Customer's deletion request
   * @param agreementEnd the Agreement's termination or expiration day, or empty if it has not
   *     ended
   * @return the decision, whose outcome is the due day or empty
   */
  public Decision<Optional<LocalDate>> deletionDue(LocalDate request, Optional<LocalDate> agreementEnd) {
    return Deletion.deletionDue(request, agreementEnd, terms, readings);
  }

  /**
   * 9.1: explained form of {@link Deletion#deletionDueDate(Optional, List, DpaTerms,
   * Interpretations)}. Asked with this contract's terms and readings; see {@link
   * Deletion#deletionDue(Optional, List, DpaTerms, Interpretations)}.
   *
   * @param agreementEnd the Agreement's termination or expiration day, or empty if it has not
   *     ended
   * @param requests the days of Customer's deletion requests
   * @return the decision
   */
  public Decision<Optional<LocalDate>> deletionDue(Optional<LocalDate> agreementEnd, List<LocalDate> requests) {
    return Deletion.deletionDue(agreementEnd, requests, terms, readings);
  }

  /**
   * 9.1: explained form of {@link Deletion#deletionDueDate(List, DpaTerms, Interpretations)}, from
   * a contract's timeline. Asked with this contract's terms and readings; see {@link
   * Deletion#deletionDue(List, DpaTerms, Interpretations)}.
   *
   * @param timeline the contract's events, in any order
   * @return the decision
   */
  public Decision<Optional<LocalDate>> deletionDue(List<? extends DpaEvent> timeline) {
    return Deletion.deletionDue(timeline, terms, readings);
  }

  /**
   * 9.1 with 6.1.1, 6.1.2 and 5.2: how the duty to delete reaches copies held by a party. Asked
   * with this contract's readings; see {@link Deletion#deletionReachOf(PartyKind,
   * Interpretations)}.
   *
   * @param holder who holds the copies: {@link PartyKind#SEGMENT}, {@link
   *     PartyKind#SEGMENT_AFFILIATE}, {@link PartyKind#SUBPROCESSOR}, {@link
   *     PartyKind#THIRD_PARTY_SUBPROCESSOR} or {@link PartyKind#SOURCE_OR_DESTINATION}
   * @return how 9.1 reaches them
   * @throws IllegalArgumentException for any other kind of party, which holds no copies Segment
   *     Processes
   */
  public DeletionReach deletionReachOf(PartyKind holder) {
    return Deletion.deletionReachOf(holder, readings);
  }

  /**
   * 9.1 with 6.1.1, 6.1.2 and 5.2, explained: see {@link Deletion#deletionReachOf}; the reading of
   * {@link Question#DELETION_AT_SUBPROCESSORS} is recorded for a Subprocessor, where it matters.
   * Asked with this contract's readings; see {@link Deletion#deletionReach(PartyKind,
   * Interpretations)}.
   *
   * @param holder who holds the copies
   * @return the decision, citing 9.1 (and 6.1.1, 6.1.2 or 5.2)
   */
  public Decision<DeletionReach> deletionReach(PartyKind holder) {
    return Deletion.deletionReach(holder, readings);
  }

  // ---------------------------------------------------------------- Audits

  /**
   * A.2.2, A.2.2.2: whether Customer may audit with a request on {@code request}. Asked with this
   * contract's terms; see {@link Audits#isAuditAllowed(LocalDate, List, boolean, DpaTerms)}.
   *
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted, in any order
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @return true if allowed
   */
  public boolean isAuditAllowed(LocalDate request, List<LocalDate> earlierAudits, boolean auditRightUnderLaw) {
    return Audits.isAuditAllowed(request, earlierAudits, auditRightUnderLaw, terms);
  }

  /**
   * A.2.2, A.2.2.2, A.4.3.5: whether Customer may audit, where the audit right may also come from
   * the Standard Contractual Clauses. Asked with this contract's terms; see {@link
   * Audits#isAuditAllowed(AuditBasis, LocalDate, List, boolean, SccStatus, DpaTerms)}.
   *
   * @param basis on what the request rests; it changes which reasons the explained form gives, not
   *     whether an audit right exists
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
   * A.2.2, A.2.2.2: the same question for a request given as an instant, turned into a contract
   * date in {@link DpaTerms#getZone()}. Asked with this contract's terms; see {@link
   * Audits#isAuditAllowed(Instant, List, boolean, DpaTerms)}.
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
   * A.2.2, A.2.2.2: explained form of {@link #isAuditAllowed(Instant, List, boolean)}. Asked with
   * this contract's terms; see {@link Audits#auditAllowed(Instant, List, boolean, DpaTerms)}.
   *
   * @param request the instant of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @return the decision
   */
  public Decision<Boolean> auditAllowed(Instant request, List<LocalDate> earlierAudits, boolean auditRightUnderLaw) {
    return Audits.auditAllowed(request, earlierAudits, auditRightUnderLaw, terms);
  }

  /**
   * A.2.2, A.2.2.2, A.4.3.5: whether Customer may audit, an audit resting on an SCC clause
   * presupposing that the SCCs govern. Asked with this contract's terms; see {@link
   * Audits#isAuditAllowed(AuditBasis, LocalDate, List, boolean, DpaTerms)}.
   *
   * @param basis on what the audit rests
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @return true if allowed
   */
  public boolean isAuditAllowed(AuditBasis basis, LocalDate request, List<LocalDate> earlierAudits,
      boolean auditRightUnderLaw) {
    return Audits.isAuditAllowed(basis, request, earlierAudits, auditRightUnderLaw, terms);
  }

  /**
   * A.2.2, A.2.2.2: whether Customer may audit, from the model's events. Asked with this
   * contract's terms; see {@link Audits#isAuditAllowed(AuditRequested, List, boolean, DpaTerms)}.
   *
   * @param request the audit request to decide
   * @param earlier Customer's earlier audit requests (conducted audits)
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @return true if allowed
   */
  public boolean isAuditAllowed(AuditRequested request, List<AuditRequested> earlier, boolean auditRightUnderLaw) {
    return Audits.isAuditAllowed(request, earlier, auditRightUnderLaw, terms);
  }

  /**
   * A.2.2, A.2.2.2, A.4.3.5: explained form of {@link Audits#isAuditAllowed(LocalDate, List,
   * boolean, DpaTerms)}, with the calendar-year window of the request. Asked with this contract's
   * terms; see {@link Audits#auditAllowed(AuditBasis, LocalDate, List, boolean, DpaTerms)}.
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
   * A.2.2, A.2.2.2, A.4.3.5, explained: {@link Audits#isAuditAllowed(AuditBasis, LocalDate, List,
   * boolean, SccStatus, DpaTerms)} with its reasons (whether the SCCs give an audit right, whether
   * the law does, the yearly limit) and the calendar-year window of the request. Asked with this
   * contract's terms; see {@link Audits#auditAllowed(AuditBasis, LocalDate, List, boolean,
   * SccStatus, DpaTerms)}.
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
   * A.2.2, A.2.2.2: explained form for an audit resting on the audit right of applicable law.
   * Asked with this contract's terms; see {@link Audits#auditAllowed(LocalDate, List, boolean,
   * DpaTerms)}.
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
   * A.2.2, A.2.2.2: explained form from the model's events. Asked with this contract's terms; see
   * {@link Audits#auditAllowed(AuditRequested, List, boolean, DpaTerms)}.
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
   * A.2.2.2: whether a Third Party Report issued on {@code issued} falls within "the 12-month
   * period prior to" a request on {@code request}. Asked with this contract's terms and readings;
   * see {@link Audits#isReportRecent(LocalDate, LocalDate, DpaTerms, Interpretations)}.
   *
   * @param issued the report's issue day
   * @param request the day of Customer's request
   * @return true if inside the period
   */
  public boolean isReportRecent(LocalDate issued, LocalDate request) {
    return Audits.isReportRecent(issued, request, terms, readings);
  }

  /**
   * A.2.2.2: explained form of {@link #isReportRecent}, with the period as the window. Asked with
   * this contract's terms and readings; see {@link Audits#reportRecent(LocalDate, LocalDate,
   * DpaTerms, Interpretations)}.
   *
   * @param issued the report's issue day
   * @param request the day of Customer's request
   * @return the decision
   */
  public Decision<Boolean> reportRecent(LocalDate issued, LocalDate request) {
    return Audits.reportRecent(issued, request, terms, readings);
  }

  /**
   * A.2.2.2: whether Customer must accept a Third Party Report in lieu of a written response.
   * Asked with this contract's terms and readings; see {@link
   * Audits#isThirdPartyReportSufficient(LocalDate, LocalDate, ReportCoverage,
   * MaterialChangeConfirmation, DpaTerms, Interpretations)}.
   *
   * @param issued the report's issue day
   * @param request the day of Customer's request
   * @param coverage whether the requested information is addressed in the report
   * @param confirmation whether Segment confirms no material changes in the interim relevant to
   *     the request
   * @return true if the report suffices
   */
  public boolean isThirdPartyReportSufficient(LocalDate issued, LocalDate request, ReportCoverage coverage,
      MaterialChangeConfirmation confirmation) {
    return Audits.isThirdPartyReportSufficient(issued, request, coverage, confirmation, terms, readings);
  }

  /**
   * A.2.2.2: explained form of {@link Audits#isThirdPartyReportSufficient}. Asked with this
   * contract's terms and readings; see {@link Audits#thirdPartyReportSufficient(LocalDate,
   * LocalDate, ReportCoverage, MaterialChangeConfirmation, DpaTerms, Interpretations)}.
   *
   * @param issued the report's issue day
   * @param request the day of Customer's request
   * @param coverage whether the requested information is addressed in the report
   * @param confirmation whether Segment confirms no material changes in the interim relevant to
   *     the request
   * @return the decision
   */
  public Decision<Boolean> thirdPartyReportSufficient(LocalDate issued, LocalDate request, ReportCoverage coverage,
      MaterialChangeConfirmation confirmation) {
    return Audits.thirdPartyReportSufficient(issued, request, coverage, confirmation, terms, readings);
  }

  /**
   * A.2.2.2: explained form from the model's events. Asked with this contract's terms and
   * readings; see {@link Audits#thirdPartyReportSufficient(ThirdPartyReportIssued, AuditRequested,
   * ReportCoverage, MaterialChangeConfirmation, DpaTerms, Interpretations)}.
   *
   * @param report the Third Party Report
   * @param request the audit request
   * @param coverage whether the requested information is addressed in the report
   * @param confirmation whether Segment confirms no material changes in the interim relevant to
   *     the request
   * @return the decision
   */
  public Decision<Boolean> thirdPartyReportSufficient(ThirdPartyReportIssued report, AuditRequested request,
      ReportCoverage coverage, MaterialChangeConfirmation confirmation) {
    return Audits.thirdPartyReportSufficient(report, request, coverage, confirmation, terms, readings);
  }

  /**
   * A.2.2.2: whether Customer must accept a Third Party Report in lieu of a written response, from
   * the model's events. Asked with this contract's terms and readings; see {@link
   * Audits#isThirdPartyReportSufficient(ThirdPartyReportIssued, AuditRequested, ReportCoverage,
   * MaterialChangeConfirmation, DpaTerms, Interpretations)}.
   *
   * @param report the Third Party Report
   * @param request the audit request
   * @param coverage whether the requested information is addressed in the report
   * @param confirmation whether Segment confirms no material changes in the interim relevant to
   *     the request
   * @return true if the report suffices
   */
  public boolean isThirdPartyReportSufficient(ThirdPartyReportIssued report, AuditRequested request,
      ReportCoverage coverage, MaterialChangeConfirmation confirmation) {
    return Audits.isThirdPartyReportSufficient(report, request, coverage, confirmation, terms, readings);
  }

  /**
   * A.2.2, A.2.2.2: whether a form of audit is one the text grants. Asked with this contract's
   * readings; see {@link Audits#isAuditFormGranted(AuditForm, Interpretations)}.
   *
   * @param form the form of audit requested
   * @return true if the text grants it
   */
  public boolean isAuditFormGranted(AuditForm form) {
    return Audits.isAuditFormGranted(form, readings);
  }

  /**
   * A.2.2, A.2.2.2, explained: see {@link Audits#isAuditFormGranted}. Asked with this contract's
   * readings; see {@link Audits#auditFormGranted(AuditForm, Interpretations)}.
   *
   * @param form the form of audit requested
   * @return the decision, citing A.2.2.2 (and A.2.2 under the alternative reading)
   */
  public Decision<Boolean> auditFormGranted(AuditForm form) {
    return Audits.auditFormGranted(form, readings);
  }

  // ---------------------------------------------------------------- Transfers

  /**
   * A.4.3: tells whether the Standard Contractual Clauses govern the transfer on the day. Asked
   * with this contract's readings; see {@link Transfers#isSccGoverned(CountryCode, CountryCode,
   * DpfCertification, AlternativeBasis, LocalDate, LegalFacts, Interpretations)}.
   *
   * @param customerIn where Customer is established
   * @param destination the country of Segment's receiving establishment
   * @param certification whether Segment is certified under the EU–US Data Privacy Framework
   * @param alternativeBasis whether another lawful basis under Chapter V applies (e.g. binding
   *     corporate rules, a derogation)
   * @param asOf the day
   * @param facts the table of legal facts
   * @return true if the SCCs govern the transfer
   */
  public boolean isSccGoverned(CountryCode customerIn, CountryCode destination, DpfCertification certification,
      AlternativeBasis alternativeBasis, LocalDate asOf, LegalFacts facts) {
    return Transfers.isSccGoverned(customerIn, destination, certification, alternativeBasis, asOf, facts, readings);
  }

  /**
   * A.4.3, explained: every condition is given as a reason (the unmet ones when the answer is no).
   * Asked with this contract's readings; see {@link Transfers#sccGoverned(CountryCode,
   * CountryCode, DpfCertification, AlternativeBasis, LocalDate, LegalFacts, Interpretations)}.
   *
   * @param customerIn where Customer is established
   * @param destination the country of Segment's receiving establishment
   * @param certification whether Segment is certified under the EU–US Data Privacy Framework
   * @param alternativeBasis whether another lawful basis under Chapter V applies
   * @param asOf the day
   * @param facts the table of legal facts
   * @return the decision
   */
  public Decision<Boolean> sccGoverned(CountryCode customerIn, CountryCode destination,
      DpfCertification certification, AlternativeBasis alternativeBasis, LocalDate asOf, LegalFacts facts) {
    return Transfers.sccGoverned(customerIn, destination, certification, alternativeBasis, asOf, facts, readings);
  }

  /**
   * A.4.3 for a recorded transfer: the exporter's country, destination, DPF certification and
   * alternative basis of the event, as of the event's date. Asked with this contract's readings;
   * see {@link Transfers#isSccGoverned(TransferMade, LegalFacts, Interpretations)}.
   *
   * @param transfer the transfer event
   * @param facts the table of legal facts
   * @return true if the SCCs govern the transfer
   */
  public boolean isSccGoverned(TransferMade transfer, LegalFacts facts) {
    return Transfers.isSccGoverned(transfer, facts, readings);
  }

  /**
   * A.4.3, explained, for a recorded transfer (see {@link Transfers#isSccGoverned(TransferMade,
   * LegalFacts, Interpretations)}). Asked with this contract's readings; see {@link
   * Transfers#sccGoverned(TransferMade, LegalFacts, Interpretations)}.
   *
   * @param transfer the transfer event
   * @param facts the table of legal facts
   * @return the decision
   */
  public Decision<Boolean> sccGoverned(TransferMade transfer, LegalFacts facts) {
    return Transfers.sccGoverned(transfer, facts, readings);
  }

  /**
   * A.4.3.8: tells whether the Standard Contractual Clauses, which governed the transfer on {@code
   * sccsGovernedOn}, have automatically terminated by {@code asOf} because the transfer has become
   * lawful under Chapter V without them (an adequacy decision, for the United States the DPF with
   * a certified Segment from 2023-07-10; a lawful alternative basis; an EEA or EU destination).
   * Asked with this contract's readings; see {@link Transfers#isSccTerminated(CountryCode,
   * CountryCode, DpfCertification, AlternativeBasis, LocalDate, LocalDate, LegalFacts,
   * Interpretations)}.
   *
   * @param customerIn where Customer is established
   * @param destination the country of Segment's receiving establishment
   * @param certification whether Segment is certified under the DPF on {@code asOf}
   * @param alternativeBasis whether another lawful basis applies on {@code asOf}
   * @param sccsGovernedOn a day on which the SCCs governed the transfer (with the same facts,
   *     except that no other basis and no certification is assumed that day)
   * @param asOf the day asked about, not before {@code sccsGovernedOn}
   * @param facts the table of legal facts
   * @return true if the SCCs have terminated
   * @throws IllegalArgumentException if {@code asOf} is before {@code sccsGovernedOn}
   */
  public boolean isSccTerminated(CountryCode customerIn, CountryCode destination, DpfCertification certification,
      AlternativeBasis alternativeBasis, LocalDate sccsGovernedOn, LocalDate asOf, LegalFacts facts) {
    return Transfers.isSccTerminated(
        customerIn, destination, certification, alternativeBasis, sccsGovernedOn, asOf, facts, readings);
  }

  /**
   * A.4.3.8, explained: "the Standard Contractual Clauses shall automatically terminate once the
   * Customer Personal Data transfer governed thereby becomes lawful under Chapter V of the GDPR in
   * the absence of such Standard Contractual Clauses on any other basis." Asked with this
   * contract's readings; see {@link Transfers#sccTerminated(CountryCode, CountryCode,
   * DpfCertification, AlternativeBasis, LocalDate, LocalDate, LegalFacts, Interpretations)}.
   *
   * @param customerIn where Customer is established
   * @param destination the country of Segment's receiving establishment
   * @param certification whether Segment is certified under the DPF on {@code asOf}
   * @param alternativeBasis whether another lawful basis applies on {@code asOf}
   * @param sccsGovernedOn a day on which the SCCs governed the transfer
   * @param asOf the day asked about
   * @param facts the table of legal facts
   * @return the decision
   */
  public Decision<Boolean> sccTerminated(CountryCode customerIn, CountryCode destination,
      DpfCertification certification, AlternativeBasis alternativeBasis, LocalDate sccsGovernedOn, LocalDate asOf,
      LegalFacts facts) {
    return Transfers.sccTerminated(
        customerIn, destination, certification, alternativeBasis, sccsGovernedOn, asOf, facts, readings);
  }
}
