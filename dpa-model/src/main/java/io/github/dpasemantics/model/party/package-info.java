@DpaStyle
@NullMarked
package io.github.dpasemantics.model.party;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
