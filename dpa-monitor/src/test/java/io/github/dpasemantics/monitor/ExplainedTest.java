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

  private static Inst inst(MonitorCode code, Object[] args) {
    return new Inst(ObligationKind.INCIDENT_NOTICE, "inc-1", "e1", D, ObligationState.ACTIVE, code, args);
  }

  @Test
  @DisplayName("0 to 6 values come back equal and in order, when made and when the reason changes")
  void valuesRoundTrip() {
    MonitorCode[] codes = MonitorCode.values();
    for (int n = 0; n <= 6; n++) {
      Inst i = inst(codes[n], values(n));
      assertEquals(codes[n], i.why);
      assertArrayEquals(values(n), i.args(), "made with " + n);
      for (int m = 0; m <= 6; m++) {
        i.reason(codes[m + 1], values(m));
        assertEquals(codes[m + 1], i.why);
        assertArrayEquals(values(m), i.args(), n + " then " + m);
      }
    }
  }

  @Test
  @DisplayName("a copy keeps the reason and its decision; dropping the explanation keeps only the code")
  void copyAndDrop() {
    Inst i = inst(MonitorCode.values()[3], values(2));
    i.basis = () -> null;
    i.reason(MonitorCode.values()[4], values(3));
    Inst c = i.copy();
    assertEquals(i.why, c.why);
    assertArrayEquals(values(3), c.args());
    assertEquals(i.basis, c.basis);
    i.release();
    assertEquals(MonitorCode.values()[4], i.why);
    assertArrayEquals(new Object[0], i.args());
    assertNull(i.basis);
    assertArrayEquals(values(3), c.args(), "the copy is its own");
  }
}
