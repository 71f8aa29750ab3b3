/**
 * One contract under the Addendum: the {@link io.github.dpasemantics.model.contract.Agreement} it
 * forms part of (1, 3.1), the signed {@link io.github.dpasemantics.model.contract.Addendum} and its
 * effective date (1), the {@link io.github.dpasemantics.model.contract.Annex}es and the
 * {@link io.github.dpasemantics.model.contract.AnnexFacts} that decide whether each applies (4),
 * the precedence of the Addendum over the Agreement (3.1), the end of the Agreement that ends the
 * Addendum (3.4), the contract's numbers in {@link io.github.dpasemantics.model.contract.DpaTerms},
 * and the whole bundled as a {@link io.github.dpasemantics.model.contract.ContractInstance} for the
 * policy functions and the monitor.
 */
@DpaStyle
@NullMarked
package io.github.dpasemantics.model.contract;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
