package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.data.WhoseData;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.norm.Deeming;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.fact.Awareness;
import io.github.dpasemantics.policy.fact.ConfidentialityObligation;
import io.github.dpasemantics.policy.fact.DelayGround;
import io.github.dpasemantics.policy.fact.IncidentCommunication;
import io.github.dpasemantics.policy.fact.IncidentStatus;
import io.github.dpasemantics.policy.fact.JobNeed;
import io.github.dpasemantics.policy.fact.LegalProhibition;
import io.github.dpasemantics.policy.fact.MaterialDecrease;
import io.github.dpasemantics.policy.fact.NoticeHold;
import io.github.dpasemantics.policy.fact.ReasonableNotice;
import java.util.BitSet;
import java.util.Objects;
import java.util.Set;

/**
 * 7 and A.2.1. Security, and Annex A's Security Measures, Controls and Assistance.
 *
 * <ul>
 *   <li>7.1: Segment shall implement and maintain Security Measures designed to protect Customer
 *       Personal Data: {@link #isCoveredBySecurityMeasures}, {@link #coveredBySecurityMeasures}; and who is
 *       responsible for what under 7: {@link #responsiblePartyOf}, {@link #responsibleParty}.
 *   <li>7.2: Customer reviews the security information and decides whether the Services meet its
 *       needs; the Security Measures may be updated upon reasonable notice, without materially
 *       decreasing Segment's obligations against the Effective Date:
 *       {@link #isSecurityMeasuresChangeAllowed}, {@link #securityMeasuresChangeAllowed}.
 *   <li>7.3: upon becoming aware of a confirmed Security Incident Segment notifies Customer without
 *       undue delay unless prohibited by applicable law ({@link #isIncidentNotificationRequired},
 *       {@link #incidentNotificationRequired}); a delay requested by law enforcement or needed to
 *       investigate or remediate is not undue ({@link #noticeDelayOf}, {@link #noticeDelay});
 *       the notice describes, to the extent possible, the details, the mitigation steps taken and
 *       the steps recommended ({@link #isNoticeContentComplete}, {@link #noticeContentComplete}); and a
 *       notification or response under 7.3 is no acknowledgement of fault or liability
 *       ({@link #noAdmissionOfFault}).
 *   <li>7.4: Customer is solely responsible for its use of the Services, its credentials, its
 *       systems and its backups: {@link #responsibleParty}.
 *   <li>A.2.1.1: reasonable assistance "necessary for Customer to comply with its obligations ...
 *       under EU Data Protection Law, including Articles 32 to 34": owed only for an article that
 *       puts an obligation on Customer as controller ({@link #isControllerObliged}; Article 1, say,
 *       puts none): {@link #isSecurityAssistanceOwed}, {@link #securityAssistanceOwed}.
 *   <li>A.2.1.2: access only for personnel who need it for their job duties and are bound by
 *       confidentiality ({@link #isPersonnelAccessAllowed}, {@link #personnelAccessAllowed}); a Customer
 *       employee's request under EU Data Protection Laws about Usage Data that is Personal Data goes
 *       to Segment's privacy contact ({@link #isUsageDataRequestForwarded}, {@link #usageDataRequestForwarded});
 *       the referral covers only rights under EU Data Protection Laws: for CCPA rights B.6 makes
 *       Segment the business for that data, and for other laws the Addendum is silent.
 * </ul>
 *
 * <p>Whose data a Security Incident concerns matters to 7.3 (question
 * {@link Question#INCIDENT_DATA_SCOPE}): 2.9 defines the term over "Personal Data being Processed
 * by Segment", but the Addendum applies to Segment's Processing of Customer Personal Data (1, 4)
 * and 7.1 protects Customer Personal Data. By default ({@link Interpretation#INCIDENT_NOTICE_FOR_CUSTOMER_PERSONAL_DATA})
 * a 7.3 notice to this Customer is owed only for an incident affecting its Customer Personal Data;
 * under {@link Interpretation#INCIDENT_NOTICE_FOR_ANY_DATA_OF_CUSTOMER} also for other Personal
 * Data Segment Processes for or about it; never for someone else's data:
 * {@link #incidentNotificationRequired(IncidentStatus, Awareness, LegalProhibition, WhoseData, Interpretations)}.
 *
 * <p>"Without undue delay" has no computable date; {@link #noticeDelay} returns a status, never a
 * day. Every method is pure and thread-safe.
 */
public final class Security {
  private static final String COVER = "Security.coveredBySecurityMeasures";
  private static final String RESPONSIBLE = "Security.responsibleParty";
  private static final String CHANGE = "Security.securityMeasuresChangeAllowed";
  private static final String NOTIFICATION = "Security.incidentNotificationRequired";
  private static final String DELAY = "Security.noticeDelay";
  private static final String CONTENT = "Security.noticeContentComplete";
  private static final String FAULT = "Security.noAdmissionOfFault";
  private static final String ASSISTANCE = "Security.securityAssistanceOwed";
  private static final String CONTROLLER = "Security.controllerObliged";
  private static final String ACCESS = "Security.personnelAccessAllowed";
  private static final String USAGE = "Security.usageDataRequestForwarded";

  private static final int FIRST_GDPR_ARTICLE = 1;
  private static final int LAST_GDPR_ARTICLE = 99;

  /**
   * The GDPR articles that put an obligation on the controller (Regulation (EU) 2016/679; reading
   * in docs/legal-background.md, "GDPR articles that oblige the controller"): 5 to 22 (principles,
   * lawfulness, conditions, data subject rights), 24 to 38 (controller and processor duties,
   * security, breach notification, impact assessment, designation and position of the data
   * protection officer), 44, 46 and 49 (conditions for transfers a controller must meet) and 89(1)
   * (safeguards for archiving, research and statistics).
   */
  private static final BitSet OBLIGES_CONTROLLER = articles(new int[][] {{5, 22}, {24, 38}, {44, 44}, {46, 46}, {49, 49}, {89, 89}});

  private Security() {}

