/**
 * The conformance suite of the Segment DPA, packaged as data: {@link io.github.dpasemantics.conformance.Suite}
 * lists and opens the bundled YAML case files and the JSON Schema of the case format.
 */
package io.github.dpasemantics.conformance;
