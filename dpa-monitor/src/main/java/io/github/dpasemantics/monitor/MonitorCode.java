package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.policy.ReasonCode;

/**
 * The reasons the monitor gives for a lifecycle step or for leaving an event unmatched. Each cites
 * the clause it rests on and paraphrases it; the deadline and classification reasons come from the
 * policy classes and are added beside these.
 */
public enum MonitorCode implements ReasonCode {
  // --- 1, 3.4: the Addendum itself
  /** A signature recorded. */
  SIGNATURE_RECORDED("1", "{0} signed the Addendum on {1}; it takes effect as of the later signature"),
  /** The Agreement ended and the Addendum with it. */
  AGREEMENT_ENDED("3.4", "the Agreement ended on {0} and the Addendum automatically terminated with it"),
  /** A second end of an Agreement that had already ended. */
  AGREEMENT_ALREADY_ENDED("3.4", "the Agreement had already ended on {0}; a later end changes nothing"),
  /** An event after the Addendum ended that the surviving duties do not cover. */
  ADDENDUM_TERMINATED("3.4", "the Addendum terminated with the Agreement on {0}; only the deletion duty (9.1) and data retained under 9.2 remain subject to it"),
  /** An event recorded with no normative effect of its own. */
  RECORDED("1", "recorded: {0}"),
  /** An instruction given or acknowledged (5.1): recorded, no duty of its own to track. */
  INSTRUCTION_RECORDED("5.1", "instruction {0} {1}"),
  /** A.4.3: a duty that exists only under the SCCs, asked for on a date they govern no recorded transfer. */
  SCCS_DO_NOT_GOVERN("A.4.3", "no transfer recorded by {0} is governed by the Standard Contractual Clauses on that date, and the duty of {1} exists only under them"),
  /** A transfer recorded (A.4.1): its basis is decided by Transfers. */
  TRANSFER_RECORDED("A.4.1", "transfer {0} from {1} to {2} recorded; its basis is decided by the transfer policy (A.4)"),

  // --- 6.3
  /** An engagement of a new Third Party Subprocessor. */
  NOTICE_OWED("6.3", "Segment engaged new Third Party Subprocessor {0} on {1} and must notify Customer at least the notice period before it processes Customer Personal Data"),
  /** An expedited engagement. */
  NOTICE_OWED_EXPEDITED("6.3", "Segment engaged {0} on an expedited basis on {1}, believing it necessary to protect the Customer Personal Data or avoid material disruption, so notice is owed as soon as reasonably practicable"),
  /** Engagement of an Affiliate or a known Subprocessor. */
  NO_NOTICE_FOR_NON_THIRD_PARTY("6.1", "{0} is an Affiliate of Segment, specifically authorised as a Subprocessor; 6.3 notice is owed only for a new Third Party Subprocessor"),
  /** Notice given. */
  NOTICE_GIVEN("6.3", "Segment notified Customer of {0} on {1}; it may process Customer Personal Data from {2}"),
  /** Notice given after first processing of an expedited engagement. */
  NOTICE_GIVEN_EXPEDITED("6.3", "Segment notified Customer of expedited Subprocessor {0} on {1}, as soon as reasonably practicable"),
  /** Processing before the notice period ran out. */
  PROCESSED_TOO_EARLY("6.3", "{0} first processed Customer Personal Data on {1}, but notice was due by {2} (at least the notice period before)"),
  /** Processing on or after the notice period. */
  PROCESSED_AFTER_NOTICE_PERIOD("6.3", "{0} first processed Customer Personal Data on {1}, after the notice period that ran from notice on {2}"),
  /** Notice on a second channel after notice was complete on the first (6.3: "may be given by ... and via ..."). */
  NOTICE_CHANNEL_ADDED("6.3", "Segment also notified Customer of {0} by {1} on {2}; notice was already complete on {3}, the first channel used, and a later channel moves neither the advance-notice check nor the objection window"),
  /** Notice again on a channel already used for the same Subprocessor. */
  NOTICE_REPEATED("6.3", "Customer was already notified of {0} on {1}; a repeated notice does not restart the objection window"),
  /** Timely objection. */
  OBJECTION_TIMELY("6.3", "Customer objected in writing to {0} on {1}, within the objection window after notice on {2}, so the parties must discuss the concerns in good faith"),
  /** Objection too late. */
  OBJECTION_LATE("6.3", "the objection to {0} on {1} came after the objection window closed on {2}; it creates no duty"),
  /** Objection not in writing or not on data-protection grounds. */
  OBJECTION_NOT_QUALIFYING("6.3", "the objection to {0} on {1} was not made in writing on reasonable data protection grounds; it creates no duty"),
  /** Objection before notice / for an unnoticed Subprocessor. */
  OBJECTION_WITHOUT_NOTICE("6.3", "objection to Subprocessor {0}, of which Customer was never notified"),
  /** Second objection. */
  OBJECTION_REPEATED("6.3", "Customer already objected to {0} on {1}"),
  /** Discussion ended in a resolution. */
  RESOLUTION_AGREED("6.3", "the parties discussed the objection to {0} in good faith and agreed a resolution on {1}"),
  /** Discussion failed. */
  RESOLUTION_FAILED("6.3", "the parties could not mutually agree to a resolution of the concerns about {0} on {1}; Customer may terminate the Agreement for convenience as its sole and exclusive remedy"),
  /** Resolution without a pending discussion. */
  RESOLUTION_WITHOUT_DISCUSSION("6.3", "no good-faith discussion about {0} was pending"),
  /** Termination for convenience exercised. */
  TERMINATED_FOR_CONVENIENCE("6.3", "Customer terminated the Agreement for convenience on {0} after the unresolved objection"),
  /** Termination for convenience without the right. */
  TERMINATION_FOR_CONVENIENCE_WITHOUT_RIGHT("6.3", "termination for convenience on {0} over Subprocessor {1} without an unresolved timely objection; 6.3 grants it only after the parties fail to resolve such concerns"),
  /** Event about an unknown Subprocessor. */
  SUBPROCESSOR_NOT_ENGAGED("6.3", "event about Subprocessor {0}, which was never engaged or noticed"),
  /** First processing repeated. */
  FIRST_PROCESSING_REPEATED("6.3", "{0} already first processed Customer Personal Data on {1}"),