  /** Reason codes of 7 and A.2.1. */
  public enum Code implements ReasonCode {
    /** 7.1: covered. */
    MEASURES_PROTECT_CUSTOMER_PERSONAL_DATA("7.1", "Segment shall implement and maintain technical and organizational security measures"
        + " designed to protect Customer Personal Data from Security Incidents and to preserve its security and confidentiality"),
    /** 7.1: not covered. */
    MEASURES_NOT_FOR_THIS_DATA("7.1", "the Security Measures of 7.1 are owed for Customer Personal Data; this data is not"),
    /** 7.1: Segment's task. */
    SEGMENT_TASK("7.1", "{0} is Segment's: Segment shall implement and maintain the Security Measures"),
    /** 7.3: Segment notifies Customer of Security Incidents. */
    SEGMENT_NOTIFIES_INCIDENTS("7.3", "{0} is Segment's: upon becoming aware of a confirmed Security Incident, Segment shall notify"
        + " Customer without undue delay"),
    /** 7.2: Customer reviews. */
    CUSTOMER_REVIEWS("7.2", "Customer is responsible for reviewing the information made available by Segment relating to data security"
        + " and making an independent determination whether the Services meet its requirements and legal obligations"),
    /** 7.3: Customer's notification laws. */
    CUSTOMER_NOTIFICATION_LAWS("7.3", "Customer is solely responsible for complying with Security Incident notification laws applicable to"
        + " Customer and fulfilling any third party notification obligations"),
    /** 7.4: Customer's use. */
    CUSTOMER_USE("7.4", "without limitation of Segment's obligations under Section 7, Customer is solely responsible for its use of the"
        + " Services, including {0}"),
    /** 7.2: reasonable notice given, no material decrease. */
    CHANGE_ALLOWED("7.2", "the Security Measures may be updated from time to time upon reasonable notice to Customer, and this update does"
        + " not materially decrease Segment's obligations as compared to those as of the Effective Date"),
    /** 7.2: no reasonable notice. */
    NO_REASONABLE_NOTICE("7.2", "the Security Measures may be updated only upon reasonable notice to Customer; none was given"),
    /** 7.2: material decrease. */
    MATERIAL_DECREASE("7.2", "the modifications will not materially decrease Segment's obligations as compared to those reflected as of"
        + " the Effective Date; this one does"),
    /** 4: the incident concerns someone else's data. */
    SOMEONE_ELSES_DATA("4", "this Addendum applies to Segment's Processing of Customer Personal Data under the Agreement with Customer;"
        + " the incident concerns Personal Data Segment Processes for someone else, so 7.3 owes this Customer no notice of it"),
    /** 4, 7.1: the incident concerns other data of this Customer (default reading). */
    NOT_CUSTOMER_PERSONAL_DATA("4", "this Addendum applies to Segment's Processing of Customer Personal Data, and 7.1 protects Customer"
        + " Personal Data from Security Incidents; the incident concerns other Personal Data of Customer, so 7.3 owes no notice of it"),
    /** 2.9: other data of this Customer counts (alternative reading). */
    OTHER_DATA_OF_CUSTOMER_COUNTS("2.9", "a Security Incident is a breach affecting \"Personal Data being Processed by Segment\", and the"
        + " incident affects Personal Data Segment Processes for or about Customer, though not its Customer Personal Data"),
    /** 7.3: notice required. */
    NOTICE_REQUIRED("7.3", "upon becoming aware of a confirmed Security Incident, Segment shall notify Customer without undue delay"),
    /** 7.3: not aware. */
    NOT_AWARE("7.3", "the duty to notify arises upon Segment becoming aware of the Security Incident; it is not aware"),
    /** 7.3 / 2.9: not an incident. */
    NOT_A_SECURITY_INCIDENT("7.3", "the duty to notify concerns a confirmed Security Incident (2.9); there is none"),
    /** 7.3: prohibited by law. */
    PROHIBITED_BY_LAW("7.3", "Segment notifies Customer unless prohibited by applicable law, and applicable law prohibits it"),
    /** 7.3: not delayed. */
    NOT_DELAYED("7.3", "Segment notified, or is notifying, without delay"),
    /** 7.3: law enforcement. */
    LAW_ENFORCEMENT_DELAY("7.3", "a delay in giving such notice requested by law enforcement shall not constitute an undue delay"),
    /** 7.3: investigation. */
    INVESTIGATION_DELAY("7.3", "a delay in light of Segment's legitimate needs to investigate or remediate the matter before providing"
        + " notice shall not constitute an undue delay"),
    /** 7.3: unexcused delay. */
    UNEXCUSED_DELAY("7.3", "the delay is neither requested by law enforcement nor needed to investigate or remediate, so 7.3 does not"
        + " excuse it: notice is due without undue delay"),
    /** 7.3: content item given. */
    CONTENT_GIVEN("7.3", "the notice describes {0}"),
    /** 7.3: content item not possible. */
    CONTENT_NOT_POSSIBLE("7.3", "the notice need describe {0} only to the extent possible, and it is not possible"),
    /** 7.3: content item missing. */
    CONTENT_MISSING("7.3", "the notice must describe, to the extent possible, {0}, and does not"),
    /** 7.3: no acknowledgement. */
    NOT_AN_ACKNOWLEDGEMENT("7.3", "Segment's notification of or response to a Security Incident under Section 7.c. will not be construed"
        + " as an acknowledgement by Segment of any fault or liability"),
    /** 7.3: outside. */
    OUTSIDE_7_3("7.3", "the protection of 7.3 covers only Segment's notification of or response to a Security Incident under 7.3"),
    /** A.2.1.1: Articles 32 to 34. */
    ARTICLES_32_TO_34("A.2.1.1", "Segment provides reasonable assistance for Customer's obligations under EU Data Protection Law,"
        + " including Articles 32 to 34 of the GDPR (here Article {0}), by the Security Measures, 7 and Annex A"),
    /** A.2.1.1: other articles. */
    OTHER_ARTICLE("A.2.1.1", "Segment provides reasonable assistance necessary for Customer to comply with its obligations in respect of"
        + " Customer Personal Data under EU Data Protection Law (here Article {0}), by the Security Measures, 7 and Annex A"),
    /** A.2.1.1: no obligation on Customer. */
    NO_CUSTOMER_OBLIGATION("A.2.1.1", "Segment provides reasonable assistance necessary for Customer to comply with its obligations under"
        + " EU Data Protection Law; Article {0} of the GDPR puts no obligation on Customer as controller, so there is nothing to assist"
        + " with"),
    /** A.2.1.1: the article obliges Customer as controller. */
    CONTROLLER_OBLIGED("A.2.1.1", "Article {0} of the GDPR puts an obligation on Customer as controller, so Segment's assistance can be"
        + " necessary for Customer to comply with it"),
    /** A.3: Articles 35 and 36. */
    IMPACT_ASSESSMENT("A.3", "for Articles 35 and 36 of the GDPR (here Article {0}) the specific clause A.3 applies: Segment may reasonably"
        + " assist, which is not a duty"),
    /** 4: Annex A not applicable. */
    ANNEX_A_NOT_APPLICABLE("4", "Annex A applies only to Processing governed by EU Data Protection Law, and this Processing is not"),
    /** A.2.1.2: need. */
    NO_NEED("A.2.1.2", "Segment grants access to Customer Personal Data only to personnel who need such access for the scope of their job"
        + " duties; this person does not"),
    /** A.2.1.2: confidentiality. */
    NO_CONFIDENTIALITY("A.2.1.2", "Segment grants access to Customer Personal Data only to personnel subject to appropriate confidentiality"
        + " obligations; this person is not"),
    /** A.2.1.2: access allowed. */
    ACCESS_ALLOWED("A.2.1.2", "the person needs access for the scope of their job duties and is subject to appropriate confidentiality"
        + " obligations"),
    /** A.2.1.2: forward the request. */
    FORWARD_USAGE_DATA_REQUEST("A.2.1.2", "an employee of Customer exercises rights under EU Data Protection Laws in respect of Usage Data"
        + " that constitutes Personal Data: Customer informs Segment without delay and instructs the employee to contact Segment directly"
        + " via {0}"),
    /** A.2.1.2: rights under another law. */
    NOT_EU_RIGHTS("A.2.1.2", "the undertaking concerns an employee seeking to exercise \"their rights under EU Data Protection Laws\";"
        + " these are rights under {0}"),
    /** B.6: CCPA rights over Usage Data: Segment is the business. */
    SEGMENT_BUSINESS_FOR_USAGE_DATA("B.6", "to the extent that any Usage Data is considered Personal Data, Segment is the business with"
        + " respect to such data and shall Process such data in accordance with its Privacy Policy: the request is Segment's to answer"
        + " as the business, and the Addendum puts no duty on Customer to pass it on"),
    /** A.2.1.2: silent for other laws. */
    SILENT_FOR_OTHER_LAWS("A.2.1.2", "the Addendum says how Usage Data requests are handled only for rights under EU Data Protection Laws"
        + " (A.2.1.2) and the CCPA (B.6); for rights under other laws it is silent"),
    /** A.2.1.2: not a Customer employee. */
    NOT_CUSTOMER_EMPLOYEE("A.2.1.2", "the undertaking concerns requests by an employee of Customer; the requester is {0}"),
    /** A.2.1.2: not Usage Data. */
    NOT_USAGE_DATA("A.2.1.2", "the undertaking concerns Usage Data; this data is {0}"),
    /** A.2.1.2: not personal. */
    USAGE_DATA_NOT_PERSONAL("A.2.1.2", "the undertaking concerns Usage Data that constitutes Personal Data; this data is not Personal Data");

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

