package io.github.dpasemantics.examples.conformance;

import io.github.dpasemantics.examples.conformance.CaseFile.Case;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.norm.Norms;
import io.github.dpasemantics.policy.ClauseCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the suite covers, against what it must: every clause a policy decides ({@code @Decides})
 * needs at least three cases (just inside, just outside, the exception or proviso); every reading
 * ({@code Interpretation} constant) at least one case that assumes it (in {@code readings}, or for
 * a default reading in {@code assumes}); every norm the monitor tracks a case that expects it open
 * and one that expects it closed (for an obligation: CREATED or ACTIVE, and FULFILLED, VIOLATED or
 * DISCHARGED; for a right: open and not open).
 *
 * @param rows one row per requirement, clauses first, then readings, then norms
 */
public record Coverage(List<Row> rows) {
  /** Cases each decided clause needs. */
  public static final int CASES_PER_CLAUSE = 3;

  private static final Set<String> OPEN = Set.of("CREATED", "ACTIVE");
  private static final Set<String> CLOSED = Set.of("FULFILLED", "VIOLATED", "DISCHARGED");

  /**
   * Copies the list.
   *
   * @param rows the rows
   */
  public Coverage {
    rows = List.copyOf(rows);
  }

  /**
   * Computes the coverage of a suite.
   *
   * @param suite the suite
   * @return the table
   */
  public static Coverage of(CaseSuite suite) {
    List<Case> cases = suite.cases();
    List<Row> rows = new ArrayList<>();
    for (ClauseCoverage.Row r : ClauseCoverage.compute().getRows()) {
      if (r.getStatus() != ClauseCoverage.Status.DECIDED) {
        continue;
      }
      String clause = r.getClause().toString();
      long n = cases.stream().filter(c -> c.clauses().contains(clause)).count();
      rows.add(new Row("clause", clause, (int) n, n >= CASES_PER_CLAUSE, "needs " + CASES_PER_CLAUSE + "; "
          + String.join(", ", r.getDecidedBy())));
    }
    for (Interpretation i : Interpretation.values()) {
      long n = cases.stream().filter(c -> c.readings().contains(i.name()) || c.assumes().contains(i.name())).count();
      rows.add(new Row("reading", i.name(), (int) n, n >= 1, (i.isDefault() ? "default (named in assumes)" : "named in readings")
          + "; question " + i.question()));
    }
    for (String norm : MonitorCalls.obligationNorms()) {
      Set<String> states = new TreeSet<>();
      int n = 0;
      for (Case c : cases) {
        boolean counted = false;
        for (CaseFile.Obligation o : c.expect().obligations()) {
          if (norm.equals(o.norm())) {
            states.add(o.state() == null ? "ANY" : o.state());
            counted = true;
          }
        }
        n += counted ? 1 : 0;
      }
      // a standing norm (no triggering event, 7.2) is instantiated by the very act that performs or
      // breaches it, so its instance is never open: closed is all a case can expect of it
      boolean closedByItsAct = Norms.segmentDpa().require(norm).getTrigger().isStanding();
      boolean ok = (closedByItsAct || states.stream().anyMatch(OPEN::contains)) && states.stream().anyMatch(CLOSED::contains);
      rows.add(new Row("norm", norm, n, ok, "obligation; needs " + (closedByItsAct ? "" : "open (CREATED/ACTIVE) and ")
          + "closed (FULFILLED/VIOLATED/DISCHARGED)" + (closedByItsAct ? " (standing: the act that creates it closes it)" : "")
          + "; expected: " + (states.isEmpty() ? "none" : String.join(" ", states))));
    }
    for (String norm : MonitorCalls.rightNorms()) {
      boolean open = false;
      boolean closed = false;
      int n = 0;
      for (Case c : cases) {
        boolean counted = false;
        for (CaseFile.Right r : c.expect().rights()) {
          if (norm.equals(r.norm())) {
            open |= !Boolean.FALSE.equals(r.open());
            closed |= Boolean.FALSE.equals(r.open());
            counted = true;
          }
        }
        n += counted ? 1 : 0;
      }
      rows.add(new Row("norm", norm, n, open && closed, "right; needs open and not open; expected: "
          + (open ? "open " : "") + (closed ? "not-open" : "")));
    }
    return new Coverage(rows);
  }

  /**
   * Returns the gaps, as keys of {@code known-coverage-gaps.txt}: {@code clause 2.1},
   * {@code reading NOTICE_ON_EARLIER_CHANNEL}, {@code norm 7.3/notify-security-incident}.
   *
   * @return the gaps, in table order
   */
  public List<String> gaps() {
    return rows.stream().filter(r -> !r.covered()).map(Row::key).toList();
  }

  /**
   * Renders the table, one row a line, gaps marked.
   *
   * @param known the gaps known and listed (marked as such)
   * @return the table
   */
  public String table(KnownList known) {
    StringBuilder sb = new StringBuilder("Conformance coverage (cases per clause, reading and monitored norm)\n");
    for (Row r : rows) {
      String mark = r.covered() ? "ok " : known.contains(r.key()) ? "GAP (known)" : "GAP";
      sb.append(String.format(Locale.ROOT, "  %-8s %-48s %4d  %-11s %s%n", r.kind(), r.name(), r.cases(), mark, r.detail()));
    }
    long gaps = rows.stream().filter(r -> !r.covered()).count();
    sb.append(String.format(Locale.ROOT, "  %d rows, %d gaps%n", rows.size(), gaps));
    return sb.toString();
  }

  /**
   * One requirement and how many cases meet it.
   *
   * @param kind {@code clause}, {@code reading} or {@code norm}
   * @param name the clause id, reading name or norm id
   * @param cases the number of cases that count for it
   * @param covered whether the requirement is met
   * @param detail what it needs and what the cases give
   */
  public record Row(String kind, String name, int cases, boolean covered, String detail) {
    /**
     * Returns the key of a gap in {@code known-coverage-gaps.txt}.
     *
     * @return e.g. {@code clause 2.1}
     */
    public String key() {
      return kind + " " + name;
    }
  }
}
