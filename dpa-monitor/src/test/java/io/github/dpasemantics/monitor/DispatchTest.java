package io.github.dpasemantics.monitor;

import static org.junit.jupiter.api.Assertions.*;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.EventType;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dispatch table: every event type has one step, the generic steps are those of the
 * lifecycle rows of the generic duties, and each special step cites clauses of its event.
 */
class DispatchTest {
  private static final LifecycleTable TABLE = LifecycleTable.segmentDpa();

  @Test
  @DisplayName("every event type has exactly one step (every event is accounted for)")
  void everyEventHasAStep() {
    Map<EventType, Dispatch.Entry> entries = Dispatch.entries();
    assertEquals(EventType.values().length, entries.size());
    for (EventType t : EventType.values()) {
      assertNotNull(entries.get(t), t::name);
      assertFalse(Dispatch.describe(t).isBlank(), t::name);
    }
  }

  @Test
  @DisplayName("an event with a generic step triggers or performs a generic duty of the table, and cites that duty's clause")
  void genericStepsAreTheRows() {
    Dispatch.entries().forEach((t, entry) -> {
      if (!entry.source().startsWith("generic: ")) {
        return;
      }
      boolean performs = entry.source().startsWith("generic: perform ");
      var rows = TABLE.rows().stream().filter(r -> GenericLifecycle.WORDING.containsKey(r.kind()))
          .filter(r -> (performs ? r.fulfilling() : r.triggers()).contains(t)).toList();
      assertFalse(rows.isEmpty(), () -> t + ": " + entry);
      for (LifecycleTable.Row r : rows) {
        assertTrue(entry.clauses().contains(r.clause().toString()), () -> t + ": " + entry + " lacks " + r.clause());
        assertTrue(entry.source().contains(r.kind().name()), () -> t + ": " + entry + " lacks " + r.kind());
      }
    });
    assertEquals("A.2.2.4: generic: perform NON_COMPLIANCE_NOTICE", Dispatch.describe(EventType.NON_COMPLIANCE_NOTIFIED));
    assertEquals("A.2.2.5: generic: trigger AUDIT_REIMBURSEMENT", Dispatch.describe(EventType.AUDIT_TIME_INVOICED));
  }

  @Test
  @DisplayName("each special step cites clauses of its event type (or 3.4, the end the event brings about), and names its family file")
  void specialStepsCiteTheirEvent() {
    Dispatch.entries().forEach((t, entry) -> {
      if (entry.source().startsWith("generic: ")) {
        return;
      }
      assertTrue(entry.source().endsWith("Duties") || entry.source().equals("ContractEvents"), entry::toString);
      for (String c : entry.clauses().split(", ")) {
        ClauseId cited = ClauseId.parse(c);
        assertTrue(cited.equals(ClauseId.parse("3.4")) || t.getClauses().stream()
            .anyMatch(own -> own.equals(cited) || own.isAncestorOf(cited) || cited.isAncestorOf(own)),
            () -> t + " cites " + cited + ", none of " + t.getClauses());
      }
    });
    assertEquals("6.3: SubprocessorDuties", Dispatch.describe(EventType.SUBPROCESSOR_NOTICE_GIVEN));
    assertTrue(Arrays.stream(EventType.values()).filter(t -> !Dispatch.entries().get(t).source().startsWith("generic"))
        .count() < EventType.values().length);
  }

  @Test
  @DisplayName("a table built again has the same step, clauses and family for every event (each family registration counts)")
  void rebuiltTableIsTheSame() {
    Map<EventType, Dispatch.Entry> again = Dispatch.build();
    assertEquals(EventType.values().length, again.size());
    for (EventType t : EventType.values()) {
      Dispatch.Entry e = again.get(t);
      assertEquals(Dispatch.describe(t), e.clauses() + ": " + e.source(), t::name);
    }
    assertEquals("6.3, 3.4", again.get(EventType.TERMINATED_FOR_CONVENIENCE).clauses());
    assertEquals("ContractEvents", again.get(EventType.PRIVACY_SHIELD_COMPLIANCE_LOST).source());
    assertEquals("ContractEvents", again.get(EventType.ADDENDUM_SIGNED).source());
    assertEquals("SubprocessorDuties", again.get(EventType.SUBPROCESSOR_ENGAGED).source());
  }
}
