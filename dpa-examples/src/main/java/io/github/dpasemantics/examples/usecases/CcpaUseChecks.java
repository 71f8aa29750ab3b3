package io.github.dpasemantics.examples.usecases;

import io.github.dpasemantics.policy.California;
import io.github.dpasemantics.policy.California.Act;
import io.github.dpasemantics.policy.California.Purpose;
import io.github.dpasemantics.policy.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * CCPA use checks (B.3, B.4): a data-governance gate asks, before a job touches Customer Personal
 * Data, whether the act and its purpose are allowed to a CCPA service provider.
 *
 * <p>Run: {@code java -cp ... io.github.dpasemantics.examples.usecases.CcpaUseChecks}.
 */
public final class CcpaUseChecks {
  private CcpaUseChecks() {}

  /**
   * One proposed use.
   *
   * @param job the job's name
   * @param act the act
   * @param purpose the purpose
   * @param withinDirectBusinessRelationship whether it stays within the direct business relationship
   */
  public record ProposedUse(String job, Act act, Purpose purpose, boolean withinDirectBusinessRelationship) {}

  /**
   * Decides one proposed use under B.3.
   *
   * @param use the use
   * @return the decision
   */
  public static Decision<Boolean> check(ProposedUse use) {
    return California.ccpaUseAllowed(use.act(), use.purpose(), use.withinDirectBusinessRelationship());
  }

  /**
   * Runs the example and returns the printed lines.
   *
   * @return the lines
   */
  public static List<String> run() {
    List<String> out = new ArrayList<>();
    // tag::example[]
    List<ProposedUse> uses = List.of(
        new ProposedUse("deliver events to the customer's warehouse", Act.DISCLOSE, Purpose.CUSTOMER_INSTRUCTION, true),
        new ProposedUse("retain events for replay", Act.RETAIN, Purpose.PROVIDE_SERVICES, true),
        new ProposedUse("sell audience segments to a data broker", Act.SELL, Purpose.OTHER_COMMERCIAL_PURPOSE, false),
        new ProposedUse("train a model for another customer", Act.USE, Purpose.OTHER_COMMERCIAL_PURPOSE, false));
    for (ProposedUse use : uses) {
      Decision<Boolean> d = check(use);
      out.add(use.job() + ": allowed? " + Lines.outcome(d.getOutcome()));
      Lines.reasons(out, d);
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
