package io.github.dpasemantics.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Reads the model's values with Jackson databind itself ({@link ModelModule}: builders, the event
 * type id, the project's text forms), strictly: unknown members, {@code null} for a required
 * member, scalar coercions (string, number, boolean into one another; a float for an integer; an
 * empty string for a value) refused; then translates Jackson's exceptions into the one-line
 * {@link InvalidInputException} (document, JSON path, line and column, what was found, the
 * expected form, the rule). The syntax and limits are checked first by {@link JsonBinding#check}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DatabindReader {
  /** Why {@code null} is refused where it is: it stands for "absent", which only an optional member may be. */
  static final String NULL_RULE = "null means absent, and only an optional field may be absent";

  private final JsonBinding syntax;
  private final ObjectMapper mapper;

  /**
   * Returns a reader on the syntax checks and the parser configuration of a {@link JsonBinding}.
   *
   * @param syntax the syntax and limits pass, whose parser factory is reused
   */
  DatabindReader(JsonBinding syntax) {
    this.syntax = syntax;
    JsonMapper m = JsonMapper.builder(syntax.mapper().getFactory().copy())
        .addModule(new Jdk8Module())
        .addModule(new ModelModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
        .enable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        // an item of an array is never absent: null refused there (a member's null is the introspector's)
        .defaultSetterInfo(JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL))
        .build();
    m.coercionConfigDefaults()
        .setAcceptBlankAsEmpty(false)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
    this.mapper = m;
  }

  /**
   * Reads a document as a value of a (generic) type.
   *
   * @param document the document, as UTF-8
   * @param type the type, e.g. {@code List<DpaEvent>}
   * @param source the document's name, for messages
   * @param zone the contract's zone for dates given as instants when the document names none, or
   *     {@code null} for the Segment preset's
   * @return the value and the dates given as instants
   * @throws InvalidInputException if the document is malformed, past a limit or does not fit the type
   */
  JsonBinding.Bound<Object> read(byte[] document, java.lang.reflect.Type type, String source, @Nullable ZoneId zone) {
    @Nullable String named = syntax.check(document, source);
    ModelModule.DateContext dates = new ModelModule.DateContext(JsonBinding.zoneOr(named, zone));
    JavaType javaType = mapper.constructType(type);
    return guarded(source, document, null, p -> {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw InvalidInputException.at(source, "$", JsonBinding.location(p.currentTokenLocation()), "found null",
            expected(javaType), NULL_RULE);
      }
      Object value = mapper.readerFor(javaType).withAttribute(ModelModule.DateContext.class, dates).readValue(p);
      return new JsonBinding.Bound<>(value, dates.conversions());
    });
  }

  /**
   * Reads a document that is an object whose members are values of their own types (the inputs of
   * a policy), each member read exactly as a document of its type is, its messages naming the
   * member's path. A member given as {@code null} is absent; it is refused if the member is required.
   *
   * @param document the document, as UTF-8
   * @param name the object's name in messages, e.g. {@code Deletion.deletionDue}
   * @param members the members' types, by name
   * @param required the members that must be given
   * @param source the document's name, for messages
   * @param zone the contract's zone for dates given as instants when the document names none, or
   *     {@code null} for the Segment preset's
   * @return the members given (not null), in the document's order, and the dates given as instants
   * @throws InvalidInputException if the document is malformed, past a limit, not such an object,
   *     names an unknown member, lacks a required one or a member does not fit its type
   */
  JsonBinding.Bound<java.util.Map<String, Object>> readMembers(byte[] document, String name,
      java.util.Map<String, java.lang.reflect.Type> members, java.util.Set<String> required, String source,
      @Nullable ZoneId zone) {
    @Nullable String named = syntax.check(document, source);
    ModelModule.DateContext dates = new ModelModule.DateContext(JsonBinding.zoneOr(named, zone));
    java.util.Map<String, JavaType> types = new java.util.LinkedHashMap<>();
    members.forEach((k, t) -> {
      JavaType declared = mapper.constructType(t);
      // a set keeps the order it was given in (Jackson's default, a HashSet, would not)
      types.put(k, declared.getRawClass() == java.util.Set.class
          ? mapper.getTypeFactory().constructCollectionType(java.util.LinkedHashSet.class, declared.getContentType())
          : declared);
    });
    JavaType[] current = new JavaType[1];
    return guarded(source, document, current, p -> {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw InvalidInputException.at(source, "$", JsonBinding.location(p.currentTokenLocation()),
            "found " + JsonBinding.describe(p), "an object (" + name + ")", null);
      }
      InvalidInputException.@Nullable Location start = JsonBinding.location(p.currentTokenLocation());
      java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String member = p.currentName();
        String path = JsonBinding.member("$", member);
        JavaType t = types.get(member);
        if (t == null) {
          p.nextToken(); // the refusal points at the value, as for a model value's unknown member
          throw InvalidInputException.at(source, path, JsonBinding.location(p.currentTokenLocation()),
              "unknown field \"" + member + "\" in " + name,
              "one of the fields: " + (types.isEmpty() ? "(none)" : String.join(", ", types.keySet())),
              "unknown fields are refused, not ignored");
        }
        seen.add(member);
        p.nextToken();
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          if (required.contains(member)) {
            throw InvalidInputException.at(source, path, JsonBinding.location(p.currentTokenLocation()), "found null",
                expected(t), NULL_RULE);
          }
          continue;
        }
        current[0] = t;
        ObjectReader reader = mapper.readerFor(t)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).withAttribute(ModelModule.DateContext.class, dates);
        try {
          Class<?> kind = t.getRawClass();
          if (DpaEvent.class.isAssignableFrom(kind) && kind != DpaEvent.class && p.currentToken() == JsonToken.START_OBJECT) {
            // an input of one kind of event: its "type" may be left out, and names that kind if given
            JsonNode event = typed(reader.readTree(p), kind, path, source, document);
            dates.within(path.substring(2));
            try {
              values.put(member, reader.readValue(mapper.treeAsTokens(event)));
            } finally {
              dates.within("");
            }
          } else {
            values.put(member, reader.readValue(p));
          }
        } catch (JsonMappingException e) {
          e.prependPath(new JsonMappingException.Reference(null, member));
          throw e;
        }
        current[0] = null;
      }
      for (String r : required) {
        if (!seen.contains(r)) {
          throw InvalidInputException.at(source, "$", start, "missing required field \"" + r + "\" in " + name,
              "\"" + r + "\": " + expected(types.get(r)), null);
        }
      }
      return new JsonBinding.Bound<>(values, dates.conversions());
    });
  }

  /**
   * Tells whether values of a type can be read.
   *
   * @param type the type
   * @return true if Jackson finds a deserializer for it
   */
  boolean canRead(java.lang.reflect.Type type) {
    return mapper.canDeserialize(mapper.constructType(type));
  }

  /**
   * An event given for an input of one kind: its {@code "type"} added if left out, refused if it
   * names another kind.
   */
  private JsonNode typed(JsonNode event, Class<?> kind,
      String path, String source, byte[] document) {
    String name = Formats.typeName(kind);
    JsonNode type = event.get(ModelModule.TYPE_ID);
    if (type == null) {
      ObjectNode out = mapper.createObjectNode().put(ModelModule.TYPE_ID, name);
      out.setAll((ObjectNode) event);
      return out;
    }
    if (!type.isTextual() || !type.asText().equals(name)) {
      String at = JsonBinding.member(path, ModelModule.TYPE_ID);
      throw InvalidInputException.at(source, at,
          syntax.locate(document, at.substring(1).replace('.', '/')).orElse(null), "found " + syntax.describe(type),
          "\"" + name + "\"", "the \"type\" of a " + name + " names it");
    }
    return event;
  }

  /** What a reading does with the parser on the document's first token. */
  @FunctionalInterface
  private interface Reading<R> {
    R read(JsonParser p) throws IOException;
  }

  /**
   * Runs a reading on a document that passed the syntax checks, Jackson's refusals translated into
   * the one-line message; {@code member} holds the declared type of the member being read, if any.
   */
  private <R> R guarded(String source, byte[] document, JavaType @Nullable [] member, Reading<R> reading) {
    try (JsonParser p = mapper.getFactory().createParser(document)) {
      p.nextToken();
      try {
        return reading.read(p);
      } catch (JsonProcessingException e) {
        // while the parser is open, on the offending token
        throw translate(e, source, document, member == null ? null : member[0]);
      }
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException e) {
      throw InvalidInputException.at(source, "$", null, "cannot be read: " + e.getMessage(), "a UTF-8 JSON document",
          null);
    } catch (RuntimeException e) {
      // a compact constructor's refusal (a record's List.copyOf of a null)
      throw InvalidInputException.at(source, "$", null, "refused by the model: " + e, null, "the model's invariants");
    }
  }

  /** Jackson's refusal as the one-line message: path, line and column, what was found, the expected form, the rule. */
  private InvalidInputException translate(JsonProcessingException e, String source, byte[] document,
      @Nullable JavaType memberType) {
    List<JsonMappingException.Reference> refs = e instanceof JsonMappingException m ? m.getPath() : List.of();
    Matcher creator = MISSING_CREATOR.matcher(String.valueOf(e.getOriginalMessage()));
    if (e instanceof MismatchedInputException && creator.find() && !refs.isEmpty()) {
      // a record's required component left out: refused at the record, as a builder's is
      JsonMappingException.Reference member = refs.get(refs.size() - 1);
      List<JsonMappingException.Reference> owner = refs.subList(0, refs.size() - 1);
      Object from = member.getFrom();
      return missing(source, path(owner), place(document, owner).location(), from instanceof Class<?> c ? c : null,
          creator.group(1));
    }
    String path = path(refs);
    // the value's start and what it is, from the document itself: Jackson's parser may be on a
    // later token, or on a buffer without places (an event whose "type" comes after its members)
    Place place = place(document, refs);
    InvalidInputException.@Nullable Location at = place.location() != null ? place.location()
        : JsonBinding.location(e.getLocation());
    String found = "found " + place.found();
    if (e instanceof ModelModule.ConstraintException c) {
      Constraints.Violation v = c.violation();
      return InvalidInputException.at(source, path, at, v.problem(), v.expected(), v.rule());
    }
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = new ArrayList<>();
      for (Object k : u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds()) {
        known.add(String.valueOf(k));
      }
      List<String> order = memberOrder(u.getReferringClass());
      known.sort(java.util.Comparator.comparingInt((String k) -> order.indexOf(k) < 0 ? order.size() : order.indexOf(k)));
      return InvalidInputException.at(source, path, at,
          "unknown field \"" + u.getPropertyName() + "\" in " + typeName(u.getReferringClass()),
          "one of the fields: " + (known.isEmpty() ? "(none)" : String.join(", ", known)),
          "unknown fields are refused, not ignored");
    }
    // a member of a policy's inputs refused as a whole: its declared (generic) type is the form expected
    String expected = memberType != null && refs.size() == 1 ? expected(memberType)
        : expected(refs, e instanceof MismatchedInputException m ? m.getTargetType() : null);
    if (e instanceof InvalidTypeIdException t) {
      String kinds = "one of: " + String.join(", ", kinds());
      String id = t.getTypeId();
      if (id == null && !place.found().equals("an object")) {
        return InvalidInputException.at(source, path, at, found, expected(DpaEvent.class), null);
      }
      List<JsonMappingException.Reference> typeRefs = new ArrayList<>(refs);
      typeRefs.add(new JsonMappingException.Reference(null, ModelModule.TYPE_ID));
      Place typePlace = place(document, typeRefs);
      String typePath = JsonBinding.member(path, ModelModule.TYPE_ID);
      if (id == null && typePlace.location() == null) {
        return InvalidInputException.at(source, path, at, "missing required field \"" + ModelModule.TYPE_ID + "\"",
            "\"" + ModelModule.TYPE_ID + "\" naming " + kinds, null);
      }
      // Jackson takes a number or a boolean as a type id's text: not a kind's name either way
      boolean named = id != null && typePlace.found().startsWith("the string");
      return InvalidInputException.at(source, typePath, typePlace.location(), named
          ? "found the string \"" + id + "\", which is not a kind of DpaEvent" : "found " + typePlace.found(), kinds, null);
    }
    if (e instanceof InvalidNullException) {
      return InvalidInputException.at(source, path, at, "found null", expected, NULL_RULE);
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      String reason = f.getOriginalMessage();
      // the reason of the project's own forms; Jackson's own ("Cannot coerce ...") adds nothing to "found"
      boolean own = reason != null && !reason.startsWith("Cannot ") && (target == null || !target.isEnum());
      return InvalidInputException.at(source, path, at, found + (own ? " (" + reason + ")" : ""), expected, null);
    }
    if (e instanceof MismatchedInputException && !(e instanceof ValueInstantiationException)) {
      return InvalidInputException.at(source, path, at, found, expected, null);
    }
    Throwable cause = e.getCause() == null ? e : e.getCause();
    String why = String.valueOf(cause.getMessage());
    Matcher missing = MISSING.matcher(why);
    if (missing.find()) {
      Class<?> type = e instanceof ValueInstantiationException v ? v.getType().getRawClass() : null;
      return missing(source, path, at, type, firstOf(missing.group(2)));
    }
    if (cause instanceof RuntimeException) {
      return InvalidInputException.at(source, path, at, "refused by the model: " + why, null, "the model's invariants");
    }
    return InvalidInputException.at(source, path, at, firstLine(e.getOriginalMessage()), null, null);
  }

  /**
   * A value's place in a document and what it is ({@code an object}, {@code the number 3}).
   *
   * @param location its line and column, if found
   * @param found its description
   */
  private record Place(InvalidInputException.@Nullable Location location, String found) {}

  /** Finds the value a path names in a document that passed the syntax checks. */
  private Place place(byte[] document, List<JsonMappingException.Reference> refs) {
    JsonPointer wanted = JsonPointer.compile(pointer(refs));
    try (JsonParser p = syntax.mapper().getFactory().createParser(document)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext c = p.getParsingContext();
        boolean opening = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
        if (wanted.equals((opening ? c.getParent() : c).pathAsPointer())) {
          return new Place(JsonBinding.location(p.currentTokenLocation()), JsonBinding.describe(p));
        }
      }
    } catch (IOException e) {
      // not found: Jackson's own place
    }
    return new Place(null, "a value");
  }

  /** The expected form of the value a path names: the declared type of its member, else Jackson's target type. */
  private static String expected(List<JsonMappingException.Reference> refs, @Nullable Class<?> target) {
    if (!refs.isEmpty()) {
      JsonMappingException.Reference last = refs.get(refs.size() - 1);
      Object from = last.getFrom();
      Class<?> owner = valueType(from instanceof Class<?> c ? c : from == null ? null : from.getClass());
      String name = last.getFieldName();
      if (owner != null && name != null) {
        java.lang.reflect.Type t = memberType(owner, name);
        if (t != null) {
          return expected(TypeFactory.defaultInstance().constructType(t));
        }
      }
    }
    return expected(target);
  }

  private static InvalidInputException missing(String source, String path, InvalidInputException.@Nullable Location at,
      @Nullable Class<?> type, String member) {
    Class<?> value = valueType(type);
    String form = "a value";
    if (value != null) {
      java.lang.reflect.Type t = memberType(value, member);
      if (t != null) {
        form = expected(TypeFactory.defaultInstance().constructType(t));
      }
    }
    return InvalidInputException.at(source, path, at, "missing required field \"" + member + "\" in " + typeName(type),
        "\"" + member + "\": " + form, null);
  }

  /** The value type a builder builds, the class itself otherwise. */
  private static @Nullable Class<?> valueType(@Nullable Class<?> c) {
    if (c == null) {
      return null;
    }
    Class<?> outer = c.getEnclosingClass();
    return outer != null && c.getSimpleName().equals("Builder") ? Formats.abstractTypeOf(outer) : c;
  }

  /** The declared type of a member: a record's component, a value's getter. */
  private static java.lang.reflect.@Nullable Type memberType(Class<?> value, String member) {
    if (value.isRecord()) {
      for (java.lang.reflect.RecordComponent rc : value.getRecordComponents()) {
        if (rc.getName().equals(member)) {
          return rc.getGenericType();
        }
      }
      return null;
    }
    String cap = Character.toUpperCase(member.charAt(0)) + member.substring(1);
    for (String g : List.of("get" + cap, "is" + cap)) {
      try {
        return value.getMethod(g).getGenericReturnType();
      } catch (NoSuchMethodException e) {
        // try the other form
      }
    }
    return null;
  }

  /**
   * The members of a type in their declared order: a record's components, an Immutables value's
   * attributes as its generated class declares their fields.
   */
  private static List<String> memberOrder(@Nullable Class<?> c) {
    Class<?> value = valueType(c);
    List<String> order = new ArrayList<>();
    if (value == null) {
      return order;
    }
    if (value.isRecord()) {
      for (java.lang.reflect.RecordComponent rc : value.getRecordComponents()) {
        order.add(rc.getName());
      }
      return order;
    }
    // the generated ImmutableX, whose Builder the value's public Builder extends, declares one field per attribute
    Class<?> generatedBuilder = c == null ? null : c.getSuperclass();
    Class<?> generated = generatedBuilder == null ? null : generatedBuilder.getEnclosingClass();
    if (generated != null) {
      for (java.lang.reflect.Field f : generated.getDeclaredFields()) {
        if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
          order.add(f.getName());
        }
      }
    }
    return order;
  }

  /** Jackson's message for a record's required component left out. */
  private static final java.util.regex.Pattern MISSING_CREATOR =
      java.util.regex.Pattern.compile("Missing required creator property '([^']*)'");

  /** Immutables' message for a {@code build()} with required attributes unset. */
  private static final java.util.regex.Pattern MISSING =
      java.util.regex.Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[([^\\]]*)\\]");

  /** The first name of an Immutables builder's comma-separated list of attributes not set. */
  private static String firstOf(String names) {
    int comma = names.indexOf(',');
    return comma < 0 ? names : names.substring(0, comma);
  }

  /** The name of a model type in messages; a builder stands for the value it builds. */
  private static String typeName(@Nullable Class<?> c) {
    if (c == null) {
      return "a value";
    }
    Class<?> outer = c.getEnclosingClass();
    return Formats.typeName(outer != null && c.getSimpleName().equals("Builder") ? outer : c);
  }

  private static String pointer(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      String name = r.getFieldName();
      if (name != null) {
        sb.append('/').append(name.replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }

  private static List<String> kinds() {
    List<String> names = new ArrayList<>();
    for (EventType t : EventType.values()) {
      names.add(Formats.typeName(t.getEventClass()));
    }
    return names;
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : refs) {
      String name = r.getFieldName();
      if (name != null) {
        sb.replace(0, sb.length(), JsonBinding.member(sb.toString(), name));
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** The expected form of a type, in words (for messages). */
  static String expected(@Nullable Class<?> c) {
    return c == null ? "a value" : expected(TypeFactory.defaultInstance().constructType(c));
  }

  /**
   * The expected form of a (generic) type, in words (for messages and {@code dpa policies}).
   *
   * @param type the type
   * @return the form, e.g. {@code an array of one of: LOSS, ...}
   */
  static String expected(@Nullable JavaType type) {
    if (type == null) {
      return "a value";
    }
    Class<?> c = type.getRawClass();
    if (c == Optional.class) {
      return expected(type.containedTypeOrUnknown(0));
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      return "an array of " + expected(type.getContentType());
    }
    if (c == String.class) {
      return "a string";
    }
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      return "an integer";
    }
    if (c == boolean.class || c == Boolean.class) {
      return "true or false";
    }
    if (c == double.class || c == Double.class || c == java.math.BigDecimal.class) {
      return "a number";
    }
    if (c == LocalDate.class) {
      return Formats.DATE_EXPECTED;
    }
    if (c == java.time.ZoneId.class) {
      return "a time-zone id such as America/Los_Angeles";
    }
    if (c == java.time.Period.class) {
      return "an ISO-8601 period such as P10D";
    }
    if (c == java.time.Duration.class) {
      return "an ISO-8601 duration such as PT72H";
    }
    if (c == io.github.dpasemantics.model.contract.Interpretations.class) {
      return "an array of reading names (Interpretation), at most one per question";
    }
    if (c == io.github.dpasemantics.model.time.BusinessCalendar.class) {
      return "an array of holidays as YYYY-MM-DD (weekends are never business days)";
    }
    if (c == ClauseId.class) {
      return "a clause id such as 6.3 or A.2.2.2";
    }
    if (c == CountryCode.class) {
      return "an ISO 3166-1 alpha-2 country code such as DE";
    }
    if (c.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object k : c.getEnumConstants()) {
        names.add(((Enum<?>) k).name());
      }
      return "one of: " + String.join(", ", names);
    }
    if (c == DpaEvent.class) {
      return "an object (DpaEvent) whose \"type\" is one of: " + String.join(", ", kinds());
    }
    return "an object (" + typeName(c) + ")";
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
