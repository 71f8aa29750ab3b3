package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.NoticeChannel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * 6.3: "which notice may be given by updating the Subprocessor Page and via a message through
 * Customer's Segment Workspace". The monitor reads the notice as complete on the first channel
 * used: the advance-notice check and the objection window both run from that day, and a later
 * channel changes neither.
 */
class MonitorNoticeChannelsTest {
  private static final LocalDate ENGAGED = LocalDate.of(2025, 3, 1);
  private static final String SUB = "snowflake";

  private static ContractState state(LocalDate asOf, DpaEvent... events) {
    return ContractMonitor.of(contract()).appendAll(events).stateAsOf(asOf);
  }

  private static ObligationInstance noticeDuty(ContractState s) {
    List<ObligationInstance> all = s.getObligations(ObligationKind.SUBPROCESSOR_NOTICE);
    assertEquals(1, all.size(), s::toString);
    return all.get(0);
  }

  private static Optional<OpenRight> objectionRight(ContractState s) {
    return s.getOpenRights().stream().filter(r -> r.getKind() == RightKind.OBJECT_TO_SUBPROCESSOR).findFirst();
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: page update ten days before first processing, Workspace message three days before: the notice stays FULFILLED, ON_TIME")
  void laterMessageKeepsNoticeTimely() {
    ContractState s = state(LocalDate.of(2025, 3, 20), engaged("g", ENGAGED, SUB),
        notice("page", LocalDate.of(2025, 3, 3), SUB, NoticeChannel.SUBPROCESSOR_PAGE_UPDATE),
        notice("message", LocalDate.of(2025, 3, 10), SUB, NoticeChannel.WORKSPACE_MESSAGE),
        firstProcessing("p", LocalDate.of(2025, 3, 13), SUB));
    ObligationInstance i = noticeDuty(s);
    assertEquals(ObligationState.FULFILLED, i.getState());
    assertEquals(Optional.of(Timeliness.ON_TIME), i.getTimeliness());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), i.getDueDate());
    EventAccount message = s.getAccount("message").orElseThrow();
    assertFalse(message.isUnmatched());
    assertEquals(MonitorCode.NOTICE_CHANNEL_ADDED, message.getReason().getCode());
    assertEquals("6.3", message.getReason().getClause().toString());
    assertFalse(message.getReason().getText().matches(".*\\{\\d+}.*"), message.getReason().getText());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: Workspace message ten days before first processing, page updated the day before: timely on the message")
  void messageFirstPageLater() {
    ContractState s = state(LocalDate.of(2025, 3, 20), engaged("g", ENGAGED, SUB),
        notice("message", LocalDate.of(2025, 3, 3), SUB, NoticeChannel.WORKSPACE_MESSAGE),
        notice("page", LocalDate.of(2025, 3, 12), SUB, NoticeChannel.SUBPROCESSOR_PAGE_UPDATE),
        firstProcessing("p", LocalDate.of(2025, 3, 13), SUB));
    assertEquals(ObligationState.FULFILLED, noticeDuty(s).getState());
    assertEquals(Optional.of(Timeliness.ON_TIME), noticeDuty(s).getTimeliness());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: the objection window runs from the first channel (3 March, open to 8 March) and a message on 10 March does not reopen it")
  void windowNotReopenedByLaterMessage() {
    DpaEvent[] events = {engaged("g", ENGAGED, SUB),
        notice("page", LocalDate.of(2025, 3, 3), SUB, NoticeChannel.SUBPROCESSOR_PAGE_UPDATE),
        notice("message", LocalDate.of(2025, 3, 10), SUB, NoticeChannel.WORKSPACE_MESSAGE)};
    assertEquals(Optional.of(LocalDate.of(2025, 3, 8)),
        objectionRight(state(LocalDate.of(2025, 3, 6), events)).flatMap(OpenRight::getLapsesAfter));
    assertEquals(Optional.empty(), objectionRight(state(LocalDate.of(2025, 3, 11), events)));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an objection on 11 March, after the window that ran from 3 March, owes no good-faith discussion despite a message on 10 March")
  void objectionAfterWindowDespiteLaterMessage() {
    ContractState s = state(LocalDate.of(2025, 3, 20), engaged("g", ENGAGED, SUB),
        notice("page", LocalDate.of(2025, 3, 3), SUB, NoticeChannel.SUBPROCESSOR_PAGE_UPDATE),
        notice("message", LocalDate.of(2025, 3, 10), SUB, NoticeChannel.WORKSPACE_MESSAGE),
        objection("o", LocalDate.of(2025, 3, 11), SUB));
    assertTrue(s.getObligations(ObligationKind.GOOD_FAITH_DISCUSSION).isEmpty());
    assertEquals(MonitorCode.OBJECTION_LATE, s.getAccount("o").orElseThrow().getReason().getCode());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3 property: adding a later channel never changes the notice's state, timeliness or due date, nor the objection window")
  void laterChannelChangesNothing() {
    qt().withExamples(300).forAll(SourceDSL.integers().between(0, 20), SourceDSL.integers().between(0, 20),
        SourceDSL.integers().between(0, 30), SourceDSL.booleans().all()).checkAssert((noticeAfter, secondAfter, processingAfter,
            pageFirst) -> {
          LocalDate first = ENGAGED.plusDays(noticeAfter);
          LocalDate second = first.plusDays(secondAfter);
          LocalDate processing = ENGAGED.plusDays(processingAfter);
          NoticeChannel one = pageFirst ? NoticeChannel.SUBPROCESSOR_PAGE_UPDATE : NoticeChannel.WORKSPACE_MESSAGE;
          NoticeChannel two = pageFirst ? NoticeChannel.WORKSPACE_MESSAGE : NoticeChannel.SUBPROCESSOR_PAGE_UPDATE;
          List<DpaEvent> alone = new ArrayList<>(List.of(engaged("g", ENGAGED, SUB), notice("n1", first, SUB, one),
              firstProcessing("p", processing, SUB)));
          List<DpaEvent> both = new ArrayList<>(alone);
          both.add(notice("n2", second, SUB, two));
          for (LocalDate asOf : List.of(first, first.plusDays(3), second, processing, second.plusDays(40))) {
            ContractState a = state(asOf, alone.toArray(DpaEvent[]::new));
            ContractState b = state(asOf, both.toArray(DpaEvent[]::new));
            ObligationInstance x = noticeDuty(a);
            ObligationInstance y = noticeDuty(b);
            assertEquals(x.getState(), y.getState(), () -> "as of " + asOf + ": " + b);
            assertEquals(x.getTimeliness(), y.getTimeliness(), () -> "as of " + asOf + ": " + b);
            assertEquals(x.getDueDate(), y.getDueDate(), () -> "as of " + asOf + ": " + b);
            assertEquals(objectionRight(a).flatMap(OpenRight::getLapsesAfter), objectionRight(b).flatMap(OpenRight::getLapsesAfter),
                () -> "as of " + asOf + ": " + b);
          }
        });
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3 property: the objection window ends the objection period after the notice day the advance-notice check uses")
  void windowAndCheckUseOneNoticeDay() {
    qt().withExamples(200).forAll(SourceDSL.integers().between(0, 20), SourceDSL.integers().between(0, 20))
        .checkAssert((noticeAfter, secondAfter) -> {
          LocalDate first = ENGAGED.plusDays(noticeAfter);
          ContractState s = state(first, engaged("g", ENGAGED, SUB),
              notice("n1", first, SUB, NoticeChannel.SUBPROCESSOR_PAGE_UPDATE),
              notice("n2", first.plusDays(secondAfter), SUB, NoticeChannel.WORKSPACE_MESSAGE));
          int objectionDays = contract().getTerms().getObjectionDays();
          assertEquals(Optional.of(first.plusDays(objectionDays)), objectionRight(s).flatMap(OpenRight::getLapsesAfter));
        });
  }
}
