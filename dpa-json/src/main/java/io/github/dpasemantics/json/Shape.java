package io.github.dpasemantics.json;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a Java type is written in the JSON formats: a scalar, an object with named properties, an
 * array, or a union of object types told apart by a {@code "type"} member. Shapes are derived
 * from the code by {@link Shapes} (the model's builders, records and policy signatures), and both
 * the reader ({@link JsonBinding}) and the writer ({@code JsonOutput}) use them, so what is written
 * reads back.
 */
public sealed interface Shape permits Shape.Scalar, Shape.Obj, Shape.Array, Shape.Union {

  /**
   * Returns the expected form in words, e.g. {@code a date as YYYY-MM-DD}.
   *
   * @return the description
   */
  String expected();

  /** The JSON type of a scalar. */
  enum JsonType {
    /** A string. */
    STRING,
    /** An integral number. */
    INTEGER,
    /** Any number. */
    NUMBER,
    /** true or false. */
    BOOLEAN
  }

  /** Turns a scalar's text into its Java value; any exception it throws is a refusal. */
  @FunctionalInterface
  interface Parser {
    /**
     * Parses.
     *
     * @param text the text (a string's content, a number's digits, a boolean's word)
     * @return the value
     * @throws Exception if the text is not a valid value
     */
    Object parse(String text) throws Exception;
  }

  /**
   * A scalar: a string, number or boolean, turned into a Java value by its parser.
   *
   * @param javaType the Java type
   * @param jsonType the JSON type
   * @param expected the expected form in words
   * @param format the JSON Schema format, if any ({@code date}, {@code date-time})
   * @param pattern a regular expression the text must match, if any
   * @param enumValues the allowed values, for enums
   * @param parser the parser
   */
  record Scalar(Class<?> javaType, JsonType jsonType, String expected, @Nullable String format,
      @Nullable String pattern, List<String> enumValues, Parser parser) implements Shape {}

  /**
   * Constraints on a property's value taken from its Jakarta Validation annotations.
   *
   * @param notBlank the text must not be blank
   * @param pattern a regular expression the whole text must match
   * @param min the smallest number
   * @param max the largest number
   * @param minSize the fewest characters or items
   * @param maxSize the most characters or items
   */
  record Constraints(boolean notBlank, @Nullable String pattern, @Nullable Long min, @Nullable Long max,
      @Nullable Integer minSize, @Nullable Integer maxSize) {
    /** No constraints. */
    public static final Constraints NONE = new Constraints(false, null, null, null, null, null);
  }

  /**
   * One member of an object.
   *
   * @param name the JSON name
   * @param type the Java type of its value (an {@code Optional} or collection is unwrapped by the binder)
   * @param required whether it must be present
   * @param constraints the constraints on its value
   * @param note a short note for the schema and messages, if any (e.g. the default used when absent)
   * @param nullable whether JSON {@code null} is a value, the same as leaving it out: only for a
   *     policy's parameter declared {@code @Nullable}, whose absent value is {@code null}
   */
  record Property(String name, Type type, boolean required, Constraints constraints, @Nullable String note,
      boolean nullable) {
    /**
     * A property that does not take {@code null}.
     *
     * @param name the JSON name
     * @param type the Java type of its value
     * @param required whether it must be present
     * @param constraints the constraints on its value
     * @param note a short note, if any
     */
    Property(String name, Type type, boolean required, Constraints constraints, @Nullable String note) {
      this(name, type, required, constraints, note, false);
    }
  }

  /** Builds an object's Java value from its properties' values, in property order. */
  @FunctionalInterface
  interface Factory {
    /**
     * Builds.
     *
     * @param values the bound values, {@code null} where a property is absent
     * @return the value
     * @throws Exception if the model refuses the values (its invariant messages are reported)
     */
    Object create(@Nullable Object[] values) throws Exception;
  }

  /**
   * An object with named properties; unknown members are refused.
   *
   * @param name the type's name, e.g. {@code Party}
   * @param properties the properties, in order
   * @param factory builds the Java value
   * @param discriminator for a variant of a union, its name: the object may then carry a
   *     {@code "type"} member with exactly this value (and must, inside the union)
   */
  record Obj(String name, List<Property> properties, Factory factory, @Nullable String discriminator)
      implements Shape {
    @Override
    public String expected() {
      return "an object (" + name + ")";
    }

    /**
     * Returns the property with the given name.
     *
     * @param property the JSON name
     * @return the property, or empty
     */
    public Optional<Property> property(String property) {
      for (Property p : properties) {
        if (p.name().equals(property)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  /** Turns an array's bound items into the Java value. */
  @FunctionalInterface
  interface Finisher {
    /**
     * Finishes.
     *
     * @param items the bound items
     * @return the value
     * @throws Exception if the items are refused together (e.g. two readings of one question)
     */
    Object finish(List<Object> items) throws Exception;
  }

  /**
   * An array of items of one type.
   *
   * @param item the item type
   * @param unique whether the items must be distinct (a set)
   * @param expected the expected form in words
   * @param finisher makes the Java value
   */
  record Array(Type item, boolean unique, String expected, Finisher finisher) implements Shape {}

  /**
   * A union of object types, told apart by the {@code "type"} member naming one of them.
   *
   * @param name the union's name, e.g. {@code ContractEvent}
   * @param variants the variants by name, in declaration order
   */
  record Union(String name, Map<String, Class<?>> variants) implements Shape {
    /** The member naming the variant. */
    public static final String DISCRIMINATOR = "type";

    @Override
    public String expected() {
      return "an object (" + name + ") whose \"type\" is one of: " + String.join(", ", variants.keySet());
    }
  }
}
