package io.github.dpasemantics.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dpasemantics.json.InvalidInputException.Location;
import io.github.dpasemantics.json.Shape.Constraints;
import io.github.dpasemantics.json.Shape.Property;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.policy.ContractTime;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Binds the values of one document, read by Jackson's parser, to Java values by their
 * {@link Shape}s (the deserializers of {@link JsonBinding} call it). Unknown members are refused
 * (not ignored), required members must be present, each scalar must have the expected JSON type and
 * form, and a value the model refuses (its invariants) is reported with the model's own message.
 * {@code null} for an optional member (an {@code Optional}, a collection, a member with a default,
 * a policy input declared {@code @Nullable}) means the same as leaving it out; for a required
 * member, or as an item of an array, it is refused. Every refusal is an
 * {@link InvalidInputException} with the JSON path, line and column, the expected form and the rule.
 *
 * <p>Dates: wherever a {@link LocalDate} is read, an ISO-8601 instant with an offset or a zone
 * ({@code 2026-01-01T02:00:00+01:00}, {@code ...Z}, {@code ...[Europe/Paris]}) is accepted too and
 * becomes the contract date on which it falls in the contract's zone
 * ({@link ContractTime#date(String, String, ZoneId)}). The zone is the one the document's terms
 * name, else the one given, else the Segment preset's; each conversion is kept
 * ({@link #conversions()}) so that the decision or report can state it.
 *
 * <p>A binding reads one document: it keeps the zone and the conversions of that document, so it
 * is not thread-safe.
 */
final class Binding {
  /** Why {@code null} is refused where it is: it stands for "absent", which only an optional member may be. */
  static final String NULL_RULE = "null means absent, and only an optional field may be absent";

  /** The zone of dates given as instants when nothing names another: the Segment preset's. */
  static final ZoneId DEFAULT_ZONE = DpaTerms.segment().getZone();

  private final Shapes shapes;
  private final String source;
  private ZoneId zone;
  private final List<ContractTime.DateInput> conversions = new ArrayList<>();
  /** The document being read, to look ahead for a union's "type"; null for a tree. */
  private final byte @Nullable [] document;
  private final @Nullable JsonFactory factory;
  /** Reads a member of a tree as a tree (a union's members, to put its "type" first); null for a document. */
  private @Nullable ObjectReader trees;

  Binding(Shapes shapes, String source, ZoneId zone) {
    this(shapes, source, zone, null, null);
  }

  /**
   * Returns a binding of a tree (which has no places).
   *
   * @param trees reads a member of the tree as a tree
   */
  static Binding ofTree(Shapes shapes, String source, ZoneId zone, ObjectReader trees) {
    Binding b = new Binding(shapes, source, zone, null, null);
    b.trees = trees;
    return b;
  }

  Binding(Shapes shapes, String source, ZoneId zone, byte @Nullable [] document, @Nullable JsonFactory factory) {
    this.shapes = shapes;
    this.source = source;
    this.zone = zone;
    this.document = document;
    this.factory = factory;
  }

  List<ContractTime.DateInput> conversions() {
    return List.copyOf(conversions);
  }

  /**
   * Binds the value at the parser's current token.
   *
   * @param p the parser, on the value's first token
   * @param shape the form
   * @param path the value's JSON path
   * @return the value
   * @throws IOException if the parser fails
   */
  Object bind(JsonParser p, Shape shape, String path) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      throw fail(path, p, "found null", shape.expected(), NULL_RULE);
    }
    if (shape instanceof Shape.Scalar scalar) {
      return scalar(p, scalar, path);
    }
    if (shape instanceof Shape.Array array) {
      return array(p, array, path);
    }
    if (shape instanceof Shape.Union union) {
      return union(p, union, path);
    }
    return object(p, (Shape.Obj) shape, path, false);
  }

  private Object scalar(JsonParser p, Shape.Scalar s, String path) throws IOException {
    JsonToken t = p.currentToken();
    boolean fits = switch (s.jsonType()) {
      case STRING -> t == JsonToken.VALUE_STRING;
      case INTEGER -> t == JsonToken.VALUE_NUMBER_INT;
      case NUMBER -> t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
      case BOOLEAN -> t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
    };
    if (!fits) {
      throw fail(path, p, "found " + describe(p), s.expected(), null);
    }
    String text = p.getText();
    if (s.javaType() == LocalDate.class && text.indexOf('T') >= 0) {
      return instant(text, p, s, path);
    }
    try {
      return s.parser().parse(text);
    } catch (NumberFormatException e) {
      throw fail(path, p, "found " + describe(p) + ", which is out of range", s.expected(), null);
    } catch (Exception e) {
      String why = s.enumValues().isEmpty() && e.getMessage() != null ? " (" + e.getMessage() + ")" : "";
      throw fail(path, p, "found " + describe(p) + why, s.expected(), null);
    }
  }

  /** A date given as an instant: the contract date on which it falls in the contract's zone. */
  private LocalDate instant(String text, JsonParser p, Shape.Scalar s, String path) throws IOException {
    String field = path.startsWith("$.") ? path.substring(2) : path;
    ContractTime.DateInput read;
    try {
      read = ContractTime.date(field, text, zone);
    } catch (IllegalArgumentException e) {
      throw fail(path, p, "found " + describe(p) + ", which names no instant"
          + (text.matches(".*T[0-9:.,]*$") ? " (a date-time without an offset or zone)" : ""), s.expected(),
          "an instant is placed in the contract's zone " + zone);
    }
    conversions.add(read);
    return read.date();
  }

  private Object array(JsonParser p, Shape.Array s, String path) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fail(path, p, "found " + describe(p), s.expected(), null);
    }
    Location at = at(p);
    List<Object> out = new ArrayList<>();
    Shape itemShape = shapes.of(s.item());
    Set<Object> seen = new HashSet<>();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String itemPath = path + "[" + i++ + "]";
      Location itemAt = at(p);
      String shown = describe(p);
      Object v = bind(p, itemShape, itemPath);
      if (s.unique() && !seen.add(v)) {
        throw fail(itemPath, itemAt, "found a repeated item " + shown, "distinct items", "the items form a set");
      }
      out.add(v);
    }
    try {
      return s.finisher().finish(out);
    } catch (Exception e) {
      throw fail(path, at, refusal(e), s.expected(), null);
    }
  }

  /**
   * A union: the object's {@code "type"} names its variant. When it is not the first member, the
   * document is read ahead from the object's start for it (its members are then bound in document
   * order, each with its own line and column); a tree (which has no places) is rebuilt with the
   * {@code "type"} first.
   */
  private Object union(JsonParser p, Shape.Union s, String path) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(path, p, "found " + describe(p), s.expected(), null);
    }
    Location at = at(p);
    JsonLocation start = p.currentTokenLocation();
    String typePath = path + "." + Shape.Union.DISCRIMINATOR;
    JsonToken first = p.nextToken();
    if (first == JsonToken.FIELD_NAME && Shape.Union.DISCRIMINATOR.equals(p.currentName())) {
      p.nextToken();
      return members(p, variant(p, s, typePath, at(p)), path, at, true, false);
    }
    if (first != JsonToken.FIELD_NAME) {
      throw missingType(s, path, at);
    }
    ObjectReader treeReader = trees;
    if (treeReader != null) {
      ObjectNode rest = JsonNodeFactory.instance.objectNode();
      for (JsonToken t = first; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        rest.set(name, treeReader.readTree(p));
      }
      if (!rest.has(Shape.Union.DISCRIMINATOR)) {
        throw missingType(s, path, at);
      }
      ObjectNode typeFirst = JsonNodeFactory.instance.objectNode();
      typeFirst.set(Shape.Union.DISCRIMINATOR, rest.remove(Shape.Union.DISCRIMINATOR));
      typeFirst.setAll(rest);
      try (JsonParser reordered = treeReader.treeAsTokens(typeFirst)) {
        reordered.nextToken();
        return union(reordered, s, path);
      }
    }
    if (document == null || factory == null || start.getByteOffset() < 0) {
      throw new IllegalStateException("Binding: no document to read ahead in for the \"type\" at " + path);
    }
    int offset = (int) start.getByteOffset();
    try (JsonParser ahead = factory.createParser(document, offset, document.length - offset)) {
      ahead.nextToken();
      while (ahead.nextToken() == JsonToken.FIELD_NAME) {
        boolean isType = Shape.Union.DISCRIMINATOR.equals(ahead.currentName());
        ahead.nextToken();
        if (isType) {
          Shape.Obj vs = variant(ahead, s, typePath, absolute(ahead.currentTokenLocation(), at));
          return members(p, vs, path, at, true, true);
        }
        ahead.skipChildren();
      }
    }
    throw missingType(s, path, at);
  }

  private InvalidInputException missingType(Shape.Union s, String path, Location at) {
    return fail(path, at, "missing required field \"type\"", "\"type\" naming one of: " + String.join(", ",
        s.variants().keySet()), null);
  }

  /** The variant the {@code "type"} value at the parser's current token names. */
  private Shape.Obj variant(JsonParser p, Shape.Union s, String typePath, Location typeAt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw fail(typePath, typeAt, "found " + describe(p), "one of: " + String.join(", ", s.variants().keySet()), null);
    }
    Class<?> variant = s.variants().get(p.getText());
    if (variant == null) {
      throw fail(typePath, typeAt, "found " + describe(p) + ", which is not a kind of " + s.name(),
          "one of: " + String.join(", ", s.variants().keySet()), null);
    }
    if (!(shapes.of(variant) instanceof Shape.Obj vs)) {
      throw new IllegalStateException("The variant " + variant.getName() + " of " + s.name() + " is not an object");
    }
    return vs;
  }

  /** A place found reading ahead from an object's start, as a place in the whole document. */
  private static Location absolute(JsonLocation relative, Location objectStart) {
    int line = relative.getLineNr();
    int column = relative.getColumnNr();
    return line <= 1 ? new Location(objectStart.line(), objectStart.column() + column - 1)
        : new Location(objectStart.line() + line - 1, column);
  }

  /**
   * Binds an object to an object form.
   *
   * @param p the parser, on the object's {@code START_OBJECT}
   * @param s the form
   * @param path the object's JSON path
   * @param typeRead whether the {@code "type"} was read by the union
   * @return the value
   * @throws IOException if the parser fails
   */
  Object object(JsonParser p, Shape.Obj s, String path, boolean typeRead) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw fail(path, p, "found " + describe(p), s.expected(), null);
    }
    return members(p, s, path, at(p), typeRead, false);
  }

  /**
   * Binds the members: the parser is on the object's start, on the value of its {@code "type"}, or
   * (when {@code onField}) on the name of its first member.
   */
  private Object members(JsonParser p, Shape.Obj s, String path, Location at, boolean typeRead, boolean onField)
      throws IOException {
    List<Property> props = s.properties();
    @Nullable Object[] values = new Object[props.size()];
    JsonToken t = onField ? p.currentToken() : p.nextToken();
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals(Shape.Union.DISCRIMINATOR) && s.discriminator() != null) {
        if (!typeRead && (p.currentToken() != JsonToken.VALUE_STRING || !p.getText().equals(s.discriminator()))) {
          throw fail(path + "." + name, p, "found " + describe(p), "\"" + s.discriminator() + "\"",
              "the \"type\" of a " + s.name() + " names it");
        }
        continue; // read by the union already, or naming this very kind
      }
      int index = indexOf(props, name);
      String memberPath = JsonBinding.member(path, name);
      if (index < 0) {
        throw fail(memberPath, p, "unknown field \"" + name + "\" in " + s.name(),
            "one of the fields: " + names(props), "unknown fields are refused, not ignored");
      }
      Property prop = props.get(index);
      if (p.currentToken() == JsonToken.VALUE_NULL && !prop.required()) {
        continue; // null for an optional member: the same as leaving it out
      }
      Location valueAt = at(p);
      String shown = describe(p);
      Object v = bind(p, shapes.of(prop.type()), memberPath);
      check(prop, v, shown, valueAt, memberPath);
      values[index] = v;
      if (v instanceof DpaTerms terms) {
        zone = terms.getZone();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw fail(path, at, "unexpected token " + t, s.expected(), null);
    }
    for (int i = 0; i < props.size(); i++) {
      Property prop = props.get(i);
      if (prop.required() && values[i] == null) {
        throw fail(path, at, "missing required field \"" + prop.name() + "\" in " + s.name(),
            "\"" + prop.name() + "\": " + shapes.of(prop.type()).expected(), null);
      }
    }
    try {
      return s.factory().create(values);
    } catch (InvalidInputException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException | DateTimeException
        | UnsupportedOperationException e) {
      throw fail(path, at, "refused by the model: " + refusal(e), null, "the model's invariants");
    } catch (Exception e) {
      throw new IllegalStateException("Cannot build " + s.name() + " at " + path + ": " + e, e);
    }
  }

  private void check(Property prop, Object v, String shown, Location at, String path) {
    Violation broken = violation(prop.constraints(), prop.name(), v, shown);
    if (broken != null) {
      throw fail(path, at, broken.problem(), broken.expected(), broken.rule());
    }
  }

  /**
   * A value's breach of its member's Jakarta constraints, in the words of the one-line message.
   *
   * @param problem what was found
   * @param expected the expected form
   * @param rule the rule broken
   */
  record Violation(String problem, String expected, String rule) {}

  /**
   * Returns how a member's value breaks its Jakarta constraints ({@code @NotBlank}, {@code @Pattern},
   * {@code @Email}, {@code @Min}/{@code @Max}, {@code @Size}, {@code @NotEmpty}), if it does: the
   * one statement of these checks for both readers.
   *
   * @param c the constraints
   * @param name the member's name
   * @param v the value (an {@code Optional} is checked when present)
   * @param shown the value as the message shows it, e.g. {@code the string "x"}
   * @return the breach, or {@code null}
   */
  static @Nullable Violation violation(Constraints c, String name, @Nullable Object v, String shown) {
    if (c.equals(Constraints.NONE)) {
      return null;
    }
    Object value = v instanceof Optional<?> o ? o.orElse(null) : v;
    if (value instanceof CharSequence) {
      String text = value.toString();
      if (c.notBlank() && text.isBlank()) {
        return new Violation("found a blank string", "a non-blank string", name + " must not be blank");
      }
      if (c.pattern() != null && !text.matches(c.pattern())) {
        return new Violation("found " + shown, "text matching " + c.pattern(), name + " must match the pattern");
      }
      return sizeViolation(c, text.length(), "characters", name);
    } else if (value instanceof Number number) {
      long n = number.longValue();
      if (c.min() != null && n < c.min()) {
        return new Violation("found " + shown, "a number of at least " + c.min(), name + " must be at least " + c.min());
      }
      if (c.max() != null && n > c.max()) {
        return new Violation("found " + shown, "a number of at most " + c.max(), name + " must be at most " + c.max());
      }
    } else if (value instanceof Collection) {
      return sizeViolation(c, ((Collection<?>) value).size(), "items", name);
    }
    return null;
  }

  private static @Nullable Violation sizeViolation(Constraints c, int size, String unit, String name) {
    if (c.minSize() != null && size < c.minSize()) {
      return new Violation("found " + size + " " + unit, "at least " + c.minSize() + " " + unit,
          name + " must not be too short");
    }
    if (c.maxSize() != null && size > c.maxSize()) {
      return new Violation("found " + size + " " + unit, "at most " + c.maxSize() + " " + unit,
          name + " must not be too long");
    }
    return null;
  }

  /**
   * Describes the value at the parser's current token for a message, e.g. {@code the number 3}.
   *
   * @param p the parser
   * @return the description
   * @throws IOException if the parser fails
   */
  static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the document";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> {
        String value = p.getText();
        yield "the string \"" + (value.length() > 60 ? value.substring(0, 57) + "..." : value) + "\"";
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
      case VALUE_TRUE -> "the boolean true";
      case VALUE_FALSE -> "the boolean false";
      case VALUE_NULL -> "null";
      default -> String.valueOf(t);
    };
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

  /** Where the current token starts ({@code 0, 0} in a tree, which has no places). */
  private static Location at(JsonParser p) {
    Location l = JsonBinding.location(p.currentTokenLocation());
    return l != null ? l : new Location(0, 0);
  }

  private InvalidInputException fail(String path, JsonParser p, String problem, @Nullable String expected,
      @Nullable String rule) {
    return fail(path, at(p), problem, expected, rule);
  }

  private InvalidInputException fail(String path, Location at, String problem, @Nullable String expected,
      @Nullable String rule) {
    return InvalidInputException.at(source, path, at.line() > 0 ? at : null, problem, expected, rule);
  }
}
