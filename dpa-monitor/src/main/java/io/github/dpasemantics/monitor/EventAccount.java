package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.policy.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one input event did (nothing is lost: the "Accounting" section of docs/monitor.md): the
 * effects it had on obligation instances, rights and recorded facts, or, if it matched nothing, the
 * reason why (for example "objection to Subprocessor S, of which Customer was never notified").
 * Every event given to a monitor has exactly one account.
 *
 * <p>An account keeps its effects and its reason's code and values, and words the {@link Reason}
 * when asked.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventAccount {
  private final DpaEvent event;
  private final List<Effect> effects;
  private final boolean unmatched;
  private final MonitorCode code;
  private final Object[] values;
  /** The clause of the obligation an unmatched event concerns, if it names one ({@link AccountBuilder#concerns}). */
  private final @Nullable ClauseId concerns;

  /**
   * An account of what {@code event} did: its effects, in order (an unmodifiable list), and its
   * reason ({@code code} with {@code values}, not changed afterwards), and the clause of the
   * obligation an unmatched event concerns, if any.
   */
  EventAccount(DpaEvent event, List<Effect> effects, boolean unmatched, MonitorCode code, Object[] values,
      @Nullable ClauseId concerns) {
    this.event = event;
    this.effects = effects;
    this.unmatched = unmatched;
    this.code = code;
    this.values = values;
    this.concerns = concerns;
  }

  /**
   * Returns the event accounted for.
   *
   * @return the event
   */
  public DpaEvent getEvent() {
    return event;
  }

  /**
   * Returns the event's id.
   *
   * @return the id
   */
  public String getEventId() {
    return event.getId();
  }

  /**
   * Returns the event's date.
   *
   * @return the date
   */
  public LocalDate getDate() {
    return event.getDate();
  }

  /**
   * Returns the event's type.
   *
   * @return the type
   */
  public EventType getType() {
    return event.getType();
  }

  /**
   * Returns what the event did, in order; empty exactly when the event is unmatched.
   *
   * @return the effects
   */
  public List<Effect> getEffects() {
    return effects;
  }

  /**
   * Tells whether the event matched nothing: it created, fulfilled, violated, discharged,
   * suspended or recorded nothing. {@link #getReason()} says why.
   *
   * @return true if unmatched
   */
  public boolean isUnmatched() {
    return unmatched;
  }

  /**
   * Returns the reason: for a matched event, what its main effect was and why; for an unmatched
   * one, why it matched nothing. The reason cites its clause.
   *
   * @return the reason
   */
  public Reason getReason() {
    if (effects.isEmpty()) {
      // an event about a matter of a known kind: the clause of that kind's obligation (A.2.2.4 for an
      // unmatched NonComplianceNotified), never one fixed to another kind
      ClauseId about = concerns;
      return code.reason(about != null ? about : code.clause(), values);
    }
    // the clause of what the main (first) effect touched: an instance's or right's own clause
    Effect main = effects.get(0);
    Target t = main.target();
    return code.reason(t != null ? t.clause() : main.getClause(), values);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof EventAccount)) {
      return false;
    }
    EventAccount a = (EventAccount) o;
    return event.equals(a.event) && effects.equals(a.effects) && unmatched == a.unmatched
        && getReason().equals(a.getReason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(event.getId(), effects, unmatched);
  }

  @Override
  public String toString() {
    return event.getId() + " " + event.getDate() + " " + event.getType()
        + (unmatched ? " UNMATCHED " : " " + getEffects() + " ") + getReason().getText();
  }
}
