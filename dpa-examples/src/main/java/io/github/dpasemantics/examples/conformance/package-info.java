/**
 * The conformance runner: reads the YAML case files of dpa-conformance (docs/conformance.md) with
 * the place of every value ({@link io.github.dpasemantics.examples.conformance.CaseReader}), runs
 * each case ({@link io.github.dpasemantics.examples.conformance.CaseRunner}) and measures what the
 * suite covers ({@link io.github.dpasemantics.examples.conformance.Coverage}). Only two classes
 * call the library: {@link io.github.dpasemantics.examples.conformance.PolicyCalls} (as
 * {@code dpa decide}) and {@link io.github.dpasemantics.examples.conformance.MonitorCalls} (as
 * {@code dpa monitor}).
 */
@NullMarked
package io.github.dpasemantics.examples.conformance;

import org.jspecify.annotations.NullMarked;
