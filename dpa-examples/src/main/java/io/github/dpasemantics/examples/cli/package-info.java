/**
 * The {@code dpa} command line: picocli commands, exit codes (0 ok, 2 invalid input, 1 unexpected failure) and the terminal renderings.
 */
@NullMarked
package io.github.dpasemantics.examples.cli;

import org.jspecify.annotations.NullMarked;
