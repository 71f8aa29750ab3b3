package io.github.dpasemantics.json.testing;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dpasemantics.json.JsonLimits;
import io.github.dpasemantics.json.testing.JsonForms.Form;
import io.github.dpasemantics.json.testing.JsonForms.JsonType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Corruptions of valid JSON documents (timelines, decision inputs) that every reader must refuse:
 * a required member removed, an unknown member added at any depth, a value replaced by one of
 * another JSON type, a malformed date, an enum constant or non-blank text that is not one, the
 * document truncated or with garbage bytes inserted, arrays nested past the depth limit, strings,
 * names and numbers past their length limits, and a document past the size limit. Each corruption
 * says, where it is certain, the JSON path the refusal must name and the first character of the
 * JSON value its line and column must point at. The one place for this module's corruption
 * generators, beside {@link JsonGenerators}.
 */
public final class JsonCorruptions {
  private JsonCorruptions() {}

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper ASCII = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The kinds of corruption. */
  public enum Kind {
    /** A required member removed. */
    REMOVE_REQUIRED,
    /** A member the shape does not have, added to an object at any depth. */
    UNKNOWN_FIELD,
    /** A value replaced by one of a JSON type the shape does not accept (null included). */
    WRONG_TYPE,
    /** A date replaced by a malformed or impossible one. */
    BAD_DATE,
    /** An enum constant replaced by text that is not one, or a non-blank text by a blank one. */
    BAD_VALUE,
    /** The document cut short. */
    TRUNCATED,
    /** Bytes that can never appear in JSON (control characters, invalid UTF-8) inserted. */
    GARBAGE,
    /** A value replaced by arrays nested deeper than the limit. */
    TOO_DEEP,
    /** A value replaced by a string longer than the limit. */
    LONG_STRING,
    /** A member added whose name is longer than the limit. */
    LONG_NAME,
    /** A value replaced by a number with more digits than the limit. */
    LONG_NUMBER,
    /** The document read under a size limit smaller than itself. */
    TOO_LARGE
  }

