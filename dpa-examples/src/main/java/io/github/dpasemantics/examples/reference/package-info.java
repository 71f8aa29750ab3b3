/**
 * The literate HTML reference of the Segment Data Protection Addendum: the contract text clause by
 * clause with its kinds, parties, resolved cross-references, deciding policies, interpretation
 * notes and worked examples computed by the library when the page is generated, plus the
 * clause-coverage summary and the monitor's lifecycle diagram. Entry point:
 * {@link io.github.dpasemantics.examples.reference.ReferenceGenerator#generate(java.nio.file.Path)}.
 */
@NullMarked
package io.github.dpasemantics.examples.reference;

import org.jspecify.annotations.NullMarked;
