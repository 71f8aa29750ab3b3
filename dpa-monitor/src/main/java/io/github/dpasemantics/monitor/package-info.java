/**
 * The obligation monitor: replays a contract's dated events and tells, as of any date, which
 * obligations are open, met, missed, discharged or suspended, which rights are open and until
 * when, and what each event did.
 *
 * <p>Entry points: {@link io.github.dpasemantics.monitor.ContractMonitor} for one contract
 * and {@link io.github.dpasemantics.monitor.MonitorFleet} for many. Every rule about
 * deadlines, timeliness and classification is delegated to the policy classes of
 * {@code io.github.dpasemantics.policy}; the monitor only keeps the lifecycle. The lifecycle, the
 * tie-break rule and the cost model are documented in {@code docs/monitor.md}.
 */
@NullMarked
package io.github.dpasemantics.monitor;

import org.jspecify.annotations.NullMarked;
