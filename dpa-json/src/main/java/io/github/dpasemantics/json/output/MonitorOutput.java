package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.json.Timeline;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.monitor.ContractState;
import io.github.dpasemantics.policy.ContractTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a contract stands as of a date, in JSON, as {@code dpa monitor} and {@code dpa run} print
 * it with {@code --format json}: the headline, the counts, every obligation, the open rights, the
 * deadlines ahead and the account of every event. The lists are views, made item by item as they
 * are written, so a large report is never held whole.
 *
 * @param contractId the contract's id
 * @param title the timeline's title; left out when it has none
 * @param asOf the date the report is as of
 * @param addendumInForce whether the Addendum is in force on that date
 * @param agreementEnd the day the Agreement ended, and with it the Addendum (3.4); left out while it has not ended
 * @param dates each date the timeline gave as an instant, with its conversion into the contract's zone; left out when none
 * @param summary the counts
 * @param obligations every obligation, in the order they were created
 * @param openRights the rights open as of the date
 * @param upcomingDeadlines the deadlines ahead, by date
 * @param events the account of every input event, in timeline order
 */
@JsonClassDescription("Where a contract stands as of a date: the headline, the counts, every obligation, the open rights, the deadlines ahead and the account of every event.")
public record MonitorOutput(
    @JsonPropertyDescription("the contract's id") String contractId,
    @JsonPropertyDescription("the timeline's title; left out when it has none") Optional<String> title,
    @JsonPropertyDescription("the date the report is as of") LocalDate asOf,
    @JsonPropertyDescription("whether the Addendum is in force on that date") boolean addendumInForce,
    @JsonPropertyDescription("the day the Agreement ended, and with it the Addendum (3.4); left out while it has not ended") Optional<LocalDate> agreementEnd,
    @JsonPropertyDescription("each date the timeline gave as an instant, with its conversion into the contract's zone; left out when none")
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DateOutput> dates,
    @JsonPropertyDescription("the counts") SummaryOutput summary,
    @JsonPropertyDescription("every obligation, in the order they were created") List<ObligationOutput> obligations,
    @JsonPropertyDescription("the rights open as of the date") List<RightOutput> openRights,
    @JsonPropertyDescription("the deadlines ahead, by date") List<DeadlineOutput> upcomingDeadlines,
    @JsonPropertyDescription("the account of every input event, in timeline order") List<EventOutput> events) {

  /**
   * Returns the report of a contract's state.
   *
   * @param timeline the timeline replayed (for its title)
   * @param state the state as of the report's date
   * @param terms the contract's terms, to put deadline rules in words
   * @param dates the dates the timeline gave as instants, in the order they were read
   * @return the report
   */
  public static MonitorOutput of(Timeline timeline, ContractState state, DpaTerms terms,
      List<ContractTime.DateInput> dates) {
    return new MonitorOutput(state.getContractId(), timeline.title(), state.getAsOf(), state.isAddendumInForce(),
        state.getAgreementEnd(), Views.mapped(dates, DateOutput::of), SummaryOutput.of(state),
        Views.mapped(state.getObligations(), o -> ObligationOutput.of(o, terms)),
        Views.mapped(state.getOpenRights(), RightOutput::of), Views.mapped(state.getUpcomingDeadlines(), DeadlineOutput::of),
        Views.mapped(state.getAccounts(), EventOutput::of));
  }
}
