package io.github.dpasemantics.policy.monitor;

import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.policy.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one input event did (DESIGN.md principle 6, "nothing is lost"): the effects it had on
 * obligation instances, rights and recorded facts, or, if it matched nothing, the reason why
 * (for example "objection to Subprocessor S, of which Customer was never notified"). Every event
 * given to a monitor has exactly one account.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventAccount {
  private final DpaEvent event;
  private final List<Effect> effects;
  private final boolean unmatched;
  private final Reason reason;

  EventAccount(DpaEvent event, List<Effect> effects, boolean unmatched, Reason reason) {
    this.event = event;
    this.effects = effects;
    this.unmatched = unmatched;
    this.reason = reason;
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
    return reason;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof EventAccount)) {
      return false;
    }
    EventAccount a = (EventAccount) o;
    return event.equals(a.event) && effects.equals(a.effects) && unmatched == a.unmatched && reason.equals(a.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event.getId(), effects, unmatched);
  }

  @Override
  public String toString() {
    return event.getId() + " " + event.getDate() + " " + event.getType() + (unmatched ? " UNMATCHED " : " " + effects + " ")
        + reason.getText();
  }
}
