package io.github.dpasemantics.examples.reference;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.policy.Audits;
import io.github.dpasemantics.policy.California;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Definitions;
import io.github.dpasemantics.policy.Deletion;
import io.github.dpasemantics.policy.LegalFacts;
import io.github.dpasemantics.policy.Processing;
import io.github.dpasemantics.policy.Scope;
import io.github.dpasemantics.policy.Security;
import io.github.dpasemantics.policy.Subprocessing;
import io.github.dpasemantics.policy.Transfers;
import io.github.dpasemantics.policy.fact.AffectedData;
import io.github.dpasemantics.policy.fact.AlternativeBasis;
import io.github.dpasemantics.policy.fact.Awareness;
import io.github.dpasemantics.policy.fact.Breach;
import io.github.dpasemantics.policy.fact.Confirmation;
import io.github.dpasemantics.policy.fact.DelayGround;
import io.github.dpasemantics.policy.fact.DpfCertification;
import io.github.dpasemantics.policy.fact.IncidentStatus;
import io.github.dpasemantics.policy.fact.LegalProhibition;
import io.github.dpasemantics.policy.fact.NoticeHold;
import io.github.dpasemantics.policy.fact.Acknowledgement;
import io.github.dpasemantics.policy.fact.Form;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The worked examples of the reference, computed by calling the real policies with concrete
 * inputs taken from the text each time the reference is generated, so they cannot go stale.
 */
public final class WorkedExamples {
  private static final DpaTerms TERMS = DpaTerms.segment();
  private static final Interpretations DEFAULTS = Interpretations.defaults();
  private static final ReportCoverage ADDRESSES = ReportCoverage.ADDRESSES_REQUEST;
  private static final MaterialChangeConfirmation CONFIRMED = MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED;

  private WorkedExamples() {}

  /**
   * Computes every worked example, in document order of their clauses.
   *
   * @return the examples
   */
  public static List<WorkedExample> compute() {
    List<WorkedExample> out = new ArrayList<>();
    scope(out);
    definitions(out);
    processing(out);
    subprocessing(out);
    security(out);
    deletion(out);
    audits(out);
    transfers(out);
    california(out);
    return List.copyOf(out);
  }