  /** A security task that Section 7 allocates to one party. */
  public enum Task {
    /** 7.1: implementing and maintaining the Security Measures. */
    SECURITY_MEASURES("7.1"),
    /** 7.3: notifying Customer of Security Incidents. */
    INCIDENT_NOTICE_TO_CUSTOMER("7.3"),
    /** 7.2: reviewing Segment's security information and deciding whether the Services suffice. */
    SECURITY_REVIEW("7.2"),
    /** 7.3: complying with incident notification laws applicable to Customer and third-party notices. */
    NOTIFICATION_LAWS_AND_THIRD_PARTY_NOTICES("7.3"),
    /** 7.4(a): making appropriate use of the Services for a level of security appropriate to the risk. */
    APPROPRIATE_USE("7.4"),
    /** 7.4(b): securing account authentication credentials, systems and devices used to access the Services. */
    CREDENTIALS("7.4"),
    /** 7.4(c): securing Customer's systems and devices used with the Services. */
    CUSTOMER_SYSTEMS("7.4"),
    /** 7.4(d): maintaining its own backups of Customer Data. */
    BACKUPS("7.4");

    private final String clause;

    Task(String clause) {
      this.clause = clause;
    }

    /**
     * Returns the id of the clause that allocates the task.
     *
     * @return the clause id, e.g. {@code "7.4"}
     */
    public String clause() {
      return clause;
    }
  }

  /** The status of a 7.3 notice that has not (yet) been given immediately. */
  public enum NoticeDelay {
    /** No delay: notice was or is being given straight away. */
    NOT_DELAYED,
    /** Applicable law prohibits notice: none is due while it does. */
    NOTICE_PROHIBITED,
    /** Delayed for a reason 7.3 says is not undue (law enforcement request; investigation or remediation). */
    DELAY_NOT_UNDUE,
    /** Delayed for another reason, which 7.3 does not excuse. */
    DELAY_NOT_EXCUSED
  }

  /** What a 7.3 notice describes, to the extent possible. */
  public enum NoticeItem {
    /** Details of the Security Incident. */
    DETAILS,
    /** Steps taken to mitigate the potential risks. */
    MITIGATION_STEPS_TAKEN,
    /** Steps Segment recommends Customer take to address the Security Incident. */
    RECOMMENDED_STEPS
  }

  // ---------------------------------------------------------------- 7.1, 7.2, 7.3, 7.4 responsibilities

  /**
   * 7.1: whether the Security Measures obligation covers the data: it does for Customer Personal
   * Data (2.3).
   *
   * @param data the facts about the data
   * @return true if Segment owes Security Measures for it
   */
  public static boolean isCoveredBySecurityMeasures(DataDescriptor data) {
    Args.notNull(data, "Security", "isCoveredBySecurityMeasures", "data");
    return Definitions.isCustomerPersonalData(data);
  }

  /**
   * 7.1, explained.
   *
   * @param data the facts about the data
   * @return the decision, citing 7.1
   */
  @Decides("7.1")
  public static Decision<Boolean> coveredBySecurityMeasures(DataDescriptor data) {
    Args.notNull(data, "Security", "coveredBySecurityMeasures", "data");
    boolean yes = isCoveredBySecurityMeasures(data);
    return Decision.of(COVER, yes, Reason.of(yes ? Code.MEASURES_PROTECT_CUSTOMER_PERSONAL_DATA : Code.MEASURES_NOT_FOR_THIS_DATA));
  }

