package io.github.dpasemantics.examples.reference;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Reason;
import io.github.dpasemantics.model.time.Window;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One worked example of the reference: a question from the text, the concrete inputs, and the
 * {@link Decision} the library computed for them when the page was generated.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkedExample {
  private final ClauseId clause;
  private final String slug;
  private final String title;
  private final List<Map.Entry<String, String>> inputs;
  private final String call;
  private final Decision<?> decision;

  WorkedExample(ClauseId clause, String slug, String title, List<Map.Entry<String, String>> inputs, String call,
      Decision<?> decision) {
    this.clause = Objects.requireNonNull(clause, "WorkedExample.clause");
    this.slug = Objects.requireNonNull(slug, "WorkedExample.slug");
    this.title = Objects.requireNonNull(title, "WorkedExample.title");
    this.inputs = List.copyOf(inputs);
    this.call = Objects.requireNonNull(call, "WorkedExample.call");
    this.decision = Objects.requireNonNull(decision, "WorkedExample.decision");
  }

  /**
   * Returns the clause under which the example is shown.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return clause;
  }

  /**
   * Returns the anchor id of the example, e.g. {@code example-6.3-objection-deadline}.
   *
   * @return the anchor id
   */
  public String getAnchor() {
    return "example-" + clause + "-" + slug;
  }

  /**
   * Returns the question in words.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the inputs, as name and value in words, in order.
   *
   * @return the inputs
   */
  public List<Map.Entry<String, String>> getInputs() {
    return inputs;
  }

  /**
   * Returns the Java call that computed the decision, e.g.
   * {@code Subprocessing.objectionDeadline(2024-03-01, DpaTerms.segment(), defaults)}.
   *
   * @return the call
   */
  public String getCall() {
    return call;
  }

  /**
   * Returns the computed decision.
   *
   * @return the decision
   */
  public Decision<?> getDecision() {
    return decision;
  }

  /**
   * Returns the decision's outcome in words: yes/no for yes/no questions, "none" for an empty
   * optional, the value otherwise.
   *
   * @return the outcome
   */
  public String getOutcomeText() {
    return words(decision.getOutcome());
  }

  /**
   * Returns the reasons as sentences, each with its clause id.
   *
   * @return the sentences
   */
  public List<String> getReasonTexts() {
    List<String> out = new ArrayList<>();
    for (Reason r : decision.getReasons()) {
      out.add(r.getText());
    }
    return out;
  }

  /**
   * Returns the window in words, for deadline decisions.
   *
   * @return the window, or empty
   */
  public Optional<String> getWindowText() {
    return decision.getWindow().map(WorkedExample::window);
  }

  /**
   * Returns the readings applied, each as "NAME (default|chosen): reading".
   *
   * @return the readings
   */
  public List<String> getReadingTexts() {
    List<String> out = new ArrayList<>();
    for (Interpretation i : decision.getInterpretations()) {
      out.add(i.name() + (i.isDefault() ? " (default): " : " (chosen): ") + i.reading());
    }
    return out;
  }

  static String window(Window w) {
    return w.getOpens().map(o -> "from " + o + " ").orElse("") + "to " + w.getCloses() + ", counted from "
        + w.getAnchor() + " (" + w.getCounting().description() + ")";
  }

  /**
   * Renders a value in words.
   *
   * @param value the value
   * @return the words
   */
  static String words(Object value) {
    if (value instanceof Boolean) {
      return (Boolean) value ? "yes" : "no";
    }
    if (value instanceof Optional) {
      Optional<?> o = (Optional<?>) value;
      return o.isPresent() ? words(o.get()) : "none";
    }
    if (value instanceof Collection) {
      Collection<?> c = (Collection<?>) value;
      if (c.isEmpty()) {
        return "none";
      }
      List<String> parts = new ArrayList<>();
      for (Object o : c) {
        parts.add(words(o));
      }
      return String.join(", ", parts);
    }
    return String.valueOf(value);
  }
}
