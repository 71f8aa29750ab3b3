package io.github.dpasemantics.model.norm;

import io.github.dpasemantics.model.clause.ClauseId;
import java.util.List;

/**
 * The named conditions of the Segment Addendum's norms, each quoting or closely paraphrasing its
 * clause. Codes are unique; {@link #all()} lists every constant in document order.
 */
public final class Conditions {
  private Conditions() {}

  /** 5.1: "written instructions given by Customer and acknowledged in writing by Segment as constituting instructions for purposes of this Addendum". */
  public static final Condition WRITTEN_INSTRUCTION_ACKNOWLEDGED =
      Condition.of("written-instruction-acknowledged", ClauseId.parse("5.1"),
          "written instructions given by Customer and acknowledged in writing by Segment as constituting instructions for purposes of this Addendum");

  /** 5.2: "transmitting Customer Data to and among Sources and Destinations as directed by Customer through the Services". */
  public static final Condition AS_DIRECTED_BY_CUSTOMER =
      Condition.of("as-directed-by-customer", ClauseId.parse("5.2"),
          "transmitting Customer Data to and among Sources and Destinations as directed by Customer through the Services");

  /** 6.1: "Segment uses its Affiliates as Subprocessors". */
  public static final Condition AFFILIATE_SUBPROCESSOR =
      Condition.of("affiliate-subprocessor", ClauseId.parse("6.1"),
          "Segment uses its Affiliates as Subprocessors");

  /** 6.1: "Segment engages Third Party Subprocessors to Process Customer Personal Data". */
  public static final Condition THIRD_PARTY_SUBPROCESSOR =
      Condition.of("third-party-subprocessor", ClauseId.parse("6.1"),
          "Segment engages Third Party Subprocessors to Process Customer Personal Data");

  /** 6.1.1: "a written agreement imposing data protection obligations substantially similar to those set out in this Addendum". */
  public static final Condition SUBSTANTIALLY_SIMILAR_TERMS =
      Condition.of("substantially-similar-terms", ClauseId.parse("6.1.1"),
          "a written agreement imposing data protection obligations substantially similar to those set out in this Addendum");

  /** 6.3: "When any new Third Party Subprocessor is engaged". */
  public static final Condition NEW_THIRD_PARTY_SUBPROCESSOR =
      Condition.of("new-third-party-subprocessor", ClauseId.parse("6.3"),
          "When any new Third Party Subprocessor is engaged");

  /** 6.3: "Customer notifies Segment in writing that Customer objects". */
  public static final Condition OBJECTION_IN_WRITING =
      Condition.of("objection-in-writing", ClauseId.parse("6.3"),
          "Customer notifies Segment in writing that Customer objects");

  /** 6.3: "Customer objects to Segment's appointment of a new Third Party Subprocessor based on reasonable data protection concerns". */
  public static final Condition REASONABLE_DATA_PROTECTION_CONCERNS =
      Condition.of("reasonable-data-protection-concerns", ClauseId.parse("6.3"),
          "Customer objects to Segment's appointment of a new Third Party Subprocessor based on reasonable data protection concerns");

  /** 6.3: "If, within five (5) calendar days after such notice, Customer notifies Segment in writing that Customer objects ... based on reasonable data protection concerns". */
  public static final Condition VALID_OBJECTION =
      Condition.of("valid-objection", ClauseId.parse("6.3"),
          "If, within five (5) calendar days after such notice, Customer notifies Segment in writing that Customer objects ... based on reasonable data protection concerns");

  /** 6.3: "If the parties are not able to mutually agree to a resolution of such concerns". */
  public static final Condition NO_MUTUAL_RESOLUTION =
      Condition.of("no-mutual-resolution", ClauseId.parse("6.3"),
          "If the parties are not able to mutually agree to a resolution of such concerns");

  /** 7.2: "upon reasonable notice to Customer". */
  public static final Condition REASONABLE_NOTICE =
      Condition.of("reasonable-notice", ClauseId.parse("7.2"),
          "upon reasonable notice to Customer");

  /** 7.3: "Upon becoming aware of a confirmed Security Incident (as defined in 2.9)". */
  public static final Condition CONFIRMED_SECURITY_INCIDENT =
      Condition.of("confirmed-security-incident", ClauseId.parse("7.3"),
          "Upon becoming aware of a confirmed Security Incident (as defined in 2.9)");

