package io.github.dpasemantics.examples.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dpasemantics.examples.conformance.CaseReader.Located;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole bundled conformance suite, one dynamic test per case, named by its id and clauses, in
 * one container per file. A case listed in {@code dpa-conformance/known-failures.txt} is expected
 * to fail (the current code disagrees with the text; the fix belongs to another issue): it fails
 * the build if it passes, so the list cannot go stale.
 */
@DisplayName("conformance suite (dpa-conformance)")
class ConformanceSuiteTest {
  static final Path KNOWN_FAILURES = Path.of("..", "dpa-conformance", "known-failures.txt");

  @TestFactory
  @DisplayName("every bundled case")
  Stream<DynamicNode> everyCase() {
    CaseSuite suite = CaseSuite.bundled();
    KnownList known = KnownList.read(KNOWN_FAILURES);
    List<DynamicNode> files = new ArrayList<>();
    for (Located f : suite.files()) {
      List<DynamicNode> tests = new ArrayList<>();
      for (int i = 0; i < f.cases().size(); i++) {
        int index = i;
        CaseFile.Case c = f.cases().get(i);
        tests.add(DynamicTest.dynamicTest(c.id() + " [" + String.join(", ", c.clauses()) + "]", () -> {
          CaseRunner.Result r = CaseRunner.run(f, index);
          if (known.contains(c.id())) {
            if (r.passed()) {
              fail(c.id() + " is listed in " + KNOWN_FAILURES + " but passes now: remove it from the list");
            }
          } else if (!r.passed()) {
            fail(r.line());
          }
        }));
      }
      files.add(DynamicContainer.dynamicContainer(f.name() + " (" + f.file().family() + ")", tests));
    }
    return files.stream();
  }

  @Test
  @DisplayName("the jar's index lists every case file of the module, sorted")
  void indexListsEveryFile() throws java.io.IOException {
    List<String> files;
    try (Stream<Path> list = java.nio.file.Files.list(CaseTestFiles.CASES)) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
    }
    assertEquals(files, io.github.dpasemantics.conformance.Suite.caseFiles());
    assertTrue(files.contains("scope.yaml") && files.size() > 10, files::toString);
  }

  @Test
  @DisplayName("every known failure names a case of the suite")
  void knownFailuresNameCases() {
    Set<String> ids = new HashSet<>();
    CaseSuite.bundled().cases().forEach(c -> ids.add(c.id()));
    List<String> unknown = KnownList.read(KNOWN_FAILURES).entries().keySet().stream().filter(k -> !ids.contains(k)).toList();
    assertTrue(unknown.isEmpty(), "known-failures.txt names no such case: " + unknown);
  }
}
