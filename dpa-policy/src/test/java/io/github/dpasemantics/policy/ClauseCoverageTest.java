package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.clause.NormKind;
import io.github.dpasemantics.policy.ClauseCoverage.Row;
import io.github.dpasemantics.policy.ClauseCoverage.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The clause-coverage check: every clause of the catalogue is decided by a policy method or
 * declared not decidable (groupings are covered by their sub-units), and every declaration names a
 * clause of the catalogue. Prints the coverage table.
 */
class ClauseCoverageTest {
  private static final ClauseCatalog CATALOG = ClauseCatalog.segmentDpa();

  @Test
  @DisplayName("every clause of the Segment DPA is decided or declared not decidable, and every declared id exists")
  void everyClauseIsCovered() {
    ClauseCoverage coverage = ClauseCoverage.compute();
    System.out.println(coverage.toTable());
    List<String> failures = new ArrayList<>();
    for (Row r : coverage.getUncovered()) {
      failures.add("uncovered clause " + r.getClause() + " (" + r.getKind() + ")");
    }
    failures.addAll(coverage.getProblems());
    assertTrue(failures.isEmpty(), () -> "clause coverage is incomplete:\n  " + String.join("\n  ", failures));
    assertTrue(coverage.isComplete());
  }

  @Test
  @DisplayName("the clauses of 1, 2, 3, 4, 5, 7, 8, A.1 and A.2.1 are covered by Scope, Definitions, Processing, Security, DataSubjects")
  void clausesOfTheCoreGroupsAreCovered() {
    ClauseCoverage coverage = ClauseCoverage.compute(
        List.of(Scope.class, Definitions.class, Processing.class, Security.class, DataSubjects.class), CATALOG);
    List<String> failures = new ArrayList<>();
    for (Row r : coverage.getRows()) {
      String id = r.getClause().toString();
      boolean mine = id.matches("[1-5](\\..*)?|7(\\..*)?|8|A\\.1(\\..*)?|A\\.2\\.1(\\..*)?");
      if (mine && r.getStatus() == Status.UNCOVERED) {
        failures.add(id);
      }
    }
    assertTrue(failures.isEmpty(), () -> "uncovered: " + failures + "\n" + coverage.toTable());
    assertTrue(coverage.getProblems().isEmpty(), () -> String.join("\n", coverage.getProblems()));
  }

  @Test
  @DisplayName("the table has one row per clause in document order, with kind, status and the deciding methods")
  void tableRows() {
    ClauseCoverage coverage = ClauseCoverage.compute(List.of(Definitions.class, Security.class), CATALOG);
    assertEquals(CATALOG.size(), coverage.getRows().size());
    for (int i = 0; i < CATALOG.size(); i++) {
      assertEquals(CATALOG.all().get(i).getId(), coverage.getRows().get(i).getClause());
      assertEquals(CATALOG.all().get(i).getKind(), coverage.getRows().get(i).getKind());
    }
    Row incident = coverage.row(ClauseId.parse("2.9")).orElseThrow();
    assertEquals(Status.DECIDED, incident.getStatus());
    assertEquals(List.of("Definitions.securityIncident"), incident.getDecidedBy());
    assertEquals("Definitions.securityIncident", incident.describe());
    assertEquals(NormKind.DEFINITION, incident.getKind());
    Row notice = coverage.row(ClauseId.parse("7.3")).orElseThrow();
    assertEquals(List.of("Security.incidentNotificationRequired", "Security.noticeContentComplete",
        "Security.noticeDelay", "Security.responsibleParty"), notice.getDecidedBy());
    assertEquals(List.of("Deeming.NO_ADMISSION_OF_FAULT (shown by Security.noAdmissionOfFault)"), notice.getEncodedBy());
    Row intro = coverage.row(ClauseId.parse("2")).orElseThrow();
    assertEquals(Status.NOT_DECIDABLE, intro.getStatus());
    assertTrue(intro.describe().startsWith("Definitions: introduces the definitions"), intro.describe());
    assertEquals(intro.getNotDecidableReasons().get(0), intro.describe());
    Row grouping = coverage.row(ClauseId.parse("7")).orElseThrow();
    assertEquals(Status.GROUPING, grouping.getStatus());
    assertTrue(grouping.describe().contains("sub-units"));
    Row deletion = coverage.row(ClauseId.parse("9.1")).orElseThrow();
    assertEquals(Status.UNCOVERED, deletion.getStatus());
    assertTrue(deletion.describe().startsWith("UNCOVERED"));
    assertTrue(deletion.toString().startsWith("9.1 "));
    assertTrue(coverage.getUncovered().contains(deletion));
    assertFalse(coverage.getUncovered().contains(incident));
    assertFalse(coverage.isComplete());
    assertTrue(coverage.row(ClauseId.parse("9.9")).isEmpty());
    String table = coverage.toTable();
    assertTrue(table.startsWith("clause"), table);
    assertTrue(table.contains("2.9       DEFINITION          DECIDED        Definitions.securityIncident"), table);
    int covered = coverage.getRows().size() - coverage.getUncovered().size();
    assertTrue(table.contains(covered + " of " + CATALOG.size() + " clauses covered"), table);
    assertFalse(table.contains("PROBLEM"));
    assertThrows(UnsupportedOperationException.class, () -> coverage.getRows().clear());
    assertThrows(UnsupportedOperationException.class, () -> coverage.getProblems().clear());
  }