  /** 7.3: "Such notices will describe, to the extent possible, details of the Security Incident, including steps taken to mitigate the potential risks and steps Segment recommends Customer take". */
  public static final Condition NOTICE_DESCRIBES_INCIDENT =
      Condition.of("notice-describes-incident", ClauseId.parse("7.3"),
          "Such notices will describe, to the extent possible, details of the Security Incident, including steps taken to mitigate the potential risks and steps Segment recommends Customer take");

  /** 8: "upon Customer's request". */
  public static final Condition AT_CUSTOMER_REQUEST =
      Condition.of("at-customer-request", ClauseId.parse("8"),
          "upon Customer's request");

  /** 8: "at Customer's expense". */
  public static final Condition AT_CUSTOMER_EXPENSE =
      Condition.of("at-customer-expense", ClauseId.parse("8"),
          "at Customer's expense");

  /** 8: "in cases where Customer cannot reasonably fulfill such requests independently by using the self-service functionality of the Services". */
  public static final Condition SELF_SERVICE_INSUFFICIENT =
      Condition.of("self-service-insufficient", ClauseId.parse("8"),
          "in cases where Customer cannot reasonably fulfill such requests independently by using the self-service functionality of the Services");

  /** 8: "If Segment receives a request from a Data Subject in relation to their Customer Personal Data". */
  public static final Condition REQUEST_RECEIVED_BY_SEGMENT =
      Condition.of("request-received-by-segment", ClauseId.parse("8"),
          "If Segment receives a request from a Data Subject in relation to their Customer Personal Data");

  /** 9.1: "request by Customer following the termination or expiration of the Agreement". */
  public static final Condition FOLLOWING_TERMINATION =
      Condition.of("following-termination-or-expiration", ClauseId.parse("9.1"),
          "request by Customer following the termination or expiration of the Agreement");

  /** 9.2: "if required by law". */
  public static final Condition RETENTION_REQUIRED_BY_LAW =
      Condition.of("retention-required-by-law", ClauseId.parse("9.2"),
          "if required by law");

  /** 4: "Processing of Customer Personal Data governed by EU Data Protection Law, to which Annex A applies". */
  public static final Condition EU_LAW_GOVERNS =
      Condition.of("eu-law-governs", ClauseId.parse("4"),
          "Processing of Customer Personal Data governed by EU Data Protection Law, to which Annex A applies");

  /** 4: "Processing of Customer Personal Data governed by the CCPA, to which Annex B applies". */
  public static final Condition CCPA_GOVERNS =
      Condition.of("ccpa-governs", ClauseId.parse("4"),
          "Processing of Customer Personal Data governed by the CCPA, to which Annex B applies");

  /** A.1.3: "To the extent that any Usage Data (as defined in the Agreement) is considered Personal Data". */
  public static final Condition USAGE_DATA_IS_PERSONAL_DATA_EU =
      Condition.of("usage-data-is-personal-data-eu", ClauseId.parse("A.1.3"),
          "To the extent that any Usage Data (as defined in the Agreement) is considered Personal Data");

  /** A.2.1.1: "taking into account the nature of the Processing of Customer Personal Data and the information available to Segment". */
  public static final Condition NATURE_OF_PROCESSING =
      Condition.of("nature-of-processing", ClauseId.parse("A.2.1.1"),
          "taking into account the nature of the Processing of Customer Personal Data and the information available to Segment");

  /** A.2.1.2: "only to personnel who need such access for the scope of their job duties, and are subject to appropriate confidentiality obligations". */
  public static final Condition NEED_TO_KNOW =
      Condition.of("need-to-know", ClauseId.parse("A.2.1.2"),
          "only to personnel who need such access for the scope of their job duties, and are subject to appropriate confidentiality obligations");

  /** A.2.1.2: "Should an employee of a Customer seek to exercise their rights under EU Data Protection Laws ... in respect of any Usage Data that constitutes Personal Data". */
  public static final Condition EMPLOYEE_USAGE_DATA_REQUEST =
      Condition.of("employee-usage-data-request", ClauseId.parse("A.2.1.2"),
          "Should an employee of a Customer seek to exercise their rights under EU Data Protection Laws ... in respect of any Usage Data that constitutes Personal Data");

  /** A.2.2: "To the extent applicable Data Protection Laws include a right for Customer to audit Segment's Processing of Customer Personal Data". */
  public static final Condition AUDIT_RIGHT_UNDER_LAW =
      Condition.of("audit-right-under-law", ClauseId.parse("A.2.2"),
          "To the extent applicable Data Protection Laws include a right for Customer to audit Segment's Processing of Customer Personal Data");

