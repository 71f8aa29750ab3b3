package io.github.dpasemantics.policy.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Subprocessing;
import io.github.dpasemantics.policy.fact.Form;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The README's embedding example, run for real so the README cannot drift from the API. */
class ReadmeExampleTest {

  @Test
  @Tag("clause-6.3")
  @DisplayName("README: an objection on the sixth day after notice is late, and the decision says why")
  void readmeExample() throws Exception {
    // --- README example start
    DpaTerms terms = DpaTerms.segment();                 // 10 / 5 / 60 days, America/Los_Angeles
    Interpretations readings = Interpretations.defaults();

    LocalDate notice = LocalDate.of(2025, 3, 3);         // new Third Party Subprocessor noticed
    LocalDate objection = LocalDate.of(2025, 3, 9);      // Customer objects in writing

    // bare outcome: cheap, no strings built
    boolean timely = Subprocessing.isObjectionTimely(notice, objection, terms, readings);

    // explained decision: outcome, clause ids, reasons in words, the window
    Decision<Boolean> d = Subprocessing.objectionAllowed(notice, objection,
        Form.IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION, terms, readings);
    System.out.println(d.explain());
    List<ClauseId> cited = d.getClauses();               // [6.3]
    String text = ClauseCatalog.segmentDpa().get(cited.get(0)).getText();

    // another reading of an open passage is one argument away
    Interpretations rolled = readings.with(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY);
    // --- README example end

    assertEquals(false, timely);
    assertEquals(false, d.isYes());
    assertEquals(List.of(ClauseId.parse("6.3")), cited);
    assertTrue(text.contains("within five (5) calendar days after such notice"), text);
    assertEquals(LocalDate.of(2025, 3, 8), d.getWindow().orElseThrow().getCloses());
    // 8 March 2025 is a Saturday: under the roll-forward reading the window runs to Monday 10 March
    assertTrue(Subprocessing.isObjectionTimely(notice, objection, terms, rolled));
    String explanation = d.explain();
    assertTrue(explanation.startsWith("Subprocessing.objectionAllowed = no"), explanation);
    assertTrue(explanation.contains("6.3: the objection on 2025-03-09 was not made within 5 calendar days after notice on 2025-03-03"), explanation);

    Path readme = Path.of("..", "README.md");
    if (Files.exists(readme)) {
      String md = Files.readString(readme, StandardCharsets.UTF_8);
      String src = Files.readString(Path.of("src/test/java/io/github/dpasemantics/policy/readme/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
      String snippet = src.substring(src.indexOf("// --- README example start") + "// --- README example start".length(),
          src.indexOf("    // --- README example end"));
      for (String line : snippet.strip().split("\n")) {
        assertTrue(md.contains(line.strip()), "README.md lacks the example line: " + line.strip());
      }
    }
  }
}
