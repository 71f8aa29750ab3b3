package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.contract.Termination;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.event.GoodFaithDiscussionFailed;
import io.github.dpasemantics.model.event.GoodFaithDiscussionResolved;
import io.github.dpasemantics.model.event.NoticeChannel;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.ObjectionMade;
import io.github.dpasemantics.model.event.SubprocessorAgreementSigned;
import io.github.dpasemantics.model.event.SubprocessorEngaged;
import io.github.dpasemantics.model.event.SubprocessorFirstProcessing;
import io.github.dpasemantics.model.event.SubprocessorNoticeGiven;
import io.github.dpasemantics.model.event.TerminatedForConvenience;
import io.github.dpasemantics.model.time.DeadlineRule;
import io.github.dpasemantics.policy.Subprocessing;
import java.time.LocalDate;

/**
 * 6.1.1 and 6.3, the Subprocessor duties: a written agreement with each Subprocessor "substantially
 * similar" to this Addendum (6.1.1); notice of a new Third Party Subprocessor at least ten days
 * before it processes Customer Personal Data, or as soon as reasonably practicable when it is
 * engaged expedited (6.3); Customer's written objection within five days of the notice, on
 * reasonable grounds, the good-faith discussion it starts, and Customer's right to terminate for
 * convenience when the discussion fails (6.3). Each judgement is asked of {@code Subprocessing}
 * through {@link Rules}.
 */
final class SubprocessorDuties {
  private final Engine engine;

  SubprocessorDuties(Engine engine) {
    this.engine = engine;
  }

  /** Registers the steps of 6.1.1 and 6.3 in the dispatch table. */
  static void register(Dispatch.Registry on) {
    on.special(SubprocessorEngaged.class, "6.1, 6.1.1, 6.3", (engine, e) -> engine.subprocessors.onSubprocessorEngaged(e));
    on.special(SubprocessorAgreementSigned.class, "6.1.1", (engine, e) -> engine.subprocessors.onSubprocessorAgreementSigned(e));
    on.special(SubprocessorNoticeGiven.class, "6.3", (engine, e) -> engine.subprocessors.onSubprocessorNoticeGiven(e));
    on.special(SubprocessorFirstProcessing.class, "6.3", (engine, e) -> engine.subprocessors.onSubprocessorFirstProcessing(e));
    on.special(ObjectionMade.class, "6.3", (engine, e) -> engine.subprocessors.onObjectionMade(e));
    on.special(GoodFaithDiscussionResolved.class, "6.3", (engine, e) -> engine.subprocessors.onGoodFaithDiscussionResolved(e));
    on.special(GoodFaithDiscussionFailed.class, "6.3", (engine, e) -> engine.subprocessors.onGoodFaithDiscussionFailed(e));
    on.special(TerminatedForConvenience.class, "6.3, 3.4", (engine, e) -> engine.subprocessors.onTerminatedForConvenience(e));
  }

  AccountBuilder onSubprocessorEngaged(SubprocessorEngaged e) {
    String id = e.getSubprocessorId();
    if (!engine.rules.isNoticeRequired(e.getSubprocessorKind())) {
      // 6.1: an Affiliate needs no 6.3 notice, but 6.1.1's written agreement is owed for each Subprocessor
      if (engine.lookup(ObligationKind.SUBPROCESSOR_AGREEMENT, id) != null) {
        return engine.recorded("subprocessor:" + id, MonitorCode.NO_NOTICE_FOR_NON_THIRD_PARTY, id);
      }
      if (engine.mayCreateProtection(e)) {
        createAgreementDuty(id, e);
      }
      return engine.account;
    }
    Engine.SubprocessorRecord s = engine.subprocessorRecord(id);
    if (s.notice != null) {
      return engine.unmatched(MonitorCode.ENGAGEMENT_REPEATED, id, s.notice.createdOn);
    }
    if (!engine.mayCreateProtection(e)) {
      return engine.account;
    }
    s.expedited = e.getExpeditedReason().orElse(null);
    boolean expedited = s.expedited != null;
    WorkingObligation i = engine.create(ObligationKind.SUBPROCESSOR_NOTICE, id, e, ObligationState.ACTIVE,
        expedited ? MonitorCode.NOTICE_OWED_EXPEDITED : MonitorCode.NOTICE_OWED, id, e.getDate());
    if (expedited) {
      i.rule = DeadlineRule.asSoonAsReasonablyPracticable();
    }
    s.notice = i;
    if (engine.lookup(ObligationKind.SUBPROCESSOR_AGREEMENT, id) == null) {
      createAgreementDuty(id, e);
    }
    return engine.account;
  }

