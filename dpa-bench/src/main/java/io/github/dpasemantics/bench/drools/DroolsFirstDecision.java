package io.github.dpasemantics.bench.drools;

import io.github.dpasemantics.bench.Inputs;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.policy.fact.Form;
import java.time.LocalDate;

/**
 * A whole process from JVM start to Drools' first decision: compile the DRL into a container,
 * open a session, decide one objection (6.3) and print it. dpa-bench/run.sh times this process the
 * same way as {@code ./dpa decide}, for the cold-start comparison.
 */
public final class DroolsFirstDecision {
  private DroolsFirstDecision() {}

  /**
   * Decides "notice 2025-03-03, written objection on 2025-03-08 on reasonable grounds" with Drools.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (DroolsBaseline drools = DroolsBaseline.build()) {
      LocalDate notice = LocalDate.of(2025, 3, 3);
      boolean allowed = drools.objectionStateful(new ObjectionFact(new Inputs.Objection(notice, notice.plusDays(5), Form.IN_WRITING,
          ObjectionGrounds.REASONABLE_DATA_PROTECTION)));
      System.out.println("6.3 objection allowed (Drools): " + allowed);
    }
  }
}
