package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.policy.testing.PolicyInputs;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 ("null messages"): every public static method of every policy class, given null for one
 * reference parameter (not one declared {@code @Nullable}) and generated values for the others, throws a {@link NullPointerException}
 * whose message begins with that method's own name and that parameter's name
 * ({@code "Audits.isAuditAllowed: request must not be null"}), never the JDK's message from deep
 * inside, nor one naming another method it delegates to.
 */
@DisplayName("null arguments: every public policy method names itself and the parameter")
class NullMessagesProperties {

  /** The public static methods of the policy classes, in a stable order. */
  static List<Method> policyMethods() {
    List<Method> out = new ArrayList<>();
    for (Class<?> c : Policies.classes()) {
      Method[] ms = c.getDeclaredMethods();
      Arrays.sort(ms, Comparator.comparing(Method::toGenericString));
      for (Method m : ms) {
        if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0) {
          out.add(m);
        }
      }
    }
    return out;
  }

  @Test
  @DisplayName("null for each reference parameter in turn: NullPointerException \"Class.method: parameter ...\"")
  void nullNamesMethodAndParameter() {
    Set<String> failures = new LinkedHashSet<>();
    for (Method m : policyMethods()) {
      String owner = m.getDeclaringClass().getSimpleName() + "." + m.getName() + ": ";
      Parameter[] ps = m.getParameters();
      qt().withExamples(10).withShrinkCycles(0).forAll(PolicyInputs.arguments(m)).checkAssert(args -> {
        for (int i = 0; i < ps.length; i++) {
          if (ps[i].getType().isPrimitive() || m.getAnnotatedParameterTypes()[i].isAnnotationPresent(Nullable.class)) {
            continue;
          }
          Object[] a = args.clone();
          a[i] = null;
          String expected = owner + ps[i].getName() + " ";
          String where = m.toGenericString() + " with " + ps[i].getName() + " = null";
          try {
            m.invoke(null, a);
            failures.add(where + ": accepted");
          } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            String msg = t.getMessage();
            if (!(t instanceof NullPointerException) || msg == null || !msg.startsWith(expected)) {
              failures.add(where + ": " + t.getClass().getSimpleName() + " " + msg);
            }
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      });
    }
    assertEquals(List.of(), List.copyOf(failures), () -> failures.size() + " failures:\n" + String.join("\n", failures));
  }
}
