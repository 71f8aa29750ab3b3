package io.github.dpasemantics.model.clause;

import static io.github.dpasemantics.model.testing.ClauseGenerators.clauseIds;
import static io.github.dpasemantics.model.testing.ClauseGenerators.invalidIdTexts;
import static io.github.dpasemantics.model.testing.ClauseGenerators.parts;
import static io.github.dpasemantics.model.testing.ClauseGenerators.segmentClauseIds;
import static io.github.dpasemantics.model.testing.ClauseGenerators.wideClauseIds;
import static io.github.dpasemantics.model.testing.ClauseGenerators.wideNumberPaths;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClauseIdProperties {

  @Test
  @DisplayName("every id prints to a text that parses back to an equal id")
  void printParseRoundTrip() {
    qt().forAll(clauseIds()).check(id -> ClauseId.parse(id.toString()).equals(id));
    qt().forAll(wideClauseIds()).check(id -> ClauseId.parse(id.toString()).equals(id));
  }

  @Test
  @DisplayName("of(part, numbers) keeps the part and the numbers")
  void ofKeepsItsParts() {
    qt().forAll(parts(), wideNumberPaths()).check((part, numbers) -> {
      ClauseId id = ClauseId.of(part, numbers);
      return id.getPart() == part && id.getNumbers().equals(numbers)
          && id.getDepth() == numbers.size();
    });
  }

  @Test
  @DisplayName("catalogue ids parse to the interned instance")
  @SuppressWarnings("ReferenceEquality") // identity is the property under test
  void catalogueIdsAreInterned() {
    qt().forAll(segmentClauseIds()).check(id -> ClauseId.parse(id.toString()) == id
        && ClauseId.of(id.getPart(), id.getNumbers()) == id);
  }

  @Test
  @DisplayName("corrupted id texts are refused with a message naming the text")
  void corruptTextsAreRefused() {
    qt().forAll(invalidIdTexts()).check(text -> {
      try {
        ClauseId.parse(text);
        return false;
      } catch (IllegalArgumentException e) {
        return e.getMessage().startsWith("Invalid clause id '" + text + "'");
      }
    });
  }

  @Test
  @DisplayName("order is consistent with equals and antisymmetric")
  void orderConsistentWithEquals() {
    qt().forAll(clauseIds(), clauseIds()).check((a, b) ->
        (a.compareTo(b) == 0) == a.equals(b)
            && Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a))
            && (!a.equals(b) || a.hashCode() == b.hashCode()));
  }

  @Test
  @DisplayName("order is transitive")
  void orderTransitive() {
    qt().forAll(clauseIds(), clauseIds(), clauseIds()).check((a, b, c) ->
        !(a.compareTo(b) <= 0 && b.compareTo(c) <= 0) || a.compareTo(c) <= 0);
  }

  @Test
  @DisplayName("parts come in document order: body < Annex A < Annex B, whatever the numbers")
  void partsOrderFirst() {
    qt().forAll(clauseIds(), clauseIds()).check((a, b) ->
        a.getPart() == b.getPart()
            || Integer.signum(a.compareTo(b)) == Integer.signum(a.getPart().compareTo(b.getPart())));
  }

  @Test
  @DisplayName("a unit's parent comes before it, contains it and is one level up")
  void parentBeforeChild() {
    qt().forAll(clauseIds()).check(id -> id.getParent().map(parent ->
        parent.compareTo(id) < 0 && parent.isAncestorOf(id)
            && parent.getDepth() == id.getDepth() - 1
            && parent.getPart() == id.getPart()).orElse(
                id.isAnnex() || (id.getPart() == Part.BODY && id.getDepth() == 1)));
  }

  @Test
  @DisplayName("an ancestor comes before every sub-unit, and the next sibling after all of them")
  void ancestorsBracketTheirDescendants() {
    qt().forAll(clauseIds(), clauseIds()).check((a, b) -> {
      if (!a.isAncestorOf(b)) {
        return true;
      }
      boolean before = a.compareTo(b) < 0;
      List<Integer> numbers = a.getNumbers();
      if (numbers.isEmpty() || numbers.get(numbers.size() - 1) == ClauseId.MAX_NUMBER) {
        return before;
      }
      ClauseId next = a.getParent().map(parent -> parent.child(numbers.get(numbers.size() - 1) + 1))
          .orElseGet(() -> ClauseId.of(a.getPart(), numbers.get(0) + 1));
      return before && b.compareTo(next) < 0 && !next.isAncestorOf(b);
    });
  }

  @Test
  @DisplayName("child(n) has this id as parent")
  void childHasParent() {
    qt().forAll(clauseIds().assuming(id -> id.getDepth() < ClauseId.MAX_DEPTH),
        org.quicktheories.generators.SourceDSL.integers().between(1, ClauseId.MAX_NUMBER))
        .check((id, n) -> id.child(n).getParent().equals(java.util.Optional.of(id)));
  }
}
