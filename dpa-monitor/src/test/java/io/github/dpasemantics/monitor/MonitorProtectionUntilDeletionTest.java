package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.DataScope;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * A.1.2: the Processing lasts "until deletion of all Customer Personal Data"; by default the
 * protections that attach to it (7.3 here) last after termination while Segment still holds the data.
 */
class MonitorProtectionUntilDeletionTest {
  private static final LocalDate END = LocalDate.of(2024, 6, 3);

  private static List<ObligationInstance> incidentDuties(io.github.dpasemantics.model.contract.ContractInstance c,
      DpaEvent... events) {
    return ContractMonitor.of(c).appendAll(events).stateAsOf(END.plusDays(90)).getObligations(ObligationKind.INCIDENT_NOTICE);
  }

  @Test
  @Tag("clause-A.1.2")
  @DisplayName("A.1.2, 7.3: a breach in the deletion window after termination, data not yet deleted, creates the 7.3 notice duty")
  void breachBeforeDeletionCreatesDuty() {
    List<ObligationInstance> duties = incidentDuties(contract(), terminated("t", END), deletionRequested("r", END),
        breach("c", END.plusDays(10), "inc-1"));
    assertEquals(1, duties.size());
    assertEquals(ObligationState.ACTIVE, duties.get(0).getState());
  }

  @Test
  @Tag("clause-A.1.2")
  @DisplayName("A.1.2, 7.3: once all Customer Personal Data is deleted, a later breach creates no 7.3 duty")
  void breachAfterDeletionCreatesNone() {
    ContractMonitor m = ContractMonitor.of(contract()).appendAll(terminated("t", END), deletionRequested("r", END),
        deleted("d", END.plusDays(5)), breach("c", END.plusDays(10), "inc-1"));
    assertTrue(m.stateAsOf(END.plusDays(20)).getObligations(ObligationKind.INCIDENT_NOTICE).isEmpty());
    assertTrue(m.stateAsOf(END.plusDays(20)).getAccount("c").orElseThrow().isUnmatched());
  }

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4 under PROTECTION_ENDS_WITH_ADDENDUM: the same breach after termination creates no 7.3 duty")
  void alternativeReadingEndsProtection() {
    assertTrue(incidentDuties(contract(DpaTerms.segment(), Interpretations.of(Interpretation.PROTECTION_ENDS_WITH_ADDENDUM)),
        terminated("t", END), deletionRequested("r", END), breach("c", END.plusDays(10), "inc-1")).isEmpty());
  }

  @Test
  @Tag("clause-A.1.2")
  @DisplayName("A.1.2 property: after termination a breach creates a 7.3 duty exactly while the data is not all deleted (default), never under the alternative")
  void dutyWhileDataHeld() {
    qt().withExamples(100).forAll(SourceDSL.integers().between(1, 200), SourceDSL.integers().between(-1, 200), SourceDSL.booleans().all())
        .checkAssert((breachDay, deletionDay, defaultReading) -> {
          List<DpaEvent> events = new ArrayList<>(List.of(terminated("t", END), deletionRequested("r", END),
              breach("c", END.plusDays(breachDay), "inc-1")));
          if (deletionDay >= 0) {
            events.add(deleted("d", END.plusDays(deletionDay)));
          }
          var c = defaultReading ? contract()
              : contract(DpaTerms.segment(), Interpretations.of(Interpretation.PROTECTION_ENDS_WITH_ADDENDUM));
          List<ObligationInstance> duties = ContractMonitor.of(c).appendAll(events).stateAsOf(END.plusDays(400))
              .getObligations(ObligationKind.INCIDENT_NOTICE);
          boolean held = deletionDay < 0 || breachDay <= deletionDay; // the day of deletion is inside the Processing
          assertEquals(defaultReading && held ? 1 : 0, duties.size());
        });
  }

  @Test
  @Tag("clause-9.2")
  @DisplayName("9.2: data retained by law after a partial deletion keeps the protection under either reading")
  void retainedDataKeepsProtection() {
    assertEquals(1, incidentDuties(contract(DpaTerms.segment(), Interpretations.of(Interpretation.PROTECTION_ENDS_WITH_ADDENDUM)),
        terminated("t", END), retention("k", END.plusDays(1), DataScope.PART), breach("c", END.plusDays(10), "inc-1")).size());
  }
}
