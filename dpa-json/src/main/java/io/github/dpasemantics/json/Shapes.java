package io.github.dpasemantics.json;

import io.github.dpasemantics.json.Shape.Constraints;
import io.github.dpasemantics.json.Shape.JsonType;
import io.github.dpasemantics.json.Shape.Property;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.time.BusinessCalendar;
import io.github.dpasemantics.policy.LegalFacts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Derives the {@link Shape} of a Java type from the code: scalars for strings, numbers, booleans,
 * dates and enums, and for value types with a {@code parse(String)} or {@code of(String)}
 * factory (clause ids, country codes); objects for the model's Immutables values (one property per
 * builder attribute; required when the abstract getter has no default and is not an
 * {@code Optional} or collection; Jakarta constraints carried over), for records, and for policy
 * signatures (one property per parameter); unions for sealed types; arrays for lists and sets.
 *
 * <p>Shapes are computed once per type and cached in this instance. This class is thread-safe.
 */
public final class Shapes {
  private final Map<Type, Shape> cache = new ConcurrentHashMap<>();

  /** Returns a new, empty shape cache. */
  public Shapes() {}

  /**
   * Returns the shape of a type.
   *
   * @param type the type; an {@code Optional<X>} has the shape of {@code X}
   * @return the shape
   * @throws IllegalStateException if the type has no JSON form
   */
  public Shape of(Type type) {
    Type t = unwrapOptional(type);
    Shape cached = cache.get(t);
    if (cached != null) {
      return cached;
    }
    Shape computed = compute(t);
    cache.putIfAbsent(t, computed);
    return computed;
  }

  /**
   * Tells whether the type has a JSON form (every type it refers to is checked too).
   *
   * @param type the type
   * @return true if it can be read from JSON
   */
  public boolean hasJsonForm(Type type) {
    return problem(type, new java.util.HashSet<>()).isEmpty();
  }

