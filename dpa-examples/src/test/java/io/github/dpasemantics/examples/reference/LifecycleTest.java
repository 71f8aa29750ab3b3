package io.github.dpasemantics.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.monitor.LifecycleTable;
import io.github.dpasemantics.monitor.ObligationState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The lifecycle diagram")
class LifecycleTest {
  private static final List<LifecycleTable.Transition> SMALL = List.of(
      new LifecycleTable.Transition("[*]", "CREATED", "triggering event"),
      new LifecycleTable.Transition("CREATED", "ACTIVE", "condition met (9.1: termination)"),
      new LifecycleTable.Transition("ACTIVE", "FULFILLED", "fulfilling event in time"),
      new LifecycleTable.Transition("ACTIVE", "VIOLATED", "due date passes"),
      new LifecycleTable.Transition("ACTIVE", "SUSPENDED", "excused delay (7.3)"),
      new LifecycleTable.Transition("SUSPENDED", "ACTIVE", "delay ends"),
      new LifecycleTable.Transition("ACTIVE", "DISCHARGED", ""),
      new LifecycleTable.Transition("FULFILLED", "[*]", ""),
      new LifecycleTable.Transition("VIOLATED", "VIOLATED", "late performance"));

  @Test
  @DisplayName("takes the monitor's transitions from its lifecycle table, labels as the table gives them, no Markdown parsed")
  void fromTheMonitorTable() {
    Lifecycle l = Lifecycle.fromMonitor();
    List<LifecycleTable.Transition> table = LifecycleTable.segmentDpa().transitions();
    assertEquals(table.size(), l.transitions().size());
    for (int i = 0; i < table.size(); i++) {
      assertEquals(table.get(i).label(), l.transitions().get(i).label);
    }
    for (ObligationState s : ObligationState.values()) {
      assertTrue(l.states().contains(s.name()), s.name());
      assertEquals(s.isOpen() ? "open" : "finished", l.description(s.name()).orElseThrow());
    }
    assertTrue(l.source().contains("LifecycleTable"), l.source());
  }

  @Test
  @DisplayName("maps [*] to the start as a source and to the end as a target, keeping the order states first appear in")
  void statesAndPseudoStates() {
    Lifecycle l = Lifecycle.of(SMALL);
    assertEquals(List.of(Lifecycle.START, "CREATED", "ACTIVE", "FULFILLED", "VIOLATED", "SUSPENDED", "DISCHARGED", Lifecycle.END),
        l.states());
    List<String> edges = new ArrayList<>();
    for (Lifecycle.Transition t : l.transitions()) {
      edges.add(Lifecycle.display(t.from) + ">" + Lifecycle.display(t.to) + ":" + t.label);
    }
    assertEquals(List.of("start>CREATED:triggering event", "CREATED>ACTIVE:condition met (9.1: termination)",
        "ACTIVE>FULFILLED:fulfilling event in time", "ACTIVE>VIOLATED:due date passes", "ACTIVE>SUSPENDED:excused delay (7.3)",
        "SUSPENDED>ACTIVE:delay ends", "ACTIVE>DISCHARGED:", "FULFILLED>end:", "VIOLATED>VIOLATED:late performance"), edges);
  }

  @Test
  @DisplayName("draws one box per state and one numbered badge per transition, the back edge dashed, the self-transition a loop")
  void drawsSvg() {
    String svg = Lifecycle.of(SMALL).svg();
    assertTrue(svg.startsWith("<svg ") && svg.endsWith("</svg>"));
    assertEquals(6, count(svg, "<rect "));
    assertEquals(9, count(svg, "class=\"badge\""));
    assertEquals(1, count(svg, "class=\"edge loop\""));
    assertEquals(1, count(svg, "class=\"edge back\""));
    for (String s : List.of("CREATED", "ACTIVE", "FULFILLED", "VIOLATED", "SUSPENDED", "DISCHARGED")) {
      assertTrue(svg.contains(">" + s + "</text>"), s);
      assertTrue(svg.contains("class=\"state " + ("FULFILLED VIOLATED DISCHARGED".contains(s) ? "finished" : "open") + "\""), s);
    }
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
