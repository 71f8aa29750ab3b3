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
 * <p>An account keeps the parts of its first effect and of its reason, and builds the
 * {@link Effect} list and the {@link Reason} when asked: a streaming monitor makes one account
 * per event for its sink, and a sink that only counts or files them need not pay for the rest.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventAccount {
  private final DpaEvent event;
  // the first effect's parts (kind null: no effect), then the others
  private final @Nullable EffectKind kind;
  private final @Nullable Target target;
  private final String prefix;
  private final @Nullable String suffix;
  private final @Nullable ClauseId clause;
  private final Effect @Nullable [] more;
  private final boolean unmatched;
  private final MonitorCode code;
  private final Object[] args;
  /** The effects, built on first use; racy but safe: every thread builds an equal immutable list. */
  private @Nullable List<Effect> effects;

  /**
   * An account of what {@code event} did: its first effect (of {@code kind} on {@code target} or on
   * the target {@code prefix + suffix}, under {@code clause}; none if {@code kind} is null), the
   * others ({@code more}, not changed afterwards), and its reason ({@code code} and {@code args},
   * not changed afterwards).
   */
  EventAccount(DpaEvent event, @Nullable EffectKind kind, @Nullable Target target, String prefix, @Nullable String suffix,
      @Nullable ClauseId clause, Effect @Nullable [] more, boolean unmatched, MonitorCode code, Object[] args) {
    this.event = event;
    this.kind = kind;
    this.target = target;
    this.prefix = prefix;
    this.suffix = suffix;
    this.clause = clause;
    this.more = more;
    this.unmatched = unmatched;
    this.code = code;
    this.args = args;
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
    List<Effect> e = effects;
    if (e == null) {
      EffectKind k = kind;
      ClauseId c = clause;
      if (k == null || c == null) {
        e = List.of();
      } else {
        Effect first = new Effect(k, target, prefix, suffix, c);
        Effect[] m = more;
        if (m == null) {
          e = List.of(first);
        } else {
          Effect[] all = new Effect[m.length + 1];
          all[0] = first;
          System.arraycopy(m, 0, all, 1, m.length);
          e = List.of(all);
        }
      }
      effects = e;
    }
    return e;
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
    Target t = target;
    ClauseId c = clause;
    return code.reason(t != null ? t.clause() : c != null ? c : code.clause(), args);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof EventAccount)) {
      return false;
    }
    EventAccount a = (EventAccount) o;
    return event.equals(a.event) && getEffects().equals(a.getEffects()) && unmatched == a.unmatched
        && getReason().equals(a.getReason());
  }

  @Override
  public int hashCode() {
    return Objects.hash(event.getId(), getEffects(), unmatched);
  }

  @Override
  public String toString() {
    return event.getId() + " " + event.getDate() + " " + event.getType()
        + (unmatched ? " UNMATCHED " : " " + getEffects() + " ") + getReason().getText();
  }
}
