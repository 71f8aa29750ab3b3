package io.github.dpasemantics.json;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.dpasemantics.json.InvalidInputException.Location;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.policy.ContractTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON documents into the model with Jackson: Jackson's parser under {@link JsonLimits} (the
 * size checked before parsing; {@link StreamReadConstraints} bounding nesting depth, string and
 * number length; duplicate names, content after the document and unpaired surrogates refused), then
 * Jackson databind itself for the model's values ({@link DatabindReader}, {@link ModelModule}:
 * builders, records, the event family's {@code "type"}), strictly: unknown members refused,
 * required members present, each value of the expected JSON type and form, {@code null} only for an
 * optional member (where it means "absent"), the model's invariants and Jakarta constraints checked;
 * a generic root type ({@code List<DpaEvent>}) and a policy's inputs ({@link PolicyInputs}) the
 * same way. Every refusal is an
 * {@link InvalidInputException} naming the document, the JSON path, the line and column, what was
 * found, the expected form and the rule.
 *
 * <p>The syntax and the limits are checked on the whole document before any value is bound, so a
 * malformed or too-deep document is refused as such whatever it holds.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonBinding {
  /** The most characters of an unreadable token a parse error quotes. */
  static final int ERROR_TOKEN = 24;

  /** The zone of dates given as instants when nothing names another: the Segment preset's. */
  static final ZoneId DEFAULT_ZONE = DpaTerms.segment().getZone();

  /** The contract zones a document names, looked up before binding. */
  private static final List<List<String>> ZONE_PATHS =
      List.of(List.of("terms", "zone"), List.of("contract", "terms", "zone"));

  private final JsonLimits limits;
  private final ObjectMapper mapper;
  /** Binds the model's values (any class) with Jackson databind itself. */
  private final DatabindReader databind;

  /**
   * Returns a reader with the given limits.
   *
   * @param limits the limits
   */
  public JsonBinding(JsonLimits limits) {
    this.limits = limits;
    JsonFactory factory = JsonFactory.builder()
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
    this.mapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.WRAP_EXCEPTIONS)
        .build();
    this.databind = new DatabindReader(this);
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
   * Returns the configured mapper of the syntax pass (for {@code key=value} inputs built as a tree).
   *
   * @return the mapper
   */
  ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Returns the reader of the model's values.
   *
   * @return the databind reader
   */
  DatabindReader databind() {
    return databind;
  }

  /**
   * A value read, with the dates its document gave as instants and their conversion into the
   * contract's zone, in the order they were read.
   *
   * @param <T> the type of the value
   * @param value the value
   * @param conversions the dates given as instants
   */
  public record Bound<T>(T value, List<ContractTime.DateInput> conversions) {
    /**
     * Copies the conversions.
     *
     * @param value the value
     * @param conversions the dates given as instants
     */
    public Bound {
      conversions = List.copyOf(conversions);
    }
  }

  /**
   * Reads a file's bytes, refusing it before reading if it is larger than the limit.
   *
   * @param file the file
   * @return the bytes
   * @throws InvalidInputException if the file is missing, unreadable or too large
   */
  public byte[] bytes(Path file) {
    String name = file.toString();
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw tooLarge(name, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return readLimited(in, name);
      }
    } catch (NoSuchFileException e) {
      throw InvalidInputException.argument("file '" + name + "'", "no such file", "a readable JSON file");
    } catch (IOException e) {
      throw InvalidInputException.argument("file '" + name + "'", "cannot be read: " + e.getMessage(),
          "a readable JSON file");
    }
  }

  /**
   * Reads a stream's bytes (standard input), refusing it as soon as it passes the size limit.
   *
   * @param in the stream (left open)
   * @param name the name to use in messages, e.g. {@code <stdin>}
   * @return the bytes
   * @throws InvalidInputException if the stream is unreadable or too large
   */
  public byte[] bytes(InputStream in, String name) {
    try {
      return readLimited(in, name);
    } catch (IOException e) {
      throw InvalidInputException.argument(name, "cannot be read: " + e.getMessage(), "a JSON document");
    }
  }

  /**
   * Reads a document as a value of a type.
   *
   * @param <T> the type
   * @param document the document, as UTF-8
   * @param type the type
   * @param source the document's name, for messages
   * @param zone the contract's zone for dates given as instants when the document names none, or
   *     {@code null} for the Segment preset's
   * @return the value and the dates given as instants
   * @throws InvalidInputException if the document is malformed, past a limit or does not fit the type
   */
  public <T> Bound<T> read(byte[] document, Class<T> type, String source, @Nullable ZoneId zone) {
    Bound<Object> read = read(document, (Type) type, source, zone);
    return new Bound<>(type.cast(read.value()), read.conversions());
  }

  /**
   * Reads a document as a value of a (generic) type.
   *
   * @param document the document, as UTF-8
   * @param type the type
   * @param source the document's name, for messages
   * @param zone the contract's zone for dates given as instants when the document names none, or
   *     {@code null} for the Segment preset's
   * @return the value and the dates given as instants
   * @throws InvalidInputException if the document is malformed, past a limit or does not fit the type
   */
  public Bound<Object> read(byte[] document, Type type, String source, @Nullable ZoneId zone) {
    return databind.read(document, type, source, zone);
  }

  /**
   * Reads a document's text as a value of a type (tests, library callers).
   *
   * @param <T> the type
   * @param json the document
   * @param type the type
   * @param source the document's name, for messages
   * @return the value and the dates given as instants
   */
  public <T> Bound<T> read(String json, Class<T> type, String source) {
    return read(json.getBytes(StandardCharsets.UTF_8), type, source, null);
  }

  /**
   * Parses a document (a {@code key=value} input's JSON text, the inputs of {@code dpa decide}) as a
   * tree, under the same limits and checks as any document.
   *
   * @param document the document, as UTF-8
   * @param source the name to use in messages
   * @return the tree
   * @throws InvalidInputException if the document is malformed or past a limit
   */
  public JsonNode tree(byte[] document, String source) {
    check(document, source);
    try {
      return mapper.readTree(document);
    } catch (IOException e) {
      throw InvalidInputException.at(source, "$", null, "malformed JSON: " + firstLine(e.getMessage()), null, null);
    }
  }

  /**
   * Describes a value for a message, e.g. {@code the number 3} or {@code an object}.
   *
   * @param value the value
   * @return the description
   */
  public String describe(JsonNode value) {
    try (JsonParser p = mapper.treeAsTokens(value)) {
      p.nextToken();
      return describe(p);
    } catch (IOException e) {
      return "a value";
    }
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

  /**
   * Tells whether values of a type can be read (every type it refers to has a deserializer).
   *
   * @param type the type
   * @return true if it can be read from JSON
   */
  public boolean canRead(Type type) {
    return databind.canRead(type);
  }

  /**
   * Returns the expected form of a type in words, as the messages name it, e.g. {@code an array of
   * one of: LOSS, ALTERATION} for {@code Set<SecurityEffect>}.
   *
   * @param type the type
   * @return the form
   */
  public static String expected(Type type) {
    return DatabindReader.expected(TypeFactory.defaultInstance().constructType(type));
  }

  /**
   * Returns where a value starts in a document that passed the checks, e.g. the third event of a
   * timeline ({@code /events/2}): for a refusal found after binding (the monitor's), which still
   * names its line and column.
   *
   * @param document the document, as UTF-8
   * @param pointer the value's JSON pointer, e.g. {@code /events/2}
   * @return the line and column, or empty if there is no such value
   */
  public java.util.Optional<Location> locate(byte[] document, String pointer) {
    JsonPointer wanted = JsonPointer.compile(pointer);
    try (JsonParser p = mapper.getFactory().createParser(document)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext c = p.getParsingContext();
        boolean opening = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
        if (wanted.equals((opening ? c.getParent() : c).pathAsPointer())) {
          return java.util.Optional.ofNullable(location(p.currentTokenLocation()));
        }
      }
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.empty();
  }

  static ZoneId zoneOr(@Nullable String named, @Nullable ZoneId given) {
    if (named != null) {
      try {
        return ZoneId.of(named);
      } catch (DateTimeException e) {
        // refused with its path when the terms are bound
      }
    }
    return given != null ? given : DEFAULT_ZONE;
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

  /**
   * Checks the document's syntax and limits as a whole, before binding: one pass of the streaming
   * parser, keeping nothing but the contract zone the document names (a timeline's
   * {@code contract.terms.zone}, an object's {@code terms.zone}), which places the dates given as
   * instants wherever they come in the document.
   *
   * @return the zone named, if any
   */
  @Nullable String check(byte[] bytes, String name) {
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge(name, bytes.length);
    }
    @Nullable String zone = null;
    try (JsonParser p = mapper.getFactory().createParser(bytes)) {
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw InvalidInputException.at(name, "$", new Location(1, 1), "the document is empty", "a JSON value", null);
        }
        int depth = 0;
        while (t != null) {
          switch (t) {
            case START_OBJECT, START_ARRAY -> {
              depth++;
              if (depth > limits.maxDepth()) {
                throw InvalidInputException.at(name, pathOf(p, true), known(p.currentTokenLocation()),
                    "the document nests arrays and objects deeper than " + limits.maxDepth() + " levels",
                    "at most " + limits.maxDepth() + " levels of nesting", "deeply nested input is refused");
              }
            }
            case END_OBJECT, END_ARRAY -> depth--;
            case FIELD_NAME -> text(p.currentName(), name, pathOf(p, false), known(p.currentTokenLocation()));
            case VALUE_STRING -> {
              String value = text(p.getText(), name, pathOf(p, false), known(p.currentTokenLocation()));
              if (zone == null && isZonePath(p.getParsingContext())) {
                zone = value;
              }
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getText(); // its length is checked when it is read
            default -> {
              // booleans and null: nothing to check
            }
          }
          if (depth == 0) {
            break;
          }
          t = p.nextToken();
        }
        JsonToken after = p.nextToken();
        if (after != null) {
          throw InvalidInputException.at(name, "$", location(p.currentTokenLocation()),
              "unexpected content after the end of the JSON document", "a single JSON value", null);
        }
        return zone;
      } catch (StreamConstraintsException e) {
        // the parser still knows where it is: name the path, line and column of the offending value
        Location at = location(p.currentLocation());
        throw InvalidInputException.at(name, pathOf(p, false), at == null ? location(e.getLocation()) : at,
            cleanConstraint(e.getOriginalMessage()), null, "documents past the size, depth or length limits are refused");
      }
    } catch (JsonParseException e) {
      JsonParser p = e.getProcessor();
      throw InvalidInputException.at(name, p == null ? "$" : pathOf(p, false), location(e.getLocation()),
          "malformed JSON: " + firstLine(e.getOriginalMessage()), null, null);
    } catch (JsonProcessingException e) {
      throw InvalidInputException.at(name, "$", location(e.getLocation()),
          "malformed JSON: " + firstLine(e.getOriginalMessage()), null, null);
    } catch (IOException e) {
      throw InvalidInputException.at(name, "$", null, "cannot be read: " + e.getMessage(), "a UTF-8 JSON document", null);
    }
  }

  private static boolean isZonePath(JsonStreamContext c) {
    List<String> names = new ArrayList<>();
    for (JsonStreamContext k = c; k != null && !k.inRoot(); k = k.getParent()) {
      if (!k.inObject()) {
        return false;
      }
      names.add(0, String.valueOf(k.getCurrentName()));
    }
    return ZONE_PATHS.contains(names);
  }

  /** Refuses a string holding an unpaired surrogate (a lone high- or low-surrogate escape): it is not Unicode text. */
  private static String text(String value, String name, String path, Location at) {
    int bad = Text.unpairedSurrogate(value);
    if (bad >= 0) {
      throw InvalidInputException.at(name, path, at,
          String.format(Locale.ROOT, "found an unpaired surrogate \\u%04x at character %d",
              (int) value.charAt(bad), bad + 1),
          "Unicode text (a \\uD800-\\uDBFF escape followed by a \\uDC00-\\uDFFF one)",
          "strings must be valid Unicode");
    }
    return value;
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

  private static boolean isPlain(String field) {
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

  /**
   * The JSON path where the parser is: of the container just opened when {@code opening} (its
   * parsing context is already the new one), else of the current value or name.
   */
  static String pathOf(JsonParser p, boolean opening) {
    JsonStreamContext c = p.getParsingContext();
    if (opening && c != null && !c.inRoot()) {
      c = c.getParent();
    }
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
    return "$" + String.join("", parts);
  }

  static Location known(@Nullable JsonLocation l) {
    Location at = location(l);
    return at == null ? new Location(0, 0) : at;
  }

  static @Nullable Location location(@Nullable JsonLocation l) {
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
