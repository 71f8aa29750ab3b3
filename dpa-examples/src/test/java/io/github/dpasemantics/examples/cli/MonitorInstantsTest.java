package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dpasemantics.examples.scenario.DefaultScenario;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("dpa monitor: an event dated by an instant is placed in the contract's zone, and the report says so (issue 15)")
class MonitorInstantsTest {
  @TempDir
  Path dir;

  private static final String PLAIN = "{\"type\": \"DeletionRequested\", \"id\": \"deletion-request\", \"date\": \"2025-12-05\"}";

  private Cli.Result monitor(String event, String... options) {
    String json = DefaultScenario.json();
    assertTrue(json.contains(PLAIN), "the default scenario changed");
    String[] args = new String[2 + options.length];
    args[0] = "monitor";
    args[1] = Cli.write(dir, "t.json", json.replace(PLAIN, event)).toString();
    System.arraycopy(options, 0, args, 2, options.length);
    return Cli.run(args);
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: a deletion request at 06:30 UTC on 6 December 2025 is a 5 December request in California: same report, plus the conversion")
  void instantGivesTheSameReport() {
    Cli.Result plain = monitor(PLAIN);
    Cli.Result instant = monitor(PLAIN.replace("2025-12-05", "2025-12-06T06:30:00Z"));
    assertEquals(0, instant.code(), instant::toString);
    assertTrue(instant.out().contains("].date: 2025-12-06T06:30:00Z is 2025-12-05T22:30:00-08:00 in "
        + "America/Los_Angeles, the contract's zone, so its contract date is 2025-12-05"), instant.out());
    assertEquals(plain.out().lines().filter(l -> !l.contains("date given as an instant")).toList(),
        instant.out().lines().filter(l -> !l.contains("date given as an instant")).toList());
  }

  @Test
  @DisplayName("the JSON report lists the conversion under \"dates\"; a timeline of plain dates has none")
  void jsonReportListsDates() {
    JsonNode report = monitor(PLAIN.replace("2025-12-05", "2025-12-06T06:30:00Z"), "-f", "json").json();
    assertEquals("2025-12-05", report.get("dates").get(0).get("date").asText());
    assertEquals("America/Los_Angeles", report.get("dates").get(0).get("zone").asText());
    assertEquals(null, monitor(PLAIN, "-f", "json").json().get("dates"));
  }

  @Test
  @DisplayName("--as-of takes an instant too: 07:00 UTC on 1 January 2026 is 23:00 on 31 December 2025 in California")
  void asOfInstant() {
    JsonNode report = monitor(PLAIN, "--as-of", "2026-01-01T07:00:00Z", "-f", "json").json();
    assertEquals("2025-12-31", report.get("asOf").asText());
    assertEquals("--as-of", report.get("dates").get(0).get("input").asText());
    Cli.Result bad = monitor(PLAIN, "--as-of", "2026-01-01T08:00");
    assertEquals(2, bad.code(), bad::toString);
    assertTrue(bad.err().contains("names no instant"), bad.err());
  }
}
