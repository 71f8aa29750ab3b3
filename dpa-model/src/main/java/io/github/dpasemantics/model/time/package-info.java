@DpaStyle
@NullMarked
package io.github.dpasemantics.model.time;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
