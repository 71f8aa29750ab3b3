package io.github.dpasemantics.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.time.BusinessCalendar;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DpaTermsTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static Set<String> violations(DpaTerms t) {
    return VALIDATOR.validate(t).stream().map(v -> v.getPropertyPath() + ":" + v.getInvalidValue())
        .collect(Collectors.toSet());
  }

  @Test
  @Tag("clause-6.3")
  @Tag("clause-9.1")
  @Tag("clause-A.2.2.2")
  @DisplayName("the Segment preset holds the numbers of the text: 10, 5, 60, once a year, 12 months")
  void segmentPreset() {
    DpaTerms t = DpaTerms.segment();
    assertEquals(10, t.getSubprocessorNoticeDays());
    assertEquals(5, t.getObjectionDays());
    assertEquals(60, t.getDeletionDays());
    assertEquals(1, t.getAuditsPerCalendarYear());
    assertEquals(12, t.getReportRecencyMonths());
    assertEquals("privacy@segment.com", t.getPrivacyContact());
    assertEquals("https://segment.com/docs/legal/subprocessors/", t.getSubprocessorPageUrl());
    assertEquals(ZoneId.of("America/Los_Angeles"), t.getZone());
    assertEquals(BusinessCalendar.weekendsOnly(), t.getBusinessCalendar());
    assertSame(t, DpaTerms.segment());
    assertEquals(Set.of(), violations(t));
  }

  @Test
  @DisplayName("terms are looked up by key in their own unit; a key of another unit is refused")
  void lookupByKey() {
    DpaTerms t = DpaTerms.builder().subprocessorNoticeDays(30).objectionDays(15).deletionDays(90)
        .auditsPerCalendarYear(2).reportRecencyMonths(6).build();
    assertEquals(30, t.days(TermKey.SUBPROCESSOR_NOTICE_DAYS));
    assertEquals(15, t.days(TermKey.OBJECTION_DAYS));
    assertEquals(90, t.days(TermKey.DELETION_DAYS));
    assertEquals(6, t.months(TermKey.REPORT_RECENCY_MONTHS));
    assertEquals(2, t.get(TermKey.AUDITS_PER_CALENDAR_YEAR));
    assertEquals(6, t.get(TermKey.REPORT_RECENCY_MONTHS));
    assertEquals(90, t.get(TermKey.DELETION_DAYS));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.days(TermKey.REPORT_RECENCY_MONTHS));
    assertTrue(e.getMessage().contains("REPORT_RECENCY_MONTHS"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> t.months(TermKey.DELETION_DAYS));
    assertThrows(IllegalArgumentException.class, () -> t.days(TermKey.AUDITS_PER_CALENDAR_YEAR));
    for (TermKey k : TermKey.values()) {
      assertTrue(k.clause().matches("[0-9A.]+"), k.clause());
    }
  }

  @Test
  @DisplayName("with* copies change one number and keep the rest")
  void withCopies() {
    DpaTerms t = DpaTerms.segment().withObjectionDays(15);
    assertEquals(15, t.getObjectionDays());
    assertEquals(10, t.getSubprocessorNoticeDays());
    assertEquals(DpaTerms.segment(), t.withObjectionDays(5));
  }

  @Test
  @DisplayName("each constraint fires and names its field and value")
  void everyConstraintFires() {
    DpaTerms s = DpaTerms.segment();
    assertEquals(Set.of("subprocessorNoticeDays:3651"), violations(s.withSubprocessorNoticeDays(3651)));
    assertEquals(Set.of("objectionDays:3651"), violations(s.withObjectionDays(3651)));
    assertEquals(Set.of("deletionDays:3651"), violations(s.withDeletionDays(3651)));
    assertEquals(Set.of("auditsPerCalendarYear:0"), violations(s.withAuditsPerCalendarYear(0)));
    assertEquals(Set.of("auditsPerCalendarYear:367"), violations(s.withAuditsPerCalendarYear(367)));
    assertEquals(Set.of("reportRecencyMonths:121"), violations(s.withReportRecencyMonths(121)));
    assertEquals(Set.of("privacyContact:not an address"), violations(s.withPrivacyContact("not an address")));
    assertEquals(Set.of("privacyContact: "), violations(s.withPrivacyContact(" ")));
    assertEquals(Set.of("subprocessorPageUrl:"), violations(s.withSubprocessorPageUrl("")));
    assertEquals(Set.of("version:"), violations(s.withVersion("")));
    // boundaries that are valid
    assertEquals(Set.of(), violations(s.withSubprocessorNoticeDays(0).withObjectionDays(3650).withAuditsPerCalendarYear(366)));
  }

  @Test
  @DisplayName("a violation message names the rule")
  void messagesNameTheRule() {
    Set<ConstraintViolation<DpaTerms>> v = VALIDATOR.validate(DpaTerms.segment().withObjectionDays(3651));
    String msg = v.iterator().next().getMessage();
    assertTrue(msg.contains("3650"), msg);
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("a negative count no contract can hold fails at build time, naming type, field, value and rule; zero builds")
  void negativeCountsFailAtBuild() {
    DpaTerms s = DpaTerms.segment();
    assertEquals("DpaTerms.objectionDays = -5: must not be negative (a count of calendar days to object after notice (6.3))",
        assertThrows(IllegalStateException.class, () -> DpaTerms.builder().objectionDays(-5).build()).getMessage());
    assertEquals("DpaTerms.subprocessorNoticeDays = -1: must not be negative (a count of calendar days of advance notice (6.3))",
        assertThrows(IllegalStateException.class, () -> s.withSubprocessorNoticeDays(-1)).getMessage());
    assertEquals("DpaTerms.deletionDays = -1: must not be negative (a count of days to delete after a request (9.1))",
        assertThrows(IllegalStateException.class, () -> s.withDeletionDays(-1)).getMessage());
    assertEquals("DpaTerms.auditsPerCalendarYear = -1: must not be negative (a count of audits per calendar year (A.2.2.2))",
        assertThrows(IllegalStateException.class, () -> s.withAuditsPerCalendarYear(-1)).getMessage());
    assertEquals("DpaTerms.reportRecencyMonths = -1: must not be negative (a count of months of Third Party Report recency"
        + " (A.2.2.2))", assertThrows(IllegalStateException.class, () -> s.withReportRecencyMonths(-1)).getMessage());
    assertEquals(0, s.withSubprocessorNoticeDays(0).withObjectionDays(0).withDeletionDays(0).withReportRecencyMonths(0)
        .getDeletionDays());
  }

  @Test
  @DisplayName("null parts are refused at build time with the attribute's name")
  void nullRefused() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> DpaTerms.builder().zone(nullZone()));
    assertTrue(e.getMessage().contains("zone"), e.getMessage());
  }

  @SuppressWarnings("NullAway")
  private static ZoneId nullZone() {
    return null;
  }
}