  /** A.2.2.2: "at Customer's expense". */
  public static final Condition AUDIT_AT_CUSTOMER_EXPENSE =
      Condition.of("audit-at-customer-expense", ClauseId.parse("A.2.2.2"),
          "at Customer's expense");

  /** A.2.2.2: "by submitting reasonable requests for information, including security and audit questionnaires". */
  public static final Condition REASONABLE_REQUESTS_FOR_INFORMATION =
      Condition.of("reasonable-requests-for-information", ClauseId.parse("A.2.2.2"),
          "by submitting reasonable requests for information, including security and audit questionnaires");

  /** A.2.2.2: "to the extent the requested information is necessary to confirm Segment's compliance with this Addendum". */
  public static final Condition NECESSARY_TO_CONFIRM_COMPLIANCE =
      Condition.of("necessary-to-confirm-compliance", ClauseId.parse("A.2.2.2"),
          "to the extent the requested information is necessary to confirm Segment's compliance with this Addendum");

  /** A.2.2.2: "the requested information is addressed in a Third Party Report". */
  public static final Condition REPORT_ADDRESSES_REQUEST =
      Condition.of("report-addresses-request", ClauseId.parse("A.2.2.2"),
          "the requested information is addressed in a Third Party Report");

  /** A.2.2.2: "issued within the 12-month period prior to Customer's request". */
  public static final Condition REPORT_ISSUED_WITHIN_PERIOD =
      Condition.of("report-issued-within-period", ClauseId.parse("A.2.2.2"),
          "issued within the 12-month period prior to Customer's request");

  /** A.2.2.2: "Segment confirms there have been no material changes in the interim relevant to Customer's request". */
  public static final Condition NO_MATERIAL_CHANGE =
      Condition.of("no-material-change", ClauseId.parse("A.2.2.2"),
          "Segment confirms there have been no material changes in the interim relevant to Customer's request");

  /** A.2.2.3: "If a third party is to conduct an audit". */
  public static final Condition THIRD_PARTY_AUDITOR =
      Condition.of("third-party-auditor", ClauseId.parse("A.2.2.3"),
          "If a third party is to conduct an audit");

  /** A.2.2.3: "the auditor is, in Segment's reasonable opinion, not independent, a competitor of Segment or otherwise unqualified". */
  public static final Condition AUDITOR_UNSUITABLE =
      Condition.of("auditor-unsuitable", ClauseId.parse("A.2.2.3"),
          "the auditor is, in Segment's reasonable opinion, not independent, a competitor of Segment or otherwise unqualified");

  /** A.2.2.4: "any non-compliance discovered during the course of an audit". */
  public static final Condition DISCOVERED_DURING_AUDIT =
      Condition.of("discovered-during-audit", ClauseId.parse("A.2.2.4"),
          "any non-compliance discovered during the course of an audit");

  /** A.2.2.4: "only for the purposes of meeting Customer's regulatory audit requirements and confirming that Segment's Processing of Customer Personal Data complies with this Addendum". */
  public static final Condition PERMITTED_REPORT_PURPOSES =
      Condition.of("permitted-report-purposes", ClauseId.parse("A.2.2.4"),
          "only for the purposes of meeting Customer's regulatory audit requirements and confirming that Segment's Processing of Customer Personal Data complies with this Addendum");

  /** A.2.2.5: "Segment's then-current professional services rates, which shall be made available to Customer upon request". */
  public static final Condition RATES_REQUESTED =
      Condition.of("rates-requested", ClauseId.parse("A.2.2.5"),
          "Segment's then-current professional services rates, which shall be made available to Customer upon request");

  /** A.3: "taking into account the nature of the Processing and the information available to Segment". */
  public static final Condition NATURE_OF_PROCESSING_IMPACT =
      Condition.of("nature-of-processing-impact", ClauseId.parse("A.3"),
          "taking into account the nature of the Processing and the information available to Segment");

  /** A.4.1: "subject to Section 4.b. (A.4.2)". */
  public static final Condition SUBJECT_TO_PRIVACY_SHIELD_TERMS =
      Condition.of("subject-to-privacy-shield-terms", ClauseId.parse("A.4.1"),
          "subject to Section 4.b. (A.4.2)");