  // --- 7.2, 7.3
  /** Security Measures change with notice and no material decrease. */
  MEASURES_CHANGE_ALLOWED("7.2", "the Security Measures were updated on {0} upon reasonable notice and without materially decreasing Segment's obligations"),
  /** Security Measures change without notice or with a material decrease. */
  MEASURES_CHANGE_VIOLATES("7.2", "the Security Measures were updated on {0} {1}"),
  /** A confirmed Security Incident. */
  INCIDENT_NOTICE_OWED("7.3", "Segment became aware of confirmed Security Incident {0} on {1} and must notify Customer without undue delay"),
  /** Not a Security Incident. */
  NOT_A_SECURITY_INCIDENT("2.9", "security event {0} is not a Security Incident: {1}"),
  /** 4, 7.3: a Security Incident that affects no Customer Personal Data of this Customer (under the chosen reading). */
  INCIDENT_NOT_THIS_CUSTOMERS("4", "Security Incident {0} affects {1}, not this Customer's Customer Personal Data; the Addendum applies to Segment's Processing of Customer Personal Data (Section 4), so 7.3 owes this Customer no notice of it"),
  /** Detection before confirmation. */
  INCIDENT_NOT_CONFIRMED("7.3", "security event {0} was detected but not confirmed; 7.3 notice is owed upon becoming aware of a confirmed Security Incident"),
  /** Delay requested by law enforcement / investigation / prohibition. */
  NOTICE_DELAY("7.3", "notice of {0} is paused from {1}: {2}"),
  /** A prohibition of a notice whose duty has not arisen yet (7.3, A.1.4, A.2.2.4). */
  NOTICE_PROHIBITION_HELD("7.3", "the law prohibits notice under {0} of {1} from {2}, {3}; no such duty has arisen yet, so the prohibition is held until the duty arises, and suspends it then if still in force"),
  /** The pause of a notice ended. */
  NOTICE_DELAY_ENDED("7.3", "the pause of notice of {0} ended on {1}; the notice is owed again"),
  /** Incident notified. */
  INCIDENT_NOTIFIED("7.3", "Segment notified Customer of Security Incident {0} on {1}"),
  /** Event about an unknown incident. */
  INCIDENT_UNKNOWN("7.3", "event about security incident {0}, for which no confirmed Security Incident is recorded"),

