package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Decision;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A right or power that is open as of a date: which one ({@link RightKind}, with clause, holder
 * and counterparty), what it is about, the event that opened it (empty for a right that runs from
 * the Addendum itself, such as the yearly audit), the first day it may be exercised, the last day
 * it may be exercised (empty where the text sets none, e.g. termination for convenience under
 * 6.3), and the {@link Decision} that opened it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OpenRight {
  private final String id;
  private final RightKind kind;
  private final @Nullable String subject;
  private final @Nullable String openedBy;
  private final LocalDate opensOn;
  private final @Nullable LocalDate lapsesAfter;
  private final Decision<Boolean> decision;

  OpenRight(String id, RightKind kind, @Nullable String subject, @Nullable String openedBy, LocalDate opensOn,
      @Nullable LocalDate lapsesAfter, Decision<Boolean> decision) {
    this.id = id;
    this.kind = kind;
    this.subject = subject;
    this.openedBy = openedBy;
    this.opensOn = opensOn;
    this.lapsesAfter = lapsesAfter;
    this.decision = decision;
  }

  /**
   * Returns the right's id, e.g. {@code "6.3-objection@evt-4:subprocessor=acme-cloud"} or
   * {@code "A.2.2.2-audit:2024"}.
   *
   * @return the id
   */
  public String getId() {
    return id;
  }

  /**
   * Returns which right this is.
   *
   * @return the kind
   */
  public RightKind getKind() {
    return kind;
  }

  /**
   * Returns the clause granting it.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return kind.getClause();
  }

  /**
   * Returns the holder.
   *
   * @return the party that may exercise the right
   */
  public PartyKind getHolder() {
    return kind.getHolder();
  }

  /**
   * Returns what the right is about: a Subprocessor id, an auditor, or empty for the contract.
   *
   * @return the subject
   */
  public Optional<String> getSubject() {
    return Optional.ofNullable(subject);
  }

  /**
   * Returns the id of the event that opened the right, or empty for rights that run from the
   * Addendum (the yearly audit, A.2.2.2) or from the Agreement's end date as given in the contract.
   *
   * @return the event id, or empty
   */
  public Optional<String> getOpenedBy() {
    return Optional.ofNullable(openedBy);
  }

  /**
   * Returns the first day the right may be exercised.
   *
   * @return the date
   */
  public LocalDate getOpensOn() {
    return opensOn;
  }

  /**
   * Returns the last day the right may be exercised; it lapses at the end of this day. Empty
   * where the text sets no limit.
   *
   * @return the last day, or empty
   */
  public Optional<LocalDate> getLapsesAfter() {
    return Optional.ofNullable(lapsesAfter);
  }

  /**
   * Returns the decision that opened the right (outcome {@code true}), with its clauses, reasons
   * and window.
   *
   * @return the decision
   */
  public Decision<Boolean> getDecision() {
    return decision;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof OpenRight)) {
      return false;
    }
    OpenRight r = (OpenRight) o;
    return id.equals(r.id) && kind == r.kind && Objects.equals(subject, r.subject) && Objects.equals(openedBy, r.openedBy)
        && opensOn.equals(r.opensOn) && Objects.equals(lapsesAfter, r.lapsesAfter) && decision.equals(r.decision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, opensOn, lapsesAfter);
  }

  @Override
  public String toString() {
    return id + "[open from " + opensOn + (lapsesAfter == null ? ", no lapse" : ", until " + lapsesAfter) + "]";
  }
}
