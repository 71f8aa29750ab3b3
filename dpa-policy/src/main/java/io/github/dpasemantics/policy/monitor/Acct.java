package io.github.dpasemantics.policy.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.DpaEvent;
import java.util.ArrayList;
import java.util.List;
import io.github.dpasemantics.policy.Reason;
import org.jspecify.annotations.Nullable;

/** The monitor's working record of what one event did; {@link ContractState} shows it as an {@link EventAccount}. */
final class Acct {
  private static final Object[] NO_ARGS = new Object[0];

  final DpaEvent event;
  // the first effect, kept in fields (most events have exactly one): no Effect object per event
  private @Nullable EffectKind kind1;
  private @Nullable Inst inst1;
  private String prefix1 = "";
  private @Nullable String suffix1;
  private @Nullable ClauseId clause1;
  @Nullable ArrayList<Effect> more;
  MonitorCode code = MonitorCode.NOTHING_TO_MATCH;
  Object[] args = NO_ARGS;
  boolean explained;
  boolean unmatched;

  Acct(DpaEvent event) {
    this.event = event;
  }

  /** Adds an effect on an obligation instance. */
  void add(EffectKind kind, Inst inst, ClauseId clause) {
    add(kind, inst, "", null, clause);
  }

  /** Adds an effect on the target named {@code prefix + suffix} ({@code suffix} null: {@code prefix} alone). */
  void add(EffectKind kind, String prefix, @Nullable String suffix, ClauseId clause) {
    add(kind, null, prefix, suffix, clause);
  }

  private void add(EffectKind kind, @Nullable Inst inst, String prefix, @Nullable String suffix, ClauseId clause) {
    if (kind1 == null) {
      kind1 = kind;
      inst1 = inst;
      prefix1 = prefix;
      suffix1 = suffix;
      clause1 = clause;
      return;
    }
    ArrayList<Effect> m = more;
    if (m == null) {
      m = new ArrayList<>(2);
      more = m;
    }
    m.add(new Effect(kind, inst, prefix, suffix, clause));
  }

  /** The instance the first effect touched, if any. */
  @Nullable Inst firstInst() {
    return inst1;
  }

  /** Sets the account's reason, keeping the first one given. */
  void because(MonitorCode c, Object[] a) {
    if (!explained) {
      code = c;
      args = a;
      explained = true;
    }
  }

  EventAccount toAccount() {
    return new EventAccount(event, effects(), unmatched, Reason.of(code, args));
  }

  List<Effect> effects() {
    EffectKind k = kind1;
    ClauseId c = clause1;
    if (k == null || c == null) {
      return List.of();
    }
    Effect f = new Effect(k, inst1, prefix1, suffix1, c);
    ArrayList<Effect> m = more;
    if (m == null) {
      return List.of(f);
    }
    List<Effect> out = new ArrayList<>(m.size() + 1);
    out.add(f);
    out.addAll(m);
    return List.copyOf(out);
  }
}
