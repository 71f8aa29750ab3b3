package io.github.dpasemantics.json;

import io.github.dpasemantics.json.Shape.Constraints;
import io.github.dpasemantics.json.Shape.Property;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates JSON Schema (draft 2020-12) documents from the same {@link Shape}s the
 * {@link Binder} reads with, so the published schemas are generated from the code and cannot
 * drift from what the command line accepts: object types become {@code $defs} with
 * {@code additionalProperties: false} and their required members, unions a {@code oneOf} over
 * their variants keyed by a {@code "type"} constant, scalars their JSON type, format, pattern
 * and allowed values, and Jakarta constraints their schema keywords.
 *
 * <p>Not thread-safe: use one generator per document.
 */
public final class SchemaGenerator {
  /** The JSON Schema dialect of the generated documents. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private final Shapes shapes;
  private final Map<String, Object> defs = new TreeMap<>();

  /**
   * Returns a generator for one document.
   *
   * @param shapes the shapes
   */
  public SchemaGenerator(Shapes shapes) {
    this.shapes = shapes;
  }

  /**
   * Returns the schema of a document whose root is a type.
   *
   * @param root the root type
   * @param id the schema's {@code $id}
   * @param title its title
   * @param description its description
   * @return the schema, as nested maps and lists
   */
  public Map<String, Object> document(Type root, String id, String title, String description) {
    Map<String, Object> body = node(shapes.of(root));
    return wrap(id, title, description, body);
  }

  /**
   * Returns the schema of a document that is one of several object shapes (a policy's overloads).
   *
   * @param alternatives the object shapes
   * @param id the schema's {@code $id}
   * @param title its title
   * @param description its description
   * @return the schema
   */
  public Map<String, Object> document(List<Shape.Obj> alternatives, String id, String title, String description) {
    Map<String, Object> body;
    if (alternatives.size() == 1) {
      body = objectBody(alternatives.get(0));
    } else {
      List<Object> one = new ArrayList<>();
      for (Shape.Obj o : alternatives) {
        one.add(objectBody(o));
      }
      body = new LinkedHashMap<>();
      body.put("oneOf", one);
    }
    return wrap(id, title, description, body);
  }

