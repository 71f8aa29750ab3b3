package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dpasemantics.json.Schemas;
import io.github.dpasemantics.model.event.DpaEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the JSON Schemas in docs/schemas are generated from the code")
class SchemaFilesTest {

  private static Map<String, String> fresh() {
    return Schemas.generateAll(PolicyRegistry.load().all().stream().map(PolicyRegistry.Policy::method)
        .toList());
  }

  @Test
  @DisplayName("the committed schemas equal freshly generated ones (regenerate: ./dpa schema --out docs/schemas)")
  void committedSchemasAreCurrent() throws IOException {
    Path dir = Cli.docs().resolve("schemas");
    Map<String, String> fresh = fresh();
    TreeSet<String> committed;
    try (Stream<Path> files = Files.walk(dir)) {
      // docs/schemas/kafka/ holds dpa-kafka's topic formats, which dpa-kafka's own tests check
      committed = files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(name -> !name.startsWith("kafka/"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(new TreeSet<>(fresh.keySet()), committed, "schema files: regenerate with ./dpa schema --out docs/schemas");
    for (Map.Entry<String, String> e : fresh.entrySet()) {
      assertEquals(e.getValue(), Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8),
          () -> e.getKey() + " is stale: regenerate with ./dpa schema --out docs/schemas");
    }
  }

  @Test
  @DisplayName("the timeline schema has one variant per kind of event, each closed to unknown fields")
  void timelineSchemaCoversEveryEvent() {
    JsonNode schema = new Cli.Result(0, fresh().get(Schemas.TIMELINE), "").json();
    JsonNode union = schema.get("$defs").get("DpaEvent");
    assertEquals(DpaEvent.class.getPermittedSubclasses().length, union.get("oneOf").size());
    JsonNode deletion = schema.get("$defs").get("DeletionRequested");
    assertEquals(false, deletion.get("additionalProperties").asBoolean());
    assertEquals("DeletionRequested", deletion.get("properties").get("type").get("const").asText());
    assertTrue(deletion.get("required").toString().contains("date"), deletion::toString);
    // a date, or an instant with an offset or zone (placed in the contract's zone by the reader)
    java.util.regex.Pattern date = java.util.regex.Pattern.compile(
        deletion.get("properties").get("date").get("pattern").asText());
    for (String ok : List.of("2025-12-05", "2026-01-01T02:00:00+01:00", "2026-01-01T01:00Z",
        "2025-01-01T02:00+01:00[Europe/Paris]")) {
      assertTrue(date.matcher(ok).find(), ok);
    }
    for (String bad : List.of("2025-12-5", "2026-01-01T02:00", "5 December 2025")) {
      assertFalse(date.matcher(bad).find(), bad);
    }
  }

  @Test
  @DisplayName("dpa schema prints the timeline schema and a policy's inputs schema")
  void schemaCommand() {
    Cli.Result timeline = Cli.run("schema", "timeline");
    assertEquals(0, timeline.code(), timeline::toString);
    assertEquals("dpa timeline", timeline.json().get("title").asText());
    Cli.Result policy = Cli.run("schema", "Subprocessing.objectionAllowed");
    assertEquals(0, policy.code(), policy::toString);
    assertTrue(policy.json().get("required").toString().contains("objection"), policy.out());
  }
}