  /**
   * 7.1–7.4: the party Section 7 makes responsible for a security task.
   *
   * @param task the task
   * @return {@link PartyKind#SEGMENT} or {@link PartyKind#CUSTOMER}
   */
  public static PartyKind responsiblePartyOf(Task task) {
    Args.notNull(task, "Security", "responsiblePartyOf", "task");
    return task == Task.SECURITY_MEASURES || task == Task.INCIDENT_NOTICE_TO_CUSTOMER ? PartyKind.SEGMENT : PartyKind.CUSTOMER;
  }

  /**
   * 7.1–7.4, explained: who is responsible for a security task.
   *
   * @param task the task
   * @return the decision, citing the clause that allocates the task
   */
  @Decides({"7.1", "7.2", "7.3", "7.4"})
  public static Decision<PartyKind> responsibleParty(Task task) {
    Args.notNull(task, "Security", "responsibleParty", "task");
    PartyKind p = responsiblePartyOf(task);
    switch (task) {
      case SECURITY_MEASURES:
        return Decision.of(RESPONSIBLE, p, Reason.of(Code.SEGMENT_TASK, task));
      case INCIDENT_NOTICE_TO_CUSTOMER:
        return Decision.of(RESPONSIBLE, p, Reason.of(Code.SEGMENT_NOTIFIES_INCIDENTS, task));
      case SECURITY_REVIEW:
        return Decision.of(RESPONSIBLE, p, Reason.of(Code.CUSTOMER_REVIEWS));
      case NOTIFICATION_LAWS_AND_THIRD_PARTY_NOTICES:
        return Decision.of(RESPONSIBLE, p, Reason.of(Code.CUSTOMER_NOTIFICATION_LAWS));
      default:
        return Decision.of(RESPONSIBLE, p, Reason.of(Code.CUSTOMER_USE, task));
    }
  }

  // ---------------------------------------------------------------- 7.2 change

  /**
   * 7.2: whether an update of the Security Measures is allowed: upon reasonable notice to
   * Customer, and not materially decreasing Segment's obligations against the Effective Date.
   *
   * @param notice whether reasonable notice was given to Customer
   * @param decrease whether the update materially decreases Segment's obligations as compared to
   *     those as of the Effective Date
   * @return true if allowed
   */
  public static boolean isSecurityMeasuresChangeAllowed(ReasonableNotice notice, MaterialDecrease decrease) {
    Args.notNull(notice, "Security", "isSecurityMeasuresChangeAllowed", "notice");
    Args.notNull(decrease, "Security", "isSecurityMeasuresChangeAllowed", "decrease");
    return notice == ReasonableNotice.GIVEN && decrease == MaterialDecrease.DOES_NOT_MATERIALLY_DECREASE;
  }

  /**
   * 7.2, explained; a refusal gives every failing condition.
   *
   * @param notice whether reasonable notice was given to Customer
   * @param decrease whether the update materially decreases Segment's obligations
   * @return the decision, citing 7.2
   */
  @Decides("7.2")
  public static Decision<Boolean> securityMeasuresChangeAllowed(ReasonableNotice notice, MaterialDecrease decrease) {
    Args.notNull(notice, "Security", "securityMeasuresChangeAllowed", "notice");
    Args.notNull(decrease, "Security", "securityMeasuresChangeAllowed", "decrease");
    boolean yes = isSecurityMeasuresChangeAllowed(notice, decrease);
    if (yes) {
      return Decision.of(CHANGE, true, Reason.of(Code.CHANGE_ALLOWED));
    }
    Decision.Builder<Boolean> d = Decision.builder(CHANGE, false);
    if (notice == ReasonableNotice.NOT_GIVEN) {
      d.reason(Code.NO_REASONABLE_NOTICE);
    }
    if (decrease == MaterialDecrease.MATERIALLY_DECREASES) {
      d.reason(Code.MATERIAL_DECREASE);
    }
    return d.build();
  }

  // ---------------------------------------------------------------- 7.3 notification

  /**
   * 7.3: whether Segment must notify Customer: it is aware of a confirmed Security Incident (2.9)
   * and applicable law does not prohibit notice.
   *
   * @param incident whether there is a Security Incident (see
   *     {@link Definitions#isSecurityIncident}, which requires it to be confirmed)
   * @param awareness whether Segment has become aware of it
   * @param prohibition whether applicable law prohibits notice
   * @return true if notice is required
   */
  public static boolean isIncidentNotificationRequired(IncidentStatus incident, Awareness awareness, LegalProhibition prohibition) {
    Args.notNull(incident, "Security", "isIncidentNotificationRequired", "incident");
    Args.notNull(awareness, "Security", "isIncidentNotificationRequired", "awareness");
    Args.notNull(prohibition, "Security", "isIncidentNotificationRequired", "prohibition");
    return required(incident, awareness, prohibition);
  }

  private static boolean required(IncidentStatus incident, Awareness awareness, LegalProhibition prohibition) {
    return incident == IncidentStatus.SECURITY_INCIDENT && awareness == Awareness.AWARE
        && prohibition == LegalProhibition.NOT_PROHIBITED;
  }

  /**
   * 7.3, explained; "unless prohibited by applicable law" is its own reason.
   *
   * @param incident whether there is a Security Incident
   * @param awareness whether Segment has become aware of it
   * @param prohibition whether applicable law prohibits notice
   * @return the decision, citing 7.3
   */
  @Decides("7.3")
  public static Decision<Boolean> incidentNotificationRequired(IncidentStatus incident, Awareness awareness,
      LegalProhibition prohibition) {
    Args.notNull(incident, "Security", "incidentNotificationRequired", "incident");
    Args.notNull(awareness, "Security", "incidentNotificationRequired", "awareness");
    Args.notNull(prohibition, "Security", "incidentNotificationRequired", "prohibition");
    return notification(incident, awareness, prohibition);
  }

  private static Decision<Boolean> notification(IncidentStatus incident, Awareness awareness, LegalProhibition prohibition) {
    if (required(incident, awareness, prohibition)) {
      return Decision.of(NOTIFICATION, true, Reason.of(Code.NOTICE_REQUIRED));
    }
    Decision.Builder<Boolean> d = Decision.builder(NOTIFICATION, false);
    if (incident == IncidentStatus.NOT_A_SECURITY_INCIDENT) {
      d.reason(Code.NOT_A_SECURITY_INCIDENT);
    }
    if (awareness == Awareness.NOT_AWARE) {
      d.reason(Code.NOT_AWARE);
    }
    if (prohibition == LegalProhibition.PROHIBITED_BY_LAW) {
      d.reason(Code.PROHIBITED_BY_LAW);
    }
    return d.build();
  }

