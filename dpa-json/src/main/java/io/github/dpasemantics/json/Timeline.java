package io.github.dpasemantics.json;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The timeline format read by {@code dpa monitor} and {@code dpa run}: one contract and the dated
 * events that happened under it, with an optional title, description and default "as of" date.
 * Each event is an object whose {@code "type"} names its kind ({@code "DeletionRequested"}), with
 * an {@code "id"}, a {@code "date"} and the fields of that kind. See docs/formats.md and
 * docs/schemas/timeline.schema.json.
 *
 * @param title a short title, shown above the report
 * @param description what the timeline is about
 * @param asOf the date to report as of when none is given on the command line
 * @param contract the contract instance
 * @param events the events, in any order (the monitor orders them by date and a documented tie-break)
 */
public record Timeline(Optional<String> title, Optional<String> description, Optional<LocalDate> asOf,
    ContractInstance contract, List<DpaEvent> events) {

  /**
   * Copies the list of events.
   *
   * @param title a short title, shown above the report
   * @param description what the timeline is about
   * @param asOf the date to report as of when none is given on the command line
   * @param contract the contract instance
   * @param events the events, in any order
   * @throws NullPointerException if a part is null
   */
  public Timeline {
    java.util.Objects.requireNonNull(title, "Timeline: title must not be null (Optional.empty() for none)");
    java.util.Objects.requireNonNull(description, "Timeline: description must not be null (Optional.empty() for none)");
    java.util.Objects.requireNonNull(asOf, "Timeline: asOf must not be null (Optional.empty() for none)");
    java.util.Objects.requireNonNull(contract, "Timeline: contract must not be null");
    java.util.Objects.requireNonNull(events, "Timeline: events must not be null (an empty list for none)");
    events = List.copyOf(events);
  }
}
