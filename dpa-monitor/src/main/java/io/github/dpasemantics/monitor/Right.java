package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The monitor's working copy of a right opened by an event; {@link ContractState} shows it as an {@link OpenRight} while open. */
final class Right implements Target {
  final RightKind kind;
  /** The right's id, {@code tag@openingEvent:subject}. */
  private final String id;
  final String subject;
  /** The reason it was opened: its code and the values that fill the code's template. */
  final MonitorCode why;
  final Object[] args;
  /** The policy decision behind it, if one stands behind it ({@link Basis}). */
  @Nullable Basis basis;
  final DpaEvent openedBy;
  final LocalDate opensOn;
  @Nullable LocalDate lapsesAfter;
  @Nullable LocalDate closedOn;
  /** The order in which rights were opened. */
  long seq;
  /** Streaming mode: dropped from the live rights as closed or lapsed (a moved window comes back). */
  boolean unlisted;

  Right(RightKind kind, String tag, String subject, DpaEvent openedBy, LocalDate opensOn,
      @Nullable LocalDate lapsesAfter, MonitorCode why, Object[] args) {
    this.kind = kind;
    this.id = Target.idOf(tag, openedBy.getId(), subject);
    this.why = why;
    this.args = why.checked(args);
    this.subject = subject;
    this.openedBy = openedBy;
    this.opensOn = opensOn;
    this.lapsesAfter = lapsesAfter;
  }

  private Right(Right from) {
    this.kind = from.kind;
    this.id = from.id;
    this.why = from.why;
    this.args = from.args;
    this.subject = from.subject;
    this.openedBy = from.openedBy;
    this.opensOn = from.opensOn;
    this.lapsesAfter = from.lapsesAfter;
    this.closedOn = from.closedOn;
    this.basis = from.basis;
    this.seq = from.seq;
    this.unlisted = from.unlisted;
  }

  /** A copy that changes independently of this right (its reason's values are never changed, so shared). */
  Right copy() {
    return new Right(this);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public ClauseId clause() {
    return kind.getClause();
  }

  /** Open on {@code date}: opened, not yet exercised or closed, not lapsed. */
  boolean isOpenOn(LocalDate date) {
    LocalDate lapses = lapsesAfter;
    return !date.isBefore(opensOn) && closedOn == null && (lapses == null || !date.isAfter(lapses));
  }
}
