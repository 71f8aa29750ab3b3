package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.event.DpaEvent;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** A refused batch changes nothing, whatever refuses it and wherever the refused event sits in it. */
class ContractMonitorRefusalProperties {
  /** The monitor's fold, failing inside the step of the event {@link io.github.dpasemantics.monitor.testing.MonitorGenerators#POISON_ID} as the date arithmetic near LocalDate.MAX would. */
  private static final ContractMonitor.Fold FOLD = Failing.on(POISON_ID, () -> new DateTimeException("Invalid date"));

  @Test
  @DisplayName("full mode: a batch with one poisoned event anywhere is refused naming it; the state after equals the state before, and the clean batch is then taken")
  void fullModeRefusalChangesNothing() {
    qt().withExamples(150).forAll(poisonedBatches(30)).checkAssert(p -> {
      ContractMonitor m = ContractMonitor.on(FOLD, contract(), null, null).appendAll(p.before());
      MonitorState before = m.state();
      LocalDate asOf = lastDate(p);
      ContractState then = m.stateAsOf(asOf);
      MonitorInputException e = assertThrows(MonitorInputException.class, () -> m.appendAll(p.batch()), p::toString);
      assertEquals(p.poison().getId(), e.getEventId(), p::toString);
      assertSame(before, m.state());
      assertEquals(before, m.state());
      assertRefusedAt(m, p);
      assertEquals(then, m.stateAsOf(asOf));
      assertEquals(p.before(), m.getTimeline());
      m.appendAll(p.clean());
      List<DpaEvent> all = new ArrayList<>(p.before());
      all.addAll(p.clean());
      assertEquals(MonitorState.of(contract(), all), m.state());
    });
  }

  @Test
  @DisplayName("streaming, forgetting or not: a batch with one poisoned event anywhere is refused naming it; the state and the sink are untouched, and the clean batch is then taken as by a monitor never poisoned")
  void streamingRefusalChangesNothing() {
    qt().withExamples(150).forAll(poisonedBatches(30), SourceDSL.booleans().all()).checkAssert((p, forgets) -> {
      List<EventAccount> accounts = new ArrayList<>();
      List<ObligationInstance> closed = new ArrayList<>();
      Period period = forgets ? Period.ofDays(3) : null;
      ContractMonitor m = ContractMonitor.on(FOLD, contract(), MonitorSink.of(accounts::add, closed::add), period);
      m.appendAll(p.before());
      MonitorState before = m.state();
      int heard = accounts.size();
      int archived = closed.size();
      LocalDate asOf = lastDate(p);
      ContractState then = m.stateAsOf(asOf);
      int remembered = m.rememberedMatters();
      MonitorInputException e = assertThrows(MonitorInputException.class, () -> m.appendAll(p.batch()), p::toString);
      assertEquals(p.poison().getId(), e.getEventId(), p::toString);
      assertSame(before, m.state());
      assertEquals(then, m.stateAsOf(asOf));
      assertRefusedAt(m, p);
      assertEquals(remembered, m.rememberedMatters());
      assertEquals(heard, accounts.size());
      assertEquals(archived, closed.size());
      m.appendAll(p.clean());
      List<EventAccount> cleanAccounts = new ArrayList<>();
      ContractMonitor never = ContractMonitor.on(FOLD, contract(), MonitorSink.of(cleanAccounts::add, i -> { }), period);
      never.appendAll(p.before()).appendAll(p.clean());
      assertEquals(cleanAccounts, accounts);
      LocalDate end = p.clean().stream().map(DpaEvent::getDate).max(LocalDate::compareTo).orElseThrow();
      assertEquals(never.stateAsOf(end), m.stateAsOf(end));
      assertEquals(never.size(), m.size());
    });
  }

  /** The first half of a batch (as a fleet runs it) leaves the index of the refused event, the poison, in position[0]. */
  private static void assertRefusedAt(ContractMonitor m, PoisonedBatch p) {
    int[] position = new int[1];
    assertThrows(MonitorInputException.class, () -> m.prepare(p.batch(), position));
    assertEquals(p.poison().getId(), p.batch().get(position[0]).getId(), p::toString);
  }

  private static LocalDate lastDate(PoisonedBatch p) {
    return p.before().isEmpty() ? EFFECTIVE : p.before().get(p.before().size() - 1).getDate();
  }

  @Test
  @DisplayName("forgetting: a matter closed on day c is forgotten on day d exactly when c + period is before d (the cutoff handed to Monitor.forgetClosedBefore)")
  void forgetCutoffIsExact() {
    qt().withExamples(300).forAll(SourceDSL.integers().between(0, 4000), SourceDSL.integers().between(0, 3),
        SourceDSL.integers().between(0, 14), SourceDSL.integers().between(0, 40)).checkAssert((day, years, months, days) -> {
          LocalDate d = EFFECTIVE.plusDays(day);
          Period after = Period.of(years, months, days);
          LocalDate cutoff = ContractMonitor.forgetCutoff(d, after);
          for (LocalDate c = cutoff.minusDays(40); c.isBefore(cutoff.plusDays(40)); c = c.plusDays(1)) {
            assertEquals(c.plus(after).isBefore(d), c.isBefore(cutoff), () -> d + " " + after);
          }
        });
  }
}
