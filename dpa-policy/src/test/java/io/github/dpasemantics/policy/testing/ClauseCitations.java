package io.github.dpasemantics.policy.testing;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Reason;

/** Checks that a decision cites clauses of the catalogue and renders every reason. */
public final class ClauseCitations {
  private ClauseCitations() {}

  /**
   * Tells whether the decision cites at least one clause, every cited clause is in the Segment
   * catalogue, and every reason renders as a sentence starting with its clause id.
   *
   * @param d the decision
   * @return true if so
   */
  public static boolean citesCatalogue(Decision<?> d) {
    ClauseCatalog catalog = ClauseCatalog.segmentDpa();
    if (d.getClauses().isEmpty()) {
      return false;
    }
    for (ClauseId id : d.getClauses()) {
      if (!catalog.contains(id)) {
        return false;
      }
    }
    for (Reason r : d.getReasons()) {
      String text = r.getText();
      if (!text.startsWith(r.getClause() + ": ") || text.contains("{") || text.contains("''")) {
        return false;
      }
    }
    return true;
  }
}
