package io.github.dpasemantics.json.output;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * A policy in JSON, one item of the array {@code dpa policies --format json} prints: its name, the
 * clauses it decides, its outcome type, its inputs and whether {@code dpa decide} can run it.
 *
 * @param name the policy's name, Class.method (Subprocessing.objectionAllowed)
 * @param clauses the ids of the clauses it decides (6.3, A.2.2.2, B.3)
 * @param outcome the type of its answer, in simple names, type arguments in angle brackets (a Decision of Boolean)
 * @param inputs its inputs, in parameter order
 * @param invocable whether every input has a JSON form, so that dpa decide can run it
 */
@JsonClassDescription("A policy: its name, the clauses it decides, its outcome type, its inputs and whether dpa decide can run it.")
public record PolicyOutput(
    @JsonPropertyDescription("the policy's name, Class.method (Subprocessing.objectionAllowed)") String name,
    @JsonPropertyDescription("the ids of the clauses it decides (6.3, A.2.2.2, B.3)") List<String> clauses,
    @JsonPropertyDescription("the type of its answer, in simple names, type arguments in angle brackets (a Decision of Boolean)") String outcome,
    @JsonPropertyDescription("its inputs, in parameter order") List<InputOutput> inputs,
    @JsonPropertyDescription("whether every input has a JSON form, so that dpa decide can run it") boolean invocable) {}
