package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.TerminationKind;
import io.github.dpasemantics.model.party.PartyKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of {@link DpaEvent}: one constant per class of the sealed family, with the parties
 * that can perform it and the clauses it matters to.
 *
 * <p>The declaration order is the same-date precedence of {@link DpaEvent#TIMELINE_ORDER}
 * ({@link #getRank()}): signatures first, then per subject the event that creates a duty before
 * the events that answer it, and the end of the Agreement after every other event of its day,
 * followed only by deletion. Norms name events by these constants.
 */
public enum EventType {
  /** A party signed the Addendum (1). See {@link AddendumSigned}. */
  ADDENDUM_SIGNED(AddendumSigned.class, EnumSet.of(PartyKind.SEGMENT, PartyKind.CUSTOMER), "1"),

  /** Customer gave Segment an instruction for the Processing of Customer Data (5.1). See {@link InstructionGiven}. */
  INSTRUCTION_GIVEN(InstructionGiven.class, EnumSet.of(PartyKind.CUSTOMER), "5.1", "A.1.4"),

  /** Segment acknowledged an instruction of Customer as constituting an instruction for the purposes of the Addendum (5.1). See {@link InstructionAcknowledged}. */
  INSTRUCTION_ACKNOWLEDGED(InstructionAcknowledged.class, EnumSet.of(PartyKind.SEGMENT), "5.1"),

  /** EU Data Protection Law requires Segment to Process Customer Personal Data otherwise than on Customer's instructions (A.1.4), which obliges Segment to notify Customer unless that law prohibits it. See {@link LawRequiresOtherProcessing}. */
  LAW_REQUIRES_OTHER_PROCESSING(LawRequiresOtherProcessing.class, EnumSet.of(PartyKind.SEGMENT), "A.1.4"),

  /** Segment notified Customer that EU Data Protection Law requires it to Process otherwise than on Customer's instructions (A.1.4). See {@link CustomerNotifiedOfLegalRequirement}. */
  CUSTOMER_NOTIFIED_OF_LEGAL_REQUIREMENT(CustomerNotifiedOfLegalRequirement.class, EnumSet.of(PartyKind.SEGMENT), "A.1.4"),

  /** Segment updated the Security Measures (7.2), which it may do upon reasonable notice to Customer provided the modifications do not materially decrease its obligations as compared to those as of the Effective Date. See {@link SecurityMeasuresChanged}. */
  SECURITY_MEASURES_CHANGED(SecurityMeasuresChanged.class, EnumSet.of(PartyKind.SEGMENT), "7.2"),

  /** Customer Personal Data was transferred from one country to another (A.4.1, A.4.3): the facts that decide whether the Standard Contractual Clauses govern it. See {@link TransferMade}. */
  TRANSFER_MADE(TransferMade.class, EnumSet.of(PartyKind.SEGMENT, PartyKind.CUSTOMER), "A.4.1", "A.4.2", "A.4.3"),

  /** Segment became unable to protect Customer Personal Data of individuals in the EU or Switzerland in accordance with the Privacy Shield Principles (A.4.2), which obliges it to inform Customer. See {@link PrivacyShieldComplianceLost}. */
  PRIVACY_SHIELD_COMPLIANCE_LOST(PrivacyShieldComplianceLost.class, EnumSet.of(PartyKind.SEGMENT), "A.4.2"),

  /** Segment informed Customer that it is unable to comply with the Privacy Shield requirement of A.4.2. See {@link PrivacyShieldInabilityNotified}. */
  PRIVACY_SHIELD_INABILITY_NOTIFIED(PrivacyShieldInabilityNotified.class, EnumSet.of(PartyKind.SEGMENT), "A.4.2"),

  /** Segment engaged a new Subprocessor (6.1, 6.3). See {@link SubprocessorEngaged}. */
  SUBPROCESSOR_ENGAGED(SubprocessorEngaged.class, EnumSet.of(PartyKind.SEGMENT), "6.1", "6.3"),

  /** Segment entered into a written agreement with a Subprocessor (6.1.1). See {@link SubprocessorAgreementSigned}. */
  SUBPROCESSOR_AGREEMENT_SIGNED(SubprocessorAgreementSigned.class, EnumSet.of(PartyKind.SEGMENT), "6.1.1"),

  /** Segment gave Customer notice of the engagement of a new Third Party Subprocessor through one channel (6.3). See {@link SubprocessorNoticeGiven}. */
  SUBPROCESSOR_NOTICE_GIVEN(SubprocessorNoticeGiven.class, EnumSet.of(PartyKind.SEGMENT), "6.3"),

  /** Customer objected to Segment's appointment of a new Third Party Subprocessor (6.3). See {@link ObjectionMade}. */
  OBJECTION_MADE(ObjectionMade.class, EnumSet.of(PartyKind.CUSTOMER), "6.3"),

  /** The parties' good-faith discussion of Customer's objection ended with a mutually agreed resolution (6.3). See {@link GoodFaithDiscussionResolved}. */
  GOOD_FAITH_DISCUSSION_RESOLVED(GoodFaithDiscussionResolved.class, EnumSet.of(PartyKind.SEGMENT, PartyKind.CUSTOMER), "6.3"),

  /** The parties were not able to mutually agree to a resolution of Customer's concerns (6.3), which opens Customer's termination for convenience. See {@link GoodFaithDiscussionFailed}. */
  GOOD_FAITH_DISCUSSION_FAILED(GoodFaithDiscussionFailed.class, EnumSet.of(PartyKind.SEGMENT, PartyKind.CUSTOMER), "6.3"),

  /** A new Subprocessor first Processed Customer Personal Data (6.3): the day notice must precede by at least the notice period. See {@link SubprocessorFirstProcessing}. */
  SUBPROCESSOR_FIRST_PROCESSING(SubprocessorFirstProcessing.class, EnumSet.of(PartyKind.SUBPROCESSOR, PartyKind.THIRD_PARTY_SUBPROCESSOR, PartyKind.SEGMENT_AFFILIATE, PartyKind.SEGMENT), "6.3"),

  /** Segment detected a security event, not yet confirmed (2.9, 7.3). See {@link SecurityEventDetected}. */
  SECURITY_EVENT_DETECTED(SecurityEventDetected.class, EnumSet.of(PartyKind.SEGMENT), "2.9", "7.3"),

  /** Segment confirmed a security event, with what it then knew of its nature and effects (2.9, 7.3). See {@link SecurityEventConfirmed}. */
  SECURITY_EVENT_CONFIRMED(SecurityEventConfirmed.class, EnumSet.of(PartyKind.SEGMENT), "2.9", "7.3"),

  /** Law enforcement requested that Segment delay notifying Customer of a Security Incident (7.3): such a delay is not an undue delay. See {@link NotificationDelayRequested}. */
  NOTIFICATION_DELAY_REQUESTED(NotificationDelayRequested.class, EnumSet.of(PartyKind.LAW_ENFORCEMENT), "7.3"),

  /** Segment began delaying notice of a Security Incident in light of its legitimate needs to investigate or remediate the matter before providing notice (7.3): such a delay is not an undue delay. See {@link InvestigationDelayStarted}. */
  INVESTIGATION_DELAY_STARTED(InvestigationDelayStarted.class, EnumSet.of(PartyKind.SEGMENT), "7.3"),

  /** Applicable law prohibits a notice the Addendum would otherwise require: incident notice (7.3, "unless prohibited by applicable law"), notice of a legal requirement (A.1.4, "unless that law prohibits Segment from doing so"), or Customer's audit findings and reports (A.2.2.4, "unless prohibited by EU Data Protection Law or otherwise instructed by a supervisory authority"). See {@link LawProhibitsNotice}. */
  LAW_PROHIBITS_NOTICE(LawProhibitsNotice.class, EnumSet.of(PartyKind.SEGMENT, PartyKind.CUSTOMER, PartyKind.SUPERVISORY_AUTHORITY), "7.3", "A.1.4", "A.2.2.4"),

  /** Segment's legitimate need to investigate or remediate before notice ended (7.3): from here on, further delay must be justified otherwise. See {@link InvestigationDelayEnded}. */
  INVESTIGATION_DELAY_ENDED(InvestigationDelayEnded.class, EnumSet.of(PartyKind.SEGMENT), "7.3"),

  /** Segment notified Customer of a Security Incident (7.3), with what the notice described. See {@link IncidentNotified}. */
  INCIDENT_NOTIFIED(IncidentNotified.class, EnumSet.of(PartyKind.SEGMENT), "7.3"),

  /** A party received a request from an individual to exercise a right under Data Protection Laws (8, A.2.1.2). See {@link DataSubjectRequestReceived}. */
  DATA_SUBJECT_REQUEST_RECEIVED(DataSubjectRequestReceived.class, EnumSet.of(PartyKind.SEGMENT, PartyKind.CUSTOMER), "8", "A.2.1.2"),

  /** The receiving party sent a request on to the party that must answer it: Segment advised the Data Subject to submit the request to Customer (8), or Customer informed Segment and instructed its employee to contact Segment directly (A.2.1.2). See {@link DataSubjectRequestRouted}. */
  DATA_SUBJECT_REQUEST_ROUTED(DataSubjectRequestRouted.class, EnumSet.of(PartyKind.SEGMENT, PartyKind.CUSTOMER), "8", "A.2.1.2"),

  /** Customer requested Segment's assistance (8, with data subject requests; A.3, with impact assessments and prior consultations under Articles 35 and 36 of the GDPR). See {@link AssistanceRequested}. */
  ASSISTANCE_REQUESTED(AssistanceRequested.class, EnumSet.of(PartyKind.CUSTOMER), "8", "A.3"),

  /** Segment provided the assistance Customer requested (8, A.3). See {@link AssistanceProvided}. */
  ASSISTANCE_PROVIDED(AssistanceProvided.class, EnumSet.of(PartyKind.SEGMENT), "8", "A.3"),

  /** A Third Party Report was issued (A.2.2.1): an ISO 27001, 27017 or 27018 certification or a similar audit report. See {@link ThirdPartyReportIssued}. */
  THIRD_PARTY_REPORT_ISSUED(ThirdPartyReportIssued.class, EnumSet.of(PartyKind.SEGMENT), "A.2.2.1", "A.2.2.2"),

  /** Customer requested an audit of Segment's Processing by submitting reasonable requests for information (A.2.2.2). See {@link AuditRequested}. */
  AUDIT_REQUESTED(AuditRequested.class, EnumSet.of(PartyKind.CUSTOMER), "A.2.2.2"),

  /** Customer appointed a third-party auditor to conduct an audit (A.2.2.3); Customer is responsible for the auditor's fees (A.2.2.5). See {@link AuditorAppointed}. */
  AUDITOR_APPOINTED(AuditorAppointed.class, EnumSet.of(PartyKind.CUSTOMER), "A.2.2.3", "A.2.2.5"),

  /** Segment objected to the auditor Customer appointed (A.2.2.3), which requires Customer to appoint another auditor or conduct the audit itself. See {@link AuditorObjected}. */
  AUDITOR_OBJECTED(AuditorObjected.class, EnumSet.of(PartyKind.SEGMENT), "A.2.2.3"),

  /** Segment confirmed that there have been no material changes, relevant to Customer's audit request, since a Third Party Report was issued (A.2.2.2). See {@link NoMaterialChangeConfirmed}. */
  NO_MATERIAL_CHANGE_CONFIRMED(NoMaterialChangeConfirmed.class, EnumSet.of(PartyKind.SEGMENT), "A.2.2.2"),

  /** Segment provided written responses to Customer's audit requests for information (A.2.2.2). See {@link WrittenResponseProvided}. */
  WRITTEN_RESPONSE_PROVIDED(WrittenResponseProvided.class, EnumSet.of(PartyKind.SEGMENT), "A.2.2.2"),

  /** Non-compliance was discovered during the course of an audit (A.2.2.4), which Customer must promptly notify to Segment. See {@link NonComplianceDiscovered}. */
  NON_COMPLIANCE_DISCOVERED(NonComplianceDiscovered.class, EnumSet.of(PartyKind.CUSTOMER, PartyKind.AUDITOR), "A.2.2.4"),

  /** Customer notified Segment of non-compliance discovered during an audit (A.2.2.4). See {@link NonComplianceNotified}. */
  NON_COMPLIANCE_NOTIFIED(NonComplianceNotified.class, EnumSet.of(PartyKind.CUSTOMER), "A.2.2.4"),

  /** An audit report was generated in connection with an audit (A.2.2.4), which Customer must provide to Segment and may use only for the stated purposes. See {@link AuditReportGenerated}. */
  AUDIT_REPORT_GENERATED(AuditReportGenerated.class, EnumSet.of(PartyKind.CUSTOMER, PartyKind.AUDITOR), "A.2.2.4"),

  /** Customer provided Segment with an audit report generated in connection with an audit (A.2.2.4). See {@link AuditReportShared}. */
  AUDIT_REPORT_SHARED(AuditReportShared.class, EnumSet.of(PartyKind.CUSTOMER), "A.2.2.4"),

  /** Segment invoiced Customer for time expended by Segment or its Subprocessors in connection with an audit, at its then-current professional services rates (A.2.2.5). See {@link AuditTimeInvoiced}. */
  AUDIT_TIME_INVOICED(AuditTimeInvoiced.class, EnumSet.of(PartyKind.SEGMENT), "A.2.2.5"),

  /** Customer reimbursed Segment for the time expended in connection with an audit (A.2.2.5). See {@link AuditTimeReimbursed}. */
  AUDIT_TIME_REIMBURSED(AuditTimeReimbursed.class, EnumSet.of(PartyKind.CUSTOMER), "A.2.2.5"),

  /** Customer, as data exporter, requested copies of the Subprocessor agreements under Clause 5(j) of the Standard Contractual Clauses (A.4.3.4). See {@link SubprocessorAgreementCopiesRequested}. */
  SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED(SubprocessorAgreementCopiesRequested.class, EnumSet.of(PartyKind.CUSTOMER), "A.4.3.4"),

  /** Segment, as data importer, provided the copies of the Subprocessor agreements, having removed or redacted commercial information or clauses unrelated to the Standard Contractual Clauses if it chose to (A.4.3.4). See {@link SubprocessorAgreementCopiesProvided}. */
  SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED(SubprocessorAgreementCopiesProvided.class, EnumSet.of(PartyKind.SEGMENT), "A.4.3.4"),

  /** The Agreement was terminated, other than for convenience under 6.3 (see {@link TerminatedForConvenience}); the Addendum terminates with it (3.4) and Customer may then request deletion (9.1). See {@link AgreementTerminated}. */
  AGREEMENT_TERMINATED(AgreementTerminated.class, EnumSet.of(PartyKind.SEGMENT, PartyKind.CUSTOMER), "3.4", "9.1"),

  /** Customer terminated the Agreement for convenience, as its sole and exclusive remedy after an unresolved objection to a new Third Party Subprocessor (6.3). See {@link TerminatedForConvenience}. */
  TERMINATED_FOR_CONVENIENCE(TerminatedForConvenience.class, EnumSet.of(PartyKind.CUSTOMER), "6.3", "3.4", "9.1"),

  /** The Agreement expired at the end of its term; the Addendum terminates with it (3.4) and Customer may then request deletion (9.1). See {@link AgreementExpired}. */
  AGREEMENT_EXPIRED(AgreementExpired.class, EnumSet.of(PartyKind.SEGMENT, PartyKind.CUSTOMER), "3.4", "9.1"),

  /** Customer requested deletion of the Customer Personal Data (9.1). See {@link DeletionRequested}. */
  DELETION_REQUESTED(DeletionRequested.class, EnumSet.of(PartyKind.CUSTOMER), "9.1"),

  /** Segment declared that it must retain Customer Personal Data because the law requires it (9.2). See {@link LegalRetentionDeclared}. */
  LEGAL_RETENTION_DECLARED(LegalRetentionDeclared.class, EnumSet.of(PartyKind.SEGMENT), "9.2"),

  /** Segment deleted Customer Personal Data from its systems (9.1): all of it, or part of it. See {@link DeletionCompleted}. */
  DELETION_COMPLETED(DeletionCompleted.class, EnumSet.of(PartyKind.SEGMENT), "9.1", "A.1.2"),

  /** Customer requested certification of deletion under Clause 12(1) of the Standard Contractual Clauses (A.4.3.7). See {@link DeletionCertificationRequested}. */
  DELETION_CERTIFICATION_REQUESTED(DeletionCertificationRequested.class, EnumSet.of(PartyKind.CUSTOMER), "A.4.3.7"),

  /** Segment certified the deletion of Customer Personal Data (A.4.3.7). See {@link DeletionCertified}. */
  DELETION_CERTIFIED(DeletionCertified.class, EnumSet.of(PartyKind.SEGMENT), "A.4.3.7");

  private final Class<? extends DpaEvent> eventClass;
  @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable view of a private EnumSet
  private final Set<PartyKind> allowedActors;

  @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable list of immutable ids
  private final List<ClauseId> clauses;

  EventType(Class<? extends DpaEvent> eventClass, EnumSet<PartyKind> allowedActors, String... clauses) {
    this.eventClass = eventClass;
    this.allowedActors = Collections.unmodifiableSet(allowedActors);
    List<ClauseId> ids = new ArrayList<>();
    for (String clause : clauses) {
      ids.add(ClauseId.parse(clause));
    }
    this.clauses = Collections.unmodifiableList(ids);
  }

  /**
   * Returns the event type of an event class: the abstract class of the family or its generated
   * implementation.
   *
   * @param eventClass the class, such as {@code ObjectionMade.class}
   * @return the event type
   * @throws IllegalArgumentException if the class is not part of the family
   */
  public static EventType of(Class<?> eventClass) {
    Objects.requireNonNull(eventClass, "EventType.of: eventClass must not be null");
    for (EventType type : values()) {
      if (type.eventClass.isAssignableFrom(eventClass)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "EventType.of: class " + eventClass.getName() + " is not a DpaEvent class of this family");
  }

  /**
   * Returns the abstract class of the family that events of this type are instances of.
   *
   * @return the event class, such as {@code ObjectionMade.class}
   */
  public Class<? extends DpaEvent> getEventClass() {
    return eventClass;
  }

  /**
   * Returns the parties that can perform an event of this type. For
   * {@link #LAW_PROHIBITS_NOTICE} this is the union over the kinds of prohibited notice; each
   * event narrows it by its content ({@link DpaEvent#getAllowedActors()}).
   *
   * @return an unmodifiable, non-empty set
   */
  public Set<PartyKind> getAllowedActors() {
    return allowedActors;
  }

  /**
   * Returns the clauses this kind of event matters to, in the order the text gives them weight.
   *
   * @return an unmodifiable, non-empty list of clause ids
   */
  public List<ClauseId> getClauses() {
    return clauses;
  }

  /**
   * Returns the same-date precedence of this type in {@link DpaEvent#TIMELINE_ORDER}: lower
   * ranks come first. It is the declaration order.
   *
   * @return the rank, from 0
   */
  @SuppressWarnings("EnumOrdinal") // the declaration order is the documented rank
  public int getRank() {
    return ordinal();
  }

  /**
   * Returns whether an event of this type ends the Agreement (and with it the Addendum, 3.4):
   * termination, termination for convenience under 6.3, or expiration.
   *
   * @return true for the three ending events
   */
  public boolean isAgreementEnd() {
    return getTerminationKind().isPresent();
  }

  /**
   * Returns how an event of this type ends the Agreement, if it does.
   *
   * @return {@link TerminationKind#OTHER} for {@link #AGREEMENT_TERMINATED},
   *     {@link TerminationKind#FOR_CONVENIENCE_UNDER_6_3} for {@link #TERMINATED_FOR_CONVENIENCE},
   *     {@link TerminationKind#EXPIRATION} for {@link #AGREEMENT_EXPIRED}, otherwise empty
   */
  public Optional<TerminationKind> getTerminationKind() {
    return switch (this) {
      case AGREEMENT_TERMINATED -> Optional.of(TerminationKind.OTHER);
      case TERMINATED_FOR_CONVENIENCE -> Optional.of(TerminationKind.FOR_CONVENIENCE_UNDER_6_3);
      case AGREEMENT_EXPIRED -> Optional.of(TerminationKind.EXPIRATION);
      default -> Optional.empty();
    };
  }
}
