package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.policy.Reason;
import java.util.List;

/**
 * One reason of a decision in JSON: its code, the clause it rests on, the sentence and the values
 * the sentence was made from.
 *
 * @param code the name of the reason's code, stable across wording changes
 * @param clause the id of the clause the reason rests on, e.g. 6.3 or A.2.2.2
 * @param text the reason in words, starting with its clause id
 * @param arguments the values the sentence was made from (dates, day counts, ids), in the order of the template; left out when none
 */
@JsonClassDescription("One reason of a decision: its code, the clause it rests on, the sentence and the values the sentence was made from.")
public record ReasonOutput(
    @JsonPropertyDescription("the name of the reason's code, stable across wording changes") String code,
    @JsonPropertyDescription("the id of the clause the reason rests on, e.g. 6.3 or A.2.2.2") String clause,
    @JsonPropertyDescription("the reason in words, starting with its clause id") String text,
    @JsonPropertyDescription("the values the sentence was made from (dates, day counts, ids), in the order of the template; left out when none")
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Object> arguments) {

  /**
   * Returns a reason's JSON form.
   *
   * @param r the reason
   * @return its output record
   */
  public static ReasonOutput of(Reason r) {
    return new ReasonOutput(r.getCode().name(), r.getClause().toString(), r.getText(), r.getArguments());
  }
}
