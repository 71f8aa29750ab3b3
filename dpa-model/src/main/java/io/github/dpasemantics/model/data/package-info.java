/**
 * The vocabulary of data and law the definitions use: the
 * {@link io.github.dpasemantics.model.data.DataProtectionLaw}s (2.2, 2.4, 2.6), the
 * {@link io.github.dpasemantics.model.data.DataCategory}s Customer Data, Customer Personal Data,
 * Personal Data and Usage Data (2.3, 2.8, A.1.3), the facts about a piece of data in a
 * {@link io.github.dpasemantics.model.data.DataDescriptor} from which the policy functions decide
 * those categories, and countries with the dated EU and EEA membership that A.4.2 and A.4.3 depend
 * on ({@link io.github.dpasemantics.model.data.CountryCode},
 * {@link io.github.dpasemantics.model.data.EuMemberStates}).
 */
@DpaStyle
@NullMarked
package io.github.dpasemantics.model.data;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
