/**
 * The JSON output of the {@code dpa} command line as typed records: {@link
 * io.github.dpasemantics.json.output.MonitorOutput} for {@code dpa monitor} and {@code dpa run},
 * {@link io.github.dpasemantics.json.output.DecisionOutput} for {@code dpa decide} (and every
 * decision inside a monitor report), {@link io.github.dpasemantics.json.output.ClauseOutput} for
 * {@code dpa clause}, {@link io.github.dpasemantics.json.output.PolicyOutput} for each item of
 * {@code dpa policies}. Each record's components are the document's members in their order; a
 * component's description ({@code @JsonPropertyDescription}, the same sentence as its javadoc) is
 * the published schema's ({@code docs/schemas/*-output.schema.json}, generated from these records
 * by {@link io.github.dpasemantics.json.SchemaGenerator}). An {@code Optional} component is left
 * out when empty, a list marked {@code NON_EMPTY} when empty; every other member is always there.
 */
@NullMarked
package io.github.dpasemantics.json.output;

import org.jspecify.annotations.NullMarked;
