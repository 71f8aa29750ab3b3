package io.github.dpasemantics.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published schemas: {@code timeline.schema.json} for the timeline format and
 * {@code decide/POLICY.schema.json} for each policy's decision inputs (a {@code oneOf} over its
 * overloads). {@code dpa schema --out docs/schemas} writes them, and a test checks the committed
 * files equal freshly generated ones.
 */
public final class Schemas {
  /** The file name of the timeline schema. */
  public static final String TIMELINE = "timeline.schema.json";

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