  // --- 8, A.2.1.2
  /** Data subject request received by Segment. */
  DATA_SUBJECT_REQUEST_ROUTING("8", "Segment received request {0} from a Data Subject on {1}; Segment will advise the Data Subject to submit it to Customer, and Customer will be responsible for responding"),
  /** Advice given. */
  DATA_SUBJECT_ADVISED("8", "Segment advised the Data Subject of request {0} on {1} to submit the request to Customer"),
  /** Assistance owed. */
  ASSISTANCE_OWED("8", "Customer asked on {1} for assistance with request {0}, which it cannot reasonably fulfil using the self-service functionality; Segment shall provide the assistance (at Customer's expense)"),
  /** Assistance not owed. */
  ASSISTANCE_NOT_OWED("8", "Customer can reasonably fulfil request {0} using the self-service functionality of the Services, so no assistance is owed"),
  /** Assistance provided. */
  ASSISTANCE_PROVIDED("8", "Segment provided assistance with request {0} on {1}"),
  /** Unknown request (cites the clause of the duty the event performs: 8, A.2.1.2 or A.4.3.4). */
  REQUEST_UNKNOWN("8", "event about request {0}, which was never received or requested"),
  /** Usage Data request by an employee. */
  USAGE_DATA_REFERRAL_OWED("A.2.1.2", "an employee of Customer sought to exercise rights over Usage Data on {1} ({0}); Customer undertakes to inform Segment without delay"),
  /** Usage Data request referred. */
  USAGE_DATA_REFERRED("A.2.1.2", "Customer informed Segment of Usage Data request {0} on {1}"),

  // --- 9
  /** Deletion request after termination. */
  DELETION_OWED("9.1", "Customer requested deletion on {0}, following the termination or expiration of the Agreement on {1}; Segment shall delete all Customer Personal Data within the deletion period"),
  /** Early deletion request, pending termination. */
  DELETION_PENDING("9.1", "Customer requested deletion on {0}, before the Agreement ended; under the default reading the request takes effect when it ends"),
  /** Early request activated by termination. */
  DELETION_ACTIVATED("9.1", "the Agreement ended on {0}, so the deletion request of {1} took effect"),
  /** Early request, reading says nothing. */
  DELETION_EARLY_REQUEST_IGNORED("9.1", "the deletion request on {0} came before the Agreement ended and, under the chosen reading, triggers nothing"),
  /** Duty ended with the Addendum under that reading. */
  DELETION_ENDS_WITH_ADDENDUM("3.4", "under the chosen reading the Addendum, and with it any deletion duty, ended with the Agreement on {0}"),
  /** Deletion done. */
  DELETION_DONE("9.1", "Segment deleted all Customer Personal Data on {0}"),
  /** Deletion done late. */
  DELETION_DONE_LATE("9.1", "Segment deleted all Customer Personal Data on {0}, {1} days after the due date {2}"),
  /** Deletion overdue. */
  OVERDUE("9.1", "the due date {0} passed without the duty being met"),
  /** Legal retention discharges. */
  RETENTION_DISCHARGES("9.2", "Segment retains Customer Personal Data as required by law ({1}) from {0}; the retained data remains subject to the Addendum"),
  /** Deletion event with no duty. */
  DELETION_WITHOUT_DUTY("9.1", "no deletion duty was running on {0}"),
  /** Deletion request repeated. */
  DELETION_ALREADY_REQUESTED("9.1", "deletion was already requested on {0}"),

  // --- A.1.4, A.4.2
  /** A.1.4 notice owed. */
  DEVIATION_NOTICE_OWED("A.1.4", "EU Data Protection Law requires Processing otherwise than on Customer's instructions ({0}, {1}); Segment will notify Customer"),
  /** A.1.4 notified. */
  DEVIATION_NOTIFIED("A.1.4", "Segment notified Customer on {1} that the law requires other Processing ({0})"),
  /** A.4.2 notice owed. */
  PRIVACY_SHIELD_NOTICE_OWED("A.4.2", "Segment became unable to comply with the Privacy Shield on {0} and shall inform Customer"),
  /** A.4.2 informed. */
  PRIVACY_SHIELD_INFORMED("A.4.2", "Segment informed Customer on {0} that it is unable to comply with the Privacy Shield"),

