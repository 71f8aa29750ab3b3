/** The immutable model of the Segment Data Protection Addendum. */
@NullMarked
package io.github.dpasemantics.model;

import org.jspecify.annotations.NullMarked;
