package io.github.dpasemantics.json;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.dpasemantics.json.InvalidInputException.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON document into a located {@link Json} tree with Jackson's streaming parser, under
 * {@link JsonLimits}: the size is checked before parsing, and Jackson's
 * {@link StreamReadConstraints} bound nesting depth, string and number length. Duplicate field
 * names and content after the document are refused. Every failure is an
 * {@link InvalidInputException} naming the JSON path, line and column.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonReader {
  /** The most characters of an unreadable token a parse error quotes. */
  static final int ERROR_TOKEN = 24;

  private final JsonLimits limits;
  private final JsonFactory factory;

  /**
   * Returns a reader with the given limits.
   *
   * @param limits the limits
   */
  public JsonReader(JsonLimits limits) {
    this.limits = limits;
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            // one more than ours, as a backstop: our own depth check gives the clearer message
            .maxNestingDepth(limits.maxDepth() + 1)
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxBytes())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // a parse error quotes at most a short excerpt of the offending token, never a file's content
        .errorReportConfiguration(ErrorReportConfiguration.builder()
            .maxErrorTokenLength(ERROR_TOKEN).maxRawContentLength(0).build())
        .build();
  }

  /**
   * Returns the limits.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads a file, refusing it before parsing if it is larger than the limit.
   *
   * @param file the file
   * @return the tree
   * @throws InvalidInputException if the file is missing, too large or not valid JSON
   */
  public Json read(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw tooLarge(name, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = readLimited(in, name);
      }
    } catch (NoSuchFileException e) {
      throw InvalidInputException.argument("file '" + name + "'", "no such file", "a readable JSON file");
    } catch (IOException e) {
      throw InvalidInputException.argument("file '" + name + "'", "cannot be read: " + e.getMessage(),
          "a readable JSON file");
    }
    return read(bytes, name);
  }

  /**
   * Reads a stream (standard input), refusing it as soon as it passes the size limit.
   *
   * @param in the stream
   * @param name the name to use in messages, e.g. {@code <stdin>}
   * @return the tree
   * @throws InvalidInputException if the stream is too large or not valid JSON
   */
  public Json read(InputStream in, String name) {
    try {
      return read(readLimited(in, name), name);
    } catch (IOException e) {
      throw InvalidInputException.argument(name, "cannot be read: " + e.getMessage(), "a JSON document");
    }
  }

  /**
   * Reads a string (tests, {@code key=value} arguments holding JSON).
   *
   * @param text the JSON text
   * @param name the name to use in messages
   * @return the tree
   */
  public Json read(String text, String name) {
    return read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), name);
  }

  private byte[] readLimited(InputStream in, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limits.maxBytes()) {
        throw tooLarge(name, total);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private InvalidInputException tooLarge(String name, long size) {
    return InvalidInputException.at(name, "$", null,
        "the document is too large (" + (size > limits.maxBytes() ? "more than " : "") + limits.maxBytes() + " bytes)",
        "at most " + limits.maxBytes() + " bytes", "input larger than the limit is refused before parsing");
  }

  private Json read(byte[] bytes, String name) {
    try (JsonParser p = factory.createParser(bytes)) {
      try {
        JsonToken first = p.nextToken();
        if (first == null) {
          throw InvalidInputException.at(name, "$", new Location(1, 1), "the document is empty", "a JSON value", null);
        }
        Json root = value(p, name, "$", 0);
        JsonToken after = p.nextToken();
        if (after != null) {
          throw InvalidInputException.at(name, "$", location(p.currentTokenLocation()),
              "unexpected content after the end of the JSON document", "a single JSON value", null);
        }
        return root;
      } catch (StreamConstraintsException e) {
        // the parser still knows where it is: name the path, line and column of the offending value
        Location at = location(p.currentLocation());
        throw InvalidInputException.at(name, pathOf(p), at == null ? location(e.getLocation()) : at,
            cleanConstraint(e.getOriginalMessage()), null, "documents past the size, depth or length limits are refused");
      }
    } catch (JsonParseException e) {
      throw InvalidInputException.at(name, pathOf(e), location(e.getLocation()),
          "malformed JSON: " + firstLine(e.getOriginalMessage()), null, null);
    } catch (JsonProcessingException e) {
      throw InvalidInputException.at(name, "$", location(e.getLocation()),
          "malformed JSON: " + firstLine(e.getOriginalMessage()), null, null);
    } catch (IOException e) {
      throw InvalidInputException.at(name, "$", null, "cannot be read: " + e.getMessage(), "a UTF-8 JSON document", null);
    }
  }

  /** Refuses a string holding an unpaired surrogate (a lone high- or low-surrogate escape): it is not Unicode text. */
  private static String text(String value, String name, String path, Location at) {
    int bad = Text.unpairedSurrogate(value);
    if (bad >= 0) {
      throw InvalidInputException.at(name, path, at,
          String.format(java.util.Locale.ROOT, "found an unpaired surrogate \\u%04x at character %d",
              (int) value.charAt(bad), bad + 1),
          "Unicode text (a \\uD800-\\uDBFF escape followed by a \\uDC00-\\uDFFF one)",
          "strings must be valid Unicode");
    }
    return value;
  }

  private Json value(JsonParser p, String name, String path, int depth) throws IOException {
    JsonToken t = p.currentToken();
    Location at = known(p.currentTokenLocation());
    switch (t) {
      case START_OBJECT: {
        checkDepth(name, path, at, depth + 1);
        Map<String, Json> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String child = member(path, p.currentName());
          String field = text(p.currentName(), name, child, known(p.currentTokenLocation()));
          p.nextToken();
          members.put(field, value(p, name, child, depth + 1));
        }
        return new Json.Obj(java.util.Collections.unmodifiableMap(members), at);
      }
      case START_ARRAY: {
        checkDepth(name, path, at, depth + 1);
        List<Json> items = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(p, name, path + "[" + i++ + "]", depth + 1));
        }
        return new Json.Arr(List.copyOf(items), at);
      }
      case VALUE_STRING:
        return new Json.Str(text(p.getText(), name, path, at), at);
      case VALUE_NUMBER_INT:
        return new Json.Num(p.getText(), true, at);
      case VALUE_NUMBER_FLOAT:
        return new Json.Num(p.getText(), false, at);
      case VALUE_TRUE:
        return new Json.Bool(true, at);
      case VALUE_FALSE:
        return new Json.Bool(false, at);
      case VALUE_NULL:
        return new Json.Null(at);
      default:
        throw InvalidInputException.at(name, path, at, "unexpected token " + t, "a JSON value", null);
    }
  }

  private void checkDepth(String name, String path, Location at, int depth) {
    if (depth > limits.maxDepth()) {
      throw InvalidInputException.at(name, path, at,
          "the document nests arrays and objects deeper than " + limits.maxDepth() + " levels",
          "at most " + limits.maxDepth() + " levels of nesting", "deeply nested input is refused");
    }
  }

  /**
   * Returns the JSON path of a member: {@code $.a.name}, or {@code $.a['odd name']} with
   * a backslash and a quote escaped when the name is not an identifier.
   *
   * @param path the object's path
   * @param name the member's name
   * @return the member's path
   */
  static String member(String path, String name) {
    return path + (isPlain(name) ? "." + name : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
  }

  static boolean isPlain(String field) {
    if (field.isEmpty() || !Character.isJavaIdentifierStart(field.charAt(0))) {
      return false;
    }
    for (int i = 1; i < field.length(); i++) {
      if (!Character.isJavaIdentifierPart(field.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String pathOf(JsonParseException e) {
    JsonParser p = e.getProcessor();
    return p == null ? "$" : pathOf(p);
  }

  private static String pathOf(JsonParser p) {
    StringBuilder sb = new StringBuilder();
    com.fasterxml.jackson.core.JsonStreamContext c = p.getParsingContext();
    List<String> parts = new ArrayList<>();
    while (c != null && !c.inRoot()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject()) {
        String n = c.getCurrentName();
        if (n != null) {
          parts.add(0, member("", n));
        }
      }
      c = c.getParent();
    }
    sb.append('$');
    parts.forEach(sb::append);
    return sb.toString();
  }

  private static Location known(@Nullable JsonLocation l) {
    Location at = location(l);
    return at == null ? new Location(0, 0) : at;
  }

  private static @Nullable Location location(@Nullable JsonLocation l) {
    if (l == null || l.getLineNr() < 1) {
      return null;
    }
    return new Location(l.getLineNr(), Math.max(1, l.getColumnNr()));
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static String cleanConstraint(@Nullable String message) {
    return firstLine(message).replaceAll(",? from `[^`]*`", "").replaceAll("\\s*\\(\\s*\\)", "");
  }
}
