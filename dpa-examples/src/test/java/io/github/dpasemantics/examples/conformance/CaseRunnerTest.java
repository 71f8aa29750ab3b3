package io.github.dpasemantics.examples.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner reports a wrong case as FAIL with what differed, and a bad case file as one line with its place. */
@DisplayName("conformance runner")
class CaseRunnerTest {
  @TempDir
  Path dir;

  private static final String HEAD = "family: \"6.3 test\"\ncases:\n";

  private static String objection(String id, String objection, String outcome) {
    return "  - id: \"" + id + "\"\n"
        + "    clauses: [\"6.3\"]\n"
        + "    question: \"Notice on 3 March 2025; objection on " + objection + ". Timely?\"\n"
        + "    text: \"within five (5) calendar days after such notice\"\n"
        + "    decide:\n"
        + "      policy: \"Subprocessing.objectionAllowed\"\n"
        + "      inputs:\n"
        + "        notice: \"2025-03-03\"\n"
        + "        objection: \"" + objection + "\"\n"
        + "        form: IN_WRITING\n"
        + "        grounds: REASONABLE_DATA_PROTECTION\n"
        + "    expect:\n"
        + "      outcome: " + outcome + "\n"
        + "      cites: [\"6.3\"]\n";
  }

  private List<CaseRunner.Result> run(String yaml) {
    return CaseSuite.of(List.of(CaseTestFiles.write(dir, "t.yaml", yaml))).run();
  }

  private CaseFileException bad(String yaml) {
    return assertThrows(CaseFileException.class, () -> CaseSuite.of(List.of(CaseTestFiles.write(dir, "bad.yaml", yaml))));
  }

  @Test
  @DisplayName("a right case passes and a deliberately wrong one fails, saying what differed and why the library decided so")
  void wrongCaseFails() {
    List<CaseRunner.Result> results = run(HEAD + objection("6.3-right", "2025-03-08", "true")
        + objection("6.3-wrong-on-purpose", "2025-03-09", "true"));
    assertTrue(results.get(0).passed(), results.get(0)::line);
    CaseRunner.Result wrong = results.get(1);
    assertFalse(wrong.passed());
    assertTrue(wrong.line().startsWith("FAIL 6.3-wrong-on-purpose [6.3]: outcome: expected true, got false -- the library says: 6.3:"),
        wrong::line);
    assertTrue(wrong.line().contains("2025-03-08"), "the explanation names the last day: " + wrong.line());
  }

  @Test
  @DisplayName("partial expectations: a clause that must not be cited, and a phrase the explanation lacks")
  void citationsAndPhrases() {
    String yaml = HEAD + objection("6.3-cites", "2025-03-08", "true").replace("      cites: [\"6.3\"]\n",
        "      notCites: [\"6.3\"]\n      explanationContains: [\"no such phrase\"]\n");
    CaseRunner.Result r = run(yaml).get(0);
    assertEquals(List.of("cites 6.3, which it must not", "the explanation does not contain \"no such phrase\""), r.differences());
  }

  @Test
  @DisplayName("readings are applied: the earlier-channel reading moves the notice day")
  void readingsApplied() {
    String c = "  - id: \"6.3-channels\"\n    clauses: [\"6.3\"]\n    question: \"Two channels\"\n    text: \"notice\"\n"
        + "    readings: [READING]\n"
        + "    decide:\n      policy: \"Subprocessing.notice\"\n"
        + "      inputs: {pageUpdated: \"2025-03-03\", workspaceMessage: \"2025-03-05\"}\n"
        + "    expect:\n      outcome: \"2025-03-03\"\n";
    assertTrue(run(HEAD + c.replace("READING", "NOTICE_ON_EARLIER_CHANNEL")).get(0).passed());
    assertFalse(run(HEAD + c.replace("READING", "NOTICE_ON_LATER_CHANNEL")).get(0).passed());
  }

