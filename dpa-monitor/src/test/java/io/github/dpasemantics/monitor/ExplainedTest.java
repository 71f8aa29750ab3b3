package io.github.dpasemantics.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An instance's or right's reason values, kept in fields up to three and in their array beyond. */
class ExplainedTest {
  private static final LocalDate D = LocalDate.of(2024, 3, 1);

  private static Object[] values(int n) {
    Object[] v = new Object[n];
    for (int i = 0; i < n; i++) {
      v[i] = i % 2 == 0 ? "v" + i : D.plusDays(i);
    }
    return v;
  }

  /** A code whose template takes {@code n} values (the {@code k}-th of them, cyclically). */
  static MonitorCode withSlots(int n, int k) {
    java.util.List<MonitorCode> fit = java.util.Arrays.stream(MonitorCode.values()).filter(c -> c.slots() == n).toList();
    return fit.get(k % fit.size());
  }

  private static Inst inst(MonitorCode code, Object[] args) {
    return new Inst(ObligationKind.INCIDENT_NOTICE, "inc-1", "e1", D, ObligationState.ACTIVE, code, args);
  }

  @Test
  @DisplayName("0 to 4 values (inline and spilled) come back equal and in order, when made and when the reason changes")
  void valuesRoundTrip() {
    for (int n = 0; n <= 4; n++) {
      Inst i = inst(withSlots(n, 0), values(n));
      assertEquals(withSlots(n, 0), i.why);
      assertArrayEquals(values(n), i.args(), "made with " + n);
      for (int m = 0; m <= 4; m++) {
        i.reason(withSlots(m, 1), values(m));
        assertEquals(withSlots(m, 1), i.why);
        assertArrayEquals(values(m), i.args(), n + " then " + m);
      }
    }
  }

  @Test
  @DisplayName("a copy keeps the reason and its decision; dropping the explanation keeps only the code")
  void copyAndDrop() {
    Inst i = inst(withSlots(2, 0), values(2));
    i.basis = () -> null;
    i.reason(withSlots(3, 0), values(3));
    Inst c = i.copy();
    assertEquals(i.why, c.why);
    assertArrayEquals(values(3), c.args());
    assertEquals(i.basis, c.basis);
    i.release();
    assertEquals(withSlots(3, 0), i.why);
    assertArrayEquals(new Object[0], i.args());
    assertNull(i.basis);
    assertArrayEquals(values(3), c.args(), "the copy is its own");
  }
}
