/**
 * The dated events a contract's timeline is made of, from the Addendum's signature (1) through
 * subprocessor engagement, notice and objection (6.3), security incidents (7), data subject
 * requests, audits and deletion after termination (9.1): a closed family rooted at
 * {@link io.github.dpasemantics.model.event.DpaEvent}, each event carrying its id, its day in the
 * contract's zone, the party that performed it and the facts the norms it triggers or discharges
 * need, with its kind named by an {@link io.github.dpasemantics.model.event.EventType}.
 */
@DpaStyle
@NullMarked
package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
