package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.json.DecisionReport;
import io.github.dpasemantics.policy.ContractTime;
import io.github.dpasemantics.policy.Decision;
import java.util.List;
import java.util.Optional;

/**
 * A decision in JSON, as {@code dpa decide --format json} prints it and as every obligation and
 * right of a monitor report carries it: the policy, the outcome, the clauses it rests on, the
 * reasons, the readings applied, the window of a deadline, and what the inputs left to the reader.
 *
 * @param policy the policy that decided, as Class.method
 * @param outcome the answer, by policy: a boolean, a date, an enum name, an array of names, or null where the answer is that there is none (no date, no role)
 * @param clauses the ids of the clauses the decision rests on
 * @param reasons the reasons, in the order they were found
 * @param interpretations the readings of the text that mattered, default or chosen
 * @param window the window of a deadline question; left out for other questions
 * @param dates each input date given as an instant, with its conversion into the contract's zone; left out when none
 * @param assumed each optional input left out, with the value the policy received for it; left out when none
 */
@JsonClassDescription("A decision: the policy, the outcome, the clauses it rests on, the reasons, the readings applied, the window of a deadline, and what the inputs left to the reader.")
public record DecisionOutput(
    @JsonPropertyDescription("the policy that decided, as Class.method") String policy,
    @JsonPropertyDescription("the answer, by policy: a boolean, a date, an enum name, an array of names, or null where the answer is that there is none (no date, no role)")
    @JsonInclude(JsonInclude.Include.ALWAYS) Object outcome,
    @JsonPropertyDescription("the ids of the clauses the decision rests on") List<String> clauses,
    @JsonPropertyDescription("the reasons, in the order they were found") List<ReasonOutput> reasons,
    @JsonPropertyDescription("the readings of the text that mattered, default or chosen") List<ReadingOutput> interpretations,
    @JsonPropertyDescription("the window of a deadline question; left out for other questions") Optional<WindowOutput> window,
    @JsonPropertyDescription("each input date given as an instant, with its conversion into the contract's zone; left out when none")
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DateOutput> dates,
    @JsonPropertyDescription("each optional input left out, with the value the policy received for it; left out when none")
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> assumed) {

  /**
   * Returns a decision's JSON form.
   *
   * @param d the decision
   * @return its output record
   */
  public static DecisionOutput of(Decision<?> d) {
    return of(d, List.of(), List.of());
  }

  /**
   * Returns the JSON form of {@code dpa decide}'s answer: the decision with the conversions and
   * assumptions its inputs needed.
   *
   * @param report the decision and what its inputs left to the reader
   * @return its output record
   */
  public static DecisionOutput of(DecisionReport report) {
    return of(report.decision(), report.dates(), report.assumed());
  }

  private static DecisionOutput of(Decision<?> d, List<ContractTime.DateInput> dates, List<String> assumed) {
    return new DecisionOutput(d.getPolicy(), d.getOutcome(),
        Views.mapped(d.getClauses(), Object::toString), Views.mapped(d.getReasons(), ReasonOutput::of),
        Views.mapped(d.getInterpretations(), ReadingOutput::of), d.getWindow().map(WindowOutput::of),
        Views.mapped(dates, DateOutput::of), assumed);
  }
}
