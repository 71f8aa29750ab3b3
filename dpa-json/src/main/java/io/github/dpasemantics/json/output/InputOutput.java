package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * An input of a policy in JSON, as {@code dpa policies --format json} lists it.
 *
 * @param name the input's name: the parameter's, the key of dpa decide's KEY=VALUE
 * @param type its type, in simple names, type arguments in angle brackets (LocalDate, a Set of IncidentEffect)
 * @param required whether it must be given; an optional input may be left out
 * @param expected the JSON form it takes, in words; (no JSON form) when it has none
 */
@JsonClassDescription("An input of a policy: its name, type, whether it must be given and the JSON form it takes.")
public record InputOutput(
    @JsonPropertyDescription("the input's name: the parameter's, the key of dpa decide's KEY=VALUE") String name,
    @JsonPropertyDescription("its type, in simple names, type arguments in angle brackets (LocalDate, a Set of IncidentEffect)") String type,
    @JsonPropertyDescription("whether it must be given; an optional input may be left out") boolean required,
    @JsonPropertyDescription("the JSON form it takes, in words; (no JSON form) when it has none") String expected) {}
