package io.github.dpasemantics.model.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.testing.ModelValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClauseValuesTest {

  private static Clause.Builder valid() {
    return Clause.builder().id(ClauseIds.S9_1).title("Return or Deletion of Data")
        .text("Segment shall delete.").kind(NormKind.OBLIGATION).addBind(PartyKind.SEGMENT)
        .addBenefit(PartyKind.CUSTOMER);
  }

  @Test
  @DisplayName("a valid clause builds, validates clean, and copies with with*")
  void validClause() {
    Clause clause = valid().build();
    assertEquals(List.of(), ModelValidation.violations(clause));
    Clause copy = clause.withKind(NormKind.PERMISSION);
    assertEquals(NormKind.PERMISSION, copy.getKind());
    assertEquals(clause, copy.withKind(NormKind.OBLIGATION));
    assertFalse(clause.isGrouping());
    assertEquals(Part.BODY, clause.getPart());
    assertTrue(clause.concerns(PartyKind.CUSTOMER));
    assertFalse(clause.concerns(PartyKind.AUDITOR));
  }

  @Test
  @DisplayName("text must be whitespace-normalised")
  void textNormalised() {
    for (String text : List.of(" x", "x ", "a  b", "a\nb", "a\tb")) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> valid().text(text).build());
      assertTrue(e.getMessage().startsWith("Clause 9.1: text must be whitespace-normalised"), e.getMessage());
    }
  }

  @Test
  @DisplayName("the primary kind is not repeated among the secondary kinds")
  void secondaryExcludesPrimary() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> valid().addSecondaryKind(NormKind.OBLIGATION).build());
    assertEquals("Clause 9.1: secondaryKinds [OBLIGATION] must not repeat the primary kind OBLIGATION",
        e.getMessage());
  }

  @Test
  @DisplayName("a clause binds at least one party")
  void bindsSomeone() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> valid().build().withBinds());
    assertEquals("Clause 9.1: binds must name at least one party", e.getMessage());
  }

  @Test
  @DisplayName("a blank own heading is refused")
  void blankHeading() {
    assertEquals("Clause 9.1: heading, if present, must not be blank",
        assertThrows(IllegalStateException.class, () -> valid().heading(" ").build()).getMessage());
  }

  @Test
  @DisplayName("references must come from the clause and match its text at their offset")
  void referencesConsistent() {
    assertTrue(assertThrows(IllegalStateException.class, () -> valid().addReference(
        CrossReference.internal(ClauseIds.S9_2, "Segment", 0, ClauseIds.S9)).build())
        .getMessage().contains("must have source 9.1"));
    assertTrue(assertThrows(IllegalStateException.class, () -> valid().addReference(
        CrossReference.internal(ClauseIds.S9_1, "Segment", 1, ClauseIds.S9)).build())
        .getMessage().contains("does not match the text at offset 1"));
    assertTrue(assertThrows(IllegalStateException.class, () -> valid().addReference(
        CrossReference.internal(ClauseIds.S9_1, "Segment", -1, ClauseIds.S9)).build())
        .getMessage().contains("does not match the text at offset -1"));
    assertTrue(assertThrows(IllegalStateException.class, () -> valid().addReference(
        CrossReference.internal(ClauseIds.S9_1, "delete.!", 14, ClauseIds.S9)).build())
        .getMessage().contains("does not match"));
    assertEquals(1, valid().addReference(
        CrossReference.internal(ClauseIds.S9_1, "delete.", 14, ClauseIds.S9)).build()
        .getReferences().size());
  }

  @Test
  @DisplayName("defined terms must name the clause that carries them")
  void termsConsistent() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> valid()
        .addDefinedTerm(DefinedTerm.of("Deletion", ClauseIds.S9_2, DefinitionForm.INLINE)).build());
    assertEquals("Clause 9.1: defined term DefinedTerm{'Deletion' 9.2 INLINE} must name clause 9.1",
        e.getMessage());
  }

  @Test
  @DisplayName("Jakarta: a blank title is reported by field")
  void blankTitle() {
    assertEquals(List.of("title: Clause.title = '': must not be blank"),
        ModelValidation.violations(valid().title("").build()));
  }

  @Test
  @DisplayName("every clause of the Segment catalogue passes validation")
  void catalogueValidates() {
    for (Clause clause : ClauseCatalog.segmentDpa().all()) {
      assertEquals(List.of(), ModelValidation.violations(clause), clause.toString());
    }
  }

  @Test
  @DisplayName("the builder refuses null and names the missing attribute")
  void builderNulls() {
    assertTrue(assertThrows(NullPointerException.class, () -> valid().id(null))
        .getMessage().contains("id"));
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> Clause.builder().id(ClauseIds.S9_1).build());
    assertTrue(missing.getMessage().contains("title") && missing.getMessage().contains("kind"),
        missing.getMessage());
  }

  @Test
  @DisplayName("clauses are equal by value")
  void equality() {
    assertEquals(valid().build(), valid().build());
    assertEquals(valid().build().hashCode(), valid().build().hashCode());
    assertNotEquals(valid().build(), valid().text("Segment shall delete all.").build());
    assertNotEquals(valid().build(), valid().id(ClauseIds.S9_2).build());
  }

  @Test
  @DisplayName("defined terms: case-insensitive match, no stray spaces, Jakarta on blank, null refused")
  void definedTerms() {
    DefinedTerm term = DefinedTerm.of("Security Incident", ClauseIds.S2_9, DefinitionForm.MEANS);
    assertTrue(term.matches("security incident"));
    assertTrue(term.matches(" SECURITY   INCIDENT "));
    assertFalse(term.matches("Security Incidents"));
    assertEquals(Part.BODY, term.getScope());
    assertEquals("DefinedTerm.term = ' x' (clause 2.9): must have no surrounding or repeated spaces",
        assertThrows(IllegalStateException.class,
            () -> DefinedTerm.of(" x", ClauseIds.S2_9, DefinitionForm.MEANS)).getMessage());
    assertThrows(IllegalStateException.class, () -> DefinedTerm.of("a  b", ClauseIds.S2_9, DefinitionForm.MEANS));
    assertEquals(List.of("term: DefinedTerm.term = '': must not be blank"),
        ModelValidation.violations(DefinedTerm.of("", ClauseIds.S2_9, DefinitionForm.MEANS)));
    assertTrue(assertThrows(NullPointerException.class,
        () -> DefinedTerm.of("x", null, DefinitionForm.MEANS)).getMessage().contains("clause"));
    assertEquals("DefinedTerm.matches(text): text must not be null",
        assertThrows(NullPointerException.class, () -> term.matches(null)).getMessage());
    assertEquals(term, DefinedTerm.of("Security Incident", ClauseIds.S2_9, DefinitionForm.MEANS));
    assertNotEquals(term, DefinedTerm.of("Security Incident", ClauseIds.S2_9, DefinitionForm.INLINE));
  }

  @Test
  @DisplayName("ClauseCatalog.of refuses empty lists, duplicates, orphans, dangling references and clashing terms")
  void catalogueConsistency() {
    assertEquals("ClauseCatalog.clauses must not be empty",
        assertThrows(IllegalArgumentException.class, () -> ClauseCatalog.of(List.of())).getMessage());
    Clause nine = valid().id(ClauseIds.S9).build();
    Clause nineOne = valid().build();
    assertEquals(List.of(ClauseIds.S9, ClauseIds.S9_1), ClauseCatalog.of(List.of(nineOne, nine)).all()
        .stream().map(Clause::getId).collect(java.util.stream.Collectors.toList()));
    assertEquals("ClauseCatalog.clauses contains clause 9.1 twice: ids must be unique",
        assertThrows(IllegalArgumentException.class,
            () -> ClauseCatalog.of(List.of(nine, nineOne, nineOne))).getMessage());
    assertEquals("ClauseCatalog.clauses contains 9.1 but not its parent 9: every parent must be present",
        assertThrows(IllegalArgumentException.class, () -> ClauseCatalog.of(List.of(nineOne))).getMessage());
    Clause term1 = valid().id(ClauseIds.S9).text("\"Deletion\" x").addDefinedTerm(
        DefinedTerm.of("Deletion", ClauseIds.S9, DefinitionForm.MEANS)).build();
    Clause term2 = valid().addDefinedTerm(
        DefinedTerm.of("deletion", ClauseIds.S9_1, DefinitionForm.INLINE)).build();
    assertEquals("ClauseCatalog: term 'deletion' is defined by clause 9.1 and, as 'Deletion', by"
        + " clause 9: each term must be defined once", assertThrows(IllegalArgumentException.class,
            () -> ClauseCatalog.of(List.of(term1, term2))).getMessage());
    List<Clause> withNull = new ArrayList<>();
    withNull.add(null);
    assertEquals("ClauseCatalog.clauses must not contain null",
        assertThrows(NullPointerException.class, () -> ClauseCatalog.of(withNull)).getMessage());
  }

  @Test
  @DisplayName("the catalogue is safe to share: concurrent readers see the same answers")
  void threadSafety() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<String>> tasks = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        tasks.add(() -> ClauseCatalog.segmentDpa().byKind(NormKind.OBLIGATION).toString()
            + ClauseCatalog.segmentDpa().byDefinedTerm("Affiliate").orElseThrow().getId());
      }
      String first = null;
      for (Future<String> future : pool.invokeAll(tasks)) {
        String answer = future.get();
        if (first == null) {
          first = answer;
        }
        assertEquals(first, answer);
      }
    } finally {
      pool.shutdown();
    }
  }
}