  @Test
  @DisplayName("inputs the policy refuses are a failure that names the place in the case file")
  void refusedInputs() {
    CaseRunner.Result r = run(HEAD + objection("6.3-bad-date", "2025-02-30", "true")).get(0);
    assertFalse(r.passed());
    assertTrue(r.differences().get(0).startsWith("the inputs were refused: ") && r.differences().get(0).contains(
        "$.cases[0].decide.inputs.objection (line 11, column 9)"), r.differences()::toString);
  }

  @Test
  @DisplayName("a monitor case: the objection right after a Subprocessor notice, open until the fifth day")
  void monitorCase() {
    String timeline = "      timeline:\n"
        + "        title: \"notice\"\n"
        + "        contract:\n"
        + "          id: \"c1\"\n"
        + "          customer: {id: \"acme\", name: \"Acme GmbH\", kind: \"CUSTOMER\", establishmentCountry: \"DE\"}\n"
        + "          segment: {id: \"segment\", name: \"Segment.io, Inc.\", kind: \"SEGMENT\", establishmentCountry: \"US\"}\n"
        + "          agreement: {effectiveDate: \"2025-01-06\"}\n"
        + "          addendum: {signatures: [{party: \"SEGMENT\", date: \"2025-01-08\"}, {party: \"CUSTOMER\", date: \"2025-01-10\"}]}\n"
        + "          subprocessors: [{party: {id: \"snowflake\", name: \"Snowflake Inc.\", kind: \"THIRD_PARTY_SUBPROCESSOR\"}}]\n"
        + "          annexFacts: {governedByEuDataProtectionLaw: true, governedByCcpa: false}\n"
        + "        events:\n"
        + "          - {type: \"AddendumSigned\", id: \"s1\", date: \"2025-01-08\", actor: \"SEGMENT\"}\n"
        + "          - {type: \"AddendumSigned\", id: \"s2\", date: \"2025-01-10\", actor: \"CUSTOMER\"}\n"
        + "          - {type: \"SubprocessorEngaged\", id: \"e1\", date: \"2025-03-01\", subprocessorId: \"snowflake\", subprocessorKind: \"THIRD_PARTY_SUBPROCESSOR\"}\n"
        + "          - {type: \"SubprocessorNoticeGiven\", id: \"n1\", date: \"2025-03-03\", subprocessorId: \"snowflake\", channel: \"SUBPROCESSOR_PAGE_UPDATE\"}\n"
        + "          - {type: \"SubprocessorNoticeGiven\", id: \"n2\", date: \"2025-03-03\", subprocessorId: \"snowflake\", channel: \"WORKSPACE_MESSAGE\"}\n"
        + "      asOf: \"2025-03-05\"\n";
    String kase = "  - id: \"6.3-ID\"\n    clauses: [\"6.3\"]\n    question: \"q\"\n    text: \"within five (5) calendar days after such notice\"\n"
        + "    monitor:\n" + timeline
        + "    expect:\n      rights:\n        - {norm: \"6.3/object-to-new-subprocessor\", open: true, until: \"UNTIL\"}\n"
        + "      absent:\n        - {norm: \"9.1/delete-customer-personal-data\"}\n      cites: [\"6.3\"]\n";
    List<CaseRunner.Result> results = run(HEAD + kase.replace("ID", "right").replace("UNTIL", "2025-03-08")
        + kase.replace("ID", "wrong").replace("UNTIL", "2025-03-09"));
    assertTrue(results.get(0).passed(), results.get(0)::line);
    assertFalse(results.get(1).passed());
    assertTrue(results.get(1).differences().get(0).startsWith(
        "no open right {norm: 6.3/object-to-new-subprocessor, until: 2025-03-09} (open: 6.3/object-to-new-subprocessor"), results.get(1)::line);
    assertTrue(results.get(1).differences().get(0).contains("until 2025-03-08"), results.get(1)::line);
  }