  // --- A.2.2
  /** Audit request within the yearly allowance. */
  AUDIT_REQUEST_ACCEPTED("A.2.2.2", "Customer requested an audit ({0}) on {1}, within the allowance of audits per calendar year; Segment will provide written responses"),
  /** Audit request over the allowance. */
  AUDIT_REQUEST_REFUSED("A.2.2.2", "Customer already audited in calendar year {1}; request {0} exceeds not more than the allowance per calendar year"),
  /** Written response given. */
  AUDIT_RESPONDED("A.2.2.2", "Segment provided written responses to audit request {0} on {1}"),
  /** Report accepted in lieu. */
  REPORT_ACCEPTED("A.2.2.2", "Third Party Report {1}, issued on {2}, is accepted in lieu of a written response to audit request {0}"),
  /** Report not accepted. */
  REPORT_NOT_ACCEPTED("A.2.2.2", "Third Party Report {1}, issued on {2}, does not replace the written response to audit request {0}"),
  /** Report issued. */
  REPORT_ISSUED("A.2.2.1", "Third Party Report {0} issued on {1}"),
  /** Unknown audit. */
  AUDIT_UNKNOWN("A.2.2.2", "event about audit {0}, which was never requested or was refused"),
  /** Auditor appointed. */
  AUDITOR_APPOINTED("A.2.2.3", "Customer appointed third-party auditor {0} on {1}; Segment may object if the auditor is not independent, a competitor or otherwise unqualified"),
  /** Objection to auditor allowed. */
  AUDITOR_OBJECTION_UPHELD("A.2.2.3", "Segment objected to auditor {0} on {1} on a ground the text allows; Customer must appoint another auditor or conduct the audit itself"),
  /** Objection to auditor not allowed. */
  AUDITOR_OBJECTION_UNFOUNDED("A.2.2.3", "Segment's objection to auditor {0} rests on no ground the text allows (not independent, competitor, otherwise unqualified)"),
  /** Auditor replaced. */
  AUDITOR_REPLACED("A.2.2.3", "Customer appointed another auditor or conducted the audit itself on {1} after the objection to {0}"),
  /** Unknown auditor. */
  AUDITOR_UNKNOWN("A.2.2.3", "event about auditor {0}, who was never appointed or objected to"),
  /** Non-compliance discovered. */
  NON_COMPLIANCE_NOTICE_OWED("A.2.2.4", "non-compliance {0} was discovered during an audit on {1}; Customer will promptly notify Segment"),
  /** Non-compliance notified. */
  NON_COMPLIANCE_NOTIFIED("A.2.2.4", "Customer notified Segment of non-compliance {0} on {1}"),
  /** A non-compliance notice about an audit with no non-compliance discovered. */
  NON_COMPLIANCE_UNKNOWN("A.2.2.4", "event about non-compliance found in audit {0}, for which no discovery during an audit is recorded"),

