package io.github.dpasemantics.model.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClauseIdTest {

  @Test
  @DisplayName("A.2.2.2 parses into Annex A with numbers [2, 2, 2] and prints back")
  void annexIdParsesAndPrints() {
    ClauseId id = ClauseId.parse("A.2.2.2");
    assertEquals(Part.ANNEX_A, id.getPart());
    assertEquals(List.of(2, 2, 2), id.getNumbers());
    assertEquals(3, id.getDepth());
    assertEquals("A.2.2.2", id.toString());
  }

  @Test
  @DisplayName("of(BODY, 6, 3) is the interned 6.3, the same instance as parse and the constant")
  void ofParseAndConstantAreTheSameInstance() {
    assertSame(ClauseIds.S6_3, ClauseId.of(Part.BODY, 6, 3));
    assertSame(ClauseIds.S6_3, ClauseId.parse("6.3"));
    assertSame(ClauseIds.A_2_2_2, ClauseId.of(Part.ANNEX_A, List.of(2, 2, 2)));
    assertSame(ClauseIds.ANNEX_B, ClauseId.of(Part.ANNEX_B));
  }

  @Test
  @DisplayName("every catalogue id is interned and has a constant in ClauseIds, and vice versa")
  void everyCatalogueIdHasAnInternedConstant() throws IllegalAccessException {
    List<ClauseId> constants = new ArrayList<>();
    for (Field field : ClauseIds.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ClauseId.class) {
        constants.add((ClauseId) field.get(null));
      }
    }
    List<ClauseId> catalogue = ClauseCatalog.segmentDpa().all().stream()
        .map(Clause::getId).collect(Collectors.toList());
    assertEquals(catalogue, constants.stream().sorted().collect(Collectors.toList()));
    for (ClauseId id : catalogue) {
      assertSame(id, ClauseId.parse(id.toString()), id.toString());
    }
  }

  @Test
  @DisplayName("ids outside the Segment text are valid values too, equal by value")
  void unknownIdsAreEqualByValue() {
    ClauseId twelve = ClauseId.parse("12.4");
    assertEquals(twelve, ClauseId.of(Part.BODY, 12, 4));
    assertEquals(twelve.hashCode(), ClauseId.of(Part.BODY, 12, 4).hashCode());
    assertEquals("12.4", twelve.toString());
  }

  @Test
  @DisplayName("equality groups: same part and numbers are equal; other part or numbers are not")
  void equalityGroups() {
    ClauseId body = ClauseId.parse("2.2");
    ClauseId annexA = ClauseId.parse("A.2.2");
    ClauseId annexB = ClauseId.parse("B.2");
    ClauseId deeper = ClauseId.parse("2.2.1");
    assertEquals(body, ClauseId.of(Part.BODY, 2, 2));
    assertNotEquals(body, annexA);
    assertNotEquals(body, annexB);
    assertNotEquals(body, deeper);
    assertNotEquals(ClauseId.parse("B.2"), ClauseId.parse("B.3"));
    assertFalse(body.equals("2.2"));
    assertEquals(ClauseId.parse("A"), ClauseId.of(Part.ANNEX_A));
  }

  @Test
  @DisplayName("document order: body, then Annex A, then Annex B; parents before children; 2.9 < 2.10")
  void documentOrder() {
    List<String> ordered = List.of("1", "2", "2.1", "2.9", "2.10", "2.11", "3", "6", "6.1", "6.1.1",
        "6.1.2", "6.2", "9.2", "A", "A.1", "A.1.4", "A.2", "A.2.2.5", "A.3", "A.4.3.8", "B", "B.1",
        "B.6");
    List<ClauseId> ids = ordered.stream().map(ClauseId::parse).collect(Collectors.toList());
    List<ClauseId> shuffled = new ArrayList<>(ids);
    java.util.Collections.reverse(shuffled);
    java.util.Collections.sort(shuffled);
    assertEquals(ids, shuffled);
  }

  @Test
  @DisplayName("parents: 6.1.1 -> 6.1 -> none at 6; A.2.2 -> A.2 -> A -> none; B.3 -> B")
  void parents() {
    assertEquals(Optional.of(ClauseIds.S6_1), ClauseIds.S6_1_1.getParent());
    assertEquals(Optional.of(ClauseIds.S6), ClauseIds.S6_1.getParent());
    assertEquals(Optional.empty(), ClauseIds.S6.getParent());
    assertEquals(Optional.of(ClauseIds.A_2), ClauseIds.A_2_2.getParent());
    assertEquals(Optional.of(ClauseIds.ANNEX_A), ClauseIds.A_2.getParent());
    assertEquals(Optional.empty(), ClauseIds.ANNEX_A.getParent());
    assertEquals(Optional.of(ClauseIds.ANNEX_B), ClauseIds.B_3.getParent());
  }

  @Test
  @DisplayName("ancestry: 6 contains 6.1.1, A contains A.2.2.2; nothing contains itself or another part")
  void ancestry() {
    assertTrue(ClauseIds.S6.isAncestorOf(ClauseIds.S6_1_1));
    assertTrue(ClauseIds.ANNEX_A.isAncestorOf(ClauseIds.A_2_2_2));
    assertTrue(ClauseIds.A_2_2.isAncestorOf(ClauseIds.A_2_2_2));
    assertFalse(ClauseIds.S6_3.isAncestorOf(ClauseIds.S6_3));
    assertFalse(ClauseIds.S6_1_1.isAncestorOf(ClauseIds.S6_1));
    assertFalse(ClauseIds.S2_2.isAncestorOf(ClauseIds.A_2_2_2));
    assertFalse(ClauseIds.S6_1.isAncestorOf(ClauseIds.S6_2));
    assertFalse(ClauseIds.S2_1.isAncestorOf(ClauseIds.S2_10));
    assertFalse(ClauseIds.ANNEX_A.isAncestorOf(ClauseIds.B_1));
  }

  @Test
  @DisplayName("child(2) of 6.1 is 6.1.2; of the annex A it is A.2")
  void children() {
    assertSame(ClauseIds.S6_1_2, ClauseIds.S6_1.child(2));
    assertSame(ClauseIds.A_2, ClauseIds.ANNEX_A.child(2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 6.3", "6.3 ", "6.3.", "06.3", "6..3", ".6", "a.2", "A2", "A.", "C.1",
      "Section 6.3", "6.c", "0", "6.0", "1000", "1.2.3.4.5.6.7", "A.1.2.3.4.5.6.7", "AB", "6,3",
      "\u0666.3"})
  @DisplayName("non-canonical texts are refused with a message naming the text and the expected form")
  void invalidTextsAreRefused(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClauseId.parse(text));
    assertTrue(e.getMessage().startsWith("Invalid clause id '" + text + "': expected"), e.getMessage());
    assertTrue(e.getMessage().contains("'A.2.2.2'"), e.getMessage());
  }

  @Test
  @DisplayName("the largest allowed number and depth parse; one more does not")
  void boundaries() {
    assertEquals("999", ClauseId.parse("999").toString());
    assertThrows(IllegalArgumentException.class, () -> ClauseId.parse("1000"));
    assertEquals(6, ClauseId.parse("1.2.3.4.5.6").getDepth());
    assertEquals(6, ClauseId.parse("A.1.2.3.4.5.6").getDepth());
    assertThrows(IllegalArgumentException.class, () -> ClauseId.parse("1.2.3.4.5.6.7"));
    assertEquals(1, ClauseId.of(Part.BODY, 1).getDepth());
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> ClauseId.of(Part.BODY, 6, 0));
    assertEquals("ClauseId.numbers contains 0 in [6, 0]: each number must be between 1 and 999",
        zero.getMessage());
    IllegalArgumentException big =
        assertThrows(IllegalArgumentException.class, () -> ClauseId.of(Part.BODY, 1000));
    assertTrue(big.getMessage().contains("1000"), big.getMessage());
    IllegalArgumentException deep = assertThrows(IllegalArgumentException.class,
        () -> ClauseId.of(Part.ANNEX_A, 1, 1, 1, 1, 1, 1, 1));
    assertTrue(deep.getMessage().contains("at most 6"), deep.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClauseId.parse("1.2.3.4.5.6").child(1));
  }

  @Test
  @DisplayName("the body as a whole has no id: of(BODY) is refused")
  void bodyNeedsANumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClauseId.of(Part.BODY));
    assertTrue(e.getMessage().contains("Part.BODY"), e.getMessage());
  }

  @Test
  @DisplayName("null arguments are refused with messages naming them")
  void nullsAreRefused() {
    assertEquals("ClauseId.parse: text must not be null",
        assertThrows(NullPointerException.class, () -> ClauseId.parse(null)).getMessage());
    assertEquals("ClauseId.of: part must not be null",
        assertThrows(NullPointerException.class, () -> ClauseId.of(null, 1)).getMessage());
    assertEquals("ClauseId.of: numbers must not be null",
        assertThrows(NullPointerException.class, () -> ClauseId.of(Part.BODY, (int[]) null)).getMessage());
    assertEquals("ClauseId.of: numbers must not be null", assertThrows(NullPointerException.class,
        () -> ClauseId.of(Part.BODY, (List<Integer>) null)).getMessage());
    assertEquals("ClauseId.numbers must not contain null", assertThrows(NullPointerException.class,
        () -> ClauseId.of(Part.BODY, java.util.Arrays.asList(1, null))).getMessage());
    assertTrue(assertThrows(NullPointerException.class, () -> ClauseIds.S6.isAncestorOf(null))
        .getMessage().contains("other"));
  }

  @Test
  @DisplayName("getNumbers is a copy: callers cannot change an id")
  void numbersAreUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> ClauseIds.S6_3.getNumbers().add(1));
    int[] numbers = {7, 3};
    ClauseId id = ClauseId.of(Part.BODY, numbers);
    numbers[1] = 4;
    assertEquals("7.3", id.toString());
    int[] fresh = {17, 3};
    ClauseId unknown = ClauseId.of(Part.BODY, fresh);
    fresh[0] = 18;
    assertEquals("17.3", unknown.toString());
  }

  @Test
  @DisplayName("parts: prefixes, letters and titles")
  void parts() {
    assertEquals("", Part.BODY.getPrefix());
    assertEquals("A.", Part.ANNEX_A.getPrefix());
    assertEquals(Optional.of("B"), Part.ANNEX_B.getLetter());
    assertEquals(Optional.empty(), Part.BODY.getLetter());
    assertEquals("EU Annex", Part.ANNEX_A.getTitle());
    assertFalse(Part.BODY.isAnnex());
    assertTrue(Part.ANNEX_B.isAnnex());
    assertTrue(ClauseIds.ANNEX_A.isAnnex());
    assertFalse(ClauseIds.A_1.isAnnex());
  }
}
