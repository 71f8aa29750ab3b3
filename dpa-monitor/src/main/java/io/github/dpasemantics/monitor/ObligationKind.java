package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.time.DeadlineRule;
import io.github.dpasemantics.model.norm.Norm;
import io.github.dpasemantics.model.norm.Norms;

/**
 * The duties of the Addendum that a dated event can set running. Each names its norm of the
 * model's catalogue ({@link Norms#segmentDpa()}) and takes from it everything else: its clause,
 * who bears it, who benefits and the deadline rule of the text (one source of truth; the
 * monitor's {@link LifecycleTable} reads the norm's events the same way). An
 * {@link ObligationInstance} is one running copy of one of these.
 */
public enum ObligationKind {
  /** 6.1.1: a written agreement with each Subprocessor imposing substantially similar data protection obligations. */
  SUBPROCESSOR_AGREEMENT("6.1.1/written-subprocessor-agreement",
      "enter into a written agreement with the Subprocessor imposing data protection obligations substantially similar to the Addendum's"),
  /** 6.3: notice of a new Third Party Subprocessor at least N calendar days before it processes Customer Personal Data (or as soon as reasonably practicable if expedited). */
  SUBPROCESSOR_NOTICE("6.3/advance-notice",
      "notify Customer of the new Third Party Subprocessor before it processes Customer Personal Data"),
  /** 6.3: "the parties will discuss such concerns in good faith and whether they can be resolved". */
  GOOD_FAITH_DISCUSSION("6.3/good-faith-discussion",
      "discuss Customer's timely objection in good faith and whether it can be resolved"),
  /** 7.2: Security Measures may be updated only upon reasonable notice and without a material decrease. */
  SECURITY_MEASURES_CHANGE("7.2/update-security-measures",
      "update the Security Measures only upon reasonable notice and without materially decreasing Segment's obligations"),
  /** 7.3: notice of a confirmed Security Incident without undue delay, unless prohibited by law. */
  INCIDENT_NOTICE("7.3/notify-security-incident",
      "notify Customer of the confirmed Security Incident"),
  /** 8: Segment advises a Data Subject who asks Segment to submit the request to Customer. */
  DATA_SUBJECT_ROUTING("8/advise-data-subject",
      "advise the Data Subject to submit their request to Customer"),
  /** 8: assistance on Customer's request where Customer cannot reasonably fulfil the request through self-service. */
  DATA_SUBJECT_ASSISTANCE("8/assist-with-data-subject-requests",
      "provide such assistance as Customer may reasonably require to respond to the Data Subject's request"),
  /** 9.1: deletion within N days after a request following termination or expiration. */
  DELETION("9.1/delete-customer-personal-data",
      "delete all of the Customer Personal Data from Segment's systems"),
  /** A.1.4: notice that EU Data Protection Law requires Processing other than on Customer's instructions. */
  LEGAL_REQUIREMENT_NOTICE("A.1.4/notify-legal-requirement",
      "notify Customer that EU Data Protection Law requires Processing otherwise than on Customer's instructions"),
  /** A.2.1.2: Customer informs Segment without delay of an employee's request about Usage Data. */
  USAGE_DATA_REQUEST_REFERRAL("A.2.1.2/inform-segment-of-employee-request",
      "inform Segment without delay and instruct the employee to contact Segment's privacy contact"),
  /** A.2.2.2: written responses to an audit request, or an accepted Third Party Report in lieu. */
  AUDIT_RESPONSE("A.2.2.2/written-response",
      "provide written responses to the extent the requested information is necessary to confirm compliance"),
  /** A.2.2.3: after Segment's objection, Customer appoints another auditor or audits itself. */
  AUDITOR_REPLACEMENT("A.2.2.3/replace-auditor",
      "appoint another auditor or conduct the audit itself"),
  /** A.2.2.4: Customer promptly notifies Segment of non-compliance discovered during an audit. */
  NON_COMPLIANCE_NOTICE("A.2.2.4/notify-non-compliance",
      "promptly notify Segment of the non-compliance discovered during the audit"),
  /** A.2.2.4: Customer provides Segment any audit reports generated in connection with an audit. */
  AUDIT_REPORT_SHARING("A.2.2.4/share-audit-reports",
      "provide Segment the audit report generated in connection with the audit"),
  /** A.2.2.5: Customer reimburses Segment for time expended in connection with audits. */
  AUDIT_REIMBURSEMENT("A.2.2.5/reimburse-audit-time",
      "reimburse Segment for the time expended in connection with the audit at its then-current professional services rates"),
  /** A.4.2: Segment informs Customer if it is unable to comply with the Privacy Shield. */
  PRIVACY_SHIELD_NOTICE("A.4.2/inform-if-unable-to-comply",
      "inform Customer that Segment is unable to protect the data under the Privacy Shield"),
  /** A.4.3.4: upon the data exporter's request, copies of the Subprocessor agreements (commercial terms may be redacted). */
  SUBPROCESSOR_AGREEMENT_COPIES("A.4.3.4/provide-subprocessor-agreement-copies",
      "provide copies of the Subprocessor agreements under Clause 5(j) of the Standard Contractual Clauses"),
  /** A.4.3.7: certification of deletion, provided only upon Customer's request. */
  DELETION_CERTIFICATION("A.4.3.7/certify-deletion-on-request",
      "certify the deletion of Customer Personal Data as described in Clause 12(1) of the Standard Contractual Clauses");

  private final Norm norm;
  private final String duty;

  ObligationKind(String normId, String duty) {
    this.norm = Norms.segmentDpa().require(normId);
    this.duty = duty;
  }

  /**
   * Returns the clause that creates the duty.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return norm.getClause();
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
    return norm.getBearer();
  }

  /**
   * Returns the party the duty benefits.
   *
   * @return the beneficiary
   */
  public PartyKind getBeneficiary() {
    return norm.getBeneficiary();
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
    return norm.getDeadline();
  }
}
