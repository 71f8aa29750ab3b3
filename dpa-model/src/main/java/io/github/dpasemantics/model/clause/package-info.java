/**
 * The text of the Addendum as data: every numbered unit (body clauses such as {@code 6.3}, Annex A
 * clauses such as {@code A.2.2.2}, Annex B clauses such as {@code B.3}) as a
 * {@link io.github.dpasemantics.model.clause.Clause} with its
 * {@link io.github.dpasemantics.model.clause.ClauseId}, heading, verbatim text, normative kind, the
 * parties it binds and benefits, the cross-references it makes and the terms it defines (2.1-2.11,
 * A.1.1, B.1). {@link io.github.dpasemantics.model.clause.SegmentDpa} parses the seed text with
 * {@link io.github.dpasemantics.model.clause.DpaTextParser} into a
 * {@link io.github.dpasemantics.model.clause.ClauseCatalog}, which looks clauses up by id,
 * normative kind, party and defined term.
 */
@DpaStyle
@NullMarked
package io.github.dpasemantics.model.clause;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
