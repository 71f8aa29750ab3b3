package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * A dated thing that happens under the Addendum: a signature, a subprocessor's engagement, an
 * objection, a confirmed security event, a deletion request, an audit request, and so on. The
 * family is closed (sealed): every kind of event is one of the classes permitted here, each
 * reporting its {@link EventType} through {@link #getType()}.
 *
 * <p>Every event has an id, unique within a timeline; a date, the calendar day in the contract's
 * zone on which it happened (turn an {@link java.time.Instant} into that day only with
 * {@link io.github.dpasemantics.model.time.ContractDates#of(java.time.Instant, java.time.ZoneId)});
 * the party that performed it; and an optional note. Events that concern a particular matter (a
 * Subprocessor, an incident, an audit, a request) name it by id, so that a monitor can match an
 * objection to its notice or a notification to its incident: see {@link #getMatter()} and
 * {@link #getMatterId()}.
 *
 * <p>An event records what happened, even if the contract did not allow it: construction refuses
 * only values that are meaningless in themselves (for example an expedited engagement without a
 * reason). Whether the actor is one that can perform the event is a Jakarta constraint, checked
 * on demand by a {@link jakarta.validation.Validator} and available as {@link #isActorAllowed()},
 * so a monitor can refuse "an event of the wrong party" with a clear message.
 *
 * <p>Dispatch on the kind of event with a {@link Visitor} (exhaustive: adding an event type
 * breaks every visitor at compile time) or with {@code instanceof}.
 *
 * <pre>{@code
 * DpaEvent notice = SubprocessorNoticeGiven.builder()
 *     .id("n-1").date(LocalDate.of(2024, 3, 1))
 *     .subprocessorId("acme-cdn").channel(NoticeChannel.WORKSPACE_MESSAGE)
 *     .build();
 * notice.getActor();      // SEGMENT
 * notice.getMatterId();   // Optional[acme-cdn]
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
@AllowedActor
public sealed interface DpaEvent
    permits AddendumSigned,
        InstructionGiven,
        InstructionAcknowledged,
        LawRequiresOtherProcessing,
        CustomerNotifiedOfLegalRequirement,
        SecurityMeasuresChanged,
        TransferMade,
        PrivacyShieldComplianceLost,
        PrivacyShieldInabilityNotified,
        SubprocessorEngaged,
        SubprocessorAgreementSigned,
        SubprocessorNoticeGiven,
        ObjectionMade,
        GoodFaithDiscussionResolved,
        GoodFaithDiscussionFailed,
        SubprocessorFirstProcessing,
        SecurityEventDetected,
        SecurityEventConfirmed,
        NotificationDelayRequested,
        InvestigationDelayStarted,
        LawProhibitsNotice,
        InvestigationDelayEnded,
        IncidentNotified,
        DataSubjectRequestReceived,
        DataSubjectRequestRouted,
        AssistanceRequested,
        AssistanceProvided,
        ThirdPartyReportIssued,
        AuditRequested,
        AuditorAppointed,
        AuditorObjected,
        NoMaterialChangeConfirmed,
        WrittenResponseProvided,
        NonComplianceDiscovered,
        NonComplianceNotified,
        AuditReportGenerated,
        AuditReportShared,
        AuditTimeInvoiced,
        AuditTimeReimbursed,
        SubprocessorAgreementCopiesRequested,
        SubprocessorAgreementCopiesProvided,
        AgreementTerminated,
        TerminatedForConvenience,
        AgreementExpired,
        DeletionRequested,
        LegalRetentionDeclared,
        DeletionCompleted,
        DeletionCertificationRequested,
        DeletionCertified {

  /**
   * The order of a timeline: by date; on the same date by the rank of the event's type
   * ({@link EventType#getRank()}, the declaration order of {@link EventType}); then by id; and,
   * only for two events that agree on all three (which a valid timeline, whose ids are unique,
   * never contains), by their string forms.
   *
   * <p>The same-date rank puts causes before their effects, the way the day's events would be
   * read in a file: the Addendum's signatures first; then instructions, legal requirements and
   * standing changes; then, per subject, the event that creates a duty before the events that
   * answer it (engagement, then notice, then objection, then the good-faith discussion, then
   * first processing; detection, then confirmation, then the delays and prohibitions that excuse
   * a notice, then the notice; a report's issue before the audit request it may answer); and the
   * end of the Agreement (termination, termination for convenience, expiration) after every
   * other event of its last day, followed only by deletion and its certification. So a
   * termination sorts before a deletion request of the same day, and a notice before an
   * objection of the same day.
   *
   * <p>The order is total, and consistent with {@code equals} (two events compare as equal
   * exactly when they are equal); sorting a collection of events gives the same list whatever
   * the order they arrived in.
   */
  Comparator<DpaEvent> TIMELINE_ORDER = DpaEvent::compareInTimeline;

  /**
   * {@link #TIMELINE_ORDER}, written out rather than as a chain of comparator lambdas: a monitor
   * compares every appended event with the last one, so this is on its hot path.
   */
  private static int compareInTimeline(DpaEvent a, DpaEvent b) {
    int c = a.getDate().compareTo(b.getDate());
    if (c != 0) {
      return c;
    }
    c = a.getType().compareTo(b.getType());
    if (c != 0) {
      return c;
    }
    c = a.getId().compareTo(b.getId());
    return c != 0 ? c : a.toString().compareTo(b.toString());
  }

  /**
   * Returns the event's id, unique within a timeline (a monitor refuses a duplicate).
   *
   * @return the id, not blank
   */
  @NotBlank(message = "DpaEvent.id = '${validatedValue}': must not be blank")
  String getId();

  /**
   * Returns the day the event happened, in the contract's zone.
   *
   * @return the contract date
   */
  LocalDate getDate();

  /**
   * Returns who performed the event (the signing party, the notifying party, the requester).
   *
   * @return the actor
   */
  PartyKind getActor();

  /**
   * Returns a free-text note, if any.
   *
   * @return the note, not blank when present
   */
  Optional<@Pattern(regexp = "(?s).*\\S.*",
      message = "DpaEvent.note = '${validatedValue}': must not be blank when present") String> getNote();

  /**
   * Returns the kind of event: one constant per class of the family.
   *
   * @return the event type
   */
  EventType getType();

  /**
   * Returns what the event is about: the contract as a whole, a Subprocessor, an incident, an
   * audit, a request, and so on. Events with the same matter and matter id concern the same
   * thing.
   *
   * @return the matter
   */
  Matter getMatter();

  /**
   * Returns the id of the particular matter the event concerns (the Subprocessor id, the
   * incident id, the audit id, ...), or empty for matters of which a contract has only one (the
   * contract itself, its deletion, its Security Measures, the Privacy Shield).
   *
   * @return the matter id, or empty
   */
  Optional<String> getMatterId();

  /**
   * Returns the parties that can perform this event: {@link EventType#getAllowedActors()}, or,
   * where it depends on the event's content ({@link LawProhibitsNotice}), the parties for that
   * content.
   *
   * @return the allowed actors, not empty
   */
  default Set<PartyKind> getAllowedActors() {
    return getType().getAllowedActors();
  }

  /**
   * Returns whether {@link #getActor()} is one of {@link #getAllowedActors()}. The same rule is
   * the {@link AllowedActor} constraint, reported by a Jakarta validator on the property
   * {@code actor}.
   *
   * @return true if the actor can perform this event
   */
  default boolean isActorAllowed() {
    return getAllowedActors().contains(getActor());
  }

  /**
   * Calls the visitor's method for this event's class.
   *
   * @param visitor the visitor
   * @param <R> the result type
   * @return the visitor's result
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * An exhaustive dispatch over the event family: one method per event class.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * Visits {@link AddendumSigned}.
     *
     * @param event the event
     * @return the result
     */
    R visitAddendumSigned(AddendumSigned event);

    /**
     * Visits {@link InstructionGiven}.
     *
     * @param event the event
     * @return the result
     */
    R visitInstructionGiven(InstructionGiven event);

    /**
     * Visits {@link InstructionAcknowledged}.
     *
     * @param event the event
     * @return the result
     */
    R visitInstructionAcknowledged(InstructionAcknowledged event);

    /**
     * Visits {@link LawRequiresOtherProcessing}.
     *
     * @param event the event
     * @return the result
     */
    R visitLawRequiresOtherProcessing(LawRequiresOtherProcessing event);

    /**
     * Visits {@link CustomerNotifiedOfLegalRequirement}.
     *
     * @param event the event
     * @return the result
     */
    R visitCustomerNotifiedOfLegalRequirement(CustomerNotifiedOfLegalRequirement event);

    /**
     * Visits {@link SecurityMeasuresChanged}.
     *
     * @param event the event
     * @return the result
     */
    R visitSecurityMeasuresChanged(SecurityMeasuresChanged event);

    /**
     * Visits {@link TransferMade}.
     *
     * @param event the event
     * @return the result
     */
    R visitTransferMade(TransferMade event);

    /**
     * Visits {@link PrivacyShieldComplianceLost}.
     *
     * @param event the event
     * @return the result
     */
    R visitPrivacyShieldComplianceLost(PrivacyShieldComplianceLost event);

    /**
     * Visits {@link PrivacyShieldInabilityNotified}.
     *
     * @param event the event
     * @return the result
     */
    R visitPrivacyShieldInabilityNotified(PrivacyShieldInabilityNotified event);

    /**
     * Visits {@link SubprocessorEngaged}.
     *
     * @param event the event
     * @return the result
     */
    R visitSubprocessorEngaged(SubprocessorEngaged event);

    /**
     * Visits {@link SubprocessorAgreementSigned}.
     *
     * @param event the event
     * @return the result
     */
    R visitSubprocessorAgreementSigned(SubprocessorAgreementSigned event);

    /**
     * Visits {@link SubprocessorNoticeGiven}.
     *
     * @param event the event
     * @return the result
     */
    R visitSubprocessorNoticeGiven(SubprocessorNoticeGiven event);

    /**
     * Visits {@link ObjectionMade}.
     *
     * @param event the event
     * @return the result
     */
    R visitObjectionMade(ObjectionMade event);

    /**
     * Visits {@link GoodFaithDiscussionResolved}.
     *
     * @param event the event
     * @return the result
     */
    R visitGoodFaithDiscussionResolved(GoodFaithDiscussionResolved event);

    /**
     * Visits {@link GoodFaithDiscussionFailed}.
     *
     * @param event the event
     * @return the result
     */
    R visitGoodFaithDiscussionFailed(GoodFaithDiscussionFailed event);

    /**
     * Visits {@link SubprocessorFirstProcessing}.
     *
     * @param event the event
     * @return the result
     */
    R visitSubprocessorFirstProcessing(SubprocessorFirstProcessing event);

    /**
     * Visits {@link SecurityEventDetected}.
     *
     * @param event the event
     * @return the result
     */
    R visitSecurityEventDetected(SecurityEventDetected event);

    /**
     * Visits {@link SecurityEventConfirmed}.
     *
     * @param event the event
     * @return the result
     */
    R visitSecurityEventConfirmed(SecurityEventConfirmed event);

    /**
     * Visits {@link NotificationDelayRequested}.
     *
     * @param event the event
     * @return the result
     */
    R visitNotificationDelayRequested(NotificationDelayRequested event);

    /**
     * Visits {@link InvestigationDelayStarted}.
     *
     * @param event the event
     * @return the result
     */
    R visitInvestigationDelayStarted(InvestigationDelayStarted event);

    /**
     * Visits {@link LawProhibitsNotice}.
     *
     * @param event the event
     * @return the result
     */
    R visitLawProhibitsNotice(LawProhibitsNotice event);

    /**
     * Visits {@link InvestigationDelayEnded}.
     *
     * @param event the event
     * @return the result
     */
    R visitInvestigationDelayEnded(InvestigationDelayEnded event);

    /**
     * Visits {@link IncidentNotified}.
     *
     * @param event the event
     * @return the result
     */
    R visitIncidentNotified(IncidentNotified event);

    /**
     * Visits {@link DataSubjectRequestReceived}.
     *
     * @param event the event
     * @return the result
     */
    R visitDataSubjectRequestReceived(DataSubjectRequestReceived event);

    /**
     * Visits {@link DataSubjectRequestRouted}.
     *
     * @param event the event
     * @return the result
     */
    R visitDataSubjectRequestRouted(DataSubjectRequestRouted event);

    /**
     * Visits {@link AssistanceRequested}.
     *
     * @param event the event
     * @return the result
     */
    R visitAssistanceRequested(AssistanceRequested event);

    /**
     * Visits {@link AssistanceProvided}.
     *
     * @param event the event
     * @return the result
     */
    R visitAssistanceProvided(AssistanceProvided event);

    /**
     * Visits {@link ThirdPartyReportIssued}.
     *
     * @param event the event
     * @return the result
     */
    R visitThirdPartyReportIssued(ThirdPartyReportIssued event);

    /**
     * Visits {@link AuditRequested}.
     *
     * @param event the event
     * @return the result
     */
    R visitAuditRequested(AuditRequested event);

    /**
     * Visits {@link AuditorAppointed}.
     *
     * @param event the event
     * @return the result
     */
    R visitAuditorAppointed(AuditorAppointed event);

    /**
     * Visits {@link AuditorObjected}.
     *
     * @param event the event
     * @return the result
     */
    R visitAuditorObjected(AuditorObjected event);

    /**
     * Visits {@link NoMaterialChangeConfirmed}.
     *
     * @param event the event
     * @return the result
     */
    R visitNoMaterialChangeConfirmed(NoMaterialChangeConfirmed event);

    /**
     * Visits {@link WrittenResponseProvided}.
     *
     * @param event the event
     * @return the result
     */
    R visitWrittenResponseProvided(WrittenResponseProvided event);

    /**
     * Visits {@link NonComplianceDiscovered}.
     *
     * @param event the event
     * @return the result
     */
    R visitNonComplianceDiscovered(NonComplianceDiscovered event);

    /**
     * Visits {@link NonComplianceNotified}.
     *
     * @param event the event
     * @return the result
     */
    R visitNonComplianceNotified(NonComplianceNotified event);

    /**
     * Visits {@link AuditReportGenerated}.
     *
     * @param event the event
     * @return the result
     */
    R visitAuditReportGenerated(AuditReportGenerated event);

    /**
     * Visits {@link AuditReportShared}.
     *
     * @param event the event
     * @return the result
     */
    R visitAuditReportShared(AuditReportShared event);

    /**
     * Visits {@link AuditTimeInvoiced}.
     *
     * @param event the event
     * @return the result
     */
    R visitAuditTimeInvoiced(AuditTimeInvoiced event);

    /**
     * Visits {@link AuditTimeReimbursed}.
     *
     * @param event the event
     * @return the result
     */
    R visitAuditTimeReimbursed(AuditTimeReimbursed event);

    /**
     * Visits {@link SubprocessorAgreementCopiesRequested}.
     *
     * @param event the event
     * @return the result
     */
    R visitSubprocessorAgreementCopiesRequested(SubprocessorAgreementCopiesRequested event);

    /**
     * Visits {@link SubprocessorAgreementCopiesProvided}.
     *
     * @param event the event
     * @return the result
     */
    R visitSubprocessorAgreementCopiesProvided(SubprocessorAgreementCopiesProvided event);

    /**
     * Visits {@link AgreementTerminated}.
     *
     * @param event the event
     * @return the result
     */
    R visitAgreementTerminated(AgreementTerminated event);

    /**
     * Visits {@link TerminatedForConvenience}.
     *
     * @param event the event
     * @return the result
     */
    R visitTerminatedForConvenience(TerminatedForConvenience event);

    /**
     * Visits {@link AgreementExpired}.
     *
     * @param event the event
     * @return the result
     */
    R visitAgreementExpired(AgreementExpired event);

    /**
     * Visits {@link DeletionRequested}.
     *
     * @param event the event
     * @return the result
     */
    R visitDeletionRequested(DeletionRequested event);

    /**
     * Visits {@link LegalRetentionDeclared}.
     *
     * @param event the event
     * @return the result
     */
    R visitLegalRetentionDeclared(LegalRetentionDeclared event);

    /**
     * Visits {@link DeletionCompleted}.
     *
     * @param event the event
     * @return the result
     */
    R visitDeletionCompleted(DeletionCompleted event);

    /**
     * Visits {@link DeletionCertificationRequested}.
     *
     * @param event the event
     * @return the result
     */
    R visitDeletionCertificationRequested(DeletionCertificationRequested event);

    /**
     * Visits {@link DeletionCertified}.
     *
     * @param event the event
     * @return the result
     */
    R visitDeletionCertified(DeletionCertified event);
  }
}
