package io.github.dpasemantics.examples.conformance;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.dpasemantics.examples.conformance.CaseFile.Case;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a case file (YAML) into a {@link CaseFile}, keeping the line and column of every value so
 * that any problem, from a YAML syntax slip to a broken rule of the case format, is reported as
 * one line naming the file, the path, the line and column and the rule ({@link CaseFileException}).
 * Unknown fields and duplicate keys are refused, not ignored. The rules beyond the shape are
 * checked by {@link CaseRules}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CaseReader {
  private static final int MAX_BYTES = 8 * 1024 * 1024;
  private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

  private final YAMLMapper mapper;

  /** Returns a reader. */
  public CaseReader() {
    this.mapper = YAMLMapper.builder(YAMLFactory.builder().build())
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /**
   * Reads and checks one case file.
   *
   * @param name the file's name, used in messages
   * @param in the bytes (UTF-8 YAML); not closed
   * @return the file with the place of each of its values
   * @throws CaseFileException naming the place and the rule, if the file is malformed or breaks a rule
   */
  public Located read(String name, InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new CaseFileException(name, "$", 0, 0, "cannot be read: " + e.getMessage(), null);
    }
    if (bytes.length > MAX_BYTES) {
      throw new CaseFileException(name, "$", 0, 0, "larger than 8 MiB", "a case file is at most 8 MiB");
    }
    Map<String, JsonLocation> at = new HashMap<>();
    JsonNode tree;
    try (JsonParser p = mapper.createParser(bytes)) {
      if (p.nextToken() == null) {
        throw new CaseFileException(name, "$", 1, 1, "the file is empty", "a case file is a YAML mapping with family and cases");
      }
      tree = node(p, "$", at, name);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      JsonParser p = e.getProcessor() instanceof JsonParser ? (JsonParser) e.getProcessor() : null;
      String path = p == null ? "$" : pathOf(p.getParsingContext());
      throw new CaseFileException(name, path, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
          "not valid YAML: " + firstLine(e.getOriginalMessage()), "a case file is YAML (docs/conformance.md)");
    } catch (IOException e) {
      throw new CaseFileException(name, "$", 0, 0, "cannot be read: " + e.getMessage(), null);
    }
    Located located = new Located(name, tree, at);
    if (!tree.isObject()) {
      throw located.error("$", "found " + describe(tree), "a case file is a YAML mapping with family and cases");
    }
    CaseFile file;
    try {
      file = mapper.treeToValue(tree, CaseFile.class);
    } catch (UnrecognizedPropertyException e) {
      String path = pathOf(e.getPath());
      throw located.error(path, "unknown field '" + e.getPropertyName() + "'; expected one of: "
          + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")),
          "unknown fields are refused, not ignored");
    } catch (JsonMappingException e) {
      String path = pathOf(e.getPath());
      String message = firstLine(e.getOriginalMessage());
      Matcher missing = MISSING.matcher(message);
      if (missing.find()) {
        throw located.error(path, "missing field '" + missing.group(1) + "'", "required fields must be present");
      }
      JsonNode found = tree.at(pointerOf(e.getPath()));
      throw located.error(path, "found " + describe(found) + " (" + message + ")",
          "each field has the form docs/conformance.md gives");
    } catch (JsonProcessingException e) {
      throw located.error("$", firstLine(e.getOriginalMessage()), null);
    }
    Located done = new Located(name, tree, at, file);
    CaseRules.check(done);
    return done;
  }

  private static JsonNode node(JsonParser p, String path, Map<String, JsonLocation> at, String name) throws IOException {
    JsonNodeFactory nf = JsonNodeFactory.instance;
    JsonToken t = p.currentToken();
    at.putIfAbsent(path, p.currentTokenLocation()); // a member keeps the place of its key
    if (p instanceof YAMLParser && ((YAMLParser) p).isCurrentAlias()) {
      JsonLocation l = p.currentTokenLocation();
      throw new CaseFileException(name, path, l.getLineNr(), l.getColumnNr(), "a YAML alias (*" + p.getText() + ")",
          "aliases and anchors are not used in case files: write each value out, so a reader sees it in place");
    }
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = nf.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          String child = path + member(key);
          at.put(child, p.currentTokenLocation());
          p.nextToken();
          o.set(key, node(p, child, at, name));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = nf.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(node(p, path + "[" + i + "]", at, name));
          i++;
        }
        return a;
      }
      case VALUE_STRING:
        return nf.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return nf.numberNode(p.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return nf.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return nf.booleanNode(true);
      case VALUE_FALSE:
        return nf.booleanNode(false);
      case VALUE_NULL:
        return nf.nullNode();
      default:
        JsonLocation l = p.currentTokenLocation();
        throw new CaseFileException(name, path, l.getLineNr(), l.getColumnNr(), "unexpected " + t,
            "a case file holds mappings, lists and scalars only");
    }
  }

  private static String member(String key) {
    return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + key : "['" + key.replace("'", "\\'") + "']";
  }

  private static String pathOf(@Nullable JsonStreamContext context) {
    StringBuilder sb = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        sb.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        sb.insert(0, member(c.getCurrentName()));
      }
    }
    return "$" + sb;
  }

  private static String pathOf(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      sb.append(r.getFieldName() != null ? member(r.getFieldName()) : "[" + r.getIndex() + "]");
    }
    return sb.toString();
  }

  private static String pointerOf(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      sb.append('/').append(r.getFieldName() != null ? r.getFieldName().replace("~", "~0").replace("/", "~1") : r.getIndex());
    }
    return sb.toString();
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }

  /**
   * Describes a value for a message: {@code the string "x"}, {@code a mapping}, {@code nothing}.
   *
   * @param node the value
   * @return the description
   */
  static String describe(JsonNode node) {
    if (node.isMissingNode()) {
      return "nothing";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      String s = node.asText();
      return "the string \"" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "\"";
    }
    if (node.isNull()) {
      return "null";
    }
    return "the " + (node.isBoolean() ? "boolean " : "number ") + node.asText();
  }

  /**
   * A case file read, with the place of each of its values.
   *
   * <p>Instances are immutable once read.
   */
  public static final class Located {
    private final String name;
    private final JsonNode tree;
    private final Map<String, JsonLocation> at;
    private final @Nullable CaseFile file;

    Located(String name, JsonNode tree, Map<String, JsonLocation> at) {
      this(name, tree, at, null);
    }

    Located(String name, JsonNode tree, Map<String, JsonLocation> at, @Nullable CaseFile file) {
      this.name = name;
      this.tree = tree;
      this.at = Map.copyOf(at);
      this.file = file;
    }

    /**
     * Returns the file's name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Returns the file's content.
     *
     * @return the case file
     * @throws IllegalStateException if called before the file was bound
     */
    public CaseFile file() {
      if (file == null) {
        throw new IllegalStateException("not bound yet: " + name);
      }
      return file;
    }

    /** Returns the file's content as read, before binding. */
    JsonNode tree() {
      return tree;
    }

    /**
     * Returns the line and column of a path, or of its nearest ancestor that has one.
     *
     * @param path the path, e.g. {@code $.cases[2].decide.inputs.notice}
     * @return {line, column}, or {0, 0} if unknown
     */
    public int[] place(String path) {
      String p = path;
      while (true) {
        JsonLocation l = at.get(p);
        if (l != null) {
          return new int[] {l.getLineNr(), l.getColumnNr()};
        }
        int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
        if (cut <= 0) {
          return new int[] {0, 0};
        }
        p = p.substring(0, cut);
      }
    }

    /**
     * Returns an error at a path of this file.
     *
     * @param path the path
     * @param problem what is wrong
     * @param rule the rule broken, or null
     * @return the exception, to throw
     */
    public CaseFileException error(String path, String problem, @Nullable String rule) {
      int[] p = place(path);
      return new CaseFileException(name, path, p[0], p[1], problem, rule);
    }

    /**
     * Returns the path of a case of this file.
     *
     * @param index the case's index in the file
     * @return the path, e.g. {@code $.cases[2]}
     */
    public static String casePath(int index) {
      return "$.cases[" + index + "]";
    }

    /**
     * Returns the cases with their index.
     *
     * @return the cases
     */
    public List<Case> cases() {
      return file().cases();
    }
  }
}
