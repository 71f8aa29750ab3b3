package io.github.dpasemantics.model.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InterpretationsTest {

  @Test
  @DisplayName("every open question has exactly one default reading and at least one alternative")
  void oneDefaultPerQuestion() {
    for (Question q : Question.values()) {
      long defaults = 0;
      long options = 0;
      for (Interpretation i : Interpretation.values()) {
        if (i.question() == q) {
          options++;
          defaults += i.isDefault() ? 1 : 0;
        }
      }
      assertEquals(1, defaults, q + " must have one default");
      assertTrue(options >= 2, q + " must offer an alternative");
      assertTrue(q.defaultReading().isDefault());
      assertFalse(q.text().isBlank());
      assertFalse(q.clauses().isBlank());
    }
  }

  @Test
  @DisplayName("the defaults choose every default reading and report none as non-default")
  void defaults() {
    Interpretations d = Interpretations.defaults();
    for (Question q : Question.values()) {
      assertSame(q.defaultReading(), d.get(q));
      assertTrue(d.is(q.defaultReading()));
    }
    assertEquals(List.of(), d.getNonDefault());
    assertEquals(Question.values().length, d.getAll().size());
  }

  @Test
  @DisplayName("choosing a reading replaces only the reading of its own question")
  void withReplacesOneQuestion() {
    Interpretations d = Interpretations.defaults();
    Interpretations c = d.with(Interpretation.NOTICE_ON_EARLIER_CHANNEL);
    assertTrue(c.is(Interpretation.NOTICE_ON_EARLIER_CHANNEL));
    assertFalse(c.is(Interpretation.NOTICE_ON_LATER_CHANNEL));
    assertTrue(d.is(Interpretation.NOTICE_ON_LATER_CHANNEL), "the original is unchanged");
    assertEquals(List.of(Interpretation.NOTICE_ON_EARLIER_CHANNEL), c.getNonDefault());
    for (Question q : Question.values()) {
      if (q != Question.SUBPROCESSOR_NOTICE_COMPLETION) {
        assertSame(d.get(q), c.get(q));
      }
    }
    assertSame(c, c.with(Interpretation.NOTICE_ON_EARLIER_CHANNEL));
    assertEquals(d, c.with(Interpretation.NOTICE_ON_LATER_CHANNEL));
    assertEquals(d.hashCode(), c.with(Interpretation.NOTICE_ON_LATER_CHANNEL).hashCode());
    assertNotEquals(d, c);
    assertEquals("Interpretations[NOTICE_ON_EARLIER_CHANNEL]", c.toString());
  }

  @Test
  @DisplayName("two readings of one question are refused, naming the question")
  void conflictingReadingsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Interpretations.of(Interpretation.REPORT_WINDOW_EXCLUDES_FIRST_DAY, Interpretation.REPORT_WINDOW_EXCLUDES_REQUEST_DAY));
    assertTrue(e.getMessage().contains("REPORT_RECENCY_WINDOW"), e.getMessage());
    Interpretations two = Interpretations.of(Interpretation.DOS_NEVER_COUNTS, Interpretation.EU_INCLUDES_EEA);
    assertEquals(Set.of(Interpretation.DOS_NEVER_COUNTS, Interpretation.EU_INCLUDES_EEA), Set.copyOf(two.getNonDefault()));
  }

  @Test
  @DisplayName("readings parse by name, ignoring case, and unknown names list the known ones")
  void parse() {
    assertSame(Interpretation.DOS_NEVER_COUNTS, Interpretation.parse(" dos_never_counts "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Interpretation.parse("LENIENT"));
    assertTrue(e.getMessage().contains("'LENIENT'") && e.getMessage().contains("NOTICE_ON_LATER_CHANNEL"), e.getMessage());
  }

  @Test
  @DisplayName("alternatives are the other readings of the same question")
  void alternatives() {
    assertEquals(List.of(Interpretation.REPORT_WINDOW_EXCLUDES_REQUEST_DAY, Interpretation.REPORT_WINDOW_EXCLUDES_FIRST_DAY),
        Interpretation.REPORT_WINDOW_BOTH_ENDS.alternatives());
    EnumSet<Interpretation> all = EnumSet.noneOf(Interpretation.class);
    for (Interpretation i : Interpretation.values()) {
      assertFalse(i.reading().isBlank());
      assertFalse(i.alternatives().contains(i));
      all.add(i);
      all.addAll(i.alternatives());
    }
    assertEquals(EnumSet.allOf(Interpretation.class), all);
  }
}
