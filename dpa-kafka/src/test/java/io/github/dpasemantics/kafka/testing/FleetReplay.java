package io.github.dpasemantics.kafka.testing;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.Change;
import io.github.dpasemantics.monitor.Monitor;
import io.github.dpasemantics.monitor.MonitorInputException;
import io.github.dpasemantics.monitor.MonitorState;
import io.github.dpasemantics.monitor.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The oracle of the topology's tests: the in-process fold ({@link Monitor#step}) of a fleet's
 * events in arrival order, one state per contract, with every change it gives (and the contract it
 * belongs to) and every refusal.
 */
public final class FleetReplay {
  private final Map<String, MonitorState> states = new LinkedHashMap<>();
  private final List<Map.Entry<String, Change>> changes = new ArrayList<>();
  private final List<String> refused = new ArrayList<>();

  /**
   * Starts the fold of a fleet.
   *
   * @param contracts the contracts
   */
  public FleetReplay(List<ContractInstance> contracts) {
    for (ContractInstance c : contracts) {
      states.put(c.getId(), MonitorState.initial(c));
    }
  }

  /**
   * Folds one event of a contract; a refused event leaves the state as it was.
   *
   * @param contractId the contract id
   * @param event the event
   */
  public void apply(String contractId, DpaEvent event) {
    MonitorState s = states.get(contractId);
    if (s == null) {
      throw new IllegalArgumentException("no contract " + contractId);
    }
    try {
      Step step = Monitor.step(s, event);
      states.put(contractId, step.next());
      step.changes().forEach(c -> changes.add(Map.entry(contractId, c)));
    } catch (MonitorInputException e) {
      refused.add(contractId + "/" + event.getId());
    }
  }

  /** The state of each contract, by id. */
  public Map<String, MonitorState> states() {
    return states;
  }

  /** Every change, with its contract id, in the order the fold gave them. */
  public List<Map.Entry<String, Change>> changes() {
    return changes;
  }

  /** The refused events, as {@code contract/event}. */
  public List<String> refused() {
    return refused;
  }
}