  private Map<String, Object> wrap(String id, String title, String description, Map<String, Object> body) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("$schema", DIALECT);
    out.put("$id", id);
    out.put("title", title);
    out.put("description", description);
    out.putAll(body);
    if (!defs.isEmpty()) {
      out.put("$defs", defs);
    }
    return out;
  }

  private Map<String, Object> node(Shape shape) {
    if (shape instanceof Shape.Scalar) {
      return scalar((Shape.Scalar) shape);
    }
    if (shape instanceof Shape.Array) {
      Shape.Array a = (Shape.Array) shape;
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("type", "array");
      n.put("items", node(shapes.of(a.item())));
      if (a.unique()) {
        n.put("uniqueItems", true);
      }
      return n;
    }
    if (shape instanceof Shape.Union) {
      Shape.Union u = (Shape.Union) shape;
      if (!defs.containsKey(u.name())) {
        defs.put(u.name(), Map.of());
        List<Object> one = new ArrayList<>();
        for (Class<?> v : u.variants().values()) {
          one.add(node(shapes.of(v)));
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("description", "One of " + u.variants().size() + " kinds, named by \"type\".");
        d.put("type", "object");
        d.put("required", List.of(Shape.Union.DISCRIMINATOR));
        d.put("oneOf", one);
        defs.put(u.name(), d);
      }
      return ref(u.name());
    }
    Shape.Obj o = (Shape.Obj) shape;
    if (!defs.containsKey(o.name())) {
      defs.put(o.name(), Map.of());
      defs.put(o.name(), objectBody(o));
    }
    return ref(o.name());
  }

  private Map<String, Object> objectBody(Shape.Obj o) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("type", "object");
    d.put("additionalProperties", false);
    Map<String, Object> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    if (o.discriminator() != null) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("const", o.discriminator());
      props.put(Shape.Union.DISCRIMINATOR, t);
    }
    for (Property p : o.properties()) {
      Map<String, Object> n = node(shapes.of(p.type()));
      n = constrained(n, p.constraints());
      if (p.note() != null) {
        n = new LinkedHashMap<>(n);
        n.put("$comment", p.note());
      }
      if (p.nullable()) {
        // a policy input declared @Nullable: null is a value, the same as leaving it out
        Map<String, Object> either = new LinkedHashMap<>();
        either.put("anyOf", List.of(n, Map.of("type", "null")));
        n = either;
      }
      props.put(p.name(), n);
      if (p.required()) {
        required.add(p.name());
      }
    }
    d.put("properties", props);
    if (!required.isEmpty()) {
      d.put("required", required);
    }
    return d;
  }

  private static Map<String, Object> ref(String name) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("$ref", "#/$defs/" + name);
    return r;
  }

  private static Map<String, Object> scalar(Shape.Scalar s) {
    Map<String, Object> n = new LinkedHashMap<>();
    switch (s.jsonType()) {
      case STRING:
        n.put("type", "string");
        break;
      case INTEGER:
        n.put("type", "integer");
        break;
      case NUMBER:
        n.put("type", "number");
        break;
      default:
        n.put("type", "boolean");
        break;
    }
    if (s.format() != null) {
      n.put("format", s.format());
    }
    if (s.pattern() != null) {
      n.put("pattern", s.pattern());
    }
    if (!s.enumValues().isEmpty()) {
      n.put("enum", s.enumValues());
    }
    if (s.javaType() == int.class || s.javaType() == Integer.class) {
      n.put("minimum", Integer.MIN_VALUE);
      n.put("maximum", Integer.MAX_VALUE);
    }
    n.put("description", s.expected());
    return n;
  }

  private static Map<String, Object> constrained(Map<String, Object> n, Constraints c) {
    if (c == Constraints.NONE) {
      return n;
    }
    Map<String, Object> out;
    if (n.containsKey("$ref")) {
      out = new LinkedHashMap<>();
      out.put("allOf", List.of(n));
    } else {
      out = new LinkedHashMap<>(n);
    }
    boolean array = "array".equals(out.get("type"));
    if (c.notBlank()) {
      out.put("minLength", 1);
      out.put("pattern", c.pattern() != null ? c.pattern() : "\\S");
    }
    if (c.pattern() != null) {
      out.put("pattern", anchored(c.pattern()));
    }
    if (c.min() != null) {
      out.put("minimum", c.min());
    }
    if (c.max() != null) {
      out.put("maximum", c.max());
    }
    if (c.minSize() != null) {
      out.put(array ? "minItems" : "minLength", c.minSize());
    }
    if (c.maxSize() != null) {
      out.put(array ? "maxItems" : "maxLength", c.maxSize());
    }
    return out;
  }

  private static String anchored(String regex) {
    String r = ecma(regex);
    return (r.startsWith("^") ? "" : "^") + r + (r.endsWith("$") ? "" : "$");
  }

  /**
   * A Java pattern as JSON Schema's ECMA-262 dialect: ECMA-262 has no inline flags, so a leading
   * {@code (?s)} (dot matches line breaks) becomes {@code [\s\S]} for every {@code .} outside a
   * character class. Any other inline flag has no translation and fails the generation, so a new
   * pattern in the model cannot put an invalid schema in docs/schemas unnoticed.
   */
  static String ecma(String regex) {
    if (!regex.startsWith("(?")) {
      return regex;
    }
    if (!regex.startsWith("(?s)")) {
      throw new IllegalStateException("SchemaGenerator: pattern " + regex
          + " has an inline flag other than (?s), which JSON Schema's ECMA-262 patterns cannot express");
    }
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 4; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(++i));
      } else if (c == '[') {
        inClass = true;
        out.append(c);
      } else if (c == ']') {
        inClass = false;
        out.append(c);
      } else if (c == '.' && !inClass) {
        out.append("[\\s\\S]");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
