package io.github.dpasemantics.monitor;

import static org.junit.jupiter.api.Assertions.*;

import io.github.dpasemantics.model.norm.Norm;
import io.github.dpasemantics.model.norm.Norms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The monitor's duties and rights against the model's catalogue of norms. */
class MonitorNormsTest {
  private static Set<String> instantiated() {
    Set<String> ids = new LinkedHashSet<>();
    for (ObligationKind k : ObligationKind.values()) {
      ids.add(k.getNorm().getId());
    }
    for (RightKind k : RightKind.values()) {
      ids.add(k.getNorm().getId());
    }
    return ids;
  }

  @Test
  @DisplayName("every norm an event triggers is instantiated by a duty or right of the monitor, or listed as not monitored")
  void everyTriggeredNormIsAccountedFor() {
    Set<String> instantiatedNorms = instantiated();
    List<String> missing = new ArrayList<>();
    for (Norm n : Norms.segmentDpa().getNorms()) {
      if (!n.isStanding() && !instantiatedNorms.contains(n.getId()) && !ContractMonitor.NOT_MONITORED.containsKey(n.getId())) {
        missing.add(n.getId());
      }
    }
    assertEquals(List.of(), missing, "triggered norms neither monitored nor listed in ContractMonitor.NOT_MONITORED");
  }

  @Test
  @DisplayName("each norm listed as not monitored exists, is triggered by an event, is instantiated by no kind, and has a reason")
  void notMonitoredListIsExact() {
    Set<String> instantiatedNorms = instantiated();
    for (var e : ContractMonitor.NOT_MONITORED.entrySet()) {
      Norm n = Norms.segmentDpa().require(e.getKey());
      assertFalse(n.isStanding(), e::getKey);
      assertFalse(instantiatedNorms.contains(e.getKey()), e::getKey);
      assertFalse(e.getValue().isBlank(), e::getKey);
    }
    assertThrows(UnsupportedOperationException.class, () -> ContractMonitor.NOT_MONITORED.put("x", "y"));
  }

  @Test
  @DisplayName("each duty and right cites the clause of the norm it instantiates; duties share its bearer and deadline rule where the norm sets one")
  void kindsMatchTheirNorms() {
    Set<String> seen = new LinkedHashSet<>();
    for (ObligationKind k : ObligationKind.values()) {
      Norm n = k.getNorm();
      assertEquals(n.getClause(), k.getClause(), k::name);
      assertEquals(n.getBearer(), k.getBearer(), k::name);
      assertTrue(seen.add(n.getId()), () -> "two kinds instantiate " + n.getId());
    }
    assertEquals("9.1/delete-customer-personal-data", ObligationKind.DELETION.getNorm().getId());
    assertEquals(ObligationKind.DELETION.getNorm().getDeadline(), ObligationKind.DELETION.getDeadlineRule());
    assertEquals(ObligationKind.SUBPROCESSOR_NOTICE.getNorm().getDeadline(), ObligationKind.SUBPROCESSOR_NOTICE.getDeadlineRule());
    for (RightKind k : RightKind.values()) {
      assertEquals(k.getNorm().getClause(), k.getClause(), k::name);
    }
    assertEquals("6.3/object-to-new-subprocessor", RightKind.OBJECT_TO_SUBPROCESSOR.getNorm().getId());
    assertEquals(RightKind.OBJECT_TO_AUDITOR.getHolder(), RightKind.OBJECT_TO_AUDITOR.getNorm().getBearer());
  }
}
