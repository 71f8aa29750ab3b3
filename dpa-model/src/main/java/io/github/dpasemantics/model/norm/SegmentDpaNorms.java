package io.github.dpasemantics.model.norm;

import static io.github.dpasemantics.model.clause.NormKind.OBLIGATION;
import static io.github.dpasemantics.model.clause.NormKind.PERMISSION;
import static io.github.dpasemantics.model.clause.NormKind.PROHIBITION;
import static io.github.dpasemantics.model.clause.NormKind.RIGHT_OR_POWER;
import static io.github.dpasemantics.model.event.EventType.ASSISTANCE_PROVIDED;
import static io.github.dpasemantics.model.event.EventType.ASSISTANCE_REQUESTED;
import static io.github.dpasemantics.model.event.EventType.AUDITOR_APPOINTED;
import static io.github.dpasemantics.model.event.EventType.AUDITOR_OBJECTED;
import static io.github.dpasemantics.model.event.EventType.AUDIT_REPORT_GENERATED;
import static io.github.dpasemantics.model.event.EventType.AUDIT_REPORT_SHARED;
import static io.github.dpasemantics.model.event.EventType.AUDIT_REQUESTED;
import static io.github.dpasemantics.model.event.EventType.AUDIT_TIME_INVOICED;
import static io.github.dpasemantics.model.event.EventType.AUDIT_TIME_REIMBURSED;
import static io.github.dpasemantics.model.event.EventType.CUSTOMER_NOTIFIED_OF_LEGAL_REQUIREMENT;
import static io.github.dpasemantics.model.event.EventType.DATA_SUBJECT_REQUEST_RECEIVED;
import static io.github.dpasemantics.model.event.EventType.DATA_SUBJECT_REQUEST_ROUTED;
import static io.github.dpasemantics.model.event.EventType.DELETION_CERTIFICATION_REQUESTED;
import static io.github.dpasemantics.model.event.EventType.DELETION_CERTIFIED;
import static io.github.dpasemantics.model.event.EventType.DELETION_COMPLETED;
import static io.github.dpasemantics.model.event.EventType.DELETION_REQUESTED;
import static io.github.dpasemantics.model.event.EventType.GOOD_FAITH_DISCUSSION_FAILED;
import static io.github.dpasemantics.model.event.EventType.GOOD_FAITH_DISCUSSION_RESOLVED;
import static io.github.dpasemantics.model.event.EventType.INCIDENT_NOTIFIED;
import static io.github.dpasemantics.model.event.EventType.INSTRUCTION_ACKNOWLEDGED;
import static io.github.dpasemantics.model.event.EventType.INSTRUCTION_GIVEN;
import static io.github.dpasemantics.model.event.EventType.INVESTIGATION_DELAY_ENDED;
import static io.github.dpasemantics.model.event.EventType.INVESTIGATION_DELAY_STARTED;
import static io.github.dpasemantics.model.event.EventType.LAW_PROHIBITS_NOTICE;
import static io.github.dpasemantics.model.event.EventType.LAW_REQUIRES_OTHER_PROCESSING;
import static io.github.dpasemantics.model.event.EventType.LEGAL_RETENTION_DECLARED;
import static io.github.dpasemantics.model.event.EventType.NON_COMPLIANCE_DISCOVERED;
import static io.github.dpasemantics.model.event.EventType.NON_COMPLIANCE_NOTIFIED;
import static io.github.dpasemantics.model.event.EventType.NOTIFICATION_DELAY_REQUESTED;
import static io.github.dpasemantics.model.event.EventType.NO_MATERIAL_CHANGE_CONFIRMED;
import static io.github.dpasemantics.model.event.EventType.OBJECTION_MADE;
import static io.github.dpasemantics.model.event.EventType.PRIVACY_SHIELD_COMPLIANCE_LOST;
import static io.github.dpasemantics.model.event.EventType.PRIVACY_SHIELD_INABILITY_NOTIFIED;
import static io.github.dpasemantics.model.event.EventType.SECURITY_EVENT_CONFIRMED;
import static io.github.dpasemantics.model.event.EventType.SECURITY_MEASURES_CHANGED;
import static io.github.dpasemantics.model.event.EventType.SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED;
import static io.github.dpasemantics.model.event.EventType.SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED;
import static io.github.dpasemantics.model.event.EventType.SUBPROCESSOR_AGREEMENT_SIGNED;
import static io.github.dpasemantics.model.event.EventType.SUBPROCESSOR_ENGAGED;
import static io.github.dpasemantics.model.event.EventType.SUBPROCESSOR_FIRST_PROCESSING;
import static io.github.dpasemantics.model.event.EventType.SUBPROCESSOR_NOTICE_GIVEN;
import static io.github.dpasemantics.model.event.EventType.TERMINATED_FOR_CONVENIENCE;
import static io.github.dpasemantics.model.event.EventType.THIRD_PARTY_REPORT_ISSUED;
import static io.github.dpasemantics.model.event.EventType.TRANSFER_MADE;
import static io.github.dpasemantics.model.event.EventType.WRITTEN_RESPONSE_PROVIDED;
import static io.github.dpasemantics.model.norm.Conditions.AFFILIATE_SUBPROCESSOR;
import static io.github.dpasemantics.model.norm.Conditions.AS_DIRECTED_BY_CUSTOMER;
import static io.github.dpasemantics.model.norm.Conditions.AT_CUSTOMER_EXPENSE;
import static io.github.dpasemantics.model.norm.Conditions.AT_CUSTOMER_REQUEST;
import static io.github.dpasemantics.model.norm.Conditions.AUDITOR_UNSUITABLE;
import static io.github.dpasemantics.model.norm.Conditions.AUDIT_AT_CUSTOMER_EXPENSE;
import static io.github.dpasemantics.model.norm.Conditions.AUDIT_RIGHT_UNDER_LAW;
import static io.github.dpasemantics.model.norm.Conditions.CCPA_GOVERNS;
import static io.github.dpasemantics.model.norm.Conditions.CONFIRMED_SECURITY_INCIDENT;
import static io.github.dpasemantics.model.norm.Conditions.DISCOVERED_DURING_AUDIT;
import static io.github.dpasemantics.model.norm.Conditions.EMPLOYEE_USAGE_DATA_REQUEST;
import static io.github.dpasemantics.model.norm.Conditions.EU_LAW_GOVERNS;
import static io.github.dpasemantics.model.norm.Conditions.EU_OR_SWISS_DATA_IN_US;
import static io.github.dpasemantics.model.norm.Conditions.FOLLOWING_TERMINATION;
import static io.github.dpasemantics.model.norm.Conditions.NATURE_OF_PROCESSING;
import static io.github.dpasemantics.model.norm.Conditions.NATURE_OF_PROCESSING_IMPACT;
import static io.github.dpasemantics.model.norm.Conditions.NECESSARY_TO_CONFIRM_COMPLIANCE;
import static io.github.dpasemantics.model.norm.Conditions.NEED_TO_KNOW;
import static io.github.dpasemantics.model.norm.Conditions.NEW_THIRD_PARTY_SUBPROCESSOR;
import static io.github.dpasemantics.model.norm.Conditions.NOTICE_DESCRIBES_INCIDENT;
import static io.github.dpasemantics.model.norm.Conditions.NO_MATERIAL_CHANGE;
import static io.github.dpasemantics.model.norm.Conditions.NO_MUTUAL_RESOLUTION;
import static io.github.dpasemantics.model.norm.Conditions.OBJECTION_IN_WRITING;
import static io.github.dpasemantics.model.norm.Conditions.PERMITTED_REPORT_PURPOSES;
import static io.github.dpasemantics.model.norm.Conditions.RATES_REQUESTED;
import static io.github.dpasemantics.model.norm.Conditions.REASONABLE_DATA_PROTECTION_CONCERNS;
import static io.github.dpasemantics.model.norm.Conditions.REASONABLE_NOTICE;
import static io.github.dpasemantics.model.norm.Conditions.REASONABLE_REQUESTS_FOR_INFORMATION;
import static io.github.dpasemantics.model.norm.Conditions.REPORT_ADDRESSES_REQUEST;
import static io.github.dpasemantics.model.norm.Conditions.REPORT_ISSUED_WITHIN_PERIOD;
import static io.github.dpasemantics.model.norm.Conditions.REQUEST_RECEIVED_BY_SEGMENT;
import static io.github.dpasemantics.model.norm.Conditions.RETENTION_REQUIRED_BY_LAW;
import static io.github.dpasemantics.model.norm.Conditions.SCCS_GOVERN;
import static io.github.dpasemantics.model.norm.Conditions.SELF_SERVICE_INSUFFICIENT;
import static io.github.dpasemantics.model.norm.Conditions.SUBJECT_TO_PRIVACY_SHIELD_TERMS;
import static io.github.dpasemantics.model.norm.Conditions.SUBSTANTIALLY_SIMILAR_TERMS;
import static io.github.dpasemantics.model.norm.Conditions.THIRD_PARTY_AUDITOR;
import static io.github.dpasemantics.model.norm.Conditions.THIRD_PARTY_SUBPROCESSOR;
import static io.github.dpasemantics.model.norm.Conditions.UPON_CUSTOMER_REQUEST_FOR_CERTIFICATION;
import static io.github.dpasemantics.model.norm.Conditions.UPON_EXPORTER_REQUEST;
import static io.github.dpasemantics.model.norm.Conditions.USAGE_DATA_IS_PERSONAL_DATA_CCPA;
import static io.github.dpasemantics.model.norm.Conditions.USAGE_DATA_IS_PERSONAL_DATA_EU;
import static io.github.dpasemantics.model.norm.Conditions.VALID_OBJECTION;
import static io.github.dpasemantics.model.norm.Conditions.WRITTEN_INSTRUCTION_ACKNOWLEDGED;
import static io.github.dpasemantics.model.party.PartyKind.CUSTOMER;
import static io.github.dpasemantics.model.party.PartyKind.SEGMENT;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.clause.NormKind;
import io.github.dpasemantics.model.contract.TermKey;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.time.DeadlineRule;
import java.util.List;

