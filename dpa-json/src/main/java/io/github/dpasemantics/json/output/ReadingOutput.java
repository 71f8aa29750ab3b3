package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Question;

/**
 * A reading of the text that a decision applied, in JSON (docs/interpretations.md).
 *
 * @param name the reading's name, as given to --interpretation
 * @param question the question of the text it answers
 * @param clauses the clauses the question is about
 * @param isDefault whether it is the library's default reading
 * @param reading the reading in words
 */
@JsonClassDescription("A reading of the text that a decision applied (docs/interpretations.md).")
public record ReadingOutput(
    @JsonPropertyDescription("the reading's name, as given to --interpretation") Interpretation name,
    @JsonPropertyDescription("the question of the text it answers") Question question,
    @JsonPropertyDescription("the clauses the question is about") String clauses,
    @JsonPropertyDescription("whether it is the library's default reading")
    @JsonProperty("default") boolean isDefault,
    @JsonPropertyDescription("the reading in words") String reading) {

  /**
   * Returns a reading's JSON form.
   *
   * @param i the reading
   * @return its output record
   */
  public static ReadingOutput of(Interpretation i) {
    return new ReadingOutput(i, i.question(), i.question().clauses(), i.isDefault(), i.reading());
  }
}
