package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dpasemantics.examples.conformance.CaseFile;
import io.github.dpasemantics.examples.conformance.CaseSuite;
import io.github.dpasemantics.examples.scenario.DefaultScenario;
import io.github.dpasemantics.json.Schemas;
import io.github.dpasemantics.json.testing.PublishedSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The published schemas (docs/schemas) checked by a maintained validator (networknt), not by our
 * generator: every bundled document conforms, and so does every schema {@code dpa schema} prints.
 */
@DisplayName("the published schemas, checked by a maintained validator: every bundled example conforms")
class PublishedSchemasTest {
  private static final PublishedSchema TIMELINE = PublishedSchema.load(Schemas.TIMELINE);

  @Test
  @DisplayName("every timeline in docs/examples and the bundled default scenario conform to timeline.schema.json")
  void bundledExamplesConform() throws IOException {
    Path examples = Cli.docs().resolve("examples");
    List<Path> files;
    try (Stream<Path> s = Files.list(examples)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no examples in " + examples);
    for (Path f : files) {
      List<String> problems = TIMELINE.problems(Files.readString(f));
      assertTrue(problems.isEmpty(), () -> f + ": " + problems);
    }
    List<String> bundled = TIMELINE.problems(DefaultScenario.json());
    assertTrue(bundled.isEmpty(), bundled::toString);
  }

  @Test
  @DisplayName("every conformance case's timeline conforms to timeline.schema.json, its policy inputs to decide/POLICY")
  void conformanceDocumentsConform() {
    int timelines = 0;
    int inputs = 0;
    List<String> problems = new ArrayList<>();
    for (CaseFile.Case c : CaseSuite.bundled().cases()) {
      if (c.monitor() != null) {
        timelines++;
        TIMELINE.problems(c.monitor().timeline().toString()).forEach(p -> problems.add(c.id() + ": " + p));
      }
      if (c.decide() != null) {
        inputs++;
        String file = Schemas.policyFile(c.decide().policy());
        assertTrue(Files.isRegularFile(Cli.docs().resolve("schemas").resolve(file)), () -> c.id() + ": no " + file);
        PublishedSchema.load(file).problems(c.decide().inputs().toString()).forEach(p -> problems.add(c.id() + ": " + p));
      }
    }
    assertTrue(timelines > 10 && inputs > 50, "the suite lost cases: " + timelines + " timelines, " + inputs + " inputs");
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  @DisplayName("the hostile-input corpus's timelines the command line accepts (exit 0) conform to timeline.schema.json")
  void acceptedHostileTimelinesConform() {
    int checked = 0;
    for (JsonNode c : HostileInputTest.read("manifest.json").get("cases")) {
      if (c.get("exit").asInt() == 0 && c.get("args").toString().contains("{input}")) {
        checked++;
        List<String> problems = TIMELINE.problems(HostileInputTest.input(c));
        assertTrue(problems.isEmpty(), () -> c.get("name").asText() + ": " + problems);
      }
    }
    assertTrue(checked >= 3, "accepted timelines in the corpus: " + checked);
  }

  @Test
  @DisplayName("every published schema is a valid JSON Schema 2020-12, and 'dpa schema NAME' prints the published file")
  void publishedSchemasAreValid() throws IOException {
    Path dir = Cli.docs().resolve("schemas");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
    }
    assertTrue(files.size() > 50, "published schemas: " + files.size());
    for (Path f : files) {
      List<String> problems = PublishedSchema.metaSchemaProblems(Files.readString(f));
      assertTrue(problems.isEmpty(), () -> f + ": " + problems);
    }
    // SchemaFilesTest checks every file equals the generated one; here the command prints them as they are
    for (String name : List.of("timeline", "Subprocessing.objectionAllowed", "Definitions.subprocessor")) {
      Cli.Result printed = Cli.run("schema", name);
      assertEquals(0, printed.code(), printed::toString);
      String file = "timeline".equals(name) ? Schemas.TIMELINE : Schemas.policyFile(name);
      assertEquals(Files.readString(dir.resolve(file)), printed.out(), name);
    }
  }

  @Test
  @DisplayName("the validator is live: an unknown field, a bad e-mail, a lower-case country code, a blank id are each found")
  void validatorFindsProblems() {
    String base = DefaultScenario.json();
    for (String bad : List.of(base.replace("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"colour\": 1,"),
        base.replace("\"id\": \"acme-2025\",", "\"id\": \"acme-2025\", \"terms\": {\"privacyContact\": \"not an email\"},"),
        base.replace("\"establishmentCountry\": \"DE\"", "\"establishmentCountry\": \"de\""),
        base.replace("\"id\": \"acme-2025\",", "\"id\": \" \","))) {
      assertTrue(!bad.equals(base), "the replacement must apply");
      assertFalse(TIMELINE.problems(bad).isEmpty(), () -> "no problem found in " + bad.substring(0, 400));
    }
    assertFalse(PublishedSchema.metaSchemaProblems("{\"type\": \"text\"}").isEmpty(), "the meta-schema check is live");
  }
}
