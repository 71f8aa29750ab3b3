package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ConcurrentModificationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A ContractMonitor is not thread-safe: a call from a second thread while one runs fails fast, naming contract and thread. */
class ContractMonitorOwnerTest {
  private static final LocalDate D = LocalDate.of(2024, 6, 3);

  @Test
  @DisplayName("a call from another thread while an append runs is refused with ConcurrentModificationException; the monitor stays usable")
  void secondThreadFailsFast() throws InterruptedException {
    AtomicReference<ContractMonitor> self = new AtomicReference<>();
    AtomicReference<Throwable> seen = new AtomicReference<>();
    ContractMonitor m = ContractMonitor.streaming(contract(), MonitorSink.of(a -> {
      Thread other = new Thread(() -> {
        try {
          self.get().stateAsOf(D.plusDays(1));
        } catch (Throwable t) {
          seen.set(t);
        }
      }, "intruder");
      other.start();
      try {
        other.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, i -> { }));
    self.set(m);
    String owner = Thread.currentThread().getName();
    m.append(breach("b", D, "inc-1"));
    Throwable t = seen.get();
    assertNotNull(t, "the second thread's call was not refused");
    assertEquals(ConcurrentModificationException.class, t.getClass());
    assertTrue(t.getMessage().contains("ContractMonitor.stateAsOf") && t.getMessage().contains("'" + contract().getId() + "'")
        && t.getMessage().contains("thread '" + owner + "'"), t::getMessage);
    // the call ended: the monitor is free again, for this thread or another
    Thread later = new Thread(() -> m.stateAsOf(D.plusDays(1)));
    later.start();
    later.join();
    assertEquals(1, m.stateAsOf(D.plusDays(1)).getObligations().size());
  }
}
