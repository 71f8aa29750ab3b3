package io.github.dpasemantics.examples.usecases;

import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Reason;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** Printing helpers shared by the use cases: a decision's outcome in words and its reasons, indented. */
final class Lines {
  private Lines() {}

  /**
   * Renders an outcome: yes/no, "none" for an empty optional, the value otherwise.
   *
   * @param outcome the outcome
   * @return the words
   */
  static String outcome(Object outcome) {
    if (outcome instanceof Boolean) {
      return (Boolean) outcome ? "yes" : "no";
    }
    if (outcome instanceof Optional) {
      Optional<?> o = (Optional<?>) outcome;
      return o.isPresent() ? outcome(o.get()) : "none";
    }
    return String.valueOf(outcome);
  }

  /**
   * Appends one line per reason of a decision, indented by four spaces.
   *
   * @param out the lines
   * @param d the decision
   */
  static void reasons(List<String> out, Decision<?> d) {
    for (Reason r : d.getReasons()) {
      out.add("    " + r.getText());
    }
  }

  /**
   * Prints lines.
   *
   * @param lines the lines
   * @param out where to
   */
  static void print(List<String> lines, PrintStream out) {
    for (String l : lines) {
      out.println(l);
    }
  }
}
