package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.Clause;
import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.clause.NormKind;
import io.github.dpasemantics.model.norm.Deeming;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The clause-coverage table: for every clause of a catalogue, whether a policy decides it (a
 * public static method annotated {@link Decides}), it is a deeming provision held as data
 * ({@link Deeming}, possibly shown by an {@link Encodes} method: <em>encoded</em>, not decided), a
 * policy class declares it {@link NotDecidable} with a reason, it is a grouping heading with no
 * text of its own (covered by its sub-units), or it is uncovered. It reads the policies from the
 * {@link PolicyCatalog}. Also lists every declaration that is wrong: an id that is
 * not in the catalogue or cannot be parsed, a clause declared both decided and not decidable, and a
 * {@code @Decides} method that is not public and static.
 *
 * <pre>{@code
 * ClauseCoverage c = ClauseCoverage.compute();
 * c.isComplete();   // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClauseCoverage {

  /** How a clause is covered. */
  public enum Status {
    /** At least one policy method decides it. */
    DECIDED,
    /**
     * No policy decides it, but it is a deeming provision held as data in the model
     * ({@link Deeming}): "X counts as Y", with nothing left to decide.
     */
    ENCODED,
    /** A policy class declares that it has no decidable question, with a reason. */
    NOT_DECIDABLE,
    /** A heading without text of its own, covered by its sub-units. */
    GROUPING,
    /** Neither decided nor declared not decidable. */
    UNCOVERED
  }

  /** One row of the table: a clause and how it is covered. This class is immutable and thread-safe. */
  public static final class Row {
    private final ClauseId clause;
    private final NormKind kind;
    private final Status status;
    private final List<String> decidedBy;
    private final List<String> encodedBy;
    private final List<String> notDecidableReasons;

    Row(ClauseId clause, NormKind kind, Status status, List<String> decidedBy, List<String> encodedBy,
        List<String> notDecidableReasons) {
      this.clause = clause;
      this.kind = kind;
      this.status = status;
      this.decidedBy = List.copyOf(decidedBy);
      this.encodedBy = List.copyOf(encodedBy);
      this.notDecidableReasons = List.copyOf(notDecidableReasons);
    }

    /**
     * Returns the clause id.
     *
     * @return the id
     */
    public ClauseId getClause() {
      return clause;
    }

    /**
     * Returns the clause's primary normative kind.
     *
     * @return the kind
     */
    public NormKind getKind() {
      return kind;
    }

    /**
     * Returns how the clause is covered.
     *
     * @return the status
     */
    public Status getStatus() {
      return status;
    }

    /**
     * Returns the policy methods that decide it, as {@code Class.method}, sorted.
     *
     * @return the deciding methods, empty if none
     */
    public List<String> getDecidedBy() {
      return decidedBy;
    }

    /**
     * Returns the deeming provisions of the clause, as {@code Deeming.NAME} (with the policy method
     * that shows it, if any), sorted.
     *
     * @return the provisions, empty if none
     */
    public List<String> getEncodedBy() {
      return encodedBy;
    }

    /**
     * Returns the reasons given by {@link NotDecidable} declarations, as {@code Class: reason}.
     *
     * @return the reasons, empty if none
     */
    public List<String> getNotDecidableReasons() {
      return notDecidableReasons;
    }

    /**
     * Returns the text of the last column of the table: the deciding methods, the reasons, the
     * grouping note, or "UNCOVERED".
     *
     * @return the description
     */
    public String describe() {
      switch (status) {
        case DECIDED:
          return String.join(", ", decidedBy);
        case ENCODED:
          return "encoded as data: " + String.join(", ", encodedBy);
        case NOT_DECIDABLE:
          return String.join("; ", notDecidableReasons);
        case GROUPING:
          return "heading without text of its own; covered by its sub-units";
        default:
          return "UNCOVERED: neither @Decides nor @NotDecidable";
      }
    }

    @Override
    public String toString() {
      return clause + " " + kind + " " + status + " " + describe();
    }
  }

  private final List<Row> rows;
  private final List<String> problems;

  private ClauseCoverage(List<Row> rows, List<String> problems) {
    this.rows = List.copyOf(rows);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the coverage of {@link ClauseCatalog#segmentDpa()} by {@link Policies#classes()}.
   *
   * @return the coverage
   */
  public static ClauseCoverage compute() {
    return compute(Policies.classes(), ClauseCatalog.segmentDpa());
  }

  /**
   * Returns the coverage of a catalogue by the given policy classes.
   *
   * @param classes the policy classes
   * @param catalog the clause catalogue
   * @return the coverage
   */
  public static ClauseCoverage compute(List<Class<?>> classes, ClauseCatalog catalog) {
    Objects.requireNonNull(classes, "ClauseCoverage.compute: classes must not be null");
    Objects.requireNonNull(catalog, "ClauseCoverage.compute: catalog must not be null");
    PolicyCatalog policies = PolicyCatalog.of(classes);
    Map<ClauseId, List<String>> decided = new LinkedHashMap<>();
    Map<ClauseId, List<String>> encoded = new LinkedHashMap<>();
    Map<ClauseId, List<String>> notDecidable = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (PolicyCatalog.Undecidable nd : policies.notDecidable()) {
      String where = "@NotDecidable on " + nd.className();
      idIn(nd.clause(), where, catalog, problems)
          .ifPresent(id -> notDecidable.computeIfAbsent(id, k -> new ArrayList<>()).add(nd.className() + ": " + nd.reason()));
    }
    problems.addAll(policies.getProblems());
    for (PolicyCatalog.Policy p : policies.declared()) {
      String where = (p.isEncoding() ? "@Encodes on " : "@Decides on ") + p.name();
      for (ClauseId id : p.decides()) {
        if (!catalog.contains(id)) {
          problems.add(where + ": clause " + id + " is not in the catalogue");
          continue;
        }
        List<String> by = (p.isEncoding() ? encoded : decided).computeIfAbsent(id, k -> new ArrayList<>());
        String entry = p.isEncoding() ? "Deeming." + p.encodes().orElseThrow() + " (shown by " + p.name() + ")" : p.name();
        if (!by.contains(entry)) {
          by.add(entry);
        }
      }
    }
    for (Deeming d : PolicyCatalog.deemings(catalog)) {
      List<String> by = encoded.computeIfAbsent(d.getClause(), k -> new ArrayList<>());
      if (by.stream().noneMatch(e -> e.startsWith("Deeming." + d.name() + " "))) {
        by.add("Deeming." + d.name());
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Clause clause : catalog.all()) {
      ClauseId id = clause.getId();
      List<String> by = decided.getOrDefault(id, List.of());
      List<String> enc = encoded.getOrDefault(id, List.of());
      List<String> reasons = notDecidable.getOrDefault(id, List.of());
      if (!by.isEmpty() && !reasons.isEmpty()) {
        problems.add("clause " + id + " is decided by " + by + " but also declared @NotDecidable (" + reasons + ")");
      }
      Status status = !by.isEmpty() ? Status.DECIDED
          : !enc.isEmpty() ? Status.ENCODED
          : !reasons.isEmpty() ? Status.NOT_DECIDABLE
          : clause.isGrouping() ? Status.GROUPING : Status.UNCOVERED;
      List<String> sortedBy = new ArrayList<>(by);
      sortedBy.sort(Comparator.naturalOrder());
      List<String> sortedEnc = new ArrayList<>(enc);
      sortedEnc.sort(Comparator.naturalOrder());
      rows.add(new Row(id, clause.getKind(), status, sortedBy, sortedEnc, reasons));
    }
    return new ClauseCoverage(rows, problems);
  }

  private static Optional<ClauseId> idIn(String text, String where, ClauseCatalog catalog, List<String> problems) {
    ClauseId id;
    try {
      id = ClauseId.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(where + ": '" + text + "' is not a clause id (" + e.getMessage() + ")");
      return Optional.empty();
    }
    if (!catalog.contains(id)) {
      problems.add(where + ": clause " + id + " is not in the catalogue");
      return Optional.empty();
    }
    return Optional.of(id);
  }

  /**
   * Returns one row per clause of the catalogue, in document order.
   *
   * @return the rows
   */
  public List<Row> getRows() {
    return rows;
  }

  /**
   * Returns the rows whose clause is neither decided, declared not decidable, nor a grouping.
   *
   * @return the uncovered rows, in document order
   */
  public List<Row> getUncovered() {
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      if (r.getStatus() == Status.UNCOVERED) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the row of a clause.
   *
   * @param id the clause id
   * @return the row, or empty if the clause is not in the catalogue
   */
  public Optional<Row> row(ClauseId id) {
    for (Row r : rows) {
      if (r.getClause().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every wrong declaration: ids that are not in the catalogue or not ids at all, clauses
   * both decided and declared not decidable, {@code @Decides} methods that are not public static.
   *
   * @return the problems, in the order found
   */
  public List<String> getProblems() {
    return problems;
  }

  /**
   * Tells whether every clause is covered and no declaration is wrong.
   *
   * @return true if complete
   */
  public boolean isComplete() {
    return problems.isEmpty() && getUncovered().isEmpty();
  }

  /**
   * Returns the table as text: one line per clause (id, kind, status, deciding methods or reason),
   * then the problems, if any.
   *
   * @return the table
   */
  public String toTable() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-9s %-19s %-14s %s%n", "clause", "kind", "status", "decided by / reason"));
    for (Row r : rows) {
      sb.append(String.format("%-9s %-19s %-14s %s%n", r.getClause(), r.getKind(), r.getStatus(), r.describe()));
    }
    int covered = rows.size() - getUncovered().size();
    sb.append(String.format("%d of %d clauses covered%n", covered, rows.size()));
    for (String p : problems) {
      sb.append("PROBLEM: ").append(p).append(System.lineSeparator());
    }
    return sb.toString();
  }
}
