package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("dpa check")
class CheckCommandTest {
  @TempDir
  Path dir;

  private static final String CASE = "family: \"6.3\"\ncases:\n"
      + "  - id: \"6.3-ID\"\n    clauses: [\"6.3\"]\n    question: \"q\"\n    text: \"within five (5) calendar days after such notice\"\n"
      + "    decide:\n      policy: \"Subprocessing.objectionDeadline\"\n      inputs: {notice: \"2025-03-03\"}\n"
      + "    expect: {outcome: \"DUE\"}\n";

  @Test
  @DisplayName("one line per case, a summary, exit 0 when every case passes")
  void passes() {
    Path f = Cli.write(dir, "ok.yaml", CASE.replace("ID", "ok").replace("DUE", "2025-03-08"));
    Cli.Result r = Cli.run("check", f.toString());
    assertEquals(0, r.code(), r::err);
    assertEquals("PASS 6.3-ok\n\n1 cases in 1 files: 1 passed, 0 failed\n", r.out().replace("\r", ""));
  }

  @Test
  @DisplayName("a failing case: FAIL with what differed and the library's explanation, exit 1")
  void fails() {
    Path f = Cli.write(dir, "bad.yaml", CASE.replace("ID", "late").replace("DUE", "2025-03-09"));
    Cli.Result r = Cli.run("check", f.toString());
    assertEquals(CheckCommand.CASES_FAILED, r.code());
    assertTrue(r.out().startsWith("FAIL 6.3-late [6.3]: outcome: expected \"2025-03-09\", got \"2025-03-08\" -- the library says: 6.3:"),
        r::out);
    assertTrue(r.out().contains("1 cases in 1 files: 0 passed, 1 failed"), r::out);
  }

  @Test
  @DisplayName("a known failure is XFAIL and exit 0; once it passes it is XPASS and exit 1")
  void knownFailures() {
    Path known = Cli.write(dir, "known.txt", "# comment\n6.3-late  the deadline is the fifth day\n");
    Path bad = Cli.write(dir, "bad.yaml", CASE.replace("ID", "late").replace("DUE", "2025-03-09"));
    Cli.Result r = Cli.run("check", bad.toString(), "--known-failures", known.toString());
    assertEquals(0, r.code(), r::out);
    assertTrue(r.out().startsWith("XFAIL 6.3-late [6.3]: "), r::out);
    assertTrue(r.out().contains("1 known failures, 0 known failures now passing"), r::out);
    Path fixed = Cli.write(dir, "fixed.yaml", CASE.replace("ID", "late").replace("DUE", "2025-03-08"));
    Cli.Result now = Cli.run("check", fixed.toString(), "--known-failures", known.toString());
    assertEquals(CheckCommand.CASES_FAILED, now.code());
    assertTrue(now.out().startsWith("XPASS 6.3-late: listed in " + known + " but passes now"), now::out);
  }

  @Test
  @DisplayName("a bad case file: one line with the file, path, line and column, exit 2")
  void badFile() {
    Path f = Cli.write(dir, "broken.yaml", CASE.replace("ID", "x").replace("    clauses:", "    clauses: [\"6.3\"]\n    clause:"));
    Cli.Result r = Cli.run("check", f.toString());
    assertEquals(Main.INVALID_INPUT, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("dpa: " + f + " $.cases[0].clause (line 5, column 5): unknown field 'clause'"), r::err);
    assertEquals(1, r.err().strip().split("\n").length, r::err);
    Cli.Result missing = Cli.run("check", dir.resolve("nope.yaml").toString());
    assertEquals(Main.INVALID_INPUT, missing.code());
    assertTrue(missing.err().contains("no such file or folder"), missing::err);
  }

  @Test
  @DisplayName("with no argument it runs the bundled suite; --coverage prints the table")
  void bundledSuiteAndCoverage() {
    Cli.Result r = Cli.run("check", "-q", "--known-failures", "../dpa-conformance/known-failures.txt", "--coverage",
        "--known-gaps", "../dpa-conformance/known-coverage-gaps.txt");
    assertEquals(0, r.code(), r::out);
    assertTrue(r.out().matches("(?s).*\\d+ cases in \\d+ files: \\d+ passed, 0 failed, \\d+ known failures, 0 known failures now passing.*"),
        r::out);
    assertTrue(r.out().contains("Conformance coverage"), r::out);
    assertTrue(r.out().contains("  clause   3.4 "), r::out);
  }
}
