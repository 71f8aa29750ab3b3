package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The monitor's working copy of a right opened by an event; {@link ContractState} shows it as an {@link OpenRight} while open. */
final class Right extends Explained {
  final RightKind kind;
  /** The first part of the id, a constant such as {@code "6.3-objection"}. */
  private final String tag;
  private @Nullable String id;
  final String subject;
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
    super(why, args);
    this.kind = kind;
    this.tag = tag;
    this.subject = subject;
    this.openedBy = openedBy;
    this.opensOn = opensOn;
    this.lapsesAfter = lapsesAfter;
  }

  /**
   * The right's id, {@code tag@openingEvent:subject}: built on first use (most rights are never
   * shown), from final fields only, so racing first uses build equal strings.
   */
  @Override
  public String id() {
    String s = id;
    if (s == null) {
      s = Target.idOf(tag, openedBy.getId(), subject);
      id = s;
    }
    return s;
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
