package io.github.dpasemantics.examples.scenario;

import io.github.dpasemantics.json.InvalidInputException;
import io.github.dpasemantics.json.JsonBinding;
import io.github.dpasemantics.json.Timeline;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.ContractMonitor;
import io.github.dpasemantics.monitor.ContractState;
import io.github.dpasemantics.monitor.MonitorInputException;
import io.github.dpasemantics.policy.ContractTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A timeline replayed by the obligation monitor: the timeline as read, the monitor holding its
 * events, and the date to report as of.
 *
 * @param timeline the timeline
 * @param monitor the monitor, with every event appended
 * @param asOf the date the report is as of
 * @param dates the dates the timeline gave as instants, with their conversion into the contract's zone
 */
public record Replay(Timeline timeline, ContractMonitor monitor, LocalDate asOf, List<ContractTime.DateInput> dates) {

  /**
   * Copies the list of dates.
   *
   * @param timeline the timeline
   * @param monitor the monitor, with every event appended
   * @param asOf the date the report is as of
   * @param dates the dates given as instants
   */
  public Replay {
    dates = List.copyOf(dates);
  }

  /**
   * Binds a timeline document and replays it. The date is the one given, else the timeline's
   * {@code asOf}, else the date of its last event, else the day the Addendum takes effect.
   *
   * @param document the timeline document, as UTF-8
   * @param source the document's name, for messages
   * @param reader the JSON reader
   * @param asOf the date asked for, if any: a date, or an instant placed in the contract's zone (the
   *     conversion is kept with the timeline's)
   * @return the replay
   * @throws InvalidInputException if the document is not a valid timeline or the monitor refuses an event
   */
  public static Replay of(byte[] document, String source, JsonBinding reader, Optional<String> asOf) {
    JsonBinding.Bound<Timeline> bound = reader.read(document, Timeline.class, source, null);
    Timeline timeline = bound.value();
    ContractMonitor monitor = ContractMonitor.of(timeline.contract());
    try {
      monitor.appendAll(timeline.events());
    } catch (MonitorInputException e) {
      int index = refusedIndex(timeline.events(), e);
      // the monitor's message ends with the rule, which the exception renders once on its own
      String problem = e.getMessage();
      String suffix = ": " + e.getRule();
      if (problem != null && problem.endsWith(suffix)) {
        problem = problem.substring(0, problem.length() - suffix.length());
      }
      throw InvalidInputException.at(source, "$.events[" + index + "]." + e.getField(),
          reader.locate(document, "/events/" + index).orElse(null),
          "refused by the monitor: " + problem, null, e.getRule());
    }
    List<ContractTime.DateInput> dates = new java.util.ArrayList<>(bound.conversions());
    Optional<LocalDate> asked = asOf.map(text -> {
      ContractTime.DateInput read = ContractTime.date("--as-of", text, timeline.contract().getTerms().getZone());
      if (read.isConverted()) {
        dates.add(read);
      }
      return read.date();
    });
    LocalDate date = asked.or(timeline::asOf)
        .orElseGet(() -> timeline.events().stream().map(DpaEvent::getDate).max(LocalDate::compareTo)
            .orElse(timeline.contract().addendumEffectiveDate()));
    return new Replay(timeline, monitor, date, dates);
  }

  /**
   * Returns the index, in the timeline as written, of the event the monitor refused: the monitor
   * checks events in the order given, so a duplicate id is refused at its second occurrence, any
   * other rule at the first event with that id.
   */
  static int refusedIndex(List<DpaEvent> events, MonitorInputException e) {
    boolean duplicate = "id".equals(e.getField());
    boolean seen = false;
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).getId().equals(e.getEventId())) {
        if (!duplicate || seen) {
          return i;
        }
        seen = true;
      }
    }
    return 0;
  }

  /**
   * Returns the state as of the report date.
   *
   * @return the state
   */
  public ContractState state() {
    return monitor.stateAsOf(asOf);
  }
}
