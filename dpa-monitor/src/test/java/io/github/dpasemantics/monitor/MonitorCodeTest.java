package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.policy.Reason;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reason templates: slots and values agree, and lifecycle reasons cite their obligation's clause. */
class MonitorCodeTest {
  private static final Pattern SLOT = Pattern.compile("\\{(\\d+)}");

  @Test
  @DisplayName("every template numbers its slots 0..n-1 without a gap (a gap would be a value never shown)")
  void slotsHaveNoGaps() {
    for (MonitorCode c : MonitorCode.values()) {
      TreeSet<Integer> used = new TreeSet<>();
      Matcher m = SLOT.matcher(c.template());
      while (m.find()) {
        used.add(Integer.parseInt(m.group(1)));
      }
      assertEquals(used.size(), c.slots(), c::name);
      if (!used.isEmpty()) {
        assertEquals(c.slots() - 1, used.last(), c::name);
      }
    }
  }

  @Test
  @DisplayName("a reason built with fewer or more values than its template's slots fails at once, naming the code")
  void mismatchedValuesFail() {
    IllegalStateException few = assertThrows(IllegalStateException.class,
        () -> MonitorCode.NOTICE_GIVEN.checked(new Object[] {"acme", LocalDate.of(2024, 1, 1)}));
    assertTrue(few.getMessage().contains("NOTICE_GIVEN") && few.getMessage().contains("3 slots"), few.getMessage());
    assertThrows(IllegalStateException.class, () -> MonitorCode.OVERDUE.checked(new Object[] {"a", "b"}));
    assertEquals(1, MonitorCode.OVERDUE.checked(new Object[] {"a"}).length);
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: a lifecycle reason (paused, resumed, overdue) cites the obligation's clause; others keep their own")
  void lifecycleReasonsCiteTheirObligation() {
    ClauseId own = ClauseId.parse("A.2.2.4");
    Reason paused = MonitorCode.NOTICE_DELAY.reason(own, new Object[] {"audit-1", "2024-01-01", "prohibited"});
    assertEquals(own, paused.getClause());
    assertEquals("NOTICE_DELAY", paused.getCode().name());
    Reason resumed = MonitorCode.NOTICE_DELAY_ENDED.reason(own, new Object[] {"audit-1", "2024-01-09"});
    assertEquals(own, resumed.getClause());
    assertFalse(resumed.getText().contains("undue delay"), resumed.getText());
    assertEquals(ClauseId.parse("7.3"), MonitorCode.NOTICE_DELAY.reason(ClauseId.parse("7.3"), new Object[] {"i", "d", "w"}).getClause());
    assertEquals(ClauseId.parse("9.1"),
        MonitorCode.DELETION_DONE.reason(own, new Object[MonitorCode.DELETION_DONE.slots()]).getClause());
  }

  @Test
  @Tag("clause-5.1")
  @DisplayName("5.1: a recorded instruction cites 5.1, not clause 1")
  void instructionCites51() {
    EventAccount a = ContractMonitor.of(contract()).append(io.github.dpasemantics.model.event.InstructionGiven.builder()
        .id("i").date(EFFECTIVE.plusDays(1)).actor(io.github.dpasemantics.model.party.PartyKind.CUSTOMER).instructionId("ins-1")
        .written(true).build()).stateAsOf(EFFECTIVE.plusDays(1)).getAccount("i").orElseThrow();
    assertEquals(ClauseId.parse("5.1"), a.getReason().getClause());
    assertEquals(ClauseId.parse("5.1"), a.getEffects().get(0).getClause());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: a notice 10 days before says from when the Subprocessor may process, with no unfilled slot")
  void noticeGivenFillsItsDate() {
    LocalDate d = LocalDate.of(2024, 6, 3);
    String text = ContractMonitor.of(contract()).appendAll(engaged("e", d, "acme"), notice("n", d, "acme"))
        .stateAsOf(d).getAccount("n").orElseThrow().getReason().getText();
    assertFalse(SLOT.matcher(text).find(), text);
    LocalDate from = LocalDate.parse(text.substring(text.lastIndexOf(' ') + 1));
    assertTrue((io.github.dpasemantics.policy.Subprocessing.noticeTimingOf(d, from, contract().getTerms(),
        contract().getInterpretations()) == io.github.dpasemantics.policy.Subprocessing.NoticeTiming.TIMELY), text);
    assertFalse((io.github.dpasemantics.policy.Subprocessing.noticeTimingOf(d, from.minusDays(1), contract().getTerms(),
        contract().getInterpretations()) == io.github.dpasemantics.policy.Subprocessing.NoticeTiming.TIMELY), text);
  }
}
