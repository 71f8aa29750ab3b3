package io.github.dpasemantics.policy.monitor;

import io.github.dpasemantics.model.event.DpaEvent;
import java.util.ArrayList;
import java.util.List;
import io.github.dpasemantics.policy.Reason;
import org.jspecify.annotations.Nullable;

/** The monitor's working record of what one event did; {@link ContractState} shows it as an {@link EventAccount}. */
final class Acct {
  private static final Object[] NO_ARGS = new Object[0];

  final DpaEvent event;
  @Nullable Effect first;
  @Nullable ArrayList<Effect> more;
  MonitorCode code = MonitorCode.NOTHING_TO_MATCH;
  Object[] args = NO_ARGS;
  boolean explained;
  boolean unmatched;

  Acct(DpaEvent event) {
    this.event = event;
  }

  void add(Effect e) {
    if (first == null) {
      first = e;
      return;
    }
    ArrayList<Effect> m = more;
    if (m == null) {
      m = new ArrayList<>(2);
      more = m;
    }
    m.add(e);
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
    Effect f = first;
    if (f == null) {
      return List.of();
    }
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
