package io.github.dpasemantics.examples.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The coverage check of the build: prints the table (cases per decided clause, reading and
 * monitored norm) and fails on a gap that {@code dpa-conformance/known-coverage-gaps.txt} does not
 * list, and on a listed gap that is covered now.
 */
@DisplayName("conformance coverage")
class CoverageTest {
  static final Path KNOWN_GAPS = Path.of("..", "dpa-conformance", "known-coverage-gaps.txt");

  @Test
  @DisplayName("every decided clause has 3 cases, every reading 1, every monitored norm open and closed (or a listed gap)")
  void noUnlistedGap() {
    Coverage c = Coverage.of(CaseSuite.bundled());
    KnownList known = KnownList.read(KNOWN_GAPS);
    System.out.print(c.table(known));
    List<String> open = c.gaps().stream().filter(g -> !known.contains(g)).toList();
    List<String> stale = known.entries().keySet().stream().filter(g -> !c.gaps().contains(g)).toList();
    if (!c.gaps().isEmpty()) {
      System.out.println("KNOWN COVERAGE GAPS (" + KNOWN_GAPS + "): " + c.gaps().size());
    }
    assertEquals(List.of(), open, "coverage gaps: write cases for them (see the table above)");
    assertEquals(List.of(), stale, "covered now: remove them from " + KNOWN_GAPS);
  }

  @Test
  @DisplayName("the table has a row per decided clause, per reading and per monitored norm, and sees a gap")
  void tableCountsAndFindsGaps() {
    Coverage c = Coverage.of(CaseSuite.bundled());
    assertTrue(c.rows().stream().anyMatch(r -> r.key().equals("clause 6.3") && r.cases() >= 3 && r.covered()));
    assertTrue(c.rows().stream().anyMatch(r -> r.key().equals("reading DOS_NEVER_COUNTS") && r.covered()));
    assertTrue(c.rows().stream().anyMatch(r -> r.key().equals("norm 6.3/object-to-new-subprocessor")));
    CaseSuite scopeOnly = CaseSuite.of(List.of(CaseTestFiles.bundledFile("scope.yaml")));
    Coverage partial = Coverage.of(scopeOnly);
    assertTrue(partial.gaps().contains("clause 6.3"), "a suite without 6.3 cases has a gap at 6.3");
    assertFalse(partial.gaps().contains("clause 3.4"), "scope.yaml covers 3.4");
    assertTrue(partial.gaps().contains("reading NOTICE_ON_EARLIER_CHANNEL"));
  }
}
