/**
 * Contract time: the one conversion of an instant into a contract date in the contract's zone
 * ({@link io.github.dpasemantics.model.time.ContractDates}), the inclusive
 * {@link io.github.dpasemantics.model.time.Window}s within which something must or may happen, and
 * the {@link io.github.dpasemantics.model.time.DeadlineRule}s that compute them from the words of
 * the text ("at least ten (10) calendar days before" and "within five (5) calendar days after" in
 * 6.3), counting calendar or business days
 * ({@link io.github.dpasemantics.model.time.BusinessCalendar}) and explaining the count
 * ({@link io.github.dpasemantics.model.time.Counting}).
 */
@DpaStyle
@NullMarked
package io.github.dpasemantics.model.time;

import io.github.dpasemantics.model.DpaStyle;
import org.jspecify.annotations.NullMarked;