  @Test
  @DisplayName("malformed YAML: one line naming the file, the path, the line and column")
  void malformedYaml() {
    CaseFileException e = bad(HEAD + "  - id: \"6.3-x\"\n    clauses: [\"6.3\"\n    question: \"q\"\n");
    assertTrue(e.getMessage().matches(".*bad\\.yaml \\$\\.cases\\[0\\]\\.clauses.* \\(line \\d+, column \\d+\\): not valid YAML: .*"),
        e::getMessage);
    assertFalse(e.getMessage().contains("\n"), "one line");
  }

  @Test
  @DisplayName("an unknown field is refused with its path, line, column, the known fields and the rule")
  void unknownField() {
    CaseFileException e = bad(HEAD + objection("6.3-x", "2025-03-08", "true").replace("      policy:", "      polcy: \"x\"\n      policy:"));
    assertTrue(e.getMessage().startsWith(dir.resolve("bad.yaml") + " $.cases[0].decide.polcy (line 8, column 7): unknown field 'polcy'; expected one of: inputs, policy"),
        e::getMessage);
    assertTrue(e.getMessage().endsWith("(rule: unknown fields are refused, not ignored)"), e::getMessage);
    assertEquals(8, e.getLine());
  }

  private void refused(String yaml, String part) {
    String message = bad(yaml).getMessage();
    assertTrue(message.contains(part), message);
  }

  @Test
  @DisplayName("the rules of the format: required parts, one question per case, known readings, unique ids, no aliases")
  void rules() {
    String ok = objection("6.3-x", "2025-03-08", "true");
    refused(HEAD + ok.replace("    expect:\n      outcome: true\n      cites: [\"6.3\"]\n", ""), "$.cases[0].expect (line 3, column 5): missing field 'expect' (rule: required fields must be present)");
    refused(HEAD + ok.replace("    expect:", "    monitor: {timeline: {}}\n    expect:"), "both decide and monitor (rule: a case gives exactly one of decide and monitor)");
    refused(HEAD + ok.replace("    decide:", "    readings: [NO_SUCH_READING]\n    decide:"), "$.cases[0].readings[0] (line 7, column 16): 'NO_SUCH_READING' is not a documented reading");
    refused(HEAD + ok.replace("    decide:", "    assumes: [NOTICE_ON_EARLIER_CHANNEL]\n    decide:"), "NOTICE_ON_EARLIER_CHANNEL is not a default reading");
    refused(HEAD + ok + ok, "$.cases[1].id (line 17, column 5): the id '6.3-x' is used twice");
    refused(HEAD + ok.replace("\"6.3-x\"", "\"objection-x\""), "does not start with a clause id");
    refused(HEAD + ok.replace("      outcome: true\n      cites: [\"6.3\"]\n", "      cites: [\"6.33\"]\n"), "$.cases[0].expect.cites[0] (line 15, column 15): no clause 6.33 in the Segment DPA");
    refused(HEAD + ok.replace("        notice: \"2025-03-03\"", "        notice: &d \"2025-03-03\"")
        .replace("        objection: \"2025-03-08\"", "        objection: *d"), "a YAML alias (*d)");
    refused(HEAD + ok.replace("        form: IN_WRITING\n", "        form: IN_WRITING\n        form: NOT_IN_WRITING\n"), "not valid YAML: Duplicate field 'form'");
  }

  @Test
  @DisplayName("ids are unique across files")
  void uniqueAcrossFiles() {
    Path a = CaseTestFiles.write(dir, "a.yaml", HEAD + objection("6.3-same", "2025-03-08", "true"));
    Path b = CaseTestFiles.write(dir, "b.yaml", HEAD + objection("6.3-same", "2025-03-08", "true"));
    CaseFileException e = assertThrows(CaseFileException.class, () -> CaseSuite.of(List.of(a, b)));
    assertTrue(e.getMessage().contains("b.yaml $.cases[0].id (line 3, column 5): the id '6.3-same' is also used at "), e::getMessage);
  }
}
