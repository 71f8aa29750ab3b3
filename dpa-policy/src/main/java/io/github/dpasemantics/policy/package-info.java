/**
 * Pure, explained policy functions over the Segment Data Protection Addendum: one class per
 * clause group, each method returning a {@link io.github.dpasemantics.policy.Decision} that cites
 * the clauses it rests on.
 *
 * <p>Arguments are checked at each entry point, and a refusal names the method, the parameter and
 * the value: a null argument throws {@link NullPointerException}; a date outside 0001-01-01 to
 * 9999-12-31 (an instant outside the same UTC days, or whose day in the contract's zone is outside
 * them) given to a method that computes a deadline
 * from it ({@code Subprocessing.objectionDeadlineDate}, {@code latestTimelyNoticeDate},
 * {@code noticeTiming}, {@code isObjectionTimely}, {@code Deletion.deletionDueDate},
 * {@code Audits.isReportRecent}, {@code isAuditAllowed} and their explained forms) throws
 * {@link IllegalArgumentException} with that range, instead of a {@code DateTimeException} from
 * a date past what Java can represent.
 */
@NullMarked
package io.github.dpasemantics.policy;

import org.jspecify.annotations.NullMarked;
