package io.github.dpasemantics.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.policy.LegalFacts;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of a policy method ({@code dpa decide}, {@code dpa policies}): one per parameter, named
 * as in the source (the policy module is compiled with {@code -parameters}), read from JSON exactly
 * as a document's member of the same type is (Jackson, {@link ModelModule}, the same checks and
 * messages). A {@link DpaTerms} parameter is optional and defaults to {@link DpaTerms#segment()}; an
 * {@link Interpretations} parameter is optional and defaults to the readings chosen; a parameter
 * whose type is {@code @Nullable} (JSpecify) is optional and {@code null} when left out; an
 * {@code Optional} or a collection is optional and empty when left out; a {@link LegalFacts}
 * parameter is no input and is always {@link LegalFacts#current()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyInputs {
  private static final String JSPECIFY_NULLABLE = "org.jspecify.annotations.Nullable";

  /**
   * One input of a policy.
   *
   * @param name the parameter's name
   * @param type the parameter's (generic) type
   * @param required whether it must be given
   * @param nullable whether the policy declares it {@code @Nullable} (absent means {@code null})
   * @param note how it defaults, if it is optional for a reason of its own, else {@code null}
   */
  public record Input(String name, Type type, boolean required, boolean nullable, @Nullable String note) {
    /**
     * Returns the input's expected form in words, as messages name it.
     *
     * @return the form, e.g. {@code a date as YYYY-MM-DD, ...}
     */
    public String expected() {
      return JsonBinding.expected(type);
    }

    /**
     * Returns the raw class of the input's type.
     *
     * @return the class, e.g. {@code Set} for {@code Set<SecurityEffect>}
     */
    public Class<?> raw() {
      return PolicyInputs.raw(type);
    }
  }

  private final Method method;
  private final List<Input> inputs;
  /** The input each parameter is, by position; -1 for a {@link LegalFacts}. */
  private final int[] inputOf;

  private PolicyInputs(Method method) {
    this.method = method;
    Parameter[] params = method.getParameters();
    List<Input> list = new ArrayList<>();
    inputOf = new int[params.length];
    for (int i = 0; i < params.length; i++) {
      Parameter p = params[i];
      Type t = p.getParameterizedType();
      Class<?> raw = raw(t);
      if (raw == LegalFacts.class) {
        // the dated table of outside law is the library's, not an input: LegalFacts.current()
        inputOf[i] = -1;
        continue;
      }
      boolean nullable = declaredNullable(p);
      boolean defaulted = nullable || defaultOf(raw, Interpretations.defaults()) != null;
      String note = raw == DpaTerms.class ? "defaults to the Segment preset (DpaTerms.segment())"
          : raw == Interpretations.class ? "defaults to the library's readings, changed with --interpretation"
          : nullable ? "optional: the policy declares it @Nullable (absent when the case does not need it)" : null;
      inputOf[i] = list.size();
      list.add(new Input(p.getName(), t, !defaulted, nullable, note));
    }
    this.inputs = List.copyOf(list);
  }

  /**
   * Returns the inputs of a policy method.
   *
   * @param method the policy method (static)
   * @return its inputs
   */
  public static PolicyInputs of(Method method) {
    return new PolicyInputs(method);
  }

  /**
   * Returns the inputs, in the parameters' order.
   *
   * @return the inputs
   */
  public List<Input> inputs() {
    return inputs;
  }

  /**
   * Returns an input by name.
   *
   * @param name the name
   * @return the input, or empty if the policy has none of that name
   */
  public Optional<Input> input(String name) {
    for (Input i : inputs) {
      if (i.name().equals(name)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the inputs from a JSON object whose members are named as the inputs, each read as its
   * parameter's type by the reader's mapper (a member given as {@code null} is absent), and returns
   * the policy's arguments, the inputs left out defaulted.
   *
   * @param reader the reader (limits, syntax checks, Jackson's mapper for the model)
   * @param document the object, as UTF-8
   * @param source the document's name, for messages
   * @param readings the readings an {@link Interpretations} parameter left out receives
   * @return the arguments in the parameters' order, and the dates given as instants
   * @throws InvalidInputException if the document is malformed, names an unknown input, lacks a
   *     required one or an input does not fit its type
   */
  public JsonBinding.Bound<Object[]> read(JsonBinding reader, byte[] document, String source,
      Interpretations readings) {
    Map<String, Type> types = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    for (Input i : inputs) {
      types.put(i.name(), i.type());
      if (i.required()) {
        required.add(i.name());
      }
    }
    JsonBinding.Bound<Map<String, Object>> read = reader.databind().readMembers(document,
        method.getDeclaringClass().getSimpleName() + "." + method.getName(), types, required, source, null);
    return new JsonBinding.Bound<>(arguments(read.value(), readings), read.conversions());
  }

  /**
   * Turns an input given as {@code KEY=VALUE} text ({@code dpa decide}) into the JSON value it
   * stands for, by its parameter's type: a string-valued input (text, a date, an enum's name, a
   * clause id) as a JSON string; a number or a boolean as one when it is written as one (else as a
   * string, which the reading then refuses with the type's message); a list or set of such values
   * also as a comma-separated list ({@code effects=LOSS,ALTERATION}); anything else as JSON text, or
   * {@code @FILE} for a file's. {@code null} is JSON's null ("absent", for an optional input) unless
   * the input is a string, where it is the text.
   *
   * @param reader the reader (for JSON text and files, under its limits)
   * @param name the input's name
   * @param text the text after the {@code =}
   * @return the JSON value
   * @throws IllegalArgumentException if the policy has no input of that name
   * @throws InvalidInputException if JSON text or a file is malformed or unreadable
   */
  public JsonNode fromText(JsonBinding reader, String name, String text) {
    Input in = input(name).orElseThrow(() -> new IllegalArgumentException("no input " + name));
    return fromText(reader, name, text, TypeFactory.defaultInstance()
        .constructType(in.type()));
  }

  private static JsonNode fromText(JsonBinding reader, String name, String value,
      JavaType declared) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JavaType type = declared.getRawClass() == Optional.class
        ? declared.containedTypeOrUnknown(0) : declared;
    Class<?> c = type.getRawClass();
    if ("null".equals(value) && c != String.class && c != CharSequence.class) {
      return nodes.nullNode();
    }
    Class<?> item = ModelModule.arrayItemOf(c)
        .orElse(type.isCollectionLikeType() ? type.getContentType().getRawClass() : null);
    if (item != null && !value.isEmpty() && !value.startsWith("[") && !value.startsWith("@") && isScalar(item)) {
      ArrayNode items = nodes.arrayNode();
      for (String part : value.split(",", -1)) {
        items.add(fromText(reader, name, part.strip(),
            TypeFactory.defaultInstance().constructType(item)));
      }
      return items;
    }
    if (isNumber(c)) {
      if (value.matches("-?[0-9]+")) {
        return nodes.numberNode(new BigInteger(value));
      }
      if (value.matches("-?[0-9]*\\.[0-9]+([eE][-+]?[0-9]+)?")) {
        return nodes.numberNode(new BigDecimal(value));
      }
      return nodes.textNode(value);
    }
    if (c == boolean.class || c == Boolean.class) {
      return "true".equals(value) || "false".equals(value) ? nodes.booleanNode(Boolean.parseBoolean(value))
          : nodes.textNode(value);
    }
    if (ModelModule.readsFromString(c)) {
      return nodes.textNode(value);
    }
    if (value.startsWith("@")) {
      Path file = Path.of(value.substring(1));
      return reader.tree(reader.bytes(file), file.toString());
    }
    return reader.tree(value.getBytes(StandardCharsets.UTF_8), "input '" + Text.excerpt(name) + "'");
  }

  private static boolean isNumber(Class<?> c) {
    return c == int.class || c == long.class || c == double.class || Number.class.isAssignableFrom(c);
  }

  private static boolean isScalar(Class<?> c) {
    return isNumber(c) || c == boolean.class || c == Boolean.class || ModelModule.readsFromString(c);
  }

  private Object[] arguments(Map<String, Object> given, Interpretations readings) {
    Parameter[] params = method.getParameters();
    @Nullable Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      Class<?> raw = raw(params[i].getParameterizedType());
      Object v = inputOf[i] < 0 ? null : given.get(inputs.get(inputOf[i]).name());
      if (v == null && inputOf[i] >= 0 && inputs.get(inputOf[i]).nullable()) {
        args[i] = null;
      } else if (v == null) {
        args[i] = defaultOf(raw, readings);
      } else if (v instanceof Set<?> set) {
        args[i] = Collections.unmodifiableSet(set);
      } else if (v instanceof List<?> list) {
        args[i] = List.copyOf(list);
      } else {
        args[i] = v;
      }
    }
    return args;
  }

  /**
   * The value an input of this type takes when it is left out, or null if it must be given (an
   * input the policy declares {@code @Nullable} is null when left out): one place for which inputs
   * are optional and what they default to.
   */
  private static @Nullable Object defaultOf(Class<?> raw, Interpretations readings) {
    if (raw == DpaTerms.class) {
      return DpaTerms.segment();
    }
    if (raw == Interpretations.class) {
      return readings;
    }
    if (raw == LegalFacts.class) {
      return LegalFacts.current();
    }
    if (raw == Optional.class) {
      return Optional.empty();
    }
    if (Set.class.isAssignableFrom(raw)) {
      return Set.of();
    }
    if (Map.class.isAssignableFrom(raw)) {
      return Map.of();
    }
    return Collection.class.isAssignableFrom(raw) ? List.of() : null;
  }

  /** Tells whether a parameter's type is annotated {@code @Nullable} (JSpecify), by name: JSpecify is compile-time only. */
  private static boolean declaredNullable(Parameter p) {
    for (Annotation a : p.getAnnotatedType().getAnnotations()) {
      if (a.annotationType().getName().equals(JSPECIFY_NULLABLE)) {
        return true;
      }
    }
    return false;
  }

  private static Class<?> raw(Type t) {
    return TypeFactory.defaultInstance().constructType(t).getRawClass();
  }
}
