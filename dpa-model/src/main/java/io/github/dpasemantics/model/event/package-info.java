@DpaStyle
@NullMarked
package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
