package io.github.dpasemantics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 ("positional booleans"): no public method of the model's public types, their builders
 * included, takes two or more {@code boolean}s, so that a swapped pair cannot compile into a
 * confidently wrong contract ({@code AnnexFacts.governedBy(EU_DATA_PROTECTION_LAW)}, not
 * {@code of(true, false)}).
 */
@DisplayName("no public model method takes two or more booleans")
class NoTwoBooleansTest {

  static List<String> violations(List<Class<?>> classes) {
    List<String> out = new ArrayList<>();
    for (Class<?> c : classes) {
      for (Method m : c.getDeclaredMethods()) {
        long booleans = Arrays.stream(m.getParameterTypes()).filter(t -> t == boolean.class || t == Boolean.class).count();
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && booleans >= 2) {
          out.add(c.getName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()));
        }
      }
    }
    return out;
  }

  @Test
  @DisplayName("every public method of every public model type and builder takes at most one boolean")
  void noPublicMethodTakesTwoBooleans() throws Exception {
    List<Class<?>> classes = FactoryNullMessagesTest.publicClasses(true);
    assertTrue(classes.size() > 100, "classes found: " + classes.size());
    assertEquals(List.of(), violations(classes));
  }

  /** A type with one method of each kind, so that the check is seen to fail. */
  public static final class Planted {
    private Planted() {}

    public static int of(boolean a, boolean b) {
      return a == b ? 1 : 0;
    }

    public int with(boolean a) {
      return a ? 1 : 0;
    }
  }

  @Test
  @DisplayName("the check fails on a type taking two booleans, naming the method")
  void theCheckCanFail() {
    assertEquals(List.of("io.github.dpasemantics.model.NoTwoBooleansTest$Planted.of[boolean, boolean]"),
        violations(List.of(Planted.class)));
  }
}
