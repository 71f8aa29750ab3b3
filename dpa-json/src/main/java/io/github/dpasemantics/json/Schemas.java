package io.github.dpasemantics.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dpasemantics.json.output.ClauseOutput;
import io.github.dpasemantics.json.output.DecisionOutput;
import io.github.dpasemantics.json.output.MonitorOutput;
import io.github.dpasemantics.json.output.PolicyOutput;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published schemas: {@code timeline.schema.json} for the timeline format,
 * {@code decide/POLICY.schema.json} for each policy's decision inputs (a {@code oneOf} over its
 * overloads), and the JSON output of the command line: {@code monitor-output.schema.json}
 * ({@code dpa monitor}, {@code dpa run}), {@code decide-output.schema.json} ({@code dpa decide}) and
 * {@code clause-output.schema.json} ({@code dpa clause}) and {@code policies-output.schema.json}
 * ({@code dpa policies}). {@code dpa schema --out docs/schemas} writes them, and a test checks the committed
 * files equal freshly generated ones.
 */
public final class Schemas {
  /** The file name of the timeline schema. */
  public static final String TIMELINE = "timeline.schema.json";

  /** The file name of the schema of {@code dpa monitor --format json} and {@code dpa run --format json}. */
  public static final String MONITOR_OUTPUT = "monitor-output.schema.json";

  /** The file name of the schema of {@code dpa decide --format json}. */
  public static final String DECIDE_OUTPUT = "decide-output.schema.json";

  /** The file name of the schema of {@code dpa clause --format json}. */
  public static final String CLAUSE_OUTPUT = "clause-output.schema.json";

  /** The file name of the schema of {@code dpa policies --format json}. */
  public static final String POLICIES_OUTPUT = "policies-output.schema.json";

  private static final String BASE = "https://dpasemantics.github.io/dpa-semantics/schemas/";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Schemas() {}

  /**
   * Returns the file name of a policy's inputs schema.
   *
   * @param policy the policy name, {@code Class.method}
   * @return the relative file name
   */
  public static String policyFile(String policy) {
    return "decide/" + policy + ".schema.json";
  }

  /**
   * Generates every schema.
   *
   * @param policies the policy methods, in registry order
   * @return the JSON text of each schema by relative file name, in file-name order
   */
  public static Map<String, String> generateAll(List<Method> policies) {
    SchemaGenerator generator = new SchemaGenerator();
    Map<String, String> out = new TreeMap<>();
    out.put(TIMELINE, text(generator.document(Timeline.class, BASE + TIMELINE,
        "dpa timeline",
        "A contract instance and the dated events under it, as read by 'dpa monitor' and 'dpa run'. Generated from "
            + "the code (io.github.dpasemantics.json.Timeline and the model's builders).")));
    out.put(MONITOR_OUTPUT, text(generator.document(MonitorOutput.class, BASE + MONITOR_OUTPUT,
        "dpa monitor --format json",
        "Where a contract stands as of a date, as 'dpa monitor --format json' and 'dpa run --format json' print it. "
            + "Generated from the code (io.github.dpasemantics.json.output.MonitorOutput).")));
    out.put(DECIDE_OUTPUT, text(generator.document(DecisionOutput.class, BASE + DECIDE_OUTPUT,
        "dpa decide --format json",
        "A policy's decision, as 'dpa decide --format json' prints it. Generated from the code "
            + "(io.github.dpasemantics.json.output.DecisionOutput).")));
    out.put(CLAUSE_OUTPUT, text(generator.document(ClauseOutput.class, BASE + CLAUSE_OUTPUT,
        "dpa clause --format json",
        "A clause of the Segment DPA, as 'dpa clause ID --format json' prints it. Generated from the code "
            + "(io.github.dpasemantics.json.output.ClauseOutput).")));
    out.put(POLICIES_OUTPUT, text(generator.document(PolicyOutput[].class, BASE + POLICIES_OUTPUT,
        "dpa policies --format json",
        "The policies, as 'dpa policies --format json' prints them: an array with one item per policy, in the "
            + "registry's order. Generated from the code (io.github.dpasemantics.json.output.PolicyOutput).")));
    Map<String, List<Method>> byName = new LinkedHashMap<>();
    for (Method m : policies) {
      byName.computeIfAbsent(m.getDeclaringClass().getSimpleName() + "." + m.getName(), k -> new ArrayList<>()).add(m);
    }
    for (Map.Entry<String, List<Method>> e : byName.entrySet()) {
      List<Method> alternatives = e.getValue();
      String file = policyFile(e.getKey());
      out.put(file, text(generator.policyInputs(alternatives, BASE + file,
          "dpa decide " + e.getKey(),
          "The inputs of the policy " + e.getKey() + " as a JSON object (dpa decide " + e.getKey()
              + " --input FILE), one member per parameter." + (alternatives.size() > 1
              ? " The policy has " + alternatives.size() + " overloads: the inputs fit exactly one." : ""))));
    }
    return out;
  }

  /** Two-space indentation, one member or item a line, a final line break: the committed files' form. */
  private static String text(ObjectNode schema) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Schemas: a generated schema could not be written", e);
    }
  }
}
