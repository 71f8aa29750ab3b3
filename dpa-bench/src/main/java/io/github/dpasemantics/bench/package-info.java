/** JMH benchmarks of the policy functions and the obligation monitor, with a rule-engine baseline. */
@NullMarked
package io.github.dpasemantics.bench;

import org.jspecify.annotations.NullMarked;
