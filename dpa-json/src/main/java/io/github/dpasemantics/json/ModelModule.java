package io.github.dpasemantics.json;

import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.time.BusinessCalendar;
import io.github.dpasemantics.policy.ContractTime;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of dpa-model's values for Jackson databind, kept out of the model (which knows
 * nothing of Jackson): an {@link com.fasterxml.jackson.databind.AnnotationIntrospector} that gives
 * each Immutables value type its public builder ({@code X.builder()}, finished by {@code build()},
 * one setter per attribute named as the attribute), reads the event family by its {@code "type"}
 * member (named as {@link Formats#typeName} names each {@link EventType}'s class; the member may
 * come anywhere in the object), skips {@code null} for an optional attribute ("absent") and refuses
 * it for a required one; records are read by their canonical constructors (Jackson's own). The
 * forms specific to this project are small deserializers: a contract date given as a date or an
 * instant ({@link ContractTime#date}, the conversion recorded), the model's text values
 * ({@code parse}/{@code of(String)}: clause ids, country codes checked by {@link Countries}), the
 * set of readings ({@link Interpretations}) and a calendar's holidays.
 *
 * <p>Everything a document binds reads the contract's zone and records its date conversions in the
 * {@link DateContext} given as the reader's attribute. This class is thread-safe.
 */
final class ModelModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The package of the model's types: only those get a builder, a text form or a type id here. */
  private static final String MODEL_PACKAGE = "io.github.dpasemantics.model.";
  /** The project's packages (the policies' fact enums are inputs too). */
  private static final String PROJECT_PACKAGE = "io.github.dpasemantics.";

  /** The member naming an event's kind. */
  static final String TYPE_ID = "type";

  /** The dates given as instants in one document, and the zone they are placed in (not thread-safe: one per read). */
  static final class DateContext {
    private ZoneId zone;
    private final List<ContractTime.DateInput> conversions = new ArrayList<>();

    /** The path of the value being read within the document, when it is read from a tree of its own. */
    private String within = "";

    DateContext(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Names the member a value read from a tree of its own stands at, so that its dates name their
     * place in the whole document ({@code transfer.date}, not {@code date}).
     *
     * @param member the member's path without {@code $.}, or empty for the document itself
     */
    void within(String member) {
      this.within = member.isEmpty() ? "" : member + ".";
    }

    List<ContractTime.DateInput> conversions() {
      return List.copyOf(conversions);
    }
  }

  ModelModule() {
    super("dpa-json model");
    for (EventType t : EventType.values()) {
      registerSubtypes(new NamedType(t.getEventClass(), Formats.typeName(t.getEventClass())));
    }
    setMixInAnnotation(DpaEvent.class, EventMixIn.class);
    addDeserializer(LocalDate.class, new DateDeserializer());
    for (ArrayValue<?, ?> a : ARRAY_VALUES) {
      a.registerIn(this);
    }
    for (JdkText<?> t : JDK_TEXT) {
      t.registerIn(this);
    }
    setDeserializerModifier(new Constrained());
  }

  /**
   * A JDK value read from a JSON string by its own parser (besides {@link LocalDate}, which has a
   * deserializer of its own): one list both registers the deserializers and answers
   * {@link #readsFromString}.
   *
   * @param <T> the type read
   * @param type the type
   * @param parse its parser
   */
  private record JdkText<T>(Class<T> type, java.util.function.Function<String, T> parse) {
    void registerIn(ModelModule module) {
      module.addDeserializer(type, new TextDeserializer<>(type, parse));
    }
  }

  /**
   * A model value whose JSON form is an array of its items: one list both registers the
   * deserializers and answers {@link #arrayItemOf} (the command line's comma lists, the schema's
   * {@code items}).
   *
   * @param <T> the value read
   * @param <E> its items
   * @param type the value's type
   * @param items the type of an array of its items
   * @param factory builds the value from its items
   */
  private record ArrayValue<T, E>(Class<T> type, Class<E[]> items, java.util.function.Function<E[], T> factory) {
    void registerIn(ModelModule module) {
      module.addDeserializer(type, new ArrayDeserializer<>(type, items, factory));
    }
  }

  private static final List<ArrayValue<?, ?>> ARRAY_VALUES = List.of(
      new ArrayValue<>(Interpretations.class, Interpretation[].class, Interpretations::of),
      new ArrayValue<>(BusinessCalendar.class, LocalDate[].class,
          days -> BusinessCalendar.withHolidays(new LinkedHashSet<>(List.of(days)))));

  /**
   * The item type of a model value written as an array of items ({@link Interpretations}: reading
   * names; {@link BusinessCalendar}: holidays), if {@code c} is one.
   *
   * @param c the class
   * @return the item type, or empty
   */
  static Optional<Class<?>> arrayItemOf(Class<?> c) {
    for (ArrayValue<?, ?> a : ARRAY_VALUES) {
      if (a.type() == c) {
        return Optional.of(a.items().getComponentType());
      }
    }
    return Optional.empty();
  }

  private static final List<JdkText<?>> JDK_TEXT = List.of(
      new JdkText<>(ZoneId.class, ZoneId::of),
      new JdkText<>(Period.class, Period::parse),
      new JdkText<>(Duration.class, Duration::parse),
      new JdkText<>(Instant.class, Instant::parse),
      new JdkText<>(LocalDateTime.class, LocalDateTime::parse),
      new JdkText<>(YearMonth.class, YearMonth::parse));

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new ModelIntrospector());
    context.addDeserializers(new TextValues());
  }

  /** The event family: an object whose {@code "type"} member names its kind. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TYPE_ID)
  private interface EventMixIn {}

  /** Builders for the Immutables values; {@code null} skipped for optional attributes, refused for required ones. */
  private static final class ModelIntrospector extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;
    private final transient Map<Class<?>, Optional<Method>> builders = new ConcurrentHashMap<>();

    /** The value type's {@code builder()} factory, if it is a model value built so. */
    private Optional<Method> builderFactory(Class<?> c) {
      return builders.computeIfAbsent(c, k -> {
        if (!k.getName().startsWith(MODEL_PACKAGE) || !Modifier.isAbstract(k.getModifiers())) {
          return Optional.empty();
        }
        try {
          Method m = k.getMethod("builder");
          return Modifier.isStatic(m.getModifiers()) ? Optional.of(m) : Optional.empty();
        } catch (NoSuchMethodException e) {
          return Optional.empty();
        }
      });
    }

    /** The value type a builder builds: the class it is nested in, or the abstract type of a generated one. */
    private Optional<Class<?>> builtBy(Class<?> builder) {
      Class<?> outer = builder.getEnclosingClass();
      if (outer == null || !builder.getSimpleName().equals("Builder")) {
        return Optional.empty();
      }
      Class<?> value = Formats.abstractTypeOf(outer);
      return builderFactory(value).isPresent() ? Optional.of(value) : Optional.empty();
    }

    /** The builder's method setting an attribute, if the reader takes it. */
    private static boolean hasSetter(Class<?> builderType, String attribute) {
      for (Method m : builderType.getMethods()) {
        if (m.getName().equals(attribute) && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())
            && m.getParameterTypes()[0] != Optional.class) {
          return true;
        }
      }
      return false;
    }

    /**
     * Written in their order: a class's non-static fields, superclasses' first (reflection keeps
     * fields in class-file order, methods it does not), so an Immutables value's attributes come in
     * their declaration order (the generated class has one field per attribute); records keep their
     * component order (none given here).
     */
    @Override
    public String @Nullable [] findSerializationPropertyOrder(AnnotatedClass ac) {
      Class<?> c = ac.getRawType();
      if (c.isRecord() || c.isInterface()) {
        return null;
      }
      List<String> order = new ArrayList<>();
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        List<String> own = new ArrayList<>();
        for (java.lang.reflect.Field f : k.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !order.contains(f.getName())
              && !own.contains(f.getName())) {
            own.add(f.getName());
          }
        }
        order.addAll(0, own);
      }
      return order.toArray(new String[0]);
    }

    /** Accessors without a field of their name come after those with one, by name (records: by component). */
    @Override
    public @Nullable Boolean findSerializationSortAlphabetically(Annotated ann) {
      return (ann instanceof AnnotatedClass ac && !ac.getRawType().isRecord()) ? Boolean.TRUE : null;
    }

    /** A model value is written as it is read: only the attributes its builder sets (no derived ones). */
    @Override
    public JsonIncludeProperties.@Nullable Value findPropertyInclusionByName(
        MapperConfig<?> config, Annotated a) {
      if (!(a instanceof AnnotatedClass ac)) {
        return null;
      }
      Optional<Method> factory = builderFactory(Formats.abstractTypeOf(ac.getRawType()));
      if (factory.isEmpty()) {
        return null;
      }
      Class<?> builderType = factory.get().getReturnType();
      Set<String> taken = new LinkedHashSet<>();
      for (Method g : Formats.abstractTypeOf(ac.getRawType()).getMethods()) {
        String n = g.getName();
        int prefix = n.startsWith("get") && n.length() > 3 ? 3 : n.startsWith("is") && n.length() > 2 ? 2 : 0;
        if (prefix > 0 && g.getParameterCount() == 0 && !Modifier.isStatic(g.getModifiers())) {
          String attribute = Character.toLowerCase(n.charAt(prefix)) + n.substring(prefix + 1);
          if (hasSetter(builderType, attribute)) {
            taken.add(attribute);
          }
        }
      }
      return new Included(taken);
    }

    /** An event's type id: its kind's name (the generated class is named as its abstract value type). */
    @Override
    public @Nullable String findTypeName(AnnotatedClass ac) {
      Class<?> c = ac.getRawType();
      return DpaEvent.class.isAssignableFrom(c) && c != DpaEvent.class ? Formats.typeName(c) : null;
    }

    @Override
    public @Nullable Class<?> findPOJOBuilder(AnnotatedClass ac) {
      return builderFactory(ac.getRawType()).map(Method::getReturnType).orElse(null);
    }

    @Override
    public JsonPOJOBuilder.@Nullable Value findPOJOBuilderConfig(AnnotatedClass ac) {
      return builtBy(ac.getRawType()).isPresent() ? new JsonPOJOBuilder.Value("build", "") : null;
    }

    @Override
    public @Nullable AnnotatedMethod resolveSetterConflict(MapperConfig<?> config, AnnotatedMethod s1,
        AnnotatedMethod s2) {
      if (getterOf(s1).isEmpty()) {
        return s1; // a builder's method for no attribute (from(...)): removed by Constrained below
      }
      // note(String) and note(Optional<String>): the value, never the Optional
      boolean o1 = s1.getRawParameterType(0) == Optional.class;
      boolean o2 = s2.getRawParameterType(0) == Optional.class;
      return o1 == o2 ? null : o1 ? s2 : s1;
    }

    @Override
    public JavaType refineDeserializationType(MapperConfig<?> config, Annotated a, JavaType baseType) {
      // a collection attribute's setter takes an Iterable: read the collection its getter returns
      if (a instanceof AnnotatedMethod setter && setter.getParameterCount() == 1
          && (baseType.getRawClass() == Iterable.class || baseType.isMapLikeType())) {
        Optional<Method> getter = getterOf(setter);
        if (getter.isPresent()) {
          return config.getTypeFactory().constructType(getter.get().getGenericReturnType());
        }
      }
      return baseType;
    }

    static Optional<Method> getterOf(AnnotatedMethod setter) {
      Class<?> owner = setter.getDeclaringClass().getEnclosingClass();
      if (owner == null) {
        return Optional.empty();
      }
      Class<?> value = Formats.abstractTypeOf(owner);
      String n = setter.getName();
      String cap = Character.toUpperCase(n.charAt(0)) + n.substring(1);
      for (String g : List.of("get" + cap, "is" + cap)) {
        try {
          return Optional.of(value.getMethod(g));
        } catch (NoSuchMethodException e) {
          // try the other form
        }
      }
      return Optional.empty();
    }

    @Override
    public @Nullable Boolean hasRequiredMarker(AnnotatedMember m) {
      // a record's component is required unless it is an Optional or a collection
      if (m instanceof AnnotatedParameter param && param.getOwner().getDeclaringClass().isRecord()) {
        Class<?> raw = param.getRawType();
        return !(raw == Optional.class || Iterable.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw));
      }
      return null;
    }

    @Override
    public JsonSetter.@Nullable Value findSetterInfo(Annotated a) {
      if (a instanceof AnnotatedParameter param && param.getOwner().getDeclaringClass().isRecord()) {
        Class<?> raw = param.getRawType();
        return Iterable.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
            ? JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY) // an absent collection is an empty one
            : raw == Optional.class ? null : JsonSetter.Value.forValueNulls(Nulls.FAIL); // a required component
      }
      if (!(a instanceof AnnotatedMethod setter) || setter.getParameterCount() != 1) {
        return null;
      }
      Optional<Method> getter = getterOf(setter);
      if (getter.isEmpty() || !getter.get().getDeclaringClass().getName().startsWith(MODEL_PACKAGE)) {
        return null;
      }
      Method g = getter.get();
      boolean optional = g.getReturnType() == Optional.class || Iterable.class.isAssignableFrom(g.getReturnType())
          || Map.class.isAssignableFrom(g.getReturnType()) || !Modifier.isAbstract(g.getModifiers());
      return JsonSetter.Value.forValueNulls(optional ? Nulls.SKIP : Nulls.FAIL);
    }
  }

  /** The names of the properties written, as {@code @JsonIncludeProperties} would give them. */
  private static final class Included extends JsonIncludeProperties.Value {
    private static final long serialVersionUID = 1L;

    Included(Set<String> names) {
      super(names);
    }
  }

  /** The model's enums by their exact names (Jackson's own would trim white space and take numbers). */
  private static final class StrictEnum extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    StrictEnum(Class<?> type) {
      super(type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw ctxt.wrongTokenException(p, handledType(), JsonToken.VALUE_STRING, "a name is expected");
      }
      String text = p.getText();
      for (Object e : handledType().getEnumConstants()) {
        if (((Enum<?>) e).name().equals(text)) {
          return e;
        }
      }
      throw InvalidFormatException.from(p, "not one of the allowed values", text, handledType());
    }
  }

  /** The model's text values: a {@code parse(String)} or {@code of(String)} factory; country codes checked. */
  private static final class TextValues extends Deserializers.Base {
    @Override
    public @Nullable JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
        BeanDescription beanDesc) {
      // the model's and the policies' enums (a policy's inputs): by exact name, never trimmed or by index
      return type.isEnum() && type.getName().startsWith(PROJECT_PACKAGE) ? new StrictEnum(type) : null;
    }

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Class<?> c = type.getRawClass();
      if (!c.getName().startsWith(MODEL_PACKAGE) || c.isEnum()) {
        return null;
      }
      if (c == CountryCode.class) {
        return new TextDeserializer<>(CountryCode.class, text -> CountryCode.of(Countries.assigned(text)));
      }
      return textFactory(c).<JsonDeserializer<?>>map(m -> new TextDeserializer<Object>(c, text -> {
        try {
          return m.invoke(null, text);
        } catch (InvocationTargetException e) {
          throw e.getCause() instanceof RuntimeException r ? r : new IllegalArgumentException(e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      })).orElse(null);
    }
  }

  /**
   * Tells whether a class is one of the model's text values (a clause id, a country code): read
   * from a JSON string by its {@code parse(String)} or {@code of(String)} factory, written as its
   * {@code toString()}.
   *
   * @param c the class
   * @return true for a text value
   */
  static boolean isTextValue(Class<?> c) {
    return textFactory(Formats.abstractTypeOf(c)).isPresent();
  }

  /**
   * Tells whether values of a class are read from a JSON string: text, an enum's name, a date or
   * other {@code java.time} value, a model text value ({@link #isTextValue}).
   *
   * @param c the class
   * @return true if its JSON form is a string
   */
  static boolean readsFromString(Class<?> c) {
    return c == String.class || c == CharSequence.class || c.isEnum() || c == LocalDate.class
        || JDK_TEXT.stream().anyMatch(t -> t.type() == c) || isTextValue(c);
  }

  private static Optional<Method> textFactory(Class<?> c) {
    if (!c.getName().startsWith(MODEL_PACKAGE) || c.isEnum()) {
      return Optional.empty();
    }
    for (String name : List.of("parse", "of")) {
      try {
        Method m = c.getMethod(name, String.class);
        if (Modifier.isStatic(m.getModifiers()) && c.isAssignableFrom(m.getReturnType())) {
          return Optional.of(m);
        }
      } catch (NoSuchMethodException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /**
   * A value read from a JSON string by a factory; the factory's refusal is reported as the value's.
   *
   * @param <T> the type read
   */
  private static final class TextDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient java.util.function.Function<String, ? extends T> factory;

    TextDeserializer(Class<?> type, java.util.function.Function<String, ? extends T> factory) {
      super(type);
      this.factory = factory;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw ctxt.wrongTokenException(p, handledType(), JsonToken.VALUE_STRING, "a string is expected");
      }
      String text = p.getText();
      try {
        return factory.apply(text);
      } catch (IllegalArgumentException | DateTimeException e) {
        throw InvalidFormatException.from(p, String.valueOf(e.getMessage()), text, handledType());
      }
    }
  }

  /**
   * A builder's setter whose attribute carries Jakarta constraints: the value read is checked
   * ({@link Constraints#violation}) before it is set, and a breach is refused where the value starts.
   */
  private static final class ConstrainedProperty extends SettableBeanProperty.Delegating {
    private static final long serialVersionUID = 1L;
    private final transient Constraints constraints;

    ConstrainedProperty(SettableBeanProperty delegate, Constraints constraints) {
      super(delegate);
      this.constraints = constraints;
    }

    @Override
    protected SettableBeanProperty withDelegate(SettableBeanProperty d) {
      return new ConstrainedProperty(d, constraints);
    }

    private @Nullable Object checked(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation at = p.currentTokenLocation();
      String shown = JsonBinding.describe(p);
      Object value = deserialize(p, ctxt);
      Constraints.Violation broken = constraints.violation(getName(), value, shown);
      if (broken != null) {
        throw new ConstraintException(p, at, broken);
      }
      return value;
    }

    @Override
    public void deserializeAndSet(JsonParser p, DeserializationContext ctxt, Object instance) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        delegate.deserializeAndSet(p, ctxt, instance);
      } else {
        set(instance, checked(p, ctxt));
      }
    }

    @Override
    public @Nullable Object deserializeSetAndReturn(JsonParser p, DeserializationContext ctxt, Object instance)
        throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return delegate.deserializeSetAndReturn(p, ctxt, instance);
      }
      return setAndReturn(instance, checked(p, ctxt));
    }
  }

  /**
   * A value refused in the project's own words (its Jakarta constraints broken, an instant without
   * an offset), at the value's start; Jackson adds the path as it unwinds.
   */
  static final class ConstraintException extends JsonMappingException {
    private static final long serialVersionUID = 1L;
    private final transient Constraints.Violation violation;

    ConstraintException(JsonParser p, JsonLocation at, Constraints.Violation violation) {
      super(p, violation.problem(), at);
      this.violation = violation;
    }

    Constraints.Violation violation() {
      return violation;
    }
  }

  /** Constrained setters checked, and a builder's methods for no attribute removed (unknown, not ignored). */
  private static final class Constrained extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription beanDesc,
        BeanDeserializerBuilder builder) {
      List<SettableBeanProperty> constrained = new ArrayList<>();
      List<SettableBeanProperty> noMembers = new ArrayList<>();
      java.util.Iterator<SettableBeanProperty> props = builder.getProperties();
      while (props.hasNext()) {
        SettableBeanProperty prop = props.next();
        if (prop.getMember() instanceof AnnotatedMethod setter) {
          Optional<Method> getter = ModelIntrospector.getterOf(setter);
          Class<?> owner = setter.getDeclaringClass().getEnclosingClass();
          if (getter.isEmpty() && owner != null && owner.getName().startsWith(MODEL_PACKAGE)
              && setter.getDeclaringClass().getSimpleName().equals("Builder")) {
            noMembers.add(prop);
          } else if (getter.isPresent()) {
            Constraints c = Constraints.of(getter.get());
            if (!c.equals(Constraints.NONE)) {
              constrained.add(new ConstrainedProperty(prop, c));
            }
          }
        }
      }
      constrained.forEach(p -> builder.addOrReplaceProperty(p, true));
      // a builder's methods other than one setter per attribute (from, addX, addAllX, putX) are no
      // members: removed, not ignored, so that a document naming one is refused as unknown
      noMembers.forEach(p -> builder.removeProperty(p.getFullName()));
      return builder;
    }
  }

  /** A contract date: {@code YYYY-MM-DD}, or an instant placed in the contract's zone (the conversion recorded). */
  private static final class DateDeserializer extends StdDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    DateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw ctxt.wrongTokenException(p, LocalDate.class, JsonToken.VALUE_STRING, "a string is expected");
      }
      String text = p.getText();
      if (text.indexOf('T') < 0) {
        if (!text.matches(Formats.DATE_PATTERN)) {
          throw InvalidFormatException.from(p, "not of the form YYYY-MM-DD", text, LocalDate.class);
        }
        try {
          return LocalDate.parse(text);
        } catch (DateTimeException e) {
          throw InvalidFormatException.from(p, String.valueOf(e.getMessage()), text, LocalDate.class);
        }
      }
      Object attribute = ctxt.getAttribute(DateContext.class);
      DateContext dates = attribute instanceof DateContext d ? d : new DateContext(JsonBinding.DEFAULT_ZONE);
      String path = JsonBinding.pathOf(p, false);
      try {
        String field = dates.within + (path.startsWith("$.") ? path.substring(2) : path);
        ContractTime.DateInput read = ContractTime.date(field, text, dates.zone);
        dates.conversions.add(read);
        return read.date();
      } catch (IllegalArgumentException e) {
        throw new ConstraintException(p, p.currentTokenLocation(), new Constraints.Violation(
            "found " + JsonBinding.describe(p) + ", which names no instant"
                + (text.matches(".*T[0-9:.,]*$") ? " (a date-time without an offset or zone)" : ""),
            Formats.DATE_EXPECTED, "an instant is placed in the contract's zone " + dates.zone));
      }
    }
  }

  /**
   * A value given as a JSON array of its parts: the readings (reading names, at most one per
   * question) and a business calendar (its holidays; weekends are never business days). A set of
   * parts the model refuses ({@code IllegalArgumentException}) is an invalid value.
   *
   * @param <T> the value
   * @param <E> a part
   */
  private static final class ArrayDeserializer<T, E> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<E[]> parts;
    private final transient java.util.function.Function<E[], T> factory;

    ArrayDeserializer(Class<T> type, Class<E[]> parts, java.util.function.Function<E[], T> factory) {
      super(type);
      this.parts = parts;
      this.factory = factory;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw ctxt.wrongTokenException(p, handledType(), JsonToken.START_ARRAY, "an array is expected");
      }
      E[] items = ctxt.readValue(p, parts);
      try {
        return factory.apply(items);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(p, String.valueOf(e.getMessage()), List.of(items).toString(), handledType());
      }
    }
  }
}
