package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.monitor.ContractState;
import io.github.dpasemantics.monitor.ObligationInstance;
import io.github.dpasemantics.monitor.ObligationState;
import java.util.List;

/**
 * The counts of a monitor report, in JSON: the obligations in each {@link ObligationState} (one
 * member per state, in the enum's order, named by it in lower case), the open rights, the events
 * and the events that created nothing.
 *
 * @param created obligations created and not yet running
 * @param active obligations running
 * @param fulfilled obligations met
 * @param violated obligations missed
 * @param discharged obligations that ended without being owed any more
 * @param suspended obligations on hold
 * @param openRights rights open
 * @param events events replayed
 * @param unmatchedEvents events that created, moved or opened nothing
 */
@JsonClassDescription("The counts of a monitor report: the obligations in each state, the open rights, the events and the events that created nothing.")
public record SummaryOutput(
    @JsonPropertyDescription("obligations created and not yet running") long created,
    @JsonPropertyDescription("obligations running") long active,
    @JsonPropertyDescription("obligations met") long fulfilled,
    @JsonPropertyDescription("obligations missed") long violated,
    @JsonPropertyDescription("obligations that ended without being owed any more") long discharged,
    @JsonPropertyDescription("obligations on hold") long suspended,
    @JsonPropertyDescription("rights open") long openRights,
    @JsonPropertyDescription("events replayed") long events,
    @JsonPropertyDescription("events that created, moved or opened nothing") long unmatchedEvents) {

  /**
   * Returns the counts of a contract's state.
   *
   * @param state the state
   * @return its summary
   */
  public static SummaryOutput of(ContractState state) {
    List<ObligationInstance> all = state.getObligations();
    return new SummaryOutput(count(all, ObligationState.CREATED), count(all, ObligationState.ACTIVE),
        count(all, ObligationState.FULFILLED), count(all, ObligationState.VIOLATED),
        count(all, ObligationState.DISCHARGED), count(all, ObligationState.SUSPENDED), state.getOpenRights().size(),
        state.getAccounts().size(), state.getUnmatched().size());
  }

  private static long count(List<ObligationInstance> all, ObligationState state) {
    return all.stream().filter(o -> o.getState() == state).count();
  }
}
