package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.DpaEvent;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The monitor's working record of what one event did, while the engine applies it; an engine has
 * one and {@link #reset}s it for each event. A full engine then keeps its {@link EventAccount} in a
 * list; a streaming engine hands that account to its sink.
 */
final class Acct {
  private static final Object[] NO_ARGS = new Object[0];
  private static final Effect[] NO_EFFECTS = new Effect[0];

  DpaEvent event;
  // the first effect, kept in fields (most events have exactly one): no Effect object per event
  private @Nullable EffectKind kind1;
  private @Nullable Target target1;
  private String prefix1 = "";
  private @Nullable String suffix1;
  private @Nullable ClauseId clause1;
  /**
   * The other effects, in an array of their exact number (most events have none, a few one or
   * two): handed as it is to the account, and never changed once another effect is added or the
   * record {@link #reset}.
   */
  private Effect[] more = NO_EFFECTS;
  MonitorCode code = MonitorCode.NOTHING_TO_MATCH;
  Object[] args = NO_ARGS;
  boolean explained;
  boolean unmatched;

  Acct(DpaEvent event) {
    this.event = event;
  }

  /** Starts the record of another event. */
  void reset(DpaEvent e) {
    event = e;
    kind1 = null;
    target1 = null;
    prefix1 = "";
    suffix1 = null;
    clause1 = null;
    more = NO_EFFECTS;
    code = MonitorCode.NOTHING_TO_MATCH;
    args = NO_ARGS;
    explained = false;
    unmatched = false;
  }

  /** Adds an effect on an obligation instance or a right. */
  void add(EffectKind kind, Target target, ClauseId clause) {
    add(kind, target, "", null, clause);
  }

  /** Adds an effect on the target named {@code prefix + suffix} ({@code suffix} null: {@code prefix} alone). */
  void add(EffectKind kind, String prefix, @Nullable String suffix, ClauseId clause) {
    add(kind, null, prefix, suffix, clause);
  }

  private void add(EffectKind kind, @Nullable Target target, String prefix, @Nullable String suffix, ClauseId clause) {
    if (kind1 == null) {
      kind1 = kind;
      target1 = target;
      prefix1 = prefix;
      suffix1 = suffix;
      clause1 = clause;
      return;
    }
    Effect[] m = Arrays.copyOf(more, more.length + 1);
    m[m.length - 1] = new Effect(kind, target, prefix, suffix, clause);
    more = m;
  }

  /** The instance or right the first effect touched, if any. */
  @Nullable Target target1() {
    return target1;
  }

  /** The instance the first effect touched, if any. */
  @Nullable Inst firstInst() {
    return target1 instanceof Inst ? (Inst) target1 : null;
  }

  /** The effects after the first, in an array of their number that is never changed; null if none. */
  Effect @Nullable [] more() {
    return more.length == 0 ? null : more;
  }

  @Nullable EffectKind kind1() {
    return kind1;
  }

  String prefix1() {
    return prefix1;
  }

  @Nullable String suffix1() {
    return suffix1;
  }

  @Nullable ClauseId clause1() {
    return clause1;
  }

  /** Sets the account's reason, keeping the first one given. */
  void because(MonitorCode c, Object[] a) {
    if (!explained) {
      code = c;
      args = c.checked(a);
      explained = true;
    }
  }

  /** The account of the event: it keeps this record's values ({@link #reset} starts new ones, it changes none). */
  EventAccount toAccount() {
    return new EventAccount(event, kind1, target1, prefix1, suffix1, clause1, more(), unmatched, code, args);
  }
}
