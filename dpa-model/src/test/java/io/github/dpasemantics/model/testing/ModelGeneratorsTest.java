package io.github.dpasemantics.model.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.contract.Annex;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.party.Party;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract and term generators reach what the model accepts, not only its common values: over
 * 1,000 examples each shape below occurs at least 5 % of the time, so the properties built on them
 * (dpa-model's, dpa-json's round trips) see it.
 */
@DisplayName("ModelGenerators/TimeGenerators reach the whole range the model accepts")
class ModelGeneratorsTest {
  private static final int EXAMPLES = 1_000;

  /** Whether the text needs escaping in JSON: a quote, a backslash, a control character or a non-BMP one. */
  static boolean needsEscaping(String s) {
    return s.chars().anyMatch(c -> c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate((char) c));
  }

  private static void reaches(Map<String, Predicate<ContractInstance>> shapes) {
    Map<String, AtomicInteger> counts = new TreeMap<>();
    shapes.keySet().forEach(k -> counts.put(k, new AtomicInteger()));
    qt().withExamples(EXAMPLES).forAll(ModelGenerators.contracts()).checkAssert(c ->
        shapes.forEach((name, shape) -> counts.get(name).addAndGet(shape.test(c) ? 1 : 0)));
    System.out.println("ModelGenerators.contracts over " + EXAMPLES + ": " + counts);
    counts.forEach((name, n) -> assertTrue(n.get() >= EXAMPLES / 20, name + ": " + n + " of " + EXAMPLES));
  }

  @Test
  @DisplayName("contracts: another Segment party, 2+ Sources/Destinations, expiry, governing law, escaped functions, partial Annexes")
  void contractsReachEveryShape() {
    reaches(Map.of(
        "segment is not the preset (1)", c -> !c.getSegment().equals(Party.segment()),
        "segment is the preset (1)", c -> c.getSegment().equals(Party.segment()),
        "two or more Sources/Destinations (5.2)", c -> c.getSourcesAndDestinations().size() >= 2,
        "Agreement with an expiration date", c -> c.getAgreement().getExpirationDate().isPresent(),
        "Agreement with a governing law (3.3)", c -> c.getAgreement().getGoverningLaw().isPresent(),
        "Agreement effective on the Addendum's day", c -> c.getAgreement().getEffectiveDate().equals(c.addendumEffectiveDate()),
        "a Subprocessor function needing escaping (6.2)", c -> c.getSubprocessors().stream()
            .flatMap(s -> s.getFunctions().stream()).anyMatch(ModelGeneratorsTest::needsEscaping),
        "a partial set of Annexes (4)", c -> !c.getAddendum().getAnnexes().equals(EnumSet.allOf(Annex.class)),
        "both Annexes (4)", c -> c.getAddendum().getAnnexes().equals(EnumSet.allOf(Annex.class))));
  }

  @Test
  @DisplayName("terms: every number reaches both of its bounds (6.3, 9.1, A.2.2.2)")
  void termsReachTheBounds() {
    Map<String, Predicate<DpaTerms>> shapes = Map.of(
        "notice 0", t -> t.getSubprocessorNoticeDays() == 0,
        "notice 3650", t -> t.getSubprocessorNoticeDays() == 3650,
        "objection 3650", t -> t.getObjectionDays() == 3650,
        "deletion 3650", t -> t.getDeletionDays() == 3650,
        "audits 1", t -> t.getAuditsPerCalendarYear() == 1,
        "audits 366", t -> t.getAuditsPerCalendarYear() == 366,
        "recency 0", t -> t.getReportRecencyMonths() == 0,
        "recency 120", t -> t.getReportRecencyMonths() == 120,
        "notice strictly between the bounds and not the preset",
        t -> t.getSubprocessorNoticeDays() > 0 && t.getSubprocessorNoticeDays() < 3650
            && t.getSubprocessorNoticeDays() != DpaTerms.segment().getSubprocessorNoticeDays());
    Map<String, AtomicInteger> counts = new TreeMap<>();
    shapes.keySet().forEach(k -> counts.put(k, new AtomicInteger()));
    qt().withExamples(EXAMPLES).forAll(TimeGenerators.terms()).checkAssert(t ->
        shapes.forEach((name, shape) -> counts.get(name).addAndGet(shape.test(t) ? 1 : 0)));
    System.out.println("TimeGenerators.terms over " + EXAMPLES + ": " + counts);
    counts.forEach((name, n) -> assertTrue(n.get() >= EXAMPLES / 50, name + ": " + n + " of " + EXAMPLES));
  }
}
