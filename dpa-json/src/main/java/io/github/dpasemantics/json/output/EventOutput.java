package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.monitor.EventAccount;
import java.time.LocalDate;
import java.util.List;

/**
 * The monitor's account of one input event, in JSON: every event appears, with the effects it had
 * or, when it had none, the reason.
 *
 * @param id the event's id
 * @param date the event's contract date
 * @param type the event's kind
 * @param unmatched whether the event created, moved or opened nothing
 * @param effects what the event did, in order; empty when it was unmatched
 * @param reason why the event had these effects, or none
 */
@JsonClassDescription("The monitor's account of one input event: every event appears, with the effects it had or, when it had none, the reason.")
public record EventOutput(
    @JsonPropertyDescription("the event's id") String id,
    @JsonPropertyDescription("the event's contract date") LocalDate date,
    @JsonPropertyDescription("the event's kind") EventType type,
    @JsonPropertyDescription("whether the event created, moved or opened nothing") boolean unmatched,
    @JsonPropertyDescription("what the event did, in order; empty when it was unmatched") List<EffectOutput> effects,
    @JsonPropertyDescription("why the event had these effects, or none") ReasonOutput reason) {

  /**
   * Returns an event account's JSON form.
   *
   * @param a the account
   * @return its output record
   */
  public static EventOutput of(EventAccount a) {
    return new EventOutput(a.getEventId(), a.getDate(), a.getType(), a.isUnmatched(),
        Views.mapped(a.getEffects(), EffectOutput::of), ReasonOutput.of(a.getReason()));
  }
}
