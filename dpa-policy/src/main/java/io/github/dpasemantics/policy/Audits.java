package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.contract.TermKey;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.event.AuditorObjectionReason;
import io.github.dpasemantics.model.event.ReportKind;
import io.github.dpasemantics.model.event.ThirdPartyReportIssued;
import io.github.dpasemantics.model.norm.Deeming;
import io.github.dpasemantics.model.time.ContractDates;
import io.github.dpasemantics.model.time.DeadlineRule;
import io.github.dpasemantics.model.time.Window;
import io.github.dpasemantics.policy.fact.SccStatus;
import io.github.dpasemantics.policy.fact.AuditInformation;
import io.github.dpasemantics.policy.fact.InformationNeed;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import io.github.dpasemantics.policy.fact.ReportSufficiency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Annex A 2.2: Audits and Reviews of Compliance (and A.4.3.5, which sends the audits of the
 * Standard Contractual Clauses through the same procedure).
 *
 * <p>A.2.2: "To the extent applicable Data Protection Laws include a right for Customer to audit
 * Segment's Processing of Customer Personal Data, Customer will exercise such audit right, and
 * Segment will fulfill its corresponding obligations, as follows:" A.2.2.1: Segment makes
 * available its most recent ISO 27001, ISO 27017 or ISO 27018 certifications or similar audit
 * reports ("Third Party Reports"). A.2.2.2: "Not more than once per calendar year and at
 * Customer's expense, Customer may audit ... by submitting reasonable requests for information
 * ... Segment will provide written responses to the extent the requested information is
 * necessary to confirm Segment's compliance with this Addendum. However, if the requested
 * information is addressed in a Third Party Report issued within the 12-month period prior to
 * Customer's request and Segment confirms there have been no material changes in the interim
 * relevant to Customer's request, Customer agrees to accept such Third Party Report in lieu of a
 * written response. Any information provided by Segment under this Section 2.b. constitutes
 * Segment's Confidential Information under the Agreement." A.2.2.3: Segment may object to a
 * third-party auditor who is, in its reasonable opinion, not independent, a competitor or
 * otherwise unqualified; Customer must then appoint another auditor or audit itself. A.2.2.4:
 * Customer promptly notifies non-compliance discovered and provides the audit reports, "unless
 * prohibited by EU Data Protection Law or otherwise instructed by a supervisory authority", and
 * uses them only for its regulatory audit requirements and confirming compliance. A.2.2.5:
 * Customer reimburses Segment's and its Subprocessors' time at Segment's then-current
 * professional services rates and pays its own auditor; Segment need not furnish more about
 * Third Party Subprocessors than they make generally available, nor breach duties of
 * confidentiality.
 *
 * <p>Readings (see {@code docs/interpretations.md}): "once per calendar year" is keyed on the
 * request day's calendar year (1 January to 31 December in the contract's zone), so a December
 * request and a January request are both allowed. "Within the 12-month period prior to R" is
 * [R − 12 months, R] by default (month-end clamped: R = 2024-02-29 gives 2023-02-28), with
 * options {@link Interpretation#REPORT_WINDOW_EXCLUDES_REQUEST_DAY} and
 * {@link Interpretation#REPORT_WINDOW_EXCLUDES_FIRST_DAY}. A.2.2.4's "unless prohibited ..." is
 * read as qualifying both the notice of non-compliance and the sharing of reports (one sentence,
 * one exception).
 *
 * <p>Every method is pure, deterministic and thread-safe.
 */
public final class Audits {
  private static final String AUDIT_ALLOWED = "Audits.auditAllowed";
  private static final String THIRD_PARTY_REPORT = "Audits.thirdPartyReport";
  private static final String WRITTEN_RESPONSE = "Audits.writtenResponseRequired";
  private static final String REPORT_SUFFICES = "Audits.thirdPartyReportSufficient";
  private static final String REPORT_RECENT = "Audits.reportRecent";
  private static final String AUDITOR_OBJECTION = "Audits.auditorObjectionAllowed";
  private static final String NON_COMPLIANCE_NOTICE = "Audits.nonComplianceNoticeRequired";
  private static final String REPORT_SHARING = "Audits.auditReportSharingRequired";
  private static final String REPORT_USE = "Audits.auditReportUseAllowed";
  private static final String COST = "Audits.costTreatment";
  private static final String DISCLOSURE = "Audits.disclosureRequired";
  private static final String CONFIDENTIAL = "Audits.confidentialInformation";
  private static final String FORM = "Audits.auditFormGranted";

  private static final DeadlineRule CALENDAR_YEAR = DeadlineRule.oncePerCalendarYear();
  private static final DeadlineRule.WithinMonthsPrior REPORT_PERIOD =
      (DeadlineRule.WithinMonthsPrior) DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS);

  private Audits() {}

  /** Reason codes of A.2.2 and A.4.3.5: constants, so decisions allocate no strings. */
  public enum Code implements ReasonCode {
    /** A.2.2: the audit right exists under applicable law. */
    AUDIT_RIGHT_UNDER_LAW("A.2.2",
        "applicable Data Protection Laws include a right for Customer to audit Segment's Processing of Customer Personal Data, exercised as A.2.2 provides"),
    /** A.2.2: no audit right under applicable law. */
    NO_AUDIT_RIGHT_UNDER_LAW("A.2.2",
        "A.2.2 applies only to the extent applicable Data Protection Laws include a right for Customer to audit Segment's Processing of Customer Personal Data; they include none here"),
    /** A.2.2.2: within the yearly limit. */
    WITHIN_YEARLY_LIMIT("A.2.2.2",
        "not more than {2} per calendar year: the request on {0} is audit number {3} of calendar year {1}"),
    /** A.2.2.2: yearly limit reached. */
    YEARLY_LIMIT_REACHED("A.2.2.2",
        "not more than {2} per calendar year: {3} audit(s) were already requested in calendar year {1}, so the request on {0} exceeds the limit"),
    /** A.2.2.2: at Customer's expense. */
    AT_CUSTOMERS_EXPENSE("A.2.2.2", "the audit is at Customer's expense"),
    /** A.4.3: the SCCs govern, so their audit right is Customer's. */
    SCC_AUDIT_RIGHT("A.4.3", "the Standard Contractual Clauses govern the transfer and are incorporated into the Addendum, so Customer,"
        + " as data exporter, has the audit right of their Clause 5(f) and Clause 12(2)"),
    /** A.4.3: the SCCs do not govern, so they give no audit right. */
    NO_SCC_AUDIT_RIGHT("A.4.3", "the Standard Contractual Clauses do not govern the transfer, so their Clause 5(f) and Clause 12(2)"
        + " give Customer no audit right"),
    /** A.4.3.5: SCC audits follow A.2.2. */
    SCC_AUDIT_UNDER_A_2_2("A.4.3.5",
        "the audits described in Clause 5(f) and Clause 12(2) of the Standard Contractual Clauses shall be performed in accordance with Section 2.b. of Annex A"),
    /** A.2.2.1: a Third Party Report. */
    IS_THIRD_PARTY_REPORT("A.2.2.1",
        "Third Party Reports are Segment's most recent ISO 27001, ISO 27017 or ISO 27018 certifications or similar audit reports; this {0} is one"),
    /** A.2.2.2: information necessary to confirm compliance. */
    INFORMATION_NECESSARY("A.2.2.2",
        "Segment will provide written responses to the extent the requested information is necessary to confirm Segment's compliance with this Addendum"),
    /** A.2.2.2: information not necessary. */
    INFORMATION_NOT_NECESSARY("A.2.2.2",
        "written responses are owed only to the extent the requested information is necessary to confirm Segment's compliance with this Addendum; this information is not"),
    /** A.2.2.2: a Third Party Report is accepted in lieu. */
    REPORT_IN_LIEU("A.2.2.2",
        "Customer agrees to accept a Third Party Report that addresses the request, issued within the period and with no material changes confirmed, in lieu of a written response"),
    /** A.2.2.2: the report was issued inside the period. */
    REPORT_WITHIN_PERIOD("A.2.2.2",
        "the Third Party Report issued on {0} was issued within the {1}-month period prior to Customer's request on {2} ({3} to {4})"),
    /** A.2.2.2: the report was issued before the period. */
    REPORT_TOO_OLD("A.2.2.2",
        "the Third Party Report issued on {0} was not issued within the {1}-month period prior to Customer's request on {2}: the period began on {3}"),
    /** A.2.2.2: the report was issued after the period ended. */
    REPORT_NOT_PRIOR("A.2.2.2",
        "the Third Party Report issued on {0} was not issued within the {1}-month period prior to Customer's request on {2}: the period ended on {4}"),
    /** A.2.2.2: the report addresses the request. */
    REPORT_ADDRESSES_REQUEST("A.2.2.2", "the requested information is addressed in the Third Party Report"),
    /** A.2.2.2: the report does not address the request. */
    REPORT_DOES_NOT_ADDRESS_REQUEST("A.2.2.2", "the requested information is not addressed in the Third Party Report"),
    /** A.2.2.2: no material changes confirmed. */
    NO_MATERIAL_CHANGE_CONFIRMED("A.2.2.2",
        "Segment confirms there have been no material changes in the interim relevant to Customer's request"),
    /** A.2.2.2: no confirmation. */
    NO_MATERIAL_CHANGE_NOT_CONFIRMED("A.2.2.2",
        "Segment has not confirmed that there have been no material changes in the interim relevant to Customer's request"),
    /** A.2.2.3: objection to a third-party auditor allowed. */
    AUDITOR_OBJECTION_ALLOWED("A.2.2.3",
        "Segment may object to the auditor if the auditor is, in Segment's reasonable opinion, not independent, a competitor of Segment or otherwise unqualified: here {0}"),
    /** A.2.2.3: objection requires Customer to appoint another or audit itself. */
    APPOINT_ANOTHER_OR_AUDIT_ITSELF("A.2.2.3",
        "such objection by Segment will require Customer to appoint another auditor or conduct the audit itself"),
    /** A.2.2.3: no ground for objecting. */
    NO_GROUND_TO_OBJECT("A.2.2.3",
        "Segment may object only to an auditor who is not independent, a competitor of Segment or otherwise unqualified; none of these is claimed"),
    /** A.2.2.3: Customer audits itself; no auditor to object to. */
    NO_THIRD_PARTY_AUDITOR("A.2.2.3", "A.2.2.3 applies only if a third party is to conduct the audit; Customer conducts it itself"),
    /** A.2.2.4: notify non-compliance. */
    NOTIFY_NON_COMPLIANCE("A.2.2.4", "Customer will promptly notify Segment of any non-compliance discovered during the course of an audit"),
    /** A.2.2.4: nothing discovered. */
    NO_NON_COMPLIANCE_DISCOVERED("A.2.2.4", "no non-compliance was discovered during the course of the audit, so there is nothing to notify"),
    /** A.2.2.4: provide audit reports. */
    PROVIDE_AUDIT_REPORTS("A.2.2.4", "Customer will provide Segment any audit reports generated in connection with any audit under A.2.2"),
    /** A.2.2.4: prohibited by EU Data Protection Law. */
    PROHIBITED_BY_EU_LAW("A.2.2.4", "the duty does not apply where prohibited by EU Data Protection Law, as it is here"),
    /** A.2.2.4: a supervisory authority instructed otherwise. */
    SUPERVISORY_AUTHORITY_INSTRUCTED("A.2.2.4", "the duty does not apply where otherwise instructed by a supervisory authority, as here"),
    /** A.2.2.4: permitted use of audit reports. */
    PERMITTED_REPORT_USE("A.2.2.4",
        "Customer may use the audit reports only for meeting its regulatory audit requirements and confirming that Segment's Processing of Customer Personal Data complies with this Addendum; {0} is such a use"),
    /** A.2.2.4: forbidden use of audit reports. */
    FORBIDDEN_REPORT_USE("A.2.2.4",
        "Customer may use the audit reports only for meeting its regulatory audit requirements and confirming that Segment's Processing of Customer Personal Data complies with this Addendum; any other use is not allowed"),
    /** A.2.2.5: reimburse time at professional services rates. */
    REIMBURSE_AT_PROFESSIONAL_SERVICES_RATES("A.2.2.5",
        "Customer shall reimburse Segment for any time expended by Segment or its Subprocessors in connection with any audits at Segment's then-current professional services rates, which shall be made available to Customer upon request"),
    /** A.2.2.5: auditor fees. */
    CUSTOMER_PAYS_AUDITOR("A.2.2.5", "Customer will be responsible for any fees charged by any auditor appointed by Customer to execute any such audit"),
    /** A.2.2.5: Third Party Subprocessor information limit. */
    BEYOND_WHAT_SUBPROCESSOR_MAKES_AVAILABLE("A.2.2.5",
        "Segment need not furnish more information about its Third Party Subprocessors than such Third Party Subprocessors make generally available to their customers"),
    /** A.2.2.5: confidentiality limit. */
    WOULD_BREACH_CONFIDENTIALITY("A.2.2.5", "nothing in A.2.2 shall require Segment to breach any duties of confidentiality"),
    /** A.2.2.5: no limit applies. */
    NO_DISCLOSURE_LIMIT("A.2.2.5",
        "neither limit of A.2.2.5 applies: the information is not about Third Party Subprocessors beyond what they make generally available, and giving it breaches no duty of confidentiality"),
    /** A.2.2.2: information provided is Confidential Information. */
    SEGMENT_CONFIDENTIAL_INFORMATION("A.2.2.2",
        "any information provided by Segment under A.2.2 constitutes Segment's Confidential Information under the Agreement"),
    /** A.2.2.2: information not provided under A.2.2. */
    NOT_PROVIDED_UNDER_A_2_2("A.2.2.2",
        "only information provided by Segment under A.2.2 is made Segment's Confidential Information by A.2.2.2; whether other information is confidential is for the Agreement"),
    /** A.2.2.2: a request for information is the form the text grants. */
    INFORMATION_REQUEST_FORM("A.2.2.2",
        "Customer may audit Segment's Processing of Customer Personal Data \"by submitting reasonable requests for information, including"
            + " security and audit questionnaires\"; a {0} is such a request, answered by written responses or a Third Party Report"),
    /** A.2.2.2: an inspection is not a request for information (default reading). */
    INSPECTION_NOT_GRANTED("A.2.2.2",
        "Customer audits \"by submitting reasonable requests for information, including security and audit questionnaires\"; an on-site"
            + " inspection is not such a request, so A.2.2.2 does not grant it"),
    /** A.2.2: the law's inspection right is exercised through A.2.2 (alternative reading). */
    INSPECTION_THROUGH_A_2_2("A.2.2",
        "to the extent applicable Data Protection Laws include a right for Customer to audit, Customer exercises it as A.2.2 provides;"
            + " under the chosen reading an inspection that right includes is such an audit, once per calendar year and at Customer's"
            + " expense (A.2.2.2), with Segment's objection to a third-party auditor (A.2.2.3) and reimbursement (A.2.2.5)");

    private final ClauseId clause;
    private final String template;

    Code(String clause, String template) {
      this.clause = ClauseId.parse(clause);
      this.template = template;
    }

    @Override
    public ClauseId clause() {
      return clause;
    }

    @Override
    public String template() {
      return template;
    }
  }

  /** On what an audit rests (A.2.2, A.4.3.5). */
  public enum AuditBasis {
    /** The audit right of applicable Data Protection Laws, exercised under A.2.2. */
    DATA_PROTECTION_LAW,
    /** Clause 5(f) of the Standard Contractual Clauses, performed under A.2.2 (A.4.3.5). */
    SCC_CLAUSE_5F,
    /** Clause 12(2) of the Standard Contractual Clauses, performed under A.2.2 (A.4.3.5). */
    SCC_CLAUSE_12_2
  }

  /** A form an audit can take (A.2.2, A.2.2.2). */
  public enum AuditForm {
    /** A reasonable request for information (A.2.2.2). */
    INFORMATION_REQUEST("request for information"),
    /** A security questionnaire (A.2.2.2 names it). */
    SECURITY_QUESTIONNAIRE("security questionnaire"),
    /** An audit questionnaire (A.2.2.2 names it). */
    AUDIT_QUESTIONNAIRE("audit questionnaire"),
    /** An on-site inspection of Segment's premises or systems (the text does not name it). */
    ON_SITE_INSPECTION("on-site inspection");

    private final String words;

    AuditForm(String words) {
      this.words = words;
    }

    @Override
    public String toString() {
      return words;
    }
  }

  /** Who conducts an audit (A.2.2.3). */
  public enum Conductor {
    /** Customer itself. */
    CUSTOMER,
    /** A third party auditor appointed by Customer. */
    THIRD_PARTY_AUDITOR
  }

  /** What may stand in the way of Customer's duties to notify non-compliance and share reports (A.2.2.4). */
  public enum SharingBar {
    /** Nothing: the duties apply. */
    NONE,
    /** EU Data Protection Law prohibits it. */
    PROHIBITED_BY_EU_DATA_PROTECTION_LAW,
    /** A supervisory authority instructed otherwise. */
    SUPERVISORY_AUTHORITY_INSTRUCTION
  }

  /** A use Customer wants to make of audit reports (A.2.2.4). */
  public enum ReportUse {
    /** Meeting Customer's regulatory audit requirements. */
    REGULATORY_AUDIT_REQUIREMENTS,
    /** Confirming that Segment's Processing of Customer Personal Data complies with the Addendum. */
    CONFIRMING_COMPLIANCE,
    /** Anything else (e.g. marketing, litigation against third parties, benchmarking). */
    OTHER
  }

  /** A cost of an audit (A.2.2.5). */
  public enum AuditCost {
    /** Time expended by Segment. */
    SEGMENT_TIME,
    /** Time expended by Segment's Subprocessors. */
    SUBPROCESSOR_TIME,
    /** Fees charged by the auditor Customer appointed. */
    AUDITOR_FEES
  }

  /** How Customer bears an audit cost (A.2.2.5). */
  public enum CostTreatment {
    /** Customer reimburses Segment at Segment's then-current professional services rates. */
    REIMBURSE_SEGMENT_AT_PROFESSIONAL_SERVICES_RATES,
    /** Customer pays its auditor's fees. */
    CUSTOMER_PAYS_AUDITOR
  }

  /** A limit on what Segment must disclose in an audit (A.2.2.5). */
  public enum DisclosureLimit {
    /** Information about a Third Party Subprocessor beyond what it makes generally available to its customers. */
    BEYOND_WHAT_THIRD_PARTY_SUBPROCESSOR_MAKES_GENERALLY_AVAILABLE,
    /** Disclosure would breach a duty of confidentiality. */
    WOULD_BREACH_CONFIDENTIALITY
  }

  // ---------------------------------------------------------------- A.2.2, A.2.2.2 frequency

  /**
   * A.2.2, A.2.2.2: whether Customer may audit with a request on {@code request}: applicable Data
   * Protection Laws include an audit right, and fewer than
   * {@link DpaTerms#getAuditsPerCalendarYear()} audits were already requested in the request
   * day's calendar year (earlier audits after the request day are not counted). The audit is at
   * Customer's expense.
   *
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted, in any order
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @param terms the contract's numbers
   * @return true if allowed
   */
  public static boolean isAuditAllowed(LocalDate request, List<LocalDate> earlierAudits, boolean auditRightUnderLaw,
      DpaTerms terms) {
    return isAuditAllowed(AuditBasis.DATA_PROTECTION_LAW, request, earlierAudits, auditRightUnderLaw, SccStatus.DO_NOT_GOVERN,
        terms);
  }

  /**
   * A.2.2, A.2.2.2, A.4.3.5: whether Customer may audit, where the audit right may also come from
   * the Standard Contractual Clauses. Customer has an audit right if applicable Data Protection
   * Laws include one (A.2.2) or if the SCCs govern the transfer (A.4.3 incorporates them, and
   * their Clause 5(f) and Clause 12(2) give the data exporter an audit right); either way it is
   * exercised as A.2.2 provides (A.4.3.5: the SCC audits "shall be performed in accordance with
   * Section 2.b."), so the yearly limit of A.2.2.2 applies to both together.
   *
   * @param basis on what the request rests; it changes which reasons the explained form gives,
   *     not whether an audit right exists
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted, in any order
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @param sccs whether the SCCs govern the transfer
   * @param terms the contract's numbers
   * @return true if allowed
   */
  public static boolean isAuditAllowed(AuditBasis basis, LocalDate request, List<LocalDate> earlierAudits,
      boolean auditRightUnderLaw, SccStatus sccs, DpaTerms terms) {
    Args.notNull(basis, "Audits", "isAuditAllowed", "basis");
    Args.date(request, "Audits", "isAuditAllowed", "request");
    Args.notNull(sccs, "Audits", "isAuditAllowed", "sccs");
    int already = auditsAlreadyInYear(request, earlierAudits, terms, "isAuditAllowed");
    return (auditRightUnderLaw || sccs.isGoverning()) && already < terms.getAuditsPerCalendarYear();
  }

  /**
   * A.2.2, A.2.2.2: the same question for a request given as an instant, turned into a contract
   * date in {@link DpaTerms#getZone()}: a request at 2025-01-01T05:00Z is a 31 December 2024
   * request under the Segment preset.
   *
   * @param request the instant of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @param terms the contract's numbers
   * @return true if allowed
   */
  public static boolean isAuditAllowed(Instant request, List<LocalDate> earlierAudits, boolean auditRightUnderLaw,
      DpaTerms terms) {
    Args.instant(request, "Audits", "isAuditAllowed", "request");
    Objects.requireNonNull(terms, "Audits.isAuditAllowed: terms must not be null");
    return isAuditAllowed(ContractDates.of(request, terms.getZone()), earlierAudits, auditRightUnderLaw, terms);
  }

  /**
   * A.2.2, A.2.2.2: explained form of {@link #isAuditAllowed(Instant, List, boolean, DpaTerms)}: the
   * request instant is turned into a contract date in {@link DpaTerms#getZone()}.
   *
   * @param request the instant of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @param terms the contract's numbers
   * @return the decision
   */
  public static Decision<Boolean> auditAllowed(Instant request, List<LocalDate> earlierAudits, boolean auditRightUnderLaw,
      DpaTerms terms) {
    Args.instant(request, "Audits", "auditAllowed", "request");
    Objects.requireNonNull(terms, "Audits.auditAllowed: terms must not be null");
    return auditAllowed(ContractDates.of(request, terms.getZone()), earlierAudits, auditRightUnderLaw, terms);
  }

  /**
   * A.2.2, A.2.2.2, A.4.3.5: bare form of {@link #auditAllowed(AuditBasis, LocalDate, List, boolean,
   * DpaTerms)}: an audit resting on an SCC clause presupposes that the SCCs govern the transfer.
   *
   * @param basis on what the audit rests (an SCC audit follows A.2.2, A.4.3.5)
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @param terms the contract's numbers
   * @return true if allowed
   */
  public static boolean isAuditAllowed(AuditBasis basis, LocalDate request, List<LocalDate> earlierAudits,
      boolean auditRightUnderLaw, DpaTerms terms) {
    Args.notNull(basis, "Audits", "isAuditAllowed", "basis");
    return isAuditAllowed(basis, request, earlierAudits, auditRightUnderLaw, sccsOf(basis), terms);
  }

  /** An audit resting on an SCC clause presupposes that the SCCs govern the transfer (A.4.3.5). */
  private static SccStatus sccsOf(AuditBasis basis) {
    return SccStatus.of(basis != AuditBasis.DATA_PROTECTION_LAW);
  }

  /**
   * A.2.2, A.2.2.2, A.4.3.5: explained form of {@link #isAuditAllowed(LocalDate, List, boolean, DpaTerms)},
   * with the calendar-year window of the request. An audit resting on an SCC clause
   * ({@link AuditBasis#SCC_CLAUSE_5F}, {@link AuditBasis#SCC_CLAUSE_12_2}) presupposes that the SCCs
   * govern the transfer, so its audit right comes from them (A.4.3.5); where that is not known, use
   * {@link #auditAllowed(AuditBasis, LocalDate, List, boolean, SccStatus, DpaTerms)}.
   *
   * @param basis on what the audit rests (an SCC audit follows A.2.2, A.4.3.5)
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @param terms the contract's numbers
   * @return the decision
   */
  @Decides(value = {"A.2.2", "A.2.2.2"}, quotes = {"A.4.3.5", "A.4.3"})
  public static Decision<Boolean> auditAllowed(AuditBasis basis, LocalDate request, List<LocalDate> earlierAudits,
      boolean auditRightUnderLaw, DpaTerms terms) {
    Args.notNull(basis, "Audits", "auditAllowed", "basis");
    return explainAuditAllowed(basis, request, earlierAudits, auditRightUnderLaw, sccsOf(basis), terms);
  }

  /**
   * A.2.2, A.2.2.2, A.4.3.5, explained: {@link #isAuditAllowed(AuditBasis, LocalDate, List, boolean,
   * SccStatus, DpaTerms)} with its reasons (whether the SCCs give an audit right, whether the law
   * does, the yearly limit) and the calendar-year window of the request.
   *
   * @param basis on what the request rests
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @param sccs whether the SCCs govern the transfer
   * @param terms the contract's numbers
   * @return the decision
   */
  @Decides(value = {"A.2.2", "A.2.2.2"}, quotes = {"A.4.3.5", "A.4.3"})
  public static Decision<Boolean> auditAllowed(AuditBasis basis, LocalDate request, List<LocalDate> earlierAudits,
      boolean auditRightUnderLaw, SccStatus sccs, DpaTerms terms) {
    Args.notNull(basis, "Audits", "auditAllowed", "basis");
    Args.notNull(sccs, "Audits", "auditAllowed", "sccs");
    return explainAuditAllowed(basis, request, earlierAudits, auditRightUnderLaw, sccs, terms);
  }

  private static Decision<Boolean> explainAuditAllowed(AuditBasis basis, LocalDate request, List<LocalDate> earlierAudits,
      boolean auditRightUnderLaw, SccStatus sccs, DpaTerms terms) {
    Args.date(request, "Audits", "auditAllowed", "request");
    int already = auditsAlreadyInYear(request, earlierAudits, terms, "auditAllowed");
    int limit = terms.getAuditsPerCalendarYear();
    boolean allowed = isAuditAllowed(basis, request, earlierAudits, auditRightUnderLaw, sccs, terms);
    Decision.Builder<Boolean> b = Decision.builder(AUDIT_ALLOWED, allowed);
    if (sccs.isGoverning()) {
      b.reason(Code.SCC_AUDIT_RIGHT).reason(Code.SCC_AUDIT_UNDER_A_2_2);
      if (auditRightUnderLaw) {
        b.reason(Code.AUDIT_RIGHT_UNDER_LAW);
      }
    } else {
      if (basis != AuditBasis.DATA_PROTECTION_LAW) {
        b.reason(Code.NO_SCC_AUDIT_RIGHT);
      }
      b.reason(auditRightUnderLaw ? Code.AUDIT_RIGHT_UNDER_LAW : Code.NO_AUDIT_RIGHT_UNDER_LAW);
    }
    if (already < limit) {
      b.reason(Code.WITHIN_YEARLY_LIMIT, request, request.getYear(), limit, already + 1);
    } else {
      b.reason(Code.YEARLY_LIMIT_REACHED, request, request.getYear(), limit, already);
    }
    if (allowed) {
      b.reason(Code.AT_CUSTOMERS_EXPENSE);
    }
    return b.window(calendarYear(request, terms)).build();
  }

  /**
   * A.2.2, A.2.2.2: explained form for an audit resting on the audit right of applicable law.
   *
   * @param request the day of Customer's request
   * @param earlierAudits the request days of audits Customer already conducted
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @param terms the contract's numbers
   * @return the decision
   */
  public static Decision<Boolean> auditAllowed(LocalDate request, List<LocalDate> earlierAudits, boolean auditRightUnderLaw,
      DpaTerms terms) {
    return auditAllowed(AuditBasis.DATA_PROTECTION_LAW, request, earlierAudits, auditRightUnderLaw, terms);
  }

  /**
   * A.2.2, A.2.2.2: explained form from the model's events: this request and Customer's earlier
   * audit requests.
   *
   * @param request the audit request to decide
   * @param earlier Customer's earlier audit requests (conducted audits)
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @param terms the contract's numbers
   * @return the decision
   */
  public static Decision<Boolean> auditAllowed(AuditRequested request, List<AuditRequested> earlier, boolean auditRightUnderLaw,
      DpaTerms terms) {
    Objects.requireNonNull(request, "Audits.auditAllowed: request must not be null");
    return auditAllowed(request.getDate(), daysOf(earlier, "auditAllowed"), auditRightUnderLaw, terms);
  }

  /**
   * A.2.2, A.2.2.2: bare form of {@link #auditAllowed(AuditRequested, List, boolean, DpaTerms)}.
   *
   * @param request the audit request to decide
   * @param earlier Customer's earlier audit requests (conducted audits)
   * @param auditRightUnderLaw whether applicable Data Protection Laws include a right to audit
   * @param terms the contract's numbers
   * @return true if allowed
   */
  public static boolean isAuditAllowed(AuditRequested request, List<AuditRequested> earlier, boolean auditRightUnderLaw,
      DpaTerms terms) {
    Objects.requireNonNull(request, "Audits.isAuditAllowed: request must not be null");
    return isAuditAllowed(request.getDate(), daysOf(earlier, "isAuditAllowed"), auditRightUnderLaw, terms);
  }

  private static List<LocalDate> daysOf(List<AuditRequested> earlier, String method) {
    Objects.requireNonNull(earlier, "Audits." + method + ": earlier must not be null");
    LocalDate[] days = new LocalDate[earlier.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = Objects.requireNonNull(earlier.get(i), "Audits." + method + ": earlier must not contain null").getDate();
    }
    return List.of(days);
  }

  // ---------------------------------------------------------------- A.2.2.1

  /**
   * A.2.2.1, the deeming provision {@link Deeming#THIRD_PARTY_REPORTS} as a decision: every {@link ReportKind} (ISO 27001,
   * 27017, 27018 or a similar audit report) is a Third Party Report.
   *
   * @param kind the kind of report
   * @return the decision
   */
  @Encodes(Deeming.THIRD_PARTY_REPORTS)
  public static Decision<Boolean> thirdPartyReport(ReportKind kind) {
    Objects.requireNonNull(kind, "Audits.thirdPartyReport: kind must not be null");
    return Decision.of(THIRD_PARTY_REPORT, isThirdPartyReport(kind), Reason.of(Code.IS_THIRD_PARTY_REPORT, describe(kind)));
  }

  /**
   * A.2.2.1, bare form of {@link #thirdPartyReport(ReportKind)}: every kind of report the model
   * names is a Third Party Report.
   *
   * @param kind the kind of report
   * @return true
   */
  public static boolean isThirdPartyReport(ReportKind kind) {
    Objects.requireNonNull(kind, "Audits.isThirdPartyReport: kind must not be null");
    return Deeming.THIRD_PARTY_REPORTS.consequenceFollows(true);
  }

  private static String describe(ReportKind kind) {
    switch (kind) {
      case ISO_27001:
        return "ISO 27001 certification";
      case ISO_27017:
        return "ISO 27017 certification";
      case ISO_27018:
        return "ISO 27018 certification";
      default:
        return "similar audit report";
    }
  }

  // ---------------------------------------------------------------- A.2.2.2 report in lieu

  /**
   * A.2.2.2: whether a Third Party Report issued on {@code issued} falls within "the 12-month
   * period prior to" a request on {@code request}: [R − 12 months, R] by default, month-end
   * clamped (R = 2024-02-29 looks back to 2023-02-28); see the class javadoc for the options.
   *
   * @param issued the report's issue day
   * @param request the day of Customer's request
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return true if inside the period
   */
  public static boolean isReportRecent(LocalDate issued, LocalDate request, DpaTerms terms, Interpretations readings) {
    Args.date(issued, "Audits", "isReportRecent", "issued");
    Args.date(request, "Audits", "isReportRecent", "request");
    Objects.requireNonNull(terms, "Audits.isReportRecent: terms must not be null");
    Objects.requireNonNull(readings, "Audits.isReportRecent: readings must not be null");
    return !issued.isBefore(REPORT_PERIOD.firstDay(request, terms, readings))
        && !issued.isAfter(REPORT_PERIOD.lastDay(request, readings));
  }

  /**
   * A.2.2.2: explained form of {@link #isReportRecent}: where the issue day falls against the
   * period, carried as the decision's window, with the reading applied.
   *
   * @param issued the report's issue day
   * @param request the day of Customer's request
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision
   */
  @Decides("A.2.2.2")
  public static Decision<Boolean> reportRecent(LocalDate issued, LocalDate request, DpaTerms terms, Interpretations readings) {
    Args.date(issued, "Audits", "reportRecent", "issued");
    Args.date(request, "Audits", "reportRecent", "request");
    Args.notNull(terms, "Audits", "reportRecent", "terms");
    Args.notNull(readings, "Audits", "reportRecent", "readings");
    return reportPeriod(Decision.builder(REPORT_RECENT, isReportRecent(issued, request, terms, readings)), issued, request,
        terms, readings).build();
  }

  /** Where the issue day falls against the period before the request (A.2.2.2), as the first reason and the window. */
  private static Decision.Builder<Boolean> reportPeriod(Decision.Builder<Boolean> b, LocalDate issued, LocalDate request,
      DpaTerms terms, Interpretations readings) {
    LocalDate first = REPORT_PERIOD.firstDay(request, terms, readings);
    LocalDate last = REPORT_PERIOD.lastDay(request, readings);
    Code when = issued.isBefore(first) ? Code.REPORT_TOO_OLD : issued.isAfter(last) ? Code.REPORT_NOT_PRIOR : Code.REPORT_WITHIN_PERIOD;
    b.reason(when, issued, terms.getReportRecencyMonths(), request, first, last);
    if (!last.isBefore(first)) {
      b.window(Window.between(first, last, request, REPORT_PERIOD.window(request, terms, readings).orElseThrow().getCounting()));
    }
    return b.reading(readings.get(Question.REPORT_RECENCY_WINDOW));
  }

  /**
   * A.2.2.2: whether Customer must accept a Third Party Report in lieu of a written response: it
   * addresses the requested information, was issued within the period, and Segment confirms no
   * material changes in the interim relevant to the request.
   *
   * @param issued the report's issue day
   * @param request the day of Customer's request
   * @param coverage whether the requested information is addressed in the report
   * @param confirmation whether Segment confirms no material changes in the interim relevant to the request
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return true if the report suffices
   */
  public static boolean isThirdPartyReportSufficient(LocalDate issued, LocalDate request, ReportCoverage coverage,
      MaterialChangeConfirmation confirmation, DpaTerms terms, Interpretations readings) {
    Args.notNull(terms, "Audits", "isThirdPartyReportSufficient", "terms");
    Args.notNull(readings, "Audits", "isThirdPartyReportSufficient", "readings");
    Args.date(issued, "Audits", "isThirdPartyReportSufficient", "issued");
    Args.date(request, "Audits", "isThirdPartyReportSufficient", "request");
    Args.notNull(coverage, "Audits", "isThirdPartyReportSufficient", "coverage");
    Args.notNull(confirmation, "Audits", "isThirdPartyReportSufficient", "confirmation");
    return isReportRecent(issued, request, terms, readings) && coverage == ReportCoverage.ADDRESSES_REQUEST
        && confirmation == MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED;
  }

  /**
   * A.2.2.2: explained form of {@link #isThirdPartyReportSufficient}; gives every condition's
   * reason and the period as a window, with the reading applied.
   *
   * @param issued the report's issue day
   * @param request the day of Customer's request
   * @param coverage whether the requested information is addressed in the report
   * @param confirmation whether Segment confirms no material changes in the interim relevant to the request
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision
   */
  @Decides("A.2.2.2")
  public static Decision<Boolean> thirdPartyReportSufficient(LocalDate issued, LocalDate request, ReportCoverage coverage,
      MaterialChangeConfirmation confirmation, DpaTerms terms, Interpretations readings) {
    Args.notNull(terms, "Audits", "thirdPartyReportSufficient", "terms");
    Args.notNull(readings, "Audits", "thirdPartyReportSufficient", "readings");
    Args.date(issued, "Audits", "thirdPartyReportSufficient", "issued");
    Args.date(request, "Audits", "thirdPartyReportSufficient", "request");
    Args.notNull(coverage, "Audits", "thirdPartyReportSufficient", "coverage");
    Args.notNull(confirmation, "Audits", "thirdPartyReportSufficient", "confirmation");
    boolean ok = isThirdPartyReportSufficient(issued, request, coverage, confirmation, terms, readings);
    Decision.Builder<Boolean> b = reportPeriod(Decision.builder(REPORT_SUFFICES, ok), issued, request, terms, readings);
    b.reason(coverage == ReportCoverage.ADDRESSES_REQUEST ? Code.REPORT_ADDRESSES_REQUEST : Code.REPORT_DOES_NOT_ADDRESS_REQUEST);
    b.reason(confirmation == MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED ? Code.NO_MATERIAL_CHANGE_CONFIRMED
        : Code.NO_MATERIAL_CHANGE_NOT_CONFIRMED);
    if (ok) {
      b.reason(Code.REPORT_IN_LIEU);
    }
    return b.build();
  }

  /**
   * A.2.2.2: explained form from the model's events: the audit request and the report offered.
   *
   * @param report the Third Party Report
   * @param request the audit request
   * @param coverage whether the requested information is addressed in the report
   * @param confirmation whether Segment confirms no material changes in the interim relevant to the request
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision
   */
  public static Decision<Boolean> thirdPartyReportSufficient(ThirdPartyReportIssued report, AuditRequested request,
      ReportCoverage coverage, MaterialChangeConfirmation confirmation, DpaTerms terms, Interpretations readings) {
    Objects.requireNonNull(report, "Audits.thirdPartyReportSufficient: report must not be null");
    Objects.requireNonNull(request, "Audits.thirdPartyReportSufficient: request must not be null");
    return thirdPartyReportSufficient(report.getDate(), request.getDate(), coverage, confirmation, terms, readings);
  }

  /**
   * A.2.2.2: bare form of {@link #thirdPartyReportSufficient(ThirdPartyReportIssued, AuditRequested,
   * ReportCoverage, MaterialChangeConfirmation, DpaTerms, Interpretations)}.
   *
   * @param report the Third Party Report
   * @param request the audit request
   * @param coverage whether the requested information is addressed in the report
   * @param confirmation whether Segment confirms no material changes in the interim relevant to the request
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return true if the report suffices
   */
  public static boolean isThirdPartyReportSufficient(ThirdPartyReportIssued report, AuditRequested request,
      ReportCoverage coverage, MaterialChangeConfirmation confirmation, DpaTerms terms, Interpretations readings) {
    Objects.requireNonNull(report, "Audits.isThirdPartyReportSufficient: report must not be null");
    Objects.requireNonNull(request, "Audits.isThirdPartyReportSufficient: request must not be null");
    return isThirdPartyReportSufficient(report.getDate(), request.getDate(), coverage, confirmation, terms, readings);
  }

  /**
   * A.2.2.2: whether Segment owes a written response to a request for information: to the extent
   * the information is necessary to confirm Segment's compliance with the Addendum, and not where
   * a sufficient Third Party Report is accepted in lieu.
   *
   * @param need whether the information is necessary to confirm compliance
   * @param report whether a Third Party Report suffices in lieu: the answer of
   *     {@link #isThirdPartyReportSufficient} ({@link ReportSufficiency#of(boolean)})
   * @return true if a written response is owed
   */
  public static boolean isWrittenResponseRequired(InformationNeed need, ReportSufficiency report) {
    Args.notNull(need, "Audits", "isWrittenResponseRequired", "need");
    Args.notNull(report, "Audits", "isWrittenResponseRequired", "report");
    return need == InformationNeed.NECESSARY_TO_CONFIRM_COMPLIANCE && report == ReportSufficiency.NOT_SUFFICIENT;
  }

  /**
   * A.2.2.2: explained form of {@link #isWrittenResponseRequired}.
   *
   * @param need whether the information is necessary to confirm compliance
   * @param report whether a Third Party Report suffices in lieu
   * @return the decision
   */
  @Decides("A.2.2.2")
  public static Decision<Boolean> writtenResponseRequired(InformationNeed need, ReportSufficiency report) {
    Args.notNull(need, "Audits", "writtenResponseRequired", "need");
    Args.notNull(report, "Audits", "writtenResponseRequired", "report");
    boolean required = isWrittenResponseRequired(need, report);
    Decision.Builder<Boolean> b = Decision.builder(WRITTEN_RESPONSE, required)
        .reason(need == InformationNeed.NECESSARY_TO_CONFIRM_COMPLIANCE ? Code.INFORMATION_NECESSARY : Code.INFORMATION_NOT_NECESSARY);
    if (report == ReportSufficiency.SUFFICIENT) {
      b.reason(Code.REPORT_IN_LIEU);
    }
    return b.build();
  }

  /**
   * A.2.2.2, the deeming provision {@link Deeming#AUDIT_INFORMATION_CONFIDENTIAL}: whether
   * information is Segment's Confidential Information because Segment provided it under A.2.2.
   *
   * @param information whether Segment provided it under A.2.2
   * @return true for information provided under A.2.2
   */
  public static boolean isConfidentialInformation(AuditInformation information) {
    Args.notNull(information, "Audits", "isConfidentialInformation", "information");
    return Deeming.AUDIT_INFORMATION_CONFIDENTIAL.consequenceFollows(information == AuditInformation.PROVIDED_UNDER_A_2_2);
  }

  /**
   * A.2.2.2, the deeming provision {@link Deeming#AUDIT_INFORMATION_CONFIDENTIAL} as a decision:
   * explained form of {@link #isConfidentialInformation}.
   *
   * @param information whether Segment provided it under A.2.2
   * @return the decision
   */
  @Encodes(Deeming.AUDIT_INFORMATION_CONFIDENTIAL)
  public static Decision<Boolean> confidentialInformation(AuditInformation information) {
    Args.notNull(information, "Audits", "confidentialInformation", "information");
    boolean is = isConfidentialInformation(information);
    return Decision.of(CONFIDENTIAL, is, Reason.of(is ? Code.SEGMENT_CONFIDENTIAL_INFORMATION : Code.NOT_PROVIDED_UNDER_A_2_2));
  }

  // ---------------------------------------------------------------- A.2.2.3

  /**
   * A.2.2.3: whether Segment may object to the auditor: a third party is to conduct the audit
   * and, in Segment's reasonable opinion, the auditor is not independent, a competitor of Segment
   * or otherwise unqualified. The objection requires Customer to appoint another auditor or
   * conduct the audit itself.
   *
   * @param conductor who is to conduct the audit
   * @param concerns the grounds Segment reasonably holds, possibly empty
   * @return true if Segment may object
   */
  public static boolean isAuditorObjectionAllowed(Conductor conductor, Set<AuditorObjectionReason> concerns) {
    Objects.requireNonNull(conductor, "Audits.isAuditorObjectionAllowed: conductor must not be null");
    Objects.requireNonNull(concerns, "Audits.isAuditorObjectionAllowed: concerns must not be null");
    return conductor == Conductor.THIRD_PARTY_AUDITOR && !concerns.isEmpty();
  }

  /**
   * A.2.2.3: explained form of {@link #isAuditorObjectionAllowed}.
   *
   * @param conductor who is to conduct the audit
   * @param concerns the grounds Segment reasonably holds
   * @return the decision
   */
  @Decides("A.2.2.3")
  public static Decision<Boolean> auditorObjectionAllowed(Conductor conductor, Set<AuditorObjectionReason> concerns) {
    Args.notNull(conductor, "Audits", "auditorObjectionAllowed", "conductor");
    Args.notNull(concerns, "Audits", "auditorObjectionAllowed", "concerns");
    boolean allowed = isAuditorObjectionAllowed(conductor, concerns);
    if (conductor == Conductor.CUSTOMER) {
      return Decision.of(AUDITOR_OBJECTION, false, Reason.of(Code.NO_THIRD_PARTY_AUDITOR));
    }
    return allowed
        ? Decision.of(AUDITOR_OBJECTION, true, Reason.of(Code.AUDITOR_OBJECTION_ALLOWED, List.copyOf(EnumSet.copyOf(concerns))),
            Reason.of(Code.APPOINT_ANOTHER_OR_AUDIT_ITSELF))
        : Decision.of(AUDITOR_OBJECTION, false, Reason.of(Code.NO_GROUND_TO_OBJECT));
  }

  // ---------------------------------------------------------------- A.2.2.4

  /**
   * A.2.2.4: whether Customer must (promptly; no computable date) notify Segment of
   * non-compliance: some was discovered during the audit and neither EU Data Protection Law
   * prohibits it nor a supervisory authority instructed otherwise.
   *
   * @param nonComplianceDiscovered whether non-compliance was discovered during the audit
   * @param bar what stands in the way, or {@link SharingBar#NONE}
   * @return true if notice is required
   */
  public static boolean isNonComplianceNoticeRequired(boolean nonComplianceDiscovered, SharingBar bar) {
    Objects.requireNonNull(bar, "Audits.isNonComplianceNoticeRequired: bar must not be null");
    return nonComplianceDiscovered && bar == SharingBar.NONE;
  }

  /**
   * A.2.2.4: explained form of {@link #isNonComplianceNoticeRequired}; the exceptions are their
   * own reasons.
   *
   * @param nonComplianceDiscovered whether non-compliance was discovered during the audit
   * @param bar what stands in the way, or {@link SharingBar#NONE}
   * @return the decision
   */
  @Decides("A.2.2.4")
  public static Decision<Boolean> nonComplianceNoticeRequired(boolean nonComplianceDiscovered, SharingBar bar) {
    Args.notNull(bar, "Audits", "nonComplianceNoticeRequired", "bar");
    boolean required = isNonComplianceNoticeRequired(nonComplianceDiscovered, bar);
    Decision.Builder<Boolean> b = Decision.builder(NON_COMPLIANCE_NOTICE, required)
        .reason(nonComplianceDiscovered ? Code.NOTIFY_NON_COMPLIANCE : Code.NO_NON_COMPLIANCE_DISCOVERED);
    addBar(b, bar);
    return b.build();
  }

  /**
   * A.2.2.4: whether Customer must provide Segment the audit reports generated in connection with
   * an audit: yes unless EU Data Protection Law prohibits it or a supervisory authority
   * instructed otherwise.
   *
   * @param bar what stands in the way, or {@link SharingBar#NONE}
   * @return true if the reports must be provided
   */
  public static boolean isAuditReportSharingRequired(SharingBar bar) {
    Objects.requireNonNull(bar, "Audits.isAuditReportSharingRequired: bar must not be null");
    return bar == SharingBar.NONE;
  }

  /**
   * A.2.2.4: explained form of {@link #isAuditReportSharingRequired}.
   *
   * @param bar what stands in the way, or {@link SharingBar#NONE}
   * @return the decision
   */
  @Decides("A.2.2.4")
  public static Decision<Boolean> auditReportSharingRequired(SharingBar bar) {
    Args.notNull(bar, "Audits", "auditReportSharingRequired", "bar");
    boolean required = isAuditReportSharingRequired(bar);
    Decision.Builder<Boolean> b = Decision.<Boolean>builder(REPORT_SHARING, required).reason(Code.PROVIDE_AUDIT_REPORTS);
    addBar(b, bar);
    return b.build();
  }

  /**
   * A.2.2.4: whether Customer may use audit reports for the given purpose: only for its
   * regulatory audit requirements and for confirming Segment's compliance with the Addendum.
   *
   * @param use the intended use
   * @return true if allowed
   */
  public static boolean isAuditReportUseAllowed(ReportUse use) {
    Objects.requireNonNull(use, "Audits.isAuditReportUseAllowed: use must not be null");
    return use != ReportUse.OTHER;
  }

  /**
   * A.2.2.4: explained form of {@link #isAuditReportUseAllowed}.
   *
   * @param use the intended use
   * @return the decision
   */
  @Decides("A.2.2.4")
  public static Decision<Boolean> auditReportUseAllowed(ReportUse use) {
    Args.notNull(use, "Audits", "auditReportUseAllowed", "use");
    boolean allowed = isAuditReportUseAllowed(use);
    return allowed
        ? Decision.of(REPORT_USE, true, Reason.of(Code.PERMITTED_REPORT_USE,
            use == ReportUse.REGULATORY_AUDIT_REQUIREMENTS ? "meeting regulatory audit requirements" : "confirming compliance with this Addendum"))
        : Decision.of(REPORT_USE, false, Reason.of(Code.FORBIDDEN_REPORT_USE));
  }

  // ---------------------------------------------------------------- A.2.2.5

  /**
   * A.2.2.5: how Customer bears an audit cost: Segment's and its Subprocessors' time is
   * reimbursed at Segment's then-current professional services rates; the auditor's fees are
   * Customer's own.
   *
   * @param cost the cost
   * @return how Customer bears it
   */
  public static CostTreatment costTreatmentOf(AuditCost cost) {
    Objects.requireNonNull(cost, "Audits.costTreatmentOf: cost must not be null");
    return cost == AuditCost.AUDITOR_FEES ? CostTreatment.CUSTOMER_PAYS_AUDITOR
        : CostTreatment.REIMBURSE_SEGMENT_AT_PROFESSIONAL_SERVICES_RATES;
  }

  /**
   * A.2.2.5: explained form of {@link #costTreatmentOf}.
   *
   * @param cost the cost
   * @return the decision
   */
  @Decides("A.2.2.5")
  public static Decision<CostTreatment> costTreatment(AuditCost cost) {
    Args.notNull(cost, "Audits", "costTreatment", "cost");
    CostTreatment t = costTreatmentOf(cost);
    return Decision.of(COST, t, Reason.of(t == CostTreatment.CUSTOMER_PAYS_AUDITOR
        ? Code.CUSTOMER_PAYS_AUDITOR : Code.REIMBURSE_AT_PROFESSIONAL_SERVICES_RATES));
  }

  /**
   * A.2.2.5: whether Segment must disclose a piece of information in an audit, as far as A.2.2.5
   * is concerned: not if it is about a Third Party Subprocessor beyond what that Subprocessor
   * makes generally available to its customers, nor if disclosure would breach a duty of
   * confidentiality. (Whether it is needed at all is {@link #isWrittenResponseRequired}.)
   *
   * @param limits the limits that apply, possibly empty
   * @return true if no limit applies
   */
  public static boolean isDisclosureRequired(Set<DisclosureLimit> limits) {
    Objects.requireNonNull(limits, "Audits.isDisclosureRequired: limits must not be null");
    return limits.isEmpty();
  }

  /**
   * A.2.2.5: explained form of {@link #isDisclosureRequired}; each limit is its own reason.
   *
   * @param limits the limits that apply
   * @return the decision
   */
  @Decides("A.2.2.5")
  public static Decision<Boolean> disclosureRequired(Set<DisclosureLimit> limits) {
    Args.notNull(limits, "Audits", "disclosureRequired", "limits");
    boolean required = isDisclosureRequired(limits);
    Decision.Builder<Boolean> b = Decision.builder(DISCLOSURE, required);
    if (required) {
      b.reason(Code.NO_DISCLOSURE_LIMIT);
    }
    if (limits.contains(DisclosureLimit.BEYOND_WHAT_THIRD_PARTY_SUBPROCESSOR_MAKES_GENERALLY_AVAILABLE)) {
      b.reason(Code.BEYOND_WHAT_SUBPROCESSOR_MAKES_AVAILABLE);
    }
    if (limits.contains(DisclosureLimit.WOULD_BREACH_CONFIDENTIALITY)) {
      b.reason(Code.WOULD_BREACH_CONFIDENTIALITY);
    }
    return b.build();
  }

  // ---------------------------------------------------------------- helpers

  private static void addBar(Decision.Builder<Boolean> b, SharingBar bar) {
    if (bar == SharingBar.PROHIBITED_BY_EU_DATA_PROTECTION_LAW) {
      b.reason(Code.PROHIBITED_BY_EU_LAW);
    } else if (bar == SharingBar.SUPERVISORY_AUTHORITY_INSTRUCTION) {
      b.reason(Code.SUPERVISORY_AUTHORITY_INSTRUCTED);
    }
  }

  private static int auditsAlreadyInYear(LocalDate request, List<LocalDate> earlierAudits, DpaTerms terms, String method) {
    Args.notNull(earlierAudits, "Audits", method, "earlierAudits");
    Args.notNull(terms, "Audits", method, "terms");
    int year = request.getYear();
    int count = 0;
    for (int i = 0, n = earlierAudits.size(); i < n; i++) {
      LocalDate d = earlierAudits.get(i);
      if (d == null) {
        throw new NullPointerException("Audits." + method + ": earlierAudits must not contain null");
      }
      if (d.getYear() == year && !d.isAfter(request)) {
        count++;
      }
    }
    return count;
  }

  private static Window calendarYear(LocalDate request, DpaTerms terms) {
    return CALENDAR_YEAR.window(request, terms, Interpretations.defaults()).orElseThrow();
  }

  // ---------------------------------------------------------------- A.2.2, A.2.2.2 form of an audit

  /**
   * A.2.2, A.2.2.2: whether a form of audit is one the text grants. A.2.2.2 says how Customer
   * audits: "by submitting reasonable requests for information, including security and audit
   * questionnaires", answered by written responses or a Third Party Report. A request for
   * information and either questionnaire always are. An on-site inspection is not, under
   * {@link Interpretation#AUDIT_BY_INFORMATION_REQUESTS} (default: A.2.2 says the audit right
   * "will" be exercised "as follows", and what follows is requests for information); it is, under
   * {@link Interpretation#AUDIT_INCLUDES_INSPECTION_WHERE_LAW_GRANTS} (A.2.2 governs how the law's
   * audit right is exercised, GDPR Art. 28(3)(h) speaks of "audits, including inspections", and
   * A.2.2.3 contemplates a third party conducting the audit). Either way the once-a-year limit
   * ({@link #auditAllowed}) and the cost rules ({@link #costTreatment}) apply.
   *
   * @param form the form of audit requested
   * @param readings the chosen readings
   * @return true if the text grants it
   */
  public static boolean isAuditFormGranted(AuditForm form, Interpretations readings) {
    Objects.requireNonNull(form, "Audits.isAuditFormGranted: form must not be null");
    Objects.requireNonNull(readings, "Audits.isAuditFormGranted: readings must not be null");
    return form != AuditForm.ON_SITE_INSPECTION || readings.is(Interpretation.AUDIT_INCLUDES_INSPECTION_WHERE_LAW_GRANTS);
  }

  /**
   * A.2.2, A.2.2.2, explained: see {@link #isAuditFormGranted}; the reading of
   * {@link Question#AUDIT_FORM} is recorded for an inspection, where it matters.
   *
   * @param form the form of audit requested
   * @param readings the chosen readings
   * @return the decision, citing A.2.2.2 (and A.2.2 under the alternative reading)
   */
  @Decides({"A.2.2", "A.2.2.2"})
  public static Decision<Boolean> auditFormGranted(AuditForm form, Interpretations readings) {
    Args.notNull(form, "Audits", "auditFormGranted", "form");
    Args.notNull(readings, "Audits", "auditFormGranted", "readings");
    boolean yes = isAuditFormGranted(form, readings);
    if (form != AuditForm.ON_SITE_INSPECTION) {
      return Decision.of(FORM, true, Reason.of(Code.INFORMATION_REQUEST_FORM, form));
    }
    return Decision.builder(FORM, yes).reading(readings.get(Question.AUDIT_FORM))
        .reason(yes ? Code.INSPECTION_THROUGH_A_2_2 : Code.INSPECTION_NOT_GRANTED).build();
  }
}
