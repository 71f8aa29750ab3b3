package io.github.dpasemantics.kafka;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.MonitorState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One contract's entry in the state store: the monitor's state (the contract and the events folded
 * into it) and the last day the passing of time was reported for it ({@link io.github.dpasemantics.monitor.Monitor#advance}),
 * so that each "missed", "due soon" and "lapsed" change is emitted on one day only.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param state the monitor's state
 * @param lastAdvanced the last day (in the contract's zone) the punctuator advanced this contract to
 */
public record StoredContract(MonitorState state, Optional<LocalDate> lastAdvanced) {

  /**
   * Checks that no part is null.
   *
   * @param state the monitor's state
   * @param lastAdvanced the last day advanced to, if any
   */
  public StoredContract {
    Objects.requireNonNull(state, "StoredContract.state must not be null");
    Objects.requireNonNull(lastAdvanced, "StoredContract.lastAdvanced must not be null");
  }

  /**
   * Returns the entry of a newly registered contract: no events, never advanced.
   *
   * @param contract the contract
   * @return the entry
   */
  public static StoredContract registered(ContractInstance contract) {
    return new StoredContract(MonitorState.initial(contract), Optional.empty());
  }

  /**
   * Returns the contract.
   *
   * @return the contract
   */
  public ContractInstance contract() {
    return state.getContract();
  }

  /**
   * Returns the contract's zone, in which its dates (and "today") are days.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return state.getContract().getTerms().getZone();
  }

  /**
   * Returns the first day time may be advanced to: the date of the last event folded in, or the
   * Addendum's effective date if there is none ({@link io.github.dpasemantics.monitor.Monitor#advance} refuses earlier days).
   *
   * @return the day
   */
  public LocalDate since() {
    List<DpaEvent> events = state.getEvents();
    return events.isEmpty() ? state.getContract().addendumEffectiveDate() : events.get(events.size() - 1).getDate();
  }

  /**
   * Returns this entry with another monitor state (after an event).
   *
   * @param next the state
   * @return the entry
   */
  public StoredContract withState(MonitorState next) {
    return new StoredContract(next, lastAdvanced);
  }

  /**
   * Returns this entry advanced to a day.
   *
   * @param day the day
   * @return the entry
   */
  public StoredContract advancedTo(LocalDate day) {
    return new StoredContract(state, Optional.of(day));
  }
}
