package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.monitor.ObligationInstance;
import io.github.dpasemantics.monitor.ObligationKind;
import io.github.dpasemantics.monitor.ObligationState;
import io.github.dpasemantics.monitor.Timeliness;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One obligation of the Addendum as of the report's date, in JSON: which duty, who owes it to
 * whom, what it is about, where it stands, its deadline, how timely it was met, and why.
 *
 * @param id the obligation's id
 * @param kind which duty
 * @param clause the id of the clause that creates it
 * @param bearer the party that owes it
 * @param beneficiary the party it is owed to
 * @param duty the duty in the words of the text
 * @param subject what it is about (a Subprocessor, an incident, a request); left out when nothing in particular
 * @param state where it stands
 * @param open whether it is still to be met (created, active or suspended)
 * @param createdBy the id of the event that created it
 * @param createdOn the day it was created
 * @param movedBy the id of the event that last changed its state; left out when none did, or the passing of time did
 * @param movedOn the day its state last changed
 * @param deadline its deadline rule in words
 * @param dueDate its last day; left out for a deadline without a date (without undue delay, promptly)
 * @param qualitativeDeadline whether its deadline has no date (without undue delay, promptly)
 * @param missedByDays by how many days it was missed; left out unless it was missed
 * @param timeliness how timely it was met, or is still pending; left out when not judged
 * @param timelinessDays the days the timeliness judgement counts (late by, pending for); left out when not judged
 * @param window the window within which it is met in time; left out when it has none
 * @param decision the decision that put it in its state
 */
@JsonClassDescription("One obligation of the Addendum as of the report's date: which duty, who owes it to whom, what it is about, where it stands, its deadline, how timely it was met, and why.")
public record ObligationOutput(
    @JsonPropertyDescription("the obligation's id") String id,
    @JsonPropertyDescription("which duty") ObligationKind kind,
    @JsonPropertyDescription("the id of the clause that creates it") String clause,
    @JsonPropertyDescription("the party that owes it") PartyKind bearer,
    @JsonPropertyDescription("the party it is owed to") PartyKind beneficiary,
    @JsonPropertyDescription("the duty in the words of the text") String duty,
    @JsonPropertyDescription("what it is about (a Subprocessor, an incident, a request); left out when nothing in particular") Optional<String> subject,
    @JsonPropertyDescription("where it stands") ObligationState state,
    @JsonPropertyDescription("whether it is still to be met (created, active or suspended)") boolean open,
    @JsonPropertyDescription("the id of the event that created it") String createdBy,
    @JsonPropertyDescription("the day it was created") LocalDate createdOn,
    @JsonPropertyDescription("the id of the event that last changed its state; left out when none did, or the passing of time did") Optional<String> movedBy,
    @JsonPropertyDescription("the day its state last changed") LocalDate movedOn,
    @JsonPropertyDescription("its deadline rule in words") String deadline,
    @JsonPropertyDescription("its last day; left out for a deadline without a date (without undue delay, promptly)") Optional<LocalDate> dueDate,
    @JsonPropertyDescription("whether its deadline has no date (without undue delay, promptly)") boolean qualitativeDeadline,
    @JsonPropertyDescription("by how many days it was missed; left out unless it was missed") Optional<Long> missedByDays,
    @JsonPropertyDescription("how timely it was met, or is still pending; left out when not judged") Optional<Timeliness> timeliness,
    @JsonPropertyDescription("the days the timeliness judgement counts (late by, pending for); left out when not judged") Optional<Long> timelinessDays,
    @JsonPropertyDescription("the window within which it is met in time; left out when it has none") Optional<WindowOutput> window,
    @JsonPropertyDescription("the decision that put it in its state") DecisionOutput decision) {

  /**
   * Returns an obligation's JSON form.
   *
   * @param o the obligation
   * @param terms the contract's terms, to put its deadline rule in words
   * @return its output record
   */
  public static ObligationOutput of(ObligationInstance o, DpaTerms terms) {
    return new ObligationOutput(o.getId(), o.getKind(), o.getClause().toString(), o.getBearer(), o.getBeneficiary(),
        o.getKind().getDuty(), o.getSubject(), o.getState(), o.isOpen(), o.getCreatedBy(), o.getCreatedOn(),
        o.getMovedBy(), o.getMovedOn(), o.getDeadlineRule().describe(terms), o.getDueDate(), o.isQualitativeDeadline(),
        boxed(o.getMissedByDays()), o.getTimeliness(), boxed(o.getTimelinessDays()), o.getWindow().map(WindowOutput::of),
        DecisionOutput.of(o.getDecision()));
  }

  private static Optional<Long> boxed(java.util.OptionalLong n) {
    return n.isPresent() ? Optional.of(n.getAsLong()) : Optional.empty();
  }
}
