package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A date on or after the as-of date by which something must happen or after which a right lapses:
 * an open obligation's due date or an open right's last day. {@link ContractState} lists them
 * sorted by {@link #ORDER}: date, then clause, then id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UpcomingDeadline {
  /** Sort order of the list: by date, then clause (document order), then id. */
  public static final Comparator<UpcomingDeadline> ORDER = Comparator.comparing(UpcomingDeadline::getDate)
      .thenComparing(UpcomingDeadline::getClause).thenComparing(UpcomingDeadline::getTargetId);

  /** What kind of date an upcoming deadline is. */
  public enum Kind {
    /** The last day on which an open obligation is met in time. */
    OBLIGATION_DUE,
    /** The last day an open right may be exercised. */
    RIGHT_LAPSES
  }

  private final LocalDate date;
  private final Kind kind;
  private final ClauseId clause;
  private final String targetId;
  private final String what;

  UpcomingDeadline(LocalDate date, Kind kind, ClauseId clause, String targetId, String what) {
    this.date = date;
    this.kind = kind;
    this.clause = clause;
    this.targetId = targetId;
    this.what = what;
  }

  /**
   * Returns the last day.
   *
   * @return the date
   */
  public LocalDate getDate() {
    return date;
  }

  /**
   * Returns whether an obligation falls due or a right lapses.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the clause of the obligation or right.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return clause;
  }

  /**
   * Returns the id of the {@link ObligationInstance} or {@link OpenRight}.
   *
   * @return the id
   */
  public String getTargetId() {
    return targetId;
  }

  /**
   * Returns what must happen or what lapses, in the words of the text.
   *
   * @return the description
   */
  public String getWhat() {
    return what;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof UpcomingDeadline)) {
      return false;
    }
    UpcomingDeadline d = (UpcomingDeadline) o;
    return date.equals(d.date) && kind == d.kind && clause.equals(d.clause) && targetId.equals(d.targetId)
        && what.equals(d.what);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, targetId);
  }

  @Override
  public String toString() {
    return date + " " + kind + " " + clause + " " + targetId + ": " + what;
  }
}
