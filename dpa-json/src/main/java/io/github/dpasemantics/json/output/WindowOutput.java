package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.model.time.Counting;
import io.github.dpasemantics.model.time.Window;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The window of a deadline in JSON: its first and last day, the day it is counted from and the
 * counting rule.
 *
 * @param opens the first day of the window; left out when it has no first day (a latest date only)
 * @param closes the last day of the window, included
 * @param anchor the day the period is counted from (the triggering event's day)
 * @param counting the counting rule's name
 * @param rule the counting rule in words
 */
@JsonClassDescription("The window of a deadline: its first and last day, the day it is counted from and the counting rule.")
public record WindowOutput(
    @JsonPropertyDescription("the first day of the window; left out when it has no first day (a latest date only)") Optional<LocalDate> opens,
    @JsonPropertyDescription("the last day of the window, included") LocalDate closes,
    @JsonPropertyDescription("the day the period is counted from (the triggering event's day)") LocalDate anchor,
    @JsonPropertyDescription("the counting rule's name") Counting counting,
    @JsonPropertyDescription("the counting rule in words") String rule) {

  /**
   * Returns a window's JSON form.
   *
   * @param w the window
   * @return its output record
   */
  public static WindowOutput of(Window w) {
    return new WindowOutput(w.getOpens(), w.getCloses(), w.getAnchor(), w.getCounting(), w.getCounting().description());
  }
}
