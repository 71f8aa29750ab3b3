package io.github.dpasemantics.json;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomPropertyDefinition;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import com.github.victools.jsonschema.generator.impl.PropertySortUtils;
import com.github.victools.jsonschema.generator.impl.module.FlattenedWrapperModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import io.github.dpasemantics.json.output.DecisionOutput;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.policy.LegalFacts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Generates the published JSON Schemas (draft 2020-12) with victools jsonschema-generator and its
 * Jakarta Validation module, configured for the project's types so that a schema describes exactly
 * the JSON the command line accepts:
 *
 * <ul>
 *   <li>an Immutables value is an object with one property per attribute (a bean getter
 *       {@code getX()}/{@code isX()} that its builder can set); an attribute is required unless it
 *       is an {@code Optional}, a collection or has a default, and such an attribute may also be
 *       {@code null} (the reader takes it as left out); unknown members are refused
 *       ({@code additionalProperties: false}); a record is an object with one property per
 *       component, the same way;
 *   <li>the Jakarta constraints of an attribute become its keywords ({@code @Min}, {@code @Max},
 *       {@code @Size}, {@code @NotEmpty}, {@code @NotBlank} by the module; {@code @Pattern} and
 *       {@code @Email} anchored and in ECMA-262 syntax here, as JSON Schema patterns match anywhere);
 *   <li>a sealed family (the events) is a {@code oneOf} over its kinds, each named by a
 *       {@code "type"} constant that the family requires;
 *   <li>a set has {@code uniqueItems}, an enum its constant names, a date the forms the reader
 *       accepts (a day, or an instant with an offset or zone), an {@code int} its range, and a
 *       string at most {@link JsonLimits#DEFAULT}'s length;
 *   <li>an output record (package {@code io.github.dpasemantics.json.output}: what the command
 *       line prints) is an object whose members are all required except an {@code Optional} and
 *       a list marked {@code @JsonInclude(NON_EMPTY)}, none of them {@code null}; its members' and
 *       its own descriptions are its {@code @JsonPropertyDescription} and
 *       {@code @JsonClassDescription}, a member's name its {@code @JsonProperty}; an
 *       {@code Object} member may hold any JSON value;
 *   <li>a policy's inputs are an object with one member per parameter (see
 *       {@link #policyInputs}).
 * </ul>
 *
 * <p>This class is thread-safe; one instance can generate any number of documents.
 */
public final class SchemaGenerator {
  /** The JSON Schema dialect of the generated documents. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  // the date-or-instant and e-mail forms are the reader's (Formats.DATE_OR_INSTANT_PATTERN,
  // Formats.EMAIL), held once so that a schema publishes exactly what the reader accepts

  private static final String OUTPUT_PACKAGE = DecisionOutput.class.getPackageName();

  private static final String JSPECIFY_NULLABLE = "org.jspecify.annotations.Nullable";

  /** The member naming an event's kind. */
  public static final String DISCRIMINATOR = "type";

  private final ObjectMapper mapper = new ObjectMapper();
  private final com.github.victools.jsonschema.generator.SchemaGenerator victools;
  private final Map<Class<?>, Set<String>> attributes = new ConcurrentHashMap<>();

  /** Returns a generator. */
  public SchemaGenerator() {
    SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
        new OptionPreset(Option.ADDITIONAL_FIXED_TYPES, Option.FLATTENED_ENUMS,
            Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS, Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS,
            Option.GETTER_METHODS, Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
            Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
            Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.DEFINITION_FOR_MAIN_SCHEMA, Option.ALLOF_CLEANUP_AT_THE_END,
            Option.ENUM_KEYWORD_FOR_SINGLE_VALUES));
    // Optional<X> is X: a member that may be absent (or null, which the reader takes as absent)
    b.with(new FlattenedWrapperModule<>(Optional.class));
    b.with(new JakartaValidationModule());

    // members: a record's components (its fields), an Immutables value's attributes (its bean getters)
    b.forFields().withIgnoreCheck(f -> f.isStatic() || !f.getDeclaringType().getErasedType().isRecord());
    b.forMethods().withIgnoreCheck(m -> m.isStatic() || !isAttribute(m));
    b.forMethods().withPropertyNameOverrideResolver(m -> attributeName(m.getRawMember()));
    // an output record's member is always written unless it is an Optional or a list left out when empty
    b.forFields().withRequiredCheck(f -> output(f) ? !omittable(f) : !defaulted(f.getDeclaredType().getErasedType()));
    b.forMethods().withRequiredCheck(m -> !defaulted(m.getDeclaredType().getErasedType())
        && Modifier.isAbstract(m.getRawMember().getModifiers()));
    // the reader takes an explicit null for a member that may be left out as leaving it out
    b.forFields().withNullableCheck(f -> !output(f) && defaulted(f.getDeclaredType().getErasedType()));
    b.forMethods().withNullableCheck(m -> defaulted(m.getDeclaredType().getErasedType())
        || !Modifier.isAbstract(m.getRawMember().getModifiers()));
    b.forFields().withStringPatternResolver(SchemaGenerator::pattern);
    b.forMethods().withStringPatternResolver(SchemaGenerator::pattern);
    // @Email is the pattern above, which the reader checks; the module's "format": "email" would say more
    b.forMethods().withInstanceAttributeOverride((node, member, context) -> {
      if (annotation(member, Email.class) != null) {
        node.remove("format");
      }
    });

    // the output records (package output): their members' and types' descriptions, a member's JSON name
    b.forFields().withDescriptionResolver(f -> {
      JsonPropertyDescription d = f.isFakeContainerItemScope() ? null
          : f.getAnnotationConsideringFieldAndGetter(JsonPropertyDescription.class);
      return d == null ? null : d.value();
    });
    b.forTypesInGeneral().withDescriptionResolver(t -> {
      JsonClassDescription d = t.getType().getErasedType().getAnnotation(JsonClassDescription.class);
      return d == null ? null : d.value();
    });
    // in their declared order (not by name), and a date as the writer writes it: a day, never an instant
    b.forTypesInGeneral().withPropertySorter((x, y) -> output(x) && output(y)
        ? Integer.compare(componentIndex(x), componentIndex(y)) : PropertySortUtils.DEFAULT_PROPERTY_ORDER.compare(x, y));
    b.forFields().withCustomDefinitionProvider((f, context) -> {
      if (!output(f) || f.getType().getErasedType() != LocalDate.class) {
        return null;
      }
      // java.time's form: a deadline counted past 9999-12-31 is written with a sign and more digits
      ObjectNode day = mapper.createObjectNode().put("type", "string").put("pattern", "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}$")
          .put("$comment", "a day as YYYY-MM-DD; a year past 9999 as +YYYYY (LocalDate.toString)");
      return new CustomPropertyDefinition(day, CustomDefinition.AttributeInclusion.YES);
    });
    b.forFields().withPropertyNameOverrideResolver(f -> {
      JsonProperty p = f.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
      return p == null || p.value().isEmpty() ? null : p.value();
    });

    b.forTypesInGeneral().withCustomDefinitionProvider(this::scalarOrFamily);
    b.forTypesInGeneral().withArrayUniqueItemsResolver(
        t -> Set.class.isAssignableFrom(t.getType().getErasedType()) ? Boolean.TRUE : null);
    b.forTypesInGeneral().withNumberInclusiveMinimumResolver(
        t -> isInt(t) ? BigDecimal.valueOf(Integer.MIN_VALUE) : null);
    b.forTypesInGeneral().withNumberInclusiveMaximumResolver(
        t -> isInt(t) ? BigDecimal.valueOf(Integer.MAX_VALUE) : null);
    // the reader's limit; output text (a reason quoting a long id) may be longer
    b.forTypesInGeneral().withStringMaxLengthResolver(
        t -> CharSequence.class.isAssignableFrom(t.getType().getErasedType())
            && !(t instanceof MemberScope && output((MemberScope<?, ?>) t)) ? JsonLimits.DEFAULT.maxStringLength() : null);
    b.forTypesInGeneral().withTypeAttributeOverride(SchemaGenerator::kindConstant);
    this.victools = new com.github.victools.jsonschema.generator.SchemaGenerator(b.build());
  }

  /**
   * Returns the schema of a document whose root is a type.
   *
   * @param root the root type
   * @param id the schema's {@code $id}
   * @param title its title
   * @param description its description
   * @return the schema
   */
  public ObjectNode document(Type root, String id, String title, String description) {
    ObjectNode body = victools.generateSchema(root);
    return wrap(id, title, description, body);
  }

  /**
   * Returns the schema of a policy's inputs: an object with one member per parameter, named as in
   * the source (the policy module is compiled with {@code -parameters}). A {@link DpaTerms} or
   * {@link Interpretations} parameter may be left out (the Segment preset, the readings chosen on
   * the command line); a parameter declared {@code @Nullable} may be left out or {@code null}; an
   * {@code Optional} or collection may be left out; a {@link LegalFacts} parameter is not an
   * input. A policy with several overloads takes the inputs of exactly one ({@code oneOf}).
   *
   * @param overloads the policy's methods
   * @param id the schema's {@code $id}
   * @param title its title
   * @param description its description
   * @return the schema
   */
  public ObjectNode policyInputs(List<Method> overloads, String id, String title, String description) {
    SchemaBuilder defs = victools.buildMultipleSchemaDefinitions();
    List<ObjectNode> bodies = new ArrayList<>();
    for (Method m : overloads) {
      ObjectNode o = mapper.createObjectNode();
      o.put("type", "object");
      ObjectNode props = o.putObject("properties");
      ArrayNode required = mapper.createArrayNode();
      for (Parameter p : m.getParameters()) {
        Class<?> raw = p.getType();
        if (raw == LegalFacts.class) {
          continue;
        }
        Type t = raw == Optional.class ? ((ParameterizedType) p.getParameterizedType()).getActualTypeArguments()[0]
            : p.getParameterizedType();
        ObjectNode n = defs.createSchemaReference(t);
        boolean nullable = declaredNullable(p);
        if (raw == DpaTerms.class) {
          n.put("$comment", "defaults to the Segment preset (DpaTerms.segment())");
        } else if (raw == Interpretations.class) {
          n.put("$comment", "defaults to the library's readings, changed with --interpretation");
        } else if (nullable) {
          ObjectNode either = mapper.createObjectNode();
          either.putArray("anyOf").add(n).addObject().put("type", "null");
          either.put("$comment", "optional: the policy declares it @Nullable (absent when the case does not need it)");
          n = either;
        }
        props.set(p.getName(), n);
        if (!nullable && raw != DpaTerms.class && raw != Interpretations.class && !defaulted(raw)) {
          required.add(p.getName());
        }
      }
      if (!required.isEmpty()) {
        o.set("required", required);
      }
      o.put("additionalProperties", false);
      bodies.add(o);
    }
    ObjectNode body = mapper.createObjectNode();
    if (bodies.size() == 1) {
      body.setAll(bodies.get(0));
    } else {
      body.putArray("oneOf").addAll(bodies);
    }
    ObjectNode collected = defs.collectDefinitions("$defs");
    if (!collected.isEmpty()) {
      body.set("$defs", collected);
    }
    return wrap(id, title, description, body);
  }

  private ObjectNode wrap(String id, String title, String description, ObjectNode body) {
    ObjectNode out = mapper.createObjectNode();
    out.put("$schema", DIALECT);
    out.put("$id", id);
    out.put("title", title);
    out.put("description", description);
    body.remove("$schema");
    out.setAll(body);
    return out;
  }

  /** Scalars with a text form of their own, the two set-like values, and the sealed families. */
  private @Nullable CustomDefinition scalarOrFamily(ResolvedType type, SchemaGenerationContext context) {
    Class<?> c = type.getErasedType();
    Optional<Class<?>> arrayItem = ModelModule.arrayItemOf(c);
    ObjectNode n = mapper.createObjectNode();
    if (c == Object.class) {
      // an output member of any JSON type (a decision's outcome, a reason's arguments): no constraint
      return new CustomDefinition(n, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
    }
    if (c == LocalDate.class) {
      n.put("type", "string").put("pattern", Formats.DATE_OR_INSTANT_PATTERN).put("description", Formats.DATE_EXPECTED);
    } else if (c == Instant.class) {
      n.put("type", "string").put("format", "date-time").put("description", "an instant as YYYY-MM-DDThh:mm:ssZ");
    } else if (c == CountryCode.class) {
      // which pairs are assigned countries is checked by the reader (Countries)
      n.put("type", "string").put("pattern", "^[A-Z]{2}$")
          .put("description", "an ISO 3166-1 alpha-2 country code such as DE");
    } else if (c == ZoneId.class) {
      n.put("type", "string").put("description", "a time-zone id such as America/Los_Angeles");
    } else if (arrayItem.isPresent()) {
      n.put("type", "array").put("uniqueItems", true)
          .put("description", c == Interpretations.class ? "reading names (Interpretation), at most one per question"
              : "the holidays (weekends are never business days)")
          .set("items", context.createDefinitionReference(context.getTypeContext().resolve(arrayItem.get())));
    } else if (!c.isEnum() && !c.isPrimitive() && !c.getName().startsWith("java.") && textFactory(c)) {
      n.put("type", "string");
    } else {
      Map<String, Class<?>> variants = variants(c);
      if (variants.isEmpty()) {
        return null;
      }
      n.put("description", "One of " + variants.size() + " kinds, named by \"" + DISCRIMINATOR + "\".");
      n.put("type", "object");
      n.putArray("required").add(DISCRIMINATOR);
      ArrayNode one = n.putArray("oneOf");
      for (Class<?> v : variants.values()) {
        one.add(context.createDefinitionReference(context.getTypeContext().resolve(v)));
      }
      return new CustomDefinition(n, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
    }
    return new CustomDefinition(n, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
  }

  /** A kind of a sealed family carries its name as the {@code "type"} constant. */
  private static void kindConstant(ObjectNode node, TypeScope scope, SchemaGenerationContext context) {
    Class<?> c = scope.getType().getErasedType();
    if (kindOf(c) && node.has("properties")) {
      ((ObjectNode) node.get("properties")).putObject(DISCRIMINATOR).put("const", c.getSimpleName());
    }
  }

  private static boolean kindOf(Class<?> c) {
    if (variantsOf(c).size() > 0) {
      return false;
    }
    Class<?> sup = c.getSuperclass();
    if (sup != null && sup.isSealed()) {
      return true;
    }
    for (Class<?> i : c.getInterfaces()) {
      if (i.isSealed()) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Class<?>> variants(Class<?> c) {
    return variantsOf(c);
  }

  /** The kinds of a sealed family by name, empty if the type is not one (or sealed only to its implementation). */
  private static Map<String, Class<?>> variantsOf(Class<?> c) {
    if (!c.isSealed()) {
      return Map.of();
    }
    Map<String, Class<?>> out = new LinkedHashMap<>();
    collectVariants(c, out);
    boolean onlyItself = out.size() == 1 && out.values().iterator().next() == c;
    return onlyItself ? Map.of() : out;
  }

  private static void collectVariants(Class<?> sealed, Map<String, Class<?>> out) {
    Class<?>[] permitted = sealed.getPermittedSubclasses();
    if (permitted == null) {
      return;
    }
    for (Class<?> p : permitted) {
      if (p.isSealed() && !onlyGenerated(p)) {
        collectVariants(p, out);
      } else {
        Class<?> a = Formats.abstractTypeOf(p);
        out.putIfAbsent(a.getSimpleName(), a);
      }
    }
  }

  private static boolean onlyGenerated(Class<?> sealed) {
    Class<?>[] permitted = sealed.getPermittedSubclasses();
    return permitted != null && permitted.length == 1 && Formats.abstractTypeOf(permitted[0]) == sealed;
  }

  /** Whether a getter is an attribute of the value it is generated for: its builder can set it. */
  private boolean isAttribute(MemberScope<?, ?> m) {
    Method raw = (Method) m.getRawMember();
    String name = raw.getName();
    boolean bean = (name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3)))
        || (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))
            && (raw.getReturnType() == boolean.class || raw.getReturnType() == Boolean.class));
    if (!bean || raw.getParameterCount() != 0) {
      return false;
    }
    Class<?> owner = m.getDeclaringTypeMembers().mainTypeAndOverrides().get(0).getType().getErasedType();
    return attributes.computeIfAbsent(owner, SchemaGenerator::builderAttributes).contains(attributeName(raw));
  }

  /** The attribute names an Immutables value's builder sets: its one-argument instance methods. */
  private static Set<String> builderAttributes(Class<?> value) {
    Method factory = staticNoArg(value, "builder");
    if (factory == null) {
      try {
        Class<?> generated = Class.forName(value.getPackageName() + ".Immutable" + value.getSimpleName(), false,
            value.getClassLoader());
        factory = value.isAssignableFrom(generated) ? staticNoArg(generated, "builder") : null;
      } catch (ClassNotFoundException e) {
        // not an Immutables value
      }
    }
    Set<String> out = new LinkedHashSet<>();
    if (factory != null) {
      for (Method s : factory.getReturnType().getMethods()) {
        if (!Modifier.isStatic(s.getModifiers()) && s.getParameterCount() == 1 && !s.getName().equals("from")) {
          out.add(s.getName());
        }
      }
    }
    return out;
  }

  private static @Nullable Method staticNoArg(Class<?> c, String name) {
    try {
      Method m = c.getMethod(name);
      return Modifier.isStatic(m.getModifiers()) ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static String attributeName(Method getter) {
    String n = getter.getName();
    String bare = n.startsWith("get") ? n.substring(3) : n.startsWith("is") ? n.substring(2) : n;
    if (bare.isEmpty()) {
      return n;
    }
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  /** Whether a member belongs to one of the output records (package {@code io.github.dpasemantics.json.output}). */
  private static boolean output(MemberScope<?, ?> member) {
    return member.getDeclaringType().getErasedType().getPackageName().equals(OUTPUT_PACKAGE);
  }

  /** The position of an output record's member among its components. */
  private static int componentIndex(MemberScope<?, ?> member) {
    RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
    for (int i = 0; components != null && i < components.length; i++) {
      if (components[i].getName().equals(member.getDeclaredName())) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Whether an output member may be left out: an {@code Optional}, or a list marked {@code NON_EMPTY}. */
  private static boolean omittable(MemberScope<?, ?> member) {
    JsonInclude include = member.getAnnotationConsideringFieldAndGetter(JsonInclude.class);
    return member.getDeclaredType().getErasedType() == Optional.class
        || (include != null && include.value() == JsonInclude.Include.NON_EMPTY);
  }

  /** Whether a value of this type may be left out: Optional and collections are empty when absent. */
  private static boolean defaulted(Class<?> raw) {
    return raw == Optional.class || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
  }

  private static boolean isInt(TypeScope t) {
    Class<?> c = t.getType().getErasedType();
    return c == int.class || c == Integer.class;
  }

  /** A value type read from its text: it has a static {@code parse} or {@code of} taking a string. */
  private static boolean textFactory(Class<?> c) {
    for (String name : new String[] {"parse", "of"}) {
      for (Class<?> param : new Class<?>[] {String.class, CharSequence.class}) {
        try {
          Method m = c.getMethod(name, param);
          if (Modifier.isStatic(m.getModifiers()) && c.isAssignableFrom(m.getReturnType())) {
            return true;
          }
        } catch (NoSuchMethodException e) {
          // try the next form
        }
      }
    }
    return false;
  }

  /** A parameter whose type is annotated JSpecify {@code @Nullable} (by name: JSpecify is compile-time only). */
  static boolean declaredNullable(Parameter p) {
    for (Annotation a : p.getAnnotatedType().getAnnotations()) {
      if (a.annotationType().getName().equals(JSPECIFY_NULLABLE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The pattern of a string member: its {@code @Pattern} or {@code @Email} (on the member, or on
   * the type argument of an {@code Optional}), anchored, or for {@code @NotBlank} a non-space.
   */
  private static @Nullable String pattern(MemberScope<?, ?> member) {
    if (member.isFakeContainerItemScope()) {
      return null;
    }
    Pattern p = annotation(member, Pattern.class);
    if (p != null) {
      return anchored(p.regexp());
    }
    if (annotation(member, Email.class) != null) {
      return anchored(Formats.EMAIL);
    }
    return annotation(member, NotBlank.class) != null ? "\\S" : null;
  }

  private static <A extends Annotation> @Nullable A annotation(MemberScope<?, ?> member, Class<A> type) {
    A own = member.getAnnotationConsideringFieldAndGetterIfSupported(type);
    if (own != null || !(member.getRawMember() instanceof Method)) {
      return own;
    }
    AnnotatedType returned = ((Method) member.getRawMember()).getAnnotatedReturnType();
    if (((Method) member.getRawMember()).getReturnType() == Optional.class
        && returned instanceof AnnotatedParameterizedType parameterized) {
      AnnotatedType[] args = parameterized.getAnnotatedActualTypeArguments();
      if (args.length == 1) {
        return args[0].getAnnotation(type);
      }
    }
    return null;
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
