package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.json.InvalidInputException;
import io.github.dpasemantics.json.Timeline;
import io.github.dpasemantics.examples.scenario.DefaultScenario;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.policy.Decision;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Inputs: the bindings of 'dpa decide -i FILE' and 'dpa monitor', for programs")
class InputsTest {
  private static final String OBJECTION = "{\"notice\": \"2025-03-03\", \"objection\": \"2025-03-09\", "
      + "\"form\": \"IN_WRITING\", \"grounds\": \"REASONABLE_DATA_PROTECTION\"}";

  @Test
  @DisplayName("6.3: decide binds like 'dpa decide -i FILE' and gives the same outcome")
  void decideAsTheCommandLine(@TempDir Path dir) {
    Decision<?> d = Inputs.decide("objectionAllowed", OBJECTION, "objection.json", Interpretations.defaults());
    Cli.Result r = Cli.run("decide", "objectionAllowed", "-i", Cli.write(dir, "objection.json", OBJECTION).toString(),
        "-f", "json");
    assertEquals(r.json().get("outcome").asBoolean(), d.getOutcome());
    assertEquals(false, d.getOutcome(), "the sixth day is late (6.3)");
  }

  @Test
  @DisplayName("decide refuses like the command line: one message naming the source and the path")
  void decideRefusesByName() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Inputs.decide("objectionAllowed",
        OBJECTION.replace("2025-03-09", "2025-02-30"), "objection.json", Interpretations.defaults()));
    assertTrue(e.getMessage().startsWith("objection.json $.objection (line 1, column "), e.getMessage());
  }

  @Test
  @DisplayName("readTimeline binds the bundled timeline, and names the source of a bad one")
  void readTimeline() {
    Timeline t = Inputs.readTimeline(DefaultScenario.json(), "default.json");
    assertEquals(23, t.events().size());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Inputs.readTimeline(DefaultScenario.json().replace("\"DE\"", "\"XX\""), "bad.json"));
    assertTrue(e.getMessage().startsWith("bad.json $.contract.customer.establishmentCountry (line 7, column "),
        e.getMessage());
  }
}
