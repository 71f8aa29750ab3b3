package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.examples.scenario.DefaultScenario;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("bad input: exit code 2 and one clear message, never a stack trace")
class ErrorPathsTest {
  @TempDir
  Path dir;

  /** Runs, expects exit 2, nothing on stdout, and one message on one line with the given parts. */
  private static String refused(Cli.Result r, String... parts) {
    assertEquals(2, r.code(), r::toString);
    assertEquals("", r.out(), r::toString);
    String err = r.err();
    assertTrue(err.startsWith("dpa: "), err);
    assertFalse(err.contains("\tat ") || err.contains("Exception"), () -> "stack trace or exception name: " + err);
    assertEquals(1, err.lines().count(), () -> "one line: " + err);
    for (String p : parts) {
      assertTrue(err.contains(p), () -> "missing '" + p + "' in: " + err);
    }
    return err;
  }

  private Cli.Result monitor(String json) {
    return Cli.run("monitor", Cli.write(dir, "t.json", json).toString());
  }

  private static String scenarioWith(String from, String to) {
    String s = DefaultScenario.json();
    assertTrue(s.contains(from), from);
    return s.replace(from, to);
  }

  @Test
  @DisplayName("malformed JSON: line and column")
  void malformedJson() {
    refused(monitor("{\n  \"contract\": ,\n}"), "t.json", "line 2, column 15", "malformed JSON");
  }

  @Test
  @DisplayName("unknown field: refused with its path and the known fields")
  void unknownField() {
    refused(monitor(scenarioWith("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"colour\": \"red\",")),
        "$.colour", "unknown field \"colour\"", "one of the fields: title, description, asOf, contract, events",
        "unknown fields are refused");
  }

  @Test
  @DisplayName("unknown field inside an event: refused with the event's path")
  void unknownEventField() {
    refused(monitor(scenarioWith("\"id\": \"deletion-request\", \"date\": \"2025-12-05\"",
        "\"id\": \"deletion-request\", \"date\": \"2025-12-05\", \"urgent\": true")),
        "$.events[22].urgent", "unknown field \"urgent\" in DeletionRequested");
  }

  @Test
  @DisplayName("missing field: named with the form expected")
  void missingField() {
    refused(monitor(scenarioWith("\"id\": \"deletion-request\", \"date\": \"2025-12-05\"", "\"id\": \"deletion-request\"")),
        "$.events[22]", "missing required field \"date\" in DeletionRequested", "a date as YYYY-MM-DD");
  }

  @Test
  @DisplayName("blank note: the constraint on Optional<@Pattern String> applies to the value (DpaEvent.note)")
  void blankNote() {
    refused(monitor(scenarioWith("\"id\": \"deletion-request\", \"date\": \"2025-12-05\"",
        "\"id\": \"deletion-request\", \"date\": \"2025-12-05\", \"note\": \"   \"")),
        "$.events[22].note", "note must match the pattern");
  }

  @Test
  @DisplayName("wrong type: what was found and what was expected")
  void wrongType() {
    refused(monitor(scenarioWith("\"effectiveDate\": \"2025-01-06\"", "\"effectiveDate\": 20250106")),
        "$.contract.agreement.effectiveDate", "found the number 20250106", "expected a date as YYYY-MM-DD");
  }

  @Test
  @DisplayName("wrong enum: the allowed values")
  void wrongEnum() {
    refused(monitor(scenarioWith("\"channel\": \"WORKSPACE_MESSAGE\"", "\"channel\": \"EMAIL\"")),
        "channel", "found the string \"EMAIL\"", "expected one of: SUBPROCESSOR_PAGE_UPDATE, WORKSPACE_MESSAGE");
  }

  @Test
  @DisplayName("unknown event type: the kinds there are")
  void unknownEventType() {
    refused(monitor(scenarioWith("\"type\": \"DeletionRequested\"", "\"type\": \"DeletionWanted\"")),
        "$.events[22].type", "not a kind of DpaEvent", "DeletionRequested");
  }

  @Test
  @DisplayName("bad date inside a file: the day that does not exist")
  void badDateInFile() {
    refused(monitor(scenarioWith("\"date\": \"2025-12-05\"", "\"date\": \"2025-02-30\"")),
        "$.events[22].date", "2025-02-30", "expected a date as YYYY-MM-DD");
  }

  @Test
  @DisplayName("null for a required field is refused, naming the path and the rule (issue 17)")
  void nullValue() {
    refused(monitor(scenarioWith("\"effectiveDate\": \"2025-01-06\"", "\"effectiveDate\": null")),
        "$.contract.agreement.effectiveDate", "found null", "only an optional field may be absent");
  }

  @Test
  @DisplayName("null for an optional field means absent: the same report as leaving it out (issue 17)")
  void nullMeansAbsent() {
    Cli.Result left = monitor(scenarioWith("\"asOf\": \"2026-01-15\",", ""));
    Cli.Result nulled = monitor(scenarioWith("\"asOf\": \"2026-01-15\"", "\"asOf\": null"));
    assertEquals(left.code(), nulled.code(), nulled::toString);
    assertEquals(left.out(), nulled.out());
    assertEquals(left.err(), nulled.err());
  }

  @Test
  @DisplayName("duplicate field names are refused")
  void duplicateField() {
    refused(monitor(scenarioWith("\"asOf\": \"2026-01-15\",", "\"asOf\": \"2026-01-15\", \"asOf\": \"2026-01-16\",")),
        "Duplicate field 'asOf'");
  }

  @Test
  @DisplayName("the model's invariants: an invalid party id names the rule")
  void modelInvariant() {
    refused(monitor(scenarioWith("\"id\": \"acme\"", "\"id\": \"-acme\"")), "$.contract.customer.id",
        "must match the pattern");
  }