  /**
   * 7.3 with Section 4: whether Segment must notify this Customer, knowing whose Personal Data the
   * Security Incident affects. Someone else's data never needs notice to this Customer (the
   * Addendum applies to Segment's Processing of Customer Personal Data under its Agreement with
   * Customer, 1 and 4); this Customer's Customer Personal Data does; other Personal Data Segment
   * Processes for or about this Customer (its employees' data excluded by 2.3, Usage Data) does only
   * under {@link Interpretation#INCIDENT_NOTICE_FOR_ANY_DATA_OF_CUSTOMER}. Otherwise as
   * {@link #isIncidentNotificationRequired(IncidentStatus, Awareness, LegalProhibition)}, which is this method for
   * {@link WhoseData#THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA}.
   *
   * @param incident whether there is a Security Incident (2.9)
   * @param awareness whether Segment has become aware of it
   * @param prohibition whether applicable law prohibits notice
   * @param whoseData whose Personal Data it affects
   * @param readings the chosen readings
   * @return true if notice to this Customer is required
   */
  public static boolean isIncidentNotificationRequired(IncidentStatus incident, Awareness awareness, LegalProhibition prohibition,
      WhoseData whoseData, Interpretations readings) {
    Args.notNull(incident, "Security", "isIncidentNotificationRequired", "incident");
    Args.notNull(awareness, "Security", "isIncidentNotificationRequired", "awareness");
    Args.notNull(prohibition, "Security", "isIncidentNotificationRequired", "prohibition");
    Args.notNull(whoseData, "Security", "isIncidentNotificationRequired", "whoseData");
    Args.notNull(readings, "Security", "isIncidentNotificationRequired", "readings");
    return concernsThisCustomer(whoseData, readings) && required(incident, awareness, prohibition);
  }

  /**
   * 7.3 with Section 4, from Segment's confirmation of a security event: the bare answer of
   * {@link #incidentNotificationRequired(SecurityEventConfirmed, LegalProhibition, Interpretations)}.
   *
   * @param event the confirmation
   * @param prohibition whether applicable law prohibits notice
   * @param readings the chosen readings
   * @return true if notice to this Customer is required
   */
  public static boolean isIncidentNotificationRequired(SecurityEventConfirmed event, LegalProhibition prohibition,
      Interpretations readings) {
    Args.notNull(event, "Security", "isIncidentNotificationRequired", "event");
    Args.notNull(prohibition, "Security", "isIncidentNotificationRequired", "prohibition");
    Args.notNull(readings, "Security", "isIncidentNotificationRequired", "readings");
    return concernsThisCustomer(event.getWhoseData(), readings)
        && required(IncidentStatus.of(Definitions.isSecurityIncident(event, readings)), Awareness.AWARE, prohibition);
  }

  private static boolean concernsThisCustomer(WhoseData whoseData, Interpretations readings) {
    switch (whoseData) {
      case THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA:
        return true;
      case OTHER_DATA_OF_THIS_CUSTOMER:
        return readings.is(Interpretation.INCIDENT_NOTICE_FOR_ANY_DATA_OF_CUSTOMER);
      default:
        return false;
    }
  }

  /**
   * 7.3 with Section 4, explained: as {@link #incidentNotificationRequired(IncidentStatus, Awareness, LegalProhibition)}
   * with one more condition, whose data it is; the reading of {@link Question#INCIDENT_DATA_SCOPE}
   * is recorded where it mattered (other data of this Customer).
   *
   * @param incident whether there is a Security Incident (2.9)
   * @param awareness whether Segment has become aware of it
   * @param prohibition whether applicable law prohibits notice
   * @param whoseData whose Personal Data it affects
   * @param readings the chosen readings
   * @return the decision, citing 7.3 (and 4 or 2.9 for whose data it is)
   */
  @Decides(value = "7.3", quotes = {"4", "2.9"})
  public static Decision<Boolean> incidentNotificationRequired(IncidentStatus incident, Awareness awareness,
      LegalProhibition prohibition, WhoseData whoseData, Interpretations readings) {
    Args.notNull(incident, "Security", "incidentNotificationRequired", "incident");
    Args.notNull(awareness, "Security", "incidentNotificationRequired", "awareness");
    Args.notNull(prohibition, "Security", "incidentNotificationRequired", "prohibition");
    Args.notNull(whoseData, "Security", "incidentNotificationRequired", "whoseData");
    Args.notNull(readings, "Security", "incidentNotificationRequired", "readings");
    return notification(incident, awareness, prohibition, whoseData, readings);
  }

  private static Decision<Boolean> notification(IncidentStatus incident, Awareness awareness, LegalProhibition prohibition,
      WhoseData whoseData, Interpretations readings) {
    boolean concerns = concernsThisCustomer(whoseData, readings);
    Decision<Boolean> base = notification(incident, awareness, prohibition);
    Decision.Builder<Boolean> d = Decision.builder(NOTIFICATION, base.isYes() && concerns);
    if (whoseData == WhoseData.OTHER_DATA_OF_THIS_CUSTOMER) {
      d.reading(readings.get(Question.INCIDENT_DATA_SCOPE));
      d.reason(concerns ? Code.OTHER_DATA_OF_CUSTOMER_COUNTS : Code.NOT_CUSTOMER_PERSONAL_DATA);
    } else if (whoseData == WhoseData.SOMEONE_ELSES_DATA) {
      d.reason(Code.SOMEONE_ELSES_DATA);
    }
    if (concerns || !base.isYes()) {
      base.getReasons().forEach(d::reason);
    }
    return d.build();
  }

