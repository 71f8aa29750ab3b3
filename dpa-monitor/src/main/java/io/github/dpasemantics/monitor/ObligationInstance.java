package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.time.DeadlineRule;
import io.github.dpasemantics.model.time.Window;
import io.github.dpasemantics.policy.Decision;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One running copy of a duty of the Addendum, as of a date: which duty ({@link ObligationKind},
 * with its clause, bearer and beneficiary), what it is about (a Subprocessor, an incident, a
 * request), the event that created it, its due date or qualitative deadline ("without undue
 * delay", "as soon as reasonably practicable"), its {@link ObligationState}, the event (if any)
 * that last moved it, and the {@link Decision} that put it there.
 *
 * <p>Instances are produced by {@link ContractState}; equality is by value. This class is
 * immutable and thread-safe.
 */
public final class ObligationInstance {
  /** Built on first use from kind, creating event and subject; racy but safe: every thread builds an equal string. */
  private @Nullable String id;
  private final ObligationKind kind;
  private final @Nullable String subject;
  private final String createdBy;
  private final LocalDate createdOn;
  private final ObligationState state;
  private final @Nullable String movedBy;
  private final LocalDate movedOn;
  private final DeadlineRule rule;
  private final @Nullable LocalDate dueDate;
  private final long missedByDays;
  private final Timeliness.@Nullable Judgement timeliness;
  // the explanation is built on first use, from facts captured when the instance was made: the
  // reason of its state and the policy decision behind it, if any
  private final MonitorCode why;
  private final Object[] args;
  private final @Nullable Basis basis;
  /** The rules of the instance's contract, which its {@link #basis} is decided by. */
  private final Rules rules;
  private volatile @Nullable Decision<ObligationState> decision;

  ObligationInstance(ObligationKind kind, @Nullable String subject, String createdBy, LocalDate createdOn,
      ObligationState state, @Nullable String movedBy, LocalDate movedOn, DeadlineRule rule,
      @Nullable LocalDate dueDate, long missedByDays, Timeliness.@Nullable Judgement timeliness, MonitorCode why, Object[] args,
      @Nullable Basis basis, Rules rules) {
    this.kind = kind;
    this.subject = subject;
    this.createdBy = createdBy;
    this.createdOn = createdOn;
    this.state = state;
    this.movedBy = movedBy;
    this.movedOn = movedOn;
    this.rule = rule;
    this.dueDate = dueDate;
    this.missedByDays = missedByDays;
    this.timeliness = timeliness;
    this.why = why;
    this.args = args;
    this.basis = basis;
    this.rules = rules;
  }

  /**
   * Returns the instance id: the clause, the creating event id and the subject, e.g.
   * {@code "9.1@evt-7"} or {@code "6.3@evt-3:subprocessor=acme-cloud"}. Stable across replays.
   *
   * @return the id
   */
  public String getId() {
    String s = id;
    if (s == null) {
      s = WorkingObligation.idOf(kind, createdBy, subject);
      id = s;
    }
    return s;
  }

  /**
   * Returns the duty this is a copy of.
   *
   * @return the kind
   */
  public ObligationKind getKind() {
    return kind;
  }

  /**
   * Returns the clause that creates the duty.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return kind.getClause();
  }

  /**
   * Returns the party that bears the duty.
   *
   * @return the bearer
   */
  public PartyKind getBearer() {
    return kind.getBearer();
  }

  /**
   * Returns the party the duty benefits.
   *
   * @return the beneficiary
   */
  public PartyKind getBeneficiary() {
    return kind.getBeneficiary();
  }

  /**
   * Returns what the duty is about: a Subprocessor id, an incident id, a request id, or empty
   * when the duty concerns the whole contract (9.1 deletion).
   *
   * @return the subject
   */
  public Optional<String> getSubject() {
    return Optional.ofNullable(subject);
  }

  /**
   * Returns the id of the event that created the instance.
   *
   * @return the event id
   */
  public String getCreatedBy() {
    return createdBy;
  }

  /**
   * Returns the day the instance was created (the creating event's date).
   *
   * @return the date
   */
  public LocalDate getCreatedOn() {
    return createdOn;
  }

  /**
   * Returns the lifecycle state as of the state's date.
   *
   * @return the state
   */
  public ObligationState getState() {
    return state;
  }

  /**
   * Returns the id of the event that put the instance in its state; empty when the state was
   * reached by the passing of time (a due date passed, a condition date arrived).
   *
   * @return the event id, or empty
   */
  public Optional<String> getMovedBy() {
    return Optional.ofNullable(movedBy);
  }

  /**
   * Returns the day the instance entered its state (for a violation by lapse of time, the day
   * after the due date).
   *
   * @return the date
   */
  public LocalDate getMovedOn() {
    return movedOn;
  }

  /**
   * Returns the deadline rule that governs this instance (the kind's rule, or "as soon as
   * reasonably practicable" for an expedited 6.3 engagement).
   *
   * @return the rule
   */
  public DeadlineRule getDeadlineRule() {
    return rule;
  }

  /**
   * Returns the last day on which the duty is met in time, where the text gives a computable one
   * and its anchor is known; empty for "without undue delay", "as soon as reasonably practicable",
   * duties with no deadline, and a 6.3 notice whose first-processing day is not yet known.
   *
   * @return the due date, or empty
   */
  public Optional<LocalDate> getDueDate() {
    return Optional.ofNullable(dueDate);
  }

  /**
   * Returns the window of the due date as the policy computed it, if there is one.
   *
   * @return the window, or empty
   */
  public Optional<Window> getWindow() {
    return getDecision().getWindow();
  }

  /**
   * Tells whether the deadline is qualitative: there is no computable date and the state reports
   * a status ("without undue delay", "as soon as reasonably practicable", or no deadline).
   *
   * @return true if the deadline rule is not computable
   */
  public boolean isQualitativeDeadline() {
    return !rule.isComputable();
  }

  /**
   * For a violated instance with a due date: by how many days it was missed — until the late
   * fulfilling event if there was one, else until the state's as-of date. Empty otherwise.
   *
   * @return the days missed, or empty
   */
  public OptionalLong getMissedByDays() {
    return state == ObligationState.VIOLATED && missedByDays > 0 ? OptionalLong.of(missedByDays) : OptionalLong.empty();
  }

  /**
   * Returns when the duty was performed, judged against its deadline ({@link Timeliness}): for a
   * dated deadline ON_TIME or LATE once performed; for a qualitative one ON_TIME, DELAY_EXCUSED or
   * DELAY_NOT_EXCUSED once performed and PENDING while open. Empty where no judgement applies
   * (no deadline, a dated duty still open or violated and not performed, a discharged duty).
   *
   * @return the timeliness, or empty
   */
  public Optional<Timeliness> getTimeliness() {
    Timeliness.Judgement t = timeliness;
    return t == null ? Optional.empty() : Optional.of(t.timeliness());
  }

  /**
   * Returns the days that go with {@link #getTimeliness()}: for PENDING the days since the duty
   * arose, for DELAY_NOT_EXCUSED the days of the delay no excuse of the text covers, for LATE the
   * days after the due date; zero for ON_TIME and DELAY_EXCUSED. Empty with no timeliness.
   *
   * @return the days, or empty
   */
  public OptionalLong getTimelinessDays() {
    Timeliness.Judgement t = timeliness;
    return t == null ? OptionalLong.empty() : OptionalLong.of(t.days());
  }

  /**
   * Returns the decision that put the instance in its state: its outcome is the state, its
   * reasons cite the clauses and include the reasons of the policy that decided the deadline or
   * the exception.
   *
   * @return the decision
   */
  public Decision<ObligationState> getDecision() {
    Decision<ObligationState> d = decision;
    if (d == null) {
      d = Snapshot.decision(kind, state, why, args, basis, rules);
      decision = d;
    }
    return d;
  }

  /**
   * Tells whether the instance is still open (created, active or suspended).
   *
   * @return true if open
   */
  public boolean isOpen() {
    return state.isOpen();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ObligationInstance)) {
      return false;
    }
    ObligationInstance x = (ObligationInstance) o;
    // the id follows from kind, subject and creating event
    return kind == x.kind && Objects.equals(subject, x.subject) && createdBy.equals(x.createdBy)
        && createdOn.equals(x.createdOn) && state == x.state && Objects.equals(movedBy, x.movedBy)
        && movedOn.equals(x.movedOn) && rule.equals(x.rule) && Objects.equals(dueDate, x.dueDate)
        && missedByDays == x.missedByDays && Objects.equals(timeliness, x.timeliness) && getDecision().equals(x.getDecision());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getId(), state, movedOn, dueDate, missedByDays);
  }

  @Override
  public String toString() {
    return getId() + "[" + state + (dueDate == null ? ", " + rule.toString() : ", due " + dueDate)
        + (movedBy == null ? "" : ", by " + movedBy) + ", on " + movedOn
        + (getMissedByDays().isPresent() ? ", missed by " + missedByDays + " days" : "") + "]";
  }
}