  // --- added
  /** A duty already finished. */
  ALREADY_FINISHED("1", "{0} was already {1} on {2}; the event changes nothing"),
  /** Annex A does not apply. */
  ANNEX_A_NOT_APPLICABLE("4", "Annex A applies only to Processing of Customer Personal Data governed by EU Data Protection Law, which does not govern this contract"),
  /** Same auditor appointed twice. */
  AUDITOR_ALREADY_APPOINTED("A.2.2.3", "auditor {0} was already appointed for audit {1}"),
  /** Same audit requested twice. */
  AUDIT_REPEATED("A.2.2.2", "audit {0} was already requested"),
  /** Audit report to share. */
  AUDIT_REPORT_OWED("A.2.2.4", "audit report {0} was generated on {1}; Customer will provide it to Segment"),
  /** Audit report shared. */
  AUDIT_REPORT_SHARED("A.2.2.4", "Customer provided audit report {0} to Segment on {1}"),
  /** An audit report shared that was never recorded as generated. */
  AUDIT_REPORT_UNKNOWN("A.2.2.4", "event about audit report {0}, which was never recorded as generated"),
  /** Deletion certification requested. */
  CERTIFICATION_OWED("A.4.3.7", "Customer requested certification of deletion on {0}; it is provided only upon such a request"),
  /** Deletion certified. */
  CERTIFIED("A.4.3.7", "Segment certified the deletion on {0}"),
  /** Copies requested. */
  COPIES_OWED("A.4.3.4", "the data exporter requested copies of the Subprocessor agreements ({0}) on {1}"),
  /** Copies provided. */
  COPIES_PROVIDED("A.4.3.4", "Segment provided the copies of the Subprocessor agreements ({0}) on {1}, commercial information may be redacted"),
  /** Partial deletion. */
  DELETION_PARTIAL("9.1", "Segment deleted part of the Customer Personal Data on {0}; 9.1 requires all of it, unless retained as required by law (9.2)"),
  /** Engagement repeated. */
  ENGAGEMENT_REPEATED("6.3", "{0} was already engaged on {1}"),
  /** A.3 permission. */
  IMPACT_ASSESSMENT_MAY_ASSIST("A.3", "Segment may reasonably assist with impact assessments and consultations ({0}); A.3 grants a permission, not a duty"),
  /** Incident confirmed twice. */
  INCIDENT_ALREADY_CONFIRMED("7.3", "security incident {0} was already confirmed on {1}"),
  /** Late notice after processing. */
  NOTICE_GIVEN_LATE("6.3", "Segment notified Customer of {0} on {1}, after it first processed Customer Personal Data on {2}; the violation stands"),
  /** Another pause still runs. */
  NOTICE_STILL_PAUSED("7.3", "one excuse for delaying notice of {0} ended on {1}, but another still runs"),
  /** No investigation delay to end. */
  NO_INVESTIGATION_DELAY("7.3", "no investigation delay of notice of {0} was running"),
  /** Objection window opened. */
  OBJECTION_WINDOW_OPEN("6.3", "Customer was notified of {0} on {1} and may object in writing on reasonable data protection grounds until {2}"),
  /** Expedited engagement processed before notice. */
  PROCESSED_BEFORE_EXPEDITED_NOTICE("6.3", "expedited Subprocessor {0} first processed Customer Personal Data on {1}; notice is owed as soon as reasonably practicable"),
  /** Reimbursed. */
  REIMBURSED("A.2.2.5", "Customer reimbursed Segment for the time expended on audit {0} on {1}"),
  /** A reimbursement of audit time Segment never invoiced. */
  REIMBURSEMENT_UNKNOWN("A.2.2.5", "event about the time expended on audit {0}, which Segment never invoiced"),
  /** Reimbursement owed. */
  REIMBURSEMENT_OWED("A.2.2.5", "Segment invoiced the time expended on audit {0} on {1} at its then-current professional services rates; Customer shall reimburse it"),
  /** Report unknown. */
  REPORT_UNKNOWN("A.2.2.2", "Third Party Report {0} was never recorded as issued"),
  /** A request 8 does not route. */
  REQUEST_FOR_CUSTOMER("8", "request {0} is not one Segment received from a Data Subject about Customer Personal Data; 8 asks nothing of Segment"),
  /** Retention recorded. */
  RETENTION_RECORDED("9.2", "Segment declared on {0} that the law ({1}) requires it to retain {2} of the Customer Personal Data, which remains subject to the Addendum"),
  /** 6.1.1: a Subprocessor engaged; the written agreement with it is owed. */
  SUBPROCESSOR_AGREEMENT_OWED("6.1.1", "Segment engaged Subprocessor {0} on {1} and must enter into a written agreement with it imposing data protection obligations substantially similar to the Addendum's"),
  /** A written agreement with a Subprocessor imposing substantially similar obligations. */
  SUBPROCESSOR_AGREEMENT("6.1.1", "Segment entered into a written agreement with {0} on {1} imposing substantially similar data protection obligations"),
  /** Subprocessor agreement not compliant. */
  SUBPROCESSOR_AGREEMENT_NOT_SIMILAR("6.1.1", "the written agreement with {0} of {1} does not impose data protection obligations substantially similar to the Addendum's"),

