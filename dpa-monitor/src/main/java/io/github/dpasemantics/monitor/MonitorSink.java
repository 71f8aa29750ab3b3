package io.github.dpasemantics.monitor;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where a streaming monitor ({@link ContractMonitor#streaming(io.github.dpasemantics.model.contract.ContractInstance,
 * MonitorSink)}) hands what it does not keep: the account of every event, once, right after the
 * event is applied, and every obligation instance that can no longer change, once, right after
 * the account of the event that closed it.
 *
 * <pre>{@code
 * List<EventAccount> log = new ArrayList<>();
 * List<ObligationInstance> archive = new ArrayList<>();
 * ContractMonitor m = ContractMonitor.streaming(contract, MonitorSink.of(log::add, archive::add));
 * m.append(engaged).append(notice);
 * log.size();   // 2
 * }</pre>
 *
 * <p>A sink is called on the thread that appends. An exception thrown by the sink propagates
 * out of {@code append}, after the event has been applied.
 */
public interface MonitorSink {
  /**
   * Receives the account of an event just applied: what it created, fulfilled, violated,
   * discharged, suspended or recorded, or why it matched nothing.
   *
   * @param account the account
   */
  void accounted(EventAccount account);

  /**
   * Receives an obligation instance that nothing can change any more (fulfilled, discharged, or
   * violated with no due date or after its late performance; a 6.3 notice only once the
   * Subprocessor's first processing is known). It looks the same as of any later date.
   *
   * @param instance the closed instance
   */
  void closed(ObligationInstance instance);

  /**
   * Returns a sink that passes accounts and closed instances to two consumers.
   *
   * @param accounts receives every account
   * @param closed receives every closed instance
   * @return the sink
   */
  static MonitorSink of(Consumer<? super EventAccount> accounts, Consumer<? super ObligationInstance> closed) {
    Objects.requireNonNull(accounts, "MonitorSink.of: accounts must not be null");
    Objects.requireNonNull(closed, "MonitorSink.of: closed must not be null");
    return new MonitorSink() {
      @Override
      public void accounted(EventAccount account) {
        accounts.accept(account);
      }

      @Override
      public void closed(ObligationInstance instance) {
        closed.accept(instance);
      }
    };
  }

  /**
   * Returns a sink that drops everything: the monitor keeps only its open state.
   *
   * @return the sink
   */
  static MonitorSink discarding() {
    return of(a -> { }, i -> { });
  }
}
