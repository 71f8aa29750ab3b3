package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.monitor.Effect;
import io.github.dpasemantics.monitor.EffectKind;

/**
 * What an event did to one obligation or right, in JSON.
 *
 * @param kind what the event did (created, fulfilled, violated, discharged, opened a right, ...)
 * @param targetId the id of the obligation or right it did it to
 * @param clause the id of that obligation's or right's clause
 */
@JsonClassDescription("What an event did to one obligation or right.")
public record EffectOutput(
    @JsonPropertyDescription("what the event did (created, fulfilled, violated, discharged, opened a right, ...)") EffectKind kind,
    @JsonPropertyDescription("the id of the obligation or right it did it to") String targetId,
    @JsonPropertyDescription("the id of that obligation's or right's clause") String clause) {

  /**
   * Returns an effect's JSON form.
   *
   * @param e the effect
   * @return its output record
   */
  public static EffectOutput of(Effect e) {
    return new EffectOutput(e.getKind(), e.getTargetId(), e.getClause().toString());
  }
}
