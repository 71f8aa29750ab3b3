/**
 * Worked examples of each use case, the {@code dpa} command line and the literate HTML reference
 * of the Segment Data Protection Addendum.
 */
@NullMarked
package io.github.dpasemantics.examples;

import org.jspecify.annotations.NullMarked;
