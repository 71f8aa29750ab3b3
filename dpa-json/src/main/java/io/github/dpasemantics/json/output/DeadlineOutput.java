package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.monitor.UpcomingDeadline;
import java.time.LocalDate;

/**
 * A deadline still ahead as of the report's date, in JSON.
 *
 * @param date the last day to meet the obligation or exercise the right
 * @param kind whether an obligation falls due or a right lapses
 * @param clause the id of its clause
 * @param targetId the id of the obligation or right
 * @param what what must happen or what lapses, in the words of the text
 */
@JsonClassDescription("A deadline still ahead as of the report's date.")
public record DeadlineOutput(
    @JsonPropertyDescription("the last day to meet the obligation or exercise the right") LocalDate date,
    @JsonPropertyDescription("whether an obligation falls due or a right lapses") UpcomingDeadline.Kind kind,
    @JsonPropertyDescription("the id of its clause") String clause,
    @JsonPropertyDescription("the id of the obligation or right") String targetId,
    @JsonPropertyDescription("what must happen or what lapses, in the words of the text") String what) {

  /**
   * Returns an upcoming deadline's JSON form.
   *
   * @param d the deadline
   * @return its output record
   */
  public static DeadlineOutput of(UpcomingDeadline d) {
    return new DeadlineOutput(d.getDate(), d.getKind(), d.getClause().toString(), d.getTargetId(), d.getWhat());
  }
}
