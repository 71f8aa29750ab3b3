@DpaStyle
@NullMarked
package io.github.dpasemantics.model.norm;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
