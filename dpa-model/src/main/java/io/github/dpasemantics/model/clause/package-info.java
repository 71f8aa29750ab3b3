@DpaStyle
@NullMarked
package io.github.dpasemantics.model.clause;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
