@DpaStyle
@NullMarked
package io.github.dpasemantics.model.contract;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
