/**
 * The obligations, permissions, prohibitions and rights the Addendum creates, as data: each
 * {@link io.github.dpasemantics.model.norm.Norm} names its bearer and beneficiary, cites its
 * clause, and states what {@link io.github.dpasemantics.model.norm.Trigger} creates an instance of
 * it, by when it is owed, under which named {@link io.github.dpasemantics.model.norm.Condition}s it
 * applies and which {@link io.github.dpasemantics.model.norm.Exemption}s suspend or discharge it
 * ("unless prohibited by applicable law", the expedited engagement of 6.3).
 * {@link io.github.dpasemantics.model.norm.SegmentDpaNorms} is the catalogue for the seed text,
 * clause by clause.
 */
@DpaStyle
@NullMarked
package io.github.dpasemantics.model.norm;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
