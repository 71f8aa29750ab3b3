/**
 * Pure, explained policy functions over the Segment Data Protection Addendum. Every decision
 * names the clause ids it rests on. The stateful obligation monitor is the separate module
 * {@code io.github.dpasemantics.monitor}.
 *
 * <p>At run time the module needs only {@code io.github.dpasemantics.model} (and, through it, the
 * Jakarta Validation API).
 */
module io.github.dpasemantics.policy {
  requires static org.immutables.value;
  requires static org.jspecify;
  requires transitive io.github.dpasemantics.model;

  exports io.github.dpasemantics.policy;
  exports io.github.dpasemantics.policy.fact;

  opens io.github.dpasemantics.policy;
}
