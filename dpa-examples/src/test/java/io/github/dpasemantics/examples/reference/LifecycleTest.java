package io.github.dpasemantics.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.monitor.ObligationState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The lifecycle diagram")
class LifecycleTest {
  private static final String MD = "# Monitor\n\ntext\n\n```mermaid\nstateDiagram-v2\n"
      + "    %% a comment\n"
      + "    direction TB\n"
      + "    [*] --> CREATED : triggering event\n"
      + "    CREATED --> ACTIVE : condition met (9.1: termination)\n"
      + "    ACTIVE --> FULFILLED : fulfilling event in time\n"
      + "    ACTIVE --> VIOLATED : due date passes\\nor a violating event\n"
      + "    ACTIVE --> SUSPENDED : excused delay (7.3)\n"
      + "    SUSPENDED --> ACTIVE : delay ends\n"
      + "    ACTIVE --> DISCHARGED\n"
      + "    note right of ACTIVE\n      owed now\n    end note\n"
      + "    FULFILLED --> [*]\n"
      + "    VIOLATED --> VIOLATED : late performance\n"
      + "    state \"Met in time\" as FULFILLED\n"
      + "```\n";

  @Test
  @DisplayName("reads transitions, labels and state descriptions from the Mermaid block of a Markdown text")
  void parsesMermaid() {
    Lifecycle l = Lifecycle.parse(Lifecycle.mermaidBlock(MD).orElseThrow(), "test");
    assertEquals(List.of(Lifecycle.START, "CREATED", "ACTIVE", "FULFILLED", "VIOLATED", "SUSPENDED", "DISCHARGED", Lifecycle.END),
        l.states());
    List<String> edges = new ArrayList<>();
    for (Lifecycle.Transition t : l.transitions()) {
      edges.add(Lifecycle.display(t.from) + ">" + Lifecycle.display(t.to) + ":" + t.label);
    }
    assertEquals(List.of("start>CREATED:triggering event", "CREATED>ACTIVE:condition met (9.1: termination)",
        "ACTIVE>FULFILLED:fulfilling event in time", "ACTIVE>VIOLATED:due date passes or a violating event", "ACTIVE>SUSPENDED:excused delay (7.3)",
        "SUSPENDED>ACTIVE:delay ends", "ACTIVE>DISCHARGED:", "FULFILLED>end:", "VIOLATED>VIOLATED:late performance"), edges);
    assertEquals("Met in time", l.description("FULFILLED").orElseThrow());
  }

  @Test
  @DisplayName("draws one box per state and one numbered badge per transition, the back edge dashed, the self-transition a loop")
  void drawsSvg() {
    Lifecycle l = Lifecycle.parse(Lifecycle.mermaidBlock(MD).orElseThrow(), "test");
    String svg = l.svg();
    assertTrue(svg.startsWith("<svg ") && svg.endsWith("</svg>"));
    assertEquals(6, count(svg, "<rect "));
    assertEquals(9, count(svg, "class=\"badge\""));
    assertEquals(1, count(svg, "class=\"edge loop\""));
    assertEquals(1, count(svg, "class=\"edge back\""));
    for (String s : List.of("CREATED", "ACTIVE", "FULFILLED", "VIOLATED", "SUSPENDED", "DISCHARGED")) {
      assertTrue(svg.contains(">" + s + "</text>"), s);
    }
  }

  @Test
  @DisplayName("falls back to the states of ObligationState, open ones apart from finished ones")
  void fallsBackToTheEnum() {
    Lifecycle l = Lifecycle.fromEnum();
    assertEquals(ObligationState.values().length, l.states().size());
    assertTrue(l.transitions().isEmpty());
    String svg = l.svg();
    for (ObligationState s : ObligationState.values()) {
      assertTrue(svg.contains(">" + s.name() + "</text>"), s.name());
      assertTrue(svg.contains("class=\"state " + (s.isOpen() ? "open" : "finished") + "\""), s.name());
    }
  }

  @Test
  @DisplayName("finds no diagram in Markdown without a mermaid state diagram")
  void noBlock() {
    assertTrue(Lifecycle.mermaidBlock("```mermaid\nflowchart TD\nA-->B\n```\n").isEmpty());
    assertTrue(Lifecycle.mermaidBlock("no code").isEmpty());
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
