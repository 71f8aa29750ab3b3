/**
 * The immutable domain model of the Segment Data Protection Addendum: its clause catalogue,
 * parties and roles, data categories, contract terms, dated events and norms.
 *
 * <p>At run time the module needs only the Jakarta Validation API; Immutables and JSpecify are
 * compile-time annotations. Every package is opened so that a validation provider and data
 * binders can reflect on the value types.
 */
module io.github.dpasemantics.model {
  requires static org.immutables.value;
  requires static org.jspecify;
  requires transitive jakarta.validation;

  exports io.github.dpasemantics.model;
  exports io.github.dpasemantics.model.party;
  exports io.github.dpasemantics.model.clause;
  exports io.github.dpasemantics.model.time;
  exports io.github.dpasemantics.model.contract;
  exports io.github.dpasemantics.model.event;
  exports io.github.dpasemantics.model.data;
  exports io.github.dpasemantics.model.norm;

  opens io.github.dpasemantics.model;
  opens io.github.dpasemantics.model.party;
  opens io.github.dpasemantics.model.clause;
  opens io.github.dpasemantics.model.time;
  opens io.github.dpasemantics.model.contract;
  opens io.github.dpasemantics.model.event;
  opens io.github.dpasemantics.model.data;
  opens io.github.dpasemantics.model.norm;
}