  /**
   * A corrupted document.
   *
   * @param kind the kind of corruption
   * @param what a description, for failure messages
   * @param bytes the document
   * @param path the JSON path the refusal must name, where it is certain
   * @param startsWith the first character of the JSON value the refusal's line and column must point at, where certain
   * @param limits the limits to read it under
   */
  public record Corrupted(Kind kind, String what, byte[] bytes, Optional<String> path, Optional<Character> startsWith,
      JsonLimits limits) {
    /** The document as text (garbage bytes decoded leniently), for failure messages. */
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      String t = text();
      return kind + " " + what + " expecting " + path.orElse("a path") + " in:\n"
          + (t.length() > 1500 ? t.substring(0, 1500) + "..." : t);
    }
  }

  /** A place in a document: a value, its form, and how to reach it. */
  private record Site(String path, JsonPointer pointer, Form form, JsonForms.@Nullable Member member, boolean required,
      @Nullable JsonPointer parent, String parentPath, String name, JsonNode node) {}

  /**
   * Returns a corruption of a valid document.
   *
   * @param valid the valid document
   * @param root the form of the whole document ({@link JsonForms})
   * @param r the random source
   * @return the corrupted document
   */
  public static Corrupted corrupt(String valid, Form root, Random r) {
    JsonNode doc;
    try {
      doc = MAPPER.readTree(valid);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Site> sites = new ArrayList<>();
    sites.add(new Site("$", JsonPointer.empty(), root, null, true, null, "", "", doc));
    walk(doc, root, "$", JsonPointer.empty(), sites);
    Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
    Corrupted c = corrupt(kind, doc, sites, r);
    return c != null ? c : corrupt(Kind.UNKNOWN_FIELD, doc, sites, r);
  }

  private static @Nullable Corrupted corrupt(Kind kind, JsonNode original, List<Site> all, Random r) {
    JsonNode doc = original.deepCopy();
    switch (kind) {
      case REMOVE_REQUIRED: {
        List<Site> sites = filter(all, s -> s.required() && s.parent() != null);
        if (sites.isEmpty()) {
          return null;
        }
        Site s = pick(r, sites);
        ((ObjectNode) doc.at(s.parent())).remove(s.name());
        return binderError(kind, "removed \"" + s.name() + "\" at " + s.parentPath(), doc, s.parentPath(), '{');
      }
      case UNKNOWN_FIELD: {
        List<Site> objects = filter(all, s -> s.node().isObject());
        Site s = pick(r, objects);
        String name = r.nextInt(4) == 0 ? "x" + JsonGenerators.text(r) : "unknown" + r.nextInt(100);
        if (s.node().has(name) || "type".equals(name)) {
          name = "unknownField";
        }
        JsonNode value = pick(r, List.of(NODES.textNode("x"), NODES.numberNode(1), NODES.objectNode(),
            NODES.arrayNode(), NODES.booleanNode(true), NODES.nullNode()));
        ((ObjectNode) doc.at(s.pointer())).set(name, value);
        return binderError(kind, "added \"" + name + "\" at " + s.path(), doc, member(s.path(), name),
            first(value));
      }
      case WRONG_TYPE: {
        Site s = pick(r, all);
        List<JsonNode> wrong = wrongTypes(s.form());
        if (s.member() != null && !s.member().required()) {
          // null for an optional member means "absent" (issue 17): not a wrong type there
          wrong.remove(NODES.nullNode());
        }
        JsonNode value = pick(r, wrong);
        doc = replace(doc, s, value);
        return binderError(kind, "replaced " + s.path() + " by " + value, doc, s.path(), first(value));
      }
      case BAD_DATE: {
        List<Site> dates = filter(all, s -> s.form().isDate());
        if (dates.isEmpty()) {
          return null;
        }
        Site s = pick(r, dates);
        String bad = pick(r, List.of("2025-02-30", "2025-13-01", "", "2025-2-3", "2025-00-10", "20250101",
            "2025-01-01T00:00:00", "+10000-01-01", "2023-02-29", " 2025-01-01", "2025-04-31", JsonGenerators.text(r)));
        doc = replace(doc, s, NODES.textNode(bad));
        return binderError(kind, "replaced the date " + s.path() + " by \"" + bad + "\"", doc, s.path(), '"');
      }
      case BAD_VALUE: {
        List<Site> sites = filter(all, s -> !s.form().enumValues().isEmpty()
            || (s.member() != null && s.member().notBlank()));
        if (sites.isEmpty()) {
          return null;
        }
        Site s = pick(r, sites);
        String bad;
        if (s.form().enumValues().isEmpty()) {
          bad = pick(r, List.of("", " ", "\t", "\n "));
        } else {
          String c = pick(r, s.form().enumValues());
          bad = pick(r, List.of(c.toLowerCase(java.util.Locale.ROOT), c + "_", " " + c, "", JsonGenerators.text(r)));
        }
        doc = replace(doc, s, NODES.textNode(bad));
        return binderError(kind, "replaced " + s.path() + " by \"" + bad + "\"", doc, s.path(), '"');
      }
      case TRUNCATED: {
        byte[] bytes = pretty(doc);
        int at = r.nextInt(bytes.length);
        byte[] cut = java.util.Arrays.copyOf(bytes, at);
        return new Corrupted(kind, "cut at byte " + at + " of " + bytes.length, cut, Optional.empty(), Optional.empty(),
            JsonLimits.DEFAULT);
      }
      case GARBAGE: {
        byte[] bytes = pretty(doc);
        int at = r.nextInt(bytes.length + 1);
        byte[] garbage = pick(r, List.of(new byte[] {0}, new byte[] {1}, new byte[] {0x1f}, new byte[] {0x0b},
            new byte[] {0x0c}, new byte[] {(byte) 0xff}, new byte[] {(byte) 0xfe}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xc3, 0x28}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}));
        byte[] out = new byte[bytes.length + garbage.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(garbage, 0, out, at, garbage.length);
        System.arraycopy(bytes, at, out, at + garbage.length, bytes.length - at);
        return new Corrupted(kind, "inserted " + java.util.HexFormat.of().formatHex(garbage) + " at byte " + at, out,
            Optional.empty(), Optional.empty(), JsonLimits.DEFAULT);
      }
      case TOO_DEEP: {
        Site s = pick(r, all);
        int depth = JsonLimits.DEFAULT.maxDepth() + 1 + r.nextInt(100);
        JsonNode deep = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
          ArrayNode a = NODES.arrayNode();
          a.add(deep);
          deep = a;
        }
        doc = replace(doc, s, deep);
        return parserError(kind, "replaced " + s.path() + " by " + depth + " nested arrays", doc, JsonLimits.DEFAULT);
      }
      case LONG_STRING: {
        Site s = pick(r, all);
        int n = JsonLimits.DEFAULT.maxStringLength() + 1 + r.nextInt(1000);
        doc = replace(doc, s, NODES.textNode("a".repeat(n)));
        return parserError(kind, "replaced " + s.path() + " by a string of " + n + " characters", doc,
            JsonLimits.DEFAULT);
      }
      case LONG_NAME: {
        Site s = pick(r, filter(all, x -> x.node().isObject()));
        int n = JsonLimits.DEFAULT.maxStringLength() + 1 + r.nextInt(1000);
        ((ObjectNode) doc.at(s.pointer())).put("n".repeat(n), 1);
        return parserError(kind, "added a member with a name of " + n + " characters at " + s.path(), doc,
            JsonLimits.DEFAULT);
      }
      case LONG_NUMBER: {
        Site s = pick(r, all);
        int n = JsonLimits.DEFAULT.maxNumberLength() + 1 + r.nextInt(40);
        String digits = (r.nextBoolean() ? "-" : "") + "9".repeat(n) + (r.nextBoolean() ? "" : ".5");
        doc = replace(doc, s, NODES.numberNode(new java.math.BigDecimal(digits)));
        return parserError(kind, "replaced " + s.path() + " by a number of " + n + " digits", doc, JsonLimits.DEFAULT);
      }
      case TOO_LARGE: {
        byte[] bytes = pretty(doc);
        int max = 1 + r.nextInt(bytes.length - 1);
        JsonLimits limits = new JsonLimits(max, JsonLimits.DEFAULT.maxDepth(), JsonLimits.DEFAULT.maxStringLength(),
            JsonLimits.DEFAULT.maxNumberLength());
        return new Corrupted(kind, bytes.length + " bytes under a limit of " + max, bytes, Optional.of("$"),
            Optional.empty(), limits);
      }
      default:
        throw new AssertionError(kind);
    }
  }

  private static Corrupted binderError(Kind kind, String what, JsonNode doc, String path, char startsWith) {
    return new Corrupted(kind, what, pretty(doc), Optional.of(path), Optional.of(startsWith), JsonLimits.DEFAULT);
  }

  private static Corrupted parserError(Kind kind, String what, JsonNode doc, JsonLimits limits) {
    return new Corrupted(kind, what, pretty(doc), Optional.empty(), Optional.empty(), limits);
  }

  /** Values of JSON types the form cannot take (null included: it is a value only where it means "absent"). */
  private static List<JsonNode> wrongTypes(Form form) {
    List<JsonNode> out = new ArrayList<>();
    out.add(NODES.nullNode());
    out.add(NODES.arrayNode());
    out.add(NODES.objectNode());
    JsonType kind = form.kind();
    if (kind == JsonType.STRING) {
      out.add(NODES.numberNode(7));
      out.add(NODES.numberNode(1.5));
      out.add(NODES.booleanNode(true));
    } else if (kind == JsonType.INTEGER) {
      out.add(NODES.textNode("7"));
      out.add(NODES.numberNode(1.5));
      out.add(NODES.booleanNode(false));
    } else if (kind == JsonType.NUMBER) {
      out.add(NODES.textNode("7"));
      out.add(NODES.booleanNode(true));
    } else if (kind == JsonType.BOOLEAN) {
      out.add(NODES.textNode("true"));
      out.add(NODES.numberNode(0));
    } else if (kind == JsonType.ARRAY) {
      out.remove(1);
      out.add(NODES.textNode("x"));
      out.add(NODES.numberNode(1));
      out.add(NODES.booleanNode(true));
    } else {
      out.remove(2);
      out.add(NODES.textNode("x"));
      out.add(NODES.numberNode(1));
      out.add(NODES.booleanNode(true));
    }
    return out;
  }

  private static char first(JsonNode value) {
    return value.toString().charAt(0);
  }

  /** The document with the value at the site replaced (the root replaced by the value). */
  private static JsonNode replace(JsonNode doc, Site s, JsonNode value) {
    if (s.parent() == null) {
      return value;
    }
    JsonNode parent = doc.at(s.parent());
    if (parent.isObject()) {
      ((ObjectNode) parent).set(s.name(), value);
    } else {
      ((ArrayNode) parent).set(Integer.parseInt(s.name()), value);
    }
    return doc;
  }

  private static void walk(JsonNode node, Form form, String path, JsonPointer ptr, List<Site> out) {
    if (form.kind() == JsonType.ARRAY && node.isArray()) {
      Form item = form.item();
      for (int i = 0; i < node.size(); i++) {
        String p = path + "[" + i + "]";
        JsonPointer q = ptr.appendIndex(i);
        out.add(new Site(p, q, item, null, false, ptr, path, Integer.toString(i), node.get(i)));
        walk(node.get(i), item, p, q, out);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    Form obj;
    boolean unionMember = false;
    if (form.kind() == JsonType.UNION) {
      obj = form.variant(node.path("type").asText()).orElseThrow(() -> new IllegalStateException("no kind at " + path));
      unionMember = true;
    } else if (form.kind() == JsonType.OBJECT) {
      obj = form;
    } else {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> m = it.next();
      String name = m.getKey();
      String p = member(path, name);
      JsonPointer q = ptr.appendProperty(name);
      if (name.equals("type") && (unionMember || obj.discriminated())) {
        out.add(new Site(p, q, JsonForms.of(String.class), null, unionMember, ptr, path, name, m.getValue()));
        continue;
      }
      JsonForms.Member member = obj.members().get(name);
      if (member == null) {
        throw new IllegalStateException("no member " + p);
      }
      Form child = JsonForms.of(member.type());
      out.add(new Site(p, q, child, member, member.required(), ptr, path, name, m.getValue()));
      walk(m.getValue(), child, p, q, out);
    }
  }

  /** The binder's path of a member: {@code .name}, or {@code ['name']} with backslash and quote escaped. */
  public static String member(String path, String name) {
    boolean plain = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0));
    for (int i = 1; plain && i < name.length(); i++) {
      plain = Character.isJavaIdentifierPart(name.charAt(i));
    }
    return path + (plain ? "." + name : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
  }

  /**
   * Returns the document pretty-printed (one member per line) with non-ASCII escaped, so that a
   * line and column count characters.
   *
   * @param doc the document
   * @return its bytes
   */
  public static byte[] pretty(JsonNode doc) {
    try {
      return ASCII.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the document with the members of every object in a random order, at every depth.
   *
   * @param valid the document
   * @param r the random source
   * @return the permuted document, pretty-printed or compact at random
   */
  public static String permuted(String valid, Random r) {
    try {
      JsonNode p = permute(MAPPER.readTree(valid), r);
      return r.nextBoolean() ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(p)
          : MAPPER.writeValueAsString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode permute(JsonNode n, Random r) {
    if (n.isObject()) {
      List<String> names = new ArrayList<>();
      n.fieldNames().forEachRemaining(names::add);
      Collections.shuffle(names, r);
      ObjectNode out = NODES.objectNode();
      for (String name : names) {
        out.set(name, permute(n.get(name), r));
      }
      return out;
    }
    if (n.isArray()) {
      ArrayNode out = NODES.arrayNode();
      n.forEach(item -> out.add(permute(item, r)));
      return out;
    }
    return n;
  }

  private static <T> List<T> filter(List<T> all, java.util.function.Predicate<T> p) {
    List<T> out = new ArrayList<>();
    for (T t : all) {
      if (p.test(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
