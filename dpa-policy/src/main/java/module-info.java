/**
 * Pure, explained policy functions over the Segment Data Protection Addendum and the obligation
 * monitor that replays dated events under it. Every decision names the clause ids it rests on.
 *
 * <p>At run time the module needs only {@code io.github.dpasemantics.model} (and, through it, the
 * Jakarta Validation API).
 */
module io.github.dpasemantics.policy {
  requires static org.immutables.value;
  requires static org.jspecify;
  requires transitive io.github.dpasemantics.model;

  exports io.github.dpasemantics.policy;
  exports io.github.dpasemantics.policy.monitor;

  opens io.github.dpasemantics.policy;
  opens io.github.dpasemantics.policy.monitor;
}
