package io.github.dpasemantics.monitor;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Monitor#step(MonitorState, io.github.dpasemantics.model.event.DpaEvent)}:
 * the next state, the changes of obligations and rights the event caused, in order, and the
 * event's account (what it triggered, fulfilled or discharged, or why it matched nothing).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param next the state after the event
 * @param changes the changes the event caused (empty if it only recorded a fact or matched nothing)
 * @param account the event's account
 */
public record Step(MonitorState next, List<Change> changes, EventAccount account) {

  /**
   * Checks that no part is null and copies the changes.
   *
   * @param next the state after the event
   * @param changes the changes the event caused
   * @param account the event's account
   */
  public Step {
    Objects.requireNonNull(next, "Step.next must not be null");
    changes = List.copyOf(Objects.requireNonNull(changes, "Step.changes must not be null"));
    Objects.requireNonNull(account, "Step.account must not be null");
  }
}
