package io.github.dpasemantics.bench.drools;

import io.github.dpasemantics.bench.Inputs;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.policy.Definitions;
import io.github.dpasemantics.policy.Deletion;
import io.github.dpasemantics.policy.Subprocessing;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that the Drools baseline, in its stateful and its stateless session, gives the same
 * answers as dpa-policy (bare outcome and explained {@code Decision}) on the same generated inputs,
 * boundaries included ({@link Inputs}). Run before anything is timed: a mismatch throws, naming the
 * rule, the input and every answer.
 */
public final class DroolsAgreement {
  private static final DpaTerms TERMS = DpaTerms.segment();
  private static final Interpretations READINGS = Interpretations.defaults();

  private DroolsAgreement() {}

  /** How many inputs were checked, and how many of them came out yes (or, for 9.1, early). */
  public record Report(int checked, int incidents, int objectionsAllowed, int earlyDeletionRequests) {}

  /**
   * Checks the three rules on {@code n} inputs each from {@code seed}.
   *
   * @param drools the baseline
   * @param seed the generators' seed
   * @param n inputs per rule
   * @return what was checked
   * @throws IllegalStateException on the first disagreement, or if the stateful session kept a fact
   */
  public static Report check(DroolsBaseline drools, long seed, int n) {
    int incidents = 0;
    for (Inputs.Incident in : Inputs.incidents(seed, n)) {
      boolean policy = Definitions.isSecurityIncident(in.confirmation(), in.breach(), in.effects(),
          in.affectedData(), in.attack(), READINGS);
      boolean explained = Definitions.securityIncident(in.confirmation(), in.breach(), in.effects(),
          in.affectedData(), in.attack(), READINGS).getOutcome();
      IncidentFact f = new IncidentFact(in);
      same("2.9 security incident", in, policy, explained, drools.incidentStateful(f), drools.incidentStateless(f));
      incidents += policy ? 1 : 0;
    }
    int allowed = 0;
    for (Inputs.Objection in : Inputs.objections(seed, n)) {
      boolean policy = Subprocessing.isObjectionAllowed(in.notice(), in.objection(), in.form(),
          in.grounds(), TERMS, READINGS);
      boolean explained = Subprocessing.objectionAllowed(in.notice(), in.objection(), in.form(),
          in.grounds(), TERMS, READINGS).getOutcome();
      ObjectionFact f = new ObjectionFact(in);
      same("6.3 objection allowed", in, policy, explained, drools.objectionStateful(f), drools.objectionStateless(f));
      allowed += policy ? 1 : 0;
    }
    int early = 0;
    for (Inputs.Deletion in : Inputs.deletions(seed, n)) {
      Optional<LocalDate> policy = Deletion.deletionDueDate(in.request(), Optional.of(in.agreementEnd()), TERMS, READINGS);
      Optional<LocalDate> explained = Deletion.deletionDue(in.request(), Optional.of(in.agreementEnd()), TERMS, READINGS).getOutcome();
      DeletionFact f = new DeletionFact(in);
      same("9.1 deletion due date", in, policy, explained, due(drools.deletionStateful(f)), due(drools.deletionStateless(f)));
      early += in.request().isBefore(in.agreementEnd()) ? 1 : 0;
    }
    if (drools.statefulFactCount() != 0) {
      throw new IllegalStateException("DroolsAgreement: the stateful session still holds " + drools.statefulFactCount()
          + " facts after the check; each evaluation must delete its fact");
    }
    return new Report(3 * n, incidents, allowed, early);
  }

  private static Optional<LocalDate> due(LocalDate d) {
    return d.equals(LocalDate.MIN) ? Optional.empty() : Optional.of(d);
  }

  private static void same(String rule, Object input, Object policy, Object explained, Object stateful, Object stateless) {
    if (!Objects.equals(policy, explained) || !Objects.equals(policy, stateful) || !Objects.equals(policy, stateless)) {
      throw new IllegalStateException("DroolsAgreement: " + rule + " disagrees on " + input + ": dpa-policy = " + policy
          + ", explained Decision = " + explained + ", Drools stateful = " + stateful + ", Drools stateless = " + stateless);
    }
  }
}