  /** 6.1.1: "Segment shall enter into a written agreement with each Subprocessor": owed from its engagement. */
  private void createAgreementDuty(String subprocessor, SubprocessorEngaged e) {
    engine.create(ObligationKind.SUBPROCESSOR_AGREEMENT, subprocessor, e, ObligationState.ACTIVE,
        MonitorCode.SUBPROCESSOR_AGREEMENT_OWED, subprocessor, e.getDate());
  }

  AccountBuilder onSubprocessorAgreementSigned(SubprocessorAgreementSigned e) {
    if (!engine.mayCreateProtection(e)) {
      return engine.account;
    }
    String id = e.getSubprocessorId();
    WorkingObligation owed = engine.find(ObligationKind.SUBPROCESSOR_AGREEMENT, id, e.getDate());
    // the duty owed since the engagement, or, for an agreement signed before it, one created and settled at once
    WorkingObligation i = owed != null && owed.state.isOpen() ? owed
        : engine.create(ObligationKind.SUBPROCESSOR_AGREEMENT, id, e, ObligationState.ACTIVE, MonitorCode.SUBPROCESSOR_AGREEMENT,
            id, e.getDate());
    boolean ok = engine.rules.isSubprocessorAgreementCompliant(e.isSubstantiallySimilar());
    i.basis = rules -> rules.subprocessorAgreementCompliant(e.isSubstantiallySimilar());
    engine.move(i, ok ? ObligationState.FULFILLED : ObligationState.VIOLATED, e, ok ? EffectKind.FULFILLED : EffectKind.VIOLATED,
        ok ? MonitorCode.SUBPROCESSOR_AGREEMENT : MonitorCode.SUBPROCESSOR_AGREEMENT_NOT_SIMILAR, id, e.getDate());
    return engine.account;
  }

  AccountBuilder onSubprocessorNoticeGiven(SubprocessorNoticeGiven e) {
    String id = e.getSubprocessorId();
    Engine.SubprocessorRecord s = engine.subprocessorRecords.get(id);
    WorkingObligation i = s == null ? null : s.notice;
    if (s == null || i == null) {
      return engine.unmatched(MonitorCode.SUBPROCESSOR_NOT_ENGAGED, id);
    }
    LocalDate d = e.getDate();
    if (e.getChannel() == NoticeChannel.SUBPROCESSOR_PAGE_UPDATE) {
      if (s.pageUpdated != null) {
        return engine.unmatched(MonitorCode.NOTICE_REPEATED, id, s.pageUpdated);
      }
      s.pageUpdated = d;
    } else {
      if (s.workspaceMessage != null) {
        return engine.unmatched(MonitorCode.NOTICE_REPEATED, id, s.workspaceMessage);
      }
      s.workspaceMessage = d;
    }
    LocalDate earlier = s.noticeDate;
    if (earlier != null) {
      // 6.3: notice "may be given by updating the Subprocessor Page and via a message": it was complete
      // on the first channel used; a later channel is recorded and changes neither its timing nor the window
      engine.effect(EffectKind.RECORDED, i);
      engine.because(MonitorCode.NOTICE_CHANNEL_ADDED, id, e.getChannel(), d, earlier);
      return engine.account;
    }
    LocalDate notice = d;
    s.noticeDate = notice;
    // the objection window runs from the notice day (6.3), the same day the advance-notice check uses
    LocalDate objectionEnd = engine.rules.objectionDeadline(notice);
    Right opened = new Right(RightKind.OBJECT_TO_SUBPROCESSOR, "6.3-objection", id, e,
        notice, objectionEnd, MonitorCode.OBJECTION_WINDOW_OPEN, new Object[] {id, notice, objectionEnd});
    opened.basis = rules -> rules.objectionDeadlineDecision(notice);
    engine.opened(opened);
    s.objection = opened;
    engine.effect(EffectKind.RIGHT_OPENED, opened);
    LocalDate first = s.firstProcessing;
    if (first == null) {
      if (i.state.isOpen()) {
        engine.move(i, ObligationState.FULFILLED, e, EffectKind.FULFILLED, MonitorCode.NOTICE_GIVEN, id, notice,
            engine.rules.earliestProcessing(notice));
      } else {
        engine.effect(EffectKind.RECORDED, i);
        engine.because(MonitorCode.NOTICE_GIVEN, id, notice, engine.rules.earliestProcessing(notice));
      }
      return engine.account;
    }
    // first processing came before this notice
    if (i.state == ObligationState.VIOLATED) {
      if (i.lateDone == null) {
        i.lateDone = notice;
        engine.effect(EffectKind.FULFILLED_LATE, i);
      } else {
        engine.effect(EffectKind.RECORDED, i);
      }
      engine.because(MonitorCode.NOTICE_GIVEN_LATE, id, notice, first);
      return engine.account;
    }
    if (i.state.isOpen()) {
      engine.move(i, ObligationState.FULFILLED, e, EffectKind.FULFILLED, MonitorCode.NOTICE_GIVEN_EXPEDITED, id, notice);
      ExpeditedReason why = s.expedited;
      i.basis = rules -> rules.noticeTimely(notice, first, why);
    } else {
      engine.effect(EffectKind.RECORDED, i);
      engine.because(MonitorCode.NOTICE_GIVEN_EXPEDITED, id, notice);
    }
    return engine.account;
  }

