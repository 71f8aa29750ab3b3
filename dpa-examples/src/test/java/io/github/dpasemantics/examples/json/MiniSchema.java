package io.github.dpasemantics.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A checker for the part of JSON Schema (2020-12) that the generated schemas in docs/schemas use:
 * {@code $ref} to {@code $defs}, {@code type}, {@code const}, {@code enum}, {@code properties},
 * {@code additionalProperties: false}, {@code required}, {@code items}, {@code uniqueItems},
 * {@code minLength}, {@code maxLength}, {@code pattern}, {@code minimum}, {@code maximum},
 * {@code format: date} and {@code oneOf}. A keyword it does not know is an error, so a schema
 * can never pass by being misunderstood.
 */
final class MiniSchema {
  private static final Set<String> ANNOTATIONS = Set.of("description", "$comment", "title", "$schema", "$id", "$defs");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode root;

  private MiniSchema(JsonNode root) {
    this.root = root;
  }

  /** Loads a schema from docs/schemas (tests run in dpa-examples/). */
  static MiniSchema load(String relative) {
    Path up = Path.of("..", "docs", "schemas", relative);
    Path file = Files.isRegularFile(up) ? up : Path.of("docs", "schemas", relative);
    try {
      return new MiniSchema(MAPPER.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the problems of a document against the whole schema, empty if it conforms. */
  List<String> problems(String json) {
    return problems(json, root);
  }

  /** Returns the problems of a document against one of the schema's {@code $defs}. */
  List<String> problems(String json, String def) {
    return problems(json, MAPPER.createObjectNode().put("$ref", "#/$defs/" + def));
  }

  private List<String> problems(String json, JsonNode schema) {
    List<String> out = new ArrayList<>();
    try {
      check(schema, MAPPER.readTree(json), "$", out);
    } catch (IOException e) {
      out.add("not JSON: " + e.getMessage());
    }
    return out;
  }

  private void check(JsonNode s, JsonNode v, String path, List<String> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> kw = it.next();
      JsonNode a = kw.getValue();
      switch (kw.getKey()) {
        case "$ref": {
          String ref = a.asText();
          if (!ref.startsWith("#/$defs/")) {
            out.add(path + ": unsupported $ref " + ref);
          } else {
            JsonNode target = root.path("$defs").path(ref.substring("#/$defs/".length()));
            if (target.isMissingNode()) {
              out.add(path + ": dangling $ref " + ref);
            } else {
              check(target, v, path, out);
            }
          }
          break;
        }
        case "type":
          if (!hasType(v, a.asText())) {
            out.add(path + ": " + v.getNodeType() + " is not of type " + a.asText());
          }
          break;
        case "const":
          if (!a.equals(v)) {
            out.add(path + ": " + v + " is not the constant " + a);
          }
          break;
        case "enum": {
          boolean found = false;
          for (JsonNode e : a) {
            found |= e.equals(v);
          }
          if (!found) {
            out.add(path + ": " + v + " is not one of " + a);
          }
          break;
        }
        case "properties":
          if (v.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> m = v.fields(); m.hasNext(); ) {
              Map.Entry<String, JsonNode> member = m.next();
              JsonNode ps = a.get(member.getKey());
              if (ps != null) {
                check(ps, member.getValue(), path + "." + member.getKey(), out);
              }
            }
          }
          break;
        case "additionalProperties":
          if (a.isBoolean() && !a.asBoolean() && v.isObject()) {
            JsonNode props = s.path("properties");
            for (Iterator<String> n = v.fieldNames(); n.hasNext(); ) {
              String name = n.next();
              if (!props.has(name)) {
                out.add(path + ": member \"" + name + "\" is not allowed");
              }
            }
          } else if (!a.isBoolean()) {
            out.add(path + ": unsupported additionalProperties " + a);
          }
          break;
        case "required":
          if (v.isObject()) {
            for (JsonNode name : a) {
              if (!v.has(name.asText())) {
                out.add(path + ": required member \"" + name.asText() + "\" is missing");
              }
            }
          }
          break;
        case "items":
          if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
              check(a, v.get(i), path + "[" + i + "]", out);
            }
          }
          break;
        case "uniqueItems":
          if (a.asBoolean() && v.isArray()) {
            Set<JsonNode> seen = new HashSet<>();
            for (JsonNode item : v) {
              if (!seen.add(item)) {
                out.add(path + ": repeated item " + item);
              }
            }
          }
          break;
        case "minLength":
          if (v.isTextual() && v.asText().codePointCount(0, v.asText().length()) < a.asInt()) {
            out.add(path + ": shorter than " + a.asInt());
          }
          break;
        case "maxLength":
          if (v.isTextual() && v.asText().codePointCount(0, v.asText().length()) > a.asInt()) {
            out.add(path + ": longer than " + a.asInt());
          }
          break;
        case "pattern":
          if (v.isTextual() && !Pattern.compile(a.asText()).matcher(v.asText()).find()) {
            out.add(path + ": " + v + " does not match " + a.asText());
          }
          break;
        case "minimum":
          if (v.isNumber() && v.decimalValue().compareTo(a.decimalValue()) < 0) {
            out.add(path + ": " + v + " is below " + a);
          }
          break;
        case "maximum":
          if (v.isNumber() && v.decimalValue().compareTo(a.decimalValue()) > 0) {
            out.add(path + ": " + v + " is above " + a);
          }
          break;
        case "format":
          if ("date".equals(a.asText()) && v.isTextual()) {
            try {
              LocalDate.parse(v.asText());
            } catch (DateTimeParseException e) {
              out.add(path + ": " + v + " is not a date");
            }
          } else if (!"date".equals(a.asText()) && !"date-time".equals(a.asText())) {
            out.add(path + ": unsupported format " + a);
          }
          break;
        case "oneOf": {
          int matches = 0;
          List<String> why = new ArrayList<>();
          for (JsonNode option : a) {
            List<String> inner = new ArrayList<>();
            check(option, v, path, inner);
            if (inner.isEmpty()) {
              matches++;
            } else if (why.size() < 3) {
              why.add(inner.get(0));
            }
          }
          if (matches != 1) {
            out.add(path + ": matches " + matches + " of the oneOf options" + (matches == 0 ? " " + why : ""));
          }
          break;
        }
        default:
          if (!ANNOTATIONS.contains(kw.getKey())) {
            out.add(path + ": unsupported keyword " + kw.getKey());
          }
      }
    }
  }

  private static boolean hasType(JsonNode v, String type) {
    switch (type) {
      case "object":
        return v.isObject();
      case "array":
        return v.isArray();
      case "string":
        return v.isTextual();
      case "integer":
        return v.isIntegralNumber();
      case "number":
        return v.isNumber();
      case "boolean":
        return v.isBoolean();
      case "null":
        return v.isNull();
      default:
        return false;
    }
  }
}
