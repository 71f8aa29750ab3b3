package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.json.InvalidInputException;
import io.github.dpasemantics.json.JsonLimits;
import io.github.dpasemantics.json.JsonBinding;
import io.github.dpasemantics.json.Timeline;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.policy.Decision;
import java.util.List;

/**
 * The command line's two input bindings, for programs that must read input exactly as
 * {@code dpa} does (a conformance runner, a test): a policy's inputs as {@code dpa decide -i FILE}
 * binds them, and a timeline as {@code dpa monitor} reads it. Same limits, same strictness, same
 * one-line messages.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Inputs {
  private Inputs() {}

  /**
   * Runs a policy on a JSON object of inputs, bound as {@code dpa decide POLICY -i FILE} binds
   * them.
   *
   * @param policyName the policy, as {@code Class.method} or, when unique, {@code method}
   * @param inputsJson the JSON object whose members are the policy's inputs
   * @param sourceName the document's name, for messages (e.g. the file name)
   * @param readings the readings chosen ({@code --interpretation})
   * @return the decision
   * @throws InvalidInputException if the policy is unknown, the JSON is malformed, an input is
   *     missing, unknown or invalid, or the policy refuses the inputs
   */
  public static Decision<?> decide(String policyName, String inputsJson, String sourceName, Interpretations readings) {
    return DecideCommand.decide(policyName, inputsJson.getBytes(java.nio.charset.StandardCharsets.UTF_8), sourceName,
        List.of(), readings, new JsonBinding(JsonLimits.DEFAULT)).decision();
  }

  /**
   * Reads and binds a timeline as {@code dpa monitor} does, before the monitor sees its events
   * (the monitor's own refusals, such as a duplicate event id, come from appending them; see
   * {@link io.github.dpasemantics.examples.scenario.Replay}).
   *
   * @param json the timeline document
   * @param sourceName the document's name, for messages
   * @return the timeline
   * @throws InvalidInputException if the document is malformed or not a valid timeline
   */
  public static Timeline readTimeline(String json, String sourceName) {
    return new JsonBinding(JsonLimits.DEFAULT).read(json, Timeline.class, sourceName).value();
  }
}
