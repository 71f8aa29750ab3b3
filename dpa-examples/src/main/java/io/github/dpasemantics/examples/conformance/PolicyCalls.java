package io.github.dpasemantics.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The runner's one door to the policies: runs a policy exactly as {@code dpa decide POLICY -i FILE
 * --format json} does (same input binding, same readings option, same JSON output; the command
 * line is called in process with the inputs on its standard input) and reads the decision's JSON.
 * Nothing else in the conformance package knows how a policy is bound or called, so a change of
 * the JSON layer is a change of this class only.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PolicyCalls {
  private PolicyCalls() {}

  /**
   * Runs a policy.
   *
   * @param policy the policy as {@code dpa policies} names it
   * @param inputsJson the inputs, a JSON object as text
   * @param readings the non-default readings to apply, by name
   * @return the decision, or the refusal of the inputs
   */
  public static Decided decide(String policy, String inputsJson, List<String> readings) {
    List<String> args = new ArrayList<>(List.of("decide", policy, "--input", "-", "--format", "json"));
    for (String r : readings) {
      args.add("--interpretation");
      args.add(r);
    }
    JsonCommand run = JsonCommand.run(inputsJson, args);
    JsonNode doc = run.output();
    if (doc == null) {
      return Decided.refused(String.valueOf(run.refusal()));
    }
    Set<String> clauses = new LinkedHashSet<>();
    doc.path("clauses").forEach(c -> clauses.add(c.asText()));
    List<String> reasons = new ArrayList<>();
    for (JsonNode r : doc.path("reasons")) {
      if (r.hasNonNull("clause")) {
        clauses.add(r.get("clause").asText());
      }
      reasons.add(r.path("text").asText());
    }
    for (JsonNode i : doc.path("interpretations")) {
      if (!i.path("default").asBoolean(true)) {
        reasons.add("reading " + i.path("name").asText());
      }
    }
    return new Decided(doc.get("outcome"), List.copyOf(clauses), String.join("; ", reasons), null);
  }

  /**
   * A decision as the runner compares it.
   *
   * @param outcome the outcome in its JSON form ({@code null} node for none), or null if refused
   * @param clauses the clauses it cites: its own and its reasons'
   * @param explanation its reasons, in words
   * @param refusal why the inputs were refused, or null
   */
  public record Decided(@Nullable JsonNode outcome, List<String> clauses, String explanation, @Nullable String refusal) {
    static Decided refused(String why) {
      return new Decided(null, List.of(), "", why);
    }
  }
}
