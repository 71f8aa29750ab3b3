/**
 * The bundled default scenario: a realistic year under the Segment Data Protection Addendum, replayed by the obligation monitor.
 */
@NullMarked
package io.github.dpasemantics.examples.scenario;

import org.jspecify.annotations.NullMarked;
