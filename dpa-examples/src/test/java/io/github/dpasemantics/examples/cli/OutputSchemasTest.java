package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.examples.conformance.CaseFile;
import io.github.dpasemantics.examples.conformance.CaseSuite;
import io.github.dpasemantics.json.DpaJson;
import io.github.dpasemantics.json.Schemas;
import io.github.dpasemantics.json.testing.JsonGenerators;
import io.github.dpasemantics.json.testing.PublishedSchema;
import io.github.dpasemantics.model.clause.Clause;
import io.github.dpasemantics.model.clause.ClauseCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@code --format json} output of {@code dpa run}, {@code monitor}, {@code decide},
 * {@code clause} and {@code policies}, checked against its published schema (docs/schemas/*-output.schema.json) by a
 * maintained validator (networknt), not by the generator that wrote the schema (issue 17).
 */
@DisplayName("the JSON output of run, monitor, decide, clause and policies conforms to its published schema")
class OutputSchemasTest {
  private static final PublishedSchema MONITOR = PublishedSchema.load(Schemas.MONITOR_OUTPUT);
  private static final PublishedSchema DECIDE = PublishedSchema.load(Schemas.DECIDE_OUTPUT);
  private static final PublishedSchema CLAUSE = PublishedSchema.load(Schemas.CLAUSE_OUTPUT);
  private static final PublishedSchema POLICIES = PublishedSchema.load(Schemas.POLICIES_OUTPUT);

  @Test
  @DisplayName("dpa run -f json (the default scenario, as of its default date and three others) conforms to monitor-output")
  void runConforms() {
    List<String[]> runs = List.of(new String[] {"run", "-f", "json"},
        new String[] {"run", "-f", "json", "--as-of", "2025-03-01"},
        new String[] {"run", "-f", "json", "--as-of", "2025-07-20"},
        new String[] {"run", "-f", "json", "--as-of", "2027-01-01"});
    for (String[] args : runs) {
      Cli.Result r = Cli.run(args);
      assertEquals(0, r.code(), r::toString);
      List<String> problems = MONITOR.problems(r.out());
      assertTrue(problems.isEmpty(), () -> String.join(" ", args) + ": " + problems);
    }
  }

  @Test
  @DisplayName("dpa monitor -f json over every timeline in docs/examples conforms to monitor-output")
  void bundledTimelinesConform() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Cli.docs().resolve("examples"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no bundled timelines");
    for (Path f : files) {
      Cli.Result r = Cli.run("monitor", f.toString(), "-f", "json");
      assertEquals(0, r.code(), r::toString);
      List<String> problems = MONITOR.problems(r.out());
      assertTrue(problems.isEmpty(), () -> f + ": " + problems);
    }
  }

  @Test
  @DisplayName("dpa monitor -f json over every conformance timeline conforms to monitor-output; "
      + "dpa decide -f json over every conformance policy case to decide-output")
  void conformanceOutputsConform() {
    int timelines = 0;
    int decisions = 0;
    List<String> problems = new ArrayList<>();
    for (CaseFile.Case c : CaseSuite.bundled().cases()) {
      List<String> readings = new ArrayList<>();
      for (String reading : c.readings()) {
        readings.add("--interpretation");
        readings.add(reading);
      }
      if (c.monitor() != null) {
        List<String> args = new ArrayList<>(List.of("monitor", "-", "-f", "json"));
        if (c.monitor().asOf() != null) {
          args.addAll(List.of("--as-of", c.monitor().asOf()));
        }
        Cli.Result r = Cli.runWith(c.monitor().timeline().toString(), false, args.toArray(String[]::new));
        assertEquals(0, r.code(), () -> c.id() + ": " + r);
        MONITOR.problems(r.out()).forEach(p -> problems.add(c.id() + ": " + p));
        timelines++;
      }
      if (c.decide() != null) {
        List<String> args = new ArrayList<>(List.of("decide", c.decide().policy(), "-i", "-", "-f", "json"));
        args.addAll(readings);
        Cli.Result r = Cli.runWith(c.decide().inputs().toString(), false, args.toArray(String[]::new));
        assertEquals(0, r.code(), () -> c.id() + ": " + r);
        DECIDE.problems(r.out()).forEach(p -> problems.add(c.id() + ": " + p));
        decisions++;
      }
    }
    assertTrue(timelines > 100 && decisions > 300, "the suite lost cases: " + timelines + " timelines, " + decisions
        + " policy cases");
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  @Test
  @DisplayName("dpa monitor -f json over generated timelines conforms to monitor-output (the few the monitor refuses are skipped, and counted)")
  void generatedTimelinesConform() {
    AtomicInteger accepted = new AtomicInteger();
    qt().withExamples(60).forAll(JsonGenerators.timelines()).checkAssert(t -> {
      Cli.Result r = Cli.runWith(DpaJson.write(t), false, "monitor", "-", "-f", "json");
      if (r.code() == 2) {
        return; // refused with one line (JsonGeneratorsTest counts how rarely): nothing to check
      }
      assertEquals(0, r.code(), r::toString);
      accepted.incrementAndGet();
      List<String> problems = MONITOR.problems(r.out());
      assertTrue(problems.isEmpty(), () -> problems + "\n" + r.out());
    });
    assertTrue(accepted.get() >= 54, "generated timelines the monitor accepted, of 60: " + accepted.get());
  }

  @Test
  @DisplayName("dpa clause -f json over every clause of the catalogue conforms to clause-output")
  void everyClauseConforms() {
    List<Clause> all = ClauseCatalog.segmentDpa().all();
    assertTrue(all.size() > 50, "clauses: " + all.size());
    for (Clause c : all) {
      Cli.Result r = Cli.run("clause", c.getId().toString(), "-f", "json");
      assertEquals(0, r.code(), r::toString);
      List<String> problems = CLAUSE.problems(r.out());
      assertTrue(problems.isEmpty(), () -> c.getId() + ": " + problems);
    }
  }

  @Test
  @DisplayName("dpa policies -f json (every policy, a filter by name, by clause and one matching none) conforms to policies-output")
  void policiesConform() {
    for (String[] args : List.of(new String[] {"policies", "-f", "json"}, new String[] {"policies", "Security", "-f", "json"},
        new String[] {"policies", "6.3", "-f", "json"}, new String[] {"policies", "no such policy", "-f", "json"})) {
      Cli.Result r = Cli.run(args);
      assertEquals(0, r.code(), r::toString);
      List<String> problems = POLICIES.problems(r.out());
      assertTrue(problems.isEmpty(), () -> String.join(" ", args) + ": " + problems);
    }
    String all = Cli.run("policies", "-f", "json").out();
    assertTrue(all.contains("\"name\": \"Subprocessing.objectionAllowed\""), "the listing lost a policy");
    List<String> bad = List.of(
        all.replaceFirst("\"invocable\": (true|false)", "\"invocable\": \"yes\""), // wrong type
        all.replaceFirst("\"clauses\": \\[", "\"clause\": ["), // required member missing (and an unknown one)
        all.replaceFirst("\"required\": (true|false),", ""), // an input's required member missing
        "{\"policies\": " + all + "}"); // an object, not the array
    for (String b : bad) {
      assertFalse(b.equals(all), "the plant must change the document");
      assertFalse(POLICIES.problems(b).isEmpty(), () -> "no problem found in " + b.substring(0, 300));
    }
  }

  @Test
  @DisplayName("the check can fail: a planted document with a required member missing, a wrong type or an unknown member is refused")
  void plantedWrongDocumentsAreRefused() {
    String report = Cli.run("run", "-f", "json").out();
    assertTrue(MONITOR.problems(report).isEmpty(), "the base document conforms");
    List<String> bad = List.of(
        report.replaceFirst("\"summary\"", "\"summery\""), // required member missing (and an unknown one)
        report.replaceFirst("\"addendumInForce\": (true|false)", "\"addendumInForce\": \"yes\""), // wrong type
        report.replaceFirst("\"asOf\": \"([0-9-]+)\"", "\"asOf\": \"$1T00:00:00Z\""), // an instant, not a day
        report.replaceFirst("\"state\": \"[A-Z]+\"", "\"state\": \"MAYBE\""), // not a state
        report.replaceFirst("\"open\": (true|false),", "")); // an obligation's required member missing
    for (String b : bad) {
      assertFalse(b.equals(report), "the plant must change the document");
      assertFalse(MONITOR.problems(b).isEmpty(), () -> "no problem found in " + b.substring(0, 300));
    }
    String decision = Cli.run("decide", "Subprocessing.objectionAllowed", "notice=2025-03-03", "objection=2025-03-08",
        "form=IN_WRITING", "grounds=REASONABLE_DATA_PROTECTION", "-f", "json").out();
    assertTrue(DECIDE.problems(decision).isEmpty(), "the base decision conforms");
    for (String b : List.of(decision.replaceFirst("\"reasons\": \\[", "\"reasons\": 1, \"was\": ["),
        decision.replaceFirst("\"policy\": \"[^\"]+\",", ""),
        decision.replaceFirst("\"code\": \"[A-Z_]+\"", "\"code\": 7"))) {
      assertFalse(b.equals(decision), "the plant must change the document");
      assertFalse(DECIDE.problems(b).isEmpty(), () -> "no problem found in " + b);
    }
  }

  @Test
  @DisplayName("dpa schema monitor-output, decide-output, clause-output and policies-output print the published files")
  void schemaCommandPrintsOutputSchemas() throws IOException {
    for (String name : List.of("monitor-output", "decide-output", "clause-output", "policies-output")) {
      Cli.Result printed = Cli.run("schema", name);
      assertEquals(0, printed.code(), printed::toString);
      assertEquals(Files.readString(Cli.docs().resolve("schemas").resolve(name + ".schema.json")), printed.out(), name);
    }
    Cli.Result list = Cli.run("schema");
    for (String file : List.of(Schemas.MONITOR_OUTPUT, Schemas.DECIDE_OUTPUT, Schemas.CLAUSE_OUTPUT, Schemas.POLICIES_OUTPUT)) {
      assertTrue(list.out().contains(file), list::toString);
    }
  }
}
