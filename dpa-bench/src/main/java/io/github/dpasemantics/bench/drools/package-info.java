/**
 * The Drools baseline: the security-incident (2.9), objection-window (6.3) and deletion-due-date
 * (9.1) rules as DRL ({@code dpa-baseline.drl}) over the same inputs as the policies, evaluated in a
 * reused stateful session and in a stateless session. The facts are JavaBeans with a result field
 * the rules set; each is reset and reused, so the baseline allocates no input of its own (which
 * favours Drools). {@link io.github.dpasemantics.bench.drools.DroolsAgreement} checks that Drools
 * and dpa-policy answer alike before anything is timed.
 */
@NullMarked
package io.github.dpasemantics.bench.drools;

import org.jspecify.annotations.NullMarked;
