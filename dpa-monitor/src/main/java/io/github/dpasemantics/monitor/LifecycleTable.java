package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.norm.Norm;
import io.github.dpasemantics.model.time.DeadlineRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The lifecycle of every obligation the monitor tracks, read from the model's norms
 * ({@link ObligationKind#getNorm()}, the catalogue {@code Norms.segmentDpa()}): which events
 * create an instance, perform it, break it, end it without performance, pause it and end the
 * pause, its deadline rule and the event it is counted from, and whether it outlives the
 * Addendum's termination with the Agreement (3.4). One source of truth: what a norm declares is
 * what the table says, and {@code LifecycleTableTest} checks over generated timelines that every
 * lifecycle step the monitor takes is one the table allows (or one of the few steps the text
 * makes special, listed in {@link #SPECIAL_STEPS}). The monitor's generic path creates and
 * performs the duties that need nothing special from their rows.
 *
 * <p>The monitor's state diagram ({@link #mermaid()}, the block in {@code docs/monitor.md} and
 * the HTML reference) is generated from this table.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LifecycleTable {
  /**
   * One monitored obligation's lifecycle, as its norm declares it.
   *
   * @param kind the obligation
   * @param norm the norm it instantiates
   * @param triggers the events that create an instance (where the norm's conditions hold); for a
   *     standing norm the monitor checks act by act (7.2), the acts that perform or break it
   * @param fulfilling the events that perform it
   * @param violating the events that break it
   * @param discharging the events that end it without performance or breach
   * @param suspending the events that pause it
   * @param resuming the events that end a pause (a pause with an end date also ends by time)
   * @param deadline the deadline rule of the text
   * @param deadlineAnchor the event the deadline is counted from, if not the trigger
   * @param survivesTermination whether it outlives the Addendum's termination (3.4)
   */
  public record Row(ObligationKind kind, Norm norm, Set<EventType> triggers, Set<EventType> fulfilling,
      Set<EventType> violating, Set<EventType> discharging, Set<EventType> suspending, Set<EventType> resuming,
      DeadlineRule deadline, Optional<EventType> deadlineAnchor, boolean survivesTermination) {
    /**
     * A row; the sets are copied.
     *
     * @param kind the obligation
     * @param norm the norm it instantiates
     * @param triggers the creating events
     * @param fulfilling the performing events
     * @param violating the breaking events
     * @param discharging the discharging events
     * @param suspending the pausing events
     * @param resuming the resuming events
     * @param deadline the deadline rule
     * @param deadlineAnchor the deadline's anchor event, if any
     * @param survivesTermination whether it survives termination
     */
    public Row {
      Objects.requireNonNull(kind, "LifecycleTable.Row: kind must not be null");
      Objects.requireNonNull(norm, "LifecycleTable.Row: norm must not be null");
      triggers = Set.copyOf(triggers);
      fulfilling = Set.copyOf(fulfilling);
      violating = Set.copyOf(violating);
      discharging = Set.copyOf(discharging);
      suspending = Set.copyOf(suspending);
      resuming = Set.copyOf(resuming);
      Objects.requireNonNull(deadline, "LifecycleTable.Row: deadline must not be null");
      Objects.requireNonNull(deadlineAnchor, "LifecycleTable.Row: deadlineAnchor must not be null");
    }

    /**
     * Returns the clause of the norm.
     *
     * @return the clause id
     */
    public ClauseId clause() {
      return norm.getClause();
    }

    /**
     * Reads a row from the norm of {@code kind}.
     *
     * @param kind the obligation
     * @return its row
     */
    static Row of(ObligationKind kind) {
      Norm n = kind.getNorm();
      Set<EventType> triggers = EnumSet.noneOf(EventType.class);
      if (n.isStanding()) {
        // a standing norm the monitor checks act by act: each act creates and settles an instance (7.2)
        triggers.addAll(n.getFulfilledBy());
        triggers.addAll(n.getViolatedBy());
      } else {
        triggers.addAll(n.getTrigger().getEvents());
      }
      return new Row(kind, n, triggers, n.getFulfilledBy(), n.getViolatedBy(), n.getDischargedBy(), n.getSuspendedBy(),
          n.getResumedBy(), n.getDeadline(), n.getDeadlineAnchor(), n.isSurvivingTermination());
    }
  }

  /**
   * One transition of the lifecycle diagram.
   *
   * @param from the state before
   * @param to the state after
   * @param label what causes it, in words, with its clause
   */
  public record Transition(String from, String to, String label) {
    /**
     * A transition.
     *
     * @param from the state before ({@code [*]} for the start)
     * @param to the state after ({@code [*]} for the end)
     * @param label what causes it
     */
    public Transition {
      Objects.requireNonNull(from, "LifecycleTable.Transition: from must not be null");
      Objects.requireNonNull(to, "LifecycleTable.Transition: to must not be null");
      Objects.requireNonNull(label, "LifecycleTable.Transition: label must not be null");
    }
  }

  /** The start and end pseudo-state of the diagram. */
  public static final String TERMINAL = "[*]";

  private static final Transition EARLY_DELETION_REQUEST =
      new Transition(TERMINAL, "CREATED", "9.1: DeletionRequested before the Agreement ends (takes effect at its end)");
  private static final Transition DELETION_ACTIVATED = new Transition("CREATED", "ACTIVE", "9.1: the Agreement ends "
      + "(AgreementTerminated, AgreementExpired, TerminatedForConvenience, or its known end date passes)");
  private static final Transition PAUSE_ENDS_BY_DATE =
      new Transition("SUSPENDED", "ACTIVE", "the end date of every pause passes (7.3, A.1.4, A.2.2.4)");
  private static final Transition DUE_DATE_PASSES = new Transition("ACTIVE", "VIOLATED", "the due date passes (as of due + 1)");

  /**
   * The steps no norm's event sets declare: 9.1's request before the end (held until the end,
   * the default reading {@code EARLY_DELETION_REQUEST_EFFECTIVE_AT_TERMINATION}) and its
   * activation when the Agreement ends, and the steps time takes (a pause's end date, a due date).
   */
  public static final List<Transition> SPECIAL_STEPS =
      List.of(EARLY_DELETION_REQUEST, DELETION_ACTIVATED, PAUSE_ENDS_BY_DATE, DUE_DATE_PASSES);

  private static final LifecycleTable SEGMENT_DPA = new LifecycleTable();

  private final Map<ObligationKind, Row> rows;

  private LifecycleTable() {
    Map<ObligationKind, Row> m = new EnumMap<>(ObligationKind.class);
    for (ObligationKind k : ObligationKind.values()) {
      m.put(k, Row.of(k));
    }
    this.rows = m;
  }

  /**
   * Returns the table of the Segment DPA's monitored obligations.
   *
   * @return the table
   */
  public static LifecycleTable segmentDpa() {
    return SEGMENT_DPA;
  }

  /**
   * Returns the row of one obligation.
   *
   * @param kind the obligation
   * @return its row
   */
  public Row row(ObligationKind kind) {
    return Objects.requireNonNull(rows.get(Objects.requireNonNull(kind, "LifecycleTable.row: kind must not be null")));
  }

  /**
   * Returns every row, in the order of {@link ObligationKind}.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return List.copyOf(rows.values());
  }

  // ------------------------------------------------------------------ the diagram

  /**
   * Returns the transitions of the lifecycle: those the rows' event sets declare (each label lists
   * the events with the clauses of the norms that name them), then the {@link #SPECIAL_STEPS}.
   *
   * @return the transitions, in a fixed order
   */
  public List<Transition> transitions() {
    List<Transition> out = new ArrayList<>();
    out.add(new Transition(TERMINAL, "ACTIVE", "trigger, the norm's conditions hold: " + events(r -> true, Row::triggers)));
    out.add(EARLY_DELETION_REQUEST);
    out.add(DELETION_ACTIVATED);
    out.add(new Transition("CREATED", "FULFILLED", "performed early: "
        + events(r -> r.kind() == ObligationKind.DELETION, Row::fulfilling)));
    out.add(new Transition("ACTIVE", "FULFILLED", "performed: " + events(r -> true, Row::fulfilling)));
    out.add(new Transition("ACTIVE", "VIOLATED", "broken: " + events(r -> true, Row::violating)));
    out.add(DUE_DATE_PASSES);
    out.add(new Transition("ACTIVE", "SUSPENDED", "paused: " + events(r -> true, Row::suspending)));
    out.add(new Transition("SUSPENDED", "ACTIVE", "pause ended: " + events(r -> true, Row::resuming)));
    out.add(PAUSE_ENDS_BY_DATE);
    out.add(new Transition("SUSPENDED", "FULFILLED", "performed anyway: "
        + events(r -> !r.suspending().isEmpty(), Row::fulfilling)));
    out.add(new Transition("ACTIVE", "DISCHARGED", "ended without performance: " + events(r -> true, Row::discharging)));
    out.add(new Transition("FULFILLED", "VIOLATED", "the deadline's anchor comes too soon after performance: "
        + events(r -> r.deadlineAnchor().isPresent(), r -> anchorThatViolates(r))));
    out.add(new Transition("VIOLATED", "VIOLATED", "performed late (FULFILLED_LATE, the violation stands): "
        + events(r -> r.deadline().isComputable(), Row::fulfilling)));
    for (String end : List.of("FULFILLED", "VIOLATED", "DISCHARGED")) {
      out.add(new Transition(end, TERMINAL, ""));
    }
    return List.copyOf(out);
  }

  private static Set<EventType> anchorThatViolates(Row r) {
    Set<EventType> s = EnumSet.noneOf(EventType.class);
    r.deadlineAnchor().filter(r.violating()::contains).ifPresent(s::add);
    return s;
  }

  /** The events of the rows that pass {@code which}, each with the clauses of the rows naming it. */
  private String events(Predicate<Row> which, Function<Row, Set<EventType>> set) {
    Map<EventType, TreeSet<String>> clauses = new EnumMap<>(EventType.class);
    for (Row r : rows.values()) {
      if (which.test(r)) {
        for (EventType t : set.apply(r)) {
          clauses.computeIfAbsent(t, x -> new TreeSet<>()).add(r.clause().toString());
        }
      }
    }
    List<String> parts = new ArrayList<>();
    clauses.forEach((t, c) -> parts.add(t.getEventClass().getSimpleName() + " (" + String.join(", ", c) + ")"));
    return String.join(", ", parts);
  }

  /**
   * Returns the lifecycle as a Mermaid {@code stateDiagram-v2}, one transition a line, generated
   * from {@link #transitions()}; long labels are broken with Mermaid's {@code \n}.
   *
   * @return the diagram source, ending with a line break
   */
  public String mermaid() {
    StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
    for (Transition t : transitions()) {
      sb.append("    ").append(t.from()).append(" --> ").append(t.to());
      if (!t.label().isEmpty()) {
        sb.append(": ").append(wrap(t.label()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Breaks a label after a comma every 60 characters or so (Mermaid's {@code \n}). */
  private static String wrap(String label) {
    StringBuilder sb = new StringBuilder();
    int line = 0;
    for (String part : label.split("(?<=\\), )")) {
      if (line > 0 && line + part.length() > 60) {
        sb.setLength(sb.length() - 1); // the space after the comma
        sb.append("\\n");
        line = 0;
      }
      sb.append(part);
      line += part.length();
    }
    return sb.toString().strip();
  }
}