  /** A.4.2: "To the extent that Segment Processes any Customer Personal Data of individuals in the EU or Switzerland in the United States". */
  public static final Condition EU_OR_SWISS_DATA_IN_US =
      Condition.of("eu-or-swiss-data-in-us", ClauseId.parse("A.4.2"),
          "To the extent that Segment Processes any Customer Personal Data of individuals in the EU or Switzerland in the United States");

  /** A.4.3: "Customer is established in the EU and transfers Customer Personal Data out of the EU to Segment in a country without adequate protection, the Privacy Shield has ceased to be a basis for the transfer, and no lawful alternative basis applies". */
  public static final Condition SCCS_GOVERN =
      Condition.of("sccs-govern", ClauseId.parse("A.4.3"),
          "Customer is established in the EU and transfers Customer Personal Data out of the EU to Segment in a country without adequate protection, the Privacy Shield has ceased to be a basis for the transfer, and no lawful alternative basis applies");

  /** A.4.3.4: "upon data exporter's request under the Standard Contractual Clauses". */
  public static final Condition UPON_EXPORTER_REQUEST =
      Condition.of("upon-exporter-request", ClauseId.parse("A.4.3.4"),
          "upon data exporter's request under the Standard Contractual Clauses");

  /** A.4.3.7: "only upon Customer's request". */
  public static final Condition UPON_CUSTOMER_REQUEST_FOR_CERTIFICATION =
      Condition.of("upon-request-for-certification", ClauseId.parse("A.4.3.7"),
          "only upon Customer's request");

  /** B.6: "To the extent that any Usage Data (as defined in the Agreement) is considered Personal Data". */
  public static final Condition USAGE_DATA_IS_PERSONAL_DATA_CCPA =
      Condition.of("usage-data-is-personal-data-ccpa", ClauseId.parse("B.6"),
          "To the extent that any Usage Data (as defined in the Agreement) is considered Personal Data");

  /**
   * Returns every condition defined here, in document order of their clauses.
   *
   * @return an unmodifiable list
   */
  public static List<Condition> all() {
    return List.of(
        WRITTEN_INSTRUCTION_ACKNOWLEDGED,
        AS_DIRECTED_BY_CUSTOMER,
        AFFILIATE_SUBPROCESSOR,
        THIRD_PARTY_SUBPROCESSOR,
        SUBSTANTIALLY_SIMILAR_TERMS,
        NEW_THIRD_PARTY_SUBPROCESSOR,
        OBJECTION_IN_WRITING,
        REASONABLE_DATA_PROTECTION_CONCERNS,
        VALID_OBJECTION,
        NO_MUTUAL_RESOLUTION,
        REASONABLE_NOTICE,
        CONFIRMED_SECURITY_INCIDENT,
        NOTICE_DESCRIBES_INCIDENT,
        AT_CUSTOMER_REQUEST,
        AT_CUSTOMER_EXPENSE,
        SELF_SERVICE_INSUFFICIENT,
        REQUEST_RECEIVED_BY_SEGMENT,
        FOLLOWING_TERMINATION,
        RETENTION_REQUIRED_BY_LAW,
        EU_LAW_GOVERNS,
        CCPA_GOVERNS,
        USAGE_DATA_IS_PERSONAL_DATA_EU,
        NATURE_OF_PROCESSING,
        NEED_TO_KNOW,
        EMPLOYEE_USAGE_DATA_REQUEST,
        AUDIT_RIGHT_UNDER_LAW,
        AUDIT_AT_CUSTOMER_EXPENSE,
        REASONABLE_REQUESTS_FOR_INFORMATION,
        NECESSARY_TO_CONFIRM_COMPLIANCE,
        REPORT_ADDRESSES_REQUEST,
        REPORT_ISSUED_WITHIN_PERIOD,
        NO_MATERIAL_CHANGE,
        THIRD_PARTY_AUDITOR,
        AUDITOR_UNSUITABLE,
        DISCOVERED_DURING_AUDIT,
        PERMITTED_REPORT_PURPOSES,
        RATES_REQUESTED,
        NATURE_OF_PROCESSING_IMPACT,
        SUBJECT_TO_PRIVACY_SHIELD_TERMS,
        EU_OR_SWISS_DATA_IN_US,
        SCCS_GOVERN,
        UPON_EXPORTER_REQUEST,
        UPON_CUSTOMER_REQUEST_FOR_CERTIFICATION,
        USAGE_DATA_IS_PERSONAL_DATA_CCPA);
  }
}
