package io.github.dpasemantics.json;

import io.github.dpasemantics.policy.ContractTime;
import io.github.dpasemantics.policy.Decision;
import java.util.List;
import java.util.Objects;

/**
 * A decision with what its inputs left to the reader: the dates given as instants, each converted
 * into the contract's zone, and the optional inputs left out, each with the value taken for it.
 * Written as the decision's object with a {@code "dates"} and an {@code "assumed"} member when
 * there are any, so that the output states every conversion and default the answer rests on (an
 * incident's {@code effects} left out is "none", and the answer says so).
 *
 * @param decision the decision
 * @param dates the dates given as instants, in the order they were read
 * @param assumed the optional inputs left out, in words ({@code "effects: not given, so none"})
 */
public record DecisionReport(Decision<?> decision, List<ContractTime.DateInput> dates, List<String> assumed) {
  /**
   * Checks the parts and copies the lists.
   *
   * @param decision the decision
   * @param dates the dates given as instants
   * @param assumed the optional inputs left out, in words
   */
  public DecisionReport {
    Objects.requireNonNull(decision, "DecisionReport: decision must not be null");
    dates = List.copyOf(dates);
    assumed = List.copyOf(assumed);
  }
}
