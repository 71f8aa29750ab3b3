package io.github.dpasemantics.examples.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.examples.scenario.DefaultScenario;
import io.github.dpasemantics.json.testing.PublishedSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the published schemas, checked by a maintained validator: every bundled example conforms")
class PublishedSchemasTest {
  private static final PublishedSchema TIMELINE = PublishedSchema.load("timeline.schema.json");

  private static Path examples() {
    Path up = Path.of("..", "docs", "examples");
    return Files.isDirectory(up) ? up : Path.of("docs", "examples");
  }

  @Test
  @DisplayName("every timeline in docs/examples and the bundled default scenario conform to timeline.schema.json")
  void bundledExamplesConform() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(examples())) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no examples in " + examples());
    for (Path f : files) {
      List<String> problems = TIMELINE.problems(Files.readString(f));
      assertTrue(problems.isEmpty(), () -> f + ": " + problems);
    }
    List<String> bundled = TIMELINE.problems(DefaultScenario.json());
    assertTrue(bundled.isEmpty(), bundled::toString);
  }

  @Test
  @DisplayName("the validator is live: an unknown field, a bad e-mail and a lower-case country code are each found")
  void validatorFindsProblems() {
    String base = DefaultScenario.json();
    for (String bad : List.of(base.replace("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"colour\": 1,"),
        base.replace("\"id\": \"acme-2025\",", "\"id\": \"acme-2025\", \"terms\": {\"privacyContact\": \"not an email\"},"),
        base.replace("\"establishmentCountry\": \"DE\"", "\"establishmentCountry\": \"de\""))) {
      assertTrue(!bad.equals(base), "the replacement must apply");
      assertFalse(TIMELINE.problems(bad).isEmpty(), () -> "no problem found in " + bad.substring(0, 400));
    }
  }
}
