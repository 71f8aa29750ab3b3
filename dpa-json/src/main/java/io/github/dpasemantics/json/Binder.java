package io.github.dpasemantics.json;

import io.github.dpasemantics.json.Shape.Constraints;
import io.github.dpasemantics.json.Shape.Property;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.policy.ContractTime;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds a located {@link Json} tree to Java values by their {@link Shape}s. Unknown members are
 * refused (not ignored), required members must be present, each scalar must have the expected
 * JSON type and form, and a value the model refuses (its
 * invariants) is reported with the model's own message. {@code null} for an optional member (an
 * {@code Optional}, a collection, a member with a default, a policy input declared {@code @Nullable})
 * means the same as leaving it out; for a required member, or as an item of an array, it is refused.
 * Every refusal is an
 * {@link InvalidInputException} with the JSON path, line and column, the expected form and the
 * rule.
 *
 * <p>Dates: wherever a {@link LocalDate} is read, an ISO-8601 instant with an offset or a zone
 * ({@code 2026-01-01T02:00:00+01:00}, {@code ...Z}, {@code ...[Europe/Paris]}) is accepted too and
 * becomes the contract date on which it falls in the contract's zone
 * ({@link ContractTime#date(String, String, ZoneId)}). The zone is that of the {@link DpaTerms}
 * being read (a contract instance's or a policy's {@code terms}, bound before the other members),
 * else the Segment preset's; each conversion is kept ({@link #conversions()}) so that the decision
 * or report can state it.
 *
 * <p>A binder reads one document: it keeps the zone and the conversions of that document, so it is
 * not thread-safe.
 */
public final class Binder {
  /** Why {@code null} is refused where it is: it stands for "absent", which only an optional member may be. */
  static final String NULL_RULE = "null means absent, and only an optional field may be absent";

  private final Shapes shapes;
  private final String source;
  private ZoneId zone = DpaTerms.segment().getZone();
  private final List<ContractTime.DateInput> conversions = new ArrayList<>();

  /**
   * Returns a binder for one document.
   *
   * @param shapes the shapes to use
   * @param source the document's name, for messages
   */
  public Binder(Shapes shapes, String source) {
    this.shapes = shapes;
    this.source = source;
  }

  /**
   * Returns a binder for one document whose dates given as instants are placed in the given zone
   * until the document's own terms (if any) name another: an event read on its own, outside its
   * contract, takes its contract's zone this way.
   *
   * @param shapes the shapes to use
   * @param source the document's name, for messages
   * @param zone the contract's zone
   */
  public Binder(Shapes shapes, String source, ZoneId zone) {
    this(shapes, source);
    this.zone = java.util.Objects.requireNonNull(zone, "Binder: zone must not be null");
  }

  /**
   * Returns the dates given as instants so far, each with its conversion into the contract's zone,
   * in the order they were read.
   *
   * @return the conversions (a copy)
   */
  public List<ContractTime.DateInput> conversions() {
    return List.copyOf(conversions);
  }

  /**
   * Binds the whole document to a type.
   *
   * @param <T> the type
   * @param json the document
   * @param type the type
   * @return the value
   * @throws InvalidInputException if the document does not fit the type
   */
  public <T> T bind(Json json, Class<T> type) {
    return type.cast(bind(json, type, "$"));
  }

  /**
   * Binds a value at a path to a type.
   *
   * @param json the value
   * @param type the type
   * @param path the value's JSON path
   * @return the Java value
   * @throws InvalidInputException if the value does not fit the type
   */
  public Object bind(Json json, Type type, String path) {
    return bind(json, shapes.of(type), path);
  }

  /**
   * Binds a value to a shape.
   *
   * @param json the value
   * @param shape the shape
   * @param path the value's JSON path
   * @return the Java value
   * @throws InvalidInputException if the value does not fit the shape
   */
  public Object bind(Json json, Shape shape, String path) {
    if (json instanceof Json.Null) {
      throw fail(path, json, "found null", shape.expected(), NULL_RULE);
    }
    if (shape instanceof Shape.Scalar) {
      return scalar(json, (Shape.Scalar) shape, path);
    }
    if (shape instanceof Shape.Array) {
      return array(json, (Shape.Array) shape, path);
    }
    if (shape instanceof Shape.Union) {
      return union(json, (Shape.Union) shape, path);
    }
    return object(json, (Shape.Obj) shape, path, Set.of());
  }

  private Object scalar(Json json, Shape.Scalar s, String path) {
    String text;
    switch (s.jsonType()) {
      case STRING:
        if (!(json instanceof Json.Str)) {
          throw fail(path, json, "found " + json.describe(), s.expected(), null);
        }
        text = ((Json.Str) json).value();
        break;
      case INTEGER:
        if (!(json instanceof Json.Num) || !((Json.Num) json).integral()) {
          throw fail(path, json, "found " + json.describe(), s.expected(), null);
        }
        text = ((Json.Num) json).text();
        break;
      case NUMBER:
        if (!(json instanceof Json.Num)) {
          throw fail(path, json, "found " + json.describe(), s.expected(), null);
        }
        text = ((Json.Num) json).text();
        break;
      default:
        if (!(json instanceof Json.Bool)) {
          throw fail(path, json, "found " + json.describe(), s.expected(), null);
        }
        text = String.valueOf(((Json.Bool) json).value());
        break;
    }
    if (s.javaType() == LocalDate.class && text.indexOf('T') >= 0) {
      return instant(text, json, s, path);
    }
    try {
      return s.parser().parse(text);
    } catch (NumberFormatException e) {
      throw fail(path, json, "found " + json.describe() + ", which is out of range", s.expected(), null);
    } catch (Exception e) {
      String why = s.enumValues().isEmpty() && e.getMessage() != null ? " (" + e.getMessage() + ")" : "";
      throw fail(path, json, "found " + json.describe() + why, s.expected(), null);
    }
  }

  /** A date given as an instant: the contract date on which it falls in the contract's zone. */
  private LocalDate instant(String text, Json json, Shape.Scalar s, String path) {
    String field = path.startsWith("$.") ? path.substring(2) : path;
    ContractTime.DateInput read;
    try {
      read = ContractTime.date(field, text, zone);
    } catch (IllegalArgumentException e) {
      throw fail(path, json, "found " + json.describe() + ", which names no instant"
          + (text.matches(".*T[0-9:.,]*$") ? " (a date-time without an offset or zone)" : ""), s.expected(),
          "an instant is placed in the contract's zone " + zone);
    }
    conversions.add(read);
    return read.date();
  }

  private Object array(Json json, Shape.Array s, String path) {
    if (!(json instanceof Json.Arr)) {
      throw fail(path, json, "found " + json.describe(), s.expected(), null);
    }
    List<Json> items = ((Json.Arr) json).items();
    List<Object> out = new ArrayList<>(items.size());
    Shape itemShape = shapes.of(s.item());
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String p = path + "[" + i + "]";
      Object v = bind(items.get(i), itemShape, p);
      if (s.unique() && !seen.add(v)) {
        throw fail(p, items.get(i), "found a repeated item " + items.get(i).describe(), "distinct items",
            "the items form a set");
      }
      out.add(v);
    }
    try {
      return s.finisher().finish(out);
    } catch (RuntimeException e) {
      throw fail(path, json, refusal(e), s.expected(), null);
    } catch (Exception e) {
      throw fail(path, json, refusal(e), s.expected(), null);
    }
  }

  private Object union(Json json, Shape.Union s, String path) {
    if (!(json instanceof Json.Obj)) {
      throw fail(path, json, "found " + json.describe(), s.expected(), null);
    }
    Json.Obj obj = (Json.Obj) json;
    Json type = obj.members().get(Shape.Union.DISCRIMINATOR);
    String typePath = path + "." + Shape.Union.DISCRIMINATOR;
    if (type == null) {
      throw fail(path, json, "missing required field \"type\"", "\"type\" naming one of: " + String.join(", ",
          s.variants().keySet()), null);
    }
    if (!(type instanceof Json.Str)) {
      throw fail(typePath, type, "found " + type.describe(), "one of: " + String.join(", ", s.variants().keySet()), null);
    }
    Class<?> variant = s.variants().get(((Json.Str) type).value());
    if (variant == null) {
      throw fail(typePath, type, "found " + type.describe() + ", which is not a kind of " + s.name(),
          "one of: " + String.join(", ", s.variants().keySet()), null);
    }
    Shape vs = shapes.of(variant);
    if (!(vs instanceof Shape.Obj)) {
      return bind(json, vs, path);
    }
    return object(json, (Shape.Obj) vs, path, Set.of(Shape.Union.DISCRIMINATOR));
  }

  /**
   * Binds an object to an object shape, ignoring the given member names.
   *
   * @param json the value
   * @param s the shape
   * @param path the value's JSON path
   * @param ignore member names handled elsewhere (a union's {@code "type"})
   * @return the Java value
   */
  public Object object(Json json, Shape.Obj s, String path, Set<String> ignore) {
    if (!(json instanceof Json.Obj)) {
      throw fail(path, json, "found " + json.describe(), s.expected(), null);
    }
    Json.Obj obj = (Json.Obj) json;
    List<Property> props = s.properties();
    @Nullable Object[] values = new Object[props.size()];
    // the terms (and the contract holding them) first: their zone places the instants given as dates
    for (int i = 0; i < props.size(); i++) {
      Property prop = props.get(i);
      Json given = obj.members().get(prop.name());
      Class<?> raw = Shapes.raw(Shapes.unwrapOptional(prop.type()));
      if (given != null && !ignore.contains(prop.name()) && (raw == DpaTerms.class || raw == ContractInstance.class)
          && !absent(prop, given)) {
        Object v = bind(given, prop.type(), JsonReader.member(path, prop.name()));
        check(prop, v, given, JsonReader.member(path, prop.name()));
        values[i] = v;
        if (v instanceof DpaTerms) {
          zone = ((DpaTerms) v).getZone();
        }
      }
    }
    for (Map.Entry<String, Json> m : obj.members().entrySet()) {
      String name = m.getKey();
      if (ignore.contains(name)) {
        continue;
      }
      if (name.equals(Shape.Union.DISCRIMINATOR) && s.discriminator() != null) {
        Json t = m.getValue();
        if (!(t instanceof Json.Str) || !((Json.Str) t).value().equals(s.discriminator())) {
          throw fail(path + "." + name, t, "found " + t.describe(), "\"" + s.discriminator() + "\"",
              "the \"type\" of a " + s.name() + " names it");
        }
        continue;
      }
      int index = indexOf(props, name);
      String p = JsonReader.member(path, name);
      if (index < 0) {
        throw fail(p, m.getValue(), "unknown field \"" + name + "\" in " + s.name(),
            "one of the fields: " + names(props), "unknown fields are refused, not ignored");
      }
      Property prop = props.get(index);
      if (values[index] != null || absent(prop, m.getValue())) {
        // bound first (the terms), or null for an optional member: the same as leaving it out
        continue;
      }
      Object v = bind(m.getValue(), prop.type(), p);
      check(prop, v, m.getValue(), p);
      values[index] = v;
    }
    for (int i = 0; i < props.size(); i++) {
      Property prop = props.get(i);
      if (prop.required() && values[i] == null) {
        throw fail(path, json, "missing required field \"" + prop.name() + "\" in " + s.name(),
            "\"" + prop.name() + "\": " + shapes.of(prop.type()).expected(), null);
      }
    }
    try {
      return s.factory().create(values);
    } catch (InvalidInputException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException | DateTimeException
        | UnsupportedOperationException e) {
      throw fail(path, json, "refused by the model: " + refusal(e), null, "the model's invariants");
    } catch (Exception e) {
      throw new IllegalStateException("Cannot build " + s.name() + " at " + path + ": " + e, e);
    }
  }

  /** Whether the member is given as {@code null} where that means "absent": an optional member. */
  private static boolean absent(Property prop, Json given) {
    return given instanceof Json.Null && !prop.required();
  }

  private void check(Property prop, Object v, Json json, String path) {
    Constraints c = prop.constraints();
    if (c == Constraints.NONE) {
      return;
    }
    Object value = v instanceof Optional ? ((Optional<?>) v).orElse(null) : v;
    if (value instanceof CharSequence) {
      String text = value.toString();
      if (c.notBlank() && text.isBlank()) {
        throw fail(path, json, "found a blank string", "a non-blank string", prop.name() + " must not be blank");
      }
      if (c.pattern() != null && !text.matches(c.pattern())) {
        throw fail(path, json, "found " + json.describe(), "text matching " + c.pattern(),
            prop.name() + " must match the pattern");
      }
      checkSize(c, text.length(), "characters", prop, json, path);
    } else if (value instanceof Number) {
      long n = ((Number) value).longValue();
      if (c.min() != null && n < c.min()) {
        throw fail(path, json, "found " + json.describe(), "a number of at least " + c.min(),
            prop.name() + " must be at least " + c.min());
      }
      if (c.max() != null && n > c.max()) {
        throw fail(path, json, "found " + json.describe(), "a number of at most " + c.max(),
            prop.name() + " must be at most " + c.max());
      }
    } else if (value instanceof Collection) {
      checkSize(c, ((Collection<?>) value).size(), "items", prop, json, path);
    }
  }

  private void checkSize(Constraints c, int size, String unit, Property prop, Json json, String path) {
    if (c.minSize() != null && size < c.minSize()) {
      throw fail(path, json, "found " + size + " " + unit, "at least " + c.minSize() + " " + unit,
          prop.name() + " must not be too short");
    }
    if (c.maxSize() != null && size > c.maxSize()) {
      throw fail(path, json, "found " + size + " " + unit, "at most " + c.maxSize() + " " + unit,
          prop.name() + " must not be too long");
    }
  }

  private static int indexOf(List<Property> props, String name) {
    for (int i = 0; i < props.size(); i++) {
      if (props.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String names(List<Property> props) {
    StringBuilder sb = new StringBuilder();
    for (Property p : props) {
      sb.append(sb.length() == 0 ? "" : ", ").append(p.name());
    }
    return sb.length() == 0 ? "(none)" : sb.toString();
  }

  private static String refusal(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private InvalidInputException fail(String path, Json at, String problem, @Nullable String expected,
      @Nullable String rule) {
    return InvalidInputException.at(source, path, at.at().line() > 0 ? at.at() : null, problem, expected, rule);
  }
}
