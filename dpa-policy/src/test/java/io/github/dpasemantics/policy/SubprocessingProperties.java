package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static io.github.dpasemantics.policy.testing.FactGenerators.forms;
import static io.github.dpasemantics.policy.testing.FactGenerators.objectionGrounds;
import static io.github.dpasemantics.policy.testing.SubprocessingGenerators.actorKinds;
import static io.github.dpasemantics.policy.testing.SubprocessingGenerators.dates;
import static io.github.dpasemantics.policy.testing.SubprocessingGenerators.discussions;
import static io.github.dpasemantics.policy.testing.SubprocessingGenerators.engagedKinds;
import static io.github.dpasemantics.policy.testing.SubprocessingGenerators.expeditedReasons;
import static io.github.dpasemantics.policy.testing.SubprocessingGenerators.obligations;
import static io.github.dpasemantics.policy.testing.SubprocessingGenerators.offsets;
import static io.github.dpasemantics.policy.testing.SubprocessingGenerators.otherKinds;
import static io.github.dpasemantics.policy.testing.SubprocessingGenerators.readings;
import static io.github.dpasemantics.policy.testing.SubprocessingGenerators.terms;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.policy.Subprocessing.NoticeTiming;
import io.github.dpasemantics.policy.Subprocessing.SubprocessorObligations;
import io.github.dpasemantics.policy.fact.Form;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SubprocessingProperties {
  private static final DpaTerms SEGMENT = DpaTerms.segment();

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: the last objection day is timely and the next day is not, for any terms and readings")
  void objectionBoundary() {
    qt().forAll(dates(), terms(), readings()).check((n, t, r) -> {
      LocalDate last = Subprocessing.objectionDeadlineDate(n, t, r);
      return Subprocessing.isObjectionTimely(n, last, t, r)
          && !Subprocessing.isObjectionTimely(n, last.plusDays(1), t, r)
          && Subprocessing.isObjectionTimely(n, n, t, r)
          && !Subprocessing.isObjectionTimely(n, n.minusDays(1), t, r);
    });
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: without roll-forward the last objection day is exactly the objection days after notice")
  void objectionDaysFromTerms() {
    qt().forAll(dates(), terms()).check((n, t) ->
        ChronoUnit.DAYS.between(n, Subprocessing.objectionDeadlineDate(n, t, Interpretations.defaults())) == t.getObjectionDays());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: a later objection is never more timely (after the notice day)")
  void objectionMonotonic() {
    qt().forAll(dates(), offsets(), offsets(), readings()).check((n, a, b, r) -> {
      LocalDate o1 = n.plusDays(Math.min(a, b));
      LocalDate o2 = n.plusDays(Math.max(a, b));
      return !Subprocessing.isObjectionTimely(n, o2, SEGMENT, r) || o1.isBefore(n)
          || Subprocessing.isObjectionTimely(n, o1, SEGMENT, r);
    });
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: shifting notice and objection by the same days does not change timeliness (calendar days)")
  void objectionShiftInvariant() {
    qt().forAll(dates(), offsets(), offsets()).check((n, o, k) -> {
      Interpretations def = Interpretations.defaults();
      return Subprocessing.isObjectionTimely(n, n.plusDays(o), SEGMENT, def)
          == Subprocessing.isObjectionTimely(n.plusDays(k), n.plusDays(o + k), SEGMENT, def);
    });
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: objectionAllowed agrees with its bare form, cites the catalogue and carries the window")
  void objectionBareEqualsExplained() {
    qt().forAll(dates(), offsets(), forms(), objectionGrounds()).check((n, o, w, g) -> {
      LocalDate obj = n.plusDays(o);
      Decision<Boolean> d = Subprocessing.objectionAllowed(n, obj, w, g, SEGMENT, Interpretations.defaults());
      return d.isYes() == Subprocessing.isObjectionAllowed(n, obj, w, g, SEGMENT, Interpretations.defaults())
          && d.isYes() == (Subprocessing.isObjectionTimely(n, obj, SEGMENT, Interpretations.defaults()) && w == Form.IN_WRITING
              && g == ObjectionGrounds.REASONABLE_DATA_PROTECTION)
          && (d.getWindow().orElseThrow().contains(obj) || obj.equals(n))
              == Subprocessing.isObjectionTimely(n, obj, SEGMENT, Interpretations.defaults())
          && d.getReasons().size() == 3 && citesCatalogue(d);
    });
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: noticeTimely holds exactly when notice is on or before the latest timely notice day")
  void noticeConsistency() {
    qt().forAll(dates(), offsets(), terms(), readings()).check((p, o, t, r) -> {
      LocalDate notice = p.plusDays(o);
      boolean timely = (Subprocessing.noticeTimingOf(notice, p, t, r) == NoticeTiming.TIMELY);
      Decision<NoticeTiming> d = Subprocessing.noticeTiming(notice, p, t, r);
      return timely == !notice.isAfter(Subprocessing.latestTimelyNoticeDate(p, t, r))
          && (d.getOutcome() == NoticeTiming.TIMELY) == timely
          && d.getOutcome() == Subprocessing.noticeTimingOf(notice, p, t, r)
          && d.getWindow().orElseThrow().contains(notice) == timely
          && citesCatalogue(d)
          && Subprocessing.latestTimelyNotice(p, t, r).getOutcome().equals(Subprocessing.latestTimelyNoticeDate(p, t, r));
    });
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: clear-days counting is never more lenient than nominal days; expedition never makes notice LATE")
  void noticeReadingsAndExpedition() {
    Interpretations clear = Interpretations.of(Interpretation.ADVANCE_NOTICE_CLEAR_DAYS);
    qt().forAll(dates(), offsets(), expeditedReasons()).check((p, o, x) -> {
      LocalDate notice = p.plusDays(o);
      NoticeTiming expedited = Subprocessing.noticeTimingOf(notice, p, x, SEGMENT, Interpretations.defaults());
      NoticeTiming ordinary = Subprocessing.noticeTimingOf(notice, p, SEGMENT, Interpretations.defaults());
      return (!(Subprocessing.noticeTimingOf(notice, p, SEGMENT, clear) == NoticeTiming.TIMELY) || (Subprocessing.noticeTimingOf(notice, p, SEGMENT, Interpretations.defaults()) == NoticeTiming.TIMELY))
          && expedited != NoticeTiming.LATE
          && (expedited == NoticeTiming.TIMELY) == (ordinary == NoticeTiming.TIMELY)
          && Subprocessing.noticeTiming(notice, p, x, SEGMENT, Interpretations.defaults()).getOutcome() == expedited;
    });
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: the earlier-channel notice day is never after the later-channel one, and both are one of the two days")
  void noticeChannels() {
    Interpretations early = Interpretations.of(Interpretation.NOTICE_ON_EARLIER_CHANNEL);
    qt().forAll(dates(), offsets()).check((a, o) -> {
      LocalDate b = a.plusDays(o);
      LocalDate later = Subprocessing.noticeDate(a, b, Interpretations.defaults());
      LocalDate earlier = Subprocessing.noticeDate(a, b, early);
      return !earlier.isAfter(later) && (later.equals(a) || later.equals(b)) && (earlier.equals(a) || earlier.equals(b))
          && later.equals(Subprocessing.noticeDate(b, a, Interpretations.defaults()))
          && Subprocessing.notice(a, b, early).getOutcome().equals(earlier);
    });
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: notice is required exactly for a new Third Party Subprocessor, and the explained form agrees")
  void noticeRequired() {
    qt().forAll(engagedKinds(), booleans().all()).check((k, isNew) -> {
      Decision<Boolean> d = Subprocessing.noticeRequired(k, isNew);
      return d.isYes() == Subprocessing.isNoticeRequired(k, isNew)
          && d.isYes() == (k == io.github.dpasemantics.model.party.PartyKind.THIRD_PARTY_SUBPROCESSOR && isNew)
          && citesCatalogue(d) && citesCatalogue(Subprocessing.authorization(k));
    });
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6: kinds that are neither Subprocessors nor Sources/Destinations are refused everywhere")
  void otherKindsRefused() {
    qt().forAll(otherKinds()).check(k -> refuses(() -> Subprocessing.isNoticeRequired(k, true))
        && refuses(() -> Subprocessing.authorizationOf(k)) && refuses(() -> Subprocessing.isSegmentLiable(k, true)));
  }

  @Test
  @Tag("clause-6.1.2")
  @DisplayName("6.1.2, 6.1.1, 6.3: liability, agreement and outcome decisions agree with their bare forms and cite the catalogue")
  void otherBareEqualsExplained() {
    qt().forAll(actorKinds(), booleans().all(), obligations(), discussions()).check((k, b, ob, disc) ->
        Subprocessing.segmentLiable(k, b).isYes() == Subprocessing.isSegmentLiable(k, b)
            && citesCatalogue(Subprocessing.segmentLiable(k, b))
            && agreementBareEqualsExplained(b ? Form.IN_WRITING : Form.NOT_IN_WRITING, ob)
            && Subprocessing.objectionOutcome(b, disc).getOutcome() == Subprocessing.objectionOutcomeOf(b, disc)
            && citesCatalogue(Subprocessing.objectionOutcome(b, disc)));
  }

  private static boolean agreementBareEqualsExplained(Form form, SubprocessorObligations ob) {
    Decision<Boolean> d = Subprocessing.subprocessorAgreementCompliant(form, ob);
    return d.isYes() == Subprocessing.isSubprocessorAgreementCompliant(form, ob) && citesCatalogue(d)
        && (!d.isYes() || form == Form.IN_WRITING);
  }

  private static boolean refuses(Runnable r) {
    try {
      r.run();
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
