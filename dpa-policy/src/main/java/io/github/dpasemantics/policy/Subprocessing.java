package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.contract.TermKey;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.event.NoticeChannel;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.ObjectionMade;
import io.github.dpasemantics.model.event.SubprocessorEngaged;
import io.github.dpasemantics.model.event.SubprocessorFirstProcessing;
import io.github.dpasemantics.model.event.SubprocessorNoticeGiven;
import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.Subprocessor;
import io.github.dpasemantics.model.time.DeadlineRule;
import io.github.dpasemantics.model.time.Window;
import io.github.dpasemantics.policy.fact.Form;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 6. Subprocessing: who may be engaged, when Customer must be told, and what an objection does.
 *
 * <p>6.1: "Customer specifically authorizes Segment to use its Affiliates as Subprocessors, and
 * generally authorizes Segment to engage Third Party Subprocessors to Process Customer Personal
 * Data. Segment: 6.1.1 shall enter into a written agreement with each Subprocessor, imposing data
 * protection obligations substantially similar to those set out in this Addendum; and 6.1.2
 * remains liable for compliance with the obligations of this Addendum and for any acts or
 * omissions of the Subprocessor that cause Segment to breach any of its obligations under this
 * Addendum."
 *
 * <p>6.3: "When any new Third Party Subprocessor is engaged, Segment will notify Customer of the
 * engagement, which notice may be given by updating the Subprocessor Page and via a message
 * through Customer's Segment Workspace. Segment will give such notice at least ten (10) calendar
 * days before the new Subprocessor Processes any Customer Personal Data, except that if Segment
 * reasonably believes engaging a new Subprocessor on an expedited basis is necessary to protect
 * the confidentiality, integrity or availability of the Customer Personal Data or avoid material
 * disruption to the Services, Segment will give such notice as soon as reasonably practicable.
 * If, within five (5) calendar days after such notice, Customer notifies Segment in writing that
 * Customer objects to Segment's appointment of a new Third Party Subprocessor based on reasonable
 * data protection concerns, the parties will discuss such concerns in good faith and whether they
 * can be resolved. If the parties are not able to mutually agree to a resolution of such
 * concerns, Customer, as its sole and exclusive remedy, may terminate the Agreement for
 * convenience."
 *
 * <p>Readings (see {@code docs/interpretations.md}): notice given through both channels on
 * different days is complete on the later day ({@link Interpretation#NOTICE_ON_LATER_CHANNEL},
 * option {@link Interpretation#NOTICE_ON_EARLIER_CHANNEL}); "at least ten days before P" is met
 * on or before P − 10 ({@link Interpretation#ADVANCE_NOTICE_NOMINAL_DAYS}, option
 * {@link Interpretation#ADVANCE_NOTICE_CLEAR_DAYS}: P − 11); the objection window is
 * (notice, notice + 5], the notice day itself not counted; weekends and holidays do not move a
 * last day unless {@link Interpretation#ROLL_FORWARD_TO_BUSINESS_DAY} is chosen. Expedited notice
 * "as soon as reasonably practicable" has no computable date: it is a status. The text sets no
 * deadline for the termination for convenience that follows an unresolved objection.
 *
 * <p>Every method is pure, deterministic and thread-safe; numbers come only from
 * {@link DpaTerms}, date arithmetic only from {@link DeadlineRule}.
 */
@NotDecidable(clause = "6.2", reason = "a pointer to the Subprocessor Page and its updates; nothing to decide between the parties")
public final class Subprocessing {
  private static final String NOTICE_REQUIRED = "Subprocessing.noticeRequired";
  private static final String AUTHORIZATION = "Subprocessing.authorization";
  private static final String NOTICE_GIVEN = "Subprocessing.notice";
  private static final String LATEST_TIMELY_NOTICE = "Subprocessing.latestTimelyNotice";
  private static final String NOTICE_TIMELY = "Subprocessing.noticeTiming";
  private static final String OBJECTION_DEADLINE = "Subprocessing.objectionDeadline";
  private static final String OBJECTION_ALLOWED = "Subprocessing.objectionAllowed";
  private static final String OBJECTION_TIMELY = "Subprocessing.objectionTimely";
  private static final String OBJECTION_OUTCOME = "Subprocessing.objectionOutcome";
  private static final String SUBPROCESSOR_AGREEMENT = "Subprocessing.subprocessorAgreementCompliant";
  private static final String LIABILITY = "Subprocessing.segmentLiable";

  private static final DeadlineRule.AtLeastDaysBefore ADVANCE_NOTICE =
      (DeadlineRule.AtLeastDaysBefore) DeadlineRule.atLeastDaysBefore(TermKey.SUBPROCESSOR_NOTICE_DAYS);
  private static final DeadlineRule.WithinDaysAfter OBJECTION_WINDOW =
      (DeadlineRule.WithinDaysAfter) DeadlineRule.withinDaysAfter(TermKey.OBJECTION_DAYS);

  /**
   * 6.3: the deadline rule for Customer's termination for convenience after an unresolved
   * objection: {@link DeadlineRule#none()}, since the text sets none.
   */
  public static final DeadlineRule TERMINATION_FOR_CONVENIENCE_DEADLINE = DeadlineRule.none();

  private Subprocessing() {}

  /** Reason codes of 6 (and 5.2 where it excludes Sources and Destinations): constants, so decisions allocate no strings. */
  public enum Code implements ReasonCode {
    /** 6.3: a new Third Party Subprocessor is engaged, so notice is owed. */
    NOTICE_FOR_NEW_THIRD_PARTY_SUBPROCESSOR("6.3",
        "when any new Third Party Subprocessor is engaged, Segment will notify Customer of the engagement; this is a new Third Party Subprocessor"),
    /** 6.3: the Third Party Subprocessor is not new, so no notice of engagement is owed. */
    NO_NOTICE_NOT_NEW("6.3",
        "notice is owed only \"when any new Third Party Subprocessor is engaged\"; this Subprocessor is not newly engaged"),
    /** 6.3: notice covers only Third Party Subprocessors; an Affiliate is none (2.11). */
    NO_NOTICE_AFFILIATE("6.3",
        "6.3 requires notice only \"when any new Third Party Subprocessor is engaged\", and an Affiliate of Segment is not one"),
    /** 2.11: an Affiliate is not a Third Party Subprocessor. */
    AFFILIATE_NOT_THIRD_PARTY("2.11",
        "a \"Third Party Subprocessor\" means any Subprocessor who is not an Affiliate of Segment; this Subprocessor is an Affiliate"),
    /** 5.2: Sources and Destinations are not Subprocessors. */
    NO_NOTICE_SOURCE_OR_DESTINATION("5.2",
        "neither Sources nor Destinations are Subprocessors of Segment, so their use needs no notice under 6.3"),
    /** 6.1: specific authorization of Affiliates. */
    AFFILIATE_SPECIFICALLY_AUTHORIZED("6.1", "Customer specifically authorizes Segment to use its Affiliates as Subprocessors"),
    /** 6.1: general authorization of Third Party Subprocessors. */
    THIRD_PARTY_GENERALLY_AUTHORIZED("6.1",
        "Customer generally authorizes Segment to engage Third Party Subprocessors to Process Customer Personal Data, subject to notice and objection under 6.3"),
    /** 5.2: a Source or Destination is not a Subprocessor at all. */
    NOT_A_SUBPROCESSOR("5.2",
        "neither Sources nor Destinations are Subprocessors of Segment; Customer is solely responsible for their Processing"),
    /** 6.3: notice complete on the later channel. */
    NOTICE_ON_LATER_CHANNEL("6.3",
        "notice may be given by updating the Subprocessor Page (on {0}) and via a message through Customer's Segment Workspace (on {1}); read as complete when both are done, notice was given on {2}"),
    /** 6.3: notice complete on the earlier channel. */
    NOTICE_ON_EARLIER_CHANNEL("6.3",
        "notice may be given by updating the Subprocessor Page (on {0}) and via a message through Customer's Segment Workspace (on {1}); read as complete on either, notice was given on {2}"),
    /** 6.3: the latest day for timely notice. */
    LATEST_TIMELY_NOTICE("6.3",
        "Segment will give such notice at least {1} calendar days before the new Subprocessor Processes any Customer Personal Data (first on {0}): the latest timely notice day is {2}"),
    /** 6.3: notice on or before the latest timely day. */
    NOTICE_AT_LEAST_DAYS_BEFORE("6.3",
        "notice on {0} was given at least {1} calendar days before the new Subprocessor first Processes Customer Personal Data on {2} (latest timely day {3})"),
    /** 6.3: notice after the latest timely day, no expedited engagement. */
    NOTICE_LATE("6.3",
        "notice on {0} was not given at least {1} calendar days before the new Subprocessor first Processes Customer Personal Data on {2} (latest timely day {3})"),
    /** 6.3: the expedited-engagement exception applies; the standard is qualitative. */
    EXPEDITED_AS_SOON_AS_REASONABLY_PRACTICABLE("6.3",
        "Segment reasonably believes engaging the new Subprocessor on an expedited basis is necessary to {0}, so notice is due as soon as reasonably practicable, which sets no computable date"),
    /** 6.3: the objection deadline. */
    OBJECTION_DEADLINE("6.3",
        "Customer may object within {1} calendar days after such notice (given on {0}): the last day to object is {2}"),
    /** 6.3: objection inside the window. */
    OBJECTION_WITHIN_WINDOW("6.3",
        "the objection on {0} was made within {1} calendar days after notice on {2} (last day {3})"),
    /** 6.3: objection made before the notice it answers. */
    OBJECTION_BEFORE_WINDOW("6.3",
        "the objection on {0} came before the notice on {2}, so it does not answer it (the {1} calendar days run after notice)"),
    /** 6.3: objection after the window closed. */
    OBJECTION_AFTER_WINDOW("6.3",
        "the objection on {0} was not made within {1} calendar days after notice on {2} (last day {3})"),
    /** 6.3: objection made in writing. */
    OBJECTION_IN_WRITING("6.3", "Customer notified Segment in writing that it objects"),
    /** 6.3: objection not in writing. */
    OBJECTION_NOT_IN_WRITING("6.3", "6.3 requires Customer to notify Segment in writing that it objects; this objection was not in writing"),
    /** 6.3: objection based on reasonable data protection concerns. */
    OBJECTION_ON_DATA_PROTECTION_GROUNDS("6.3", "the objection is based on reasonable data protection concerns"),
    /** 6.3: objection not based on reasonable data protection concerns. */
    OBJECTION_NOT_ON_DATA_PROTECTION_GROUNDS("6.3",
        "6.3 requires the objection to be based on reasonable data protection concerns; this objection is not"),
    /** 6.3: an objection outside 6.3 sets nothing in motion. */
    OBJECTION_HAS_NO_EFFECT("6.3",
        "the objection does not meet 6.3, so neither good-faith discussion nor termination for convenience follows from it"),
    /** 6.3: good-faith discussion. */
    GOOD_FAITH_DISCUSSION("6.3", "the parties will discuss such concerns in good faith and whether they can be resolved"),
    /** 6.3: the engagement is not suspended by the objection. */
    ENGAGEMENT_NOT_SUSPENDED("6.3", "6.3 does not make an objection suspend or block the engagement"),
    /** 6.3: concerns resolved by mutual agreement. */
    CONCERNS_RESOLVED("6.3", "the parties mutually agreed to a resolution of the concerns"),
    /** 6.3: termination for convenience as sole and exclusive remedy. */
    TERMINATION_SOLE_AND_EXCLUSIVE_REMEDY("6.3",
        "the parties were not able to mutually agree to a resolution, so Customer, as its sole and exclusive remedy, may terminate the Agreement for convenience"),
    /** 6.3: no deadline for that termination. */
    NO_TERMINATION_DEADLINE("6.3", "the text sets no deadline for exercising that termination for convenience"),
    /** 6.1.1: written agreement with substantially similar obligations. */
    WRITTEN_AGREEMENT_SUBSTANTIALLY_SIMILAR("6.1.1",
        "Segment entered into a written agreement with the Subprocessor imposing data protection obligations substantially similar to those of this Addendum"),
    /** 6.1.1: no written agreement. */
    NO_WRITTEN_AGREEMENT("6.1.1", "Segment shall enter into a written agreement with each Subprocessor; there is none"),
    /** 6.1.1: the obligations fall short of substantially similar. */
    OBLIGATIONS_NOT_SUBSTANTIALLY_SIMILAR("6.1.1",
        "the agreement does not impose data protection obligations substantially similar to those set out in this Addendum"),
    /** 6.1.1 against GDPR Art. 28(4): a finding. */
    GDPR_ART_28_4_REQUIRES_SAME("6.1.1",
        "finding: 6.1.1 asks for \"substantially similar\" obligations where GDPR Art. 28(4) asks for \"the same\" data protection obligations; these are similar, not the same"),
    /** 6.1.2: Segment liable for the Subprocessor's act or omission. */
    SEGMENT_LIABLE_FOR_SUBPROCESSOR("6.1.2",
        "Segment remains liable for any acts or omissions of the Subprocessor that cause Segment to breach any of its obligations under this Addendum"),
    /** 6.1.2: the act caused no breach by Segment. */
    NO_BREACH_CAUSED("6.1.2",
        "Segment is liable for a Subprocessor's acts or omissions only where they cause Segment to breach its obligations under this Addendum; this one did not"),
    /** 5.2: Customer, not Segment, answers for Sources and Destinations. */
    CUSTOMER_RESPONSIBLE_FOR_SOURCES_AND_DESTINATIONS("5.2",
        "between the parties, Customer is solely responsible for the Processing of Customer Personal Data by, and other acts and omissions of, Sources and Destinations"),
    /** 3.2: liabilities under the Addendum are subject to the Agreement's limitations. */
    LIABILITY_LIMITED_BY_AGREEMENT("3.2", "any liabilities arising under this Addendum are subject to the limitations of liability in the Agreement");

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

  /** How 6.1 authorizes a party Segment uses to Process Customer Personal Data. */
  public enum Authorization {
    /** An Affiliate of Segment: specifically authorized (6.1); no notice under 6.3. */
    SPECIFIC,
    /** A Third Party Subprocessor: generally authorized (6.1), subject to notice and objection (6.3). */
    GENERAL,
    /** A Source or Destination: not a Subprocessor at all (5.2); 6 does not apply. */
    NOT_A_SUBPROCESSOR
  }

  /** Whether advance notice of a new Third Party Subprocessor was timely (6.3). */
  public enum NoticeTiming {
    /** Given at least N calendar days before first processing. */
    TIMELY,
    /** Not given at least N calendar days before first processing, and no named expedited reason. */
    LATE,
    /**
     * Not given N days ahead, but the engagement was expedited for a reason 6.3 names: notice is
     * due "as soon as reasonably practicable", which has no computable date; whether it met that
     * standard is a question of fact the text does not reduce to a day.
     */
    AS_SOON_AS_REASONABLY_PRACTICABLE
  }

  /** Where the good-faith discussion of an objection stands (6.3). */
  public enum Discussion {
    /** The parties are still discussing the concerns. */
    ONGOING,
    /** The parties mutually agreed to a resolution. */
    RESOLVED,
    /** The parties were not able to mutually agree to a resolution. */
    NOT_RESOLVED
  }

  /** What an objection leads to (6.3). */
  public enum ObjectionOutcome {
    /** The objection does not meet 6.3 (late, not written, or not on reasonable data protection grounds). */
    NO_EFFECT,
    /** Good-faith discussion of the concerns; the engagement is not suspended. */
    GOOD_FAITH_DISCUSSION,
    /** The concerns were resolved by mutual agreement. */
    RESOLVED,
    /** Customer may terminate the Agreement for convenience, its sole and exclusive remedy; no deadline is set. */
    TERMINATION_FOR_CONVENIENCE_AVAILABLE
  }

  /** How the data protection obligations of a Subprocessor agreement compare with the Addendum's (6.1.1). */
  public enum SubprocessorObligations {
    /** The same obligations as the Addendum (what GDPR Art. 28(4) asks for). */
    SAME,
    /** Substantially similar, not the same (what 6.1.1 asks for). */
    SUBSTANTIALLY_SIMILAR,
    /** Short of substantially similar. */
    NOT_SUBSTANTIALLY_SIMILAR
  }

  // ---------------------------------------------------------------- 6.1 authorization

  /**
   * 6.1, 5.2: how a party of the given kind is authorized as a Subprocessor.
   *
   * @param kind {@link PartyKind#SEGMENT_AFFILIATE}, {@link PartyKind#THIRD_PARTY_SUBPROCESSOR}
   *     or {@link PartyKind#SOURCE_OR_DESTINATION}
   * @return the authorization
   * @throws IllegalArgumentException for any other kind (resolve {@link PartyKind#SUBPROCESSOR}
   *     with {@link #authorizationOf(Subprocessor, AffiliateGraph, String)})
   */
  public static Authorization authorizationOf(PartyKind kind) {
    switch (requireEngagedKind(kind, "authorizationOf")) {
      case SEGMENT_AFFILIATE:
        return Authorization.SPECIFIC;
      case THIRD_PARTY_SUBPROCESSOR:
        return Authorization.GENERAL;
      default:
        return Authorization.NOT_A_SUBPROCESSOR;
    }
  }

  /**
   * 6.1: how a Subprocessor is authorized, resolving whether it is an Affiliate of Segment
   * through the affiliate graph when its kind does not say.
   *
   * @param subprocessor the Subprocessor
   * @param graph the control relations (2.1)
   * @param segmentId Segment's party id
   * @return {@link Authorization#SPECIFIC} or {@link Authorization#GENERAL}
   */
  public static Authorization authorizationOf(Subprocessor subprocessor, AffiliateGraph graph, String segmentId) {
    return authorizationOf(kindOf(subprocessor, graph, segmentId, "authorizationOf"));
  }

  /**
   * 6.1, 5.2: explained form of {@link #authorizationOf(PartyKind)}.
   *
   * @param kind the engaged party's kind (see {@link #authorizationOf(PartyKind)})
   * @return the decision
   */
  @Decides(value = "6.1", quotes = "5.2")
  public static Decision<Authorization> authorization(PartyKind kind) {
    Args.notNull(kind, "Subprocessing", "authorization", "kind");
    Authorization a = authorizationOf(kind);
    Code code = a == Authorization.SPECIFIC ? Code.AFFILIATE_SPECIFICALLY_AUTHORIZED
        : a == Authorization.GENERAL ? Code.THIRD_PARTY_GENERALLY_AUTHORIZED : Code.NOT_A_SUBPROCESSOR;
    return Decision.of(AUTHORIZATION, a, Reason.of(code));
  }

  /**
   * 6.1, 5.2: explained form of {@link #authorizationOf(Subprocessor, AffiliateGraph, String)},
   * resolving whether the Subprocessor is an Affiliate of Segment through the affiliate graph (2.1).
   *
   * @param subprocessor the Subprocessor
   * @param graph the control relations (2.1)
   * @param segmentId Segment's party id
   * @return the decision
   */
  public static Decision<Authorization> authorization(Subprocessor subprocessor, AffiliateGraph graph, String segmentId) {
    return authorization(kindOf(subprocessor, graph, segmentId, "authorization"));
  }

  // ---------------------------------------------------------------- 6.3 notice required

  /**
   * 6.3, 6.1, 5.2: whether Segment owes Customer notice of an engagement. Only a new Third Party
   * Subprocessor needs notice: Affiliates are specifically authorized (6.1) and Sources and
   * Destinations are never Subprocessors (5.2).
   *
   * @param kind {@link PartyKind#SEGMENT_AFFILIATE}, {@link PartyKind#THIRD_PARTY_SUBPROCESSOR}
   *     or {@link PartyKind#SOURCE_OR_DESTINATION}
   * @param isNewEngagement whether the party is newly engaged (not already a Subprocessor)
   * @return true iff a new Third Party Subprocessor is engaged
   * @throws IllegalArgumentException for any other kind
   */
  public static boolean isNoticeRequired(PartyKind kind, boolean isNewEngagement) {
    return requireEngagedKind(kind, "isNoticeRequired") == PartyKind.THIRD_PARTY_SUBPROCESSOR && isNewEngagement;
  }

  /**
   * 6.3, 6.1, 5.2: explained form of {@link #isNoticeRequired(PartyKind, boolean)}.
   *
   * @param kind the engaged party's kind
   * @param isNewEngagement whether it is newly engaged
   * @return the decision
   */
  @Decides(value = {"6.1", "6.3"}, quotes = {"2.11", "5.2"})
  public static Decision<Boolean> noticeRequired(PartyKind kind, boolean isNewEngagement) {
    Args.notNull(kind, "Subprocessing", "noticeRequired", "kind");
    boolean required = isNoticeRequired(kind, isNewEngagement);
    if (kind == PartyKind.SEGMENT_AFFILIATE) {
      return Decision.of(NOTICE_REQUIRED, false, Reason.of(Code.AFFILIATE_SPECIFICALLY_AUTHORIZED),
          Reason.of(Code.AFFILIATE_NOT_THIRD_PARTY), Reason.of(Code.NO_NOTICE_AFFILIATE));
    }
    Code code = kind == PartyKind.SOURCE_OR_DESTINATION ? Code.NO_NOTICE_SOURCE_OR_DESTINATION
        : required ? Code.NOTICE_FOR_NEW_THIRD_PARTY_SUBPROCESSOR : Code.NO_NOTICE_NOT_NEW;
    return Decision.of(NOTICE_REQUIRED, required, Reason.of(code));
  }

  /**
   * 6.3, 6.1: whether engaging this Subprocessor needs notice, resolving whether it is an
   * Affiliate of Segment through the affiliate graph when its kind does not say.
   *
   * @param subprocessor the Subprocessor
   * @param graph the control relations (2.1)
   * @param segmentId Segment's party id
   * @param isNewEngagement whether it is newly engaged
   * @return the decision
   */
  public static Decision<Boolean> noticeRequired(Subprocessor subprocessor, AffiliateGraph graph, String segmentId,
      boolean isNewEngagement) {
    return noticeRequired(kindOf(subprocessor, graph, segmentId, "noticeRequired"), isNewEngagement);
  }

  /**
   * 6.3, 6.1: bare form of {@link #noticeRequired(Subprocessor, AffiliateGraph, String, boolean)}.
   *
   * @param subprocessor the Subprocessor
   * @param graph the control relations (2.1)
   * @param segmentId Segment's party id
   * @param isNewEngagement whether it is newly engaged
   * @return true iff a new Third Party Subprocessor is engaged
   */
  public static boolean isNoticeRequired(Subprocessor subprocessor, AffiliateGraph graph, String segmentId,
      boolean isNewEngagement) {
    return isNoticeRequired(kindOf(subprocessor, graph, segmentId, "isNoticeRequired"), isNewEngagement);
  }

  /**
   * 6.3, 6.1: bare form of {@link #noticeRequired(SubprocessorEngaged)}; an engagement is new by
   * definition.
   *
   * @param engaged the engagement of an Affiliate or Third Party Subprocessor
   * @return true iff a Third Party Subprocessor is engaged
   */
  public static boolean isNoticeRequired(SubprocessorEngaged engaged) {
    Objects.requireNonNull(engaged, "Subprocessing.isNoticeRequired: engaged must not be null");
    return isNoticeRequired(engaged.getSubprocessorKind(), true);
  }

  /**
   * 6.3, 6.1: whether an engagement event needs notice; an engagement is new by definition.
   *
   * @param engaged the engagement of an Affiliate or Third Party Subprocessor
   * @return the decision
   */
  public static Decision<Boolean> noticeRequired(SubprocessorEngaged engaged) {
    Objects.requireNonNull(engaged, "Subprocessing.noticeRequired: engaged must not be null");
    return noticeRequired(engaged.getSubprocessorKind(), true);
  }

  // ---------------------------------------------------------------- 6.3 notice date

  /**
   * 6.3: the day notice was given when Segment updated the Subprocessor Page and sent the
   * Workspace message on possibly different days: the later of the two under
   * {@link Interpretation#NOTICE_ON_LATER_CHANNEL} (default), the earlier under
   * {@link Interpretation#NOTICE_ON_EARLIER_CHANNEL}. Where only one channel was used, its day is
   * the notice day.
   *
   * @param pageUpdated the day the Subprocessor Page was updated
   * @param workspaceMessage the day the Workspace message was sent
   * @param readings the chosen readings
   * @return the notice day
   */
  public static LocalDate noticeDate(LocalDate pageUpdated, LocalDate workspaceMessage, Interpretations readings) {
    Args.date(pageUpdated, "Subprocessing", "noticeDate", "pageUpdated");
    Args.date(workspaceMessage, "Subprocessing", "noticeDate", "workspaceMessage");
    Objects.requireNonNull(readings, "Subprocessing.noticeDate: readings must not be null");
    boolean pageLater = pageUpdated.isAfter(workspaceMessage);
    if (readings.is(Interpretation.NOTICE_ON_EARLIER_CHANNEL)) {
      return pageLater ? workspaceMessage : pageUpdated;
    }
    return pageLater ? pageUpdated : workspaceMessage;
  }

  /**
   * 6.3: explained form of {@link #noticeDate(LocalDate, LocalDate, Interpretations)}; records
   * the notice-completion reading applied.
   *
   * @param pageUpdated the day the Subprocessor Page was updated
   * @param workspaceMessage the day the Workspace message was sent
   * @param readings the chosen readings
   * @return the decision, whose outcome is the notice day
   */
  @Decides("6.3")
  public static Decision<LocalDate> notice(LocalDate pageUpdated, LocalDate workspaceMessage, Interpretations readings) {
    Args.date(pageUpdated, "Subprocessing", "notice", "pageUpdated");
    Args.date(workspaceMessage, "Subprocessing", "notice", "workspaceMessage");
    Args.notNull(readings, "Subprocessing", "notice", "readings");
    LocalDate day = noticeDate(pageUpdated, workspaceMessage, readings);
    Interpretation reading = readings.get(Question.SUBPROCESSOR_NOTICE_COMPLETION);
    Code code = reading == Interpretation.NOTICE_ON_EARLIER_CHANNEL ? Code.NOTICE_ON_EARLIER_CHANNEL : Code.NOTICE_ON_LATER_CHANNEL;
    return Decision.builder(NOTICE_GIVEN, day).reason(code, pageUpdated, workspaceMessage, day).reading(reading).build();
  }

  /**
   * 6.3: the notice day from the notices Segment gave of one engagement, on whatever channels:
   * the first notice on each channel counts for that channel; the notice day is the latest of
   * those days under {@link Interpretation#NOTICE_ON_LATER_CHANNEL} (default) and the earliest
   * under {@link Interpretation#NOTICE_ON_EARLIER_CHANNEL}. With one channel, it is that
   * channel's first day.
   *
   * @param notices the notices of one engagement, not empty
   * @param readings the chosen readings
   * @return the notice day
   * @throws IllegalArgumentException if {@code notices} is empty or concerns several Subprocessors
   */
  public static LocalDate noticeDate(List<SubprocessorNoticeGiven> notices, Interpretations readings) {
    Objects.requireNonNull(readings, "Subprocessing.noticeDate: readings must not be null");
    Map<NoticeChannel, LocalDate> first = firstPerChannel(notices);
    boolean earlier = readings.is(Interpretation.NOTICE_ON_EARLIER_CHANNEL);
    LocalDate day = null;
    for (LocalDate d : first.values()) {
      if (day == null || (earlier ? d.isBefore(day) : d.isAfter(day))) {
        day = d;
      }
    }
    return Objects.requireNonNull(day);
  }

  /**
   * 6.3: explained form of {@link #noticeDate(List, Interpretations)}; the reason names the first
   * day on the Subprocessor Page and in the Workspace (or "none" for a channel not used).
   *
   * @param notices the notices of one engagement, not empty
   * @param readings the chosen readings
   * @return the decision, whose outcome is the notice day
   */
  public static Decision<LocalDate> notice(List<SubprocessorNoticeGiven> notices, Interpretations readings) {
    Args.notNull(notices, "Subprocessing", "notice", "notices");
    Args.notNull(readings, "Subprocessing", "notice", "readings");
    LocalDate day = noticeDate(notices, readings);
    Map<NoticeChannel, LocalDate> first = firstPerChannel(notices);
    Interpretation reading = readings.get(Question.SUBPROCESSOR_NOTICE_COMPLETION);
    Code code = reading == Interpretation.NOTICE_ON_EARLIER_CHANNEL ? Code.NOTICE_ON_EARLIER_CHANNEL : Code.NOTICE_ON_LATER_CHANNEL;
    LocalDate pageDay = first.get(NoticeChannel.SUBPROCESSOR_PAGE_UPDATE);
    LocalDate messageDay = first.get(NoticeChannel.WORKSPACE_MESSAGE);
    Object page = pageDay == null ? "none" : pageDay;
    Object message = messageDay == null ? "none" : messageDay;
    return Decision.builder(NOTICE_GIVEN, day).reason(code, page, message, day).reading(reading).build();
  }

  private static Map<NoticeChannel, LocalDate> firstPerChannel(List<SubprocessorNoticeGiven> notices) {
    Objects.requireNonNull(notices, "Subprocessing.noticeDate: notices must not be null");
    if (notices.isEmpty()) {
      throw new IllegalArgumentException("Subprocessing.noticeDate: notices = []: at least one notice is needed (6.3)");
    }
    String id = Objects.requireNonNull(notices.get(0), "Subprocessing.noticeDate: notices must not contain null").getSubprocessorId();
    Map<NoticeChannel, LocalDate> first = new EnumMap<>(NoticeChannel.class);
    for (SubprocessorNoticeGiven n : notices) {
      Objects.requireNonNull(n, "Subprocessing.noticeDate: notices must not contain null");
      requireSame(id, n.getSubprocessorId(), "noticeDate", "notices");
      first.merge(n.getChannel(), n.getDate(), (a, b) -> a.isAfter(b) ? b : a);
    }
    return first;
  }

  // ---------------------------------------------------------------- 6.3 advance notice

  /**
   * 6.3: the latest day on which notice of a new Third Party Subprocessor is "at least ten (10)
   * calendar days before" it first Processes Customer Personal Data: P − 10 (default), P − 11
   * under {@link Interpretation#ADVANCE_NOTICE_CLEAR_DAYS}, moved back to a business day under
   * {@link Interpretation#ROLL_FORWARD_TO_BUSINESS_DAY}. Example: first processing on
   * 2024-03-11 gives 2024-03-01.
   *
   * @param firstProcessing the day the new Subprocessor first Processes Customer Personal Data
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the latest timely notice day
   */
  public static LocalDate latestTimelyNoticeDate(LocalDate firstProcessing, DpaTerms terms, Interpretations readings) {
    Args.date(firstProcessing, "Subprocessing", "latestTimelyNoticeDate", "firstProcessing");
    requireTermsAndReadings(terms, readings, "latestTimelyNoticeDate");
    return ADVANCE_NOTICE.latestDay(firstProcessing, terms, readings);
  }

  /**
   * 6.3: explained form of {@link #latestTimelyNoticeDate}, with the window (every day up to the
   * latest timely day) and the readings applied.
   *
   * @param firstProcessing the day the new Subprocessor first Processes Customer Personal Data
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision, whose outcome is the latest timely notice day
   */
  @Decides("6.3")
  public static Decision<LocalDate> latestTimelyNotice(LocalDate firstProcessing, DpaTerms terms, Interpretations readings) {
    Args.notNull(terms, "Subprocessing", "latestTimelyNotice", "terms");
    Args.notNull(readings, "Subprocessing", "latestTimelyNotice", "readings");
    Args.date(firstProcessing, "Subprocessing", "latestTimelyNotice", "firstProcessing");
    LocalDate latest = latestTimelyNoticeDate(firstProcessing, terms, readings);
    return Decision.builder(LATEST_TIMELY_NOTICE, latest)
        .reason(Code.LATEST_TIMELY_NOTICE, firstProcessing, terms.getSubprocessorNoticeDays(), latest)
        .window(advanceNoticeWindow(firstProcessing, terms, readings))
        .reading(readings.get(Question.ADVANCE_NOTICE_COUNTING))
        .reading(readings.get(Question.LAST_DAY_ON_NON_BUSINESS_DAY))
        .build();
  }

  /**
   * 6.3: whether notice on {@code notice} was at least N calendar days before first processing on
   * {@code firstProcessing}, ignoring the expedited exception: {@code notice <= latestTimelyNoticeDate}.
   * The public question is {@link #noticeTimingOf(LocalDate, LocalDate, DpaTerms, Interpretations)}
   * ({@link NoticeTiming#TIMELY} or {@link NoticeTiming#LATE}); its arguments are checked there.
   */
  private static boolean isInAdvance(LocalDate notice, LocalDate firstProcessing, DpaTerms terms, Interpretations readings) {
    return !notice.isAfter(latestTimelyNoticeDate(firstProcessing, terms, readings));
  }

  /**
   * 6.3: the timing status of notice of an ordinary (not expedited) engagement:
   * {@link NoticeTiming#TIMELY} if given at least N calendar days before first processing, else
   * {@link NoticeTiming#LATE}.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the status
   */
  public static NoticeTiming noticeTimingOf(LocalDate notice, LocalDate firstProcessing, DpaTerms terms, Interpretations readings) {
    Args.notNull(terms, "Subprocessing", "noticeTimingOf", "terms");
    Args.notNull(readings, "Subprocessing", "noticeTimingOf", "readings");
    Args.date(notice, "Subprocessing", "noticeTimingOf", "notice");
    Args.date(firstProcessing, "Subprocessing", "noticeTimingOf", "firstProcessing");
    return timing(notice, firstProcessing, null, terms, readings);
  }

  /**
   * 6.3: the timing status of notice of an engagement Segment expedited for one of the reasons
   * 6.3 names (the caller asserts Segment's belief in the need was reasonable):
   * {@link NoticeTiming#TIMELY} if given at least N days ahead anyway, otherwise
   * {@link NoticeTiming#AS_SOON_AS_REASONABLY_PRACTICABLE}, a status with no computable date.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @param reason why the engagement was expedited
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the status
   */
  public static NoticeTiming noticeTimingOf(LocalDate notice, LocalDate firstProcessing, ExpeditedReason reason,
      DpaTerms terms, Interpretations readings) {
    Args.notNull(terms, "Subprocessing", "noticeTimingOf", "terms");
    Args.notNull(readings, "Subprocessing", "noticeTimingOf", "readings");
    Args.date(notice, "Subprocessing", "noticeTimingOf", "notice");
    Args.date(firstProcessing, "Subprocessing", "noticeTimingOf", "firstProcessing");
    Objects.requireNonNull(reason, "Subprocessing.noticeTimingOf: reason must not be null");
    return timing(notice, firstProcessing, reason, terms, readings);
  }

  private static NoticeTiming timing(LocalDate notice, LocalDate firstProcessing, @Nullable ExpeditedReason reason,
      DpaTerms terms, Interpretations readings) {
    if (isInAdvance(notice, firstProcessing, terms, readings)) {
      return NoticeTiming.TIMELY;
    }
    return reason != null ? NoticeTiming.AS_SOON_AS_REASONABLY_PRACTICABLE : NoticeTiming.LATE;
  }

  /**
   * 6.3: explained form of {@link #noticeTimingOf(LocalDate, LocalDate, DpaTerms, Interpretations)}
   * (ordinary engagement); carries the advance-notice window and the readings applied.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision
   */
  @Decides("6.3")
  public static Decision<NoticeTiming> noticeTiming(LocalDate notice, LocalDate firstProcessing, DpaTerms terms,
      Interpretations readings) {
    Args.notNull(terms, "Subprocessing", "noticeTiming", "terms");
    Args.notNull(readings, "Subprocessing", "noticeTiming", "readings");
    Args.date(notice, "Subprocessing", "noticeTiming", "notice");
    Args.date(firstProcessing, "Subprocessing", "noticeTiming", "firstProcessing");
    return explainTiming(notice, firstProcessing, null, terms, readings);
  }

  /**
   * 6.3: explained form of
   * {@link #noticeTimingOf(LocalDate, LocalDate, ExpeditedReason, DpaTerms, Interpretations)}
   * (expedited engagement). The "as soon as reasonably practicable" status has no date to compare;
   * the objection window still runs from the actual notice.
   *
   * @param notice the notice day
   * @param firstProcessing the day of first processing
   * @param reason why the engagement was expedited
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision
   */
  @Decides("6.3")
  public static Decision<NoticeTiming> noticeTiming(LocalDate notice, LocalDate firstProcessing, ExpeditedReason reason,
      DpaTerms terms, Interpretations readings) {
    Args.notNull(terms, "Subprocessing", "noticeTiming", "terms");
    Args.notNull(readings, "Subprocessing", "noticeTiming", "readings");
    Args.date(notice, "Subprocessing", "noticeTiming", "notice");
    Args.date(firstProcessing, "Subprocessing", "noticeTiming", "firstProcessing");
    Objects.requireNonNull(reason, "Subprocessing.noticeTiming: reason must not be null");
    return explainTiming(notice, firstProcessing, reason, terms, readings);
  }

  /**
   * 6.3: the timing of notice of an engagement, from the model's events: the engagement (which
   * says whether and why it was expedited), the notice day (see
   * {@link #noticeDate(List, Interpretations)}) and the first processing.
   *
   * @param engaged the engagement
   * @param notice the notice day
   * @param firstProcessing the first processing by the new Subprocessor
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision
   * @throws IllegalArgumentException if the two events concern different Subprocessors
   */
  public static Decision<NoticeTiming> noticeTiming(SubprocessorEngaged engaged, LocalDate notice,
      SubprocessorFirstProcessing firstProcessing, DpaTerms terms, Interpretations readings) {
    checkTimingEvents(engaged, notice, firstProcessing, terms, readings, "noticeTiming");
    return explainTiming(notice, firstProcessing.getDate(), engaged.getExpeditedReason().orElse(null), terms, readings);
  }

  /**
   * 6.3: bare form of {@link #noticeTiming(SubprocessorEngaged, LocalDate, SubprocessorFirstProcessing,
   * DpaTerms, Interpretations)}: the timing of notice of an engagement, from the model's events.
   *
   * @param engaged the engagement
   * @param notice the notice day
   * @param firstProcessing the first processing by the new Subprocessor
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the status
   * @throws IllegalArgumentException if the two events concern different Subprocessors
   */
  public static NoticeTiming noticeTimingOf(SubprocessorEngaged engaged, LocalDate notice,
      SubprocessorFirstProcessing firstProcessing, DpaTerms terms, Interpretations readings) {
    checkTimingEvents(engaged, notice, firstProcessing, terms, readings, "noticeTimingOf");
    return timing(notice, firstProcessing.getDate(), engaged.getExpeditedReason().orElse(null), terms, readings);
  }

  private static void checkTimingEvents(SubprocessorEngaged engaged, LocalDate notice,
      SubprocessorFirstProcessing firstProcessing, DpaTerms terms, Interpretations readings, String method) {
    Args.date(notice, "Subprocessing", method, "notice");
    Args.notNull(terms, "Subprocessing", method, "terms");
    Args.notNull(readings, "Subprocessing", method, "readings");
    Objects.requireNonNull(engaged, "Subprocessing." + method + ": engaged must not be null");
    Objects.requireNonNull(firstProcessing, "Subprocessing." + method + ": firstProcessing must not be null");
    requireSame(engaged.getSubprocessorId(), firstProcessing.getSubprocessorId(), method, "firstProcessing");
  }

  private static Decision<NoticeTiming> explainTiming(LocalDate notice, LocalDate firstProcessing,
      @Nullable ExpeditedReason reason, DpaTerms terms, Interpretations readings) {
    NoticeTiming timing = timing(notice, firstProcessing, reason, terms, readings);
    LocalDate latest = latestTimelyNoticeDate(firstProcessing, terms, readings);
    int days = terms.getSubprocessorNoticeDays();
    Decision.Builder<NoticeTiming> b = Decision.builder(NOTICE_TIMELY, timing);
    if (timing == NoticeTiming.TIMELY) {
      b.reason(Code.NOTICE_AT_LEAST_DAYS_BEFORE, notice, days, firstProcessing, latest);
    } else {
      b.reason(Code.NOTICE_LATE, notice, days, firstProcessing, latest);
    }
    if (timing == NoticeTiming.AS_SOON_AS_REASONABLY_PRACTICABLE) {
      b.reason(Code.EXPEDITED_AS_SOON_AS_REASONABLY_PRACTICABLE, words(Objects.requireNonNull(reason)));
    }
    return b.window(advanceNoticeWindow(firstProcessing, terms, readings))
        .reading(readings.get(Question.ADVANCE_NOTICE_COUNTING))
        .reading(readings.get(Question.LAST_DAY_ON_NON_BUSINESS_DAY))
        .build();
  }

  /**
   * Returns an expedited reason in the words of 6.3 (the argument of the reason
   * {@link Code#EXPEDITED_AS_SOON_AS_REASONABLY_PRACTICABLE}).
   *
   * @param reason the reason
   * @return the words, e.g. "protect the availability of the Customer Personal Data"
   */
  static String words(ExpeditedReason reason) {
    Args.notNull(reason, "Subprocessing", "words", "reason");
    switch (reason) {
      case PROTECT_CONFIDENTIALITY:
        return "protect the confidentiality of the Customer Personal Data";
      case PROTECT_INTEGRITY:
        return "protect the integrity of the Customer Personal Data";
      case PROTECT_AVAILABILITY:
        return "protect the availability of the Customer Personal Data";
      default:
        return "avoid material disruption to the Services";
    }
  }

  // ---------------------------------------------------------------- 6.3 objection

  /**
   * 6.3: the last day on which Customer may object: notice day + 5 calendar days (rolled forward
   * to a business day under {@link Interpretation#ROLL_FORWARD_TO_BUSINESS_DAY}). Example: notice
   * on 2024-03-01 gives 2024-03-06.
   *
   * @param notice the notice day (see {@link #noticeDate})
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the last day of the objection window
   */
  public static LocalDate objectionDeadlineDate(LocalDate notice, DpaTerms terms, Interpretations readings) {
    Args.date(notice, "Subprocessing", "objectionDeadlineDate", "notice");
    requireTermsAndReadings(terms, readings, "objectionDeadlineDate");
    return OBJECTION_WINDOW.lastDay(notice, terms, readings);
  }

  /**
   * 6.3: explained form of {@link #objectionDeadlineDate}, with the window (notice, notice + 5].
   *
   * @param notice the notice day
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision, whose outcome is the last day to object
   */
  @Decides("6.3")
  public static Decision<LocalDate> objectionDeadline(LocalDate notice, DpaTerms terms, Interpretations readings) {
    Args.notNull(terms, "Subprocessing", "objectionDeadline", "terms");
    Args.notNull(readings, "Subprocessing", "objectionDeadline", "readings");
    Args.date(notice, "Subprocessing", "objectionDeadline", "notice");
    LocalDate last = objectionDeadlineDate(notice, terms, readings);
    return Decision.builder(OBJECTION_DEADLINE, last)
        .reason(Code.OBJECTION_DEADLINE, notice, terms.getObjectionDays(), last)
        .window(objectionWindow(notice, terms, readings))
        .reading(readings.get(Question.LAST_DAY_ON_NON_BUSINESS_DAY))
        .build();
  }

  /**
   * 6.3: whether an objection on {@code objection} is made "within five (5) calendar days after
   * such notice": on or before notice + 5 (the notice day is not counted, so the fifth day after
   * is the last). An objection on the notice day itself, once notice is given, is early but
   * timely (SEMANTICS reading 2: "made on or before notice day + 5"); one before the notice day
   * answers no notice and is not timely.
   *
   * @param notice the notice day
   * @param objection the day Customer's objection was made
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return true if inside the window
   */
  public static boolean isObjectionTimely(LocalDate notice, LocalDate objection, DpaTerms terms, Interpretations readings) {
    Args.notNull(terms, "Subprocessing", "isObjectionTimely", "terms");
    Args.notNull(readings, "Subprocessing", "isObjectionTimely", "readings");
    Args.date(notice, "Subprocessing", "isObjectionTimely", "notice");
    Args.date(objection, "Subprocessing", "isObjectionTimely", "objection");
    return !objection.isBefore(notice) && !objection.isAfter(objectionDeadlineDate(notice, terms, readings));
  }

  /**
   * 6.3: explained form of {@link #isObjectionTimely}: whether the objection falls in the window
   * (notice, notice + 5], carried as the decision's window.
   *
   * @param notice the notice day
   * @param objection the day Customer's objection was made
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision
   */
  @Decides("6.3")
  public static Decision<Boolean> objectionTimely(LocalDate notice, LocalDate objection, DpaTerms terms,
      Interpretations readings) {
    Args.notNull(terms, "Subprocessing", "objectionTimely", "terms");
    Args.notNull(readings, "Subprocessing", "objectionTimely", "readings");
    Args.date(notice, "Subprocessing", "objectionTimely", "notice");
    Args.date(objection, "Subprocessing", "objectionTimely", "objection");
    Decision.Builder<Boolean> b = Decision.builder(OBJECTION_TIMELY, isObjectionTimely(notice, objection, terms, readings));
    return objectionWindowReason(b, notice, objection, terms, readings).build();
  }

  /**
   * Where the objection falls against the window (6.3), before, in or after it, as a reason, with
   * the window and the reading applied to its last day.
   */
  private static Decision.Builder<Boolean> objectionWindowReason(Decision.Builder<Boolean> b, LocalDate notice,
      LocalDate objection, DpaTerms terms, Interpretations readings) {
    LocalDate last = objectionDeadlineDate(notice, terms, readings);
    int days = terms.getObjectionDays();
    if (objection.isBefore(notice)) {
      b.reason(Code.OBJECTION_BEFORE_WINDOW, objection, days, notice);
    } else if (objection.isAfter(last)) {
      b.reason(Code.OBJECTION_AFTER_WINDOW, objection, days, notice, last);
    } else {
      b.reason(Code.OBJECTION_WITHIN_WINDOW, objection, days, notice, last);
    }
    return b.window(objectionWindow(notice, terms, readings)).reading(readings.get(Question.LAST_DAY_ON_NON_BUSINESS_DAY));
  }

  /**
   * 6.3: whether an objection triggers 6.3: made within the window, in writing, and based on
   * reasonable data protection concerns. Presupposes notice of a new Third Party Subprocessor.
   *
   * @param notice the notice day
   * @param objection the day of the objection
   * @param form whether Customer notified Segment in writing
   * @param grounds what the objection rests on
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return true if all three conditions hold
   */
  public static boolean isObjectionAllowed(LocalDate notice, LocalDate objection, Form form, ObjectionGrounds grounds,
      DpaTerms terms, Interpretations readings) {
    Args.notNull(terms, "Subprocessing", "isObjectionAllowed", "terms");
    Args.notNull(readings, "Subprocessing", "isObjectionAllowed", "readings");
    Args.date(notice, "Subprocessing", "isObjectionAllowed", "notice");
    Args.date(objection, "Subprocessing", "isObjectionAllowed", "objection");
    Args.notNull(form, "Subprocessing", "isObjectionAllowed", "form");
    Args.notNull(grounds, "Subprocessing", "isObjectionAllowed", "grounds");
    return isObjectionTimely(notice, objection, terms, readings) && form == Form.IN_WRITING
        && grounds == ObjectionGrounds.REASONABLE_DATA_PROTECTION;
  }

  /**
   * 6.3: explained form of {@link #isObjectionAllowed}; gives every failed condition (not only the
   * first) and carries the objection window.
   *
   * @param notice the notice day
   * @param objection the day of the objection
   * @param form whether Customer notified Segment in writing
   * @param grounds what the objection rests on
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision
   */
  @Decides("6.3")
  public static Decision<Boolean> objectionAllowed(LocalDate notice, LocalDate objection, Form form, ObjectionGrounds grounds,
      DpaTerms terms, Interpretations readings) {
    Args.notNull(terms, "Subprocessing", "objectionAllowed", "terms");
    Args.notNull(readings, "Subprocessing", "objectionAllowed", "readings");
    Args.date(notice, "Subprocessing", "objectionAllowed", "notice");
    Args.date(objection, "Subprocessing", "objectionAllowed", "objection");
    Args.notNull(form, "Subprocessing", "objectionAllowed", "form");
    Args.notNull(grounds, "Subprocessing", "objectionAllowed", "grounds");
    boolean allowed = isObjectionAllowed(notice, objection, form, grounds, terms, readings);
    Decision.Builder<Boolean> b = objectionWindowReason(Decision.builder(OBJECTION_ALLOWED, allowed), notice, objection, terms,
        readings);
    b.reason(form == Form.IN_WRITING ? Code.OBJECTION_IN_WRITING : Code.OBJECTION_NOT_IN_WRITING);
    b.reason(grounds == ObjectionGrounds.REASONABLE_DATA_PROTECTION ? Code.OBJECTION_ON_DATA_PROTECTION_GROUNDS
        : Code.OBJECTION_NOT_ON_DATA_PROTECTION_GROUNDS);
    return b.build();
  }

  /**
   * 6.3: whether an objection event triggers 6.3, given the notice day of the engagement it
   * objects to: timely, written, and on reasonable data protection grounds.
   *
   * @param notice the notice day (see {@link #noticeDate(List, Interpretations)})
   * @param objection the objection
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision
   */
  public static Decision<Boolean> objectionAllowed(LocalDate notice, ObjectionMade objection, DpaTerms terms,
      Interpretations readings) {
    Objects.requireNonNull(objection, "Subprocessing.objectionAllowed: objection must not be null");
    return objectionAllowed(notice, objection.getDate(), formOf(objection), objection.getGrounds(), terms, readings);
  }

  /**
   * 6.3: bare form of {@link #objectionAllowed(LocalDate, ObjectionMade, DpaTerms, Interpretations)}.
   *
   * @param notice the notice day (see {@link #noticeDate(List, Interpretations)})
   * @param objection the objection
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return true if it is timely, written, and on reasonable data protection grounds
   */
  public static boolean isObjectionAllowed(LocalDate notice, ObjectionMade objection, DpaTerms terms,
      Interpretations readings) {
    Objects.requireNonNull(objection, "Subprocessing.isObjectionAllowed: objection must not be null");
    return isObjectionAllowed(notice, objection.getDate(), formOf(objection), objection.getGrounds(), terms, readings);
  }

  private static Form formOf(ObjectionMade objection) {
    return objection.isWritten() ? Form.IN_WRITING : Form.NOT_IN_WRITING;
  }

  /**
   * 6.3: what an objection leads to. An objection that does not meet 6.3 has no effect; one that
   * does leads to good-faith discussion, and if the parties cannot agree a resolution, Customer
   * may terminate the Agreement for convenience as its sole and exclusive remedy. The text sets
   * no deadline for that termination.
   *
   * @param objectionAllowed the answer of {@link #isObjectionAllowed}
   * @param discussion where the discussion stands
   * @return the outcome
   */
  public static ObjectionOutcome objectionOutcomeOf(boolean objectionAllowed, Discussion discussion) {
    Objects.requireNonNull(discussion, "Subprocessing.objectionOutcomeOf: discussion must not be null");
    if (!objectionAllowed) {
      return ObjectionOutcome.NO_EFFECT;
    }
    switch (discussion) {
      case RESOLVED:
        return ObjectionOutcome.RESOLVED;
      case NOT_RESOLVED:
        return ObjectionOutcome.TERMINATION_FOR_CONVENIENCE_AVAILABLE;
      default:
        return ObjectionOutcome.GOOD_FAITH_DISCUSSION;
    }
  }

  /**
   * 6.3: explained form of {@link #objectionOutcomeOf}. When termination for convenience is
   * available, the decision says that the text sets no deadline for it.
   *
   * @param objectionAllowed the answer of {@link #isObjectionAllowed}
   * @param discussion where the discussion stands
   * @return the decision
   */
  @Decides("6.3")
  public static Decision<ObjectionOutcome> objectionOutcome(boolean objectionAllowed, Discussion discussion) {
    Args.notNull(discussion, "Subprocessing", "objectionOutcome", "discussion");
    ObjectionOutcome outcome = objectionOutcomeOf(objectionAllowed, discussion);
    Decision.Builder<ObjectionOutcome> b = Decision.builder(OBJECTION_OUTCOME, outcome);
    switch (outcome) {
      case NO_EFFECT:
        b.reason(Code.OBJECTION_HAS_NO_EFFECT);
        break;
      case GOOD_FAITH_DISCUSSION:
        b.reason(Code.GOOD_FAITH_DISCUSSION).reason(Code.ENGAGEMENT_NOT_SUSPENDED);
        break;
      case RESOLVED:
        b.reason(Code.GOOD_FAITH_DISCUSSION).reason(Code.CONCERNS_RESOLVED);
        break;
      default:
        b.reason(Code.GOOD_FAITH_DISCUSSION).reason(Code.TERMINATION_SOLE_AND_EXCLUSIVE_REMEDY)
            .reason(Code.NO_TERMINATION_DEADLINE);
        break;
    }
    return b.build();
  }


  // ---------------------------------------------------------------- 6.1.1, 6.1.2

  /**
   * 6.1.1: whether Segment's agreement with a Subprocessor (Affiliate or Third Party) meets
   * 6.1.1: written, and imposing data protection obligations at least substantially similar to
   * the Addendum's.
   *
   * @param form whether the agreement is in writing
   * @param obligations how its obligations compare with the Addendum's
   * @return true if compliant with 6.1.1
   */
  public static boolean isSubprocessorAgreementCompliant(Form form, SubprocessorObligations obligations) {
    Args.notNull(form, "Subprocessing", "isSubprocessorAgreementCompliant", "form");
    Objects.requireNonNull(obligations, "Subprocessing.isSubprocessorAgreementCompliant: obligations must not be null");
    return form == Form.IN_WRITING && obligations != SubprocessorObligations.NOT_SUBSTANTIALLY_SIMILAR;
  }

  /**
   * 6.1.1: explained form of {@link #isSubprocessorAgreementCompliant}. Where the obligations are
   * substantially similar but not the same, the decision adds the finding that GDPR Art. 28(4)
   * asks for "the same" obligations.
   *
   * @param form whether the agreement is in writing
   * @param obligations how its obligations compare with the Addendum's
   * @return the decision
   */
  @Decides("6.1.1")
  public static Decision<Boolean> subprocessorAgreementCompliant(Form form, SubprocessorObligations obligations) {
    Args.notNull(form, "Subprocessing", "subprocessorAgreementCompliant", "form");
    Args.notNull(obligations, "Subprocessing", "subprocessorAgreementCompliant", "obligations");
    boolean ok = isSubprocessorAgreementCompliant(form, obligations);
    boolean written = form == Form.IN_WRITING;
    Decision.Builder<Boolean> b = Decision.builder(SUBPROCESSOR_AGREEMENT, ok);
    if (!written) {
      b.reason(Code.NO_WRITTEN_AGREEMENT);
    }
    if (obligations == SubprocessorObligations.NOT_SUBSTANTIALLY_SIMILAR) {
      b.reason(Code.OBLIGATIONS_NOT_SUBSTANTIALLY_SIMILAR);
    } else if (written) {
      b.reason(Code.WRITTEN_AGREEMENT_SUBSTANTIALLY_SIMILAR);
    }
    if (obligations == SubprocessorObligations.SUBSTANTIALLY_SIMILAR) {
      b.reason(Code.GDPR_ART_28_4_REQUIRES_SAME);
    }
    return b.build();
  }

  /**
   * 6.1.2, 5.2: whether Segment is liable for an act or omission of the given actor. Segment
   * remains liable for any act or omission of a Subprocessor (Affiliate or Third Party) that
   * causes Segment to breach its obligations under the Addendum; for Sources and Destinations
   * Customer is solely responsible (5.2). Liability stays subject to the Agreement's limitations
   * (3.2).
   *
   * @param actor {@link PartyKind#SUBPROCESSOR}, {@link PartyKind#SEGMENT_AFFILIATE},
   *     {@link PartyKind#THIRD_PARTY_SUBPROCESSOR} or {@link PartyKind#SOURCE_OR_DESTINATION}
   * @param causedSegmentBreach whether the act or omission caused Segment to breach an obligation under the Addendum
   * @return true if Segment is liable
   * @throws IllegalArgumentException for any other kind
   */
  public static boolean isSegmentLiable(PartyKind actor, boolean causedSegmentBreach) {
    Objects.requireNonNull(actor, "Subprocessing.isSegmentLiable: actor must not be null");
    if (actor != PartyKind.SUBPROCESSOR && actor != PartyKind.SEGMENT_AFFILIATE
        && actor != PartyKind.THIRD_PARTY_SUBPROCESSOR && actor != PartyKind.SOURCE_OR_DESTINATION) {
      throw new IllegalArgumentException("Subprocessing.isSegmentLiable: actor = " + actor
          + ": must be a Subprocessor kind or SOURCE_OR_DESTINATION (6.1.2, 5.2)");
    }
    return actor != PartyKind.SOURCE_OR_DESTINATION && causedSegmentBreach;
  }

  /**
   * 6.1.2, 5.2: explained form of {@link #isSegmentLiable}.
   *
   * @param actor the kind of party that acted
   * @param causedSegmentBreach whether the act or omission caused Segment to breach the Addendum
   * @return the decision
   */
  @Decides(value = "6.1.2", quotes = {"5.2", "3.2"})
  public static Decision<Boolean> segmentLiable(PartyKind actor, boolean causedSegmentBreach) {
    Args.notNull(actor, "Subprocessing", "segmentLiable", "actor");
    boolean liable = isSegmentLiable(actor, causedSegmentBreach);
    if (actor == PartyKind.SOURCE_OR_DESTINATION) {
      return Decision.of(LIABILITY, false, Reason.of(Code.CUSTOMER_RESPONSIBLE_FOR_SOURCES_AND_DESTINATIONS));
    }
    return liable
        ? Decision.of(LIABILITY, true, Reason.of(Code.SEGMENT_LIABLE_FOR_SUBPROCESSOR), Reason.of(Code.LIABILITY_LIMITED_BY_AGREEMENT))
        : Decision.of(LIABILITY, false, Reason.of(Code.NO_BREACH_CAUSED));
  }

  // ---------------------------------------------------------------- helpers

  private static Window advanceNoticeWindow(LocalDate firstProcessing, DpaTerms terms, Interpretations readings) {
    return ADVANCE_NOTICE.window(firstProcessing, terms, readings).orElseThrow();
  }

  private static Window objectionWindow(LocalDate notice, DpaTerms terms, Interpretations readings) {
    return OBJECTION_WINDOW.window(notice, terms, readings).orElseThrow();
  }

  private static PartyKind requireEngagedKind(PartyKind kind, String method) {
    Args.notNull(kind, "Subprocessing", method, "kind");
    if (kind != PartyKind.SEGMENT_AFFILIATE && kind != PartyKind.THIRD_PARTY_SUBPROCESSOR
        && kind != PartyKind.SOURCE_OR_DESTINATION) {
      throw new IllegalArgumentException("Subprocessing." + method + ": kind = " + kind
          + ": must be SEGMENT_AFFILIATE, THIRD_PARTY_SUBPROCESSOR or SOURCE_OR_DESTINATION"
          + (kind == PartyKind.SUBPROCESSOR
              ? " (resolve whether the Subprocessor is an Affiliate of Segment first, 2.11; pass the Subprocessor and the AffiliateGraph)"
              : " (6.1, 5.2)"));
    }
    return kind;
  }

  private static PartyKind kindOf(Subprocessor subprocessor, AffiliateGraph graph, String segmentId, String method) {
    Args.notNull(subprocessor, "Subprocessing", method, "subprocessor");
    Args.notNull(graph, "Subprocessing", method, "graph");
    Args.notNull(segmentId, "Subprocessing", method, "segmentId");
    return subprocessor.isAffiliateOfSegment(graph, segmentId) ? PartyKind.SEGMENT_AFFILIATE : PartyKind.THIRD_PARTY_SUBPROCESSOR;
  }

  private static void requireSame(String expected, String actual, String method, String field) {
    if (!expected.equals(actual)) {
      throw new IllegalArgumentException("Subprocessing." + method + ": " + field + " concern Subprocessor '" + actual
          + "', expected '" + expected + "': one engagement at a time (6.3)");
    }
  }

  private static void requireTermsAndReadings(DpaTerms terms, Interpretations readings, String method) {
    Args.notNull(terms, "Subprocessing", method, "terms");
    Args.notNull(readings, "Subprocessing", method, "readings");
  }
}