  /**
   * 7.3 with Section 4, explained, from Segment's confirmation of a security event: Segment is
   * aware of what it confirmed, whether it is a Security Incident is decided by
   * {@link Definitions#isSecurityIncident(SecurityEventConfirmed, Interpretations)}, and whose data
   * it affects is {@link SecurityEventConfirmed#getWhoseData()}. This is the question the
   * obligation monitor asks when a confirmation arrives.
   *
   * @param event the confirmation
   * @param prohibition whether applicable law prohibits notice
   * @param readings the chosen readings
   * @return the decision, citing 7.3
   */
  public static Decision<Boolean> incidentNotificationRequired(SecurityEventConfirmed event, LegalProhibition prohibition,
      Interpretations readings) {
    Args.notNull(event, "Security", "incidentNotificationRequired", "event");
    Args.notNull(prohibition, "Security", "incidentNotificationRequired", "prohibition");
    Args.notNull(readings, "Security", "incidentNotificationRequired", "readings");
    return notification(IncidentStatus.of(Definitions.isSecurityIncident(event, readings)), Awareness.AWARE, prohibition,
        event.getWhoseData(), readings);
  }

  /**
   * 7.3: the status of a notice: not held back; not due while the law prohibits it; held back but
   * not unduly (a {@link DelayGround}: a law-enforcement request, or Segment's legitimate need to
   * investigate or remediate); or held back on no ground 7.3 excuses. A prohibition takes
   * precedence over the grounds, and grounds do not matter for a notice not held back.
   *
   * @param hold whether notice has been held back
   * @param grounds the grounds 7.3 excuses that the delay rests on (empty: none)
   * @param prohibition whether applicable law prohibits notice
   * @return the status
   */
  public static NoticeDelay noticeDelayOf(NoticeHold hold, Set<DelayGround> grounds, LegalProhibition prohibition) {
    Args.notNull(hold, "Security", "noticeDelayOf", "hold");
    Args.notNull(grounds, "Security", "noticeDelayOf", "grounds");
    Args.notNull(prohibition, "Security", "noticeDelayOf", "prohibition");
    return delay(hold, grounds, prohibition);
  }

  private static NoticeDelay delay(NoticeHold hold, Set<DelayGround> grounds, LegalProhibition prohibition) {
    if (prohibition == LegalProhibition.PROHIBITED_BY_LAW) {
      return NoticeDelay.NOTICE_PROHIBITED;
    }
    if (hold == NoticeHold.NOT_HELD_BACK) {
      return NoticeDelay.NOT_DELAYED;
    }
    return grounds.isEmpty() ? NoticeDelay.DELAY_NOT_EXCUSED : NoticeDelay.DELAY_NOT_UNDUE;
  }

  /**
   * 7.3, explained: the status of a notice, a status and never a date ("without undue delay" has
   * no number); each ground is its own reason.
   *
   * @param hold whether notice has been held back
   * @param grounds the grounds 7.3 excuses that the delay rests on (empty: none)
   * @param prohibition whether applicable law prohibits notice
   * @return the decision, citing 7.3
   */
  @Decides("7.3")
  public static Decision<NoticeDelay> noticeDelay(NoticeHold hold, Set<DelayGround> grounds, LegalProhibition prohibition) {
    Args.notNull(hold, "Security", "noticeDelay", "hold");
    Args.notNull(grounds, "Security", "noticeDelay", "grounds");
    Args.notNull(prohibition, "Security", "noticeDelay", "prohibition");
    NoticeDelay s = delay(hold, grounds, prohibition);
    Decision.Builder<NoticeDelay> d = Decision.builder(DELAY, s);
    switch (s) {
      case NOTICE_PROHIBITED:
        return d.reason(Code.PROHIBITED_BY_LAW).build();
      case NOT_DELAYED:
        return d.reason(Code.NOT_DELAYED).build();
      case DELAY_NOT_UNDUE:
        if (grounds.contains(DelayGround.LAW_ENFORCEMENT_REQUEST)) {
          d.reason(Code.LAW_ENFORCEMENT_DELAY);
        }
        if (grounds.contains(DelayGround.INVESTIGATION_OR_REMEDIATION)) {
          d.reason(Code.INVESTIGATION_DELAY);
        }
        return d.build();
      default:
        return d.reason(Code.UNEXCUSED_DELAY).build();
    }
  }