  /** A policy with every kind of wrong declaration. */
  @NotDecidable(clause = "9.9", reason = "no such clause")
  @NotDecidable(clause = "Z.1", reason = "not an id")
  @NotDecidable(clause = "2.9", reason = "contradicts a decision")
  @NotDecidable(clause = "2.9", reason = "said twice")
  static final class Broken {
    private Broken() {}

    @Decides({"2.9", "12.1"})
    public static boolean decidesAndUnknown() {
      return true;
    }

    @Decides("2.9")
    public static boolean decidesTwice() {
      return true;
    }

    @Decides("2.1")
    public boolean notStatic() {
      return true;
    }

    @Decides("2.2")
    static boolean notPublic() {
      return true;
    }

    public static boolean undeclared() {
      return true;
    }
  }

  @Test
  @DisplayName("wrong declarations are listed: unknown ids, unparsable ids, decided-and-not-decidable, non-public-static methods")
  void problemsAreListed() {
    ClauseCoverage coverage = ClauseCoverage.compute(List.of(Broken.class, Broken.class), CATALOG);
    List<String> p = coverage.getProblems();
    assertTrue(p.contains("@NotDecidable on Broken: clause 9.9 is not in the catalogue"), p::toString);
    assertTrue(p.stream().anyMatch(s -> s.startsWith("@NotDecidable on Broken: 'Z.1' is not a clause id (Invalid clause id")), p::toString);
    assertTrue(p.contains("@Decides on Broken.decidesAndUnknown: clause 12.1 is not in the catalogue"), p::toString);
    assertTrue(p.contains("@Decides on Broken.notStatic: the method must be public and static"), p::toString);
    assertTrue(p.contains("@Decides on Broken.notPublic: the method must be public and static"), p::toString);
    assertTrue(p.stream().anyMatch(s -> s.startsWith("clause 2.9 is decided by [Broken.decidesAndUnknown, Broken.decidesTwice] but also")),
        p::toString);
    Row twoNine = coverage.row(ClauseId.parse("2.9")).orElseThrow();
    assertEquals(Status.DECIDED, twoNine.getStatus());
    assertEquals(List.of("Broken.decidesAndUnknown", "Broken.decidesTwice"), twoNine.getDecidedBy());
    assertEquals(4, twoNine.getNotDecidableReasons().size(), "each declaration, from both registrations");
    assertEquals("Broken.decidesAndUnknown, Broken.decidesTwice", twoNine.describe());
    assertEquals(List.of("Broken.notStatic"), coverage.row(ClauseId.parse("2.1")).orElseThrow().getDecidedBy());
    assertFalse(coverage.isComplete());
    assertTrue(coverage.toTable().contains("PROBLEM: @Decides on Broken.notStatic: the method must be public and static"));
    assertTrue(p.indexOf("@Decides on Broken.notPublic: the method must be public and static")
        < p.indexOf("@Decides on Broken.notStatic: the method must be public and static"), "methods are read in name order");
  }

  @Test
  @DisplayName("the deciding methods of a clause are listed sorted, whatever the order of the classes")
  void decidersSorted() {
    ClauseCoverage c = ClauseCoverage.compute(List.of(Processing.class, Definitions.class), CATALOG);
    assertEquals(List.of("Definitions.subprocessor"), c.row(ClauseId.parse("5.2")).orElseThrow().getDecidedBy());
    assertEquals(List.of("Deeming.SOURCES_AND_DESTINATIONS (shown by Processing.transmissionUnlimited)"),
        c.row(ClauseId.parse("5.2")).orElseThrow().getEncodedBy());
  }

  @Test
  @DisplayName("a complete coverage has no uncovered rows and no problems")
  void completeCoverage() {
    ClauseCatalog tiny = ClauseCatalog.of(List.of(CATALOG.get("2"), CATALOG.get("2.9")));
    ClauseCoverage c = ClauseCoverage.compute(List.of(Definitions.class), tiny);
    assertTrue(c.getProblems().stream().noneMatch(s -> s.contains("2.9")), c.getProblems()::toString);
    assertEquals(Status.DECIDED, c.row(ClauseId.parse("2.9")).orElseThrow().getStatus());
    ClauseCoverage onlyGroupings = ClauseCoverage.compute(List.of(), ClauseCatalog.of(List.of(CATALOG.get("7"))));
    assertTrue(onlyGroupings.isComplete(), onlyGroupings::toTable);
    ClauseCoverage uncovered = ClauseCoverage.compute(List.of(), ClauseCatalog.of(List.of(CATALOG.get("8"))));
    assertFalse(uncovered.isComplete());
    assertEquals(1, uncovered.getUncovered().size());
    assertThrows(NullPointerException.class, () -> ClauseCoverage.compute(null, CATALOG));
    assertThrows(NullPointerException.class, () -> ClauseCoverage.compute(List.of(), null));
  }
}
