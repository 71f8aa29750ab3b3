package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dpasemantics.examples.scenario.DefaultScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the main job: dpa with no arguments replays the default scenario")
class MainJobTest {

  @Test
  @DisplayName("dpa alone prints open, missed and met obligations, each citing its clause, without colour off a TTY")
  void noArgumentsRunsTheDefaultScenario() {
    Cli.Result r = Cli.run();
    assertEquals(0, r.code(), r::toString);
    String out = r.out();
    assertTrue(out.contains("as of 2026-01-15"), out);
    // 6.1.1: the scenario records no written agreement with snowflake or cloudflare, owed since their engagement
    assertTrue(out.contains("OPEN OBLIGATIONS (3)"), out);
    assertTrue(out.contains("6.1.1   Segment  no deadline"), out);
    assertTrue(out.contains("9.1     Segment  due 2026-02-03 (in 19 days)"), out);
    assertTrue(out.contains("MISSED (1)"), out);
    // 6.3: notice was complete on the first channel used (the page, 3 March), three days late
    assertTrue(out.contains("6.3     Segment  due 2025-02-28, late by 3d"), out);
    assertTrue(out.contains("7.3     Segment  met 2025-07-21"), out);
    assertTrue(out.contains("A.2.2.2 Segment  discharged 2025-09-22"), out);
    assertTrue(out.contains("cloudflare-objection"), out);
    assertTrue(out.contains("port-scan-confirmed"), out);
    assertFalse(out.contains("\u001b["), "no escape codes off a terminal");
    assertEquals("", r.err());
  }

  @Test
  @DisplayName("run and demo are the same job as dpa alone")
  void runAndDemoAreAliases() {
    String plain = Cli.run().out();
    assertEquals(plain, Cli.run("run").out());
    assertEquals(plain, Cli.run("demo").out());
  }

  @Test
  @DisplayName("6.3, A.2.2.2: as of 2025-04-20 the audit right and termination for convenience are open, with lapse dates")
  void earlierDateShowsOpenRights() {
    Cli.Result r = Cli.run("--as-of", "2025-04-20");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("OPEN RIGHTS (2)"), r.out());
    assertTrue(r.out().contains("until 2025-12-31 (255 days left)"), r.out());
    assertTrue(r.out().contains("no time limit in the text"), r.out());
  }

  @Test
  @DisplayName("--format json gives every obligation with clause, state and decision")
  void jsonFormat() {
    Cli.Result r = Cli.run("--format", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode json = r.json();
    assertEquals("acme-2025", json.get("contractId").asText());
    assertEquals("2026-01-15", json.get("asOf").asText());
    assertEquals(1, json.get("summary").get("violated").asInt());
    boolean deletion = false;
    for (JsonNode o : json.get("obligations")) {
      assertTrue(o.has("clause") && o.has("state") && o.get("decision").has("reasons"), o::toString);
      if (o.get("clause").asText().equals("9.1")) {
        deletion = true;
        assertEquals("2026-02-03", o.get("dueDate").asText());
        assertEquals("ACTIVE", o.get("state").asText());
      }
    }
    assertTrue(deletion);
    assertEquals(23, json.get("events").size(), "every event is accounted for");
  }

  @Test
  @DisplayName("--format html is one static page with an inline SVG timeline and no scripts")
  void htmlFormat() {
    Cli.Result r = Cli.run("run", "--format", "html");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("<!DOCTYPE html>"));
    assertTrue(r.out().contains("<svg"));
    assertTrue(r.out().contains("as of 2026-01-15"));
    assertFalse(r.out().contains("<script"));
    assertTrue(r.out().trim().endsWith("</html>"));
  }

  @Test
  @DisplayName("colour only when the output is a terminal")
  void colourOnATerminal() {
    Cli.Result r = Cli.runWith("", true);
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("\u001b[1m"), "bold on a TTY");
  }

  @Test
  @DisplayName("the bundled scenario is published unchanged as docs/examples/default-timeline.json")
  void docsCopyEqualsTheBundledScenario() throws Exception {
    String docs = Files.readString(Cli.docs().resolve("examples/default-timeline.json"), StandardCharsets.UTF_8);
    assertEquals(DefaultScenario.json(), docs);
  }

  @Test
  @DisplayName("dpa monitor on the published example gives the same report as dpa run")
  void monitorOnThePublishedExample() {
    Cli.Result monitor = Cli.run("monitor", Cli.docs().resolve("examples/default-timeline.json").toString(),
        "--as-of", "2025-07-20");
    Cli.Result run = Cli.run("run", "--as-of", "2025-07-20");
    assertEquals(0, monitor.code(), monitor::toString);
    assertEquals(run.out(), monitor.out());
    assertTrue(monitor.out().contains("7.3"), monitor.out());
  }

  @Test
  @DisplayName("dpa monitor reads a timeline from stdin")
  void monitorFromStdin() {
    Cli.Result r = Cli.runWith(DefaultScenario.json(), false, "monitor", "-", "--format", "json");
    assertEquals(0, r.code(), r::toString);
    assertEquals("2026-01-15", r.json().get("asOf").asText());
  }
}
