package io.github.dpasemantics.model.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.event.AddendumSigned;
import io.github.dpasemantics.model.event.AgreementExpired;
import io.github.dpasemantics.model.event.AgreementTerminated;
import io.github.dpasemantics.model.event.AssistanceProvided;
import io.github.dpasemantics.model.event.AssistanceRequested;
import io.github.dpasemantics.model.event.AssistanceSubject;
import io.github.dpasemantics.model.event.AuditReportGenerated;
import io.github.dpasemantics.model.event.AuditReportShared;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.event.AuditTimeInvoiced;
import io.github.dpasemantics.model.event.AuditTimeReimbursed;
import io.github.dpasemantics.model.event.AuditorAppointed;
import io.github.dpasemantics.model.event.AuditorObjected;
import io.github.dpasemantics.model.event.AuditorObjectionReason;
import io.github.dpasemantics.model.event.CustomerNotifiedOfLegalRequirement;
import io.github.dpasemantics.model.event.DataScope;
import io.github.dpasemantics.model.event.DataSubjectRequestReceived;
import io.github.dpasemantics.model.event.DataSubjectRequestRouted;
import io.github.dpasemantics.model.event.DataSubjectRight;
import io.github.dpasemantics.model.event.DeletionCertificationRequested;
import io.github.dpasemantics.model.event.DeletionCertified;
import io.github.dpasemantics.model.event.DeletionCompleted;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.event.GoodFaithDiscussionFailed;
import io.github.dpasemantics.model.event.GoodFaithDiscussionResolved;
import io.github.dpasemantics.model.event.IncidentNotified;
import io.github.dpasemantics.model.event.InstructionAcknowledged;
import io.github.dpasemantics.model.event.InstructionGiven;
import io.github.dpasemantics.model.event.InvestigationDelayEnded;
import io.github.dpasemantics.model.event.InvestigationDelayStarted;
import io.github.dpasemantics.model.event.LawProhibitsNotice;
import io.github.dpasemantics.model.event.LawRequiresOtherProcessing;
import io.github.dpasemantics.model.event.LegalRetentionDeclared;
import io.github.dpasemantics.model.event.NoMaterialChangeConfirmed;
import io.github.dpasemantics.model.event.NonComplianceDiscovered;
import io.github.dpasemantics.model.event.NonComplianceNotified;
import io.github.dpasemantics.model.event.NoticeChannel;
import io.github.dpasemantics.model.event.NotificationDelayRequested;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.ObjectionMade;
import io.github.dpasemantics.model.event.PrivacyShieldComplianceLost;
import io.github.dpasemantics.model.event.PrivacyShieldInabilityNotified;
import io.github.dpasemantics.model.event.ProhibitedNotice;
import io.github.dpasemantics.model.event.ReportKind;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.SecurityEventDetected;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.model.event.SecurityMeasuresChanged;
import io.github.dpasemantics.model.event.SubprocessorAgreementCopiesProvided;
import io.github.dpasemantics.model.event.SubprocessorAgreementCopiesRequested;
import io.github.dpasemantics.model.event.SubprocessorAgreementSigned;
import io.github.dpasemantics.model.event.SubprocessorEngaged;
import io.github.dpasemantics.model.event.SubprocessorFirstProcessing;
import io.github.dpasemantics.model.event.SubprocessorNoticeGiven;
import io.github.dpasemantics.model.event.TerminatedForConvenience;
import io.github.dpasemantics.model.event.ThirdPartyReportIssued;
import io.github.dpasemantics.model.event.TransferMade;
import io.github.dpasemantics.model.event.WrittenResponseProvided;
import io.github.dpasemantics.model.party.PartyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Generators for the sealed event family ({@link DpaEvent}): the one place for them in
 * dpa-model. Every generated event is valid: it passes its construction checks and Jakarta
 * validation. Each event is built from a seed, so a failing example can be rebuilt with
 * {@link #event(long)}; matter ids come from small pools ({@code sp-0}..{@code sp-3}) so that
 * generated timelines contain related events.
 */
public final class EventGenerators {
  private EventGenerators() {}

  private static final List<String> COUNTRIES =
      List.of("DE", "FR", "IE", "NL", "US", "CH", "GB", "JP", "IN", "BR");

  /** The first day generated events may fall on. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

  /** Any valid event of any type. */
  public static Gen<DpaEvent> events() {
    return longs().all().map(seed -> event(seed));
  }

  /** Any valid event of the given type. */
  public static Gen<DpaEvent> events(EventType type) {
    return longs().all().map(seed -> event(type, new Random(seed)));
  }

  /**
   * Valid events crowded on three days with ids from a pool of three, so that same-date,
   * same-type and same-id ties are common: for testing orders.
   */
  public static Gen<DpaEvent> clusteredEvents() {
    return longs().all().map(seed -> {
      Random r = new Random(seed);
      DpaEvent e = event(pick(r, EventType.values()), r);
      return withId(withDate(e, FIRST_DAY.plusDays(r.nextInt(3))), "e-" + r.nextInt(3));
    });
  }

  /** The event built from a seed. */
  public static DpaEvent event(long seed) {
    Random r = new Random(seed);
    return event(pick(r, EventType.values()), r);
  }

  /**
   * Timelines: lists of 0 to {@code max} valid events with distinct ids, over a few years, with
   * several events on some days.
   */
  public static Gen<List<DpaEvent>> timelines(int max) {
    return integers().between(0, max).zip(longs().all(), (n, seed) -> {
      Random r = new Random(seed);
      List<DpaEvent> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        DpaEvent e = event(pick(r, EventType.values()), r);
        DpaEvent dated = withDate(e, FIRST_DAY.plusDays(r.nextInt(40)));
        out.add(withId(dated, "e-" + i));
      }
      return out;
    });
  }

  /** A corrupted event and the property path the validator must report. */
  public record Corruption(DpaEvent event, String path) {}

  /** Every kind of corruption the validator must catch: blank id, blank note, wrong actor, blank text field. */
  public static Gen<Corruption> corruptions() {
    return longs().all().map(seed -> {
      Random r = new Random(seed);
      DpaEvent event = event(pick(r, EventType.values()), r);
      List<Corruption> options = new ArrayList<>();
      String blank = r.nextBoolean() ? "" : "  ";
      options.add(new Corruption(withId(event, blank), "id"));
      options.add(new Corruption(withNote(event, blank), "note"));
      List<PartyKind> wrong = new ArrayList<>(EnumSet.complementOf(EnumSet.copyOf(event.getAllowedActors())));
      options.add(new Corruption(withActor(event, wrong.get(r.nextInt(wrong.size()))), "actor"));
      blankTextField(event, blank).ifPresent(options::add);
      return options.get(r.nextInt(options.size()));
    });
  }

  /** A valid event of the given type built from the random source. */
  public static DpaEvent event(EventType type, Random r) {
    String id = "e-" + r.nextInt(1_000_000);
    LocalDate date = FIRST_DAY.plusDays(r.nextInt(3650));
    Optional<String> note = r.nextInt(3) == 0 ? Optional.of("note " + r.nextInt(10)) : Optional.empty();
    switch (type) {
      case ADDENDUM_SIGNED: {
        return AddendumSigned.builder().id(id).date(date)
            .actor(pick(r, EventType.ADDENDUM_SIGNED.getAllowedActors()))
            .signatory(r.nextBoolean() ? Optional.of("signatory " + r.nextInt(100)) : Optional.<String>empty())
            .note(note)
            .build();
      }
      case INSTRUCTION_GIVEN: {
        return InstructionGiven.builder().id(id).date(date)
            .actor(pick(r, EventType.INSTRUCTION_GIVEN.getAllowedActors()))
            .instructionId("ins-" + r.nextInt(4))
            .written(r.nextBoolean())
            .note(note)
            .build();
      }
      case INSTRUCTION_ACKNOWLEDGED: {
        return InstructionAcknowledged.builder().id(id).date(date)
            .actor(pick(r, EventType.INSTRUCTION_ACKNOWLEDGED.getAllowedActors()))
            .instructionId("ins-" + r.nextInt(4))
            .written(r.nextBoolean())
            .note(note)
            .build();
      }
      case LAW_REQUIRES_OTHER_PROCESSING: {
        return LawRequiresOtherProcessing.builder().id(id).date(date)
            .actor(pick(r, EventType.LAW_REQUIRES_OTHER_PROCESSING.getAllowedActors()))
            .requirementId("law-" + r.nextInt(4))
            .legalBasis(r.nextBoolean() ? Optional.of("legalBasis " + r.nextInt(100)) : Optional.<String>empty())
            .note(note)
            .build();
      }
      case CUSTOMER_NOTIFIED_OF_LEGAL_REQUIREMENT: {
        return CustomerNotifiedOfLegalRequirement.builder().id(id).date(date)
            .actor(pick(r, EventType.CUSTOMER_NOTIFIED_OF_LEGAL_REQUIREMENT.getAllowedActors()))
            .requirementId("law-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case SECURITY_MEASURES_CHANGED: {
        return SecurityMeasuresChanged.builder().id(id).date(date)
            .actor(pick(r, EventType.SECURITY_MEASURES_CHANGED.getAllowedActors()))
            .noticeGiven(r.nextBoolean())
            .materialDecrease(r.nextBoolean())
            .note(note)
            .build();
      }
      case TRANSFER_MADE: {
        int from = r.nextInt(COUNTRIES.size());
        int to = (from + 1 + r.nextInt(COUNTRIES.size() - 1)) % COUNTRIES.size();
        return TransferMade.builder().id(id).date(date)
            .actor(pick(r, EventType.TRANSFER_MADE.getAllowedActors()))
            .transferId("tr-" + r.nextInt(4))
            .importerDpfCertified(r.nextBoolean())
            .alternativeBasis(r.nextBoolean())
            .exporterCountry(CountryCode.of(COUNTRIES.get(from))).destinationCountry(CountryCode.of(COUNTRIES.get(to)))
            .note(note)
            .build();
      }
      case PRIVACY_SHIELD_COMPLIANCE_LOST: {
        return PrivacyShieldComplianceLost.builder().id(id).date(date)
            .actor(pick(r, EventType.PRIVACY_SHIELD_COMPLIANCE_LOST.getAllowedActors()))
            .note(note)
            .build();
      }
      case PRIVACY_SHIELD_INABILITY_NOTIFIED: {
        return PrivacyShieldInabilityNotified.builder().id(id).date(date)
            .actor(pick(r, EventType.PRIVACY_SHIELD_INABILITY_NOTIFIED.getAllowedActors()))
            .note(note)
            .build();
      }
      case SUBPROCESSOR_ENGAGED: {
        boolean expedited = r.nextInt(4) == 0;
        return SubprocessorEngaged.builder().id(id).date(date)
            .actor(pick(r, EventType.SUBPROCESSOR_ENGAGED.getAllowedActors()))
            .subprocessorId("sp-" + r.nextInt(4))
            .subprocessorName(r.nextBoolean() ? Optional.of("subprocessorName " + r.nextInt(100)) : Optional.<String>empty())
            .subprocessorKind(r.nextBoolean() ? PartyKind.THIRD_PARTY_SUBPROCESSOR : PartyKind.SEGMENT_AFFILIATE)
            .expedited(expedited).expeditedReason(expedited ? Optional.of(pick(r, ExpeditedReason.values())) : Optional.<ExpeditedReason>empty())
            .note(note)
            .build();
      }
      case SUBPROCESSOR_AGREEMENT_SIGNED: {
        return SubprocessorAgreementSigned.builder().id(id).date(date)
            .actor(pick(r, EventType.SUBPROCESSOR_AGREEMENT_SIGNED.getAllowedActors()))
            .subprocessorId("sp-" + r.nextInt(4))
            .substantiallySimilar(r.nextBoolean())
            .note(note)
            .build();
      }
      case SUBPROCESSOR_NOTICE_GIVEN: {
        return SubprocessorNoticeGiven.builder().id(id).date(date)
            .actor(pick(r, EventType.SUBPROCESSOR_NOTICE_GIVEN.getAllowedActors()))
            .subprocessorId("sp-" + r.nextInt(4))
            .channel(pick(r, NoticeChannel.values()))
            .note(note)
            .build();
      }
      case OBJECTION_MADE: {
        return ObjectionMade.builder().id(id).date(date)
            .actor(pick(r, EventType.OBJECTION_MADE.getAllowedActors()))
            .subprocessorId("sp-" + r.nextInt(4))
            .written(r.nextBoolean())
            .grounds(pick(r, ObjectionGrounds.values()))
            .note(note)
            .build();
      }
      case GOOD_FAITH_DISCUSSION_RESOLVED: {
        return GoodFaithDiscussionResolved.builder().id(id).date(date)
            .actor(pick(r, EventType.GOOD_FAITH_DISCUSSION_RESOLVED.getAllowedActors()))
            .subprocessorId("sp-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case GOOD_FAITH_DISCUSSION_FAILED: {
        return GoodFaithDiscussionFailed.builder().id(id).date(date)
            .actor(pick(r, EventType.GOOD_FAITH_DISCUSSION_FAILED.getAllowedActors()))
            .subprocessorId("sp-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case SUBPROCESSOR_FIRST_PROCESSING: {
        return SubprocessorFirstProcessing.builder().id(id).date(date)
            .actor(pick(r, EventType.SUBPROCESSOR_FIRST_PROCESSING.getAllowedActors()))
            .subprocessorId("sp-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case SECURITY_EVENT_DETECTED: {
        return SecurityEventDetected.builder().id(id).date(date)
            .actor(pick(r, EventType.SECURITY_EVENT_DETECTED.getAllowedActors()))
            .incidentId("inc-" + r.nextInt(4))
            .nature(pick(r, SecurityEventNature.values()))
            .effects(subset(r, SecurityEffect.class))
            .personalDataProcessedBySegment(r.nextBoolean())
            .unauthorizedOrUnlawful(r.nextBoolean())
            .note(note)
            .build();
      }
      case SECURITY_EVENT_CONFIRMED: {
        return SecurityEventConfirmed.builder().id(id).date(date)
            .actor(pick(r, EventType.SECURITY_EVENT_CONFIRMED.getAllowedActors()))
            .incidentId("inc-" + r.nextInt(4))
            .nature(pick(r, SecurityEventNature.values()))
            .effects(subset(r, SecurityEffect.class))
            .personalDataProcessedBySegment(r.nextBoolean())
            .unauthorizedOrUnlawful(r.nextBoolean())
            .note(note)
            .build();
      }
      case NOTIFICATION_DELAY_REQUESTED: {
        return NotificationDelayRequested.builder().id(id).date(date)
            .actor(pick(r, EventType.NOTIFICATION_DELAY_REQUESTED.getAllowedActors()))
            .incidentId("inc-" + r.nextInt(4))
            .until(r.nextBoolean() ? Optional.of(date.plusDays(r.nextInt(30))) : Optional.<LocalDate>empty())
            .note(note)
            .build();
      }
      case INVESTIGATION_DELAY_STARTED: {
        return InvestigationDelayStarted.builder().id(id).date(date)
            .actor(pick(r, EventType.INVESTIGATION_DELAY_STARTED.getAllowedActors()))
            .incidentId("inc-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case LAW_PROHIBITS_NOTICE: {
        ProhibitedNotice notice = pick(r, ProhibitedNotice.values());
        return LawProhibitsNotice.builder().id(id).date(date)
            .notice(notice).actor(pick(r, notice.getAllowedActors()))
            .reference("ref-" + r.nextInt(4))
            .until(r.nextBoolean() ? Optional.of(date.plusDays(r.nextInt(30))) : Optional.<LocalDate>empty())
            .note(note)
            .build();
      }
      case INVESTIGATION_DELAY_ENDED: {
        return InvestigationDelayEnded.builder().id(id).date(date)
            .actor(pick(r, EventType.INVESTIGATION_DELAY_ENDED.getAllowedActors()))
            .incidentId("inc-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case INCIDENT_NOTIFIED: {
        return IncidentNotified.builder().id(id).date(date)
            .actor(pick(r, EventType.INCIDENT_NOTIFIED.getAllowedActors()))
            .incidentId("inc-" + r.nextInt(4))
            .detailsDescribed(r.nextBoolean())
            .mitigationDescribed(r.nextBoolean())
            .recommendationsDescribed(r.nextBoolean())
            .note(note)
            .build();
      }
      case DATA_SUBJECT_REQUEST_RECEIVED: {
        return DataSubjectRequestReceived.builder().id(id).date(date)
            .actor(pick(r, EventType.DATA_SUBJECT_REQUEST_RECEIVED.getAllowedActors()))
            .requestId("req-" + r.nextInt(4))
            .right(pick(r, DataSubjectRight.values()))
            .dataCategory(r.nextBoolean() ? DataCategory.CUSTOMER_PERSONAL_DATA : DataCategory.USAGE_DATA)
            .requester(r.nextBoolean() ? PartyKind.DATA_SUBJECT : PartyKind.CUSTOMER_REPRESENTATIVE)
            .note(note)
            .build();
      }
      case DATA_SUBJECT_REQUEST_ROUTED: {
        return DataSubjectRequestRouted.builder().id(id).date(date)
            .actor(pick(r, EventType.DATA_SUBJECT_REQUEST_ROUTED.getAllowedActors()))
            .requestId("req-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case ASSISTANCE_REQUESTED: {
        AssistanceSubject subject = pick(r, AssistanceSubject.values());
        return AssistanceRequested.builder().id(id).date(date)
            .actor(pick(r, EventType.ASSISTANCE_REQUESTED.getAllowedActors()))
            .assistanceId("as-" + r.nextInt(4))
            .selfServiceSufficient(r.nextBoolean())
            .subject(subject).dataSubjectRequestId(subject == AssistanceSubject.DATA_SUBJECT_REQUEST && r.nextBoolean() ? Optional.of("req-" + r.nextInt(4)) : Optional.<String>empty())
            .note(note)
            .build();
      }
      case ASSISTANCE_PROVIDED: {
        return AssistanceProvided.builder().id(id).date(date)
            .actor(pick(r, EventType.ASSISTANCE_PROVIDED.getAllowedActors()))
            .assistanceId("as-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case THIRD_PARTY_REPORT_ISSUED: {
        return ThirdPartyReportIssued.builder().id(id).date(date)
            .actor(pick(r, EventType.THIRD_PARTY_REPORT_ISSUED.getAllowedActors()))
            .reportId("rep-" + r.nextInt(4))
            .reportKind(pick(r, ReportKind.values()))
            .note(note)
            .build();
      }
      case AUDIT_REQUESTED: {
        return AuditRequested.builder().id(id).date(date)
            .actor(pick(r, EventType.AUDIT_REQUESTED.getAllowedActors()))
            .auditId("audit-" + r.nextInt(4))
            .byThirdParty(r.nextBoolean())
            .note(note)
            .build();
      }
      case AUDITOR_APPOINTED: {
        return AuditorAppointed.builder().id(id).date(date)
            .actor(pick(r, EventType.AUDITOR_APPOINTED.getAllowedActors()))
            .auditId("audit-" + r.nextInt(4))
            .auditor("auditor-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case AUDITOR_OBJECTED: {
        return AuditorObjected.builder().id(id).date(date)
            .actor(pick(r, EventType.AUDITOR_OBJECTED.getAllowedActors()))
            .auditId("audit-" + r.nextInt(4))
            .auditor("auditor-" + r.nextInt(4))
            .reason(pick(r, AuditorObjectionReason.values()))
            .note(note)
            .build();
      }
      case NO_MATERIAL_CHANGE_CONFIRMED: {
        return NoMaterialChangeConfirmed.builder().id(id).date(date)
            .actor(pick(r, EventType.NO_MATERIAL_CHANGE_CONFIRMED.getAllowedActors()))
            .auditId("audit-" + r.nextInt(4))
            .reportId("rep-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case WRITTEN_RESPONSE_PROVIDED: {
        return WrittenResponseProvided.builder().id(id).date(date)
            .actor(pick(r, EventType.WRITTEN_RESPONSE_PROVIDED.getAllowedActors()))
            .auditId("audit-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case NON_COMPLIANCE_DISCOVERED: {
        return NonComplianceDiscovered.builder().id(id).date(date)
            .actor(pick(r, EventType.NON_COMPLIANCE_DISCOVERED.getAllowedActors()))
            .auditId("audit-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case NON_COMPLIANCE_NOTIFIED: {
        return NonComplianceNotified.builder().id(id).date(date)
            .actor(pick(r, EventType.NON_COMPLIANCE_NOTIFIED.getAllowedActors()))
            .auditId("audit-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case AUDIT_REPORT_GENERATED: {
        return AuditReportGenerated.builder().id(id).date(date)
            .actor(pick(r, EventType.AUDIT_REPORT_GENERATED.getAllowedActors()))
            .auditId("audit-" + r.nextInt(4))
            .reportId("rep-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case AUDIT_REPORT_SHARED: {
        return AuditReportShared.builder().id(id).date(date)
            .actor(pick(r, EventType.AUDIT_REPORT_SHARED.getAllowedActors()))
            .auditId("audit-" + r.nextInt(4))
            .reportId("rep-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case AUDIT_TIME_INVOICED: {
        return AuditTimeInvoiced.builder().id(id).date(date)
            .actor(pick(r, EventType.AUDIT_TIME_INVOICED.getAllowedActors()))
            .auditId("audit-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case AUDIT_TIME_REIMBURSED: {
        return AuditTimeReimbursed.builder().id(id).date(date)
            .actor(pick(r, EventType.AUDIT_TIME_REIMBURSED.getAllowedActors()))
            .auditId("audit-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED: {
        return SubprocessorAgreementCopiesRequested.builder().id(id).date(date)
            .actor(pick(r, EventType.SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED.getAllowedActors()))
            .requestId("req-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED: {
        return SubprocessorAgreementCopiesProvided.builder().id(id).date(date)
            .actor(pick(r, EventType.SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED.getAllowedActors()))
            .requestId("req-" + r.nextInt(4))
            .redacted(r.nextBoolean())
            .note(note)
            .build();
      }
      case AGREEMENT_TERMINATED: {
        return AgreementTerminated.builder().id(id).date(date)
            .actor(pick(r, EventType.AGREEMENT_TERMINATED.getAllowedActors()))
            .ground(r.nextBoolean() ? Optional.of("ground " + r.nextInt(100)) : Optional.<String>empty())
            .note(note)
            .build();
      }
      case TERMINATED_FOR_CONVENIENCE: {
        return TerminatedForConvenience.builder().id(id).date(date)
            .actor(pick(r, EventType.TERMINATED_FOR_CONVENIENCE.getAllowedActors()))
            .subprocessorId("sp-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case AGREEMENT_EXPIRED: {
        return AgreementExpired.builder().id(id).date(date)
            .actor(pick(r, EventType.AGREEMENT_EXPIRED.getAllowedActors()))
            .note(note)
            .build();
      }
      case DELETION_REQUESTED: {
        return DeletionRequested.builder().id(id).date(date)
            .actor(pick(r, EventType.DELETION_REQUESTED.getAllowedActors()))
            .note(note)
            .build();
      }
      case LEGAL_RETENTION_DECLARED: {
        return LegalRetentionDeclared.builder().id(id).date(date)
            .actor(pick(r, EventType.LEGAL_RETENTION_DECLARED.getAllowedActors()))
            .scope(pick(r, DataScope.values()))
            .legalBasis("legalBasis-" + r.nextInt(4))
            .note(note)
            .build();
      }
      case DELETION_COMPLETED: {
        return DeletionCompleted.builder().id(id).date(date)
            .actor(pick(r, EventType.DELETION_COMPLETED.getAllowedActors()))
            .scope(pick(r, DataScope.values()))
            .note(note)
            .build();
      }
      case DELETION_CERTIFICATION_REQUESTED: {
        return DeletionCertificationRequested.builder().id(id).date(date)
            .actor(pick(r, EventType.DELETION_CERTIFICATION_REQUESTED.getAllowedActors()))
            .note(note)
            .build();
      }
      case DELETION_CERTIFIED: {
        return DeletionCertified.builder().id(id).date(date)
            .actor(pick(r, EventType.DELETION_CERTIFIED.getAllowedActors()))
            .note(note)
            .build();
      }
      default:
        throw new AssertionError(type);
    }
  }

  /** A copy of the event with another id. */
  public static DpaEvent withId(DpaEvent event, String id) {
    switch (event.getType()) {
      case ADDENDUM_SIGNED:
        return ((AddendumSigned) event).withId(id);
      case INSTRUCTION_GIVEN:
        return ((InstructionGiven) event).withId(id);
      case INSTRUCTION_ACKNOWLEDGED:
        return ((InstructionAcknowledged) event).withId(id);
      case LAW_REQUIRES_OTHER_PROCESSING:
        return ((LawRequiresOtherProcessing) event).withId(id);
      case CUSTOMER_NOTIFIED_OF_LEGAL_REQUIREMENT:
        return ((CustomerNotifiedOfLegalRequirement) event).withId(id);
      case SECURITY_MEASURES_CHANGED:
        return ((SecurityMeasuresChanged) event).withId(id);
      case TRANSFER_MADE:
        return ((TransferMade) event).withId(id);
      case PRIVACY_SHIELD_COMPLIANCE_LOST:
        return ((PrivacyShieldComplianceLost) event).withId(id);
      case PRIVACY_SHIELD_INABILITY_NOTIFIED:
        return ((PrivacyShieldInabilityNotified) event).withId(id);
      case SUBPROCESSOR_ENGAGED:
        return ((SubprocessorEngaged) event).withId(id);
      case SUBPROCESSOR_AGREEMENT_SIGNED:
        return ((SubprocessorAgreementSigned) event).withId(id);
      case SUBPROCESSOR_NOTICE_GIVEN:
        return ((SubprocessorNoticeGiven) event).withId(id);
      case OBJECTION_MADE:
        return ((ObjectionMade) event).withId(id);
      case GOOD_FAITH_DISCUSSION_RESOLVED:
        return ((GoodFaithDiscussionResolved) event).withId(id);
      case GOOD_FAITH_DISCUSSION_FAILED:
        return ((GoodFaithDiscussionFailed) event).withId(id);
      case SUBPROCESSOR_FIRST_PROCESSING:
        return ((SubprocessorFirstProcessing) event).withId(id);
      case SECURITY_EVENT_DETECTED:
        return ((SecurityEventDetected) event).withId(id);
      case SECURITY_EVENT_CONFIRMED:
        return ((SecurityEventConfirmed) event).withId(id);
      case NOTIFICATION_DELAY_REQUESTED:
        return ((NotificationDelayRequested) event).withId(id);
      case INVESTIGATION_DELAY_STARTED:
        return ((InvestigationDelayStarted) event).withId(id);
      case LAW_PROHIBITS_NOTICE:
        return ((LawProhibitsNotice) event).withId(id);
      case INVESTIGATION_DELAY_ENDED:
        return ((InvestigationDelayEnded) event).withId(id);
      case INCIDENT_NOTIFIED:
        return ((IncidentNotified) event).withId(id);
      case DATA_SUBJECT_REQUEST_RECEIVED:
        return ((DataSubjectRequestReceived) event).withId(id);
      case DATA_SUBJECT_REQUEST_ROUTED:
        return ((DataSubjectRequestRouted) event).withId(id);
      case ASSISTANCE_REQUESTED:
        return ((AssistanceRequested) event).withId(id);
      case ASSISTANCE_PROVIDED:
        return ((AssistanceProvided) event).withId(id);
      case THIRD_PARTY_REPORT_ISSUED:
        return ((ThirdPartyReportIssued) event).withId(id);
      case AUDIT_REQUESTED:
        return ((AuditRequested) event).withId(id);
      case AUDITOR_APPOINTED:
        return ((AuditorAppointed) event).withId(id);
      case AUDITOR_OBJECTED:
        return ((AuditorObjected) event).withId(id);
      case NO_MATERIAL_CHANGE_CONFIRMED:
        return ((NoMaterialChangeConfirmed) event).withId(id);
      case WRITTEN_RESPONSE_PROVIDED:
        return ((WrittenResponseProvided) event).withId(id);
      case NON_COMPLIANCE_DISCOVERED:
        return ((NonComplianceDiscovered) event).withId(id);
      case NON_COMPLIANCE_NOTIFIED:
        return ((NonComplianceNotified) event).withId(id);
      case AUDIT_REPORT_GENERATED:
        return ((AuditReportGenerated) event).withId(id);
      case AUDIT_REPORT_SHARED:
        return ((AuditReportShared) event).withId(id);
      case AUDIT_TIME_INVOICED:
        return ((AuditTimeInvoiced) event).withId(id);
      case AUDIT_TIME_REIMBURSED:
        return ((AuditTimeReimbursed) event).withId(id);
      case SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED:
        return ((SubprocessorAgreementCopiesRequested) event).withId(id);
      case SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED:
        return ((SubprocessorAgreementCopiesProvided) event).withId(id);
      case AGREEMENT_TERMINATED:
        return ((AgreementTerminated) event).withId(id);
      case TERMINATED_FOR_CONVENIENCE:
        return ((TerminatedForConvenience) event).withId(id);
      case AGREEMENT_EXPIRED:
        return ((AgreementExpired) event).withId(id);
      case DELETION_REQUESTED:
        return ((DeletionRequested) event).withId(id);
      case LEGAL_RETENTION_DECLARED:
        return ((LegalRetentionDeclared) event).withId(id);
      case DELETION_COMPLETED:
        return ((DeletionCompleted) event).withId(id);
      case DELETION_CERTIFICATION_REQUESTED:
        return ((DeletionCertificationRequested) event).withId(id);
      case DELETION_CERTIFIED:
        return ((DeletionCertified) event).withId(id);
      default:
        throw new AssertionError(event);
    }
  }

  /** A copy of the event with another note. */
  public static DpaEvent withNote(DpaEvent event, String note) {
    switch (event.getType()) {
      case ADDENDUM_SIGNED:
        return ((AddendumSigned) event).withNote(note);
      case INSTRUCTION_GIVEN:
        return ((InstructionGiven) event).withNote(note);
      case INSTRUCTION_ACKNOWLEDGED:
        return ((InstructionAcknowledged) event).withNote(note);
      case LAW_REQUIRES_OTHER_PROCESSING:
        return ((LawRequiresOtherProcessing) event).withNote(note);
      case CUSTOMER_NOTIFIED_OF_LEGAL_REQUIREMENT:
        return ((CustomerNotifiedOfLegalRequirement) event).withNote(note);
      case SECURITY_MEASURES_CHANGED:
        return ((SecurityMeasuresChanged) event).withNote(note);
      case TRANSFER_MADE:
        return ((TransferMade) event).withNote(note);
      case PRIVACY_SHIELD_COMPLIANCE_LOST:
        return ((PrivacyShieldComplianceLost) event).withNote(note);
      case PRIVACY_SHIELD_INABILITY_NOTIFIED:
        return ((PrivacyShieldInabilityNotified) event).withNote(note);
      case SUBPROCESSOR_ENGAGED:
        return ((SubprocessorEngaged) event).withNote(note);
      case SUBPROCESSOR_AGREEMENT_SIGNED:
        return ((SubprocessorAgreementSigned) event).withNote(note);
      case SUBPROCESSOR_NOTICE_GIVEN:
        return ((SubprocessorNoticeGiven) event).withNote(note);
      case OBJECTION_MADE:
        return ((ObjectionMade) event).withNote(note);
      case GOOD_FAITH_DISCUSSION_RESOLVED:
        return ((GoodFaithDiscussionResolved) event).withNote(note);
      case GOOD_FAITH_DISCUSSION_FAILED:
        return ((GoodFaithDiscussionFailed) event).withNote(note);
      case SUBPROCESSOR_FIRST_PROCESSING:
        return ((SubprocessorFirstProcessing) event).withNote(note);
      case SECURITY_EVENT_DETECTED:
        return ((SecurityEventDetected) event).withNote(note);
      case SECURITY_EVENT_CONFIRMED:
        return ((SecurityEventConfirmed) event).withNote(note);
      case NOTIFICATION_DELAY_REQUESTED:
        return ((NotificationDelayRequested) event).withNote(note);
      case INVESTIGATION_DELAY_STARTED:
        return ((InvestigationDelayStarted) event).withNote(note);
      case LAW_PROHIBITS_NOTICE:
        return ((LawProhibitsNotice) event).withNote(note);
      case INVESTIGATION_DELAY_ENDED:
        return ((InvestigationDelayEnded) event).withNote(note);
      case INCIDENT_NOTIFIED:
        return ((IncidentNotified) event).withNote(note);
      case DATA_SUBJECT_REQUEST_RECEIVED:
        return ((DataSubjectRequestReceived) event).withNote(note);
      case DATA_SUBJECT_REQUEST_ROUTED:
        return ((DataSubjectRequestRouted) event).withNote(note);
      case ASSISTANCE_REQUESTED:
        return ((AssistanceRequested) event).withNote(note);
      case ASSISTANCE_PROVIDED:
        return ((AssistanceProvided) event).withNote(note);
      case THIRD_PARTY_REPORT_ISSUED:
        return ((ThirdPartyReportIssued) event).withNote(note);
      case AUDIT_REQUESTED:
        return ((AuditRequested) event).withNote(note);
      case AUDITOR_APPOINTED:
        return ((AuditorAppointed) event).withNote(note);
      case AUDITOR_OBJECTED:
        return ((AuditorObjected) event).withNote(note);
      case NO_MATERIAL_CHANGE_CONFIRMED:
        return ((NoMaterialChangeConfirmed) event).withNote(note);
      case WRITTEN_RESPONSE_PROVIDED:
        return ((WrittenResponseProvided) event).withNote(note);
      case NON_COMPLIANCE_DISCOVERED:
        return ((NonComplianceDiscovered) event).withNote(note);
      case NON_COMPLIANCE_NOTIFIED:
        return ((NonComplianceNotified) event).withNote(note);
      case AUDIT_REPORT_GENERATED:
        return ((AuditReportGenerated) event).withNote(note);
      case AUDIT_REPORT_SHARED:
        return ((AuditReportShared) event).withNote(note);
      case AUDIT_TIME_INVOICED:
        return ((AuditTimeInvoiced) event).withNote(note);
      case AUDIT_TIME_REIMBURSED:
        return ((AuditTimeReimbursed) event).withNote(note);
      case SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED:
        return ((SubprocessorAgreementCopiesRequested) event).withNote(note);
      case SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED:
        return ((SubprocessorAgreementCopiesProvided) event).withNote(note);
      case AGREEMENT_TERMINATED:
        return ((AgreementTerminated) event).withNote(note);
      case TERMINATED_FOR_CONVENIENCE:
        return ((TerminatedForConvenience) event).withNote(note);
      case AGREEMENT_EXPIRED:
        return ((AgreementExpired) event).withNote(note);
      case DELETION_REQUESTED:
        return ((DeletionRequested) event).withNote(note);
      case LEGAL_RETENTION_DECLARED:
        return ((LegalRetentionDeclared) event).withNote(note);
      case DELETION_COMPLETED:
        return ((DeletionCompleted) event).withNote(note);
      case DELETION_CERTIFICATION_REQUESTED:
        return ((DeletionCertificationRequested) event).withNote(note);
      case DELETION_CERTIFIED:
        return ((DeletionCertified) event).withNote(note);
      default:
        throw new AssertionError(event);
    }
  }

  /** A copy of the event with another actor. */
  public static DpaEvent withActor(DpaEvent event, PartyKind actor) {
    switch (event.getType()) {
      case ADDENDUM_SIGNED:
        return ((AddendumSigned) event).withActor(actor);
      case INSTRUCTION_GIVEN:
        return ((InstructionGiven) event).withActor(actor);
      case INSTRUCTION_ACKNOWLEDGED:
        return ((InstructionAcknowledged) event).withActor(actor);
      case LAW_REQUIRES_OTHER_PROCESSING:
        return ((LawRequiresOtherProcessing) event).withActor(actor);
      case CUSTOMER_NOTIFIED_OF_LEGAL_REQUIREMENT:
        return ((CustomerNotifiedOfLegalRequirement) event).withActor(actor);
      case SECURITY_MEASURES_CHANGED:
        return ((SecurityMeasuresChanged) event).withActor(actor);
      case TRANSFER_MADE:
        return ((TransferMade) event).withActor(actor);
      case PRIVACY_SHIELD_COMPLIANCE_LOST:
        return ((PrivacyShieldComplianceLost) event).withActor(actor);
      case PRIVACY_SHIELD_INABILITY_NOTIFIED:
        return ((PrivacyShieldInabilityNotified) event).withActor(actor);
      case SUBPROCESSOR_ENGAGED:
        return ((SubprocessorEngaged) event).withActor(actor);
      case SUBPROCESSOR_AGREEMENT_SIGNED:
        return ((SubprocessorAgreementSigned) event).withActor(actor);
      case SUBPROCESSOR_NOTICE_GIVEN:
        return ((SubprocessorNoticeGiven) event).withActor(actor);
      case OBJECTION_MADE:
        return ((ObjectionMade) event).withActor(actor);
      case GOOD_FAITH_DISCUSSION_RESOLVED:
        return ((GoodFaithDiscussionResolved) event).withActor(actor);
      case GOOD_FAITH_DISCUSSION_FAILED:
        return ((GoodFaithDiscussionFailed) event).withActor(actor);
      case SUBPROCESSOR_FIRST_PROCESSING:
        return ((SubprocessorFirstProcessing) event).withActor(actor);
      case SECURITY_EVENT_DETECTED:
        return ((SecurityEventDetected) event).withActor(actor);
      case SECURITY_EVENT_CONFIRMED:
        return ((SecurityEventConfirmed) event).withActor(actor);
      case NOTIFICATION_DELAY_REQUESTED:
        return ((NotificationDelayRequested) event).withActor(actor);
      case INVESTIGATION_DELAY_STARTED:
        return ((InvestigationDelayStarted) event).withActor(actor);
      case LAW_PROHIBITS_NOTICE:
        return ((LawProhibitsNotice) event).withActor(actor);
      case INVESTIGATION_DELAY_ENDED:
        return ((InvestigationDelayEnded) event).withActor(actor);
      case INCIDENT_NOTIFIED:
        return ((IncidentNotified) event).withActor(actor);
      case DATA_SUBJECT_REQUEST_RECEIVED:
        return ((DataSubjectRequestReceived) event).withActor(actor);
      case DATA_SUBJECT_REQUEST_ROUTED:
        return ((DataSubjectRequestRouted) event).withActor(actor);
      case ASSISTANCE_REQUESTED:
        return ((AssistanceRequested) event).withActor(actor);
      case ASSISTANCE_PROVIDED:
        return ((AssistanceProvided) event).withActor(actor);
      case THIRD_PARTY_REPORT_ISSUED:
        return ((ThirdPartyReportIssued) event).withActor(actor);
      case AUDIT_REQUESTED:
        return ((AuditRequested) event).withActor(actor);
      case AUDITOR_APPOINTED:
        return ((AuditorAppointed) event).withActor(actor);
      case AUDITOR_OBJECTED:
        return ((AuditorObjected) event).withActor(actor);
      case NO_MATERIAL_CHANGE_CONFIRMED:
        return ((NoMaterialChangeConfirmed) event).withActor(actor);
      case WRITTEN_RESPONSE_PROVIDED:
        return ((WrittenResponseProvided) event).withActor(actor);
      case NON_COMPLIANCE_DISCOVERED:
        return ((NonComplianceDiscovered) event).withActor(actor);
      case NON_COMPLIANCE_NOTIFIED:
        return ((NonComplianceNotified) event).withActor(actor);
      case AUDIT_REPORT_GENERATED:
        return ((AuditReportGenerated) event).withActor(actor);
      case AUDIT_REPORT_SHARED:
        return ((AuditReportShared) event).withActor(actor);
      case AUDIT_TIME_INVOICED:
        return ((AuditTimeInvoiced) event).withActor(actor);
      case AUDIT_TIME_REIMBURSED:
        return ((AuditTimeReimbursed) event).withActor(actor);
      case SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED:
        return ((SubprocessorAgreementCopiesRequested) event).withActor(actor);
      case SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED:
        return ((SubprocessorAgreementCopiesProvided) event).withActor(actor);
      case AGREEMENT_TERMINATED:
        return ((AgreementTerminated) event).withActor(actor);
      case TERMINATED_FOR_CONVENIENCE:
        return ((TerminatedForConvenience) event).withActor(actor);
      case AGREEMENT_EXPIRED:
        return ((AgreementExpired) event).withActor(actor);
      case DELETION_REQUESTED:
        return ((DeletionRequested) event).withActor(actor);
      case LEGAL_RETENTION_DECLARED:
        return ((LegalRetentionDeclared) event).withActor(actor);
      case DELETION_COMPLETED:
        return ((DeletionCompleted) event).withActor(actor);
      case DELETION_CERTIFICATION_REQUESTED:
        return ((DeletionCertificationRequested) event).withActor(actor);
      case DELETION_CERTIFIED:
        return ((DeletionCertified) event).withActor(actor);
      default:
        throw new AssertionError(event);
    }
  }

  /** A copy of the event with another date (dropping an "until" that would fall before it). */
  public static DpaEvent withDate(DpaEvent event, LocalDate date) {
    if (event instanceof NotificationDelayRequested) {
      NotificationDelayRequested e = (NotificationDelayRequested) event;
      return e.withUntil(Optional.<LocalDate>empty()).withDate(date);
    }
    if (event instanceof LawProhibitsNotice) {
      LawProhibitsNotice e = (LawProhibitsNotice) event;
      return e.withUntil(Optional.<LocalDate>empty()).withDate(date);
    }
    switch (event.getType()) {
      case ADDENDUM_SIGNED:
        return ((AddendumSigned) event).withDate(date);
      case INSTRUCTION_GIVEN:
        return ((InstructionGiven) event).withDate(date);
      case INSTRUCTION_ACKNOWLEDGED:
        return ((InstructionAcknowledged) event).withDate(date);
      case LAW_REQUIRES_OTHER_PROCESSING:
        return ((LawRequiresOtherProcessing) event).withDate(date);
      case CUSTOMER_NOTIFIED_OF_LEGAL_REQUIREMENT:
        return ((CustomerNotifiedOfLegalRequirement) event).withDate(date);
      case SECURITY_MEASURES_CHANGED:
        return ((SecurityMeasuresChanged) event).withDate(date);
      case TRANSFER_MADE:
        return ((TransferMade) event).withDate(date);
      case PRIVACY_SHIELD_COMPLIANCE_LOST:
        return ((PrivacyShieldComplianceLost) event).withDate(date);
      case PRIVACY_SHIELD_INABILITY_NOTIFIED:
        return ((PrivacyShieldInabilityNotified) event).withDate(date);
      case SUBPROCESSOR_ENGAGED:
        return ((SubprocessorEngaged) event).withDate(date);
      case SUBPROCESSOR_AGREEMENT_SIGNED:
        return ((SubprocessorAgreementSigned) event).withDate(date);
      case SUBPROCESSOR_NOTICE_GIVEN:
        return ((SubprocessorNoticeGiven) event).withDate(date);
      case OBJECTION_MADE:
        return ((ObjectionMade) event).withDate(date);
      case GOOD_FAITH_DISCUSSION_RESOLVED:
        return ((GoodFaithDiscussionResolved) event).withDate(date);
      case GOOD_FAITH_DISCUSSION_FAILED:
        return ((GoodFaithDiscussionFailed) event).withDate(date);
      case SUBPROCESSOR_FIRST_PROCESSING:
        return ((SubprocessorFirstProcessing) event).withDate(date);
      case SECURITY_EVENT_DETECTED:
        return ((SecurityEventDetected) event).withDate(date);
      case SECURITY_EVENT_CONFIRMED:
        return ((SecurityEventConfirmed) event).withDate(date);
      case NOTIFICATION_DELAY_REQUESTED:
        return ((NotificationDelayRequested) event).withDate(date);
      case INVESTIGATION_DELAY_STARTED:
        return ((InvestigationDelayStarted) event).withDate(date);
      case LAW_PROHIBITS_NOTICE:
        return ((LawProhibitsNotice) event).withDate(date);
      case INVESTIGATION_DELAY_ENDED:
        return ((InvestigationDelayEnded) event).withDate(date);
      case INCIDENT_NOTIFIED:
        return ((IncidentNotified) event).withDate(date);
      case DATA_SUBJECT_REQUEST_RECEIVED:
        return ((DataSubjectRequestReceived) event).withDate(date);
      case DATA_SUBJECT_REQUEST_ROUTED:
        return ((DataSubjectRequestRouted) event).withDate(date);
      case ASSISTANCE_REQUESTED:
        return ((AssistanceRequested) event).withDate(date);
      case ASSISTANCE_PROVIDED:
        return ((AssistanceProvided) event).withDate(date);
      case THIRD_PARTY_REPORT_ISSUED:
        return ((ThirdPartyReportIssued) event).withDate(date);
      case AUDIT_REQUESTED:
        return ((AuditRequested) event).withDate(date);
      case AUDITOR_APPOINTED:
        return ((AuditorAppointed) event).withDate(date);
      case AUDITOR_OBJECTED:
        return ((AuditorObjected) event).withDate(date);
      case NO_MATERIAL_CHANGE_CONFIRMED:
        return ((NoMaterialChangeConfirmed) event).withDate(date);
      case WRITTEN_RESPONSE_PROVIDED:
        return ((WrittenResponseProvided) event).withDate(date);
      case NON_COMPLIANCE_DISCOVERED:
        return ((NonComplianceDiscovered) event).withDate(date);
      case NON_COMPLIANCE_NOTIFIED:
        return ((NonComplianceNotified) event).withDate(date);
      case AUDIT_REPORT_GENERATED:
        return ((AuditReportGenerated) event).withDate(date);
      case AUDIT_REPORT_SHARED:
        return ((AuditReportShared) event).withDate(date);
      case AUDIT_TIME_INVOICED:
        return ((AuditTimeInvoiced) event).withDate(date);
      case AUDIT_TIME_REIMBURSED:
        return ((AuditTimeReimbursed) event).withDate(date);
      case SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED:
        return ((SubprocessorAgreementCopiesRequested) event).withDate(date);
      case SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED:
        return ((SubprocessorAgreementCopiesProvided) event).withDate(date);
      case AGREEMENT_TERMINATED:
        return ((AgreementTerminated) event).withDate(date);
      case TERMINATED_FOR_CONVENIENCE:
        return ((TerminatedForConvenience) event).withDate(date);
      case AGREEMENT_EXPIRED:
        return ((AgreementExpired) event).withDate(date);
      case DELETION_REQUESTED:
        return ((DeletionRequested) event).withDate(date);
      case LEGAL_RETENTION_DECLARED:
        return ((LegalRetentionDeclared) event).withDate(date);
      case DELETION_COMPLETED:
        return ((DeletionCompleted) event).withDate(date);
      case DELETION_CERTIFICATION_REQUESTED:
        return ((DeletionCertificationRequested) event).withDate(date);
      case DELETION_CERTIFIED:
        return ((DeletionCertified) event).withDate(date);
      default:
        throw new AssertionError(event);
    }
  }

  /** A copy with the event's first required text field blank, if it has one. */
  public static Optional<Corruption> blankTextField(DpaEvent event, String blank) {
    switch (event.getType()) {
      case INSTRUCTION_GIVEN:
        return Optional.of(new Corruption(((InstructionGiven) event).withInstructionId(blank), "instructionId"));
      case INSTRUCTION_ACKNOWLEDGED:
        return Optional.of(new Corruption(((InstructionAcknowledged) event).withInstructionId(blank), "instructionId"));
      case LAW_REQUIRES_OTHER_PROCESSING:
        return Optional.of(new Corruption(((LawRequiresOtherProcessing) event).withRequirementId(blank), "requirementId"));
      case CUSTOMER_NOTIFIED_OF_LEGAL_REQUIREMENT:
        return Optional.of(new Corruption(((CustomerNotifiedOfLegalRequirement) event).withRequirementId(blank), "requirementId"));
      case TRANSFER_MADE:
        return Optional.of(new Corruption(((TransferMade) event).withTransferId(blank), "transferId"));
      case SUBPROCESSOR_ENGAGED:
        return Optional.of(new Corruption(((SubprocessorEngaged) event).withSubprocessorId(blank), "subprocessorId"));
      case SUBPROCESSOR_AGREEMENT_SIGNED:
        return Optional.of(new Corruption(((SubprocessorAgreementSigned) event).withSubprocessorId(blank), "subprocessorId"));
      case SUBPROCESSOR_NOTICE_GIVEN:
        return Optional.of(new Corruption(((SubprocessorNoticeGiven) event).withSubprocessorId(blank), "subprocessorId"));
      case OBJECTION_MADE:
        return Optional.of(new Corruption(((ObjectionMade) event).withSubprocessorId(blank), "subprocessorId"));
      case GOOD_FAITH_DISCUSSION_RESOLVED:
        return Optional.of(new Corruption(((GoodFaithDiscussionResolved) event).withSubprocessorId(blank), "subprocessorId"));
      case GOOD_FAITH_DISCUSSION_FAILED:
        return Optional.of(new Corruption(((GoodFaithDiscussionFailed) event).withSubprocessorId(blank), "subprocessorId"));
      case SUBPROCESSOR_FIRST_PROCESSING:
        return Optional.of(new Corruption(((SubprocessorFirstProcessing) event).withSubprocessorId(blank), "subprocessorId"));
      case SECURITY_EVENT_DETECTED:
        return Optional.of(new Corruption(((SecurityEventDetected) event).withIncidentId(blank), "incidentId"));
      case SECURITY_EVENT_CONFIRMED:
        return Optional.of(new Corruption(((SecurityEventConfirmed) event).withIncidentId(blank), "incidentId"));
      case NOTIFICATION_DELAY_REQUESTED:
        return Optional.of(new Corruption(((NotificationDelayRequested) event).withIncidentId(blank), "incidentId"));
      case INVESTIGATION_DELAY_STARTED:
        return Optional.of(new Corruption(((InvestigationDelayStarted) event).withIncidentId(blank), "incidentId"));
      case LAW_PROHIBITS_NOTICE:
        return Optional.of(new Corruption(((LawProhibitsNotice) event).withReference(blank), "reference"));
      case INVESTIGATION_DELAY_ENDED:
        return Optional.of(new Corruption(((InvestigationDelayEnded) event).withIncidentId(blank), "incidentId"));
      case INCIDENT_NOTIFIED:
        return Optional.of(new Corruption(((IncidentNotified) event).withIncidentId(blank), "incidentId"));
      case DATA_SUBJECT_REQUEST_RECEIVED:
        return Optional.of(new Corruption(((DataSubjectRequestReceived) event).withRequestId(blank), "requestId"));
      case DATA_SUBJECT_REQUEST_ROUTED:
        return Optional.of(new Corruption(((DataSubjectRequestRouted) event).withRequestId(blank), "requestId"));
      case ASSISTANCE_REQUESTED:
        return Optional.of(new Corruption(((AssistanceRequested) event).withAssistanceId(blank), "assistanceId"));
      case ASSISTANCE_PROVIDED:
        return Optional.of(new Corruption(((AssistanceProvided) event).withAssistanceId(blank), "assistanceId"));
      case THIRD_PARTY_REPORT_ISSUED:
        return Optional.of(new Corruption(((ThirdPartyReportIssued) event).withReportId(blank), "reportId"));
      case AUDIT_REQUESTED:
        return Optional.of(new Corruption(((AuditRequested) event).withAuditId(blank), "auditId"));
      case AUDITOR_APPOINTED:
        return Optional.of(new Corruption(((AuditorAppointed) event).withAuditId(blank), "auditId"));
      case AUDITOR_OBJECTED:
        return Optional.of(new Corruption(((AuditorObjected) event).withAuditId(blank), "auditId"));
      case NO_MATERIAL_CHANGE_CONFIRMED:
        return Optional.of(new Corruption(((NoMaterialChangeConfirmed) event).withAuditId(blank), "auditId"));
      case WRITTEN_RESPONSE_PROVIDED:
        return Optional.of(new Corruption(((WrittenResponseProvided) event).withAuditId(blank), "auditId"));
      case NON_COMPLIANCE_DISCOVERED:
        return Optional.of(new Corruption(((NonComplianceDiscovered) event).withAuditId(blank), "auditId"));
      case NON_COMPLIANCE_NOTIFIED:
        return Optional.of(new Corruption(((NonComplianceNotified) event).withAuditId(blank), "auditId"));
      case AUDIT_REPORT_GENERATED:
        return Optional.of(new Corruption(((AuditReportGenerated) event).withAuditId(blank), "auditId"));
      case AUDIT_REPORT_SHARED:
        return Optional.of(new Corruption(((AuditReportShared) event).withAuditId(blank), "auditId"));
      case AUDIT_TIME_INVOICED:
        return Optional.of(new Corruption(((AuditTimeInvoiced) event).withAuditId(blank), "auditId"));
      case AUDIT_TIME_REIMBURSED:
        return Optional.of(new Corruption(((AuditTimeReimbursed) event).withAuditId(blank), "auditId"));
      case SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED:
        return Optional.of(new Corruption(((SubprocessorAgreementCopiesRequested) event).withRequestId(blank), "requestId"));
      case SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED:
        return Optional.of(new Corruption(((SubprocessorAgreementCopiesProvided) event).withRequestId(blank), "requestId"));
      case TERMINATED_FOR_CONVENIENCE:
        return Optional.of(new Corruption(((TerminatedForConvenience) event).withSubprocessorId(blank), "subprocessorId"));
      case LEGAL_RETENTION_DECLARED:
        return Optional.of(new Corruption(((LegalRetentionDeclared) event).withLegalBasis(blank), "legalBasis"));
      default:
        return Optional.empty();
    }
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> T pick(Random r, Collection<T> values) {
    List<T> list = new ArrayList<>(values);
    return list.get(r.nextInt(list.size()));
  }

  private static <E extends Enum<E>> Set<E> subset(Random r, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    for (E value : type.getEnumConstants()) {
      if (r.nextInt(3) == 0) {
        out.add(value);
      }
    }
    return out;
  }
}
