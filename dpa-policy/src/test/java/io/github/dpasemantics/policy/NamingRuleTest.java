package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.policy.testing.PolicyInputs;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The naming rule of the package javadoc, checked over every public static method of every class
 * in {@link Policies#classes()}: each explained method {@code x} returning {@code Decision<T>} has
 * a bare twin with the same parameter types ({@code isX} returning {@code boolean} for
 * {@code T = Boolean}, {@code xDate} for a {@code LocalDate} or {@code Optional<LocalDate>},
 * {@code xOf} returning {@code T} otherwise), every bare method has its explained twin, and no
 * public method takes two or more {@code boolean}s.
 */
class NamingRuleTest {

  @Test
  @DisplayName("Every policy method follows the naming rule")
  void policyClassesFollowTheRule() {
    assertEquals(List.of(), violations(Policies.classes()),
        "naming-rule violations (see the package javadoc of io.github.dpasemantics.policy)");
  }

  @Test
  @DisplayName("Every bare method answers its explained twin's outcome, or refuses the same input with the same exception")
  void bareAnswersTheExplainedOutcome() {
    Set<String> failures = new TreeSet<>();
    int pairs = 0;
    for (Class<?> c : Policies.classes()) {
      for (Method explained : c.getDeclaredMethods()) {
        if (!Modifier.isPublic(explained.getModifiers()) || !Modifier.isStatic(explained.getModifiers())
            || explained.getReturnType() != Decision.class) {
          continue;
        }
        Type outcome = ((ParameterizedType) explained.getGenericReturnType()).getActualTypeArguments()[0];
        Method bare;
        try {
          bare = c.getMethod(bareName(explained.getName(), outcome), explained.getParameterTypes());
        } catch (NoSuchMethodException e) {
          continue; // policyClassesFollowTheRule reports it
        }
        pairs++;
        qt().withExamples(20).withShrinkCycles(0).forAll(PolicyInputs.arguments(explained)).checkAssert(args -> {
          String expected = outcomeOf(explained, args, true);
          String actual = outcomeOf(bare, args, false);
          if (!expected.equals(actual)) {
            failures.add(c.getSimpleName() + "." + bare.getName() + "(" + params(bare) + "): explained " + expected + ", bare "
                + actual);
          }
        });
      }
    }
    assertTrue(pairs > 100, "pairs found: " + pairs);
    assertEquals(List.of(), List.copyOf(failures));
  }

  private static String outcomeOf(Method m, Object[] args, boolean explained) {
    try {
      Object r = m.invoke(null, args);
      return "returned " + (explained ? ((Decision<?>) r).getOutcome() : r);
    } catch (InvocationTargetException e) {
      return "threw " + e.getCause().getClass().getSimpleName();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  /** A class breaking each part of the rule once, so that the check is seen to fail. */
  static final class Broken {
    private Broken() {}

    // explained with no bare twin
    public static Decision<Boolean> lonely(int x) {
      return Decision.of("Broken.lonely", x > 0, Reason.of(Deletion.Code.DELETE_ALL));
    }

    // bare with a twin of other parameters
    public static boolean isMismatched(int x) {
      return x > 0;
    }

    public static Decision<Boolean> mismatched(long x) {
      return Decision.of("Broken.mismatched", x > 0, Reason.of(Deletion.Code.DELETE_ALL));
    }

    // a twin with the wrong outcome type
    public static LocalDate dueDate(int x) {
      return LocalDate.EPOCH.plusDays(x);
    }

    public static Decision<Optional<LocalDate>> due(int x) {
      return Decision.of("Broken.due", Optional.of(LocalDate.EPOCH.plusDays(x)), Reason.of(Deletion.Code.DELETE_ALL));
    }

    // a well-formed pair taking two booleans
    public static boolean isBoth(boolean a, boolean b) {
      return a && b;
    }

    public static Decision<Boolean> both(boolean a, boolean b) {
      return Decision.of("Broken.both", a && b, Reason.of(Deletion.Code.DELETE_ALL));
    }

    // a name outside the rule
    public static int count() {
      return 1;
    }

    // a well-formed pair: no violation
    public static Optional<String> labelOf(String s) {
      return Optional.of(s);
    }

    public static Decision<Optional<String>> label(String s) {
      return Decision.of("Broken.label", Optional.of(s), Reason.of(Deletion.Code.DELETE_ALL));
    }
  }

  @Test
  @DisplayName("The check fails on a class that breaks the rule, naming each violation")
  void theCheckCanFail() {
    assertEquals(List.of(
        "Broken.both(boolean, boolean): takes 2 booleans (name each fact: an enum, or a Set of one)",
        "Broken.count(): int: not a name of the rule (isX -> boolean, xOf -> value, xDate -> LocalDate, x -> Decision)",
        "Broken.due(int): Decision<java.util.Optional<java.time.LocalDate>> has no bare twin dueDate(int)"
            + " returning java.util.Optional<java.time.LocalDate>",
        "Broken.dueDate(int): java.time.LocalDate has no explained twin due(int) returning Decision<java.time.LocalDate>",
        "Broken.isBoth(boolean, boolean): takes 2 booleans (name each fact: an enum, or a Set of one)",
        "Broken.isMismatched(int): boolean has no explained twin mismatched(int) returning Decision<java.lang.Boolean>",
        "Broken.lonely(int): Decision<java.lang.Boolean> has no bare twin isLonely(int) returning boolean",
        "Broken.mismatched(long): Decision<java.lang.Boolean> has no bare twin isMismatched(long) returning boolean"),
        violations(List.of(Broken.class)));
  }

  // ------------------------------------------------------------------ the check

  /**
   * The violations of the naming rule in the given classes, sorted.
   *
   * @param classes the classes to check
   * @return one line per violation, starting {@code Class.method(parameter types)}
   */
  static List<String> violations(List<Class<?>> classes) {
    Set<String> out = new TreeSet<>();
    for (Class<?> c : classes) {
      List<Method> methods = Arrays.stream(c.getDeclaredMethods())
          .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
          .sorted(Comparator.comparing(Method::toGenericString))
          .toList();
      for (Method m : methods) {
        String id = c.getSimpleName() + "." + m.getName() + "(" + params(m) + ")";
        long booleans = Arrays.stream(m.getParameterTypes()).filter(t -> t == boolean.class || t == Boolean.class).count();
        if (booleans >= 2) {
          out.add(id + ": takes " + booleans + " booleans (name each fact: an enum, or a Set of one)");
        }
        if (m.getReturnType() == Decision.class) {
          Type outcome = ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0];
          String bare = bareName(m.getName(), outcome);
          Type bareReturn = outcome == Boolean.class ? boolean.class : outcome;
          if (find(methods, bare, m, bareReturn).isEmpty()) {
            out.add(id + ": Decision<" + outcome.getTypeName() + "> has no bare twin " + bare + "(" + params(m) + ") returning "
                + bareReturn.getTypeName());
          }
        } else {
          Optional<String> explained = explainedName(m);
          if (explained.isEmpty()) {
            out.add(id + ": " + m.getGenericReturnType().getTypeName()
                + ": not a name of the rule (isX -> boolean, xOf -> value, xDate -> LocalDate, x -> Decision)");
          } else if (find(methods, explained.orElseThrow(), m, null).isEmpty()) {
            out.add(id + ": " + m.getGenericReturnType().getTypeName() + " has no explained twin " + explained.orElseThrow() + "("
                + params(m) + ") returning Decision<" + boxed(m.getGenericReturnType()).getTypeName() + ">");
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** The bare name for an explained method {@code x} deciding a {@code T}. */
  private static String bareName(String x, Type outcome) {
    if (outcome == Boolean.class) {
      return "is" + x.substring(0, 1).toUpperCase(Locale.ROOT) + x.substring(1);
    }
    return isDate(outcome) ? x + "Date" : x + "Of";
  }

  /** The explained name of a bare method, if its name and return type follow the rule. */
  private static Optional<String> explainedName(Method m) {
    String n = m.getName();
    Type r = m.getGenericReturnType();
    if (r == boolean.class && n.length() > 2 && n.startsWith("is") && Character.isUpperCase(n.charAt(2))) {
      return Optional.of(n.substring(2, 3).toLowerCase(Locale.ROOT) + n.substring(3));
    }
    if (isDate(r) && n.endsWith("Date") && n.length() > 4) {
      return Optional.of(n.substring(0, n.length() - 4));
    }
    if (!isDate(r) && r != boolean.class && r != void.class && n.endsWith("Of") && n.length() > 2) {
      return Optional.of(n.substring(0, n.length() - 2));
    }
    return Optional.empty();
  }

  private static boolean isDate(Type t) {
    return t == LocalDate.class || t.getTypeName().equals("java.util.Optional<java.time.LocalDate>");
  }

  /**
   * The method named {@code name} with the parameter types of {@code like}: returning
   * {@code bareReturn} if given, else {@code Decision<boxed return of like>}.
   */
  private static Optional<Method> find(List<Method> methods, String name, Method like, Type bareReturn) {
    for (Method m : methods) {
      if (!m.getName().equals(name) || !Arrays.equals(m.getGenericParameterTypes(), like.getGenericParameterTypes())) {
        continue;
      }
      Type r = m.getGenericReturnType();
      boolean fits = bareReturn != null ? r.equals(bareReturn)
          : r instanceof ParameterizedType p && p.getRawType() == Decision.class
              && p.getActualTypeArguments()[0].equals(boxed(like.getGenericReturnType()));
      if (fits) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static Type boxed(Type t) {
    return t == boolean.class ? Boolean.class : t;
  }

  private static String params(Method m) {
    return Arrays.stream(m.getGenericParameterTypes()).map(NamingRuleTest::simple).collect(Collectors.joining(", "));
  }

  private static String simple(Type t) {
    String n = t.getTypeName();
    return n.replaceAll("[a-z][a-z0-9_]*\\.", "").replace('$', '.');
  }
}
