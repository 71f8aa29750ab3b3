/**
 * Small runnable use cases of the library, one class each, each with a {@code main} that prints
 * its result and a {@code run()} that returns the printed lines (so tests and
 * {@code docs/usecases.md} can check them): incident triage (2.9, 7.3), subprocessor change
 * management (6.3), end-of-contract deletion (9.1, 9.2), audit requests (A.2.2.2), transfers
 * (A.4.3), CCPA use checks (B.3) and embedding the validator.
 */
@NullMarked
package io.github.dpasemantics.examples.usecases;

import org.jspecify.annotations.NullMarked;
