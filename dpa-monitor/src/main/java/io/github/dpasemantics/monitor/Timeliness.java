package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.time.DeadlineRule;
import io.github.dpasemantics.policy.Security;
import io.github.dpasemantics.policy.fact.DelayGround;
import io.github.dpasemantics.policy.fact.LegalProhibition;
import io.github.dpasemantics.policy.fact.NoticeHold;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The monitor's judgement of when a duty was performed, beside its {@link ObligationState}.
 *
 * <p>Dated deadlines (9.1's 60 days, 6.3's ten days before, ...): {@link #ON_TIME} if performed on
 * or before the due date, {@link #LATE} if after. Qualitative deadlines ("without undue delay" 7.3,
 * "as soon as reasonably practicable" 6.3 expedited, "promptly" A.2.2.4, "without delay"
 * A.2.1.2) have no date: the duty arises on a day D (the contract's zone); performed on D it is
 * {@link #ON_TIME}; performed later, the delay is the days after D up to performance, and if every
 * such day fell in a suspension the text gives and the timeline records (7.3: a law enforcement
 * request, Segment's legitimate need to investigate or remediate; a legal prohibition of the
 * notice) it is {@link #DELAY_EXCUSED}, otherwise {@link #DELAY_NOT_EXCUSED}. The text does not say
 * that a delay without excuse is "undue": that stays a question of fact, so the monitor reports
 * the unexcused days rather than calling the duty violated. A qualitative duty still open is
 * {@link #PENDING}, with the days since it arose. For 7.3 the judgement is
 * {@link Security#noticeDelayOf(NoticeHold, Set, LegalProhibition)}, the policy {@code dpa decide}
 * uses for the same facts.
 */
public enum Timeliness {
  /** Performed on or before the due date, or on the day a qualitative duty arose. */
  ON_TIME,
  /** A dated duty performed after its due date (the violation stands). */
  LATE,
  /** A qualitative duty performed after the day it arose, every day of the delay excused by the text. */
  DELAY_EXCUSED,
  /** A qualitative duty performed after the day it arose, some days of the delay not excused by the text. */
  DELAY_NOT_EXCUSED,
  /** A qualitative duty still open. */
  PENDING;

  /** A judgement and its number of days (see {@link ObligationInstance#getTimelinessDays()}). */
  record Judgement(Timeliness timeliness, long days) {}

  /** Whether a deadline rule is qualitative: words, no date ("no deadline" is not one). */
  static boolean isQualitative(DeadlineRule rule) {
    return rule instanceof DeadlineRule.Qualitative && rule != DeadlineRule.Qualitative.NONE;
  }

  /** The judgement of an instance as of a date (already advanced to it), or null where none applies. */
  static @Nullable Judgement of(WorkingObligation i, LocalDate asOf) {
    if (isQualitative(i.rule)) {
      return qualitative(i, asOf);
    }
    if (i.state == ObligationState.VIOLATED && i.lateDone != null) {
      LocalDate due = i.due;
      return new Judgement(LATE, due == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, i.lateDone)));
    }
    boolean dated = i.due != null || i.rule.isComputable();
    return dated && i.state == ObligationState.FULFILLED ? new Judgement(ON_TIME, 0) : null;
  }

  private static @Nullable Judgement qualitative(WorkingObligation i, LocalDate asOf) {
    LocalDate arose = i.createdOn;
    if (i.state.isOpen()) {
      return new Judgement(PENDING, Math.max(0, ChronoUnit.DAYS.between(arose, asOf)));
    }
    if (i.state != ObligationState.FULFILLED) {
      return null;
    }
    long delay = Math.max(0, ChronoUnit.DAYS.between(arose, i.movedOn));
    long unexcused = Math.max(0, delay - i.excusedDays);
    boolean excused = delay > 0 && unexcused == 0;
    if (i.kind == ObligationKind.INCIDENT_NOTICE) {
      Security.NoticeDelay status = Security.noticeDelayOf(NoticeHold.of(delay > 0), excused ? grounds(i) : Set.of(),
          LegalProhibition.of(excused && i.wasPausedFor(WorkingObligation.Pause.PROHIBITION)));
      return switch (status) {
        case NOT_DELAYED -> new Judgement(ON_TIME, 0);
        case DELAY_NOT_UNDUE, NOTICE_PROHIBITED -> new Judgement(DELAY_EXCUSED, 0);
        default -> new Judgement(DELAY_NOT_EXCUSED, unexcused);
      };
    }
    if (delay == 0) {
      return new Judgement(ON_TIME, 0);
    }
    return excused ? new Judgement(DELAY_EXCUSED, 0) : new Judgement(DELAY_NOT_EXCUSED, unexcused);
  }

  /** The 7.3 grounds the timeline records for the duty's suspensions. */
  private static Set<DelayGround> grounds(WorkingObligation i) {
    Set<DelayGround> grounds = EnumSet.noneOf(DelayGround.class);
    if (i.wasPausedFor(WorkingObligation.Pause.LAW_ENFORCEMENT)) {
      grounds.add(DelayGround.LAW_ENFORCEMENT_REQUEST);
    }
    if (i.wasPausedFor(WorkingObligation.Pause.INVESTIGATION)) {
      grounds.add(DelayGround.INVESTIGATION_OR_REMEDIATION);
    }
    return grounds;
  }
}
