package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.policy.Reason;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One change of one obligation or right: what happened ({@link ChangeKind}), to which instance or
 * right (its id, the norm it instantiates, its clause and matter), on which day, and why in words
 * (the reason of the event's account, or of the passing of time).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind what happened
 * @param targetId the id of the obligation instance or right
 * @param normId the id of the norm it instantiates ({@code Norms.segmentDpa()})
 * @param clause the clause of that norm
 * @param subject the matter (incident, request, Subprocessor, audit id), if the norm has one
 * @param date the day it happened
 * @param eventId the event that caused it; empty for a change by the passing of time
 * @param reason why: a code, the clause it cites and its values; {@code reason.getText()} words it
 */
public record Change(ChangeKind kind, String targetId, String normId, ClauseId clause, Optional<String> subject,
    LocalDate date, Optional<String> eventId, Reason reason) {

  /**
   * Checks that no part is null.
   *
   * @param kind what happened
   * @param targetId the id of the obligation instance or right
   * @param normId the id of the norm it instantiates
   * @param clause the clause of that norm
   * @param subject the matter, if any
   * @param date the day it happened
   * @param eventId the event that caused it, or empty
   * @param reason why
   */
  public Change {
    Objects.requireNonNull(kind, "Change.kind must not be null");
    Objects.requireNonNull(targetId, "Change.targetId must not be null");
    Objects.requireNonNull(normId, "Change.normId must not be null");
    Objects.requireNonNull(clause, "Change.clause must not be null");
    Objects.requireNonNull(subject, "Change.subject must not be null");
    Objects.requireNonNull(date, "Change.date must not be null");
    Objects.requireNonNull(eventId, "Change.eventId must not be null");
    Objects.requireNonNull(reason, "Change.reason must not be null");
  }

  static Change of(ChangeKind kind, ObligationInstance o, LocalDate date, @Nullable String eventId, Reason reason) {
    return new Change(kind, o.getId(), o.getKind().getNorm().getId(), o.getClause(), o.getSubject(), date,
        Optional.ofNullable(eventId), reason);
  }

  static Change of(ChangeKind kind, OpenRight r, LocalDate date, Reason reason) {
    return new Change(kind, r.getId(), r.getKind().getNorm().getId(), r.getClause(), r.getSubject(), date,
        Optional.empty(), reason);
  }

  @Override
  public String toString() {
    return date + " " + kind + " " + targetId + " (" + clause + "): " + reason.getText();
  }
}
