package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.policy.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

  /** The clause of the generic duty an event performs (its row's {@code fulfilling}, borne by the event's actor), by the table. */
  private static ClauseId performedClause(DpaEvent e) {
    return LifecycleTable.segmentDpa().rows().stream()
        .filter(r -> r.fulfilling().contains(e.getType()) && r.kind().getBearer() == e.getActor())
        .map(LifecycleTable.Row::clause).findFirst().orElseThrow(() -> new AssertionError("no duty performed by " + e));
  }

  private static EventAccount alone(DpaEvent e) {
    return ContractMonitor.of(contract()).append(e).stateAsOf(e.getDate()).getAccount(e.getId()).orElseThrow();
  }

  @Test
  @Tag("clause-A.2.2.4")
  @Tag("clause-A.2.2.5")
  @Tag("clause-A.2.1.2")
  @Tag("clause-A.4.3.4")
  @DisplayName("an event performing a duty never opened cites that duty's clause: A.2.2.4 notice and report, A.2.2.5, A.2.1.2, A.4.3.4, A.1.4, A.4.2, A.4.3.7")
  void unmatchedPerformanceCitesItsDuty() {
    LocalDate d = EFFECTIVE.plusDays(10);
    String[] expected = {"7.3", "8", "A.2.1.2", "A.1.4", "A.2.2.2", "A.2.2.4", "A.2.2.4", "A.2.2.5", "A.4.2", "A.4.3.4", "A.4.3.7"};
    for (int k = 0; k < STRAY_KINDS; k++) {
      DpaEvent e = strayPerformance("e" + k, d, "never-" + k, k);
      EventAccount a = alone(e);
      assertTrue(a.isUnmatched(), a::toString);
      assertEquals(ClauseId.parse(expected[k]), a.getReason().getClause(), a::toString);
      assertEquals(performedClause(e), a.getReason().getClause(), a::toString);
    }
    // the words name the matter of its own kind: the report, not an audit
    String shared = alone(strayPerformance("s", d, "a-1", 6)).getReason().getText();
    assertEquals("A.2.2.4: event about audit report a-1-report, which was never recorded as generated", shared);
    assertEquals(MonitorCode.NON_COMPLIANCE_UNKNOWN.name(), alone(strayPerformance("n", d, "a-1", 5)).getReason().getCode().name());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a second notice of an incident already notified cites 7.3 (its duty), not clause 1")
  void alreadyFinishedCitesItsDuty() {
    LocalDate d = EFFECTIVE.plusDays(10);
    EventAccount again = ContractMonitor.of(contract())
        .appendAll(breach("b", d, "inc"), notified("n1", d.plusDays(1), "inc"), notified("n2", d.plusDays(2), "inc"))
        .stateAsOf(d.plusDays(2)).getAccount("n2").orElseThrow();
    assertTrue(again.isUnmatched(), again::toString);
    assertEquals("ALREADY_FINISHED", again.getReason().getCode().name());
    assertEquals(ClauseId.parse("7.3"), again.getReason().getClause());
  }

  @Test
  @DisplayName("every generic duty's words cite its own clause, or are given it (no kind is explained by another kind's clause)")
  void genericWordsCiteTheirKind() {
    GenericLifecycle.WORDING.forEach((kind, w) -> {
      for (MonitorCode c : List.of(w.owed(), w.performed(), w.unknown())) {
        assertTrue(c.citesItsObligation() || c.clause().equals(kind.getClause()), () -> kind + ": " + c);
      }
    });
  }

  /** Clauses any event may be answered with: the Addendum's end (3.4) and its scope (4, Annex A). */
  private static final Set<ClauseId> CONTRACT_LEVEL = Set.of(ClauseId.parse("3.4"), ClauseId.parse("4"));

  @Test
  @DisplayName("property: on generated timelines, an unmatched event's reason cites a clause of its own event type (or 3.4, 4), a"
      + " stray performance the clause of the duty it would perform, and no reason has an unfilled slot")
  void unmatchedReasonsCiteTheirOwnClauses() {
    qt().withExamples(80).forAll(seeds()).checkAssert(seed -> {
      List<DpaEvent> events = storyWithStrays(seed, 30, 6);
      ContractState s = ContractMonitor.of(contract()).appendAll(events).stateAsOf(EFFECTIVE.plusDays(900));
      for (EventAccount a : s.getAccounts()) {
        Reason why = a.getReason();
        assertFalse(SLOT.matcher(why.getText()).find(), a::toString);
        if (!a.isUnmatched() || CONTRACT_LEVEL.contains(why.getClause())) {
          continue;
        }
        EventType t = a.getType();
        assertTrue(t.getClauses().stream().anyMatch(c -> c.equals(why.getClause()) || why.getClause().isAncestorOf(c)),
            () -> why.getClause() + " is no clause of " + t + ": " + a);
        if (a.getEventId().startsWith("stray-event-") && a.getEvent().getMatterId().isPresent()) {
          assertEquals(performedClause(a.getEvent()), why.getClause(), a::toString);
        }
      }
    });
  }
}
