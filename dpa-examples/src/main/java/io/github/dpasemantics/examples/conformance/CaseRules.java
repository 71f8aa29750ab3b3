package io.github.dpasemantics.examples.conformance;

import io.github.dpasemantics.examples.conformance.CaseFile.Case;
import io.github.dpasemantics.examples.conformance.CaseReader.Located;
import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.norm.Norms;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the case format beyond its shape (docs/conformance.md): ids, clause ids, reading
 * names, norm ids, states and dates must be known or well formed, a case asks exactly one question
 * (decide or monitor) and expects something of it. Each broken rule is one {@link CaseFileException}
 * naming the place.
 *
 * <p>This class is stateless and thread-safe.
 */
final class CaseRules {
  /** The states an obligation instance can be in. */
  static final Set<String> STATES = Set.of("CREATED", "ACTIVE", "FULFILLED", "VIOLATED", "DISCHARGED", "SUSPENDED");

  /** The monitor's judgements of when a duty was met. */
  static final Set<String> TIMELINESS = Set.of("ON_TIME", "LATE", "DELAY_EXCUSED", "DELAY_NOT_EXCUSED", "PENDING");

  private CaseRules() {}

  static void check(Located f) {
    CaseFile file = f.file();
    if (file.family().isBlank()) {
      throw f.error("$.family", "blank", "a case file says which clause family it covers");
    }
    if (file.cases().isEmpty()) {
      throw f.error("$.cases", "no cases", "a case file has at least one case");
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < file.cases().size(); i++) {
      Case c = file.cases().get(i);
      String at = Located.casePath(i);
      checkCase(f, c, at);
      if (ids.contains(c.id())) {
        throw f.error(at + ".id", "the id '" + c.id() + "' is used twice in this file", "case ids are unique across the suite");
      }
      ids.add(c.id());
    }
  }

  private static void checkCase(Located f, Case c, String at) {
    if (!c.id().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw f.error(at + ".id", "found \"" + c.id() + "\"",
          "an id is letters, digits, '.', '_' and '-', starting with a clause id");
    }
    if (c.clauses().isEmpty()) {
      throw f.error(at + ".clauses", "no clauses", "a case names the clause(s) it is about");
    }
    for (int j = 0; j < c.clauses().size(); j++) {
      clause(f, at + ".clauses[" + j + "]", c.clauses().get(j));
    }
    String prefix = c.id().contains("-") ? c.id().substring(0, c.id().indexOf('-')) : c.id();
    if (!knownClause(prefix)) {
      throw f.error(at + ".id", "'" + c.id() + "' does not start with a clause id",
          "an id starts with the clause it is about, e.g. \"6.3-objection-on-last-day\"");
    }
    if (c.question().isBlank()) {
      throw f.error(at + ".question", "blank", "a case asks its question in words");
    }
    if (c.text().isBlank()) {
      throw f.error(at + ".text", "blank", "a case quotes the words of the contract it rests on");
    }
    List<Interpretation> chosen = new ArrayList<>();
    for (int j = 0; j < c.readings().size(); j++) {
      chosen.add(reading(f, at + ".readings[" + j + "]", c.readings().get(j)));
    }
    try {
      Interpretations.of(chosen.toArray(new Interpretation[0]));
    } catch (IllegalArgumentException e) {
      throw f.error(at + ".readings", String.valueOf(e.getMessage()), "at most one reading per question");
    }
    for (int j = 0; j < c.assumes().size(); j++) {
      Interpretation r = reading(f, at + ".assumes[" + j + "]", c.assumes().get(j));
      if (!r.isDefault()) {
        throw f.error(at + ".assumes[" + j + "]", r.name() + " is not a default reading",
            "a non-default reading the case needs goes in readings, so that it is applied");
      }
      if (chosen.stream().anyMatch(x -> x.question() == r.question())) {
        throw f.error(at + ".assumes[" + j + "]", r.name() + " answers the same question as a reading in readings",
            "one reading per question");
      }
    }
    if ((c.decide() == null) == (c.monitor() == null)) {
      throw f.error(at, c.decide() == null ? "neither decide nor monitor" : "both decide and monitor",
          "a case gives exactly one of decide and monitor");
    }
    CaseFile.Expect e = c.expect();
    if (c.decide() != null) {
      if (c.decide().policy().isBlank()) {
        throw f.error(at + ".decide.policy", "blank", "a decide case names its policy as 'dpa policies' lists it");
      }
      if (!c.decide().inputs().isObject()) {
        throw f.error(at + ".decide.inputs", "found " + CaseReader.describe(c.decide().inputs()),
            "the inputs are a mapping from input name to value, as 'dpa decide -i FILE' reads them");
      }
      if (!e.obligations().isEmpty() || !e.absent().isEmpty() || !e.rights().isEmpty()) {
        throw f.error(at + ".expect", "obligations, absent or rights expected of a decision",
            "obligations, absent and rights are expectations of a monitor case");
      }
      if (e.outcome() == null && e.cites().isEmpty() && e.notCites().isEmpty() && e.explanationContains().isEmpty()) {
        throw f.error(at + ".expect", "nothing expected", "a case expects an outcome, clauses cited or phrases");
      }
    }
    if (c.monitor() != null) {
      if (!c.monitor().timeline().isObject()) {
        throw f.error(at + ".monitor.timeline", "found " + CaseReader.describe(c.monitor().timeline()),
            "the timeline is a mapping, exactly as 'dpa monitor TIMELINE.json' reads it");
      }
      date(f, at + ".monitor.asOf", c.monitor().asOf());
      if (e.outcome() != null) {
        throw f.error(at + ".expect.outcome", "an outcome expected of a timeline", "outcome is an expectation of a decide case");
      }
      if (e.obligations().isEmpty() && e.absent().isEmpty() && e.rights().isEmpty() && e.cites().isEmpty()
          && e.notCites().isEmpty() && e.explanationContains().isEmpty()) {
        throw f.error(at + ".expect", "nothing expected", "a monitor case expects obligations, absent ones, rights or clauses");
      }
    }
    for (int j = 0; j < e.cites().size(); j++) {
      clause(f, at + ".expect.cites[" + j + "]", e.cites().get(j));
    }
    for (int j = 0; j < e.notCites().size(); j++) {
      clause(f, at + ".expect.notCites[" + j + "]", e.notCites().get(j));
    }
    for (int j = 0; j < e.obligations().size(); j++) {
      CaseFile.Obligation o = e.obligations().get(j);
      String p = at + ".expect.obligations[" + j + "]";
      if (o.norm() == null && o.clause() == null) {
        throw f.error(p, "neither norm nor clause", "an expected obligation names its norm or its clause");
      }
      norm(f, p + ".norm", o.norm());
      if (o.clause() != null) {
        clause(f, p + ".clause", o.clause());
      }
      oneOf(f, p + ".state", o.state(), STATES);
      oneOf(f, p + ".timeliness", o.timeliness(), TIMELINESS);
      date(f, p + ".due", o.due());
    }
    for (int j = 0; j < e.absent().size(); j++) {
      norm(f, at + ".expect.absent[" + j + "].norm", e.absent().get(j).norm());
    }
    for (int j = 0; j < e.rights().size(); j++) {
      CaseFile.Right r = e.rights().get(j);
      String p = at + ".expect.rights[" + j + "]";
      if (r.norm() == null && r.clause() == null) {
        throw f.error(p, "neither norm nor clause", "an expected right names its norm or its clause");
      }
      norm(f, p + ".norm", r.norm());
      if (r.clause() != null) {
        clause(f, p + ".clause", r.clause());
      }
      date(f, p + ".until", r.until());
      if (Boolean.FALSE.equals(r.open()) && r.until() != null) {
        throw f.error(p + ".until", "a last day given for a right expected not open",
            "until is checked on an open right only");
      }
    }
  }

