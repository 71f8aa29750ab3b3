package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.time.Counting;
import io.github.dpasemantics.model.time.Window;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DecisionTest {
  enum Code implements ReasonCode {
    A("6.3", "notice on {0}, {1} days"),
    B("2.9", "a breach"),
    C("A.2.2.2", "Segment''s report"),
    D("6.3", "it's quoted");

    private final ClauseId clause;
    private final String template;

    Code(String clause, String template) {
      this.clause = ClauseId.parse(clause);
      this.template = template;
    }

    @Override
    public ClauseId clause() {
      return clause;
    }

    @Override
    public String template() {
      return template;
    }
  }

  private static final LocalDate D1 = LocalDate.of(2024, 3, 1);

  @Test
  @DisplayName("a decision cites the distinct clauses of its reasons in document order")
  void clausesInDocumentOrder() {
    Decision<Boolean> d = Decision.of("P.q", true, Reason.of(Code.C), Reason.of(Code.A, D1, 5), Reason.of(Code.B), Reason.of(Code.D));
    assertEquals(List.of(ClauseId.parse("2.9"), ClauseId.parse("6.3"), ClauseId.parse("A.2.2.2")), d.getClauses());
    assertEquals(List.of(Code.C, Code.A, Code.B, Code.D), d.getReasonCodes());
    assertTrue(d.hasReason(Code.B));
    assertTrue(d.isYes());
    assertEquals("P.q", d.getPolicy());
    assertEquals(Boolean.TRUE, d.getOutcome());
    assertTrue(d.getWindow().isEmpty());
    assertEquals(List.of(), d.getInterpretations());
  }

  @Test
  @DisplayName("reasons render their sentence only on demand, with ISO dates and the clause id first")
  void reasonText() {
    Reason r = Reason.of(Code.A, D1, 5);
    assertEquals("6.3: notice on 2024-03-01, 5 days", r.getText());
    assertEquals(ClauseId.parse("6.3"), r.getClause());
    assertEquals(List.of(D1, 5), r.getArguments());
    assertEquals("2.9: a breach", Reason.of(Code.B).getText());
    assertEquals("6.3: it's quoted", Reason.of(Code.D, 1).getText());
    assertEquals(Reason.of(Code.A, D1, 5), r);
    assertEquals(Reason.of(Code.A, D1, 5).hashCode(), r.hashCode());
    assertNotEquals(Reason.of(Code.A, D1, 6), r);
    assertNotEquals(Reason.of(Code.D, D1, 5), r);
    assertEquals("A[2024-03-01, 5]", r.toString());
  }

  /** A code that is a value: two instances with one name and clause are the same code. */
  record ValueCode(String name, ClauseId clause) implements ReasonCode {
    @Override
    public String template() {
      return "about {0}";
    }
  }

  @Test
  @DisplayName("reasons compare their codes by equality, not identity: equal value codes give equal reasons")
  void reasonCodesCompareByEquality() {
    Reason r = Reason.of(new ValueCode("OWED", ClauseId.parse("7.3")), D1);
    assertEquals(Reason.of(new ValueCode("OWED", ClauseId.parse("7.3")), D1), r);
    assertEquals(Reason.of(new ValueCode("OWED", ClauseId.parse("7.3")), D1).hashCode(), r.hashCode());
    assertNotEquals(Reason.of(new ValueCode("OWED", ClauseId.parse("A.2.2.4")), D1), r);
    assertNotEquals(Reason.of(new ValueCode("OWED", ClauseId.parse("7.3")), D1.plusDays(1)), r);
  }

  @Test
  @DisplayName("the builder grows past its initial buffers and keeps order")
  void builderGrows() {
    Decision.Builder<String> b = Decision.builder("P.many", "x");
    for (int i = 0; i < 9; i++) {
      b.reason(i % 2 == 0 ? Code.A : Code.B, i, i);
    }
    b.reading(Interpretation.NOTICE_ON_LATER_CHANNEL).reading(Interpretation.DOS_NEVER_COUNTS)
        .reading(Interpretation.EU_INCLUDES_EEA);
    Decision<String> d = b.build();
    assertEquals(9, d.getReasons().size());
    assertEquals(Code.A, d.getReasons().get(8).getCode());
    assertEquals(List.of(8, 8), d.getReasons().get(8).getArguments());
    assertEquals(List.of(Interpretation.NOTICE_ON_LATER_CHANNEL, Interpretation.DOS_NEVER_COUNTS, Interpretation.EU_INCLUDES_EEA),
        d.getInterpretations());
  }

  @Test
  @DisplayName("a builder builds once; afterwards it refuses every call, so a decision can never change")
  void builderBuildsOnce() {
    Decision.Builder<Boolean> b = Decision.<Boolean>builder("P.once", false).reason(Code.B);
    Decision<Boolean> d = b.build();
    assertThrows(IllegalStateException.class, () -> b.reason(Code.A));
    assertThrows(IllegalStateException.class, () -> b.reading(Interpretation.DOS_NEVER_COUNTS));
    assertThrows(IllegalStateException.class, () -> b.window(Window.until(D1, D1, Counting.DAYS_BEFORE)));
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertTrue(e.getMessage().contains("P.once"), e.getMessage());
    assertEquals(List.of(Code.B), d.getReasonCodes());
  }

  @Test
  @DisplayName("a decision without a reason is refused, naming the policy")
  void reasonsRequired() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Decision.of("P.none", true));
    assertTrue(e.getMessage().contains("P.none"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Decision.builder("P.none", true).build());
  }

  @Test
  @DisplayName("isYes refuses a decision that is not yes/no")
  void isYesOnlyForBooleans() {
    Decision<LocalDate> d = Decision.of("P.date", D1, Reason.of(Code.A, D1, 5));
    IllegalStateException e = assertThrows(IllegalStateException.class, d::isYes);
    assertTrue(e.getMessage().contains("P.date") && e.getMessage().contains("2024-03-01"), e.getMessage());
    assertFalse(Decision.of("P.no", false, Reason.of(Code.B)).isYes());
  }

  @Test
  @DisplayName("explain prints the outcome, each reason with its clause, the window and the readings")
  void explain() {
    Window w = Window.between(D1.plusDays(1), D1.plusDays(5), D1, Counting.DAYS_AFTER);
    Decision<Boolean> d = Decision.<Boolean>builder("S.objectionAllowed", false).reason(Code.A, D1, 5)
        .window(w).reading(Interpretation.CALENDAR_DAYS_NO_ROLL).reading(Interpretation.DOS_NEVER_COUNTS).build();
    assertEquals("S.objectionAllowed = no\n"
        + "  because 6.3: notice on 2024-03-01, 5 days\n"
        + "  window 2024-03-02 to 2024-03-06 (" + Counting.DAYS_AFTER.description() + ")\n"
        + "  reading CALENDAR_DAYS_NO_ROLL (default): " + Interpretation.CALENDAR_DAYS_NO_ROLL.reading() + "\n"
        + "  reading DOS_NEVER_COUNTS (chosen): " + Interpretation.DOS_NEVER_COUNTS.reading(), d.explain());
    assertEquals(w, d.getWindow().orElseThrow());
    Decision<LocalDate> open = Decision.<LocalDate>builder("S.latest", D1).reason(Code.A, D1, 10)
        .window(Window.until(D1, D1.plusDays(10), Counting.DAYS_BEFORE)).build();
    assertTrue(open.explain().startsWith("S.latest = 2024-03-01\n"), open.explain());
    assertTrue(open.explain().contains("window .. to 2024-03-01"), open.explain());
    assertEquals("Decision[S.objectionAllowed=false, [A[2024-03-01, 5]], readings=[CALENDAR_DAYS_NO_ROLL, DOS_NEVER_COUNTS], window="
        + w + "]", d.toString());
    assertEquals("Decision[P=true, [B[]]]", Decision.of("P", true, Reason.of(Code.B)).toString());
  }

  @Test
  @DisplayName("decisions are values: equal when policy, outcome, reasons, readings and window agree")
  void equality() {
    Decision<Boolean> a = Decision.<Boolean>builder("P", true).reason(Code.A, D1, 5).reading(Interpretation.DOS_NEVER_COUNTS).build();
    Decision<Boolean> b = Decision.<Boolean>builder("P", true).reason(Code.A, D1, 5).reading(Interpretation.DOS_NEVER_COUNTS).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, Decision.<Boolean>builder("Q", true).reason(Code.A, D1, 5).reading(Interpretation.DOS_NEVER_COUNTS).build());
    assertNotEquals(a, Decision.<Boolean>builder("P", false).reason(Code.A, D1, 5).reading(Interpretation.DOS_NEVER_COUNTS).build());
    assertNotEquals(a, Decision.<Boolean>builder("P", true).reason(Code.A, D1, 6).reading(Interpretation.DOS_NEVER_COUNTS).build());
    assertNotEquals(a, Decision.<Boolean>builder("P", true).reason(Code.A, D1, 5).build());
    assertNotEquals(a, Decision.<Boolean>builder("P", true).reason(Code.A, D1, 5).reading(Interpretation.DOS_NEVER_COUNTS)
        .window(Window.until(D1, D1, Counting.DAYS_BEFORE)).build());
    assertNotEquals(a, "P");
  }

  @Test
  @DisplayName("null parts are refused with the name of the part")
  void nullsRefused() {
    assertTrue(assertThrows(NullPointerException.class, () -> Decision.of("P", nul())).getMessage().contains("outcome"));
    assertTrue(assertThrows(NullPointerException.class, () -> Reason.of(nulCode())).getMessage().contains("code"));
    assertTrue(assertThrows(NullPointerException.class, () -> Decision.builder("P", true).reason(nulReason()))
        .getMessage().contains("reason"));
  }

  @SuppressWarnings("NullAway")
  private static Boolean nul() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static ReasonCode nulCode() {
    return null;
  }

  @SuppressWarnings("NullAway")
  private static Reason nulReason() {
    return null;
  }
}
