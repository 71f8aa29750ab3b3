package io.github.dpasemantics.model.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.testing.ModelValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossReferenceTest {

  private static final ClauseCatalog DPA = ClauseCatalog.segmentDpa();

  /** Anything in a clause's text that looks like a reference; scanned independently. */
  private static final Pattern LOOKS_LIKE_REFERENCE = Pattern.compile(
      "\\bSection\\b|\\bAnnex\\s+[A-Z]\\b|\\bClause\\s+\\d|\\bAppendix\\s+\\d|\\bArticles?\\s+\\d"
          + "|\\bChapter\\s+[IVXLC]+\\b|\\bDecision\\s+\\d|\\bRegulation\\s+\\d|\\bParagraph\\s+\\d"
          + "|\\u00a7");

  @Test
  @DisplayName("every reference-like word in every clause lies inside a resolved reference")
  void everyReferenceResolves() {
    List<String> unresolved = new ArrayList<>();
    int seen = 0;
    for (Clause clause : DPA.all()) {
      Matcher m = LOOKS_LIKE_REFERENCE.matcher(clause.getText());
      while (m.find()) {
        seen++;
        int at = m.start();
        boolean covered = clause.getReferences().stream()
            .anyMatch(ref -> ref.getOffset() <= at && at < ref.getEnd());
        if (!covered) {
          unresolved.add(clause.getId() + "@" + at + " '" + m.group() + "'");
        }
      }
      for (CrossReference ref : clause.getReferences()) {
        assertEquals(ref.getText(), clause.getText().substring(ref.getOffset(), ref.getEnd()));
        ref.getTarget().ifPresent(target -> assertTrue(DPA.contains(target), ref.toString()));
      }
    }
    assertEquals(List.of(), unresolved);
    // 33 references; the 'Annex A' of two qualified Section references is inside them
    assertEquals(35, seen);
  }

  @ParameterizedTest(name = "{0}: ''{1}'' resolves to {2}")
  @CsvSource(delimiter = '|', value = {
      "7.3|Section 7.c.|7.3",
      "7.4|Section 7|7",
      "A.2.1.1|Section 7 of this Addendum|7",
      "A.2.2.2|Section 2.b.|A.2.2",
      "A.2.2.3|Section 2.b.|A.2.2",
      "A.2.2.4|Section 2.b.|A.2.2",
      "A.2.2.5|Section 2.b.|A.2.2",
      "A.4.1|Section 4.b.|A.4.2",
      "A.4.1|Section 4|A.4",
      "A.4.3.2|Section 1.b. to this Annex A|A.1.2",
      "A.4.3.5|Section 2.b. of this Annex A|A.2.2",
      "A.4.3.6|Section 6 of this Addendum|6",
      "B.4|Section 5 of this Addendum|5",
      "4|Annex A|A",
      "4|Annex B|B",
      "A.1.1|Annex A|A",
      "A.2.1.1|Annex A|A",
      "B.1|Annex B|B"})
  void internalReferences(String source, String text, String target) {
    List<CrossReference> matching = DPA.get(source).getReferences().stream()
        .filter(ref -> ref.getText().equals(text)).collect(Collectors.toList());
    assertFalse(matching.isEmpty(), source + " has '" + text + "'");
    for (CrossReference ref : matching) {
      assertEquals(Optional.of(ClauseId.parse(target)), ref.getTarget());
      assertFalse(ref.isExternal());
    }
  }

  @ParameterizedTest(name = "{0}: ''{1}'' is external, in {2}")
  @CsvSource(delimiter = '|', value = {
      "A.4.3.4|Clause 5(j) of the Standard Contractual Clauses|STANDARD_CONTRACTUAL_CLAUSES",
      "A.4.3.5|Clause 5(f)|STANDARD_CONTRACTUAL_CLAUSES",
      "A.4.3.5|Clause 12(2) of the Standard Contractual Clauses|STANDARD_CONTRACTUAL_CLAUSES",
      "A.4.3.6|Clause 5(h) of the Standard Contractual Clauses|STANDARD_CONTRACTUAL_CLAUSES",
      "A.4.3.7|Clause 12(1) of the Standard Contractual Clauses|STANDARD_CONTRACTUAL_CLAUSES",
      "A.4.3.2|Appendix 1 to the Standard Contractual Clauses|STANDARD_CONTRACTUAL_CLAUSES",
      "A.4.3.3|Appendix 2 to the Standard Contractual Clauses|STANDARD_CONTRACTUAL_CLAUSES",
      "A.2.1.1|Articles 32 to 34 (inclusive) of the GDPR|GDPR",
      "A.3|Articles 35 and 36 of the GDPR|GDPR",
      "A.4.3|Chapter V of the GDPR|GDPR",
      "A.4.3.8|Chapter V of the GDPR|GDPR",
      "2.6|Regulation 2016/679|GDPR",
      "A.1.1|Decision 2010/87/EU|COMMISSION_DECISION_2010_87_EU"})
  void externalReferences(String source, String text, ExternalDocument document) {
    CrossReference ref = DPA.get(source).getReferences().stream()
        .filter(r -> r.getText().equals(text)).findFirst().orElseThrow();
    assertTrue(ref.isExternal());
    assertEquals(Optional.of(document), ref.getDocument());
    assertEquals(Optional.empty(), ref.getTarget());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: the lettered 'Section 7.c.' explains its reading")
  void letteredNote() {
    CrossReference ref = DPA.get("7.3").getReferences().get(0);
    assertEquals(Optional.of("old lettered numbering: 'c' is unit 3 of Section 7 of the body: 7.3"),
        ref.getNote());
  }

  @Test
  @DisplayName("A.2.2.5 cites Section 2.b. twice, each reference with its own offset")
  void repeatedReferences() {
    List<CrossReference> refs = DPA.get("A.2.2.5").getReferences();
    assertEquals(2, refs.size());
    assertTrue(refs.get(0).getOffset() < refs.get(1).getOffset());
  }

  @Test
  @DisplayName("cited-by: A.2.2 is cited from A.2.2.2-A.2.2.5 and A.4.3.5")
  void citedBy() {
    assertEquals(List.of("A.2.2.2", "A.2.2.3", "A.2.2.4", "A.2.2.5", "A.2.2.5", "A.4.3.5"),
        DPA.referencesTo(ClauseIds.A_2_2).stream().map(ref -> ref.getSource().toString())
            .collect(Collectors.toList()));
    assertEquals(33, DPA.references().size());
  }

  @Test
  @DisplayName("the scanner reads numeric sections, counts unqualified ones in their own part, honours qualifiers")
  void scannerGenerality() {
    assertEquals(Optional.of(ClauseIds.S6_3),
        ReferenceScanner.scan(ClauseIds.S1, "see Section 6.3.").get(0).getTarget());
    List<CrossReference> refs = ReferenceScanner.scan(ClauseIds.B_4,
        "see Section 6.3 and Section 2.b. of this Annex A and Section 1 of this Annex B.");
    assertEquals(List.of(ClauseId.parse("B.6.3"), ClauseIds.A_2_2, ClauseIds.B_1), refs.stream()
        .map(ref -> ref.getTarget().orElseThrow()).collect(Collectors.toList()));
    assertEquals(List.of(), ReferenceScanner.scan(ClauseIds.S1, "no references here."));
  }

  @Test
  @DisplayName("a reference has a target or a document, never both or neither")
  void exactlyOneTarget() {
    IllegalStateException both = assertThrows(IllegalStateException.class, () ->
        CrossReference.builder().source(ClauseIds.S7_3).text("Section 7.c.").offset(0)
            .target(ClauseIds.S7_3).document(ExternalDocument.GDPR).build());
    assertEquals("CrossReference 'Section 7.c.' in 7.3: exactly one of target (7.3) and document"
        + " (GDPR) must be present", both.getMessage());
    IllegalStateException neither = assertThrows(IllegalStateException.class, () ->
        CrossReference.builder().source(ClauseIds.S7_3).text("Section 7.c.").offset(0).build());
    assertTrue(neither.getMessage().contains("target (absent) and document (absent)"));
  }

  @Test
  @DisplayName("Jakarta constraints fire: blank text and negative offset are reported by field")
  void constraintsFire() {
    CrossReference bad = CrossReference.internal(ClauseIds.S7_3, "", -1, ClauseIds.S7_3);
    assertEquals(List.of("offset: CrossReference.offset = -1: must not be negative",
        "text: CrossReference.text = '': must not be blank"), ModelValidation.violations(bad));
    assertEquals(List.of(), ModelValidation.violations(DPA.get("7.3").getReferences().get(0)));
  }

  @Test
  @DisplayName("builders refuse null with the attribute's name")
  void nullsRefused() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> CrossReference.internal(null, "Section 7", 0, ClauseIds.S7));
    assertTrue(e.getMessage().contains("source"), e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> CrossReference.builder().text("x").offset(0).target(ClauseIds.S7).build());
  }

  @Test
  @DisplayName("equality is by value")
  void equality() {
    CrossReference a = CrossReference.internal(ClauseIds.S7_4, "Section 7", 77, ClauseIds.S7);
    assertEquals(a, DPA.get("7.4").getReferences().get(0));
    assertFalse(a.equals(CrossReference.internal(ClauseIds.S7_4, "Section 7", 78, ClauseIds.S7)));
    assertEquals(a.hashCode(), CrossReference.internal(ClauseIds.S7_4, "Section 7", 77, ClauseIds.S7).hashCode());
  }
}
