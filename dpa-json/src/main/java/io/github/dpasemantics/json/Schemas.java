package io.github.dpasemantics.json;

import io.github.dpasemantics.model.contract.Interpretations;
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
   * @param shapes the shapes
   * @param policies the policy methods, in registry order
   * @return the JSON text of each schema by relative file name, in file-name order
   */
  public static Map<String, String> generateAll(Shapes shapes, List<Method> policies) {
    Map<String, String> out = new TreeMap<>();
    out.put(TIMELINE, DpaJson.write(new SchemaGenerator(shapes).document(Timeline.class, BASE + TIMELINE,
        "dpa timeline",
        "A contract instance and the dated events under it, as read by 'dpa monitor' and 'dpa run'. Generated from "
            + "the code (io.github.dpasemantics.json.Timeline and the model's builders).")));
    Map<String, List<Method>> byName = new LinkedHashMap<>();
    for (Method m : policies) {
      byName.computeIfAbsent(m.getDeclaringClass().getSimpleName() + "." + m.getName(), k -> new ArrayList<>()).add(m);
    }
    for (Map.Entry<String, List<Method>> e : byName.entrySet()) {
      List<Shape.Obj> alternatives = new ArrayList<>();
      boolean ok = true;
      for (Method m : e.getValue()) {
        Shape.Obj inputs = shapes.ofMethod(m, Interpretations.defaults());
        for (Shape.Property p : inputs.properties()) {
          ok &= shapes.hasJsonForm(p.type());
        }
        alternatives.add(inputs);
      }
      if (!ok) {
        continue;
      }
      String file = policyFile(e.getKey());
      out.put(file, DpaJson.write(new SchemaGenerator(shapes).document(alternatives, BASE + file,
          "dpa decide " + e.getKey(),
          "The inputs of the policy " + e.getKey() + " as a JSON object (dpa decide " + e.getKey()
              + " --input FILE), one member per parameter." + (alternatives.size() > 1
              ? " The policy has " + alternatives.size() + " overloads: the inputs fit exactly one." : ""))));
    }
    return out;
  }
}
