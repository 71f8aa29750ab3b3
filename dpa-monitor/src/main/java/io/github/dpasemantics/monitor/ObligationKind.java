package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.time.DeadlineRule;
import io.github.dpasemantics.model.contract.TermKey;
import io.github.dpasemantics.model.norm.Norm;
import io.github.dpasemantics.model.norm.Norms;

/**
 * The duties of the Addendum that a dated event can set running, each with its clause, who bears
 * it, who benefits, and the deadline rule of the text. An {@link ObligationInstance} is one
 * running copy of one of these.
 */
public enum ObligationKind {
  /** 6.1.1: a written agreement with each Subprocessor imposing substantially similar data protection obligations. */
  SUBPROCESSOR_AGREEMENT("6.1.1", "6.1.1/written-subprocessor-agreement", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "enter into a written agreement with the Subprocessor imposing data protection obligations substantially similar to the Addendum's",
      DeadlineRule.none()),
  /** 6.3: notice of a new Third Party Subprocessor at least N calendar days before it processes Customer Personal Data (or as soon as reasonably practicable if expedited). */
  SUBPROCESSOR_NOTICE("6.3", "6.3/advance-notice", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "notify Customer of the new Third Party Subprocessor before it processes Customer Personal Data",
      DeadlineRule.atLeastDaysBefore(TermKey.SUBPROCESSOR_NOTICE_DAYS)),
  /** 6.3: "the parties will discuss such concerns in good faith and whether they can be resolved". */
  GOOD_FAITH_DISCUSSION("6.3", "6.3/good-faith-discussion", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "discuss Customer's timely objection in good faith and whether it can be resolved",
      DeadlineRule.none()),
  /** 7.2: Security Measures may be updated only upon reasonable notice and without a material decrease. */
  SECURITY_MEASURES_CHANGE("7.2", "7.2/update-security-measures", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "update the Security Measures only upon reasonable notice and without materially decreasing Segment's obligations",
      DeadlineRule.none()),
  /** 7.3: notice of a confirmed Security Incident without undue delay, unless prohibited by law. */
  INCIDENT_NOTICE("7.3", "7.3/notify-security-incident", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "notify Customer of the confirmed Security Incident",
      DeadlineRule.withoutUndueDelay()),
  /** 8: Segment advises a Data Subject who asks Segment to submit the request to Customer. */
  DATA_SUBJECT_ROUTING("8", "8/advise-data-subject", PartyKind.SEGMENT, PartyKind.DATA_SUBJECT,
      "advise the Data Subject to submit their request to Customer",
      DeadlineRule.none()),
  /** 8: assistance on Customer's request where Customer cannot reasonably fulfil the request through self-service. */
  DATA_SUBJECT_ASSISTANCE("8", "8/assist-with-data-subject-requests", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "provide such assistance as Customer may reasonably require to respond to the Data Subject's request",
      DeadlineRule.none()),
  /** 9.1: deletion within N days after a request following termination or expiration. */
  DELETION("9.1", "9.1/delete-customer-personal-data", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "delete all of the Customer Personal Data from Segment's systems",
      DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS)),
  /** A.1.4: notice that EU Data Protection Law requires Processing other than on Customer's instructions. */
  LEGAL_REQUIREMENT_NOTICE("A.1.4", "A.1.4/notify-legal-requirement", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "notify Customer that EU Data Protection Law requires Processing otherwise than on Customer's instructions",
      DeadlineRule.none()),
  /** A.2.1.2: Customer informs Segment without delay of an employee's request about Usage Data. */
  USAGE_DATA_REQUEST_REFERRAL("A.2.1.2", "A.2.1.2/inform-segment-of-employee-request", PartyKind.CUSTOMER, PartyKind.SEGMENT,
      "inform Segment without delay and instruct the employee to contact Segment's privacy contact",
      DeadlineRule.withoutDelay()),
  /** A.2.2.2: written responses to an audit request, or an accepted Third Party Report in lieu. */
  AUDIT_RESPONSE("A.2.2.2", "A.2.2.2/written-response", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "provide written responses to the extent the requested information is necessary to confirm compliance",
      DeadlineRule.none()),
  /** A.2.2.3: after Segment's objection, Customer appoints another auditor or audits itself. */
  AUDITOR_REPLACEMENT("A.2.2.3", "A.2.2.3/replace-auditor", PartyKind.CUSTOMER, PartyKind.SEGMENT,
      "appoint another auditor or conduct the audit itself",
      DeadlineRule.none()),
  /** A.2.2.4: Customer promptly notifies Segment of non-compliance discovered during an audit. */
  NON_COMPLIANCE_NOTICE("A.2.2.4", "A.2.2.4/notify-non-compliance", PartyKind.CUSTOMER, PartyKind.SEGMENT,
      "promptly notify Segment of the non-compliance discovered during the audit",
      DeadlineRule.promptly()),
  /** A.2.2.4: Customer provides Segment any audit reports generated in connection with an audit. */
  AUDIT_REPORT_SHARING("A.2.2.4", "A.2.2.4/share-audit-reports", PartyKind.CUSTOMER, PartyKind.SEGMENT,
      "provide Segment the audit report generated in connection with the audit",
      DeadlineRule.none()),
  /** A.2.2.5: Customer reimburses Segment for time expended in connection with audits. */
  AUDIT_REIMBURSEMENT("A.2.2.5", "A.2.2.5/reimburse-audit-time", PartyKind.CUSTOMER, PartyKind.SEGMENT,
      "reimburse Segment for the time expended in connection with the audit at its then-current professional services rates",
      DeadlineRule.none()),
  /** A.4.2: Segment informs Customer if it is unable to comply with the Privacy Shield. */
  PRIVACY_SHIELD_NOTICE("A.4.2", "A.4.2/inform-if-unable-to-comply", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "inform Customer that Segment is unable to protect the data under the Privacy Shield",
      DeadlineRule.none()),
  /** A.4.3.4: upon the data exporter's request, copies of the Subprocessor agreements (commercial terms may be redacted). */
  SUBPROCESSOR_AGREEMENT_COPIES("A.4.3.4", "A.4.3.4/provide-subprocessor-agreement-copies", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "provide copies of the Subprocessor agreements under Clause 5(j) of the Standard Contractual Clauses",
      DeadlineRule.none()),
  /** A.4.3.7: certification of deletion, provided only upon Customer's request. */
  DELETION_CERTIFICATION("A.4.3.7", "A.4.3.7/certify-deletion-on-request", PartyKind.SEGMENT, PartyKind.CUSTOMER,
      "certify the deletion of Customer Personal Data as described in Clause 12(1) of the Standard Contractual Clauses",
      DeadlineRule.none());

  private final ClauseId clause;
  private final Norm norm;
  private final PartyKind bearer;
  private final PartyKind beneficiary;
  private final String duty;
  private final DeadlineRule rule;

  ObligationKind(String clause, String normId, PartyKind bearer, PartyKind beneficiary, String duty, DeadlineRule rule) {
    this.clause = ClauseId.parse(clause);
    this.norm = Norms.segmentDpa().require(normId);
    this.bearer = bearer;
    this.beneficiary = beneficiary;
    this.duty = duty;
    this.rule = rule;
  }

  /**
   * Returns the clause that creates the duty.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return clause;
  }

  /**
   * Returns the norm of the model's catalogue ({@link Norms#segmentDpa()}) that this duty
   * instantiates, such as {@code "9.1/delete-customer-personal-data"} for {@link #DELETION}. Norms
   * with a triggering event that no kind instantiates are listed, with the reason, in
   * {@link ContractMonitor#NOT_MONITORED}.
   *
   * @return the norm
   */
  public Norm getNorm() {
    return norm;
  }

  /**
   * Returns the party that bears the duty.
   *
   * @return the bearer
   */
  public PartyKind getBearer() {
    return bearer;
  }

  /**
   * Returns the party the duty benefits.
   *
   * @return the beneficiary
   */
  public PartyKind getBeneficiary() {
    return beneficiary;
  }

  /**
   * Returns the duty in the words of the text.
   *
   * @return the duty
   */
  public String getDuty() {
    return duty;
  }

  /**
   * Returns the deadline rule the text gives the duty; an instance may replace it (an expedited
   * engagement turns 6.3's advance notice into "as soon as reasonably practicable").
   *
   * @return the rule
   */
  public DeadlineRule getDeadlineRule() {
    return rule;
  }
}
