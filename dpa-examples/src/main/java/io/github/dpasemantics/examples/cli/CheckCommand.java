package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.examples.conformance.CaseFileException;
import io.github.dpasemantics.examples.conformance.CaseRunner;
import io.github.dpasemantics.examples.conformance.CaseSuite;
import io.github.dpasemantics.examples.conformance.Coverage;
import io.github.dpasemantics.examples.conformance.KnownList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dpa check [FILE|DIR...]}: runs conformance cases (YAML, docs/conformance.md) and prints
 * one line per case. With no argument it runs the suite bundled in the dpa-conformance jar.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "check", sortOptions = false, usageHelpAutoWidth = true,
    description = {"Run conformance cases: questions about the contract written as YAML from its text, each with "
        + "the expected answer. Prints PASS or FAIL per case (a failure says what differed and gives the library's "
        + "own explanation) and a summary. With no FILE, runs the suite bundled with dpa (dpa-conformance).", "",
        "Example: dpa check dpa-conformance/src/main/resources/io/github/dpasemantics/conformance/cases/scope.yaml", ""},
    footer = {"", "Exit codes: 0 every case passed, 1 a case failed (or a known failure passed), 2 a bad case file or "
        + "argument (one line naming the file, the path, the line and column, and the rule).",
        "Format: docs/conformance.md."})
final class CheckCommand implements Callable<Integer> {
  /** Exit code when a case failed. */
  static final int CASES_FAILED = 1;

  @ParentCommand
  @Nullable Main main;

  @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "Case files or folders of them (*.yaml); none: the bundled suite.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--known-failures", paramLabel = "FILE",
      description = "Cases the current code is known to fail (case id, then why): reported as XFAIL, and as XPASS "
          + "(a failure of the check) once they pass.")
  @Nullable Path knownFailures;

  @Option(names = "--coverage", description = "Also print the coverage table (cases per decided clause, reading and "
      + "monitored norm) and fail on a gap.")
  boolean coverage;

  @Option(names = "--known-gaps", paramLabel = "FILE", description = "Coverage gaps known and tolerated (with --coverage).")
  @Nullable Path knownGaps;

  @Option(names = {"-q", "--quiet"}, description = "Print only failures and the summary.")
  boolean quiet;

  @Override
  public Integer call() {
    Main m = java.util.Objects.requireNonNull(main, "CheckCommand.main");
    Style s = m.style();
    CaseSuite suite;
    KnownList known;
    KnownList gaps;
    try {
      suite = paths.isEmpty() ? CaseSuite.bundled() : CaseSuite.of(paths);
      known = knownFailures == null ? KnownList.none() : KnownList.read(knownFailures);
      gaps = knownGaps == null ? KnownList.none() : KnownList.read(knownGaps);
    } catch (CaseFileException e) {
      m.io().err().println("dpa: " + e.getMessage());
      return Main.INVALID_INPUT;
    }
    int passed = 0;
    int failed = 0;
    int expected = 0;
    int fixed = 0;
    for (CaseRunner.Result r : suite.run()) {
      String id = r.kase().id();
      if (r.passed() && known.contains(id)) {
        fixed++;
        m.io().out().println(s.red("XPASS " + id) + ": listed in " + knownFailures + " but passes now; remove it from the list");
      } else if (r.passed()) {
        passed++;
        if (!quiet) {
          m.io().out().println(s.green("PASS") + r.line().substring(4));
        }
      } else if (known.contains(id)) {
        expected++;
        if (!quiet) {
          m.io().out().println(s.yellow("XFAIL") + r.line().substring(4) + " [known: " + known.entries().get(id) + "]");
        }
      } else {
        failed++;
        m.io().out().println(s.red("FAIL") + r.line().substring(4));
      }
    }
    int total = passed + failed + expected + fixed;
    m.io().out().println();
    m.io().out().println(total + " cases in " + suite.files().size() + " files: " + passed + " passed, " + failed + " failed"
        + (knownFailures == null ? "" : ", " + expected + " known failures, " + fixed + " known failures now passing"));
    boolean ok = failed == 0 && fixed == 0;
    if (coverage) {
      Coverage c = Coverage.of(suite);
      m.io().out().println();
      m.io().out().print(c.table(gaps));
      List<String> open = c.gaps().stream().filter(g -> !gaps.contains(g)).toList();
      List<String> stale = gaps.entries().keySet().stream().filter(g -> !c.gaps().contains(g)).toList();
      if (!open.isEmpty()) {
        m.io().out().println(s.red("coverage gaps: " + String.join("; ", open)));
        ok = false;
      }
      if (!stale.isEmpty()) {
        m.io().out().println(s.red("listed gaps that are covered now (remove them from " + knownGaps + "): " + String.join("; ", stale)));
        ok = false;
      }
    }
    return ok ? Main.OK : CASES_FAILED;
  }
}
