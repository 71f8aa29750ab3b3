/**
 * Pure, explained policy functions over the Segment Data Protection Addendum: one class per
 * clause group, each method returning a {@link io.github.dpasemantics.policy.Decision} that cites
 * the clauses it rests on.
 *
 * <h2>Method naming</h2>
 * Each question a policy class answers is asked by two methods with the same parameter list: a
 * <em>bare</em> method returning the answer alone, for hot paths and plain conditions, and an
 * <em>explained</em> method returning a {@code Decision} whose outcome is the same answer and whose
 * reasons cite the clauses. The prefix says which, as {@code of}, {@code from} and {@code with}
 * do in {@code java.time}:
 *
 * <table class="striped">
 * <caption>Method prefixes of the policy classes</caption>
 * <thead>
 * <tr><th scope="col">Name</th><th scope="col">Returns</th><th scope="col">Meaning</th>
 *     <th scope="col">Example</th></tr>
 * </thead>
 * <tbody>
 * <tr><th scope="row">{@code isX}</th><td>{@code boolean}</td><td>the yes/no answer</td>
 *     <td>{@code Scope.isAddendumInForce}, {@code Deletion.isDeletionOnTime}</td></tr>
 * <tr><th scope="row">{@code xDate}</th><td>{@code LocalDate} or {@code Optional<LocalDate>}</td>
 *     <td>the day the answer is (empty: no such day)</td>
 *     <td>{@code Deletion.deletionDueDate}, {@code Scope.addendumEffectiveDate}</td></tr>
 * <tr><th scope="row">{@code xOf}</th><td>a value: an enum, {@code Optional}, {@code Set} or record</td>
 *     <td>the answer that is not a yes/no or a day</td>
 *     <td>{@code California.ccpaRoleOf}, {@code Scope.applicableAnnexesOf}</td></tr>
 * <tr><th scope="row">{@code x}</th><td>{@code Decision<T>}, {@code T} the bare method's (boxed) type</td>
 *     <td>the same answer, explained</td>
 *     <td>{@code Scope.addendumInForce}, {@code Deletion.deletionDue}, {@code California.ccpaRole}</td></tr>
 * </tbody>
 * </table>
 *
 * <p>{@code X} is the same words in both names ({@code isAddendumInForce}/{@code addendumInForce},
 * {@code deletionDueDate}/{@code deletionDue}); the spelling is the contract's ("authorized").
 * Reason codes are the nested enum {@code Code} of the class that decides
 * ({@code Deletion.Code}). No public method takes two or more {@code boolean}s: each fact has a
 * name the compiler checks (an enum whose constants say both sides, or a {@code Set} of
 * independent grounds). A method exists only in explained form where a bare answer would be
 * meaningless. {@code NamingRuleTest} in this module's tests checks the rule over every policy
 * class.
 *
 * <p>What a contract's timeline holds is not repeated in its fixed terms: the end of the Agreement
 * (termination or expiration, 3.4, 9.1) is an event of the timeline, so a policy that depends on it
 * takes the end as a parameter ({@code Optional<LocalDate> agreementEnd}, empty while the
 * Agreement has not ended) or the timeline itself.
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
