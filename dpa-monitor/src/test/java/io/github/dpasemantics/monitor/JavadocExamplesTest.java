package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.contract;
import static io.github.dpasemantics.monitor.testing.MonitorGenerators.engaged;
import static io.github.dpasemantics.monitor.testing.MonitorGenerators.notice;
import static io.github.dpasemantics.monitor.testing.MonitorGenerators.objection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The class-level javadoc examples of dpa-monitor, run. Each region between
 * {@code // example: X} and {@code // end example} is the example of class {@code X} as its
 * javadoc shows it, where a line {@code check(expr, "shown");} appears as
 * {@code expr;  // shown}: the value the javadoc shows is the value asserted here. dpa-examples'
 * {@code JavadocExamplesMatchTest} compares the regions with the javadoc text. The contract is
 * {@code acme-2020} with the Segment terms and default readings; a Third Party Subprocessor
 * {@code acme-cloud} is engaged on 1 March 2024, noticed on 2 March and objected to on 5 March;
 * the hypothetical is a notice about {@code beta-cdn} on 3 March.
 */
class JavadocExamplesTest {
  private final ContractInstance contract = contract();
  private final DpaEvent engaged = engaged("e-1", LocalDate.of(2024, 3, 1), "acme-cloud");
  private final DpaEvent notice = notice("n-1", LocalDate.of(2024, 3, 2), "acme-cloud");
  private final DpaEvent objection = objection("o-1", LocalDate.of(2024, 3, 5), "acme-cloud");
  private final DpaEvent hypotheticalNotice = notice("n-2", LocalDate.of(2024, 3, 3), "beta-cdn");

  /** Asserts that {@code actual} prints as the javadoc shows it. */
  static void check(Object actual, String shown) {
    assertEquals(shown, String.valueOf(actual));
  }

  @Test
  @DisplayName("ContractMonitor: a timeline appended, its state on a day, and a what-if that leaves it unchanged")
  void contractMonitor() {
    // example: ContractMonitor
    ContractMonitor m = ContractMonitor.of(contract);
    m.append(engaged).append(notice).append(objection);     // or appendAll(events), any order
    ContractState s = m.stateAsOf(LocalDate.of(2024, 3, 20));
    check(s.getOpenObligations().size(), "2");
    ContractState w = m.whatIf(LocalDate.of(2024, 3, 20), List.of(hypotheticalNotice));  // timeline unchanged
    check(w.getAsOf(), "2024-03-20");
    check(m.getTimeline().size(), "3");
    // end example
  }

  @Test
  @DisplayName("ContractState: obligations by state, open rights, upcoming deadlines, unmatched events")
  void contractState() {
    ContractMonitor monitor = ContractMonitor.of(contract).append(engaged).append(notice);
    // example: ContractState
    ContractState s = monitor.stateAsOf(LocalDate.of(2024, 3, 4));
    check(s.getObligations(ObligationState.VIOLATED).size(), "0");
    check(s.getOpenRights().get(0).getKind(), "OBJECT_TO_SUBPROCESSOR");
    check(s.getUpcomingDeadlines().get(0).getKind(), "RIGHT_LAPSES");
    check(s.getUnmatched().size(), "0");
    // end example
  }

  @Test
  @DisplayName("MonitorFleet: one monitor per contract, addressed by contract id")
  void monitorFleet() {
    // example: MonitorFleet
    MonitorFleet fleet = new MonitorFleet();
    fleet.add(contract);
    fleet.append("acme-2020", engaged).append("acme-2020", notice);
    check(fleet.stateAsOf("acme-2020", LocalDate.of(2024, 3, 20)).getOpenObligations().size(), "1");
    // end example
  }

  @Test
  @DisplayName("MonitorSink: a streaming monitor hands each event's account to the sink")
  void monitorSink() {
    // example: MonitorSink
    List<EventAccount> log = new ArrayList<>();
    List<ObligationInstance> archive = new ArrayList<>();
    ContractMonitor m = ContractMonitor.streaming(contract, MonitorSink.of(log::add, archive::add));
    m.append(engaged).append(notice);
    check(log.size(), "2");
    // end example
  }

  @Test
  @DisplayName("Monitor: the pure fold, one step per event, then the day's advance")
  void monitor() {
    List<DpaEvent> events = List.of(engaged, notice);
    // example: Monitor
    List<Change> alerts = new ArrayList<>();
    MonitorState s = MonitorState.initial(contract);
    for (DpaEvent e : events) {            // in timeline order
      Step step = Monitor.step(s, e);
      alerts.addAll(step.changes());      // each cites its clause and carries its reason
      s = step.next();
    }
    List<Change> today = Monitor.advance(s, LocalDate.of(2024, 3, 20));  // missed, due soon, lapsed
    check(alerts.isEmpty(), "false");
    check(today.size(), "1");
    // end example
  }
}