  /**
   * 7.3: whether a notice's content is complete: each {@link NoticeItem} is either described or
   * not possible to describe.
   *
   * @param described the items the notice describes
   * @param notPossible the items it is not possible to describe
   * @return true if complete
   */
  public static boolean isNoticeContentComplete(Set<NoticeItem> described, Set<NoticeItem> notPossible) {
    Args.notNull(described, "Security", "isNoticeContentComplete", "described");
    Args.notNull(notPossible, "Security", "isNoticeContentComplete", "notPossible");
    for (NoticeItem i : NoticeItem.values()) {
      if (!described.contains(i) && !notPossible.contains(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * 7.3, explained: one reason per {@link NoticeItem}: described, not possible, or missing.
   *
   * @param described the items the notice describes
   * @param notPossible the items it is not possible to describe
   * @return the decision, citing 7.3
   */
  @Decides("7.3")
  public static Decision<Boolean> noticeContentComplete(Set<NoticeItem> described, Set<NoticeItem> notPossible) {
    Args.notNull(described, "Security", "noticeContentComplete", "described");
    Args.notNull(notPossible, "Security", "noticeContentComplete", "notPossible");
    Decision.Builder<Boolean> d = Decision.builder(CONTENT, isNoticeContentComplete(described, notPossible));
    for (NoticeItem i : NoticeItem.values()) {
      d.reason(described.contains(i) ? Code.CONTENT_GIVEN : notPossible.contains(i) ? Code.CONTENT_NOT_POSSIBLE : Code.CONTENT_MISSING, i);
    }
    return d.build();
  }

  /**
   * 7.3, the deeming provision {@link Deeming#NO_ADMISSION_OF_FAULT}: whether a communication is
   * protected from being construed as an acknowledgement of fault or liability, as Segment's
   * notification of or response to a Security Incident under 7.3 is.
   *
   * @param communication whether it is a notification of or response to a Security Incident under 7.3
   * @return true for a notification or response under 7.3
   */
  public static boolean isNoAdmissionOfFault(IncidentCommunication communication) {
    Args.notNull(communication, "Security", "isNoAdmissionOfFault", "communication");
    return Deeming.NO_ADMISSION_OF_FAULT.consequenceFollows(communication == IncidentCommunication.NOTIFICATION_OR_RESPONSE_UNDER_7_3);
  }

  /**
   * 7.3, explained form of {@link #isNoAdmissionOfFault}: no admission of fault.
   *
   * @param communication whether it is a notification of or response to a Security Incident under 7.3
   * @return the decision, citing 7.3
   */
  @Encodes(Deeming.NO_ADMISSION_OF_FAULT)
  public static Decision<Boolean> noAdmissionOfFault(IncidentCommunication communication) {
    Args.notNull(communication, "Security", "noAdmissionOfFault", "communication");
    boolean yes = isNoAdmissionOfFault(communication);
    return Decision.of(FAULT, yes, Reason.of(yes ? Code.NOT_AN_ACKNOWLEDGEMENT : Code.OUTSIDE_7_3));
  }

  // ---------------------------------------------------------------- A.2.1.1

  /**
   * A.2.1.1 and A.3: whether Segment owes reasonable assistance with a GDPR article: only where
   * Annex A applies (4); for Articles 35 and 36 (impact assessments and prior consultation) the
   * specific A.3 applies instead, under which Segment "may" reasonably assist (a permission, not a
   * duty); otherwise exactly where the article puts an obligation on Customer as controller
   * ({@link #isControllerObliged}), since the assistance is "necessary for Customer to comply with its
   * obligations": Articles 32 to 34, named expressly, among them; Article 1, which states the
   * Regulation's subject matter, not among them.
   *
   * @param gdprArticle the GDPR article, 1 to 99
   * @param governedByEuDataProtectionLaw whether the Processing is governed by EU Data Protection Law
   * @return true if assistance is owed
   * @throws IllegalArgumentException if the article is not 1 to 99
   */
  public static boolean isSecurityAssistanceOwed(int gdprArticle, boolean governedByEuDataProtectionLaw) {
    if (gdprArticle < FIRST_GDPR_ARTICLE || gdprArticle > LAST_GDPR_ARTICLE) {
      throw new IllegalArgumentException("Security.isSecurityAssistanceOwed: gdprArticle = " + gdprArticle
          + ": the GDPR has Articles " + FIRST_GDPR_ARTICLE + " to " + LAST_GDPR_ARTICLE);
    }
    return governedByEuDataProtectionLaw && !isImpactAssessmentArticle(gdprArticle) && OBLIGES_CONTROLLER.get(gdprArticle);
  }

  /**
   * Whether an article of the GDPR puts an obligation on the controller (the table of
   * docs/legal-background.md): 5 to 22, 24 to 38, 44, 46, 49 and 89.
   *
   * @param gdprArticle the article, 1 to 99
   * @return true if it obliges the controller
   * @throws IllegalArgumentException if the article is not 1 to 99
   */
  public static boolean isControllerObliged(int gdprArticle) {
    if (gdprArticle < FIRST_GDPR_ARTICLE || gdprArticle > LAST_GDPR_ARTICLE) {
      throw new IllegalArgumentException("Security.isControllerObliged: gdprArticle = " + gdprArticle
          + ": the GDPR has Articles " + FIRST_GDPR_ARTICLE + " to " + LAST_GDPR_ARTICLE);
    }
    return OBLIGES_CONTROLLER.get(gdprArticle);
  }

  /**
   * A.2.1.1, explained form of {@link #isControllerObliged}: whether the article is one Customer
   * must comply with as controller, for which Segment's assistance can be "necessary for Customer
   * to comply with its obligations".
   *
   * @param gdprArticle the article, 1 to 99
   * @return the decision, citing A.2.1.1
   * @throws IllegalArgumentException if the article is not 1 to 99
   */
  @Decides("A.2.1.1")
  public static Decision<Boolean> controllerObliged(int gdprArticle) {
    boolean yes = isControllerObliged(gdprArticle);
    return Decision.of(CONTROLLER, yes, Reason.of(yes ? Code.CONTROLLER_OBLIGED : Code.NO_CUSTOMER_OBLIGATION, gdprArticle));
  }

  private static BitSet articles(int[][] ranges) {
    BitSet b = new BitSet(LAST_GDPR_ARTICLE + 1);
    for (int[] r : ranges) {
      b.set(r[0], r[1] + 1);
    }
    return b;
  }

  private static boolean isImpactAssessmentArticle(int article) {
    return article == 35 || article == 36;
  }

  /**
   * A.2.1.1, explained.
   *
   * @param gdprArticle the GDPR article, 1 to 99
   * @param governedByEuDataProtectionLaw whether the Processing is governed by EU Data Protection Law
   * @return the decision, citing A.2.1.1 (or 4, or A.3)
   */
  @Decides(value = {"A.2.1.1", "A.3"}, quotes = "4")
  public static Decision<Boolean> securityAssistanceOwed(int gdprArticle, boolean governedByEuDataProtectionLaw) {
    boolean yes = isSecurityAssistanceOwed(gdprArticle, governedByEuDataProtectionLaw);
    if (!governedByEuDataProtectionLaw) {
      return Decision.of(ASSISTANCE, yes, Reason.of(Code.ANNEX_A_NOT_APPLICABLE));
    }
    if (isImpactAssessmentArticle(gdprArticle)) {
      return Decision.of(ASSISTANCE, false, Reason.of(Code.IMPACT_ASSESSMENT, gdprArticle));
    }
    if (!yes) {
      return Decision.of(ASSISTANCE, false, Reason.of(Code.NO_CUSTOMER_OBLIGATION, gdprArticle));
    }
    return Decision.of(ASSISTANCE, true,
        Reason.of(gdprArticle >= 32 && gdprArticle <= 34 ? Code.ARTICLES_32_TO_34 : Code.OTHER_ARTICLE, gdprArticle));
  }

  // ---------------------------------------------------------------- A.2.1.2

  /**
   * A.2.1.2: whether a person may be granted access to Customer Personal Data: they need it for
   * the scope of their job duties and are subject to appropriate confidentiality obligations.
   *
   * @param need whether they need access for the scope of their job duties
   * @param confidentiality whether they are subject to appropriate confidentiality obligations
   * @return true if access may be granted
   */
  public static boolean isPersonnelAccessAllowed(JobNeed need, ConfidentialityObligation confidentiality) {
    Args.notNull(need, "Security", "isPersonnelAccessAllowed", "need");
    Args.notNull(confidentiality, "Security", "isPersonnelAccessAllowed", "confidentiality");
    return need == JobNeed.NEEDED_FOR_JOB_DUTIES && confidentiality == ConfidentialityObligation.SUBJECT_TO_CONFIDENTIALITY;
  }

  /**
   * A.2.1.2, explained; a refusal gives every failing condition.
   *
   * @param need whether they need access for the scope of their job duties
   * @param confidentiality whether they are subject to appropriate confidentiality obligations
   * @return the decision, citing A.2.1.2
   */
  @Decides("A.2.1.2")
  public static Decision<Boolean> personnelAccessAllowed(JobNeed need, ConfidentialityObligation confidentiality) {
    Args.notNull(need, "Security", "personnelAccessAllowed", "need");
    Args.notNull(confidentiality, "Security", "personnelAccessAllowed", "confidentiality");
    boolean yes = isPersonnelAccessAllowed(need, confidentiality);
    if (yes) {
      return Decision.of(ACCESS, true, Reason.of(Code.ACCESS_ALLOWED));
    }
    Decision.Builder<Boolean> d = Decision.builder(ACCESS, false);
    if (need == JobNeed.NOT_NEEDED_FOR_JOB_DUTIES) {
      d.reason(Code.NO_NEED);
    }
    if (confidentiality == ConfidentialityObligation.NOT_SUBJECT_TO_CONFIDENTIALITY) {
      d.reason(Code.NO_CONFIDENTIALITY);
    }
    return d.build();
  }

  /**
   * A.2.1.2: whether Customer must inform Segment without delay and direct the requester to
   * Segment's privacy contact: the requester is an employee of Customer exercising rights under
   * EU Data Protection Laws in respect of Usage Data that is Personal Data.
   *
   * @param requester who makes the request
   * @param data the data the request concerns
   * @param terms the contract's terms (the explained form names their privacy contact)
   * @return true if Customer must forward the request
   */
  public static boolean isUsageDataRequestForwarded(SubjectKind requester, DataDescriptor data, DpaTerms terms) {
    return isUsageDataRequestForwarded(requester, data, DataProtectionLaw.EU_DATA_PROTECTION_LAW, terms);
  }

  /**
   * A.2.1.2: whether Customer must inform Segment without delay and direct the requester to
   * Segment's privacy contact, knowing under which law the rights are exercised: only rights under
   * EU Data Protection Laws are referred. For CCPA rights over Usage Data B.6 makes Segment the
   * business, and for other laws the Addendum is silent: Customer has no referral duty in either case.
   *
   * @param requester who makes the request
   * @param data the data the request concerns
   * @param law the law under which the requester exercises rights
   * @param terms the contract's terms (the explained form names their privacy contact)
   * @return true if Customer must forward the request
   */
  public static boolean isUsageDataRequestForwarded(SubjectKind requester, DataDescriptor data, DataProtectionLaw law,
      DpaTerms terms) {
    Args.notNull(requester, "Security", "isUsageDataRequestForwarded", "requester");
    Args.notNull(data, "Security", "isUsageDataRequestForwarded", "data");
    Args.notNull(law, "Security", "isUsageDataRequestForwarded", "law");
    Args.notNull(terms, "Security", "isUsageDataRequestForwarded", "terms");
    return requester == SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE && data.getOrigin() == DataOrigin.USAGE_DATA
        && Definitions.isPersonalData(data) && law == DataProtectionLaw.EU_DATA_PROTECTION_LAW;
  }

  /**
   * A.2.1.2, explained, naming the contact address from the terms
   * ({@link DpaTerms#getPrivacyContact()}), for rights exercised under EU Data Protection Laws
   * (what A.2.1.2 speaks of); {@link #usageDataRequestForwarded(SubjectKind, DataDescriptor, DataProtectionLaw, DpaTerms)}
   * takes the law as an input.
   *
   * @param requester who makes the request
   * @param data the data the request concerns
   * @param terms the contract's terms
   * @return the decision, citing A.2.1.2
   */
  @Decides("A.2.1.2")
  public static Decision<Boolean> usageDataRequestForwarded(SubjectKind requester, DataDescriptor data, DpaTerms terms) {
    return usageDataRequestForwarded(requester, data, DataProtectionLaw.EU_DATA_PROTECTION_LAW, terms);
  }

  /**
   * A.2.1.2, explained, knowing under which law the rights are exercised: a referral for rights
   * under EU Data Protection Laws; for CCPA rights over Usage Data that is Personal Data, B.6 (Segment
   * is the business for it); for other laws, the Addendum's silence. A no gives every failing
   * condition.
   *
   * @param requester who makes the request
   * @param data the data the request concerns
   * @param law the law under which the requester exercises rights
   * @param terms the contract's terms
   * @return the decision, citing A.2.1.2 (and B.6 for CCPA rights)
   */
  @Decides(value = "A.2.1.2", quotes = "B.6")
  public static Decision<Boolean> usageDataRequestForwarded(SubjectKind requester, DataDescriptor data, DataProtectionLaw law,
      DpaTerms terms) {
    Args.notNull(requester, "Security", "usageDataRequestForwarded", "requester");
    Args.notNull(data, "Security", "usageDataRequestForwarded", "data");
    Args.notNull(law, "Security", "usageDataRequestForwarded", "law");
    Args.notNull(terms, "Security", "usageDataRequestForwarded", "terms");
    boolean yes = isUsageDataRequestForwarded(requester, data, law, terms);
    if (yes) {
      return Decision.of(USAGE, true, Reason.of(Code.FORWARD_USAGE_DATA_REQUEST, terms.getPrivacyContact()));
    }
    Decision.Builder<Boolean> d = Decision.builder(USAGE, false);
    if (requester != SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE) {
      d.reason(Code.NOT_CUSTOMER_EMPLOYEE, requester);
    }
    if (data.getOrigin() != DataOrigin.USAGE_DATA) {
      d.reason(Code.NOT_USAGE_DATA, data.getOrigin());
    }
    if (!Definitions.isPersonalData(data)) {
      d.reason(Code.USAGE_DATA_NOT_PERSONAL);
    }
    if (law != DataProtectionLaw.EU_DATA_PROTECTION_LAW) {
      d.reason(Code.NOT_EU_RIGHTS, law);
      boolean usagePersonal = data.getOrigin() == DataOrigin.USAGE_DATA && Definitions.isPersonalData(data);
      if (usagePersonal) {
        d.reason(law == DataProtectionLaw.CCPA ? Code.SEGMENT_BUSINESS_FOR_USAGE_DATA : Code.SILENT_FOR_OTHER_LAWS);
      }
    }
    return d.build();
  }
}