  /**
   * Returns the examples shown under a clause.
   *
   * @param all the examples
   * @param id the clause id
   * @return the examples of that clause, in order
   */
  static List<WorkedExample> of(List<WorkedExample> all, ClauseId id) {
    List<WorkedExample> out = new ArrayList<>();
    for (WorkedExample e : all) {
      if (e.getClause().equals(id)) {
        out.add(e);
      }
    }
    return out;
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static void add(List<WorkedExample> out, String clause, String slug, String title, String call,
      Decision<?> decision, String... inputs) {
    if (inputs.length % 2 != 0) {
      throw new IllegalArgumentException("WorkedExamples.add(" + slug + "): inputs must come in name/value pairs");
    }
    List<Map.Entry<String, String>> in = new ArrayList<>();
    for (int i = 0; i < inputs.length; i += 2) {
      in.add(Map.entry(inputs[i], inputs[i + 1]));
    }
    out.add(new WorkedExample(ClauseId.parse(clause), slug, title, in, call, decision));
  }

  // ------------------------------------------------------------------ 1, 3

  private static void scope(List<WorkedExample> out) {
    add(out, "1", "effective-date", "Segment signs on 2020-03-02 and Customer on 2020-03-05: when does the Addendum take effect?",
        "Scope.addendumEffective(2020-03-02, 2020-03-05)",
        Scope.addendumEffective(d("2020-03-02"), d("2020-03-05")),
        "Segment signed", "2020-03-02", "Customer signed", "2020-03-05");
    Optional<LocalDate> ended = Optional.of(d("2024-01-31"));
    add(out, "3.4", "in-force-on-last-day", "The Agreement expires on 2024-01-31: is the Addendum in force on that day?",
        "Scope.addendumInForce(addendum, 2024-01-31, 2024-01-31)",
        Scope.addendumInForce(io.github.dpasemantics.model.contract.Addendum.signed(d("2020-03-02"), d("2020-03-05")), ended,
            d("2024-01-31")),
        "Agreement", "effective 2020-01-01, expires 2024-01-31", "Addendum", "signed 2020-03-02 and 2020-03-05",
        "asked about", "2024-01-31");
    add(out, "3.4", "in-force-day-after", "... and on the day after, 2024-02-01?",
        "Scope.addendumInForce(addendum, 2024-01-31, 2024-02-01)",
        Scope.addendumInForce(io.github.dpasemantics.model.contract.Addendum.signed(d("2020-03-02"), d("2020-03-05")), ended,
            d("2024-02-01")),
        "Agreement", "effective 2020-01-01, expires 2024-01-31", "asked about", "2024-02-01");
  }

  // ------------------------------------------------------------------ 2.9

  private static void definitions(List<WorkedExample> out) {
    add(out, "2.9", "port-scan", "A port scan against Segment's firewall, with no effect on Personal Data: a Security Incident?",
        "Definitions.securityIncident(CONFIRMED, NO_BREACH_OF_SECURITY, {}, PERSONAL_DATA_PROCESSED_BY_SEGMENT, PORT_SCAN, defaults)",
        Definitions.securityIncident(Confirmation.CONFIRMED, Breach.NO_BREACH_OF_SECURITY, Set.of(),
            AffectedData.PERSONAL_DATA_PROCESSED_BY_SEGMENT, SecurityEventNature.PORT_SCAN, DEFAULTS),
        "confirmed", "yes", "breach of security", "no", "effects on Personal Data", "none", "kind", "port scan");
    add(out, "2.9", "confirmed-breach", "A confirmed intrusion that gave an outsider access to Personal Data Segment processes: a Security Incident?",
        "Definitions.securityIncident(CONFIRMED, BREACH_OF_SECURITY, {UNAUTHORIZED_ACCESS}, PERSONAL_DATA_PROCESSED_BY_SEGMENT,"
            + " UNAUTHORIZED_ACCESS, defaults)",
        Definitions.securityIncident(Confirmation.CONFIRMED, Breach.BREACH_OF_SECURITY, EnumSet.of(SecurityEffect.UNAUTHORIZED_ACCESS),
            AffectedData.PERSONAL_DATA_PROCESSED_BY_SEGMENT, SecurityEventNature.UNAUTHORIZED_ACCESS, DEFAULTS),
        "confirmed", "yes", "breach of security", "yes", "effects on Personal Data", "unauthorized access",
        "kind", "intrusion");
    add(out, "2.9", "dos-default", "A denial of service attack that made Personal Data unavailable (default reading)",
        "Definitions.securityIncident(CONFIRMED, BREACH_OF_SECURITY, {AVAILABILITY_COMPROMISED}, PERSONAL_DATA_PROCESSED_BY_SEGMENT,"
            + " DENIAL_OF_SERVICE, defaults)",
        Definitions.securityIncident(Confirmation.CONFIRMED, Breach.BREACH_OF_SECURITY,
            EnumSet.of(SecurityEffect.AVAILABILITY_COMPROMISED), AffectedData.PERSONAL_DATA_PROCESSED_BY_SEGMENT,
            SecurityEventNature.DENIAL_OF_SERVICE, DEFAULTS),
        "kind", "denial of service", "effects on Personal Data", "loss of availability", "reading", "default");
    add(out, "2.9", "dos-never", "The same attack under the reading DOS_NEVER_COUNTS",
        "Definitions.securityIncident(..., DENIAL_OF_SERVICE, Interpretations.of(DOS_NEVER_COUNTS))",
        Definitions.securityIncident(Confirmation.CONFIRMED, Breach.BREACH_OF_SECURITY,
            EnumSet.of(SecurityEffect.AVAILABILITY_COMPROMISED), AffectedData.PERSONAL_DATA_PROCESSED_BY_SEGMENT,
            SecurityEventNature.DENIAL_OF_SERVICE, Interpretations.of(Interpretation.DOS_NEVER_COUNTS)),
        "kind", "denial of service", "effects on Personal Data", "loss of availability", "reading", "DOS_NEVER_COUNTS");
  }

  // ------------------------------------------------------------------ 5.1

  private static void processing(List<WorkedExample> out) {
    add(out, "5.1", "unacknowledged-instruction",
        "Customer sends a written instruction outside the Services that Segment has not acknowledged in writing: may Segment process on it?",
        "Processing.processingAuthorized(CUSTOMER_INSTRUCTION, IN_WRITING, NOT_ACKNOWLEDGED)",
        Processing.processingAuthorized(Processing.Purpose.CUSTOMER_INSTRUCTION, Form.IN_WRITING, Acknowledgement.NOT_ACKNOWLEDGED),
        "purpose", "another instruction of Customer", "in writing", "yes", "acknowledged in writing by Segment", "no");
  }

  // ------------------------------------------------------------------ 6.3

  private static void subprocessing(List<WorkedExample> out) {
    add(out, "6.3", "notice-day", "The Subprocessor Page is updated on 2024-02-28 and the Workspace message sent on 2024-03-01: on which day is notice given?",
        "Subprocessing.notice(2024-02-28, 2024-03-01, defaults)",
        Subprocessing.notice(d("2024-02-28"), d("2024-03-01"), DEFAULTS),
        "Subprocessor Page updated", "2024-02-28", "Workspace message", "2024-03-01");
    add(out, "6.3", "latest-notice", "A new Third Party Subprocessor will first process Customer Personal Data on 2024-03-11: by when must notice be given?",
        "Subprocessing.latestTimelyNotice(2024-03-11, DpaTerms.segment(), defaults)",
        Subprocessing.latestTimelyNotice(d("2024-03-11"), TERMS, DEFAULTS),
        "first processing", "2024-03-11", "notice period", TERMS.getSubprocessorNoticeDays() + " calendar days");
    add(out, "6.3", "expedited", "Notice on 2024-03-05 of an engagement expedited to protect availability, first processing 2024-03-06",
        "Subprocessing.noticeTiming(2024-03-05, 2024-03-06, PROTECT_AVAILABILITY, DpaTerms.segment(), defaults)",
        Subprocessing.noticeTiming(d("2024-03-05"), d("2024-03-06"), ExpeditedReason.PROTECT_AVAILABILITY, TERMS, DEFAULTS),
        "notice", "2024-03-05", "first processing", "2024-03-06", "expedited to", "protect availability");
    add(out, "6.3", "objection-deadline", "Notice of a new Third Party Subprocessor on 2024-03-01: until when may Customer object?",
        "Subprocessing.objectionDeadline(2024-03-01, DpaTerms.segment(), defaults)",
        Subprocessing.objectionDeadline(d("2024-03-01"), TERMS, DEFAULTS),
        "notice", "2024-03-01", "objection window", TERMS.getObjectionDays() + " calendar days");
    add(out, "6.3", "objection-day-5", "A written objection on reasonable data protection grounds on 2024-03-06, the fifth day after notice",
        "Subprocessing.objectionAllowed(2024-03-01, 2024-03-06, IN_WRITING, REASONABLE_DATA_PROTECTION, DpaTerms.segment(), defaults)",
        Subprocessing.objectionAllowed(d("2024-03-01"), d("2024-03-06"), Form.IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION,
            TERMS, DEFAULTS),
        "notice", "2024-03-01", "objection", "2024-03-06 (day 5)", "in writing", "yes", "reasonable data protection grounds", "yes");
    add(out, "6.3", "objection-day-6", "The same objection one day later, on 2024-03-07, the sixth day after notice",
        "Subprocessing.objectionAllowed(2024-03-01, 2024-03-07, IN_WRITING, REASONABLE_DATA_PROTECTION, DpaTerms.segment(), defaults)",
        Subprocessing.objectionAllowed(d("2024-03-01"), d("2024-03-07"), Form.IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION,
            TERMS, DEFAULTS),
        "notice", "2024-03-01", "objection", "2024-03-07 (day 6)", "in writing", "yes", "reasonable data protection grounds", "yes");
    add(out, "6.3", "unresolved", "A valid objection the parties could not resolve in good faith: what follows?",
        "Subprocessing.objectionOutcome(true, NOT_RESOLVED)",
        Subprocessing.objectionOutcome(true, Subprocessing.Discussion.NOT_RESOLVED),
        "objection valid", "yes", "good-faith discussion", "not resolved");
  }

  // ------------------------------------------------------------------ 7.3

  private static void security(List<WorkedExample> out) {
    add(out, "7.3", "notify", "Segment becomes aware of a confirmed Security Incident and no law prohibits notice: must it notify Customer?",
        "Security.incidentNotificationRequired(SECURITY_INCIDENT, AWARE, NOT_PROHIBITED)",
        Security.incidentNotificationRequired(IncidentStatus.SECURITY_INCIDENT, Awareness.AWARE, LegalProhibition.NOT_PROHIBITED),
        "Security Incident", "yes", "Segment aware", "yes", "notice prohibited by law", "no");
    add(out, "7.3", "prohibited", "The same incident while applicable law prohibits notice",
        "Security.incidentNotificationRequired(SECURITY_INCIDENT, AWARE, PROHIBITED_BY_LAW)",
        Security.incidentNotificationRequired(IncidentStatus.SECURITY_INCIDENT, Awareness.AWARE, LegalProhibition.PROHIBITED_BY_LAW),
        "Security Incident", "yes", "Segment aware", "yes", "notice prohibited by law", "yes");
    add(out, "7.3", "delay", "Notice is held back at the request of law enforcement: is the delay undue?",
        "Security.noticeDelay(HELD_BACK, {LAW_ENFORCEMENT_REQUEST}, NOT_PROHIBITED)",
        Security.noticeDelay(NoticeHold.HELD_BACK, EnumSet.of(DelayGround.LAW_ENFORCEMENT_REQUEST), LegalProhibition.NOT_PROHIBITED),
        "delayed", "yes", "law-enforcement request", "yes", "investigating or remediating", "no");
  }

  // ------------------------------------------------------------------ 9.1, 9.2

  private static void deletion(List<WorkedExample> out) {
    add(out, "9.1", "due-date", "The Agreement terminates on 2024-01-31 and Customer asks for deletion on 2024-02-01: by when must Segment delete?",
        "Deletion.deletionDue(2024-02-01, 2024-01-31, DpaTerms.segment(), defaults)",
        Deletion.deletionDue(d("2024-02-01"), Optional.of(d("2024-01-31")), TERMS, DEFAULTS),
        "Agreement ended", "2024-01-31", "deletion request", "2024-02-01", "deletion period",
        TERMS.getDeletionDays() + " days");
    add(out, "9.1", "early-request", "Customer asked on 2023-12-15, before the Agreement ended on 2024-01-31 (default reading)",
        "Deletion.deletionDue(2023-12-15, 2024-01-31, DpaTerms.segment(), defaults)",
        Deletion.deletionDue(d("2023-12-15"), Optional.of(d("2024-01-31")), TERMS, DEFAULTS),
        "Agreement ended", "2024-01-31", "deletion request", "2023-12-15");
    add(out, "9.1", "early-request-nothing", "The same early request under EARLY_DELETION_REQUEST_TRIGGERS_NOTHING",
        "Deletion.deletionDue(2023-12-15, 2024-01-31, DpaTerms.segment(), Interpretations.of(EARLY_DELETION_REQUEST_TRIGGERS_NOTHING))",
        Deletion.deletionDue(d("2023-12-15"), Optional.of(d("2024-01-31")), TERMS,
            Interpretations.of(Interpretation.EARLY_DELETION_REQUEST_TRIGGERS_NOTHING)),
        "Agreement ended", "2024-01-31", "deletion request", "2023-12-15", "reading", "EARLY_DELETION_REQUEST_TRIGGERS_NOTHING");
    add(out, "9.1", "late", "Deletion completed on 2024-04-02 against a due day of 2024-04-01",
        "Deletion.deletionOnTime(2024-04-02, 2024-04-01)",
        Deletion.deletionOnTime(d("2024-04-02"), d("2024-04-01")),
        "completed", "2024-04-02", "due", "2024-04-01");
    add(out, "9.2", "required-by-law", "Tax law requires Segment to keep invoices that contain Customer Personal Data: must it delete them?",
        "Deletion.deletionRequired(REQUIRED_BY_LAW)",
        Deletion.deletionRequired(Deletion.LegalRetention.REQUIRED_BY_LAW),
        "retention", "required by law");
    add(out, "9.2", "permitted", "The law merely permits keeping the data",
        "Deletion.deletionRequired(PERMITTED_NOT_REQUIRED)",
        Deletion.deletionRequired(Deletion.LegalRetention.PERMITTED_NOT_REQUIRED),
        "retention", "permitted, not required, by law");
  }

  // ------------------------------------------------------------------ A.2.2.2

  private static void audits(List<WorkedExample> out) {
    add(out, "A.2.2.2", "second-audit", "Customer audited on 2024-01-15 and asks for another audit on 2024-05-01",
        "Audits.auditAllowed(2024-05-01, [2024-01-15], true, DpaTerms.segment())",
        Audits.auditAllowed(d("2024-05-01"), List.of(d("2024-01-15")), true, TERMS),
        "request", "2024-05-01", "earlier audits", "2024-01-15", "audit right under applicable law", "yes");
    add(out, "A.2.2.2", "new-year", "Customer audited on 2023-12-31 and asks again on 2024-01-02",
        "Audits.auditAllowed(2024-01-02, [2023-12-31], true, DpaTerms.segment())",
        Audits.auditAllowed(d("2024-01-02"), List.of(d("2023-12-31")), true, TERMS),
        "request", "2024-01-02", "earlier audits", "2023-12-31", "audit right under applicable law", "yes");
    add(out, "A.2.2.2", "leap-day", "A request on 29 February 2024 and an ISO 27001 report issued on 2023-02-28: recent enough?",
        "Audits.thirdPartyReportSufficient(2023-02-28, 2024-02-29, ADDRESSES_REQUEST, NO_MATERIAL_CHANGE_CONFIRMED, DpaTerms.segment(), defaults)",
        Audits.thirdPartyReportSufficient(d("2023-02-28"), d("2024-02-29"), ADDRESSES, CONFIRMED, TERMS, DEFAULTS),
        "report issued", "2023-02-28", "request", "2024-02-29", "addresses the request", "yes",
        "no material change confirmed", "yes");
    add(out, "A.2.2.2", "leap-day-too-old", "The same request and a report issued one day earlier, on 2023-02-27",
        "Audits.thirdPartyReportSufficient(2023-02-27, 2024-02-29, ADDRESSES_REQUEST, NO_MATERIAL_CHANGE_CONFIRMED, DpaTerms.segment(), defaults)",
        Audits.thirdPartyReportSufficient(d("2023-02-27"), d("2024-02-29"), ADDRESSES, CONFIRMED, TERMS, DEFAULTS),
        "report issued", "2023-02-27", "request", "2024-02-29", "addresses the request", "yes",
        "no material change confirmed", "yes");
    add(out, "A.2.2.2", "request-day-excluded", "A report issued on the request day itself, 2024-05-01, under REPORT_WINDOW_EXCLUDES_REQUEST_DAY",
        "Audits.thirdPartyReportSufficient(2024-05-01, 2024-05-01, ADDRESSES_REQUEST, NO_MATERIAL_CHANGE_CONFIRMED, DpaTerms.segment(),"
            + " Interpretations.of(REPORT_WINDOW_EXCLUDES_REQUEST_DAY))",
        Audits.thirdPartyReportSufficient(d("2024-05-01"), d("2024-05-01"), ADDRESSES, CONFIRMED, TERMS,
            Interpretations.of(Interpretation.REPORT_WINDOW_EXCLUDES_REQUEST_DAY)),
        "report issued", "2024-05-01", "request", "2024-05-01", "reading", "REPORT_WINDOW_EXCLUDES_REQUEST_DAY");
  }

  // ------------------------------------------------------------------ A.4.3

  private static void transfers(List<WorkedExample> out) {
    LegalFacts facts = LegalFacts.current();
    CountryCode de = CountryCode.of("DE");
    CountryCode us = CountryCode.UNITED_STATES;
    for (String asOf : new String[] {"2020-07-15", "2020-07-17", "2023-07-11"}) {
      add(out, "A.4.3", "de-us-" + asOf, "A customer established in Germany; Segment receives the data in the United States; Segment is not DPF-certified. As of " + asOf + ": do the SCCs govern?",
          "Transfers.sccGoverned(DE, US, NOT_CERTIFIED, NO_LAWFUL_ALTERNATIVE_BASIS, " + asOf + ", LegalFacts.current(), defaults)",
          Transfers.sccGoverned(de, us, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d(asOf),
              facts, DEFAULTS),
          "Customer established in", "DE", "destination", "US", "Segment DPF-certified", "no", "as of", asOf);
    }
    add(out, "A.4.3", "de-us-certified", "The same transfer on 2023-07-11 with Segment certified under the EU–US Data Privacy Framework",
        "Transfers.sccGoverned(DE, US, CERTIFIED, NO_LAWFUL_ALTERNATIVE_BASIS, 2023-07-11, LegalFacts.current(), defaults)",
        Transfers.sccGoverned(de, us, DpfCertification.CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, d("2023-07-11"),
            facts, DEFAULTS),
        "Customer established in", "DE", "destination", "US", "Segment DPF-certified", "yes", "as of", "2023-07-11");
  }

  // ------------------------------------------------------------------ B.3

  private static void california(List<WorkedExample> out) {
    add(out, "B.3", "sell", "Segment sells Customer Personal Data: allowed?",
        "California.ccpaUseAllowed(SELL, PROVIDE_SERVICES, true)",
        California.ccpaUseAllowed(California.Act.SELL, California.Purpose.PROVIDE_SERVICES, true),
        "act", "sell", "purpose", "providing the Services", "within the direct business relationship", "yes");
    add(out, "B.3", "instructed", "Segment uses Customer Personal Data as Customer instructed under Section 5",
        "California.ccpaUseAllowed(USE, CUSTOMER_INSTRUCTION, false)",
        California.ccpaUseAllowed(California.Act.USE, California.Purpose.CUSTOMER_INSTRUCTION, false),
        "act", "use", "purpose", "Customer's Section 5 instructions", "within the direct business relationship", "not stated");
    add(out, "B.3", "own-marketing", "Segment uses Customer Personal Data for its own marketing",
        "California.ccpaUseAllowed(USE, OTHER_COMMERCIAL_PURPOSE, true)",
        California.ccpaUseAllowed(California.Act.USE, California.Purpose.OTHER_COMMERCIAL_PURPOSE, true),
        "act", "use", "purpose", "another commercial purpose", "within the direct business relationship", "yes");
  }
}
