package io.github.dpasemantics.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dpasemantics.examples.conformance.CaseFile.Case;
import io.github.dpasemantics.examples.conformance.CaseFile.Expect;
import io.github.dpasemantics.examples.conformance.CaseReader.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Runs one case and compares what the library answers with what the case expects. Expectations
 * are partial: only what the case lists is checked. A decide case goes through
 * {@link PolicyCalls}, a monitor case through {@link MonitorCalls}; the case's readings are applied.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CaseRunner {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern INPUT_PATH = Pattern.compile("^<stdin> \\$(\\S*) \\(line \\d+, column \\d+\\): (.*)$");

  private CaseRunner() {}

  /**
   * Runs a case of a file.
   *
   * @param file the file the case comes from
   * @param index the case's index in the file
   * @return the result
   */
  public static Result run(Located file, int index) {
    Case c = file.cases().get(index);
    String at = Located.casePath(index);
    List<String> differences = new ArrayList<>();
    String explanation;
    Expect e = c.expect();
    if (c.decide() != null) {
      PolicyCalls.Decided d = PolicyCalls.decide(c.decide().policy(), write(c.decide().inputs()), c.readings());
      if (d.refusal() != null) {
        return new Result(file.name(), c, List.of("the inputs were refused: " + locate(file, at + ".decide.inputs", d.refusal())), "");
      }
      explanation = d.explanation();
      JsonNode outcome = e.outcome();
      if (outcome != null && !sameOutcome(outcome, d.outcome())) {
        differences.add("outcome: expected " + show(outcome) + ", got " + show(d.outcome()));
      }
      citations(e, d.clauses(), differences);
    } else {
      CaseFile.Monitor m = Objects.requireNonNull(c.monitor(), "a case has decide or monitor");
      MonitorCalls.Observed o = MonitorCalls.replay(write(m.timeline()), m.asOf(), c.readings());
      if (o.refusal() != null) {
        return new Result(file.name(), c, List.of("the timeline was refused: " + locate(file, at + ".monitor.timeline", o.refusal())), "");
      }
      explanation = o.explanation(c.clauses());
      obligations(e, o, differences);
      citations(e, o.cited(), differences);
    }
    for (String phrase : e.explanationContains()) {
      if (!explanation.toLowerCase(java.util.Locale.ROOT).contains(phrase.toLowerCase(java.util.Locale.ROOT))) {
        differences.add("the explanation does not contain \"" + phrase + "\"");
      }
    }
    return new Result(file.name(), c, List.copyOf(differences), explanation);
  }

  private static void citations(Expect e, List<String> cited, List<String> differences) {
    for (String must : e.cites()) {
      if (!cited.contains(must)) {
        differences.add("does not cite " + must + " (cites " + String.join(", ", cited) + ")");
      }
    }
    for (String mustNot : e.notCites()) {
      if (cited.contains(mustNot)) {
        differences.add("cites " + mustNot + ", which it must not");
      }
    }
  }

  private static void obligations(Expect e, MonitorCalls.Observed o, List<String> differences) {
    for (CaseFile.Obligation want : e.obligations()) {
      boolean found = o.obligations().stream().anyMatch(got -> matches(want, got));
      if (!found) {
        List<String> near = new ArrayList<>();
        for (MonitorCalls.Obligation got : o.obligations()) {
          if ((want.norm() == null || want.norm().equals(got.norm())) && (want.clause() == null || want.clause().equals(got.clause()))) {
            near.add(got.describe());
          }
        }
        differences.add("no obligation " + describe(want) + " (found " + (near.isEmpty() ? "none of that norm" : String.join(", ", near)) + ")");
      }
    }
    for (CaseFile.Absent not : e.absent()) {
      for (MonitorCalls.Obligation got : o.obligations()) {
        if (not.norm().equals(got.norm()) && (not.subject() == null || not.subject().equals(got.subject()))) {
          differences.add("an obligation that must not exist: " + got.describe());
        }
      }
    }
    for (CaseFile.Right want : e.rights()) {
      boolean open = !Boolean.FALSE.equals(want.open());
      List<MonitorCalls.Right> same = o.rights().stream()
          .filter(got -> (want.norm() == null || want.norm().equals(got.norm()))
              && (want.clause() == null || want.clause().equals(got.clause()))
              && (want.subject() == null || want.subject().equals(got.subject())))
          .toList();
      if (open && same.stream().noneMatch(got -> want.until() == null || want.until().equals(got.until()))) {
        differences.add("no open right " + describe(want) + " (open: " + (same.isEmpty() ? "none of that norm"
            : String.join(", ", same.stream().map(MonitorCalls.Right::describe).toList())) + ")");
      }
      if (!open && !same.isEmpty()) {
        differences.add("a right expected not open is open: " + same.get(0).describe());
      }
    }
  }

  private static boolean matches(CaseFile.Obligation want, MonitorCalls.Obligation got) {
    return eq(want.norm(), got.norm()) && eq(want.clause(), got.clause()) && eq(want.subject(), got.subject())
        && eq(want.state(), got.state()) && eq(want.timeliness(), got.timeliness()) && eq(want.due(), got.due());
  }

  private static boolean eq(@Nullable String want, @Nullable String got) {
    return want == null || want.equals(got);
  }

  private static String describe(CaseFile.Obligation o) {
    List<String> parts = new ArrayList<>();
    add(parts, "norm", o.norm());
    add(parts, "clause", o.clause());
    add(parts, "subject", o.subject());
    add(parts, "state", o.state());
    add(parts, "timeliness", o.timeliness());
    add(parts, "due", o.due());
    return "{" + String.join(", ", parts) + "}";
  }

  private static String describe(CaseFile.Right r) {
    List<String> parts = new ArrayList<>();
    add(parts, "norm", r.norm());
    add(parts, "clause", r.clause());
    add(parts, "subject", r.subject());
    add(parts, "until", r.until());
    return "{" + String.join(", ", parts) + "}";
  }

  private static void add(List<String> parts, String name, @Nullable String value) {
    if (value != null) {
      parts.add(name + ": " + value);
    }
  }

  /**
   * Compares outcomes in their JSON form: equal values, an array as a set, a number by value.
   *
   * @param want the expected outcome
   * @param got the decision's outcome, or null
   * @return whether they agree
   */
  static boolean sameOutcome(JsonNode want, @Nullable JsonNode got) {
    if (got == null) {
      return want.isNull();
    }
    if (want.isArray() && got.isArray()) {
      Map<String, Integer> a = new HashMap<>();
      want.forEach(x -> a.merge(x.toString(), 1, Integer::sum));
      Map<String, Integer> b = new HashMap<>();
      got.forEach(x -> b.merge(x.toString(), 1, Integer::sum));
      return a.equals(b);
    }
    if (want.isNumber() && got.isNumber()) {
      return want.decimalValue().compareTo(got.decimalValue()) == 0;
    }
    return want.equals(got);
  }

  private static String show(@Nullable JsonNode node) {
    return node == null ? "nothing" : node.toString();
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a tree read from YAML", e);
    }
  }

  /** Rewrites "<stdin> $.x (line 1, column 9): ..." as the place in the case file. */
  private static String locate(Located file, String base, String message) {
    Matcher m = INPUT_PATH.matcher(message);
    if (!m.matches()) {
      return message;
    }
    return String.valueOf(file.error(base + m.group(1), m.group(2), null).getMessage());
  }

  /**
   * The result of one case.
   *
   * @param file the case file's name
   * @param kase the case
   * @param differences what differed from the expectation; empty if it passed
   * @param explanation the library's own explanation (the decision's reasons, or the events' reasons)
   */
  public record Result(String file, Case kase, List<String> differences, String explanation) {
    /**
     * Tells whether the case passed.
     *
     * @return true if nothing differed
     */
    public boolean passed() {
      return differences.isEmpty();
    }

    /**
     * Returns the one-line report: {@code PASS id} or {@code FAIL id: what differed -- explanation}.
     *
     * @return the line
     */
    public String line() {
      if (passed()) {
        return "PASS " + kase.id();
      }
      return "FAIL " + kase.id() + " [" + String.join(", ", kase.clauses()) + "]: " + String.join("; ", differences)
          + (explanation.isEmpty() ? "" : " -- the library says: " + explanation);
    }
  }
}
