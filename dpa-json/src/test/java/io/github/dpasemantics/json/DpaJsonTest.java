package io.github.dpasemantics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.json.testing.JsonGenerators;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.Change;
import io.github.dpasemantics.monitor.ContractMonitor;
import io.github.dpasemantics.monitor.ContractState;
import io.github.dpasemantics.monitor.Monitor;
import io.github.dpasemantics.monitor.MonitorState;
import io.github.dpasemantics.monitor.Step;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DpaJson, the one entry: timelines, contracts and events read back what it writes; the monitor's outputs are written")
class DpaJsonTest {

  @Test
  @DisplayName("property: a timeline, its contract and each event, written indented or on one line, read back equal")
  void roundTrips() {
    qt().withExamples(60).forAll(JsonGenerators.anyTimelines().mix(JsonGenerators.timelines())).checkAssert(t -> {
      assertEquals(t, DpaJson.readTimeline(DpaJson.write(t), "t.json"));
      String line = DpaJson.writeLine(t);
      assertFalse(line.contains("\n"), line);
      assertEquals(t, DpaJson.readTimeline(line, "t.json"));
      assertEquals(t.contract(), DpaJson.readContract(DpaJson.writeLine(t.contract()), "c.json"));
      for (DpaEvent e : t.events()) {
        assertEquals(e, DpaJson.readEvent(DpaJson.writeLine(e), "e.json"));
      }
    });
  }

  @Test
  @DisplayName("the monitor's outputs (each step's changes, the state) are written as JSON objects on one line")
  void writesMonitorOutputs() {
    java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(20).forAll(JsonGenerators.timelines()).checkAssert(t -> {
      MonitorState s = MonitorState.initial(t.contract());
      for (DpaEvent e : t.events()) {
        Step step;
        try {
          step = Monitor.step(s, e);
        } catch (RuntimeException refused) {
          continue; // a few generated timelines break a monitor rule (JsonGeneratorsTest counts them)
        }
        for (Change c : step.changes()) {
          String one = DpaJson.writeLine(c);
          assertTrue(one.startsWith("{\"kind\":") && !one.contains("\n"), one);
          changes.incrementAndGet();
        }
        s = step.next();
      }
      ContractState state = ContractMonitor.of(t.contract()).stateAsOf(t.contract().addendumEffectiveDate());
      String json = DpaJson.writeLine(state);
      assertTrue(json.startsWith("{") && json.contains("\"contractId\""), json);
    });
    assertTrue(changes.get() > 0, "no change written");
  }

  @Test
  @DisplayName("a wrong event is refused with one line naming the document, path, line and column")
  void refusesWithOneLine() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> DpaJson.readEvent("{\"type\": \"DeletionRequested\", \"id\": \"d\",\n \"date\": \"2025-02-30\"}", "topic-0@7"));
    assertEquals("$.date", e.getPath());
    assertTrue(e.getMessage().startsWith("topic-0@7 $.date (line 2, column"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  @DisplayName("an event's \"type\" may come last: its members keep their own lines and columns, the type too")
  void typeLastKeepsPlaces() {
    String event = "{\"id\": \"d\",\n \"date\": \"%s\",\n   \"type\": \"%s\"}";
    assertEquals(DpaJson.readEvent(String.format(event, "2025-02-03", "DeletionRequested"), "e"),
        DpaJson.readEvent("{\"type\": \"DeletionRequested\", \"id\": \"d\", \"date\": \"2025-02-03\"}", "e"));
    InvalidInputException date = assertThrows(InvalidInputException.class,
        () -> DpaJson.readEvent(String.format(event, "2025-02-30", "DeletionRequested"), "e"));
    assertEquals(java.util.Optional.of(new InvalidInputException.Location(2, 10)), date.getLocation(), date.getMessage());
    InvalidInputException type = assertThrows(InvalidInputException.class,
        () -> DpaJson.readEvent(String.format(event, "2025-02-03", "DeletionWanted"), "e"));
    assertEquals("$.type", type.getPath());
    assertEquals(java.util.Optional.of(new InvalidInputException.Location(3, 12)), type.getLocation(), type.getMessage());
    InvalidInputException none = assertThrows(InvalidInputException.class,
        () -> DpaJson.readEvent("{\"id\": \"d\", \"date\": \"2025-02-03\"}", "e"));
    assertTrue(none.getMessage().contains("missing required field \"type\""), none.getMessage());
  }

  /** A policy-shaped method taking an event, for the inputs of dpa decide given as a tree. */
  public static boolean eventProbe(DpaEvent event) {
    return event.getId().isEmpty();
  }

  @Test
  @DisplayName("an event among dpa decide's KEY=VALUE inputs (a tree) may give its \"type\" last too")
  void treeTypeLast() throws Exception {
    PolicyInputs shape = PolicyInputs.of(DpaJsonTest.class.getMethod("eventProbe", DpaEvent.class));
    io.github.dpasemantics.model.contract.Interpretations readings =
        io.github.dpasemantics.model.contract.Interpretations.defaults();
    JsonBinding reader = DpaJson.reader();
    String inputs = "{\"event\": {\"id\": \"d\", \"date\": \"2025-02-03\", \"type\": \"%s\"}}";
    Object[] args = shape.read(reader, reader.tree(String.format(inputs, "DeletionRequested")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "in").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "in", readings).value();
    assertEquals(DpaJson.readEvent("{\"type\": \"DeletionRequested\", \"id\": \"d\", \"date\": \"2025-02-03\"}", "e"),
        args[0]);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> shape.read(reader,
        String.format(inputs, "DeletionWanted").getBytes(java.nio.charset.StandardCharsets.UTF_8), "in", readings));
    assertEquals("$.event.type", e.getPath(), e.getMessage());
    assertTrue(e.getMessage().contains("not a kind of DpaEvent"), e.getMessage());
  }
}