  private static void clause(Located f, String path, String text) {
    ClauseId id;
    try {
      id = ClauseId.parse(text);
    } catch (IllegalArgumentException e) {
      throw f.error(path, "found \"" + text + "\" (" + e.getMessage() + ")", "clause ids as in the contract: \"6.3\", \"A.2.2.2\"");
    }
    if (!ClauseCatalog.segmentDpa().contains(id)) {
      throw f.error(path, "no clause " + text + " in the Segment DPA", "clause ids as in the contract ('dpa clause ID' shows one)");
    }
  }

  private static boolean knownClause(String text) {
    try {
      return ClauseCatalog.segmentDpa().contains(ClauseId.parse(text));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Interpretation reading(Located f, String path, String name) {
    try {
      return Interpretation.parse(name);
    } catch (IllegalArgumentException e) {
      throw f.error(path, "'" + name + "' is not a documented reading; expected one of: "
          + Arrays.stream(Interpretation.values()).map(Enum::name).collect(Collectors.joining(", ")),
          "readings by their Interpretation name (docs/interpretations.md)");
    }
  }

  private static void norm(Located f, String path, @Nullable String id) {
    if (id != null && Norms.segmentDpa().get(id).isEmpty()) {
      throw f.error(path, "no norm '" + id + "'", "norm ids as the monitor reports them (docs/conformance.md lists them)");
    }
  }

  private static void oneOf(Located f, String path, @Nullable String value, Set<String> allowed) {
    if (value != null && !allowed.contains(value)) {
      throw f.error(path, "found \"" + value + "\"", "one of " + allowed.stream().sorted().collect(Collectors.joining(", ")));
    }
  }

  private static void date(Located f, String path, @Nullable String value) {
    if (value == null) {
      return;
    }
    try {
      LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw f.error(path, "found \"" + value + "\"", "a date as YYYY-MM-DD");
    }
  }
}
