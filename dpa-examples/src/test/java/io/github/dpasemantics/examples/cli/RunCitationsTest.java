package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13: the main job's text, JSON and HTML output cite only the right clauses, with no unfilled slot. */
@DisplayName("dpa run: citations right and every reason filled, in text, JSON and HTML")
class RunCitationsTest {
  private static final Pattern UNFILLED = Pattern.compile("\\{\\d+}");
  /** The lifecycle steps any obligation can take: their reason must cite the obligation's own clause. */
  private static final Set<String> LIFECYCLE = Set.of("NOTICE_DELAY", "NOTICE_DELAY_ENDED", "NOTICE_STILL_PAUSED", "OVERDUE",
      "ALREADY_FINISHED");

  @Test
  @DisplayName("no output format of dpa run prints an unfilled {n}, as of the default date and earlier ones")
  void noUnfilledSlots() {
    for (String asOf : List.of("2025-02-20", "2025-04-20", "2025-08-01", "2026-01-15")) {
      for (String format : List.of("text", "json", "html")) {
        Cli.Result r = Cli.run("run", "--format", format, "--as-of", asOf);
        assertEquals(0, r.code(), r::toString);
        assertFalse(UNFILLED.matcher(r.out()).find(), () -> format + " as of " + asOf + ":\n" + r.out());
      }
    }
  }

  @Test
  @DisplayName("the JSON of dpa run cites only clauses of the catalogue, and each lifecycle reason its own obligation's clause")
  void citationsAreRight() {
    for (String asOf : List.of("2025-02-20", "2025-04-20", "2025-08-01", "2026-01-15")) {
      JsonNode json = Cli.run("run", "--format", "json", "--as-of", asOf).json();
      List<JsonNode> reasons = new ArrayList<>();
      json.findParents("code").forEach(n -> {
        if (n.has("clause") && n.has("text")) {
          reasons.add(n);
        }
      });
      assertFalse(reasons.isEmpty(), json::toPrettyString);
      for (JsonNode reason : reasons) {
        String clause = reason.get("clause").asText();
        assertTrue(ClauseCatalog.segmentDpa().find(ClauseId.parse(clause)).isPresent(), reason::toString);
      }
      for (JsonNode o : json.get("obligations")) {
        for (JsonNode reason : o.get("decision").get("reasons")) {
          if (LIFECYCLE.contains(reason.get("code").asText())) {
            assertEquals(o.get("clause").asText(), reason.get("clause").asText(), o::toPrettyString);
          }
        }
      }
    }
  }

  @Test
  @DisplayName("7.3: the text and JSON of dpa run say when the incident notice was met (its Timeliness), never a bare 'met'")
  void timelinessShown() {
    Cli.Result text = Cli.run("run");
    assertTrue(text.out().matches("(?s).*7\\.3 .*met 2025-07-21[^\\n]*, (on time|delay excused|delay not excused: \\d+ days?).*"),
        text.out());
    JsonNode json = Cli.run("run", "--format", "json").json();
    boolean found = false;
    for (JsonNode o : json.get("obligations")) {
      if (o.get("clause").asText().equals("7.3") && o.get("state").asText().equals("FULFILLED")) {
        assertTrue(o.has("timeliness"), o::toPrettyString);
        found = true;
      }
    }
    assertTrue(found, json::toPrettyString);
  }
}
