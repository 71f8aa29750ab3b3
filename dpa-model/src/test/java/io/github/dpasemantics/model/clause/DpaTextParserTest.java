package io.github.dpasemantics.model.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.DpaTextParser.ParsedUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DpaTextParserTest {

  private static List<ParsedUnit> parse(String text) {
    return DpaTextParser.parse(List.of(text.split("\n", -1)));
  }

  private static List<String> ids(List<ParsedUnit> units) {
    return units.stream().map(unit -> unit.id().toString()).collect(Collectors.toList());
  }

  private static IllegalArgumentException failure(String text) {
    return assertThrows(IllegalArgumentException.class, () -> parse(text));
  }

  private static final String SMALL = String.join("\n",
      "<!-- attribution",
      "     second line -->",
      "---",
      "title: T",
      "---",
      "## Addendum",
      "### 1.  Intro",
      "Intro text with a [link](#x) and \"**Term**\".",
      "### 2. Things",
      "2.1. \"**Thing**\" means a thing,",
      "     wrapped over lines.",
      "  2.1.1.  first",
      "  2.1.2.  second",
      "2.2. **Run In**. Body of 2.2.",
      "## Annex A - EU Annex",
      "### 1. Part One",
      "1.1. **Heading Only**",
      "1.1.1. text",
      "## Annex B - California Annex",
      "1.  one",
      "2.  two");

  @Test
  @DisplayName("a small text in the Segment layout parses into its units, headings and text")
  void smallText() {
    List<ParsedUnit> units = parse(SMALL);
    assertEquals(List.of("1", "2", "2.1", "2.1.1", "2.1.2", "2.2", "A", "A.1", "A.1.1", "A.1.1.1",
        "B", "B.1", "B.2"), ids(units));
    Map<String, ParsedUnit> byId = units.stream()
        .collect(Collectors.toMap(unit -> unit.id().toString(), unit -> unit));
    assertEquals("Intro text with a link and \"Term\".", byId.get("1").text());
    assertEquals(List.of("Term"), byId.get("1").quotedBoldTerms());
    assertEquals(Optional.of("Intro"), byId.get("1").heading());
    assertEquals("\"Thing\" means a thing, wrapped over lines.", byId.get("2.1").text());
    assertEquals(Optional.of("Thing"), byId.get("2.1").heading());
    assertEquals(Optional.of("Run In"), byId.get("2.2").heading());
    assertEquals("Body of 2.2.", byId.get("2.2").text());
    assertEquals(Optional.of("Heading Only"), byId.get("A.1.1").heading());
    assertEquals("", byId.get("A.1.1").text());
    assertEquals("", byId.get("2").text());
    assertEquals(Optional.of("EU Annex"), byId.get("A").heading());
    assertEquals(7, byId.get("1").line());
  }

  @Test
  @DisplayName("a wrapped line starting with a number that cannot come next is text, not a unit")
  void wrappedNumbersAreText() {
    List<ParsedUnit> units = parse(String.join("\n", "## Addendum", "### 1. Intro",
        "1.1. the period of", "12. months applies", "1.2. next"));
    assertEquals(List.of("1", "1.1", "1.2"), ids(units));
    assertEquals("the period of 12. months applies", units.get(1).text());
  }

  @Test
  @DisplayName("errors name the line and the rule")
  void errors() {
    assertTrue(failure("## Addendum\n### 2. Two").getMessage()
        .startsWith("line 2: section 2 does not follow the start of its part (expected one of [1])"));
    assertTrue(failure("## Addendum\n### 1. One\n### 1. Again").getMessage()
        .startsWith("line 3: section 1 does not follow 1"));
    assertEquals("line 1: text 'stray text' stands outside any numbered unit",
        failure("stray text").getMessage());
    assertEquals("line 2: text 'stray' stands outside any numbered unit",
        failure("## Addendum\nstray").getMessage());
    assertTrue(failure("## Addendum\n### 1. One\n## Annex B - B\n## Annex A - A").getMessage()
        .startsWith("line 4: Annex A is out of order"));
    assertTrue(failure("## Annex A - A").getMessage().startsWith("line 1: Annex A is out of order"));
    assertTrue(failure("## Addendum\n### 1. One\n## Appendix").getMessage()
        .startsWith("line 3: '## Appendix' is neither the body's title"));
    assertEquals("line 2: '###' is not a section heading '### N. <title>'",
        failure("## Addendum\n###").getMessage());
    assertEquals("line 1: comment opened by '<!--' is never closed", failure("<!-- open").getMessage());
    assertEquals("line 1: front matter opened by '---' is never closed", failure("---\ntitle: x").getMessage());
    assertEquals("the text has no '## <title>' line opening the body", failure("").getMessage());
    assertEquals("the text has no numbered units", failure("## Addendum").getMessage());
  }

  @Test
  @DisplayName("the shipped text parses into the 73 units of the catalogue")
  void shippedText() {
    assertEquals(73, ClauseCatalog.segmentDpa().size());
  }

  @Test
  @DisplayName("units and annotations must match: an unannotated unit or a stray annotation is named")
  void annotationsMustMatch() {
    List<ParsedUnit> units = parse(String.join("\n", "## Addendum", "### 1. One", "Some text."));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> SegmentDpa.build(units, Map.of()));
    assertEquals("the text's units with text and the annotations differ: not annotated [1],"
        + " annotated but not a unit with text in the text []", missing.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () ->
        SegmentDpa.build(parse("## Addendum\n### 1. One\n### 2. Two\nx"),
            Map.of(ClauseIds.S2, SegmentDpa.annotations().get(ClauseIds.S2))));
    assertEquals("heading 1 (line 2) has neither text of its own nor numbered units inside it",
        empty.getMessage());
  }

  @Test
  @DisplayName("a bold-quoted term the annotations do not define is refused")
  void undeclaredTermsRefused() {
    List<ParsedUnit> units = parse("## Addendum\n### 1. One\n\"**Unknown**\" means x.");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SegmentDpa.build(units, Map.of(ClauseIds.S1, SegmentDpa.annotations().get(ClauseIds.S2))));
    assertEquals("clause 1 (line 2) marks \"Unknown\" as a defined term, but its annotation"
        + " defines only []", e.getMessage());
  }

  @Test
  @DisplayName("an annotated term the text does not quote is refused")
  void unquotedTermsRefused() {
    List<ParsedUnit> units = parse("## Addendum\n### 1. One\nThis Addendum is entered.");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SegmentDpa.build(units, Map.of(ClauseIds.S1, SegmentDpa.annotations().get(ClauseIds.S1))));
    assertEquals("clause 1 (line 2) is annotated as defining \"Addendum\", but its text does not"
        + " quote that term", e.getMessage());
  }

  @Test
  @DisplayName("a declared run-in heading must open the text")
  void runInHeadingChecked() {
    List<ParsedUnit> annex = parse("## Addendum\n### 1. One\nx\n## Annex A - EU\n### 1. D\n1.1. t"
        + "\n1.2. t\n1.3. t\n1.4. Not the heading. Text");
    Map<ClauseId, SegmentDpa.Annotation> annotations = new java.util.HashMap<>();
    annotations.put(ClauseIds.S1, SegmentDpa.annotations().get(ClauseIds.S3_1));
    for (ClauseId id : List.of(ClauseIds.A_1_1, ClauseIds.A_1_2, ClauseIds.A_1_3)) {
      annotations.put(id, SegmentDpa.annotations().get(ClauseIds.S3_1));
    }
    annotations.put(ClauseIds.A_1_4, SegmentDpa.annotations().get(ClauseIds.A_1_4));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SegmentDpa.build(annex, annotations));
    assertEquals("clause A.1.4 (line 9) should start with the run-in heading"
        + " 'Segment's Compliance with Instructions.'", e.getMessage());
  }

  @Test
  @DisplayName("a reference to a unit missing from the text fails the catalogue with the reference named")
  void danglingReference() {
    List<ParsedUnit> units = parse("## Addendum\n### 1. One\nSee Section 7.c. here.");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SegmentDpa.build(units, Map.of(ClauseIds.S1, SegmentDpa.annotations().get(ClauseIds.S3_4))));
    assertEquals("ClauseCatalog: reference 'Section 7.c.' in clause 1 points at 7.3, which is not"
        + " in the catalogue: every reference must resolve", e.getMessage());
  }
}