  @Test
  @DisplayName("the monitor's refusals: a duplicate event id names the event and the rule")
  void duplicateEventId() {
    refused(monitor(scenarioWith("\"id\": \"deletion-request\"", "\"id\": \"agreement-ends\"")), "agreement-ends");
  }

  @Test
  @DisplayName("too deep: refused before it can exhaust the stack")
  void tooDeep() {
    String deep = "[".repeat(200) + "]".repeat(200);
    refused(monitor(deep), "deeper than 64 levels");
  }

  @Test
  @DisplayName("too large: refused before parsing")
  void tooLarge() {
    String big = "{\"title\": \"" + "x".repeat(9 * 1024 * 1024) + "\"}";
    refused(monitor(big), "too large", "8388608 bytes");
  }

  @Test
  @DisplayName("too large on stdin: refused while reading")
  void tooLargeStdin() {
    String big = "[" + "1,".repeat(5 * 1024 * 1024) + "1]";
    refused(Cli.runWith(big, false, "monitor", "-"), "<stdin>", "too large");
  }

  @Test
  @DisplayName("a long string is refused with the limit")
  void longString() {
    refused(monitor("{\"title\": \"" + "x".repeat(70_000) + "\"}"), "exceeds the maximum");
  }

  @Test
  @DisplayName("a missing file is named")
  void missingFile() {
    refused(Cli.run("monitor", dir.resolve("nope.json").toString()), "nope.json", "no such file");
  }

  @Test
  @DisplayName("unknown policy: close names")
  void unknownPolicy() {
    refused(Cli.run("decide", "objection"), "policy 'objection'", "no such policy");
  }

  @Test
  @DisplayName("unknown input key: the inputs there are")
  void unknownInput() {
    refused(Cli.run("decide", "objectionDeadline", "notice=2025-03-03", "colour=red"), "input 'colour'",
        "unknown input", "notice");
  }

  @Test
  @DisplayName("missing input key: named with its form")
  void missingInput() {
    refused(Cli.run("decide", "objectionAllowed", "notice=2025-03-03"), "missing input", "objection=a date as YYYY-MM-DD");
  }

  @Test
  @DisplayName("bad input value: the key, what was found and what was expected")
  void badInputValue() {
    refused(Cli.run("decide", "objectionDeadline", "notice=2025-02-30"), "input notice=2025-02-30",
        "expected a date as YYYY-MM-DD");
    refused(Cli.run("decide", "noticeTiming", "notice=2025-03-03", "firstProcessing=2025-03-13", "reason=HURRY"),
        "input reason=HURRY", "PROTECT_AVAILABILITY");
    refused(Cli.run("decide", "objectionAllowed", "notice=2025-03-03", "objection=2025-03-05", "form=yes",
        "grounds=REASONABLE_DATA_PROTECTION"), "input form=yes", "IN_WRITING");
    refused(Cli.run("decide", "segmentLiable", "actor=SUBPROCESSOR", "causedSegmentBreach=yes"), "causedSegmentBreach=yes",
        "true or false");
  }

  @Test
  @DisplayName("not a KEY=VALUE pair")
  void notAPair() {
    refused(Cli.run("decide", "objectionDeadline", "2025-03-03"), "not a KEY=VALUE pair");
  }

  @Test
  @DisplayName("unknown clause id, and a malformed one")
  void unknownClause() {
    refused(Cli.run("clause", "9.9"), "clause '9.9'", "no such clause");
    refused(Cli.run("clause", "six"), "clause 'six'", "not a clause id");
  }

  @Test
  @DisplayName("unknown interpretation: the documented readings")
  void unknownInterpretation() {
    refused(Cli.run("decide", "notice", "pageUpdated=2025-03-03", "workspaceMessage=2025-03-04",
        "--interpretation", "LENIENT"), "'LENIENT' is not a documented reading", "NOTICE_ON_EARLIER_CHANNEL");
  }

  @Test
  @DisplayName("two readings of one question")
  void twoReadingsOfOneQuestion() {
    refused(Cli.run("decide", "notice", "pageUpdated=2025-03-03", "workspaceMessage=2025-03-04",
        "--interpretation", "NOTICE_ON_EARLIER_CHANNEL", "--interpretation", "NOTICE_ON_LATER_CHANNEL"),
        "--interpretation");
  }

  @Test
  @DisplayName("bad --as-of date, and an unknown option")
  void badOption() {
    refused(Cli.run("--as-of", "2025-02-30"), "'2025-02-30' is no such day");
    refused(Cli.run("run", "--as-of", "tomorrow"), "'tomorrow' is not a date");
    refused(Cli.run("run", "--colour"), "Unknown option");
    refused(Cli.run("frobnicate"), "Unmatched argument");
  }

  @Test
  @DisplayName("an unexpected failure gives exit code 1 and one line, no stack trace")
  void unexpectedFailure() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true), false);
    CommandLine cl = Main.commandLine(io);
    cl.addSubcommand("boom", new CommandLine(new Boom()));
    cl.setExecutionExceptionHandler(cl.getExecutionExceptionHandler()); // apply to the added subcommand too
    int code = cl.execute("boom");
    assertEquals(1, code);
    assertTrue(err.toString().startsWith("dpa: unexpected failure: java.lang.IllegalStateException: broken"),
        err::toString);
    assertFalse(err.toString().contains("\tat "), err::toString);
  }

  @CommandLine.Command(name = "boom")
  static final class Boom implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("broken");
    }
  }

  @Test
  @DisplayName("help and version exit 0")
  void helpAndVersion() {
    assertEquals(0, Cli.run("--help").code());
    assertEquals(0, Cli.run("decide", "--help").code());
    assertTrue(Cli.run("--version").out().startsWith("dpa "));
  }
}
