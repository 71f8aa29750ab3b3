package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.monitor.OpenRight;
import io.github.dpasemantics.monitor.RightKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A right open as of the report's date, in JSON.
 *
 * @param id the right's id
 * @param kind which right
 * @param clause the id of the clause that grants it
 * @param holder the party that may exercise it
 * @param power what the holder may do, in the words of the text
 * @param subject what it is about (a Subprocessor, a year); left out when nothing in particular
 * @param openedBy the id of the event that opened it; left out when the contract itself grants it
 * @param opensOn the first day it may be exercised
 * @param lapsesAfter the last day it may be exercised; left out when the text sets no limit
 * @param decision the decision that it is open
 */
@JsonClassDescription("A right open as of the report's date.")
public record RightOutput(
    @JsonPropertyDescription("the right's id") String id,
    @JsonPropertyDescription("which right") RightKind kind,
    @JsonPropertyDescription("the id of the clause that grants it") String clause,
    @JsonPropertyDescription("the party that may exercise it") PartyKind holder,
    @JsonPropertyDescription("what the holder may do, in the words of the text") String power,
    @JsonPropertyDescription("what it is about (a Subprocessor, a year); left out when nothing in particular") Optional<String> subject,
    @JsonPropertyDescription("the id of the event that opened it; left out when the contract itself grants it") Optional<String> openedBy,
    @JsonPropertyDescription("the first day it may be exercised") LocalDate opensOn,
    @JsonPropertyDescription("the last day it may be exercised; left out when the text sets no limit") Optional<LocalDate> lapsesAfter,
    @JsonPropertyDescription("the decision that it is open") DecisionOutput decision) {

  /**
   * Returns an open right's JSON form.
   *
   * @param r the right
   * @return its output record
   */
  public static RightOutput of(OpenRight r) {
    return new RightOutput(r.getId(), r.getKind(), r.getClause().toString(), r.getHolder(), r.getKind().getPower(),
        r.getSubject(), r.getOpenedBy(), r.getOpensOn(), r.getLapsesAfter(), DecisionOutput.of(r.getDecision()));
  }
}