  AccountBuilder onSubprocessorFirstProcessing(SubprocessorFirstProcessing e) {
    String id = e.getSubprocessorId();
    Engine.SubprocessorRecord s = engine.subprocessorRecords.get(id);
    WorkingObligation i = s == null ? null : s.notice;
    if (s == null || i == null) {
      return engine.unmatched(MonitorCode.SUBPROCESSOR_NOT_ENGAGED, id);
    }
    LocalDate first = s.firstProcessing;
    if (first != null) {
      return engine.unmatched(MonitorCode.FIRST_PROCESSING_REPEATED, id, first);
    }
    LocalDate p = e.getDate();
    s.firstProcessing = p;
    LocalDate latest = engine.rules.latestTimelyNotice(p);
    LocalDate notice = s.noticeDate;
    ExpeditedReason exp = s.expedited;
    if (notice == null) {
      if (exp != null) {
        engine.effect(EffectKind.RECORDED, i);
        engine.because(MonitorCode.PROCESSED_BEFORE_EXPEDITED_NOTICE, id, p);
        return engine.account;
      }
      i.due = latest;
      i.basis = rules -> rules.latestTimelyNoticeDecision(p);
      engine.move(i, ObligationState.VIOLATED, e, EffectKind.VIOLATED, MonitorCode.PROCESSED_TOO_EARLY, id, p, latest);
      return engine.account;
    }
    Subprocessing.NoticeTiming timing = engine.rules.noticeTiming(notice, p, exp);
    i.basis = rules -> rules.noticeTimely(notice, p, exp);
    if (timing == Subprocessing.NoticeTiming.LATE) {
      i.due = latest;
      i.lateDone = notice;
      engine.move(i, ObligationState.VIOLATED, e, EffectKind.VIOLATED, MonitorCode.PROCESSED_TOO_EARLY, id, p, latest);
      return engine.account;
    }
    if (timing == Subprocessing.NoticeTiming.TIMELY) {
      i.due = latest;
    }
    engine.effect(EffectKind.RECORDED, i);
    engine.because(MonitorCode.PROCESSED_AFTER_NOTICE_PERIOD, id, p, notice);
    return engine.account;
  }

