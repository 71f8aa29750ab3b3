package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.policy.ContractTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * A date an input gave as an instant, in JSON: the input, the text given, the contract's zone, the
 * instant in that zone and the contract date it falls on.
 *
 * @param input the input that gave the instant (a JSON path or a parameter name)
 * @param given the text given
 * @param zone the contract's time zone
 * @param inZone the instant in the contract's zone, to the second, with its offset; left out when the text gave no time of day
 * @param date the contract date on which the instant falls
 * @param explanation the conversion in words
 */
@JsonClassDescription("A date an input gave as an instant: the input, the text given, the contract's zone, the instant there and the contract date it falls on.")
public record DateOutput(
    @JsonPropertyDescription("the input that gave the instant (a JSON path or a parameter name)") String input,
    @JsonPropertyDescription("the text given") String given,
    @JsonPropertyDescription("the contract's time zone") String zone,
    @JsonPropertyDescription("the instant in the contract's zone, to the second, with its offset; left out when the text gave no time of day") Optional<String> inZone,
    @JsonPropertyDescription("the contract date on which the instant falls") LocalDate date,
    @JsonPropertyDescription("the conversion in words") Optional<String> explanation) {

  /** An instant in the contract's zone, to the second, with its offset (as the conversion sentence shows it). */
  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  /**
   * Returns a conversion's JSON form.
   *
   * @param d the conversion
   * @return its output record
   */
  public static DateOutput of(ContractTime.DateInput d) {
    return new DateOutput(d.field(), d.text(), d.zone().getId(), d.inZone().map(INSTANT::format), d.date(), d.explain());
  }
}