  /** The right to request deletion after the Agreement ended. */
  REQUEST_DELETION_OPEN("9.1", "the Agreement ended on {0}; Customer may request deletion of all Customer Personal Data, and the text sets no time limit for the request"),
  /** The yearly audit is still available. */
  AUDIT_OPEN("A.2.2.2", "Customer has not used its audits for calendar year {0}; it may request one until {1}"),

  // --- generic
  /** Time: an open obligation is due soon (cites the obligation's clause). */
  DUE_SOON("1", "due on {0}: {1}"),
  /** Time: a right lapsed unexercised (cites the right's clause). */
  RIGHT_LAPSED("1", "the right lapsed after its last day, {0}: {1}"),
  /** Unknown subject (cites the clause of the obligation the event concerns, where it names one). */
  NOTHING_TO_MATCH("1", "the event matches no open obligation or right: {0}");

  private final ClauseId clause;
  private final String template;
  private final int slots;

  MonitorCode(String clause, String template) {
    this.clause = ClauseId.parse(clause);
    this.template = template;
    this.slots = Slots.count(template);
  }

  /** The number of values the template takes: one more than its highest slot {@code {n}}. */
  int slots() {
    return slots;
  }

  /**
   * Whether this code explains a step of an obligation's lifecycle that any kind of obligation can
   * take (paused, resumed, overdue, already finished, or a prohibition held until its duty
   * arises), or an event about a matter of a kind that several kinds share (a request never
   * received, nothing to match): its reason then cites the clause of the obligation it concerns,
   * not a clause of its own (an A.2.2.4 notice paused by a prohibition cites A.2.2.4, never 7.3; an
   * unmatched {@code SubprocessorAgreementCopiesProvided} cites A.4.3.4, never 8).
   */
  boolean citesItsObligation() {
    switch (this) {
      case NOTICE_DELAY:
      case NOTICE_PROHIBITION_HELD:
      case NOTICE_DELAY_ENDED:
      case NOTICE_STILL_PAUSED:
      case OVERDUE:
      case ALREADY_FINISHED:
      case DUE_SOON:
      case RIGHT_LAPSED:
      case REQUEST_UNKNOWN:
      case NOTHING_TO_MATCH:
        return true;
      default:
        return false;
    }
  }

  /**
   * Checks that {@code args} fill the template exactly (one value per slot): a reason built with
   * too few values would print an unfilled {@code {n}}, one with too many hides a fact.
   *
   * @throws IllegalStateException if they do not
   */
  Object[] checked(Object[] args) {
    if (args.length != slots) {
      throw new IllegalStateException("MonitorCode." + name() + ": the template \"" + template + "\" has " + slots
          + " slots but " + args.length + " values were given");
    }
    return args;
  }

  /**
   * The reason this code gives with {@code args}, citing {@code own} (the clause of the obligation
   * or right it concerns) if the code {@linkplain #citesItsObligation() cites its obligation}, else
   * its own clause.
   */
  io.github.dpasemantics.policy.Reason reason(ClauseId own, Object[] args) {
    checked(args);
    return citesItsObligation() && !own.equals(clause)
        ? io.github.dpasemantics.policy.Reason.of(new Cited(this, own), args)
        : io.github.dpasemantics.policy.Reason.of(this, args);
  }

  /**
   * A lifecycle code citing the clause of the obligation it concerns: a value, equal to any other
   * with the same code and clause (a {@code Reason} compares codes with {@code equals}).
   */
  record Cited(MonitorCode code, ClauseId clause) implements io.github.dpasemantics.policy.ReasonCode {
    @Override
    public String name() {
      return code.name();
    }

    @Override
    public String template() {
      return code.template();
    }
  }

  @Override
  public ClauseId clause() {
    return clause;
  }

  @Override
  public String template() {
    return template;
  }

  /** Counts a template's slots (one more than its highest {@code {n}}). */
  static final class Slots {
    private static final java.util.regex.Pattern SLOT = java.util.regex.Pattern.compile("\\{(\\d+)}");

    private Slots() {}

    static int count(String template) {
      int highest = -1;
      java.util.regex.Matcher m = SLOT.matcher(template);
      while (m.find()) {
        highest = Math.max(highest, Integer.parseInt(m.group(1)));
      }
      return highest + 1;
    }
  }
}
