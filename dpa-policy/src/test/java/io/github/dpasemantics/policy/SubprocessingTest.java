package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.ExpeditedReason;
import io.github.dpasemantics.model.event.NoticeChannel;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.ObjectionMade;
import io.github.dpasemantics.model.event.SubprocessorEngaged;
import io.github.dpasemantics.model.event.SubprocessorFirstProcessing;
import io.github.dpasemantics.model.event.SubprocessorNoticeGiven;
import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.Subprocessor;
import io.github.dpasemantics.model.time.Counting;
import io.github.dpasemantics.model.time.Window;
import io.github.dpasemantics.policy.Subprocessing.Authorization;
import io.github.dpasemantics.policy.Subprocessing.Code;
import io.github.dpasemantics.policy.Subprocessing.Discussion;
import io.github.dpasemantics.policy.Subprocessing.NoticeTiming;
import io.github.dpasemantics.policy.Subprocessing.ObjectionOutcome;
import io.github.dpasemantics.policy.Subprocessing.SubprocessorObligations;
import io.github.dpasemantics.policy.fact.Form;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubprocessingTest {
  private static final DpaTerms SEGMENT = DpaTerms.segment();
  private static final Interpretations DEFAULTS = Interpretations.defaults();
  private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  // ------------------------------------------------------------------ 6.1, 6.3 notice required

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: engaging a new Third Party Subprocessor requires notice to Customer")
  void newThirdPartyNeedsNotice() {
    Decision<Boolean> d = Subprocessing.noticeRequired(PartyKind.THIRD_PARTY_SUBPROCESSOR, true);
    assertTrue(d.isYes());
    assertTrue(Subprocessing.isNoticeRequired(PartyKind.THIRD_PARTY_SUBPROCESSOR, true));
    assertEquals(List.of(Code.NOTICE_FOR_NEW_THIRD_PARTY_SUBPROCESSOR), d.getReasonCodes());
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: a Third Party Subprocessor already engaged needs no fresh notice")
  void existingThirdPartyNeedsNoNotice() {
    Decision<Boolean> d = Subprocessing.noticeRequired(PartyKind.THIRD_PARTY_SUBPROCESSOR, false);
    assertFalse(d.isYes());
    assertTrue(d.hasReason(Code.NO_NOTICE_NOT_NEW));
  }

  @Test
  @Tag("clause-6.1")
  @DisplayName("6.1, 2.11, 6.3: a new Affiliate Subprocessor is specifically authorized, no Third Party Subprocessor, and needs no notice")
  void affiliateNeedsNoNotice() {
    Decision<Boolean> d = Subprocessing.noticeRequired(PartyKind.SEGMENT_AFFILIATE, true);
    assertFalse(d.isYes());
    assertFalse(Subprocessing.isNoticeRequired(PartyKind.SEGMENT_AFFILIATE, true));
    assertEquals(List.of(ClauseId.parse("2.11"), ClauseId.parse("6.1"), ClauseId.parse("6.3")), d.getClauses());
  }

  @Test
  @Tag("clause-5.2")
  @DisplayName("5.2: a new Source or Destination is not a Subprocessor and needs no notice")
  void sourceNeedsNoNotice() {
    Decision<Boolean> d = Subprocessing.noticeRequired(PartyKind.SOURCE_OR_DESTINATION, true);
    assertFalse(d.isYes());
    assertFalse(Subprocessing.isNoticeRequired(PartyKind.SOURCE_OR_DESTINATION, true));
    assertEquals(List.of(ClauseId.parse("5.2")), d.getClauses());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an unresolved Subprocessor kind or a non-Subprocessor kind is refused with a message naming it")
  void unresolvedKindRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Subprocessing.isNoticeRequired(PartyKind.SUBPROCESSOR, true));
    assertTrue(e.getMessage().contains("SUBPROCESSOR") && e.getMessage().contains("Affiliate"), e.getMessage());
    IllegalArgumentException c = assertThrows(IllegalArgumentException.class,
        () -> Subprocessing.noticeRequired(PartyKind.CUSTOMER, true));
    assertTrue(c.getMessage().contains("kind = CUSTOMER") && c.getMessage().contains("(6.1, 5.2)"), c.getMessage());
    NullPointerException n = assertThrows(NullPointerException.class, () -> Subprocessing.isNoticeRequired(null, true));
    assertTrue(n.getMessage().contains("kind"));
  }

  @Test
  @Tag("clause-6.1")
  @DisplayName("6.1: a Subprocessor of unresolved kind is an Affiliate when the graph says so, else a Third Party")
  void subprocessorResolvedThroughGraph() {
    Subprocessor aws = Subprocessor.of(Party.of("aws", "Amazon Web Services", PartyKind.THIRD_PARTY_SUBPROCESSOR));
    Subprocessor twilioEu = Subprocessor.of(Party.of("segment-eu", "Segment EU", PartyKind.SEGMENT_AFFILIATE));
    assertTrue(Subprocessing.noticeRequired(aws, AffiliateGraph.empty(), Party.SEGMENT_ID, true).isYes());
    assertFalse(Subprocessing.noticeRequired(twilioEu, AffiliateGraph.empty(), Party.SEGMENT_ID, true).isYes());
    assertEquals(Authorization.GENERAL, Subprocessing.authorizationOf(aws, AffiliateGraph.empty(), Party.SEGMENT_ID));
    assertEquals(Authorization.SPECIFIC, Subprocessing.authorizationOf(twilioEu, AffiliateGraph.empty(), Party.SEGMENT_ID));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an engagement event of a Third Party needs notice, of an Affiliate does not")
  void engagementEvent() {
    assertTrue(Subprocessing.noticeRequired(engaged("aws", PartyKind.THIRD_PARTY_SUBPROCESSOR, null)).isYes());
    assertFalse(Subprocessing.noticeRequired(engaged("seg-eu", PartyKind.SEGMENT_AFFILIATE, null)).isYes());
  }

  @Test
  @Tag("clause-6.1")
  @DisplayName("6.1: Affiliates are specifically authorized, Third Parties generally, Sources and Destinations not at all")
  void authorization() {
    assertEquals(Authorization.SPECIFIC, Subprocessing.authorization(PartyKind.SEGMENT_AFFILIATE).getOutcome());
    assertEquals(Authorization.GENERAL, Subprocessing.authorization(PartyKind.THIRD_PARTY_SUBPROCESSOR).getOutcome());
    Decision<Authorization> s = Subprocessing.authorization(PartyKind.SOURCE_OR_DESTINATION);
    assertEquals(Authorization.NOT_A_SUBPROCESSOR, s.getOutcome());
    assertTrue(s.hasReason(Code.NOT_A_SUBPROCESSOR));
    assertTrue(Subprocessing.authorization(PartyKind.SEGMENT_AFFILIATE).hasReason(Code.AFFILIATE_SPECIFICALLY_AUTHORIZED));
    assertTrue(Subprocessing.authorization(PartyKind.THIRD_PARTY_SUBPROCESSOR).hasReason(Code.THIRD_PARTY_GENERALLY_AUTHORIZED));
  }

  // ------------------------------------------------------------------ 6.3 notice date

  @ParameterizedTest(name = "page {0}, message {1}: later {2}, earlier {3}")
  @CsvSource({
      "2024-03-01, 2024-03-04, 2024-03-04, 2024-03-01",
      "2024-03-04, 2024-03-01, 2024-03-04, 2024-03-01",
      "2024-03-02, 2024-03-02, 2024-03-02, 2024-03-02"})
  @Tag("clause-6.3")
  @DisplayName("6.3: notice through both channels is given on the later day by default, the earlier under the option")
  void noticeDateByChannel(LocalDate page, LocalDate message, LocalDate later, LocalDate earlier) {
    assertEquals(later, Subprocessing.noticeDate(page, message, DEFAULTS));
    Interpretations early = Interpretations.of(Interpretation.NOTICE_ON_EARLIER_CHANNEL);
    assertEquals(earlier, Subprocessing.noticeDate(page, message, early));
    Decision<LocalDate> d = Subprocessing.notice(page, message, early);
    assertEquals(earlier, d.getOutcome());
    assertEquals(List.of(Interpretation.NOTICE_ON_EARLIER_CHANNEL), d.getInterpretations());
    assertTrue(d.hasReason(Code.NOTICE_ON_EARLIER_CHANNEL));
    assertTrue(Subprocessing.notice(page, message, DEFAULTS).hasReason(Code.NOTICE_ON_LATER_CHANNEL));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: from notice events, the first notice per channel counts and the reading picks the later or earlier")
  void noticeDateFromEvents() {
    List<SubprocessorNoticeGiven> notices = List.of(
        notice("n1", "aws", d("2024-03-01"), NoticeChannel.SUBPROCESSOR_PAGE_UPDATE),
        notice("n2", "aws", d("2024-03-05"), NoticeChannel.WORKSPACE_MESSAGE),
        notice("n3", "aws", d("2024-03-04"), NoticeChannel.WORKSPACE_MESSAGE),
        notice("n4", "aws", d("2024-03-09"), NoticeChannel.SUBPROCESSOR_PAGE_UPDATE));
    assertEquals(d("2024-03-04"), Subprocessing.noticeDate(notices, DEFAULTS));
    assertEquals(d("2024-03-01"), Subprocessing.noticeDate(notices, Interpretations.of(Interpretation.NOTICE_ON_EARLIER_CHANNEL)));
    Decision<LocalDate> d = Subprocessing.notice(notices, DEFAULTS);
    assertEquals(d("2024-03-04"), d.getOutcome());
    assertEquals(List.of(d("2024-03-01"), d("2024-03-04"), d("2024-03-04")), d.getReasons().get(0).getArguments());
    assertTrue(citesCatalogue(d));
    Decision<LocalDate> one = Subprocessing.notice(
        List.of(notice("n5", "aws", d("2024-03-07"), NoticeChannel.WORKSPACE_MESSAGE)), DEFAULTS);
    assertEquals(d("2024-03-07"), one.getOutcome());
    assertEquals(List.of("none", d("2024-03-07"), d("2024-03-07")), one.getReasons().get(0).getArguments());
    assertTrue(Subprocessing.notice(notices, Interpretations.of(Interpretation.NOTICE_ON_EARLIER_CHANNEL))
        .hasReason(Code.NOTICE_ON_EARLIER_CHANNEL));
    Decision<LocalDate> pageOnly = Subprocessing.notice(
        List.of(notice("n6", "aws", d("2024-03-08"), NoticeChannel.SUBPROCESSOR_PAGE_UPDATE)), DEFAULTS);
    assertEquals(List.of(d("2024-03-08"), "none", d("2024-03-08")), pageOnly.getReasons().get(0).getArguments());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: notice events must be non-empty and concern one Subprocessor")
  void noticeEventsRefused() {
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Subprocessing.noticeDate(List.of(), DEFAULTS));
    assertTrue(empty.getMessage().contains("notices = []"));
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class, () -> Subprocessing.noticeDate(List.of(
        notice("n1", "aws", MAR_1, NoticeChannel.WORKSPACE_MESSAGE),
        notice("n2", "gcp", MAR_1, NoticeChannel.WORKSPACE_MESSAGE)), DEFAULTS));
    assertTrue(mixed.getMessage().contains("'gcp'") && mixed.getMessage().contains("'aws'"), mixed.getMessage());
  }

  // ------------------------------------------------------------------ 6.3 advance notice

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: first processing on 11 March 2024 makes 1 March the latest timely notice day (29 February under clear days)")
  void latestTimelyNotice() {
    Decision<LocalDate> d = Subprocessing.latestTimelyNotice(d("2024-03-11"), SEGMENT, DEFAULTS);
    assertEquals(MAR_1, d.getOutcome());
    assertEquals(MAR_1, d.getWindow().orElseThrow().getCloses());
    assertEquals(Counting.DAYS_BEFORE, d.getWindow().orElseThrow().getCounting());
    assertEquals(List.of(Interpretation.ADVANCE_NOTICE_NOMINAL_DAYS, Interpretation.CALENDAR_DAYS_NO_ROLL), d.getInterpretations());
    assertEquals(List.of(d("2024-03-11"), 10, MAR_1), d.getReasons().get(0).getArguments());
    assertEquals(d("2024-02-29"), Subprocessing.latestTimelyNoticeDate(d("2024-03-11"), SEGMENT,
        Interpretations.of(Interpretation.ADVANCE_NOTICE_CLEAR_DAYS)));
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: under the roll option a latest notice day on a Saturday moves back to Friday")
  void latestTimelyNoticeRolledBack() {
    // 2024-03-12 minus 10 = Saturday 2024-03-02
    Interpretations roll = Interpretations.of(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY);
    assertEquals(d("2024-03-02"), Subprocessing.latestTimelyNoticeDate(d("2024-03-12"), SEGMENT, DEFAULTS));
    assertEquals(MAR_1, Subprocessing.latestTimelyNoticeDate(d("2024-03-12"), SEGMENT, roll));
  }

  @ParameterizedTest(name = "notice {0} before first processing on 2024-03-11: {1}")
  @CsvSource({"2024-02-29, TIMELY", "2024-03-01, TIMELY", "2024-03-02, LATE", "2024-03-11, LATE"})
  @Tag("clause-6.3")
  @DisplayName("6.3: notice at least ten calendar days before first processing is timely; nine days is late")
  void advanceNoticeBoundary(LocalDate notice, NoticeTiming expected) {
    LocalDate first = d("2024-03-11");
    Decision<NoticeTiming> d = Subprocessing.noticeTiming(notice, first, SEGMENT, DEFAULTS);
    assertEquals(expected, d.getOutcome());
    assertEquals(expected, Subprocessing.noticeTimingOf(notice, first, SEGMENT, DEFAULTS));
    assertEquals(expected == NoticeTiming.TIMELY, (Subprocessing.noticeTimingOf(notice, first, SEGMENT, DEFAULTS) == NoticeTiming.TIMELY));
    assertTrue(d.hasReason(expected == NoticeTiming.TIMELY ? Code.NOTICE_AT_LEAST_DAYS_BEFORE : Code.NOTICE_LATE));
    assertEquals(MAR_1, d.getWindow().orElseThrow().getCloses());
    assertEquals(List.of(notice, 10, first, MAR_1), d.getReasons().get(0).getArguments());
    assertEquals(2, d.getInterpretations().size());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an expedited engagement for availability turns late notice into 'as soon as reasonably practicable'")
  void expeditedNotice() {
    LocalDate first = d("2024-03-11");
    Decision<NoticeTiming> late = Subprocessing.noticeTiming(d("2024-03-10"), first, ExpeditedReason.PROTECT_AVAILABILITY, SEGMENT, DEFAULTS);
    assertEquals(NoticeTiming.AS_SOON_AS_REASONABLY_PRACTICABLE, late.getOutcome());
    assertEquals(List.of(Code.NOTICE_LATE, Code.EXPEDITED_AS_SOON_AS_REASONABLY_PRACTICABLE), late.getReasonCodes());
    assertTrue(late.explain().contains("protect the availability of the Customer Personal Data"), late.explain());
    assertTrue(citesCatalogue(late));
    assertEquals(NoticeTiming.TIMELY,
        Subprocessing.noticeTimingOf(MAR_1, first, ExpeditedReason.AVOID_MATERIAL_DISRUPTION, SEGMENT, DEFAULTS));
    assertEquals(NoticeTiming.AS_SOON_AS_REASONABLY_PRACTICABLE,
        Subprocessing.noticeTimingOf(d("2024-03-02"), first, ExpeditedReason.PROTECT_CONFIDENTIALITY, SEGMENT, DEFAULTS));
    Decision<NoticeTiming> timely = Subprocessing.noticeTiming(MAR_1, first, ExpeditedReason.PROTECT_INTEGRITY, SEGMENT, DEFAULTS);
    assertEquals(List.of(Code.NOTICE_AT_LEAST_DAYS_BEFORE), timely.getReasonCodes());
    assertThrows(NullPointerException.class, () -> Subprocessing.noticeTimingOf(MAR_1, first, (ExpeditedReason) null, SEGMENT, DEFAULTS));
    assertThrows(NullPointerException.class, () -> Subprocessing.noticeTiming(MAR_1, first, (ExpeditedReason) null, SEGMENT, DEFAULTS));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: every expedited reason is quoted in the words of 6.3")
  void expeditedWords() {
    assertEquals("protect the confidentiality of the Customer Personal Data", Subprocessing.words(ExpeditedReason.PROTECT_CONFIDENTIALITY));
    assertEquals("protect the integrity of the Customer Personal Data", Subprocessing.words(ExpeditedReason.PROTECT_INTEGRITY));
    assertEquals("protect the availability of the Customer Personal Data", Subprocessing.words(ExpeditedReason.PROTECT_AVAILABILITY));
    assertEquals("avoid material disruption to the Services", Subprocessing.words(ExpeditedReason.AVOID_MATERIAL_DISRUPTION));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: from events, the engagement says whether notice may be 'as soon as reasonably practicable'")
  void noticeTimelyFromEvents() {
    SubprocessorFirstProcessing first = SubprocessorFirstProcessing.builder().id("f1").date(d("2024-03-11")).subprocessorId("aws").build();
    assertEquals(NoticeTiming.LATE, Subprocessing.noticeTiming(engaged("aws", PartyKind.THIRD_PARTY_SUBPROCESSOR, null),
        d("2024-03-05"), first, SEGMENT, DEFAULTS).getOutcome());
    assertEquals(NoticeTiming.AS_SOON_AS_REASONABLY_PRACTICABLE, Subprocessing.noticeTiming(
        engaged("aws", PartyKind.THIRD_PARTY_SUBPROCESSOR, ExpeditedReason.PROTECT_INTEGRITY), d("2024-03-05"), first, SEGMENT, DEFAULTS).getOutcome());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Subprocessing.noticeTiming(
        engaged("gcp", PartyKind.THIRD_PARTY_SUBPROCESSOR, null), MAR_1, first, SEGMENT, DEFAULTS));
    assertTrue(e.getMessage().contains("firstProcessing"), e.getMessage());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: over every day of 2023 and 2024 the latest timely notice is exactly ten days before first processing")
  void advanceNoticeSweep() {
    for (LocalDate p = d("2023-01-01"); p.isBefore(d("2025-01-01")); p = p.plusDays(1)) {
      LocalDate latest = Subprocessing.latestTimelyNoticeDate(p, SEGMENT, DEFAULTS);
      assertEquals(10, ChronoUnit.DAYS.between(latest, p), p.toString());
      assertTrue((Subprocessing.noticeTimingOf(latest, p, SEGMENT, DEFAULTS) == NoticeTiming.TIMELY));
      assertFalse((Subprocessing.noticeTimingOf(latest.plusDays(1), p, SEGMENT, DEFAULTS) == NoticeTiming.TIMELY));
    }
  }

  // ------------------------------------------------------------------ 6.3 objection

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: notice on 1 March 2024 leaves Customer until 6 March to object; the window opens on 2 March")
  void objectionDeadline() {
    Decision<LocalDate> d = Subprocessing.objectionDeadline(MAR_1, SEGMENT, DEFAULTS);
    assertEquals(d("2024-03-06"), d.getOutcome());
    Window w = d.getWindow().orElseThrow();
    assertEquals(d("2024-03-02"), w.getOpens().orElseThrow());
    assertEquals(d("2024-03-06"), w.getCloses());
    assertEquals(List.of(MAR_1, 5, d("2024-03-06")), d.getReasons().get(0).getArguments());
    assertEquals(List.of(Interpretation.CALENDAR_DAYS_NO_ROLL), d.getInterpretations());
    assertTrue(citesCatalogue(d));
  }

  @ParameterizedTest(name = "objection on {0} after notice on 2024-03-01: {1}")
  @CsvSource({"2024-02-29, false, OBJECTION_BEFORE_WINDOW", "2024-03-01, true, OBJECTION_WITHIN_WINDOW",
      "2024-03-02, true, OBJECTION_WITHIN_WINDOW", "2024-03-05, true, OBJECTION_WITHIN_WINDOW",
      "2024-03-06, true, OBJECTION_WITHIN_WINDOW", "2024-03-07, false, OBJECTION_AFTER_WINDOW"})
  @Tag("clause-6.3")
  @DisplayName("6.3: an objection from the notice day to the fifth calendar day after it is timely; the sixth day is late")
  void objectionBoundary(LocalDate objection, boolean timely, Code code) {
    assertEquals(timely, Subprocessing.isObjectionTimely(MAR_1, objection, SEGMENT, DEFAULTS));
    Decision<Boolean> d = Subprocessing.objectionAllowed(MAR_1, objection, Form.IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION, SEGMENT, DEFAULTS);
    assertEquals(timely, d.isYes());
    assertEquals(List.of(code, Code.OBJECTION_IN_WRITING, Code.OBJECTION_ON_DATA_PROTECTION_GROUNDS), d.getReasonCodes());
    assertEquals(d("2024-03-06"), d.getWindow().orElseThrow().getCloses());
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an oral objection, or one not on reasonable data protection grounds, does not count, and every failure is named")
  void objectionConditions() {
    LocalDate day3 = d("2024-03-04");
    Decision<Boolean> oral = Subprocessing.objectionAllowed(MAR_1, day3, Form.NOT_IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION, SEGMENT, DEFAULTS);
    assertFalse(oral.isYes());
    assertTrue(oral.hasReason(Code.OBJECTION_NOT_IN_WRITING));
    Decision<Boolean> commercial = Subprocessing.objectionAllowed(MAR_1, day3, Form.IN_WRITING, ObjectionGrounds.OTHER, SEGMENT, DEFAULTS);
    assertFalse(commercial.isYes());
    assertTrue(commercial.hasReason(Code.OBJECTION_NOT_ON_DATA_PROTECTION_GROUNDS));
    Decision<Boolean> all = Subprocessing.objectionAllowed(MAR_1, d("2024-03-08"), Form.NOT_IN_WRITING, ObjectionGrounds.OTHER, SEGMENT, DEFAULTS);
    assertEquals(List.of(Code.OBJECTION_AFTER_WINDOW, Code.OBJECTION_NOT_IN_WRITING, Code.OBJECTION_NOT_ON_DATA_PROTECTION_GROUNDS),
        all.getReasonCodes());
    assertFalse(Subprocessing.isObjectionAllowed(MAR_1, day3, Form.NOT_IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION, SEGMENT, DEFAULTS));
    assertFalse(Subprocessing.isObjectionAllowed(MAR_1, day3, Form.IN_WRITING, ObjectionGrounds.OTHER, SEGMENT, DEFAULTS));
    assertTrue(Subprocessing.isObjectionAllowed(MAR_1, day3, Form.IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION, SEGMENT, DEFAULTS));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an objection event is judged on its date, form and grounds")
  void objectionFromEvent() {
    ObjectionMade ok = ObjectionMade.builder().id("o1").date(d("2024-03-06")).subprocessorId("aws").written(true)
        .grounds(ObjectionGrounds.REASONABLE_DATA_PROTECTION).build();
    assertTrue(Subprocessing.objectionAllowed(MAR_1, ok, SEGMENT, DEFAULTS).isYes());
    assertFalse(Subprocessing.objectionAllowed(MAR_1, ok.withGrounds(ObjectionGrounds.OTHER), SEGMENT, DEFAULTS).isYes());
    assertFalse(Subprocessing.objectionAllowed(MAR_1, ok.withWritten(false), SEGMENT, DEFAULTS).isYes());
    assertFalse(Subprocessing.objectionAllowed(MAR_1, ok.withDate(d("2024-03-07")), SEGMENT, DEFAULTS).isYes());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: under the roll option a last objection day on Saturday runs to Monday")
  void objectionRolledForward() {
    LocalDate monday = d("2024-03-04"); // + 5 = Saturday 9 March
    Interpretations roll = Interpretations.of(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY);
    assertEquals(d("2024-03-09"), Subprocessing.objectionDeadlineDate(monday, SEGMENT, DEFAULTS));
    assertEquals(d("2024-03-11"), Subprocessing.objectionDeadlineDate(monday, SEGMENT, roll));
    assertTrue(Subprocessing.isObjectionTimely(monday, d("2024-03-11"), SEGMENT, roll));
    assertFalse(Subprocessing.isObjectionTimely(monday, d("2024-03-11"), SEGMENT, DEFAULTS));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: over every day of 2023 and 2024 an objection is timely from the notice day to the fifth day after")
  void objectionSweep() {
    for (LocalDate n = d("2023-01-01"); n.isBefore(d("2025-01-01")); n = n.plusDays(1)) {
      LocalDate last = Subprocessing.objectionDeadlineDate(n, SEGMENT, DEFAULTS);
      assertEquals(5, ChronoUnit.DAYS.between(n, last), n.toString());
      assertFalse(Subprocessing.isObjectionTimely(n, n.minusDays(1), SEGMENT, DEFAULTS));
      assertTrue(Subprocessing.isObjectionTimely(n, n, SEGMENT, DEFAULTS));
      assertTrue(Subprocessing.isObjectionTimely(n, n.plusDays(1), SEGMENT, DEFAULTS));
      assertTrue(Subprocessing.isObjectionTimely(n, last, SEGMENT, DEFAULTS));
      assertFalse(Subprocessing.isObjectionTimely(n, last.plusDays(1), SEGMENT, DEFAULTS));
    }
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: a valid objection leads to good-faith discussion, and if unresolved to termination for convenience with no deadline")
  void objectionOutcome() {
    assertEquals(ObjectionOutcome.NO_EFFECT, Subprocessing.objectionOutcomeOf(false, Discussion.NOT_RESOLVED));
    assertEquals(ObjectionOutcome.GOOD_FAITH_DISCUSSION, Subprocessing.objectionOutcomeOf(true, Discussion.ONGOING));
    assertEquals(ObjectionOutcome.RESOLVED, Subprocessing.objectionOutcomeOf(true, Discussion.RESOLVED));
    Decision<ObjectionOutcome> term = Subprocessing.objectionOutcome(true, Discussion.NOT_RESOLVED);
    assertEquals(ObjectionOutcome.TERMINATION_FOR_CONVENIENCE_AVAILABLE, term.getOutcome());
    assertEquals(List.of(Code.GOOD_FAITH_DISCUSSION, Code.TERMINATION_SOLE_AND_EXCLUSIVE_REMEDY, Code.NO_TERMINATION_DEADLINE),
        term.getReasonCodes());
    assertTrue(term.explain().contains("sole and exclusive remedy"));
    assertEquals(List.of(Code.OBJECTION_HAS_NO_EFFECT), Subprocessing.objectionOutcome(false, Discussion.RESOLVED).getReasonCodes());
    assertEquals(List.of(Code.GOOD_FAITH_DISCUSSION, Code.ENGAGEMENT_NOT_SUSPENDED),
        Subprocessing.objectionOutcome(true, Discussion.ONGOING).getReasonCodes());
    assertEquals(List.of(Code.GOOD_FAITH_DISCUSSION, Code.CONCERNS_RESOLVED),
        Subprocessing.objectionOutcome(true, Discussion.RESOLVED).getReasonCodes());
    assertFalse(Subprocessing.TERMINATION_FOR_CONVENIENCE_DEADLINE.isComputable());
    assertTrue(citesCatalogue(term));
  }

  // ------------------------------------------------------------------ 6.1.1, 6.1.2

  @Test
  @Tag("clause-6.1.1")
  @DisplayName("6.1.1: a written agreement with substantially similar obligations complies, noting GDPR Art. 28(4) asks for the same")
  void subprocessorAgreement() {
    Decision<Boolean> similar = Subprocessing.subprocessorAgreementCompliant(Form.IN_WRITING, SubprocessorObligations.SUBSTANTIALLY_SIMILAR);
    assertTrue(similar.isYes());
    assertEquals(List.of(Code.WRITTEN_AGREEMENT_SUBSTANTIALLY_SIMILAR, Code.GDPR_ART_28_4_REQUIRES_SAME), similar.getReasonCodes());
    Decision<Boolean> same = Subprocessing.subprocessorAgreementCompliant(Form.IN_WRITING, SubprocessorObligations.SAME);
    assertEquals(List.of(Code.WRITTEN_AGREEMENT_SUBSTANTIALLY_SIMILAR), same.getReasonCodes());
    assertTrue(same.isYes());
    Decision<Boolean> weak = Subprocessing.subprocessorAgreementCompliant(Form.IN_WRITING, SubprocessorObligations.NOT_SUBSTANTIALLY_SIMILAR);
    assertFalse(weak.isYes());
    assertEquals(List.of(Code.OBLIGATIONS_NOT_SUBSTANTIALLY_SIMILAR), weak.getReasonCodes());
    Decision<Boolean> oral = Subprocessing.subprocessorAgreementCompliant(Form.NOT_IN_WRITING, SubprocessorObligations.SAME);
    assertFalse(oral.isYes());
    assertEquals(List.of(Code.NO_WRITTEN_AGREEMENT), oral.getReasonCodes());
    assertEquals(List.of(Code.NO_WRITTEN_AGREEMENT, Code.OBLIGATIONS_NOT_SUBSTANTIALLY_SIMILAR),
        Subprocessing.subprocessorAgreementCompliant(Form.NOT_IN_WRITING, SubprocessorObligations.NOT_SUBSTANTIALLY_SIMILAR).getReasonCodes());
    assertEquals(List.of(Code.NO_WRITTEN_AGREEMENT, Code.GDPR_ART_28_4_REQUIRES_SAME),
        Subprocessing.subprocessorAgreementCompliant(Form.NOT_IN_WRITING, SubprocessorObligations.SUBSTANTIALLY_SIMILAR).getReasonCodes());
    assertTrue(citesCatalogue(similar));
  }

  @Test
  @Tag("clause-6.1.2")
  @DisplayName("6.1.2: Segment is liable for a Subprocessor's act that causes its breach, subject to 3.2; not for Sources and Destinations")
  void liability() {
    Decision<Boolean> liable = Subprocessing.segmentLiable(PartyKind.THIRD_PARTY_SUBPROCESSOR, true);
    assertTrue(liable.isYes());
    assertEquals(List.of(ClauseId.parse("3.2"), ClauseId.parse("6.1.2")), liable.getClauses());
    assertTrue(Subprocessing.isSegmentLiable(PartyKind.SEGMENT_AFFILIATE, true));
    assertTrue(Subprocessing.isSegmentLiable(PartyKind.SUBPROCESSOR, true));
    assertFalse(Subprocessing.isSegmentLiable(PartyKind.SUBPROCESSOR, false));
    assertTrue(Subprocessing.segmentLiable(PartyKind.SUBPROCESSOR, false).hasReason(Code.NO_BREACH_CAUSED));
    Decision<Boolean> source = Subprocessing.segmentLiable(PartyKind.SOURCE_OR_DESTINATION, true);
    assertFalse(source.isYes());
    assertTrue(source.hasReason(Code.CUSTOMER_RESPONSIBLE_FOR_SOURCES_AND_DESTINATIONS));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Subprocessing.isSegmentLiable(PartyKind.CUSTOMER, true));
    assertTrue(e.getMessage().contains("actor = CUSTOMER"));
    assertThrows(IllegalArgumentException.class, () -> Subprocessing.isSegmentLiable(PartyKind.SEGMENT, true));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: null arguments are refused with a message naming the argument")
  void nullsRefused() {
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.objectionDeadlineDate(null, SEGMENT, DEFAULTS))
        .getMessage().contains("notice"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.objectionDeadlineDate(MAR_1, null, DEFAULTS))
        .getMessage().startsWith("Subprocessing.objectionDeadlineDate: terms"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.objectionDeadlineDate(MAR_1, SEGMENT, null))
        .getMessage().startsWith("Subprocessing.objectionDeadlineDate: readings"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.latestTimelyNoticeDate(MAR_1, null, DEFAULTS))
        .getMessage().startsWith("Subprocessing.latestTimelyNoticeDate: terms"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.latestTimelyNoticeDate(MAR_1, SEGMENT, null))
        .getMessage().startsWith("Subprocessing.latestTimelyNoticeDate: readings"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.latestTimelyNoticeDate(null, SEGMENT, DEFAULTS))
        .getMessage().contains("firstProcessing"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.isObjectionTimely(MAR_1, null, SEGMENT, DEFAULTS))
        .getMessage().contains("objection"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.noticeTimingOf(null, MAR_1, SEGMENT, DEFAULTS))
        .getMessage().contains("notice"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.noticeDate(null, MAR_1, DEFAULTS))
        .getMessage().contains("pageUpdated"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.noticeDate(MAR_1, null, DEFAULTS))
        .getMessage().contains("workspaceMessage"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.noticeDate(MAR_1, MAR_1, null))
        .getMessage().contains("readings"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.objectionOutcomeOf(true, null))
        .getMessage().contains("discussion"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.isSubprocessorAgreementCompliant(Form.IN_WRITING, null))
        .getMessage().contains("obligations"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.noticeRequired((SubprocessorEngaged) null))
        .getMessage().contains("engaged"));
    assertTrue(assertThrows(NullPointerException.class, () -> Subprocessing.authorizationOf(null, AffiliateGraph.empty(), "segment"))
        .getMessage().contains("subprocessor"));
  }

  private static SubprocessorEngaged engaged(String id, PartyKind kind, ExpeditedReason reason) {
    io.github.dpasemantics.model.event.SubprocessorEngaged.Builder b = SubprocessorEngaged.builder().id("e-" + id).date(MAR_1).subprocessorId(id).subprocessorKind(kind);
    return reason == null ? b.build() : b.expedited(true).expeditedReason(reason).build();
  }

  private static SubprocessorNoticeGiven notice(String id, String sub, LocalDate date, NoticeChannel channel) {
    return SubprocessorNoticeGiven.builder().id(id).date(date).subprocessorId(sub).channel(channel).build();
  }
}