  AccountBuilder onObjectionMade(ObjectionMade e) {
    String id = e.getSubprocessorId();
    Engine.SubprocessorRecord s = engine.subprocessorRecords.get(id);
    LocalDate notice = s == null ? null : s.noticeDate;
    if (s == null || notice == null) {
      return engine.unmatched(MonitorCode.OBJECTION_WITHOUT_NOTICE, id);
    }
    LocalDate objected = s.objectedOn;
    if (objected != null) {
      return engine.unmatched(MonitorCode.OBJECTION_REPEATED, id, objected);
    }
    LocalDate d = e.getDate();
    boolean reasonable = e.getGrounds() == ObjectionGrounds.REASONABLE_DATA_PROTECTION;
    if (!engine.rules.isObjectionTimely(notice, d)) {
      return engine.unmatched(MonitorCode.OBJECTION_LATE, id, d, engine.rules.objectionDeadline(notice));
    }
    if (!e.isWritten() || !reasonable) {
      return engine.unmatched(MonitorCode.OBJECTION_NOT_QUALIFYING, id, d);
    }
    if (!engine.mayCreate(e)) {
      return engine.account;
    }
    s.objectedOn = d;
    Right r = s.objection;
    if (r != null) {
      engine.close(r, d);
      engine.effect(EffectKind.RIGHT_EXERCISED, r);
    }
    WorkingObligation i = engine.create(ObligationKind.GOOD_FAITH_DISCUSSION, id, e, ObligationState.ACTIVE, MonitorCode.OBJECTION_TIMELY, id, d,
        notice);
    i.basis = rules -> rules.objectionAllowed(notice, d, e.isWritten(), reasonable);
    s.discussion = i;
    return engine.account;
  }

  AccountBuilder onGoodFaithDiscussionResolved(GoodFaithDiscussionResolved e) {
    Engine.SubprocessorRecord s = engine.subprocessorRecords.get(e.getSubprocessorId());
    WorkingObligation i = s == null ? null : s.discussion;
    if (i == null) {
      return engine.unmatched(MonitorCode.RESOLUTION_WITHOUT_DISCUSSION, e.getSubprocessorId());
    }
    return engine.fulfil(ObligationKind.GOOD_FAITH_DISCUSSION, i, e, MonitorCode.RESOLUTION_WITHOUT_DISCUSSION, MonitorCode.RESOLUTION_AGREED, e.getSubprocessorId(),
        e.getDate());
  }

  AccountBuilder onGoodFaithDiscussionFailed(GoodFaithDiscussionFailed e) {
    String id = e.getSubprocessorId();
    Engine.SubprocessorRecord s = engine.subprocessorRecords.get(id);
    WorkingObligation i = s == null ? null : s.discussion;
    if (s == null || i == null) {
      return engine.unmatched(MonitorCode.RESOLUTION_WITHOUT_DISCUSSION, id);
    }
    if (!i.state.isOpen()) {
      return engine.alreadyFinished(i);
    }
    engine.move(i, ObligationState.FULFILLED, e, EffectKind.FULFILLED, MonitorCode.RESOLUTION_FAILED, id, e.getDate());
    Right r = new Right(RightKind.TERMINATE_FOR_CONVENIENCE, "6.3-termination", id, e, e.getDate(),
        null, MonitorCode.RESOLUTION_FAILED, new Object[] {id, e.getDate()});
    r.basis = Rules::terminationForConvenience;
    engine.opened(r);
    s.termination = r;
    engine.effect(EffectKind.RIGHT_OPENED, r);
    return engine.account;
  }

  /** 6.3: Customer's termination for convenience, open only after the good-faith discussion failed; it ends the Agreement (3.4). */
  AccountBuilder onTerminatedForConvenience(TerminatedForConvenience e) {
    Engine.SubprocessorRecord s = engine.subprocessorRecords.get(e.getSubprocessorId());
    Right r = s == null ? null : s.termination;
    if (r == null || !r.isOpenOn(e.getDate())) {
      return engine.unmatched(MonitorCode.TERMINATION_FOR_CONVENIENCE_WITHOUT_RIGHT, e.getDate(), e.getSubprocessorId());
    }
    if (!engine.endAgreement(e, Termination.forConvenienceUnder63(e.getDate()), MonitorCode.TERMINATED_FOR_CONVENIENCE)) {
      return engine.account;
    }
    engine.close(r, e.getDate());
    engine.effect(EffectKind.RIGHT_EXERCISED, r);
    return engine.account;
  }
}
