package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.party.PartyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generic path of the lifecycle: its words cite the duty's own clause, each performing event
 * names one duty per performer (the party that bears it), and on generated timelines every duty it
 * creates or performs is the one of the event's subject, performed by its bearer.
 */
class GenericLifecycleTest {
  private static final LifecycleTable TABLE = LifecycleTable.segmentDpa();

  @Test
  @DisplayName("the reasons a generic duty is owed and performed cite its own clause (7.3, 8, A.1.4, A.2.1.2, A.2.2.2-A.2.2.5, A.4.2, A.4.3.4, A.4.3.7)")
  void wordingCitesTheDutysClause() {
    assertEquals(12, GenericLifecycle.WORDING.size());
    GenericLifecycle.WORDING.forEach((kind, w) -> {
      assertEquals(kind.getClause(), w.owed().clause(), () -> kind + " owed: " + w.owed());
      assertEquals(kind.getClause(), w.performed().clause(), () -> kind + " performed: " + w.performed());
    });
  }

  @Test
  @DisplayName("each event that performs a generic duty performs one duty per party that may act, a generic one (8 and A.2.1.2 share DataSubjectRequestRouted)")
  void onePerformedDutyPerActor() {
    for (Map.Entry<ObligationKind, GenericLifecycle.Wording> entry : GenericLifecycle.WORDING.entrySet()) {
      for (EventType t : TABLE.row(entry.getKey()).fulfilling()) {
        for (PartyKind actor : t.getAllowedActors()) {
          List<ObligationKind> performed = TABLE.rows().stream()
              .filter(r -> r.fulfilling().contains(t) && r.kind().getBearer() == actor).map(LifecycleTable.Row::kind).toList();
          assertEquals(1, performed.size(), () -> t + " by " + actor + " performs " + performed);
          assertTrue(GenericLifecycle.WORDING.containsKey(performed.get(0)), () -> t + " performs " + performed);
        }
      }
    }
    Set<EventType> routed = TABLE.row(ObligationKind.DATA_SUBJECT_ROUTING).fulfilling();
    assertEquals(routed, TABLE.row(ObligationKind.USAGE_DATA_REQUEST_REFERRAL).fulfilling());
  }

  @Test
  @DisplayName("the events the generic path creates from alone (A.2.2.4, A.2.2.5, A.4.2) each trigger one duty, a generic one")
  void triggersCreateOneGenericDuty() {
    for (EventType t : List.of(EventType.NON_COMPLIANCE_DISCOVERED, EventType.AUDIT_TIME_INVOICED, EventType.PRIVACY_SHIELD_COMPLIANCE_LOST)) {
      List<ObligationKind> created = TABLE.rows().stream().filter(r -> r.triggers().contains(t)).map(LifecycleTable.Row::kind).toList();
      assertEquals(1, created.size(), () -> t + " creates " + created);
      assertTrue(GenericLifecycle.WORDING.containsKey(created.get(0)), () -> t + " creates " + created);
    }
  }

  @Test
  @DisplayName("property: on generated timelines every generic duty is created by a trigger of its row and performed by its bearer, for the event's subject")
  void genericStepsFollowTheRow() {
    qt().withExamples(120).forAll(seeds()).checkAssert(seed -> {
      List<DpaEvent> events = seed % 2 == 0 ? story(seed, 60) : timeline(seed, 60);
      ContractState s = ContractMonitor.of(contract()).appendAll(events).stateAsOf(LocalDate.of(2100, 1, 1));
      for (EventAccount a : s.getAccounts()) {
        DpaEvent e = a.getEvent();
        for (Effect f : a.getEffects()) {
          s.getObligation(f.getTargetId()).filter(i -> GenericLifecycle.WORDING.containsKey(i.getKind())).ifPresent(i -> {
            LifecycleTable.Row row = TABLE.row(i.getKind());
            if (f.getKind() == EffectKind.CREATED) {
              assertTrue(row.triggers().contains(e.getType()), () -> f + " by " + e);
              assertEquals(i.getSubject().orElse(null), GenericLifecycle.subject(i.getKind(), e), () -> f + " by " + e);
            } else if (f.getKind() == EffectKind.FULFILLED || f.getKind() == EffectKind.FULFILLED_LATE) {
              assertTrue(row.fulfilling().contains(e.getType()), () -> f + " by " + e);
              assertEquals(i.getBearer(), e.getActor(), () -> f + " by " + e);
              assertEquals(i.getSubject().orElse(null), GenericLifecycle.subject(i.getKind(), e), () -> f + " by " + e);
            }
          });
        }
      }
    });
  }
}
