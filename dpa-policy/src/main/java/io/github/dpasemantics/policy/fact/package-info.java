/** Named facts that policy methods take instead of positional booleans. */
@NullMarked
package io.github.dpasemantics.policy.fact;

import org.jspecify.annotations.NullMarked;
