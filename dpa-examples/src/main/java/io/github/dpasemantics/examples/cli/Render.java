package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.json.DecisionReport;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.time.Window;
import io.github.dpasemantics.policy.ContractTime;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Reason;
import java.util.ArrayList;
import java.util.List;

/** Text renderings shared by the commands. */
final class Render {
  private Render() {}

  /**
   * Renders a decision as {@link #decision(Decision, Style)} does, followed by each date its inputs
   * gave as an instant, with the conversion into the contract's zone, and each optional input left
   * out, with the value taken for it.
   */
  static String decision(DecisionReport report, Style s) {
    StringBuilder sb = new StringBuilder(decision(report.decision(), s));
    for (ContractTime.DateInput d : report.dates()) {
      sb.append('\n').append(label("date", s)).append(StateReport.safe(d.explain().orElse(d.field())));
    }
    for (String a : report.assumed()) {
      sb.append('\n').append(label("assumed", s)).append(StateReport.safe(a));
    }
    return sb.toString();
  }

  /**
   * Renders a decision as aligned text: the outcome, the clauses, each reason with its code, the
   * window and the readings applied.
   */
  static String decision(Decision<?> d, Style s) {
    StringBuilder sb = new StringBuilder();
    Object outcome = d.getOutcome();
    String shown = outcome instanceof Boolean ? ((Boolean) outcome ? "yes" : "no") : StateReport.safe(String.valueOf(outcome));
    String coloured = outcome instanceof Boolean ? ((Boolean) outcome ? s.green(shown) : s.red(shown)) : s.bold(shown);
    sb.append(s.bold(StateReport.safe(d.getPolicy()))).append(" = ").append(coloured).append('\n');
    List<String> ids = new ArrayList<>();
    for (ClauseId id : d.getClauses()) {
      ids.add(id.toString());
    }
    sb.append(label("clauses", s)).append(s.cyan(String.join(", ", ids))).append('\n');
    for (Reason r : d.getReasons()) {
      sb.append(label("because", s)).append(StateReport.safe(r.getText())).append(' ').append(s.dim("[" + r.getCode().name() + "]"))
          .append('\n');
    }
    if (d.getWindow().isPresent()) {
      Window w = d.getWindow().get();
      sb.append(label("window", s)).append(w.getOpens().map(o -> o + " to ").orElse("until ")).append(w.getCloses())
          .append(s.dim(" (" + w.getCounting().description() + ")")).append('\n');
    }
    for (Interpretation i : d.getInterpretations()) {
      sb.append(label("reading", s)).append(i.name()).append(i.isDefault() ? " (default)" : s.yellow(" (chosen)"))
          .append(": ").append(i.reading()).append('\n');
    }
    return sb.toString().stripTrailing();
  }

  static String label(String label, Style s) {
    return "  " + s.dim(Style.pad(label, 9));
  }

  /** Wraps text at a width, indenting continuation lines. */
  static String wrap(String text, int width, String indent) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (col > 0 && col + 1 + word.length() > width) {
        out.append('\n').append(indent);
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      } else if (out.length() == 0) {
        out.append(indent);
      }
      out.append(word);
      col += word.length();
    }
    return out.toString();
  }
}
