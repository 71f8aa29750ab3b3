package io.github.dpasemantics.policy.monitor;

import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.policy.Decision;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The monitor's working copy of a right opened by an event; {@link ContractState} shows it as an {@link OpenRight} while open. */
final class Right {
  final RightKind kind;
  final String id;
  final @Nullable String subject;
  final @Nullable DpaEvent openedBy;
  final LocalDate opensOn;
  @Nullable LocalDate lapsesAfter;
  @Nullable LocalDate closedOn;
  final MonitorCode why;
  final Object[] args;
  @Nullable Supplier<Decision<?>> basis;
  /** The order in which rights were opened. */
  long seq;
  /** Streaming mode: dropped from the live rights as closed or lapsed (a moved window comes back). */
  boolean unlisted;

  Right(RightKind kind, String id, @Nullable String subject, @Nullable DpaEvent openedBy, LocalDate opensOn,
      @Nullable LocalDate lapsesAfter, MonitorCode why, Object[] args) {
    this.kind = kind;
    this.id = id;
    this.subject = subject;
    this.openedBy = openedBy;
    this.opensOn = opensOn;
    this.lapsesAfter = lapsesAfter;
    this.why = why;
    this.args = args;
  }

  /** Open on {@code date}: opened, not yet exercised or closed, not lapsed. */
  boolean isOpenOn(LocalDate date) {
    LocalDate lapses = lapsesAfter;
    return !date.isBefore(opensOn) && closedOn == null && (lapses == null || !date.isAfter(lapses));
  }
}