  /**
   * Returns why a type has no JSON form, if it has none.
   *
   * @param type the type
   * @param seen types already checked
   * @return the problem, or empty
   */
  private Optional<String> problem(Type type, Set<Type> seen) {
    if (!seen.add(type)) {
      return Optional.empty();
    }
    Shape s;
    try {
      s = of(type);
    } catch (IllegalStateException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
    if (s instanceof Shape.Obj) {
      for (Property p : ((Shape.Obj) s).properties()) {
        Optional<String> inner = problem(p.type(), seen);
        if (inner.isPresent()) {
          return inner;
        }
      }
    } else if (s instanceof Shape.Array) {
      return problem(((Shape.Array) s).item(), seen);
    } else if (s instanceof Shape.Union) {
      for (Class<?> v : ((Shape.Union) s).variants().values()) {
        Optional<String> inner = problem(v, seen);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the object shape of a policy method's inputs: one property per parameter, named as
   * in the source (the policy module is compiled with {@code -parameters}). A {@link DpaTerms}
   * parameter is optional and defaults to {@link DpaTerms#segment()}; an {@link Interpretations}
   * parameter is optional and defaults to the given readings; a {@link LegalFacts} parameter is
   * not an input and is always {@link LegalFacts#current()}.
   *
   * @param method the policy method
   * @param readings the readings chosen on the command line
   * @return the shape; its factory returns the argument array
   */
  public Shape.Obj ofMethod(Method method, Interpretations readings) {
    Parameter[] params = method.getParameters();
    List<Property> props = new ArrayList<>();
    int[] propertyOf = new int[params.length];
    for (int i = 0; i < params.length; i++) {
      Parameter p = params[i];
      Type t = p.getParameterizedType();
      Class<?> raw = raw(t);
      if (raw == LegalFacts.class) {
        // the dated table of outside law is the library's, not an input: LegalFacts.current()
        propertyOf[i] = -1;
        continue;
      }
      boolean nullable = declaredNullable(p);
      boolean defaulted = raw == DpaTerms.class || raw == Interpretations.class || isOptionalOrCollection(raw)
          || nullable;
      String note = raw == DpaTerms.class ? "defaults to the Segment preset (DpaTerms.segment())"
          : raw == Interpretations.class ? "defaults to the library's readings, changed with --interpretation"
          : nullable ? "optional: the policy declares it @Nullable (absent when the case does not need it)" : null;
      propertyOf[i] = props.size();
      props.add(new Property(p.getName(), t, !defaulted, constraints(p), note, nullable));
    }
    return new Shape.Obj(method.getDeclaringClass().getSimpleName() + "." + method.getName(), List.copyOf(props),
        (@Nullable Object[] values) -> {
          Object[] args = new Object[params.length];
          for (int i = 0; i < params.length; i++) {
            Class<?> raw = raw(params[i].getParameterizedType());
            Object v = propertyOf[i] < 0 ? null : values[propertyOf[i]];
            if (v == null && declaredNullable(params[i])) {
              args[i] = null;
              continue;
            }
            if (v == null) {
              v = raw == DpaTerms.class ? DpaTerms.segment()
                  : raw == Interpretations.class ? readings
                  : raw == LegalFacts.class ? LegalFacts.current()
                  : emptyOf(raw);
            } else if (raw == Optional.class && !(v instanceof Optional)) {
              v = Optional.of(v); // an Optional parameter given a value (Deletion.deletionDue's agreementEnd)
            }
            args[i] = v;
          }
          return args;
        }, null);
  }

  /**
   * Returns the name a type has in the formats: its simple name, without the {@code Immutable}
   * prefix of generated classes.
   *
   * @param c the class
   * @return the name
   */
  public static String typeName(Class<?> c) {
    return Formats.typeName(c);
  }

  /**
   * Returns the raw class of a type.
   *
   * @param t the type
   * @return the class
   */
  public static Class<?> raw(Type t) {
    if (t instanceof Class) {
      return (Class<?>) t;
    }
    if (t instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) t).getRawType();
    }
    if (t instanceof WildcardType) {
      return raw(((WildcardType) t).getUpperBounds()[0]);
    }
    if (t instanceof TypeVariable) {
      Type[] bounds = ((TypeVariable<?>) t).getBounds();
      return bounds.length == 0 ? Object.class : raw(bounds[0]);
    }
    if (t instanceof GenericArrayType) {
      return java.lang.reflect.Array.newInstance(raw(((GenericArrayType) t).getGenericComponentType()), 0).getClass();
    }
    throw new IllegalStateException("Type " + t + " has no JSON form");
  }

  /**
   * Returns {@code X} for {@code Optional<X>}, the type itself otherwise.
   *
   * @param t the type
   * @return the unwrapped type
   */
  public static Type unwrapOptional(Type t) {
    return raw(t) == Optional.class ? typeArgument(t, 0) : t;
  }

  /**
   * Returns a parameterized type's {@code i}-th type argument ({@code X} for {@code List<? extends X>}),
   * {@code Object} for a type without arguments.
   *
   * @param t the type
   * @param i the argument's position
   * @return the argument
   */
  public static Type typeArgument(Type t, int i) {
    if (t instanceof ParameterizedType) {
      Type arg = ((ParameterizedType) t).getActualTypeArguments()[i];
      return arg instanceof WildcardType ? ((WildcardType) arg).getUpperBounds()[0] : arg;
    }
    return Object.class;
  }

  /**
   * Tells whether a policy declares a parameter optional by annotating its type {@code @Nullable}
   * (JSpecify): such an input may be left out (or given as {@code null}), and the policy receives
   * {@code null}.
   *
   * @param p the parameter
   * @return true if the parameter's type is {@code @Nullable}
   */
  static boolean declaredNullable(Parameter p) {
    // by name: JSpecify is a compile-time dependency only, absent when the command line runs
    for (java.lang.annotation.Annotation a : p.getAnnotatedType().getAnnotations()) {
      if (a.annotationType().getName().equals(JSPECIFY_NULLABLE)) {
        return true;
      }
    }
    return false;
  }

  private static final String JSPECIFY_NULLABLE = "org.jspecify.annotations.Nullable";

  static boolean isOptionalOrCollection(Class<?> raw) {
    return raw == Optional.class || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
  }

  static Object emptyOf(Class<?> raw) {
    if (raw == Optional.class) {
      return Optional.empty();
    }
    if (Set.class.isAssignableFrom(raw)) {
      return Set.of();
    }
    if (Map.class.isAssignableFrom(raw)) {
      return Map.of();
    }
    return List.of();
  }

  private Shape compute(Type t) {
    // a generated (package-private) implementation has the form of its abstract value type
    Class<?> c = Formats.abstractTypeOf(raw(t));
    if (Collection.class.isAssignableFrom(c) || c == Iterable.class) {
      Type item = typeArgument(t, 0);
      boolean unique = Set.class.isAssignableFrom(c);
      return new Shape.Array(item, unique, "an array of " + of(item).expected(),
          items -> unique ? java.util.Collections.unmodifiableSet(new LinkedHashSet<>(items)) : List.copyOf(items));
    }
    Shape.Scalar builtin = builtin(c);
    if (builtin != null) {
      return builtin;
    }
    if (c == Interpretations.class) {
      return new Shape.Array(Interpretation.class, true,
          "an array of reading names (Interpretation), at most one per question",
          items -> Interpretations.of(items.toArray(new Interpretation[0])));
    }
    if (c == BusinessCalendar.class) {
      return new Shape.Array(LocalDate.class, true, "an array of holidays as YYYY-MM-DD (weekends are never business days)",
          items -> {
            Set<LocalDate> days = new LinkedHashSet<>();
            items.forEach(i -> days.add((LocalDate) i));
            return BusinessCalendar.withHolidays(days);
          });
    }
    if (c.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object e : c.getEnumConstants()) {
        names.add(((Enum<?>) e).name());
      }
      return new Shape.Scalar(c, JsonType.STRING, "one of: " + String.join(", ", names), null, null, List.copyOf(names),
          text -> {
            for (Object e : c.getEnumConstants()) {
              if (((Enum<?>) e).name().equals(text)) {
                return e;
              }
            }
            throw new IllegalArgumentException("not one of the allowed values");
          });
    }
    if (c == CountryCode.class) {
      return new Shape.Scalar(c, JsonType.STRING, describeText(c), null, Formats.COUNTRY_PATTERN, List.of(),
          text -> CountryCode.of(Countries.assigned(text)));
    }
    Method textFactory = textFactory(c);
    if (textFactory != null) {
      return new Shape.Scalar(c, JsonType.STRING, describeText(c), null, null, List.of(),
          text -> invokeStatic(textFactory, text));
    }
    if (c.isSealed()) {
      Map<String, Class<?>> variants = new LinkedHashMap<>();
      collectVariants(c, variants);
      // a value sealed only to its generated implementation is not a union
      boolean onlyItself = variants.size() == 1 && variants.values().iterator().next() == Formats.abstractTypeOf(c);
      if (!onlyItself) {
        return new Shape.Union(typeName(c), java.util.Collections.unmodifiableMap(variants));
      }
    }
    if (c.isRecord()) {
      return recordShape(c);
    }
    Class<?> abstractType = Formats.abstractTypeOf(c);
    Method builder = staticNoArg(abstractType, "builder");
    if (builder != null) {
      return builderShape(abstractType, builder);
    }
    throw new IllegalStateException("Type " + c.getName() + " has no JSON form");
  }

  private static Shape.@Nullable Scalar builtin(Class<?> c) {
    if (c == String.class || c == CharSequence.class) {
      return new Shape.Scalar(String.class, JsonType.STRING, "a string", null, null, List.of(), text -> text);
    }
    if (c == int.class || c == Integer.class) {
      return new Shape.Scalar(c, JsonType.INTEGER, "an integer", null, null, List.of(), Integer::parseInt);
    }
    if (c == long.class || c == Long.class) {
      return new Shape.Scalar(c, JsonType.INTEGER, "an integer", null, null, List.of(), Long::parseLong);
    }
    if (c == double.class || c == Double.class) {
      return new Shape.Scalar(c, JsonType.NUMBER, "a number", null, null, List.of(), Double::parseDouble);
    }
    if (c == BigDecimal.class) {
      return new Shape.Scalar(c, JsonType.NUMBER, "a number", null, null, List.of(), BigDecimal::new);
    }
    if (c == boolean.class || c == Boolean.class) {
      return new Shape.Scalar(c, JsonType.BOOLEAN, "true or false", null, null, List.of(), Boolean::parseBoolean);
    }
    if (c == LocalDate.class) {
      // an instant is placed in the contract's zone by the reader (Binding), which knows the zone
      return new Shape.Scalar(c, JsonType.STRING, Formats.DATE_EXPECTED, null, Formats.DATE_OR_INSTANT_PATTERN, List.of(),
          text -> {
            if (!text.matches(Formats.DATE_PATTERN)) {
              throw new IllegalArgumentException("not of the form YYYY-MM-DD");
            }
            return LocalDate.parse(text);
          });
    }
    if (c == Instant.class) {
      return new Shape.Scalar(c, JsonType.STRING, "an instant as YYYY-MM-DDThh:mm:ssZ", "date-time", null, List.of(),
          text -> Instant.parse(text));
    }
    if (c == LocalDateTime.class) {
      return new Shape.Scalar(c, JsonType.STRING, "a local date-time as YYYY-MM-DDThh:mm:ss", null, null, List.of(),
          text -> LocalDateTime.parse(text));
    }
    if (c == ZoneId.class) {
      return new Shape.Scalar(c, JsonType.STRING, "a time-zone id such as America/Los_Angeles", null, null, List.of(),
          text -> ZoneId.of(text));
    }
    if (c == Period.class) {
      return new Shape.Scalar(c, JsonType.STRING, "an ISO-8601 period such as P10D", null, null, List.of(),
          text -> Period.parse(text));
    }
    if (c == Duration.class) {
      return new Shape.Scalar(c, JsonType.STRING, "an ISO-8601 duration such as PT72H", null, null, List.of(),
          text -> Duration.parse(text));
    }
    if (c == Year.class) {
      return new Shape.Scalar(c, JsonType.INTEGER, "a year such as 2025", null, null, List.of(),
          text -> Year.of(Integer.parseInt(text)));
    }
    if (c == YearMonth.class) {
      return new Shape.Scalar(c, JsonType.STRING, "a month as YYYY-MM", null, null, List.of(),
          text -> YearMonth.parse(text));
    }
    return null;
  }

  private static String describeText(Class<?> c) {
    switch (c.getSimpleName()) {
      case "ClauseId":
        return "a clause id such as 6.3 or A.2.2.2";
      case "CountryCode":
        return "an ISO 3166-1 alpha-2 country code such as DE";
      default:
        return "a " + typeName(c) + " as text";
    }
  }

  private static @Nullable Method textFactory(Class<?> c) {
    for (String name : new String[] {"parse", "of"}) {
      for (Class<?> param : new Class<?>[] {String.class, CharSequence.class}) {
        try {
          Method m = c.getMethod(name, param);
          if (Modifier.isStatic(m.getModifiers()) && c.isAssignableFrom(m.getReturnType())) {
            return m;
          }
        } catch (NoSuchMethodException e) {
          // try the next form
        }
      }
    }
    return null;
  }

  private static @Nullable Method staticNoArg(Class<?> c, String name) {
    try {
      Method m = c.getMethod(name);
      return Modifier.isStatic(m.getModifiers()) ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static void collectVariants(Class<?> sealed, Map<String, Class<?>> out) {
    Class<?>[] permitted = sealed.getPermittedSubclasses();
    if (permitted == null) {
      return;
    }
    for (Class<?> p : permitted) {
      if (p.isSealed()) {
        collectVariants(p, out);
      } else {
        Class<?> a = Formats.abstractTypeOf(p);
        out.putIfAbsent(typeName(a), a);
      }
    }
  }

  private static Object invokeStatic(Method m, Object arg) throws Exception {
    try {
      return m.invoke(null, arg);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause instanceof Exception ? (Exception) cause : e;
    }
  }

  private Shape.Obj recordShape(Class<?> c) {
    RecordComponent[] comps = c.getRecordComponents();
    List<Property> props = new ArrayList<>();
    Class<?>[] types = new Class<?>[comps.length];
    for (int i = 0; i < comps.length; i++) {
      RecordComponent rc = comps[i];
      types[i] = rc.getType();
      boolean optional = isOptionalOrCollection(rc.getType());
      props.add(new Property(rc.getName(), rc.getGenericType(), !optional, constraintsOf(rc.getAccessor()), null));
    }
    Constructor<?> ctor;
    try {
      ctor = c.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Record " + c.getName() + " has no canonical constructor", e);
    }
    return new Shape.Obj(typeName(c), List.copyOf(props), (@Nullable Object[] values) -> {
      Object[] args = new Object[values.length];
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        args[i] = v == null ? emptyOf(types[i]) : types[i] == Optional.class ? Optional.of(v) : v;
      }
      try {
        return ctor.newInstance(args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw cause instanceof Exception ? (Exception) cause : e;
      }
    }, variantName(c));
  }

  private Shape.Obj builderShape(Class<?> c, Method builderFactory) {
    Class<?> builderType = builderFactory.getReturnType();
    Method build;
    try {
      build = builderType.getMethod("build");
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Builder " + builderType.getName() + " has no build()", e);
    }
    List<Property> props = new ArrayList<>();
    List<Method> setters = new ArrayList<>();
    // the order of the generated class's fields is the attributes' declaration order (reflection keeps
    // fields in class-file order; methods it does not), so formats, schemas and messages are stable
    List<String> order = new ArrayList<>();
    // build() is declared by the generated builder, nested in the generated (package-private) class
    Class<?> generatedBuilder = build.getDeclaringClass();
    Class<?> generated = generatedBuilder.getDeclaringClass() != null ? generatedBuilder.getDeclaringClass() : generatedBuilder;
    for (java.lang.reflect.Field f : generated.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        order.add(f.getName());
      }
    }
    List<Method> getters = orderedGetters(c);
    getters.sort(java.util.Comparator.comparingInt((Method g) -> {
      int i = order.indexOf(attributeName(g));
      return i < 0 ? Integer.MAX_VALUE : i;
    }).thenComparing(Shapes::attributeName));
    for (Method getter : getters) {
      String attr = attributeName(getter);
      Type t = getter.getGenericReturnType();
      Class<?> raw = raw(t);
      Method setter = setter(builderType, attr, raw == Optional.class ? raw(typeArgument(t, 0)) : raw);
      if (setter == null) {
        continue;
      }
      boolean optional = isOptionalOrCollection(raw) || !Modifier.isAbstract(getter.getModifiers());
      props.add(new Property(attr, t, !optional, constraintsOf(getter),
          !Modifier.isAbstract(getter.getModifiers()) && !isOptionalOrCollection(raw) ? "has a default" : null));
      setters.add(setter);
    }
    return new Shape.Obj(typeName(c), List.copyOf(props), (@Nullable Object[] values) -> {
      Object b = callNoArg(builderFactory);
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v != null) {
          try {
            setters.get(i).invoke(b, v);
          } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof Exception ? (Exception) cause : e;
          }
        }
      }
      try {
        return build.invoke(b);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw cause instanceof Exception ? (Exception) cause : e;
      }
    }, variantName(c));
  }

  /** The variant name of a class that is a case of a sealed type, or null. */
  static @Nullable String variantName(Class<?> c) {
    Class<?> sup = c.getSuperclass();
    if (sup != null && sup.isSealed()) {
      return typeName(c);
    }
    for (Class<?> i : c.getInterfaces()) {
      if (i.isSealed()) {
        return typeName(c);
      }
    }
    return null;
  }

  private static Object callNoArg(Method m) throws Exception {
    try {
      return m.invoke(null);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause instanceof Exception ? (Exception) cause : e;
    }
  }

  private static @Nullable Method setter(Class<?> builderType, String attr, Class<?> valueType) {
    Method best = null;
    for (Method m : builderType.getMethods()) {
      if (!m.getName().equals(attr) || m.getParameterCount() != 1 || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      Class<?> p = m.getParameterTypes()[0];
      if (p == Optional.class) {
        continue;
      }
      if (p.isAssignableFrom(valueType) || p == valueType) {
        if (best == null || best.getParameterTypes()[0].isAssignableFrom(p)) {
          best = m;
        }
      }
    }
    return best;
  }

  /** Public, non-static, no-argument getX()/isX() methods, in declaration order (supertypes first). */
  private static List<Method> orderedGetters(Class<?> c) {
    Map<String, Method> byName = new LinkedHashMap<>();
    for (Method m : c.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class
          || m.isSynthetic() || m.isBridge()) {
        continue;
      }
      String name = m.getName();
      boolean getter = name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3));
      boolean is = name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))
          && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class);
      if (getter || is) {
        Method prev = byName.get(name);
        // prefer the most specific declaration (its generic return type may be narrower)
        if (prev == null || prev.getDeclaringClass().isAssignableFrom(m.getDeclaringClass())) {
          byName.put(name, m);
        }
      }
    }
    return new ArrayList<>(new java.util.TreeMap<>(byName).values());
  }

  static String attributeName(Method getter) {
    String n = getter.getName();
    String bare = n.startsWith("get") ? n.substring(3) : n.substring(2);
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  /**
   * The constraints of an accessor: those on the method, or, for an {@code Optional<T>} without
   * any, those on its type argument ({@code Optional<@Pattern(...) String> getNote()}), which
   * apply to the value when present.
   */
  static Constraints constraintsOf(Method accessor) {
    Constraints own = constraints(accessor);
    if (own != Constraints.NONE || accessor.getReturnType() != Optional.class) {
      return own;
    }
    AnnotatedType returned = accessor.getAnnotatedReturnType();
    if (returned instanceof AnnotatedParameterizedType) {
      AnnotatedType[] args = ((AnnotatedParameterizedType) returned).getAnnotatedActualTypeArguments();
      if (args.length == 1) {
        return constraints(args[0]);
      }
    }
    return own;
  }

  private static Constraints constraints(AnnotatedElement e) {
    boolean notBlank = e.isAnnotationPresent(NotBlank.class);
    Pattern p = e.getAnnotation(Pattern.class);
    String pattern = p != null ? p.regexp() : e.isAnnotationPresent(Email.class) ? Formats.EMAIL : null;
    Long min = null;
    Long max = null;
    Integer minSize = null;
    Integer maxSize = null;
    Min mn = e.getAnnotation(Min.class);
    if (mn != null) {
      min = mn.value();
    }
    Max mx = e.getAnnotation(Max.class);
    if (mx != null) {
      max = mx.value();
    }
    if (e.isAnnotationPresent(Positive.class)) {
      min = 1L;
    }
    if (e.isAnnotationPresent(PositiveOrZero.class)) {
      min = 0L;
    }
    Size size = e.getAnnotation(Size.class);
    if (size != null) {
      minSize = size.min();
      maxSize = size.max() == Integer.MAX_VALUE ? null : size.max();
    }
    if (e.isAnnotationPresent(NotEmpty.class)) {
      minSize = 1;
    }
    if (!notBlank && pattern == null && min == null && max == null && minSize == null && maxSize == null) {
      return Constraints.NONE;
    }
    return new Constraints(notBlank, pattern, min, max, minSize, maxSize);
  }
}
