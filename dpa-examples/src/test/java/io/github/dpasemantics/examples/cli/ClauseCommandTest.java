package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("dpa clause")
class ClauseCommandTest {

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: text, kind, parties and the policies that decide it")
  void clauseText() {
    Cli.Result r = Cli.run("clause", "6.3");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("6.3  "), r.out());
    assertTrue(r.out().contains("kind     obligation"), r.out());
    assertTrue(r.out().contains("at least ten (10)"), r.out());
    assertTrue(r.out().contains("decided  Subprocessing.objectionAllowed("), r.out());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3 as JSON: its old-style reference and the clauses citing it")
  void clauseJson() {
    Cli.Result r = Cli.run("clause", "2.9", "--format", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode c = r.json();
    assertEquals("2.9", c.get("id").asText());
    assertEquals("DEFINITION", c.get("kind").asText());
    assertTrue(c.get("decidedBy").size() > 0, c::toString);
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: annex ids work")
  void annexClause() {
    Cli.Result r = Cli.run("clause", "A.2.2.2");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("A.2.2.2"), r.out());
  }
}
