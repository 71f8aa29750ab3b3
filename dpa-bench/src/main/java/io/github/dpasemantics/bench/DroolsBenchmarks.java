package io.github.dpasemantics.bench;

import io.github.dpasemantics.bench.drools.DeletionFact;
import io.github.dpasemantics.bench.drools.DroolsAgreement;
import io.github.dpasemantics.bench.drools.DroolsBaseline;
import io.github.dpasemantics.bench.drools.IncidentFact;
import io.github.dpasemantics.bench.drools.ObjectionFact;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The Drools baseline, one decision per operation on the same inputs (same seeds) as
 * {@link PolicyBenchmarks}: {@code <family>_droolsStateful} (a reused, warm stateful session:
 * insert, fire all rules, read, delete) and {@code <family>_droolsStateless} (one stateless
 * execute), for {@code securityIncident} (2.9), {@code objectionAllowed} (6.3) and
 * {@code deletionDue} (9.1). The trial's setup checks that Drools and dpa-policy agree on thousands
 * of generated inputs before anything is timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class DroolsBenchmarks {

  /** The compiled rules, the sessions and the facts; one per benchmark thread. */
  @State(Scope.Thread)
  public static class Engine {
    final DroolsBaseline drools = DroolsBaseline.build();
    final IncidentFact[] incidents = facts(Inputs.incidents(29, Inputs.SIZE), IncidentFact::new, new IncidentFact[0]);
    final ObjectionFact[] objections = facts(Inputs.objections(63, Inputs.SIZE), ObjectionFact::new, new ObjectionFact[0]);
    final DeletionFact[] deletions = facts(Inputs.deletions(91, Inputs.SIZE), DeletionFact::new, new DeletionFact[0]);
    int i;

    private static <I, F> F[] facts(I[] inputs, java.util.function.Function<I, F> wrap, F[] type) {
      F[] out = java.util.Arrays.copyOf(type, inputs.length);
      for (int k = 0; k < inputs.length; k++) {
        out[k] = wrap.apply(inputs[k]);
      }
      return out;
    }

    /** Checks that Drools agrees with dpa-policy on the timed inputs and on 4,096 more per rule. */
    @Setup(Level.Trial)
    public void agree() {
      DroolsAgreement.check(drools, 29, Inputs.SIZE);
      DroolsAgreement.Report r = DroolsAgreement.check(drools, 20_260_101L, 4 * Inputs.SIZE);
      System.out.println("# Drools: DRL compiled into a KieContainer in " + drools.getBuildNanos() / 1_000_000
          + " ms; agrees with dpa-policy on " + (r.checked() + 3 * Inputs.SIZE) + " inputs");
    }

    /** Disposes of the sessions. */
    @TearDown(Level.Trial)
    public void close() {
      drools.close();
    }
  }

  @Benchmark
  public boolean securityIncident_droolsStateful(Engine e) {
    return e.drools.incidentStateful(e.incidents[e.i++ & Inputs.MASK]);
  }

  @Benchmark
  public boolean securityIncident_droolsStateless(Engine e) {
    return e.drools.incidentStateless(e.incidents[e.i++ & Inputs.MASK]);
  }

  @Benchmark
  public boolean objectionAllowed_droolsStateful(Engine e) {
    return e.drools.objectionStateful(e.objections[e.i++ & Inputs.MASK]);
  }

  @Benchmark
  public boolean objectionAllowed_droolsStateless(Engine e) {
    return e.drools.objectionStateless(e.objections[e.i++ & Inputs.MASK]);
  }

  @Benchmark
  public LocalDate deletionDue_droolsStateful(Engine e) {
    return e.drools.deletionStateful(e.deletions[e.i++ & Inputs.MASK]);
  }

  @Benchmark
  public LocalDate deletionDue_droolsStateless(Engine e) {
    return e.drools.deletionStateless(e.deletions[e.i++ & Inputs.MASK]);
  }
}
