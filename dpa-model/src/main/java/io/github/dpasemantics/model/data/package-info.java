@DpaStyle
@NullMarked
package io.github.dpasemantics.model.data;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