/**
 * The norms of the Segment Data Protection Addendum (seed text), clause by clause: every
 * obligation, permission, prohibition and right the text creates. Read through
 * {@link Norms#segmentDpa()}.
 *
 * <p>Clauses that create no norm of their own: the definitions (2, A.1.1, B.1); the declarations
 * of parties, roles, precedence, liability caps, governing law and subject matter (1, 3.1-3.3,
 * A.1.2, A.4.3.1-A.4.3.3, A.4.3.6, B.2, B.4); the scope and conditions (3.4, 4, A.2.2, A.4.3,
 * A.4.3.5, A.4.3.8), whose effect is carried by the conditions of the norms they govern; and the
 * statement of 7.3 that notification is no acknowledgement of fault.
 */
final class SegmentDpaNorms {
  private SegmentDpaNorms() {}

  private static final Trigger STANDING = Trigger.standing();

  static List<Norm> all() {
    return List.of(
        // 5.1 Role and scope of the Processing
        norm("5.1/process-on-instructions", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment will Process Customer Data only in accordance with Customer's instructions.")
            .trigger(STANDING)
            .build(),
        norm("5.1/give-written-instructions", RIGHT_OR_POWER, CUSTOMER, SEGMENT,
            "Customer may give further written instructions, which bind Segment as instructions for"
                + " the purposes of the Addendum once Segment acknowledges them in writing.")
            .trigger(STANDING)
            .addConditions(WRITTEN_INSTRUCTION_ACKNOWLEDGED)
            .addFulfilledBy(INSTRUCTION_GIVEN, INSTRUCTION_ACKNOWLEDGED)
            .build(),
        norm("5.1/process-for-agreement-and-legal-purposes", PERMISSION, SEGMENT, CUSTOMER,
            "Customer's instruction authorizes Segment to Process Customer Data (a) to perform its"
                + " obligations and exercise its rights under the Agreement; and (b) to perform its"
                + " legal obligations and to establish, exercise or defend legal claims in respect"
                + " of the Agreement.")
            .trigger(STANDING)
            .build(),
        // 5.2 Sources and Destinations
        norm("5.2/transmit-to-sources-and-destinations", PERMISSION, SEGMENT, CUSTOMER,
            "Nothing in the Addendum limits Segment from transmitting Customer Data to and among"
                + " Sources and Destinations as directed by Customer through the Services; neither"
                + " is a Subprocessor of Segment.")
            .trigger(STANDING)
            .addConditions(AS_DIRECTED_BY_CUSTOMER)
            .build(),
        norm("5.2/responsible-for-sources-and-destinations", OBLIGATION, CUSTOMER, SEGMENT,
            "Between the parties, Customer is solely responsible for the Processing of Customer"
                + " Personal Data by, and other acts and omissions of, Sources and Destinations or"
                + " parties associated therewith.")
            .trigger(STANDING)
            .build(),
        // 6.1 Authorization of Subprocessors
        norm("6.1/use-affiliates", PERMISSION, SEGMENT, CUSTOMER,
            "Customer specifically authorizes Segment to use its Affiliates as Subprocessors.")
            .trigger(STANDING)
            .addConditions(AFFILIATE_SUBPROCESSOR)
            .addFulfilledBy(SUBPROCESSOR_ENGAGED)
            .build(),
        norm("6.1/engage-third-party-subprocessors", PERMISSION, SEGMENT, CUSTOMER,
            "Customer generally authorizes Segment to engage Third Party Subprocessors to Process"
                + " Customer Personal Data, subject to the notice and objection procedure of 6.3.")
            .trigger(STANDING)
            .addConditions(THIRD_PARTY_SUBPROCESSOR)
            .addFulfilledBy(SUBPROCESSOR_ENGAGED)
            .build(),
        norm("6.1.1/written-subprocessor-agreement", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment shall enter into a written agreement with each Subprocessor, imposing data"
                + " protection obligations substantially similar to those set out in the Addendum.")
            .trigger(Trigger.on("each Subprocessor Segment engages", SUBPROCESSOR_ENGAGED))
            .addConditions(SUBSTANTIALLY_SIMILAR_TERMS)
            .addFulfilledBy(SUBPROCESSOR_AGREEMENT_SIGNED)
            // 6.1.1: an agreement whose obligations are not "substantially similar" breaks the duty
            .addViolatedBy(SUBPROCESSOR_AGREEMENT_SIGNED)
            .build(),
        norm("6.1.2/liable-for-subprocessors", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment remains liable for compliance with the obligations of the Addendum and for any"
                + " acts or omissions of the Subprocessor that cause Segment to breach any of its"
                + " obligations under the Addendum.")
            .trigger(Trigger.on("each Subprocessor Segment engages", SUBPROCESSOR_ENGAGED))
            .build(),
        // 6.2 Subprocessor Page
        norm("6.2/update-subprocessor-page", PERMISSION, SEGMENT, CUSTOMER,
            "The list of Segment's Subprocessors on the Subprocessor Page may be updated by Segment"
                + " from time to time in accordance with the Addendum.")
            .trigger(STANDING)
            .addFulfilledBy(SUBPROCESSOR_NOTICE_GIVEN)
            .build(),
        // 6.3 New Third Party Subprocessors
        norm("6.3/notify-new-third-party-subprocessor", OBLIGATION, SEGMENT, CUSTOMER,
            "When any new Third Party Subprocessor is engaged, Segment will notify Customer of the"
                + " engagement, which notice may be given by updating the Subprocessor Page and via"
                + " a message through Customer's Segment Workspace.")
            .trigger(Trigger.on("When any new Third Party Subprocessor is engaged",
                SUBPROCESSOR_ENGAGED))
            .addConditions(NEW_THIRD_PARTY_SUBPROCESSOR)
            .addFulfilledBy(SUBPROCESSOR_NOTICE_GIVEN)
            .build(),
        norm("6.3/advance-notice", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment will give such notice at least ten (10) calendar days before the new"
                + " Subprocessor Processes any Customer Personal Data, or, for an expedited"
                + " engagement, as soon as reasonably practicable.")
            .trigger(Trigger.on("When any new Third Party Subprocessor is engaged",
                SUBPROCESSOR_ENGAGED))
            .deadline(DeadlineRule.atLeastDaysBefore(TermKey.SUBPROCESSOR_NOTICE_DAYS))
            .deadlineAnchor(SUBPROCESSOR_FIRST_PROCESSING)
            .addConditions(NEW_THIRD_PARTY_SUBPROCESSOR)
            .addExemptions(Exemptions.EXPEDITED_ENGAGEMENT)
            .addFulfilledBy(SUBPROCESSOR_NOTICE_GIVEN)
            .addViolatedBy(SUBPROCESSOR_FIRST_PROCESSING)
            .build(),
        norm("6.3/object-to-new-subprocessor", RIGHT_OR_POWER, CUSTOMER, SEGMENT,
            "Within five (5) calendar days after such notice, Customer may notify Segment in writing"
                + " that it objects to Segment's appointment of the new Third Party Subprocessor"
                + " based on reasonable data protection concerns.")
            .trigger(Trigger.on("such notice of a new Third Party Subprocessor",
                SUBPROCESSOR_NOTICE_GIVEN))
            .deadline(DeadlineRule.withinDaysAfter(TermKey.OBJECTION_DAYS))
            .addConditions(OBJECTION_IN_WRITING, REASONABLE_DATA_PROTECTION_CONCERNS)
            .addFulfilledBy(OBJECTION_MADE)
            .build(),
        norm("6.3/good-faith-discussion", OBLIGATION, SEGMENT, CUSTOMER,
            "After a timely written objection on reasonable data protection grounds, the parties"
                + " will discuss such concerns in good faith and whether they can be resolved"
                + " (Segment's side).")
            .trigger(Trigger.on("Customer's objection", OBJECTION_MADE))
            .addConditions(VALID_OBJECTION)
            .addFulfilledBy(GOOD_FAITH_DISCUSSION_RESOLVED, GOOD_FAITH_DISCUSSION_FAILED)
            .build(),
        norm("6.3/good-faith-discussion-customer", OBLIGATION, CUSTOMER, SEGMENT,
            "After its timely written objection on reasonable data protection grounds, the parties"
                + " will discuss such concerns in good faith and whether they can be resolved"
                + " (Customer's side).")
            .trigger(Trigger.on("Customer's objection", OBJECTION_MADE))
            .addConditions(VALID_OBJECTION)
            .addFulfilledBy(GOOD_FAITH_DISCUSSION_RESOLVED, GOOD_FAITH_DISCUSSION_FAILED)
            .build(),
        norm("6.3/terminate-for-convenience", RIGHT_OR_POWER, CUSTOMER, SEGMENT,
            "If the parties are not able to mutually agree to a resolution of such concerns,"
                + " Customer, as its sole and exclusive remedy, may terminate the Agreement for"
                + " convenience. The text sets no time limit for exercising it.")
            .trigger(Trigger.on("If the parties are not able to mutually agree to a resolution",
                GOOD_FAITH_DISCUSSION_FAILED))
            .addConditions(NO_MUTUAL_RESOLUTION)
            .addFulfilledBy(TERMINATED_FOR_CONVENIENCE)
            .addDischargedBy(GOOD_FAITH_DISCUSSION_RESOLVED)
            .build(),
        // 7 Security
        norm("7.1/security-measures", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment shall implement and maintain technical and organizational security measures"
                + " designed to protect Customer Personal Data from Security Incidents and to"
                + " preserve the security and confidentiality of the Customer Personal Data (the"
                + " Security Measures).")
            .trigger(STANDING)
            .build(),
        norm("7.2/review-security-information", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer is responsible for reviewing the information made available by Segment"
                + " relating to data security and making an independent determination as to whether"
                + " the Services meet Customer's requirements and legal obligations under Data"
                + " Protection Laws.")
            .trigger(STANDING)
            .build(),
        norm("7.2/update-security-measures", PERMISSION, SEGMENT, CUSTOMER,
            "The Security Measures may be updated from time to time upon reasonable notice to"
                + " Customer to reflect process improvements or changing practices.")
            .trigger(STANDING)
            .addConditions(REASONABLE_NOTICE)
            .addFulfilledBy(SECURITY_MEASURES_CHANGED)
            .addViolatedBy(SECURITY_MEASURES_CHANGED)
            .build(),
        norm("7.2/no-material-decrease", PROHIBITION, SEGMENT, CUSTOMER,
            "The modifications of the Security Measures will not materially decrease Segment's"
                + " obligations as compared to those reflected in such terms as of the Effective"
                + " Date.")
            .trigger(STANDING)
            .addViolatedBy(SECURITY_MEASURES_CHANGED)
            .build(),
        norm("7.3/notify-security-incident", OBLIGATION, SEGMENT, CUSTOMER,
            "Upon becoming aware of a confirmed Security Incident, Segment shall notify Customer"
                + " without undue delay unless prohibited by applicable law; a delay requested by"
                + " law enforcement or in light of Segment's legitimate needs to investigate or"
                + " remediate is not an undue delay.")
            .trigger(Trigger.on("Upon becoming aware of a confirmed Security Incident",
                SECURITY_EVENT_CONFIRMED))
            .deadline(DeadlineRule.withoutUndueDelay())
            .addConditions(CONFIRMED_SECURITY_INCIDENT)
            .addExemptions(Exemptions.INCIDENT_NOTICE_PROHIBITED_BY_LAW,
                Exemptions.LAW_ENFORCEMENT_DELAY, Exemptions.INVESTIGATION_DELAY)
            .addFulfilledBy(INCIDENT_NOTIFIED)
            .addSuspendedBy(LAW_PROHIBITS_NOTICE, NOTIFICATION_DELAY_REQUESTED,
                INVESTIGATION_DELAY_STARTED)
            .addResumedBy(INVESTIGATION_DELAY_ENDED)
            .build(),
        norm("7.3/describe-security-incident", OBLIGATION, SEGMENT, CUSTOMER,
            "Such notices will describe, to the extent possible, details of the Security Incident,"
                + " including steps taken to mitigate the potential risks and steps Segment"
                + " recommends Customer take to address the Security Incident.")
            .trigger(Trigger.on("Upon becoming aware of a confirmed Security Incident",
                SECURITY_EVENT_CONFIRMED))
            .addConditions(CONFIRMED_SECURITY_INCIDENT, NOTICE_DESCRIBES_INCIDENT)
            .addFulfilledBy(INCIDENT_NOTIFIED)
            .build(),
        norm("7.3/customer-notification-laws", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer is solely responsible for complying with Security Incident notification laws"
                + " applicable to Customer and fulfilling any third party notification obligations"
                + " related to any Security Incidents.")
            .trigger(Trigger.on("a Security Incident notified to Customer", INCIDENT_NOTIFIED))
            .build(),
        norm("7.4/appropriate-use", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer is solely responsible for making appropriate use of the Services to ensure a"
                + " level of security appropriate to the risk in respect of the Customer Data"
                + " (7.4(a)).")
            .trigger(STANDING)
            .build(),
        norm("7.4/secure-credentials", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer is solely responsible for securing the account authentication credentials,"
                + " systems and devices Customer uses to access the Services (7.4(b)).")
            .trigger(STANDING)
            .build(),
        norm("7.4/secure-systems", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer is solely responsible for securing Customer's systems and devices that it"
                + " uses with the Services (7.4(c)).")
            .trigger(STANDING)
            .build(),
        norm("7.4/maintain-backups", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer is solely responsible for maintaining its own backups of Customer Data"
                + " (7.4(d)).")
            .trigger(STANDING)
            .build(),
        // 8 Data subject requests
        norm("8/assist-with-data-subject-requests", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment shall upon Customer's request (and at Customer's expense) provide Customer"
                + " with such assistance as it may reasonably require to respond to requests from"
                + " individuals to exercise their rights, where Customer cannot reasonably fulfil"
                + " them independently by using the self-service functionality of the Services.")
            .trigger(Trigger.on("upon Customer's request", ASSISTANCE_REQUESTED))
            .addConditions(AT_CUSTOMER_REQUEST, AT_CUSTOMER_EXPENSE, SELF_SERVICE_INSUFFICIENT)
            .addFulfilledBy(ASSISTANCE_PROVIDED)
            .build(),
        norm("8/advise-data-subject", OBLIGATION, SEGMENT, CUSTOMER,
            "If Segment receives a request from a Data Subject in relation to their Customer"
                + " Personal Data, Segment will advise the Data Subject to submit their request to"
                + " Customer.")
            .trigger(Trigger.on("If Segment receives a request from a Data Subject",
                DATA_SUBJECT_REQUEST_RECEIVED))
            .addConditions(REQUEST_RECEIVED_BY_SEGMENT)
            .addFulfilledBy(DATA_SUBJECT_REQUEST_ROUTED)
            .build(),
        norm("8/respond-to-data-subject-requests", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer will be responsible for responding to any such request.")
            .trigger(Trigger.on("If Segment receives a request from a Data Subject",
                DATA_SUBJECT_REQUEST_RECEIVED))
            .addConditions(REQUEST_RECEIVED_BY_SEGMENT)
            .build(),
        // 9 Return or deletion
        norm("9.1/delete-customer-personal-data", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment shall, within sixty (60) days after request by Customer following the"
                + " termination or expiration of the Agreement, delete all of the Customer Personal"
                + " Data from Segment's systems.")
            .trigger(Trigger.on("request by Customer following the termination or expiration of"
                + " the Agreement", DELETION_REQUESTED))
            .deadline(DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS))
            .addConditions(FOLLOWING_TERMINATION)
            .addExemptions(Exemptions.RETENTION_REQUIRED_BY_LAW)
            .addFulfilledBy(DELETION_COMPLETED)
            .addDischargedBy(LEGAL_RETENTION_DECLARED)
            .survivingTermination(true)
            .build(),
        norm("9.2/retain-if-required-by-law", PERMISSION, SEGMENT, CUSTOMER,
            "Notwithstanding 9.1, Segment may retain Customer Personal Data if required by law.")
            .trigger(STANDING)
            .addConditions(RETENTION_REQUIRED_BY_LAW)
            .addFulfilledBy(LEGAL_RETENTION_DECLARED)
            .survivingTermination(true)
            .build(),
        norm("9.2/retained-data-remains-subject", OBLIGATION, SEGMENT, CUSTOMER,
            "Customer Personal Data Segment retains because the law requires it will remain subject"
                + " to the requirements of the Addendum.")
            .trigger(Trigger.on("Segment retains Customer Personal Data if required by law",
                LEGAL_RETENTION_DECLARED))
            .addDischargedBy(DELETION_COMPLETED)
            .survivingTermination(true)
            .build(),
        // Annex A 1 Roles and instructions
        norm("A.1.3/comply-as-processor", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment, as processor of the Customer Personal Data, will comply with the obligations"
                + " applicable to it in that role under EU Data Protection Law.")
            .trigger(STANDING)
            .addConditions(EU_LAW_GOVERNS)
            .build(),
        norm("A.1.3/comply-as-controller", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer, as controller of the Customer Personal Data, will comply with the"
                + " obligations applicable to it in that role under EU Data Protection Law.")
            .trigger(STANDING)
            .addConditions(EU_LAW_GOVERNS)
            .build(),
        norm("A.1.3/usage-data-per-privacy-policy", OBLIGATION, SEGMENT, CUSTOMER,
            "To the extent that any Usage Data is considered Personal Data, Segment is the"
                + " controller with respect to such data and shall Process such data in accordance"
                + " with its Privacy Policy.")
            .trigger(STANDING)
            .addConditions(EU_LAW_GOVERNS, USAGE_DATA_IS_PERSONAL_DATA_EU)
            .build(),
        norm("A.1.4/process-on-instructions", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment will only Process Customer Personal Data in accordance with Customer's"
                + " instructions in the Addendum unless EU Data Protection Law requires otherwise.")
            .trigger(STANDING)
            .addConditions(EU_LAW_GOVERNS)
            .addExemptions(Exemptions.EU_LAW_REQUIRES_OTHERWISE)
            .addDischargedBy(LAW_REQUIRES_OTHER_PROCESSING)
            .build(),
        norm("A.1.4/notify-legal-requirement", OBLIGATION, SEGMENT, CUSTOMER,
            "Where EU Data Protection Law requires Segment to Process otherwise than on Customer's"
                + " instructions, Segment will notify Customer, unless that law prohibits Segment"
                + " from doing so.")
            .trigger(Trigger.on("EU Data Protection Law requires otherwise",
                LAW_REQUIRES_OTHER_PROCESSING))
            .addConditions(EU_LAW_GOVERNS)
            .addExemptions(Exemptions.LEGAL_REQUIREMENT_NOTICE_PROHIBITED)
            .addFulfilledBy(CUSTOMER_NOTIFIED_OF_LEGAL_REQUIREMENT)
            .addSuspendedBy(LAW_PROHIBITS_NOTICE)
            .build(),
        // Annex A 2 Data security
        norm("A.2.1.1/reasonable-assistance", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment will provide Customer with reasonable assistance necessary for Customer to"
                + " comply with its obligations under EU Data Protection Law, including Articles 32"
                + " to 34 of the GDPR, by implementing and maintaining the Security Measures,"
                + " complying with Section 7 and complying with Annex A.")
            .trigger(STANDING)
            .addConditions(EU_LAW_GOVERNS, NATURE_OF_PROCESSING)
            .build(),
        norm("A.2.1.2/need-to-know-access", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment will grant access to Customer Personal Data only to personnel who need such"
                + " access for the scope of their job duties, and are subject to appropriate"
                + " confidentiality obligations.")
            .trigger(STANDING)
            .addConditions(EU_LAW_GOVERNS, NEED_TO_KNOW)
            .build(),
        norm("A.2.1.2/inform-segment-of-employee-request", OBLIGATION, CUSTOMER, SEGMENT,
            "Should an employee of Customer seek to exercise their rights in respect of Usage Data"
                + " that constitutes Personal Data, Customer undertakes to inform Segment without"
                + " delay.")
            .trigger(Trigger.on("Should an employee of a Customer seek to exercise their rights",
                DATA_SUBJECT_REQUEST_RECEIVED))
            .deadline(DeadlineRule.withoutDelay())
            .addConditions(EU_LAW_GOVERNS, EMPLOYEE_USAGE_DATA_REQUEST)
            .addFulfilledBy(DATA_SUBJECT_REQUEST_ROUTED)
            .build(),
        norm("A.2.1.2/instruct-employee-to-contact-segment", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer undertakes to instruct its employee to contact Segment directly via"
                + " privacy@segment.com or such other email address as directed at the time.")
            .trigger(Trigger.on("Should an employee of a Customer seek to exercise their rights",
                DATA_SUBJECT_REQUEST_RECEIVED))
            .addConditions(EU_LAW_GOVERNS, EMPLOYEE_USAGE_DATA_REQUEST)
            .addFulfilledBy(DATA_SUBJECT_REQUEST_ROUTED)
            .build(),
        // Annex A 2.2 Audits
        norm("A.2.2.1/make-third-party-reports-available", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment shall make available to Customer relevant information regarding its Processing"
                + " of Customer Personal Data in the form of its most recent ISO 27001, ISO 27017 or"
                + " ISO 27018 certifications or similar audit reports (Third Party Reports).")
            .trigger(STANDING)
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW)
            .addFulfilledBy(THIRD_PARTY_REPORT_ISSUED)
            .build(),
        norm("A.2.2.2/audit", RIGHT_OR_POWER, CUSTOMER, SEGMENT,
            "Not more than once per calendar year and at Customer's expense, Customer may audit"
                + " Segment's Processing of Customer Personal Data for compliance with the Addendum"
                + " by submitting reasonable requests for information, including security and audit"
                + " questionnaires.")
            .trigger(STANDING)
            .deadline(DeadlineRule.oncePerCalendarYear())
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW, AUDIT_AT_CUSTOMER_EXPENSE,
                REASONABLE_REQUESTS_FOR_INFORMATION)
            .addFulfilledBy(AUDIT_REQUESTED)
            .build(),
        norm("A.2.2.2/written-response", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment will provide written responses to the extent the requested information is"
                + " necessary to confirm Segment's compliance with the Addendum, unless a recent"
                + " Third Party Report is accepted in lieu.")
            .trigger(Trigger.on("Customer's request for information", AUDIT_REQUESTED))
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW, NECESSARY_TO_CONFIRM_COMPLIANCE)
            .addExemptions(Exemptions.REPORT_IN_LIEU)
            .addFulfilledBy(WRITTEN_RESPONSE_PROVIDED)
            .addDischargedBy(NO_MATERIAL_CHANGE_CONFIRMED)
            .build(),
        norm("A.2.2.2/accept-report-in-lieu", OBLIGATION, CUSTOMER, SEGMENT,
            "If the requested information is addressed in a Third Party Report issued within the"
                + " 12-month period prior to Customer's request and Segment confirms there have been"
                + " no material changes in the interim, Customer agrees to accept the report in lieu"
                + " of a written response. The deadline rule gives the period the report's issue"
                + " date must fall in, counted back from the audit request.")
            .trigger(Trigger.on("Segment confirms there have been no material changes",
                NO_MATERIAL_CHANGE_CONFIRMED))
            .deadline(DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS))
            .deadlineAnchor(AUDIT_REQUESTED)
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW, REPORT_ADDRESSES_REQUEST,
                REPORT_ISSUED_WITHIN_PERIOD, NO_MATERIAL_CHANGE)
            .build(),
        norm("A.2.2.2/treat-as-confidential-information", OBLIGATION, CUSTOMER, SEGMENT,
            "Any information provided by Segment under A.2.2 constitutes Segment's Confidential"
                + " Information under the Agreement.")
            .trigger(Trigger.on("information provided by Segment under Section 2.b.",
                WRITTEN_RESPONSE_PROVIDED, NO_MATERIAL_CHANGE_CONFIRMED))
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW)
            .build(),
        norm("A.2.2.3/object-to-auditor", RIGHT_OR_POWER, SEGMENT, CUSTOMER,
            "If a third party is to conduct an audit, Segment may object to the auditor if the"
                + " auditor is, in Segment's reasonable opinion, not independent, a competitor of"
                + " Segment or otherwise unqualified.")
            .trigger(Trigger.on("If a third party is to conduct an audit", AUDITOR_APPOINTED))
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW, THIRD_PARTY_AUDITOR,
                AUDITOR_UNSUITABLE)
            .addFulfilledBy(AUDITOR_OBJECTED)
            .build(),
        norm("A.2.2.3/replace-auditor", OBLIGATION, CUSTOMER, SEGMENT,
            "Segment's objection to an auditor requires Customer to appoint another auditor or"
                + " conduct the audit itself (the latter is not an event of its own: Customer's"
                + " continued requests under the same audit show it).")
            .trigger(Trigger.on("Such objection by Segment", AUDITOR_OBJECTED))
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW)
            .addFulfilledBy(AUDITOR_APPOINTED)
            .build(),
        norm("A.2.2.4/notify-non-compliance", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer will promptly notify Segment of any non-compliance discovered during the"
                + " course of an audit, unless prohibited by EU Data Protection Law or otherwise"
                + " instructed by a supervisory authority.")
            .trigger(Trigger.on("any non-compliance discovered during the course of an audit",
                NON_COMPLIANCE_DISCOVERED))
            .deadline(DeadlineRule.promptly())
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW, DISCOVERED_DURING_AUDIT)
            .addExemptions(Exemptions.AUDIT_FINDINGS_PROHIBITED)
            .addFulfilledBy(NON_COMPLIANCE_NOTIFIED)
            .addSuspendedBy(LAW_PROHIBITS_NOTICE)
            .build(),
        norm("A.2.2.4/share-audit-reports", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer will provide Segment any audit reports generated in connection with any"
                + " audit, unless prohibited by EU Data Protection Law or otherwise instructed by a"
                + " supervisory authority.")
            .trigger(Trigger.on("audit reports generated in connection with any audit",
                AUDIT_REPORT_GENERATED))
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW)
            .addExemptions(Exemptions.AUDIT_FINDINGS_PROHIBITED)
            .addFulfilledBy(AUDIT_REPORT_SHARED)
            .addSuspendedBy(LAW_PROHIBITS_NOTICE)
            .build(),
        norm("A.2.2.4/limit-use-of-audit-reports", PROHIBITION, CUSTOMER, SEGMENT,
            "Customer may use the audit reports only for the purposes of meeting its regulatory"
                + " audit requirements and confirming that Segment's Processing of Customer Personal"
                + " Data complies with the Addendum.")
            .trigger(Trigger.on("audit reports generated in connection with any audit",
                AUDIT_REPORT_GENERATED))
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW, PERMITTED_REPORT_PURPOSES)
            .build(),
        norm("A.2.2.5/reimburse-audit-time", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer shall reimburse Segment for any time expended by Segment or its"
                + " Subprocessors in connection with any audits at Segment's then-current"
                + " professional services rates.")
            .trigger(Trigger.on("time expended by Segment or its Subprocessors in connection with"
                + " any audits", AUDIT_TIME_INVOICED))
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW)
            .addFulfilledBy(AUDIT_TIME_REIMBURSED)
            .build(),
        norm("A.2.2.5/make-rates-available", OBLIGATION, SEGMENT, CUSTOMER,
            "Segment's then-current professional services rates shall be made available to"
                + " Customer upon request.")
            .trigger(Trigger.on("any audits under Section 2.b.", AUDIT_REQUESTED))
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW, RATES_REQUESTED)
            .build(),
        norm("A.2.2.5/bear-auditor-fees", OBLIGATION, CUSTOMER, SEGMENT,
            "Customer will be responsible for any fees charged by any auditor appointed by Customer"
                + " to execute any such audit.")
            .trigger(Trigger.on("any auditor appointed by Customer", AUDITOR_APPOINTED))
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW)
            .build(),
        norm("A.2.2.5/limit-subprocessor-information", PERMISSION, SEGMENT, CUSTOMER,
            "Segment need not furnish more information about its Third Party Subprocessors in"
                + " connection with audits than such Third Party Subprocessors make generally"
                + " available to their customers.")
            .trigger(Trigger.on("in connection with such audits", AUDIT_REQUESTED))
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW)
            .build(),
        norm("A.2.2.5/keep-confidentiality", PERMISSION, SEGMENT, CUSTOMER,
            "Nothing in A.2.2 requires Segment to breach any duties of confidentiality.")
            .trigger(Trigger.on("in connection with such audits", AUDIT_REQUESTED))
            .addConditions(EU_LAW_GOVERNS, AUDIT_RIGHT_UNDER_LAW)
            .build(),
        // Annex A 3 Impact assessments
        norm("A.3/assist-impact-assessments", PERMISSION, SEGMENT, CUSTOMER,
            "Segment may reasonably assist Customer in complying with its obligations under"
                + " Articles 35 and 36 of the GDPR, by making available documentation of its"
                + " information security program and the other information in the Agreement.")
            .trigger(STANDING)
            .addConditions(EU_LAW_GOVERNS, NATURE_OF_PROCESSING_IMPACT)
            .addFulfilledBy(ASSISTANCE_PROVIDED)
            .build(),
        // Annex A 4 Transfers
        norm("A.4.1/process-in-any-facility", PERMISSION, SEGMENT, CUSTOMER,
            "Segment may, subject to A.4.2, store and Process Customer Personal Data in the United"
                + " States or anywhere Segment or its Subprocessors maintain facilities.")
            .trigger(STANDING)
            .addConditions(EU_LAW_GOVERNS, SUBJECT_TO_PRIVACY_SHIELD_TERMS)
            .build(),
        norm("A.4.1/transfer-compliance", OBLIGATION, CUSTOMER, SEGMENT,
            "Subject to Segment's obligations in A.4, Customer is responsible for ensuring that its"
                + " use of the Services complies with any cross-border data transfer restrictions of"
                + " EU Data Protection Law.")
            .trigger(Trigger.on("a transfer of Customer Personal Data", TRANSFER_MADE))
            .addConditions(EU_LAW_GOVERNS)
            .build(),
        norm("A.4.2/privacy-shield-protection", OBLIGATION, SEGMENT, CUSTOMER,
            "To the extent Segment Processes Customer Personal Data of individuals in the EU or"
                + " Switzerland in the United States, Segment shall protect it in accordance with"
                + " the Privacy Shield Principles and Supplemental Principles.")
            .trigger(STANDING)
            .addConditions(EU_LAW_GOVERNS, EU_OR_SWISS_DATA_IN_US)
            .build(),
        norm("A.4.2/inform-if-unable-to-comply", OBLIGATION, SEGMENT, CUSTOMER,
            "If Segment is unable to comply with the Privacy Shield requirement, Segment shall"
                + " inform Customer.")
            .trigger(Trigger.on("If Segment is unable to comply with this requirement",
                PRIVACY_SHIELD_COMPLIANCE_LOST))
            .addConditions(EU_LAW_GOVERNS, EU_OR_SWISS_DATA_IN_US)
            .addFulfilledBy(PRIVACY_SHIELD_INABILITY_NOTIFIED)
            .build(),
        norm("A.4.3.4/provide-subprocessor-agreement-copies", OBLIGATION, SEGMENT, CUSTOMER,
            "Upon data exporter's request under the Standard Contractual Clauses, data importer"
                + " will provide the copies of the Subprocessor agreements that must be sent under"
                + " Clause 5(j).")
            .trigger(Trigger.on("upon data exporter's request",
                SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED))
            .addConditions(EU_LAW_GOVERNS, SCCS_GOVERN, UPON_EXPORTER_REQUEST)
            .addFulfilledBy(SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED)
            .build(),
        norm("A.4.3.4/redact-commercial-information", PERMISSION, SEGMENT, CUSTOMER,
            "Data importer may remove or redact all commercial information or clauses unrelated to"
                + " the Standard Contractual Clauses or their equivalent before providing the"
                + " copies.")
            .trigger(Trigger.on("upon data exporter's request",
                SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED))
            .addConditions(EU_LAW_GOVERNS, SCCS_GOVERN)
            .addFulfilledBy(SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED)
            .build(),
        norm("A.4.3.7/certify-deletion-on-request", OBLIGATION, SEGMENT, CUSTOMER,
            "Certification of deletion of Customer Personal Data as described in Clause 12(1) of"
                + " the Standard Contractual Clauses shall be provided only upon Customer's request.")
            .trigger(Trigger.on("upon Customer's request", DELETION_CERTIFICATION_REQUESTED))
            .addConditions(EU_LAW_GOVERNS, SCCS_GOVERN, UPON_CUSTOMER_REQUEST_FOR_CERTIFICATION)
            .addFulfilledBy(DELETION_CERTIFIED)
            .survivingTermination(true)
            .build(),
        // Annex B California
        norm("B.3/no-sale", PROHIBITION, SEGMENT, CUSTOMER,
            "Segment will not sell Customer Personal Data (B.3(a)).")
            .trigger(STANDING)
            .addConditions(CCPA_GOVERNS)
            .build(),
        norm("B.3/no-other-purpose", PROHIBITION, SEGMENT, CUSTOMER,
            "Segment will not retain, use or disclose any Customer Personal Data for any purpose"
                + " other than for the specific purpose of providing the Services, including for a"
                + " commercial purpose other than providing the Services (B.3(b)).")
            .trigger(STANDING)
            .addConditions(CCPA_GOVERNS)
            .build(),
        norm("B.3/no-use-outside-relationship", PROHIBITION, SEGMENT, CUSTOMER,
            "Segment will not retain, use or disclose the Customer Personal Data outside of the"
                + " direct business relationship between Segment and Customer (B.3(c)).")
            .trigger(STANDING)
            .addConditions(CCPA_GOVERNS)
            .build(),
        norm("B.5/access-not-consideration", PROHIBITION, SEGMENT, CUSTOMER,
            "Segment's access to Customer Personal Data does not constitute part of the"
                + " consideration exchanged under the Agreement, notwithstanding anything in the"
                + " Agreement or any Order Form: read as a bar on treating that access as"
                + " consideration (which would make it a sale under the CCPA).")
            .trigger(STANDING)
            .addConditions(CCPA_GOVERNS)
            .build(),
        norm("B.6/usage-data-per-privacy-policy", OBLIGATION, SEGMENT, CUSTOMER,
            "To the extent that any Usage Data is considered Personal Data, Segment is the business"
                + " with respect to such data and shall Process such data in accordance with its"
                + " Privacy Policy.")
            .trigger(STANDING)
            .addConditions(CCPA_GOVERNS, USAGE_DATA_IS_PERSONAL_DATA_CCPA)
            .build());
  }

  private static Norm.Builder norm(
      String id, NormKind kind, PartyKind bearer, PartyKind beneficiary, String text) {
    int slash = id.indexOf('/');
    return Norm.builder()
        .id(id)
        .clause(ClauseId.parse(id.substring(0, slash)))
        .kind(kind)
        .bearer(bearer)
        .beneficiary(beneficiary)
        .text(text);
  }
}
