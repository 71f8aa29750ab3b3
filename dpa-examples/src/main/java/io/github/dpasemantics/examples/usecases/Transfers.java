package io.github.dpasemantics.examples.usecases;

import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.LegalFacts;
import io.github.dpasemantics.policy.fact.AlternativeBasis;
import io.github.dpasemantics.policy.fact.DpfCertification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Transfers (A.4.3): a privacy engineer asks, as of several dates, whether the Standard
 * Contractual Clauses govern transfers from an EU customer to Segment in the United States. The
 * answer changes with outside law (the Privacy Shield's invalidation on 16 July 2020, the EU–US
 * Data Privacy Framework from 10 July 2023), which the library keeps in the dated
 * {@link LegalFacts} table rather than in code paths.
 *
 * <p>Run: {@code java -cp ... io.github.dpasemantics.examples.usecases.Transfers}.
 */
public final class Transfers {
  private Transfers() {}

  /**
   * Runs the example and returns the printed lines.
   *
   * @return the lines
   */
  public static List<String> run() {
    List<String> out = new ArrayList<>();
    // tag::example[]
    LegalFacts facts = LegalFacts.current();
    Interpretations readings = Interpretations.defaults();
    CountryCode germany = CountryCode.of("DE");
    CountryCode us = CountryCode.UNITED_STATES;
    for (LocalDate asOf : List.of(LocalDate.of(2020, 7, 15), LocalDate.of(2020, 7, 17), LocalDate.of(2023, 7, 11))) {
      for (DpfCertification certification : List.of(DpfCertification.NOT_CERTIFIED, DpfCertification.CERTIFIED)) {
        Decision<Boolean> d = io.github.dpasemantics.policy.Transfers.sccGoverned(germany, us, certification,
            AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, asOf, facts, readings);
        boolean certified = certification == DpfCertification.CERTIFIED;
        out.add("DE -> US as of " + asOf + (certified ? ", Segment DPF-certified" : ", not certified") + ": SCCs govern? "
            + Lines.outcome(d.getOutcome()));
      }
    }
    // a Norwegian customer: EEA, not EU; the reading decides
    CountryCode norway = CountryCode.of("NO");
    LocalDate asOf = LocalDate.of(2021, 3, 1);
    for (Interpretation reading : List.of(Interpretation.EU_MEANS_MEMBER_STATES, Interpretation.EU_INCLUDES_EEA)) {
      Decision<Boolean> d = io.github.dpasemantics.policy.Transfers.sccGoverned(norway, us, DpfCertification.NOT_CERTIFIED,
          AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS, asOf, facts, Interpretations.of(reading));
      out.add("NO -> US as of " + asOf + " under " + reading + ": SCCs govern? " + Lines.outcome(d.getOutcome()));
    }
    // end::example[]
    return out;
  }

  /**
   * Prints the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Lines.print(run(), System.out);
  }
}
