package io.github.dpasemantics.policy.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Dpa;
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

/** The README's contract-bound example ({@link Dpa}), run so the README cannot drift from the API. */
class ReadmeContractBoundTest {

  @Test
  @Tag("clause-6.3")
  @DisplayName("README: the contract-bound Dpa asks the 6.3 questions with the contract's terms and readings and named facts")
  void readmeContractBoundExample() throws Exception {
    DpaTerms terms = DpaTerms.segment();
    Interpretations readings = Interpretations.defaults();
    LocalDate notice = LocalDate.of(2025, 3, 3);
    LocalDate objection = LocalDate.of(2025, 3, 9);
    Interpretations rolled = readings.with(Interpretation.ROLL_FORWARD_TO_BUSINESS_DAY);
    // --- README contract-bound example start
    Dpa dpa = Dpa.of(terms, readings);                    // or Dpa.from(contractInstance)
    Decision<LocalDate> deadline = dpa.objectionDeadline(notice);   // 2025-03-08, cites 6.3
    boolean timely = dpa.isObjectionTimely(notice, objection);      // false
    Decision<Boolean> allowed = dpa.objectionAllowed(notice, objection,
        Form.IN_WRITING, ObjectionGrounds.REASONABLE_DATA_PROTECTION); // no: late
    Dpa lenient = dpa.withReadings(rolled);               // the same questions under another reading
    // --- README contract-bound example end

    assertEquals(LocalDate.of(2025, 3, 8), deadline.getOutcome());
    assertEquals(List.of(ClauseId.parse("6.3")), deadline.getClauses());
    assertEquals(Subprocessing.objectionDeadline(notice, terms, readings), deadline);
    assertEquals(false, timely);
    assertEquals(Subprocessing.objectionAllowed(notice, objection, Form.IN_WRITING,
        ObjectionGrounds.REASONABLE_DATA_PROTECTION, terms, readings), allowed);
    assertEquals(false, allowed.getOutcome());
    assertTrue(lenient.objectionAllowed(notice, objection, Form.IN_WRITING,
        ObjectionGrounds.REASONABLE_DATA_PROTECTION).getOutcome());
    // 8 March 2025 is a Saturday: rolled forward, the window runs to Monday 10 March
    assertTrue(lenient.isObjectionTimely(notice, objection));

    Path readme = Path.of("..", "README.md");
    if (Files.exists(readme)) {
      String md = Files.readString(readme, StandardCharsets.UTF_8);
      String src = Files.readString(
          Path.of("src/test/java/io/github/dpasemantics/policy/readme/ReadmeContractBoundTest.java"),
          StandardCharsets.UTF_8);
      String start = "// --- README contract-bound example start";
      String snippet = src.substring(src.indexOf(start) + start.length(),
          src.indexOf("    // --- README contract-bound example end"));
      for (String line : snippet.strip().split("\n")) {
        assertTrue(md.contains(line.strip()), "README.md lacks the example line: " + line.strip());
      }
    }
  }
}
