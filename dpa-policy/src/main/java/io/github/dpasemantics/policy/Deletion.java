package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.contract.TermKey;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.time.DeadlineRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 9. Return or Deletion of Data.
 *
 * <p>9.1: "Segment shall, within sixty (60) days after request by Customer following the
 * termination or expiration of the Agreement, delete all of the Customer Personal Data from
 * Segment's systems." 9.2: "Notwithstanding the foregoing, Customer understands that Segment may
 * retain Customer Personal Data if required by law, which data will remain subject to the
 * requirements of this Addendum." (A.4.3.7, certification of deletion under the Standard
 * Contractual Clauses on Customer's request, is decided by {@link Transfers}.)
 *
 * <p>Readings (see {@code docs/interpretations.md}): the duty arises only from a request made on
 * or after the Agreement's last day (termination or expiration day); without such a request there
 * is no due date. The end is a parameter (the day, empty while the Agreement has not ended, or the
 * timeline whose ending event gives it): it is an event of the timeline, not a field of the
 * Agreement. A request made before that day takes effect on it
 * ({@link Interpretation#EARLY_DELETION_REQUEST_EFFECTIVE_AT_TERMINATION}, default: due end day +
 * 60) or triggers nothing ({@link Interpretation#EARLY_DELETION_REQUEST_TRIGGERS_NOTHING}). The
 * duty survives the Addendum's automatic termination under 3.4 by necessary implication
 * ({@link Interpretation#DELETION_SURVIVES_ADDENDUM}; option
 * {@link Interpretation#DELETION_ENDS_WITH_ADDENDUM}: no duty at all). The 60 days are counted
 * as every other period: the request day not counted, the last day included, no extension for
 * weekends unless {@link Interpretation#ROLL_FORWARD_TO_BUSINESS_DAY} is chosen.
 *
 * <p>Note: GDPR Art. 28(3)(g) lets the controller choose deletion <em>or return</em> of the
 * personal data at the end of the services; this text offers only deletion (the heading says
 * "Return or Deletion", the clause says "delete"), so no policy here decides a return.
 *
 * <p>Every method is pure, deterministic and thread-safe.
 */
public final class Deletion {
  private static final String DELETION_DUE = "Deletion.deletionDue";
  private static final String DELETION_REQUIRED = "Deletion.deletionRequired";
  private static final String ON_TIME = "Deletion.deletionOnTime";
  private static final String REACH = "Deletion.deletionReach";

  private static final DeadlineRule.WithinDaysAfter DELETION_PERIOD =
      (DeadlineRule.WithinDaysAfter) DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS);

  private Deletion() {}

  /** Reason codes of 9 (and 3.4 where survival matters): constants, so decisions allocate no strings. */
  public enum Code implements ReasonCode {
    /** 9.1: a request following termination or expiration. */
    REQUEST_FOLLOWS_END("9.1",
        "Segment shall, within {3} days after request by Customer following the termination or expiration of the Agreement, delete all of the Customer Personal Data: the request on {0} follows the Agreement's end on {1}, so deletion is due by {2}"),
    /** 9.1: an early request read as taking effect at the end. */
    EARLY_REQUEST_EFFECTIVE_AT_END("9.1",
        "the request on {0} was made before the Agreement ended on {1}; read as taking effect on that day, deletion is due within {3} days, by {2}"),
    /** 9.1: an early request read as triggering nothing. */
    EARLY_REQUEST_TRIGGERS_NOTHING("9.1",
        "the request on {0} was made before the Agreement ended on {1}; read as not being a request following the termination or expiration, it triggers nothing"),
    /** 9.1: the Agreement has no end yet. */
    AGREEMENT_NOT_ENDED("9.1",
        "the Agreement has not terminated or expired, so no request can yet follow its termination or expiration"),
    /** 9.1: a request while the Agreement has not ended, read as taking effect at the end. */
    REQUEST_BEFORE_END_WAITS("9.1",
        "the request on {0} was made while the Agreement has not terminated or expired; read as taking effect when it ends, deletion falls due within the period after that day"),
    /** 9.1: a request while the Agreement has not ended, read as triggering nothing. */
    REQUEST_BEFORE_END_TRIGGERS_NOTHING("9.1",
        "the request on {0} was made while the Agreement has not terminated or expired; read as not being a request following the termination or expiration, it triggers nothing"),
    /** 9.1: no request. */
    NO_REQUEST("9.1", "deletion is due only after request by Customer following the termination or expiration of the Agreement; there is no such request"),
    /** 3.4, 9.1: the duty survives the Addendum. */
    DUTY_SURVIVES_ADDENDUM("3.4",
        "the Addendum terminates automatically with the Agreement, but the deletion duty of 9.1, which only arises after termination, survives by necessary implication"),
    /** 3.4: the duty ends with the Addendum (non-default reading). */
    DUTY_ENDS_WITH_ADDENDUM("3.4",
        "read as ending with the Agreement under 3.4, the Addendum leaves no deletion duty after termination or expiration"),
    /** 9.1: delete all. */
    DELETE_ALL("9.1", "Segment shall delete all of the Customer Personal Data from Segment's systems"),
    /** 9.2: retention required by law. */
    RETENTION_REQUIRED_BY_LAW("9.2",
        "Segment may retain Customer Personal Data if required by law; that data remains subject to the requirements of this Addendum"),
    /** 9.2: retention merely permitted by law does not excuse deletion. */
    RETENTION_ONLY_PERMITTED("9.2",
        "9.2 lets Segment retain Customer Personal Data only if retention is required by law; a law that merely permits retention does not excuse deletion"),
    /** 9.1: deletion completed on or before the due day. */
    DELETED_ON_TIME("9.1", "deletion completed on {0}, on or before the due day {1}"),
    /** 9.1: deletion completed after the due day. */
    DELETED_LATE("9.1", "deletion completed on {0}, after the due day {1}"),
    /** 9.1: Segment's own systems. */
    SEGMENTS_SYSTEMS("9.1", "Segment shall delete all of the Customer Personal Data from Segment's systems within the period of 9.1"),
    /** 9.1: a Subprocessor's systems are not Segment's (default reading). */
    NOT_SEGMENTS_SYSTEMS("9.1", "9.1 requires deletion \"from Segment's systems\"; the copies of a {0} are on its own systems"),
    /** 6.1.1: the flow-down reaches them. */
    FLOW_DOWN("6.1.1", "Segment shall enter into a written agreement with each Subprocessor imposing data protection obligations"
        + " substantially similar to those set out in this Addendum: deletion of the Subprocessor's copies is owed under that agreement"),
    /** 6.1.2: Segment remains liable. */
    SEGMENT_REMAINS_LIABLE("6.1.2", "Segment remains liable for compliance with the obligations of this Addendum and for any acts or"
        + " omissions of the Subprocessor that cause Segment to breach any of its obligations under this Addendum"),
    /** 9.1 reaches a Subprocessor's systems (alternative reading). */
    SUBPROCESSOR_SYSTEMS_ARE_SEGMENTS("9.1", "under the chosen reading the systems on which a {0} Processes Customer Personal Data for"
        + " Segment count as \"Segment's systems\", so 9.1's period reaches its copies"),
    /** 5.2: Sources and Destinations. */
    SOURCE_OR_DESTINATION_CUSTOMERS("5.2", "neither Sources nor Destinations are Subprocessors of Segment, and Customer is solely"
        + " responsible for the Processing of Customer Personal Data by them: 9.1 does not reach their copies");

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

  /** Whether the law bears on keeping a given set of Customer Personal Data (9.2). */
  public enum LegalRetention {
    /** No law speaks to it: delete. */
    NONE,
    /** Retention is required by law: keep it, under the Addendum. */
    REQUIRED_BY_LAW,
    /** Retention is permitted, not required, by law: 9.2 does not apply; delete. */
    PERMITTED_NOT_REQUIRED
  }

  // ---------------------------------------------------------------- 9.1 due date

  /**
   * 9.1: the day by which Segment must delete, for one request. The Agreement's end is a
   * parameter (it is an event of the timeline, not a field of the Agreement): empty says the
   * Agreement has not terminated or expired. A request on or after the Agreement's last day is
   * due request + 60 days; an earlier request is due {@code agreementEnd} + 60 under the default
   * reading and triggers nothing under
   * {@link Interpretation#EARLY_DELETION_REQUEST_TRIGGERS_NOTHING}; while the Agreement has not
   * ended nothing is due yet (no request can yet "follow" its end, and under the default reading
   * an early request waits for it); under {@link Interpretation#DELETION_ENDS_WITH_ADDENDUM}
   * nothing is ever due. Example: Agreement ended 2024-01-31, request 2024-02-01: due 2024-04-01.
   *
   * @param request the day of Customer's deletion request
   * @param agreementEnd the Agreement's termination or expiration day (its last day in force), or
   *     empty if it has not ended
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the due day, or empty if the request triggers no duty (yet)
   */
  public static Optional<LocalDate> deletionDueDate(LocalDate request, Optional<LocalDate> agreementEnd, DpaTerms terms,
      Interpretations readings) {
    Args.date(request, "Deletion", "deletionDueDate", "request");
    Args.notNull(agreementEnd, "Deletion", "deletionDueDate", "agreementEnd");
    Args.notNull(terms, "Deletion", "deletionDueDate", "terms");
    Args.notNull(readings, "Deletion", "deletionDueDate", "readings");
    if (agreementEnd.isEmpty()) {
      return Optional.empty();
    }
    LocalDate end = agreementEnd.orElseThrow();
    Args.date(end, "Deletion", "deletionDueDate", "agreementEnd");
    LocalDate effective = effectiveRequestDay(request, end, readings);
    return effective == null ? Optional.empty() : Optional.of(DELETION_PERIOD.lastDay(effective, terms, readings));
  }

  /**
   * 9.1: the due day for the requests Customer made: the earliest due day any of them triggers;
   * empty if the Agreement has not ended, there is no request, or none triggers a duty.
   *
   * @param agreementEnd the Agreement's termination or expiration day, or empty if it has not ended
   * @param requests the days of Customer's deletion requests, in any order
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the due day, or empty
   */
  public static Optional<LocalDate> deletionDueDate(Optional<LocalDate> agreementEnd, List<LocalDate> requests, DpaTerms terms,
      Interpretations readings) {
    Args.notNull(agreementEnd, "Deletion", "deletionDueDate", "agreementEnd");
    Args.notNull(requests, "Deletion", "deletionDueDate", "requests");
    Args.notNull(terms, "Deletion", "deletionDueDate", "terms");
    Args.notNull(readings, "Deletion", "deletionDueDate", "readings");
    LocalDate trigger = earliestTrigger(agreementEnd, requests, readings, "deletionDueDate");
    return trigger == null ? Optional.empty() : deletionDueDate(trigger, agreementEnd, terms, readings);
  }

  /**
   * 9.1: the due day from a contract's timeline, the one source of truth for the Agreement's end:
   * the end is the day of its first ending event ({@code AgreementTerminated},
   * {@code AgreementExpired} or {@code TerminatedForConvenience}), the requests are its
   * {@link DeletionRequested} events; see {@link #deletionDueDate(Optional, List, DpaTerms, Interpretations)}.
   *
   * @param timeline the contract's events, in any order
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the due day, or empty
   */
  public static Optional<LocalDate> deletionDueDate(List<? extends DpaEvent> timeline, DpaTerms terms, Interpretations readings) {
    Args.notNull(timeline, "Deletion", "deletionDueDate", "timeline");
    return deletionDueDate(agreementEndOf(timeline, "deletionDueDate"), requestDays(timeline), terms, readings);
  }

  /**
   * 9.1: explained form of {@link #deletionDueDate(LocalDate, Optional, DpaTerms, Interpretations)},
   * with the window (effective request day, due day] and the readings applied.
   *
   * @param request the day of Customer's deletion request
   * @param agreementEnd the Agreement's termination or expiration day, or empty if it has not ended
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision, whose outcome is the due day or empty
   */
  @Decides({"9.1", "3.4"})
  public static Decision<Optional<LocalDate>> deletionDue(LocalDate request, Optional<LocalDate> agreementEnd, DpaTerms terms,
      Interpretations readings) {
    Args.notNull(terms, "Deletion", "deletionDue", "terms");
    Args.notNull(readings, "Deletion", "deletionDue", "readings");
    Args.date(request, "Deletion", "deletionDue", "request");
    Args.notNull(agreementEnd, "Deletion", "deletionDue", "agreementEnd");
    if (agreementEnd.isPresent()) {
      Args.date(agreementEnd.orElseThrow(), "Deletion", "deletionDue", "agreementEnd");
    }
    Optional<LocalDate> due = deletionDueDate(request, agreementEnd, terms, readings);
    Decision.Builder<Optional<LocalDate>> b = Decision.builder(DELETION_DUE, due);
    boolean early = agreementEnd.isEmpty() || request.isBefore(agreementEnd.orElseThrow());
    if (readings.is(Interpretation.DELETION_ENDS_WITH_ADDENDUM)) {
      b.reason(Code.DUTY_ENDS_WITH_ADDENDUM);
    } else if (agreementEnd.isEmpty()) {
      b.reason(Code.AGREEMENT_NOT_ENDED);
      b.reason(readings.is(Interpretation.EARLY_DELETION_REQUEST_TRIGGERS_NOTHING)
          ? Code.REQUEST_BEFORE_END_TRIGGERS_NOTHING : Code.REQUEST_BEFORE_END_WAITS, request);
    } else if (!due.isPresent()) {
      b.reason(Code.EARLY_REQUEST_TRIGGERS_NOTHING, request, agreementEnd.orElseThrow());
    } else {
      LocalDate end = agreementEnd.orElseThrow();
      LocalDate effective = early ? end : request;
      b.reason(early ? Code.EARLY_REQUEST_EFFECTIVE_AT_END : Code.REQUEST_FOLLOWS_END, request, end, due.orElseThrow(),
          terms.getDeletionDays());
      b.reason(Code.DUTY_SURVIVES_ADDENDUM);
      b.window(DELETION_PERIOD.window(effective, terms, readings).orElseThrow());
    }
    b.reading(readings.get(Question.DELETION_SURVIVAL));
    if (early) {
      b.reading(readings.get(Question.DELETION_REQUEST_BEFORE_TERMINATION));
    }
    if (due.isPresent()) {
      b.reading(readings.get(Question.LAST_DAY_ON_NON_BUSINESS_DAY));
    }
    return b.build();
  }

  /**
   * 9.1: explained form of {@link #deletionDueDate(Optional, List, DpaTerms, Interpretations)}:
   * says why nothing is due when the Agreement has not ended or there is no request, otherwise
   * explains the earliest triggering request.
   *
   * @param agreementEnd the Agreement's termination or expiration day, or empty if it has not ended
   * @param requests the days of Customer's deletion requests
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision
   */
  public static Decision<Optional<LocalDate>> deletionDue(Optional<LocalDate> agreementEnd, List<LocalDate> requests, DpaTerms terms,
      Interpretations readings) {
    Args.notNull(agreementEnd, "Deletion", "deletionDue", "agreementEnd");
    Args.notNull(requests, "Deletion", "deletionDue", "requests");
    Args.notNull(terms, "Deletion", "deletionDue", "terms");
    Args.notNull(readings, "Deletion", "deletionDue", "readings");
    LocalDate trigger = earliestTrigger(agreementEnd, requests, readings, "deletionDue");
    if (trigger != null) {
      return deletionDue(trigger, agreementEnd, terms, readings);
    }
    if (agreementEnd.isEmpty()) {
      return Decision.of(DELETION_DUE, Optional.<LocalDate>empty(), Reason.of(Code.AGREEMENT_NOT_ENDED));
    }
    if (requests.isEmpty()) {
      return Decision.of(DELETION_DUE, Optional.<LocalDate>empty(), Reason.of(Code.NO_REQUEST));
    }
    // every request is early and triggers nothing, or the duty ended with the Addendum
    return deletionDue(requests.get(0), agreementEnd, terms, readings);
  }

  /**
   * 9.1: explained form of {@link #deletionDueDate(List, DpaTerms, Interpretations)}, from a
   * contract's timeline.
   *
   * @param timeline the contract's events, in any order
   * @param terms the contract's numbers
   * @param readings the chosen readings
   * @return the decision
   */
  public static Decision<Optional<LocalDate>> deletionDue(List<? extends DpaEvent> timeline, DpaTerms terms, Interpretations readings) {
    Args.notNull(timeline, "Deletion", "deletionDue", "timeline");
    return deletionDue(agreementEndOf(timeline, "deletionDue"), requestDays(timeline), terms, readings);
  }

  // ---------------------------------------------------------------- 9.2 retention

  /**
   * 9.1, 9.2: whether a set of Customer Personal Data must be deleted once the duty has arisen:
   * yes unless its retention is required by law (retention merely permitted by law does not
   * count). Retained data stays subject to the Addendum.
   *
   * @param retention what the law says about keeping it
   * @return true if it must be deleted
   */
  public static boolean isDeletionRequired(LegalRetention retention) {
    Objects.requireNonNull(retention, "Deletion.isDeletionRequired: retention must not be null");
    return retention != LegalRetention.REQUIRED_BY_LAW;
  }

  /**
   * 9.1, 9.2: explained form of {@link #isDeletionRequired}. The exception "if required by law"
   * is its own reason.
   *
   * @param retention what the law says about keeping it
   * @return the decision
   */
  @Decides({"9.1", "9.2"})
  public static Decision<Boolean> deletionRequired(LegalRetention retention) {
    Args.notNull(retention, "Deletion", "deletionRequired", "retention");
    boolean required = isDeletionRequired(retention);
    if (!required) {
      return Decision.of(DELETION_REQUIRED, false, Reason.of(Code.RETENTION_REQUIRED_BY_LAW));
    }
    return retention == LegalRetention.PERMITTED_NOT_REQUIRED
        ? Decision.of(DELETION_REQUIRED, true, Reason.of(Code.DELETE_ALL), Reason.of(Code.RETENTION_ONLY_PERMITTED))
        : Decision.of(DELETION_REQUIRED, true, Reason.of(Code.DELETE_ALL));
  }

  // ---------------------------------------------------------------- 9.1 on time

  /**
   * 9.1: whether deletion completed on {@code completed} met the due day: on or before it (the
   * period ends at 24:00 on the due day).
   *
   * @param completed the day deletion was completed
   * @param due the due day (see {@link #deletionDueDate})
   * @return true if {@code completed <= due}
   */
  public static boolean isDeletionOnTime(LocalDate completed, LocalDate due) {
    Args.date(completed, "Deletion", "isDeletionOnTime", "completed");
    Args.date(due, "Deletion", "isDeletionOnTime", "due");
    return !completed.isAfter(due);
  }

  /**
   * 9.1: explained form of {@link #isDeletionOnTime}.
   *
   * @param completed the day deletion was completed
   * @param due the due day
   * @return the decision
   */
  @Decides("9.1")
  public static Decision<Boolean> deletionOnTime(LocalDate completed, LocalDate due) {
    Args.date(completed, "Deletion", "deletionOnTime", "completed");
    Args.date(due, "Deletion", "deletionOnTime", "due");
    boolean onTime = isDeletionOnTime(completed, due);
    return Decision.of(ON_TIME, onTime, Reason.of(onTime ? Code.DELETED_ON_TIME : Code.DELETED_LATE, completed, due));
  }

  // ---------------------------------------------------------------- 9.1 at Subprocessors

  /** How 9.1's deletion reaches copies of Customer Personal Data held by a party. */
  public enum DeletionReach {
    /** 9.1 applies directly: deletion within its period (Segment's systems). */
    WITHIN_9_1,
    /** Through the Subprocessor's written agreement (6.1.1), with Segment liable for the outcome (6.1.2). */
    THROUGH_SUBPROCESSOR_AGREEMENT,
    /** Not at all: Sources and Destinations are Customer's responsibility (5.2). */
    NOT_REACHED
  }

  /**
   * 9.1 with 6.1.1, 6.1.2 and 5.2: how the duty to delete reaches copies held by a party. Segment's
   * own systems: {@link DeletionReach#WITHIN_9_1}. A Subprocessor (an Affiliate of Segment or a Third
   * Party Subprocessor): under {@link Interpretation#DELETION_AT_SUBPROCESSORS_BY_FLOW_DOWN}
   * (default; 9.1 says "Segment's systems", and 6.1.1 is how the Addendum reaches Subprocessors)
   * {@link DeletionReach#THROUGH_SUBPROCESSOR_AGREEMENT}; under
   * {@link Interpretation#DELETION_AT_SUBPROCESSORS_WITHIN_9_1} {@link DeletionReach#WITHIN_9_1}. A
   * Source or Destination: {@link DeletionReach#NOT_REACHED}.
   *
   * @param holder who holds the copies: {@link PartyKind#SEGMENT}, {@link PartyKind#SEGMENT_AFFILIATE},
   *     {@link PartyKind#SUBPROCESSOR}, {@link PartyKind#THIRD_PARTY_SUBPROCESSOR} or
   *     {@link PartyKind#SOURCE_OR_DESTINATION}
   * @param readings the chosen readings
   * @return how 9.1 reaches them
   * @throws IllegalArgumentException for any other kind of party, which holds no copies Segment Processes
   */
  public static DeletionReach deletionReachOf(PartyKind holder, Interpretations readings) {
    Objects.requireNonNull(holder, "Deletion.deletionReachOf: holder must not be null");
    Objects.requireNonNull(readings, "Deletion.deletionReachOf: readings must not be null");
    switch (holder) {
      case SEGMENT:
        return DeletionReach.WITHIN_9_1;
      case SEGMENT_AFFILIATE:
      case SUBPROCESSOR:
      case THIRD_PARTY_SUBPROCESSOR:
        return readings.is(Interpretation.DELETION_AT_SUBPROCESSORS_WITHIN_9_1)
            ? DeletionReach.WITHIN_9_1 : DeletionReach.THROUGH_SUBPROCESSOR_AGREEMENT;
      case SOURCE_OR_DESTINATION:
        return DeletionReach.NOT_REACHED;
      default:
        throw new IllegalArgumentException("Deletion.deletionReachOf: holder = " + holder + ": must be SEGMENT, SEGMENT_AFFILIATE,"
            + " SUBPROCESSOR, THIRD_PARTY_SUBPROCESSOR or SOURCE_OR_DESTINATION (the parties that hold Customer Personal Data"
            + " Segment Processes, 9.1, 6.1, 5.2)");
    }
  }

  /**
   * 9.1 with 6.1.1, 6.1.2 and 5.2, explained: see {@link #deletionReachOf}; the reading of
   * {@link Question#DELETION_AT_SUBPROCESSORS} is recorded for a Subprocessor, where it matters.
   *
   * @param holder who holds the copies
   * @param readings the chosen readings
   * @return the decision, citing 9.1 (and 6.1.1, 6.1.2 or 5.2)
   */
  @Decides(value = "9.1", quotes = {"6.1.1", "6.1.2", "5.2"})
  public static Decision<DeletionReach> deletionReach(PartyKind holder, Interpretations readings) {
    Args.notNull(holder, "Deletion", "deletionReach", "holder");
    Args.notNull(readings, "Deletion", "deletionReach", "readings");
    DeletionReach r = deletionReachOf(holder, readings);
    Decision.Builder<DeletionReach> d = Decision.builder(REACH, r);
    if (holder == PartyKind.SEGMENT) {
      return d.reason(Code.SEGMENTS_SYSTEMS).build();
    }
    if (holder == PartyKind.SOURCE_OR_DESTINATION) {
      return d.reason(Code.SOURCE_OR_DESTINATION_CUSTOMERS).build();
    }
    d.reading(readings.get(Question.DELETION_AT_SUBPROCESSORS));
    String who = holder == PartyKind.SEGMENT_AFFILIATE ? "Subprocessor that is an Affiliate of Segment"
        : holder == PartyKind.THIRD_PARTY_SUBPROCESSOR ? "Third Party Subprocessor" : "Subprocessor";
    if (r == DeletionReach.WITHIN_9_1) {
      return d.reason(Code.SUBPROCESSOR_SYSTEMS_ARE_SEGMENTS, who).reason(Code.SEGMENT_REMAINS_LIABLE).build();
    }
    return d.reason(Code.NOT_SEGMENTS_SYSTEMS, who).reason(Code.FLOW_DOWN).reason(Code.SEGMENT_REMAINS_LIABLE).build();
  }

  // ---------------------------------------------------------------- helpers

  private static @Nullable LocalDate effectiveRequestDay(LocalDate request, LocalDate agreementEnd, Interpretations readings) {
    if (readings.is(Interpretation.DELETION_ENDS_WITH_ADDENDUM)) {
      return null;
    }
    if (!request.isBefore(agreementEnd)) {
      return request;
    }
    return readings.is(Interpretation.EARLY_DELETION_REQUEST_TRIGGERS_NOTHING) ? null : agreementEnd;
  }

  private static @Nullable LocalDate earliestTrigger(Optional<LocalDate> agreementEnd, List<LocalDate> requests,
      Interpretations readings, String method) {
    LocalDate best = null;
    LocalDate bestEffective = null;
    for (LocalDate r : requests) {
      Args.notNull(r, "Deletion", method, "requests[]");
      if (agreementEnd.isPresent()) {
        LocalDate effective = effectiveRequestDay(r, agreementEnd.orElseThrow(), readings);
        if (effective != null && (bestEffective == null || effective.isBefore(bestEffective))) {
          best = r;
          bestEffective = effective;
        }
      }
    }
    return best;
  }

  /** The day of the timeline's first ending event: the Agreement ends once (3.4). */
  private static Optional<LocalDate> agreementEndOf(List<? extends DpaEvent> timeline, String method) {
    LocalDate end = null;
    for (DpaEvent e : timeline) {
      Args.notNull(e, "Deletion", method, "timeline[]");
      if (e.getType().isAgreementEnd() && (end == null || e.getDate().isBefore(end))) {
        end = e.getDate();
      }
    }
    return Optional.ofNullable(end);
  }

  private static List<LocalDate> requestDays(List<? extends DpaEvent> timeline) {
    List<LocalDate> days = new ArrayList<>();
    for (DpaEvent e : timeline) {
      if (e instanceof DeletionRequested) {
        days.add(e.getDate());
      }
    }
    return days;
  }
}
