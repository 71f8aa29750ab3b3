package io.github.dpasemantics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The javadoc of each value type's {@code builder()} lists the attributes {@code build()} requires
 * and those it may leave unset, and that list is the type's: computed here from the abstract type
 * (an abstract getter that is not an {@code Optional} or a collection is required; a
 * {@code @Value.Default}, an {@code Optional} or a collection is optional), in declaration order,
 * and compared with the text of the source file. A new attribute, a new default or a reordering
 * fails this test with the line to write.
 */
class BuilderDocsTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern BUILDER_DOC = Pattern.compile(
      "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public static Builder builder\\(\\)", Pattern.DOTALL);

  @Test
  @DisplayName("Each builder() javadoc lists exactly the required and the optional attributes")
  void builderJavadocListsTheRequiredAttributes() throws Exception {
    List<String> wrong = new ArrayList<>();
    List<Path> values = valueTypeSources();
    assertTrue(values.size() > 70, "value types found: " + values.size());
    for (Path source : values) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      String name = SOURCES.relativize(source).toString().replace('/', '.').replaceAll("\\.java$", "");
      Class<?> type = Class.forName(name);
      Optional<Method> builder = builderFactory(type);
      if (builder.isEmpty()) {
        continue;
      }
      String expected = attributeLine(type, builder.get().getReturnType());
      Matcher doc = BUILDER_DOC.matcher(text);
      assertTrue(doc.find(), name + ": builder() has no javadoc");
      String comment = doc.group(1).replaceAll("\n\\s*\\* ?", " ").replaceAll("\\s+", " ");
      if (!comment.contains(expected)) {
        wrong.add(type.getSimpleName() + ": " + expected);
      }
    }
    assertEquals(List.of(), wrong, "builder() javadoc must contain these lines");
  }

  @Test
  @DisplayName("An empty builder refuses to build, naming exactly the attributes listed as required")
  void theListedRuleIsTheBuildersRule() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Path source : valueTypeSources()) {
      String name = SOURCES.relativize(source).toString().replace('/', '.').replaceAll("\\.java$", "");
      Class<?> type = Class.forName(name);
      Optional<Method> factory = builderFactory(type);
      if (factory.isEmpty()) {
        continue;
      }
      String line = attributeLine(type, factory.get().getReturnType());
      String required = line.substring("<p>Required: ".length(), line.indexOf(';'));
      if (required.equals("none")) {
        continue;
      }
      String message = "";
      try {
        factory.get().getReturnType().getMethod("build").invoke(factory.get().invoke(null));
      } catch (java.lang.reflect.InvocationTargetException e) {
        message = String.valueOf(e.getCause().getMessage());
      }
      Matcher unset = Pattern.compile("\\[(.*)]").matcher(message);
      if (!unset.find() || !unset.group(1).equals(required)) {
        wrong.add(type.getSimpleName() + ": listed " + required + ", build() said: " + message);
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** The line the builder() javadoc must hold. */
  static String attributeLine(Class<?> type, Class<?> builderType) throws ClassNotFoundException {
    List<String> required = new ArrayList<>();
    List<String> optional = new ArrayList<>();
    for (String attribute : declarationOrder(type)) {
      Method getter = getter(type, attribute);
      if (getter == null || !settable(builderType, attribute)) {
        continue;
      }
      (isRequired(getter) ? required : optional).add(attribute);
    }
    return "<p>Required: " + (required.isEmpty() ? "none" : String.join(", ", required))
        + "; optional: " + (optional.isEmpty() ? "none" : String.join(", ", optional)) + ".";
  }

  private static boolean isRequired(Method getter) {
    Class<?> r = getter.getReturnType();
    boolean optionalType = r == Optional.class || r == OptionalInt.class || r == OptionalLong.class
        || r == OptionalDouble.class || Collection.class.isAssignableFrom(r) || Map.class.isAssignableFrom(r);
    return Modifier.isAbstract(getter.getModifiers()) && !optionalType;
  }

  private static boolean settable(Class<?> builderType, String attribute) {
    return Stream.of(builderType.getMethods())
        .anyMatch(m -> m.getName().equals(attribute) && m.getParameterCount() == 1);
  }

  private static Method getter(Class<?> type, String attribute) {
    String cap = Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (String prefix : List.of("get", "is")) {
      try {
        Method m = type.getMethod(prefix + cap);
        if (!Modifier.isStatic(m.getModifiers())) {
          return m;
        }
      } catch (NoSuchMethodException e) {
        // try the next prefix
      }
    }
    return null;
  }

  /** The attributes in declaration order: the generated class keeps its fields in that order. */
  private static List<String> declarationOrder(Class<?> type) throws ClassNotFoundException {
    Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    List<String> names = new ArrayList<>();
    for (Field f : generated.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) && !names.contains(f.getName())) {
        names.add(f.getName());
      }
    }
    return names;
  }

  private static Optional<Method> builderFactory(Class<?> type) {
    try {
      Method m = type.getMethod("builder");
      return Modifier.isStatic(m.getModifiers()) ? Optional.of(m) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static List<Path> valueTypeSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(p -> p.toString().endsWith(".java")).filter(BuilderDocsTest::isValueType)
          .sorted().collect(Collectors.toList());
    }
  }

  private static boolean isValueType(Path p) {
    try {
      return Pattern.compile("^@Value\\.Immutable", Pattern.MULTILINE)
          .matcher(Files.readString(p, StandardCharsets.UTF_8)).find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
