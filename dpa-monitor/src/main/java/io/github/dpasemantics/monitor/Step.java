package io.github.dpasemantics.monitor;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Monitor#step(MonitorState, io.github.dpasemantics.model.event.DpaEvent)}:
 * the next state, the changes of obligations and rights the event caused, in order, and the
 * event's account (what it triggered, fulfilled or discharged, or why it matched nothing), and, for
 * a streaming state ({@link MonitorState#streaming}), the obligations the event closed, which the
 * next state no longer keeps (hand them to a store or a {@link MonitorSink}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param next the state after the event
 * @param changes the changes the event caused (empty if it only recorded a fact or matched nothing)
 * @param account the event's account
 * @param closed streaming: the obligations the event closed, as of the day each closed; otherwise empty
 */
public record Step(MonitorState next, List<Change> changes, EventAccount account, List<ObligationInstance> closed) {

  /**
   * Checks that no part is null and copies the changes.
   *
   * @param next the state after the event
   * @param changes the changes the event caused
   * @param account the event's account
   * @param closed the obligations the event closed (streaming)
   */
  public Step {
    Objects.requireNonNull(next, "Step.next must not be null");
    changes = List.copyOf(Objects.requireNonNull(changes, "Step.changes must not be null"));
    Objects.requireNonNull(account, "Step.account must not be null");
    closed = List.copyOf(Objects.requireNonNull(closed, "Step.closed must not be null"));
  }

  /**
   * A step that closed nothing for a streaming consumer (a step of a full state).
   *
   * @param next the state after the event
   * @param changes the changes the event caused
   * @param account the event's account
   */
  public Step(MonitorState next, List<Change> changes, EventAccount account) {
    this(next, changes, account, List.of());
  }
}
