package io.github.dpasemantics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.party.Party;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 ("null messages"): every public static factory of the model's public types (the
 * generated {@code Immutable*} builders aside), given null for one reference parameter, throws a
 * {@link NullPointerException} that begins with the factory's own name and that parameter's name
 * ({@code "Party.of: id must not be null"}).
 */
@DisplayName("null arguments: every public model factory names itself and the parameter")
class FactoryNullMessagesTest {

  /**
   * The model's public classes, nested ones included, read from the compiled classes directory.
   *
   * @param nested whether to include nested classes (the builders) and the generated {@code Immutable*} types
   * @return the classes, sorted by name
   */
  static List<Class<?>> publicClasses(boolean nested) throws IOException, URISyntaxException {
    Path root = Path.of(DpaTerms.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
        if (!nested && (name.contains("$") || name.contains(".Immutable")) || name.endsWith("-info")) {
          continue;
        }
        Class<?> c;
        try {
          c = Class.forName(name);
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
        if (Modifier.isPublic(c.getModifiers())) {
          out.add(c);
        }
      }
    }
    return out;
  }

  static List<Method> factories() throws IOException, URISyntaxException {
    List<Method> out = new ArrayList<>();
    for (Class<?> c : publicClasses(false)) {
      Method[] ms = c.getDeclaredMethods();
      Arrays.sort(ms, Comparator.comparing(Method::toGenericString));
      for (Method m : ms) {
        boolean enumLookup = c.isEnum() && m.getName().equals("valueOf");
        if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !enumLookup
            && Arrays.stream(m.getParameterTypes()).anyMatch(t -> !t.isPrimitive())) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** A valid value of a parameter type, for the parameters not under test. */
  private static Object sample(Class<?> t) {
    if (t.isEnum()) {
      return t.getEnumConstants()[0];
    }
    if (t.isArray()) {
      return Array.newInstance(t.getComponentType(), 0);
    }
    if (t == Set.class) {
      return Set.of();
    }
    if (t == List.class || t == java.util.Collection.class || t == Iterable.class) {
      return List.of();
    }
    if (t == String.class || t == CharSequence.class) {
      return "x";
    }
    if (t == LocalDate.class) {
      return LocalDate.of(2025, 1, 1);
    }
    if (t == Instant.class) {
      return Instant.EPOCH;
    }
    if (t == ZoneId.class) {
      return ZoneOffset.UTC;
    }
    if (t == ClauseId.class) {
      return ClauseId.parse("6.3");
    }
    if (t == CountryCode.class) {
      return CountryCode.of("DE");
    }
    if (t == Party.class) {
      return Party.of("aws", "AWS", io.github.dpasemantics.model.party.PartyKind.THIRD_PARTY_SUBPROCESSOR);
    }
    if (t == Class.class) {
      return AuditRequested.class;
    }
    throw new AssertionError("no sample value of " + t);
  }

  @Test
  @DisplayName("null for each reference parameter in turn: NullPointerException \"Type.factory: parameter ...\"")
  void nullNamesFactoryAndParameter() throws Exception {
    List<String> failures = new ArrayList<>();
    List<Method> all = factories();
    assertTrue(all.size() > 40, () -> "factories found: " + all.size());
    for (Method m : all) {
      Parameter[] ps = m.getParameters();
      for (int i = 0; i < ps.length; i++) {
        if (ps[i].getType().isPrimitive() || m.getAnnotatedParameterTypes()[i].isAnnotationPresent(Nullable.class)) {
          continue;
        }
        Object[] args = new Object[ps.length];
        for (int j = 0; j < ps.length; j++) {
          args[j] = j == i ? null : ps[j].getType().isPrimitive() ? primitive(ps[j].getType()) : sample(ps[j].getType());
        }
        String expected = m.getDeclaringClass().getSimpleName() + "." + m.getName() + ": " + ps[i].getName() + " ";
        try {
          m.invoke(null, args);
          failures.add(m + " accepted " + ps[i].getName() + " = null");
        } catch (InvocationTargetException e) {
          Throwable t = e.getCause();
          if (!(t instanceof NullPointerException) || t.getMessage() == null || !t.getMessage().startsWith(expected)) {
            failures.add(m + " with " + ps[i].getName() + " = null: " + t);
          }
        }
      }
    }
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  private static Object primitive(Class<?> t) {
    return t == boolean.class ? (Object) false : t == int.class ? (Object) 1 : (Object) 1L;
  }
}
