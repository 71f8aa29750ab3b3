package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("dpa decide and dpa policies")
class DecideCommandTest {

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: an objection on the fifth day after notice is allowed, with its window and reasons")
  void objectionOnTheFifthDay() {
    Cli.Result r = Cli.run("decide", "Subprocessing.objectionAllowed", "notice=2025-03-03", "objection=2025-03-08",
        "form=IN_WRITING", "grounds=REASONABLE_DATA_PROTECTION");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().startsWith("Subprocessing.objectionAllowed = yes"), r.out());
    assertTrue(r.out().contains("window   2025-03-04 to 2025-03-08"), r.out());
    assertTrue(r.out().contains("[OBJECTION_WITHIN_WINDOW]"), r.out());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: on the sixth day it is not, and the JSON names the clause, the reason code and the window")
  void objectionOnTheSixthDayAsJson() {
    Cli.Result r = Cli.run("decide", "objectionAllowed", "notice=2025-03-03", "objection=2025-03-09",
        "form=IN_WRITING", "grounds=REASONABLE_DATA_PROTECTION", "--format", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode d = r.json();
    assertEquals(false, d.get("outcome").asBoolean());
    assertEquals("6.3", d.get("clauses").get(0).asText());
    assertEquals("OBJECTION_AFTER_WINDOW", d.get("reasons").get(0).get("code").asText());
    assertEquals("2025-03-08", d.get("window").get("closes").asText());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: --interpretation NOTICE_ON_EARLIER_CHANNEL switches the reading, and the decision says so")
  void interpretationSwitchesTheReading() {
    Cli.Result later = Cli.run("decide", "notice", "pageUpdated=2025-03-03", "workspaceMessage=2025-03-04");
    Cli.Result earlier = Cli.run("decide", "notice", "pageUpdated=2025-03-03", "workspaceMessage=2025-03-04",
        "--interpretation", "NOTICE_ON_EARLIER_CHANNEL");
    assertTrue(later.out().startsWith("Subprocessing.notice = 2025-03-04"), later.out());
    assertTrue(earlier.out().startsWith("Subprocessing.notice = 2025-03-03"), earlier.out());
    assertTrue(earlier.out().contains("NOTICE_ON_EARLIER_CHANNEL (chosen)"), earlier.out());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a request at 02:00 CET on 1 January 2026 is 31 December 2025 in the contract's zone, and the decision says so")
  void instantInTheContractsZone() {
    String[] common = {"decide", "Audits.auditAllowed", "basis=DATA_PROTECTION_LAW", "request=2026-01-01T02:00:00+01:00",
        "earlierAudits=2025-03-01", "auditRightUnderLaw=true"};
    Cli.Result la = Cli.run(common);
    assertEquals(0, la.code(), la::toString);
    assertTrue(la.out().startsWith("Audits.auditAllowed = no"), la.out());
    assertTrue(la.out().contains("date     request: 2026-01-01T02:00:00+01:00 is 2025-12-31T17:00:00-08:00 in "
        + "America/Los_Angeles, the contract's zone, so its contract date is 2025-12-31"), la.out());
    Cli.Result berlin = Cli.run(concat(common, "terms={\"zone\": \"Europe/Berlin\"}", "-f", "json"));
    assertEquals(0, berlin.code(), berlin::toString);
    JsonNode d = berlin.json();
    assertEquals(true, d.get("outcome").asBoolean());
    assertEquals("2026-01-01", d.get("dates").get(0).get("date").asText());
    assertEquals("Europe/Berlin", d.get("dates").get(0).get("zone").asText());
    assertEquals("2026-01-01T02:00:00+01:00", d.get("dates").get(0).get("inZone").asText());
  }

  @Test
  @DisplayName("a date-time without an offset names no instant: refused with exit 2 and one line naming the input")
  void localDateTimeRefused() {
    Cli.Result r = Cli.run("decide", "objectionAllowed", "notice=2025-03-03", "objection=2025-03-09T02:00",
        "form=IN_WRITING", "grounds=REASONABLE_DATA_PROTECTION");
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().contains("objection=2025-03-09T02:00") && r.err().contains("names no instant"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: effects left out are not a silent 'no effect': the decision states what it assumed")
  void effectsLeftOutAreStated() {
    Cli.Result r = Cli.run("decide", "Definitions.securityIncident", "confirmation=CONFIRMED", "breach=BREACH_OF_SECURITY",
        "affectedData=PERSONAL_DATA_PROCESSED_BY_SEGMENT", "nature=UNAUTHORIZED_ACCESS");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("assumed  effects: not given, so none (an empty set)"), r.out());
    Cli.Result json = Cli.run("decide", "Definitions.securityIncident", "confirmation=CONFIRMED", "breach=BREACH_OF_SECURITY",
        "affectedData=PERSONAL_DATA_PROCESSED_BY_SEGMENT", "nature=UNAUTHORIZED_ACCESS", "effects=LOSS", "-f", "json");
    assertEquals(null, json.json().get("assumed"), json.out());
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("issue 17: an optional input given as null is absent and stated as such; a required one given as null is refused")
  void nullInputs() {
    Cli.Result r = Cli.run("decide", "Definitions.securityIncident", "confirmation=CONFIRMED", "breach=BREACH_OF_SECURITY",
        "affectedData=PERSONAL_DATA_PROCESSED_BY_SEGMENT", "nature=UNAUTHORIZED_ACCESS", "effects=null");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.out().contains("assumed  effects: not given, so none (an empty set)"), r.out());
    Cli.Result required = Cli.run("decide", "objectionDeadline", "notice=null");
    assertEquals(2, required.code(), required::toString);
    assertTrue(required.err().contains("input notice=null") && required.err().contains("found null")
        && required.err().contains("only an optional field may be absent"), required.err());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: expedited=true takes the expedited notice (its reason required), expedited=false the ordinary one")
  void expeditedChoosesTheOverload() {
    String[] common = {"decide", "Subprocessing.noticeTiming", "notice=2025-03-10", "firstProcessing=2025-03-12"};
    Cli.Result plain = Cli.run(common);
    Cli.Result no = Cli.run(concat(common, "expedited=false"));
    assertEquals(0, no.code(), no::toString);
    assertEquals(plain.out(), no.out());
    Cli.Result withReason = Cli.run(concat(common, "reason=" + io.github.dpasemantics.model.event.ExpeditedReason.values()[0]));
    Cli.Result yes = Cli.run(concat(common, "expedited=true", "reason="
        + io.github.dpasemantics.model.event.ExpeditedReason.values()[0]));
    assertEquals(0, yes.code(), yes::toString);
    assertEquals(withReason.out(), yes.out());
    Cli.Result missing = Cli.run(concat(common, "expedited=true"));
    assertEquals(2, missing.code(), missing::toString);
    assertTrue(missing.err().contains("expedited=true") && missing.err().contains("reason="), missing.err());
    Cli.Result contradiction = Cli.run(concat(common, "expedited=false", "reason="
        + io.github.dpasemantics.model.event.ExpeditedReason.values()[0]));
    assertEquals(2, contradiction.code(), contradiction::toString);
  }

  @Test
  @DisplayName("2.9: a set input given as a comma-separated list reads as the same JSON array")
  void setAsCommaSeparatedList() {
    String[] common = {"decide", "Definitions.securityIncident", "confirmation=CONFIRMED", "breach=BREACH_OF_SECURITY",
        "affectedData=PERSONAL_DATA_PROCESSED_BY_SEGMENT", "nature=UNAUTHORIZED_ACCESS", "-f", "json"};
    Cli.Result list = Cli.run(concat(common, "effects=LOSS, ALTERATION"));
    Cli.Result json = Cli.run(concat(common, "effects=[\"LOSS\", \"ALTERATION\"]"));
    assertEquals(0, list.code(), list::toString);
    assertEquals(json.out(), list.out());
    assertEquals(true, list.json().get("outcome").asBoolean(), list::toString);
    Cli.Result bad = Cli.run(concat(common, "effects=LOSS,NOPE"));
    assertEquals(2, bad.code(), bad::toString);
    assertTrue(bad.err().contains("NOPE") && bad.err().contains("effects"), bad::toString);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: overloads are told apart by their inputs (an expedited reason picks the expedited rule)")
  void overloadsByInputs() {
    Cli.Result plain = Cli.run("decide", "noticeTiming", "notice=2025-03-03", "firstProcessing=2025-03-13");
    Cli.Result expedited = Cli.run("decide", "noticeTiming", "notice=2025-03-03", "firstProcessing=2025-03-01",
        "reason=PROTECT_AVAILABILITY");
    assertEquals(0, plain.code(), plain::toString);
    assertEquals(0, expedited.code(), expedited::toString);
    assertTrue(plain.out().contains("6.3"), plain.out());
  }

  @Test
  @DisplayName("inputs may come as a JSON file, from stdin, and model values as JSON")
  void inputsFromFileAndStdin(@TempDir Path dir) {
    String json = "{\"notice\": \"2025-03-03\", \"objection\": \"2025-03-05\", \"form\": \"NOT_IN_WRITING\","
        + " \"grounds\": \"REASONABLE_DATA_PROTECTION\"}";
    Path f = Cli.write(dir, "in.json", json);
    Cli.Result fromFile = Cli.run("decide", "objectionAllowed", "--input", f.toString());
    Cli.Result fromStdin = Cli.runWith(json, false, "decide", "objectionAllowed", "-i", "-");
    assertEquals(0, fromFile.code(), fromFile::toString);
    assertTrue(fromFile.out().contains("= no"), fromFile.out());
    assertEquals(fromFile.out(), fromStdin.out());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: a policy taking terms uses the Segment preset unless terms are given as JSON")
  void termsDefaultAndOverride() {
    Cli.Result preset = Cli.run("decide", "objectionDeadline", "notice=2025-03-03");
    Cli.Result custom = Cli.run("decide", "objectionDeadline", "notice=2025-03-03", "terms={\"objectionDays\": 15}");
    assertEquals(0, preset.code(), preset::toString);
    assertTrue(preset.out().contains("= 2025-03-08"), preset.out());
    assertTrue(custom.out().contains("= 2025-03-18"), custom.out());
  }

  @Test
  @DisplayName("dpa policies lists every @Decides policy with its inputs, and every one is invocable from JSON")
  void everyPolicyIsListedAndInvocable() {
    Cli.Result r = Cli.run("policies", "--format", "json");
    assertEquals(0, r.code(), r::toString);
    JsonNode all = r.json();
    assertTrue(all.size() > 40, "policies: " + all.size());
    for (JsonNode p : all) {
      assertTrue(p.get("invocable").asBoolean(), () -> p.get("name") + " has an input with no JSON form: " + p);
      assertTrue(p.get("clauses").size() > 0, p::toString);
    }
    Cli.Result text = Cli.run("policies", "6.3");
    assertTrue(text.out().contains("Subprocessing.objectionAllowed"), text.out());
  }
}
