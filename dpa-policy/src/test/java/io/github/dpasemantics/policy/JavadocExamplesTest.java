package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The class-level javadoc examples of dpa-policy, run. Each region between {@code // example: X}
 * and {@code // end example} is the example of class {@code X} as its javadoc shows it, where a
 * line {@code check(expr, "shown");} appears as {@code expr;  // shown}: the value the javadoc
 * shows is the value asserted here. dpa-examples' {@code JavadocExamplesMatchTest} compares the
 * regions with the javadoc text.
 */
class JavadocExamplesTest {

  /** Asserts that {@code actual} prints as the javadoc shows it. */
  static void check(Object actual, String shown) {
    assertEquals(shown, String.valueOf(actual));
  }

  @Test
  @DisplayName("Decision: the objection deadline after a notice on 3 March 2025, explained (6.3)")
  void decision() {
    // example: Decision
    DpaTerms terms = DpaTerms.segment();
    Interpretations readings = Interpretations.defaults();
    Decision<LocalDate> d = Subprocessing.objectionDeadline(LocalDate.of(2025, 3, 3), terms, readings);
    check(d.getOutcome(), "2025-03-08");
    check(d.getClauses(), "[6.3]");
    check(d.explain().lines().findFirst().orElseThrow(), "Subprocessing.objectionDeadline = 2025-03-08");
    // end example
  }

  @Test
  @DisplayName("ClauseCoverage: every clause of the DPA is decided, encoded or declared not decidable")
  void clauseCoverage() {
    // example: ClauseCoverage
    ClauseCoverage c = ClauseCoverage.compute();
    check(c.isComplete(), "true");
    // end example
  }

  @Test
  @DisplayName("LegalFacts: a hypothetical end of the EU-US Data Privacy Framework")
  void legalFacts() {
    // example: LegalFacts
    LegalFacts facts = LegalFacts.current()
        .withFact(LegalFacts.current().find(LegalFacts.DPF_EU).orElseThrow().withEnds(LocalDate.of(2027, 3, 1)))
        .withStatedAsOf(LocalDate.of(2027, 3, 2));
    check(facts.dpfAvailable(LocalDate.of(2027, 2, 28), LegalFacts.Law.EU), "true");
    check(facts.dpfAvailable(LocalDate.of(2027, 3, 1), LegalFacts.Law.EU), "false");
    // end example
  }

  @Test
  @DisplayName("PolicyCatalog: the policies by name and by the clause they decide")
  void policyCatalog() {
    // example: PolicyCatalog
    PolicyCatalog c = PolicyCatalog.segmentDpa();
    check(c.named("Subprocessing.objectionDeadline").size(), "1");
    check(c.deciding(ClauseId.parse("6.3")).isEmpty(), "false");
    // end example
  }

  @Test
  @DisplayName("LegalFact: a new adequacy decision added to the facts")
  void legalFact() {
    // example: LegalFact
    LegalFact brazil = LegalFact.builder("adequacy-br", LegalFact.Kind.ADEQUACY, LocalDate.of(2026, 1, 1))
        .law(LegalFacts.Law.EU).jurisdiction("BR")
        .description("adequacy decision for Brazil").source("Commission Implementing Decision ...")
        .build();
    LegalFacts facts = LegalFacts.current().withFact(brazil);
    check(facts.find("adequacy-br").isPresent(), "true");
    // end example
  }

  @Test
  @DisplayName("Dpa: the objection questions of 6.3 bound to a contract's terms and readings")
  void dpa() {
    // example: Dpa
    Dpa dpa = Dpa.of(DpaTerms.segment(), Interpretations.defaults());
    check(dpa.objectionDeadlineDate(LocalDate.of(2025, 3, 3)), "2025-03-08");
    check(dpa.isObjectionTimely(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9)), "false");
    // end example
  }
}
