package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.AgreementExpired;
import io.github.dpasemantics.model.event.AgreementTerminated;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.time.Window;
import io.github.dpasemantics.policy.Deletion.Code;
import io.github.dpasemantics.policy.Deletion.LegalRetention;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeletionTest {
  private static final DpaTerms SEGMENT = DpaTerms.segment();
  private static final Interpretations DEFAULTS = Interpretations.defaults();
  private static final LocalDate END = LocalDate.of(2024, 1, 31);
  private static final Optional<LocalDate> ENDED = Optional.of(END);
  private static final Optional<LocalDate> NOT_ENDED = Optional.empty();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: a request the day after the Agreement ends on 31 January 2024 makes deletion due 60 days later, on 1 April")
  void requestAfterEnd() {
    Decision<Optional<LocalDate>> d = Deletion.deletionDue(d("2024-02-01"), ENDED, SEGMENT, DEFAULTS);
    assertEquals(Optional.of(d("2024-04-01")), d.getOutcome());
    assertEquals(List.of(Code.REQUEST_FOLLOWS_END, Code.DUTY_SURVIVES_ADDENDUM), d.getReasonCodes());
    Window w = d.getWindow().orElseThrow();
    assertEquals(d("2024-02-02"), w.getOpens().orElseThrow());
    assertEquals(d("2024-04-01"), w.getCloses());
    assertEquals(List.of(Interpretation.DELETION_SURVIVES_ADDENDUM, Interpretation.CALENDAR_DAYS_NO_ROLL), d.getInterpretations());
    assertEquals(List.of(d("2024-02-01"), END, d("2024-04-01"), 60), d.getReasons().get(0).getArguments());
    assertTrue(citesCatalogue(d));
  }

  @ParameterizedTest(name = "request {0}, Agreement ended 2024-01-31: due {1} by default, {2} if early requests trigger nothing")
  @CsvSource({"2023-12-01, 2024-03-31, none", "2024-01-30, 2024-03-31, none", "2024-01-31, 2024-03-31, 2024-03-31",
      "2024-02-01, 2024-04-01, 2024-04-01"})
  @Tag("clause-9.1")
  @DisplayName("9.1: a request before the end takes effect at the end by default, or triggers nothing under the option")
  void earlyRequests(LocalDate request, LocalDate byDefault, String underOption) {
    assertEquals(Optional.of(byDefault), Deletion.deletionDueDate(request, ENDED, SEGMENT, DEFAULTS));
    Interpretations nothing = Interpretations.of(Interpretation.EARLY_DELETION_REQUEST_TRIGGERS_NOTHING);
    Optional<LocalDate> opt = Deletion.deletionDueDate(request, ENDED, SEGMENT, nothing);
    assertEquals(underOption.equals("none") ? Optional.empty() : Optional.of(LocalDate.parse(underOption)), opt);
    Decision<Optional<LocalDate>> d = Deletion.deletionDue(request, ENDED, SEGMENT, nothing);
    assertEquals(opt, d.getOutcome());
    boolean early = request.isBefore(END);
    assertEquals(early, d.getInterpretations().contains(Interpretation.EARLY_DELETION_REQUEST_TRIGGERS_NOTHING));
    assertEquals(early, d.hasReason(Code.EARLY_REQUEST_TRIGGERS_NOTHING));
    assertEquals(early, Deletion.deletionDue(request, ENDED, SEGMENT, DEFAULTS).hasReason(Code.EARLY_REQUEST_EFFECTIVE_AT_END));
    assertEquals(early, d.getWindow().isEmpty());
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4: if the Addendum's duties end with the Agreement, no deletion is ever due")
  void dutyEndsWithAddendum() {
    Interpretations ends = Interpretations.of(Interpretation.DELETION_ENDS_WITH_ADDENDUM);
    Decision<Optional<LocalDate>> d = Deletion.deletionDue(d("2024-02-01"), ENDED, SEGMENT, ends);
    assertEquals(Optional.empty(), d.getOutcome());
    assertEquals(List.of(Code.DUTY_ENDS_WITH_ADDENDUM), d.getReasonCodes());
    assertEquals(List.of(Interpretation.DELETION_ENDS_WITH_ADDENDUM), d.getInterpretations());
    assertEquals(Optional.empty(), Deletion.deletionDueDate(d("2023-02-01"), ENDED, SEGMENT, ends));
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: under the roll option a due day on Saturday runs to Monday")
  void rolledForward() {
    // 2024-02-04 + 60 = Friday 2024-04-04; 2024-02-06 + 60 = Saturday 2024-04-06
    Interpretations roll = Interpretations.of(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY);
    assertEquals(Optional.of(d("2024-04-06")), Deletion.deletionDueDate(d("2024-02-06"), ENDED, SEGMENT, DEFAULTS));
    assertEquals(Optional.of(d("2024-04-08")), Deletion.deletionDueDate(d("2024-02-06"), ENDED, SEGMENT, roll));
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: with an Agreement that has not ended, or no request, nothing is due; the earliest triggering request counts")
  void agreementForms() {
    Decision<Optional<LocalDate>> notEnded = Deletion.deletionDue(NOT_ENDED, List.of(d("2024-02-01")), SEGMENT, DEFAULTS);
    assertEquals(Optional.empty(), notEnded.getOutcome());
    assertEquals(List.of(Code.AGREEMENT_NOT_ENDED), notEnded.getReasonCodes());
    assertEquals(Optional.empty(), Deletion.deletionDueDate(NOT_ENDED, List.of(d("2024-02-01")), SEGMENT, DEFAULTS));
    Decision<Optional<LocalDate>> none = Deletion.deletionDue(ENDED, List.of(), SEGMENT, DEFAULTS);
    assertEquals(Optional.empty(), none.getOutcome());
    assertEquals(List.of(Code.NO_REQUEST), none.getReasonCodes());
    assertTrue(citesCatalogue(none));
    List<LocalDate> requests = List.of(d("2024-03-10"), d("2024-02-10"), d("2024-02-20"));
    assertEquals(Optional.of(d("2024-04-10")), Deletion.deletionDueDate(ENDED, requests, SEGMENT, DEFAULTS));
    assertEquals(Optional.of(d("2024-04-10")), Deletion.deletionDue(ENDED, requests, SEGMENT, DEFAULTS).getOutcome());
    List<LocalDate> withEarly = List.of(d("2024-02-10"), d("2023-06-01"));
    assertEquals(Optional.of(d("2024-03-31")), Deletion.deletionDueDate(ENDED, withEarly, SEGMENT, DEFAULTS));
    Interpretations nothing = Interpretations.of(Interpretation.EARLY_DELETION_REQUEST_TRIGGERS_NOTHING);
    assertEquals(Optional.of(d("2024-04-10")), Deletion.deletionDueDate(ENDED, withEarly, SEGMENT, nothing));
    Decision<Optional<LocalDate>> onlyEarly = Deletion.deletionDue(ENDED, List.of(d("2023-06-01")), SEGMENT, nothing);
    assertEquals(Optional.empty(), onlyEarly.getOutcome());
    assertEquals(List.of(Code.EARLY_REQUEST_TRIGGERS_NOTHING), onlyEarly.getReasonCodes());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1, 3.4: from the timeline, the end is its ending event: a termination recorded there makes deletion due")
  void timelineIsTheSourceOfTheEnd() {
    DeletionRequested r = DeletionRequested.builder().id("r1").date(d("2024-02-01")).build();
    AgreementExpired expired = AgreementExpired.builder().id("x").date(END).actor(PartyKind.SEGMENT).build();
    AgreementTerminated later = AgreementTerminated.builder().id("t").date(d("2024-03-01")).actor(PartyKind.CUSTOMER).build();
    assertEquals(Optional.of(d("2024-04-01")), Deletion.deletionDue(List.of(r, expired), SEGMENT, DEFAULTS).getOutcome());
    assertEquals(Optional.of(d("2024-04-01")), Deletion.deletionDueDate(List.of(later, r, expired), SEGMENT, DEFAULTS));
    assertEquals(List.of(Code.NO_REQUEST), Deletion.deletionDue(List.of(expired), SEGMENT, DEFAULTS).getReasonCodes());
    Decision<Optional<LocalDate>> running = Deletion.deletionDue(List.of(r), SEGMENT, DEFAULTS);
    assertEquals(Optional.empty(), running.getOutcome());
    assertEquals(List.of(Code.AGREEMENT_NOT_ENDED), running.getReasonCodes());
    assertEquals(Optional.empty(), Deletion.deletionDueDate(List.of(r), SEGMENT, DEFAULTS));
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: a request while the Agreement has not ended makes nothing due yet, under either reading of early requests")
  void requestBeforeAnyEnd() {
    Decision<Optional<LocalDate>> waits = Deletion.deletionDue(d("2024-02-01"), NOT_ENDED, SEGMENT, DEFAULTS);
    assertEquals(Optional.empty(), waits.getOutcome());
    assertEquals(List.of(Code.AGREEMENT_NOT_ENDED, Code.REQUEST_BEFORE_END_WAITS), waits.getReasonCodes());
    assertTrue(waits.getInterpretations().contains(Interpretation.EARLY_DELETION_REQUEST_EFFECTIVE_AT_TERMINATION));
    assertTrue(waits.getWindow().isEmpty());
    assertTrue(citesCatalogue(waits));
    Interpretations nothing = Interpretations.of(Interpretation.EARLY_DELETION_REQUEST_TRIGGERS_NOTHING);
    Decision<Optional<LocalDate>> never = Deletion.deletionDue(d("2024-02-01"), NOT_ENDED, SEGMENT, nothing);
    assertEquals(List.of(Code.AGREEMENT_NOT_ENDED, Code.REQUEST_BEFORE_END_TRIGGERS_NOTHING), never.getReasonCodes());
    assertEquals(Optional.empty(), Deletion.deletionDueDate(d("2024-02-01"), NOT_ENDED, SEGMENT, DEFAULTS));
    Interpretations ends = Interpretations.of(Interpretation.DELETION_ENDS_WITH_ADDENDUM);
    assertEquals(List.of(Code.DUTY_ENDS_WITH_ADDENDUM), Deletion.deletionDue(d("2024-02-01"), NOT_ENDED, SEGMENT, ends).getReasonCodes());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: over every request day of 2023 and 2024 after the end, deletion is due exactly 60 days later")
  void sweep() {
    LocalDate end = d("2022-12-31");
    for (LocalDate r = d("2023-01-01"); r.isBefore(d("2025-01-01")); r = r.plusDays(1)) {
      LocalDate due = Deletion.deletionDueDate(r, Optional.of(end), SEGMENT, DEFAULTS).orElseThrow();
      assertEquals(60, ChronoUnit.DAYS.between(r, due), r.toString());
      assertTrue(Deletion.isDeletionOnTime(due, due));
      assertFalse(Deletion.isDeletionOnTime(due.plusDays(1), due));
    }
  }

  @ParameterizedTest(name = "{0}: deletion required {1}")
  @CsvSource({"NONE, true", "REQUIRED_BY_LAW, false", "PERMITTED_NOT_REQUIRED, true"})
  @Tag("clause-9.2")
  @DisplayName("9.2: only retention required by law excuses deletion; merely permitted retention does not")
  void retention(LegalRetention retention, boolean required) {
    assertEquals(required, Deletion.isDeletionRequired(retention));
    Decision<Boolean> d = Deletion.deletionRequired(retention);
    assertEquals(required, d.isYes());
    assertTrue(citesCatalogue(d));
    switch (retention) {
      case NONE:
        assertEquals(List.of(Code.DELETE_ALL), d.getReasonCodes());
        break;
      case REQUIRED_BY_LAW:
        assertEquals(List.of(Code.RETENTION_REQUIRED_BY_LAW), d.getReasonCodes());
        assertTrue(d.explain().contains("remains subject to the requirements of this Addendum"));
        break;
      default:
        assertEquals(List.of(Code.DELETE_ALL, Code.RETENTION_ONLY_PERMITTED), d.getReasonCodes());
    }
  }

  @ParameterizedTest(name = "completed {0}, due 2024-04-01: on time {1}")
  @CsvSource({"2024-03-31, true", "2024-04-01, true", "2024-04-02, false"})
  @Tag("clause-9.1")
  @DisplayName("9.1: deletion completed on or before the due day is on time; the day after is late")
  void onTime(LocalDate completed, boolean onTime) {
    LocalDate due = d("2024-04-01");
    assertEquals(onTime, Deletion.isDeletionOnTime(completed, due));
    Decision<Boolean> d = Deletion.deletionOnTime(completed, due);
    assertEquals(onTime, d.isYes());
    assertEquals(List.of(onTime ? Code.DELETED_ON_TIME : Code.DELETED_LATE), d.getReasonCodes());
    assertEquals(List.of(completed, due), d.getReasons().get(0).getArguments());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: null arguments are refused with a message naming the argument")
  void nulls() {
    assertTrue(assertThrows(NullPointerException.class, () -> Deletion.deletionDueDate(null, ENDED, SEGMENT, DEFAULTS)).getMessage().contains("request"));
    assertTrue(assertThrows(NullPointerException.class, () -> Deletion.deletionDueDate(END, (Optional<LocalDate>) null, SEGMENT, DEFAULTS)).getMessage().contains("agreementEnd"));
    assertTrue(assertThrows(NullPointerException.class, () -> Deletion.deletionDueDate(END, ENDED, null, DEFAULTS)).getMessage().contains("terms"));
    assertTrue(assertThrows(NullPointerException.class, () -> Deletion.deletionDueDate(END, ENDED, SEGMENT, null)).getMessage().contains("readings"));
    assertTrue(assertThrows(NullPointerException.class, () -> Deletion.deletionDueDate((Optional<LocalDate>) null, List.of(), SEGMENT, DEFAULTS)).getMessage().contains("agreementEnd"));
    assertTrue(assertThrows(NullPointerException.class, () -> Deletion.deletionDueDate(ENDED, (List<LocalDate>) null, SEGMENT, DEFAULTS)).getMessage().contains("requests"));
    assertTrue(assertThrows(NullPointerException.class, () -> Deletion.isDeletionRequired(null)).getMessage().contains("retention"));
    assertTrue(assertThrows(NullPointerException.class, () -> Deletion.isDeletionOnTime(null, END)).getMessage().contains("completed"));
    assertTrue(assertThrows(NullPointerException.class, () -> Deletion.isDeletionOnTime(END, null)).getMessage().contains("due"));
  }
}
