/**
 * Pure, explained policy functions over the Segment Data Protection Addendum: one class per
 * clause group, each method returning a {@link io.github.dpasemantics.policy.Decision} that cites
 * the clauses it rests on.
 */
@NullMarked
package io.github.dpasemantics.policy;

import org.jspecify.annotations.NullMarked;
