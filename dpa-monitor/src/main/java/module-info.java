/**
 * The obligation monitor of the Segment Data Protection Addendum: replays a contract's dated
 * events into obligation instances, rights and accounts. Every judgement (deadlines, timeliness,
 * classification) comes from the pure policy functions of {@code io.github.dpasemantics.policy}.
 *
 * <p>At run time the module needs only {@code io.github.dpasemantics.policy} (and, through it,
 * {@code io.github.dpasemantics.model} and the Jakarta Validation API).
 */
module io.github.dpasemantics.monitor {
  requires static org.immutables.value;
  requires static org.jspecify;
  requires transitive io.github.dpasemantics.policy;

  exports io.github.dpasemantics.monitor;

  opens io.github.dpasemantics.monitor;
}
