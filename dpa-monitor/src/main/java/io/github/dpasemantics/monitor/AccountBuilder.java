package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.DpaEvent;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the event being applied has done so far: its effects, in order, and its reason. The engine
 * has one and {@link #reset}s it for each event; {@link #toAccount()} makes the event's immutable
 * {@link EventAccount}, which a full engine keeps and a streaming engine hands to its sink.
 */
final class AccountBuilder {
  private static final Object[] NO_VALUES = new Object[0];

  private DpaEvent event;
  private final ArrayList<Effect> effects = new ArrayList<>(2);
  private MonitorCode code = MonitorCode.NOTHING_TO_MATCH;
  private Object[] values = NO_VALUES;
  /** Whether a reason was given: the first one given stands. */
  private boolean explained;
  private boolean unmatched;
  /**
   * The clause of the obligation an unmatched event concerns (the kind of the matter it names), if
   * known: a reason that {@linkplain MonitorCode#citesItsObligation() cites its obligation} cites it.
   */
  private @Nullable ClauseId concerns;

  AccountBuilder(DpaEvent event) {
    this.event = event;
  }

  /** Starts the record of another event. */
  void reset(DpaEvent e) {
    event = e;
    effects.clear();
    code = MonitorCode.NOTHING_TO_MATCH;
    values = NO_VALUES;
    explained = false;
    unmatched = false;
    concerns = null;
  }

  /** Adds an effect on an obligation instance or a right, under {@code clause}. */
  void add(EffectKind kind, Target target, ClauseId clause) {
    effects.add(new Effect(kind, target, target.id(), clause));
  }

  /** Adds an effect on a recorded fact named {@code targetId} (such as {@code "agreement"}). */
  void add(EffectKind kind, String targetId, ClauseId clause) {
    effects.add(new Effect(kind, targetId, clause));
  }

  /** The effects so far, in order. */
  List<Effect> effects() {
    return effects;
  }

  /** Marks the event as matching nothing (its reason says why). */
  void unmatched() {
    unmatched = true;
  }

  /** Marks the event as concerning an obligation with {@code clause} (the first one given stands). */
  void concerns(ClauseId clause) {
    if (concerns == null) {
      concerns = clause;
    }
  }

  /** Sets the account's reason, keeping the first one given. */
  void because(MonitorCode c, Object[] a) {
    if (!explained) {
      code = c;
      values = c.checked(a);
      explained = true;
    }
  }

  /** The account of the event, with the effects and reason recorded so far. */
  EventAccount toAccount() {
    return new EventAccount(event, List.copyOf(effects), unmatched, code, values, concerns);
  }
}
