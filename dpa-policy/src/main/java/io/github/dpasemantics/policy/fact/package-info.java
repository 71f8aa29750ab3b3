/**
 * Named facts: the inputs of the policy functions that a contract states as yes-or-no conditions,
 * each a type the compiler checks instead of a positional {@code boolean}, so that a swapped pair
 * of arguments does not compile. A two-valued fact is an enum whose constants name both sides in
 * the contract's words ({@code SccStatus.GOVERN} / {@code DO_NOT_GOVERN},
 * {@code Awareness.AWARE} / {@code NOT_AWARE}) and whose {@code of(boolean)} turns a yes/no answer
 * into the fact; independent grounds of one kind are a {@code Set} of an enum
 * ({@code Set<DelayGround>}). Each type's javadoc cites the clause that states the fact. On the
 * command line ({@code dpa decide}) a fact is given by its constant's name.
 */
@NullMarked
package io.github.dpasemantics.policy.fact;

import org.jspecify.annotations.NullMarked;
