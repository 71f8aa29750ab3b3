/**
 * Who is who under the Addendum: the {@link io.github.dpasemantics.model.party.Party} that signs,
 * processes, supplies or receives data; the Affiliate test of 2.1 over an
 * {@link io.github.dpasemantics.model.party.AffiliateGraph} of
 * {@link io.github.dpasemantics.model.party.ControlRelation}s, answered with an
 * {@link io.github.dpasemantics.model.party.AffiliateExplanation};
 * {@link io.github.dpasemantics.model.party.Subprocessor}s (2.10, 2.11, 6.1, 6.2) and Sources and
 * Destinations (5.2); and the {@link io.github.dpasemantics.model.party.Role}s the text assigns
 * under the GDPR, the Standard Contractual Clauses and the CCPA
 * ({@link io.github.dpasemantics.model.party.RoleAssignments}, A.1.3, A.4.3.1, B.2, B.6).
 */
@DpaStyle
@NullMarked
package io.github.dpasemantics.model.party;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
