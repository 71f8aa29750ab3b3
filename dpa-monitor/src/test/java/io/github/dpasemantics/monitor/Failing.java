package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import java.util.List;
import java.util.function.Supplier;

/**
 * Folds for the tests of refusals: the monitor's own fold, except that it fails inside the step of
 * one event (as a date computation near {@code LocalDate.MAX} would), so that a test can check that
 * whatever fails inside a step refuses the batch whole.
 */
final class Failing {
  private Failing() {}

  /** The fold, failing with {@code failure} wherever it meets the event with id {@code eventId}. */
  static ContractMonitor.Fold on(String eventId, Supplier<? extends RuntimeException> failure) {
    return new ContractMonitor.Fold() {
      @Override
      public Step step(MonitorState state, DpaEvent event) {
        if (event.getId().equals(eventId)) {
          throw failure.get();
        }
        return Monitor.step(state, event);
      }

      @Override
      public MonitorState of(ContractInstance contract, List<DpaEvent> events) {
        if (events.stream().anyMatch(e -> e.getId().equals(eventId))) {
          throw failure.get();
        }
        return MonitorState.of(contract, events);
      }

      @Override
      public EventAccount apply(Engine scratch, DpaEvent event) {
        if (event.getId().equals(eventId)) {
          throw failure.get();
        }
        return Monitor.applyRefusing(scratch, event);
      }
    };
  }

  /** The fold whose one-pass replay ({@link MonitorState#of}) always fails while its steps succeed. */
  static ContractMonitor.Fold inOnePass(Supplier<? extends RuntimeException> failure) {
    return new ContractMonitor.Fold() {
      @Override
      public Step step(MonitorState state, DpaEvent event) {
        return Monitor.step(state, event);
      }

      @Override
      public MonitorState of(ContractInstance contract, List<DpaEvent> events) {
        throw failure.get();
      }

      @Override
      public EventAccount apply(Engine scratch, DpaEvent event) {
        return Monitor.applyRefusing(scratch, event);
      }
    };
  }
}
