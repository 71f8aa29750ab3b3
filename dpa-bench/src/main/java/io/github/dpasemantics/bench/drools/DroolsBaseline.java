package io.github.dpasemantics.bench.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The three DRL rules ({@code dpa-baseline.drl}) compiled into a {@link KieContainer}, with one
 * reused stateful session and one stateless session. A stateful evaluation is insert, fire all
 * rules, read the result, delete: the session is left empty for the next one. A stateless
 * evaluation is one {@link StatelessKieSession#execute(Object)}.
 *
 * <p>Not thread-safe (the stateful session is shared); close it when done.
 */
public final class DroolsBaseline implements AutoCloseable {
  /** The DRL resource, next to this class. */
  public static final String DRL = "dpa-baseline.drl";

  private final KieContainer container;
  private final KieSession session;
  private final StatelessKieSession stateless;
  private final long buildNanos;

  private DroolsBaseline(KieContainer container, long buildNanos) {
    this.container = container;
    this.session = container.newKieSession();
    this.stateless = container.newStatelessKieSession();
    this.buildNanos = buildNanos;
  }

  /**
   * Compiles the DRL and opens the sessions.
   *
   * @return the baseline
   * @throws IllegalStateException if the DRL does not compile (with Drools' messages)
   */
  public static DroolsBaseline build() {
    long t0 = System.nanoTime();
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.write("src/main/resources/io/github/dpasemantics/bench/drools/" + DRL, drlText());
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException("DroolsBaseline: " + DRL + " does not compile: " + builder.getResults().getMessages());
    }
    KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
    return new DroolsBaseline(container, System.nanoTime() - t0);
  }

  /**
   * Returns the DRL source.
   *
   * @return the text of {@code dpa-baseline.drl}
   */
  public static String drlText() {
    try (InputStream in = Objects.requireNonNull(DroolsBaseline.class.getResourceAsStream(DRL),
        "DroolsBaseline: resource " + DRL + " is missing from the class path")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("DroolsBaseline: cannot read " + DRL, e);
    }
  }

  /**
   * Returns how long compiling the DRL into a container took (first build in this JVM: includes
   * loading Drools' classes).
   *
   * @return nanoseconds
   */
  public long getBuildNanos() {
    return buildNanos;
  }

  /**
   * Returns how many facts the stateful session holds (0 between evaluations).
   *
   * @return the fact count
   */
  public long statefulFactCount() {
    return session.getFactCount();
  }

  // ---------------------------------------------------------------- stateful: insert, fire, read, delete

  /**
   * 2.9 in the stateful session.
   *
   * @param f the fact (reset here)
   * @return whether the rule found a Security Incident
   */
  public boolean incidentStateful(IncidentFact f) {
    f.reset();
    FactHandle h = session.insert(f);
    session.fireAllRules();
    session.delete(h);
    return f.isIncident();
  }

  /**
   * 6.3 objection in the stateful session.
   *
   * @param f the fact (reset here)
   * @return whether the objection is allowed
   */
  public boolean objectionStateful(ObjectionFact f) {
    f.reset();
    FactHandle h = session.insert(f);
    session.fireAllRules();
    session.delete(h);
    return f.isAllowed();
  }

  /**
   * 9.1 in the stateful session.
   *
   * @param f the fact (reset here)
   * @return the due day the rules set
   */
  public LocalDate deletionStateful(DeletionFact f) {
    f.reset();
    FactHandle h = session.insert(f);
    session.fireAllRules();
    session.delete(h);
    return f.getDue();
  }

  // ---------------------------------------------------------------- stateless: execute

  /**
   * 2.9 in a stateless session.
   *
   * @param f the fact (reset here)
   * @return whether the rule found a Security Incident
   */
  public boolean incidentStateless(IncidentFact f) {
    f.reset();
    stateless.execute(f);
    return f.isIncident();
  }

  /**
   * 6.3 objection in a stateless session.
   *
   * @param f the fact (reset here)
   * @return whether the objection is allowed
   */
  public boolean objectionStateless(ObjectionFact f) {
    f.reset();
    stateless.execute(f);
    return f.isAllowed();
  }

  /**
   * 9.1 in a stateless session.
   *
   * @param f the fact (reset here)
   * @return the due day the rules set
   */
  public LocalDate deletionStateless(DeletionFact f) {
    f.reset();
    stateless.execute(f);
    return f.getDue();
  }

  @Override
  public void close() {
    session.dispose();
    container.dispose();
  }
}
