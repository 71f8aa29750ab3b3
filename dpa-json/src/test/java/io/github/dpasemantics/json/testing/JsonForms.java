package io.github.dpasemantics.json.testing;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.dpasemantics.json.PolicyInputs;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.time.BusinessCalendar;
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of a type as the tests walk documents (to corrupt a member, to know which are
 * required): taken from the types themselves with Jackson's own introspection
 * ({@code introspect(javaType).findProperties()}), not from the code under test. A member of an
 * Immutables value is required when its getter is abstract and not an {@code Optional} or a
 * collection; a record's component when it is not an {@code Optional} or a collection; a policy's
 * input as {@link PolicyInputs} says.
 */
public final class JsonForms {
  private JsonForms() {}

  private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new Jdk8Module()).build();

  /** The JSON type of a value. */
  public enum JsonType {
    /** A JSON string (text, a date, an enum's name, a clause id, a country code). */
    STRING,
    /** A JSON integer. */
    INTEGER,
    /** A JSON number. */
    NUMBER,
    /** true or false. */
    BOOLEAN,
    /** A JSON array. */
    ARRAY,
    /** A JSON object with named members. */
    OBJECT,
    /** A JSON object whose {@code "type"} names its kind (the event family). */
    UNION
  }

  /**
   * A member of an object.
   *
   * @param name its name
   * @param type its type
   * @param required whether it must be given
   * @param notBlank whether its text must not be blank
   */
  public record Member(String name, JavaType type, boolean required, boolean notBlank) {}

  /**
   * A form.
   *
   * @param kind the JSON type
   * @param type the Java type ({@code Optional} unwrapped)
   * @param members an object's members by name, else empty
   * @param discriminated whether an object carries a {@code "type"} naming its kind (an event)
   */
  public record Form(JsonType kind, JavaType type, Map<String, Member> members, boolean discriminated) {
    /**
     * Returns an enum's constant names, none for another type.
     *
     * @return the names
     */
    public List<String> enumValues() {
      List<String> out = new ArrayList<>();
      if (type.isEnumType()) {
        for (Object k : type.getRawClass().getEnumConstants()) {
          out.add(((Enum<?>) k).name());
        }
      }
      return out;
    }

    /**
     * Tells whether the value is a contract date.
     *
     * @return true for {@code LocalDate}
     */
    public boolean isDate() {
      return type.getRawClass() == LocalDate.class;
    }

    /**
     * Returns the form of an array's items.
     *
     * @return the item form
     */
    public Form item() {
      Class<?> c = type.getRawClass();
      return of(c == Interpretations.class ? Interpretation.class
          : c == BusinessCalendar.class ? LocalDate.class : type.getContentType());
    }

    /**
     * Returns the form of a union's variant.
     *
     * @param name the kind's name, e.g. {@code DeletionRequested}
     * @return its form, or empty if there is no such kind
     */
    public Optional<Form> variant(String name) {
      for (EventType t : EventType.values()) {
        if (t.getEventClass().getSimpleName().equals(name)) {
          return Optional.of(of(t.getEventClass()));
        }
      }
      return Optional.empty();
    }
  }

  /**
   * Returns the form of a type.
   *
   * @param t the type ({@code Optional<X>} has the form of {@code X})
   * @return the form
   */
  public static Form of(Type t) {
    JavaType type = MAPPER.constructType(t);
    if (type.getRawClass() == Optional.class) {
      type = type.containedTypeOrUnknown(0);
    }
    Class<?> c = type.getRawClass();
    Map<String, Member> none = Map.of();
    if (c == boolean.class || c == Boolean.class) {
      return new Form(JsonType.BOOLEAN, type, none, false);
    }
    if (c == int.class || c == long.class || c == Integer.class || c == Long.class) {
      return new Form(JsonType.INTEGER, type, none, false);
    }
    if (c == double.class || Number.class.isAssignableFrom(c)) {
      return new Form(JsonType.NUMBER, type, none, false);
    }
    if (type.isCollectionLikeType() || c == Interpretations.class || c == BusinessCalendar.class) {
      return new Form(JsonType.ARRAY, type, none, false);
    }
    if (c == DpaEvent.class) {
      return new Form(JsonType.UNION, type, none, true);
    }
    if (c == String.class || c.isEnum() || c.getName().startsWith("java.time.") || hasTextFactory(c)) {
      return new Form(JsonType.STRING, type, none, false);
    }
    return new Form(JsonType.OBJECT, type, members(type), DpaEvent.class.isAssignableFrom(c));
  }

  /**
   * Returns the form of a policy's inputs: an object with one member per input.
   *
   * @param inputs the inputs
   * @return the form
   */
  public static Form of(PolicyInputs inputs) {
    Map<String, Member> members = new LinkedHashMap<>();
    for (PolicyInputs.Input in : inputs.inputs()) {
      members.put(in.name(), new Member(in.name(), MAPPER.constructType(in.type()), in.required(), false));
    }
    return new Form(JsonType.OBJECT, MAPPER.constructType(Object.class), members, false);
  }

  private static Map<String, Member> members(JavaType type) {
    BeanDescription d = MAPPER.getSerializationConfig().introspect(type);
    Map<String, Member> out = new LinkedHashMap<>();
    boolean record = type.getRawClass().isRecord();
    for (BeanPropertyDefinition p : d.findProperties()) {
      AnnotatedMember accessor = p.getAccessor();
      if (accessor == null) {
        continue;
      }
      Class<?> raw = p.getRawPrimaryType();
      boolean optional = raw == Optional.class || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
      boolean isAbstract = accessor.getMember() instanceof Method m && Modifier.isAbstract(m.getModifiers());
      boolean notBlank = accessor.getAnnotated().isAnnotationPresent(NotBlank.class);
      out.put(p.getName(), new Member(p.getName(), p.getPrimaryType(), !optional && (record || isAbstract), notBlank));
    }
    return out;
  }

  private static boolean hasTextFactory(Class<?> c) {
    for (String name : List.of("parse", "of")) {
      try {
        Method m = c.getMethod(name, String.class);
        if (Modifier.isStatic(m.getModifiers()) && c.isAssignableFrom(m.getReturnType())) {
          return true;
        }
      } catch (NoSuchMethodException e) {
        // try the next form
      }
    }
    return false;
  }
}
