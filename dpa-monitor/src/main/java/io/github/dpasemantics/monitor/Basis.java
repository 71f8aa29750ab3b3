package io.github.dpasemantics.monitor;

import io.github.dpasemantics.policy.Decision;

/**
 * The policy decision behind an obligation's or a right's state ({@link WorkingObligation#basis},
 * {@link Right#basis}), built only when the state's {@link Decision} is shown, as a function of the
 * contract's {@link Rules}: whoever shows it ({@link Snapshot}) hands it the rules, so a basis
 * holds only the facts of its decision (dates, event values) and never needs to capture the
 * {@link Engine}, one of its handlers, or the rules themselves. That matters because a streaming
 * step copies the engine and shares each basis with the copy (as do the {@link ObligationInstance}
 * views handed to a sink): a basis that captured an engine would keep that engine, with all its
 * matters, alive for as long as the obligation lives, and with it every earlier copy (the property
 * {@code MonitorFoldProperties.aStreamingStateReachesOneEngine} checks that it does not).
 */
@FunctionalInterface
interface Basis {
  /**
   * The decision, given the contract's rules.
   *
   * @param rules the rules of the contract the obligation or right belongs to
   * @return the decision
   */
  Decision<?> decide(Rules rules);
}
