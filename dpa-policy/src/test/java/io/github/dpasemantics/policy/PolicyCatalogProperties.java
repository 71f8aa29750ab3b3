package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.policy.testing.PolicyInputs;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every policy of the catalogue, run over generated inputs (issue 15, "Citations"): each reason
 * cites a clause the policy decides or declares it quotes, each clause it declares is cited by some
 * outcome, and the decision carries the policy's own name, derived from the code.
 */
class PolicyCatalogProperties {
  private static final int EXAMPLES = 400;

  @Test
  @DisplayName("for every policy, each reason cites a decided or quoted clause and each declared clause is cited by some outcome")
  void citationsMatchDeclarations() {
    Set<String> violations = new TreeSet<>();
    for (PolicyCatalog.Policy p : PolicyCatalog.segmentDpa().all()) {
      String where = p.name() + Arrays.toString(p.method().getParameterTypes()).replaceAll("[a-z]+\\.", "");
      Set<ClauseId> cited = new HashSet<>();
      List<Integer> decided = new ArrayList<>();
      qt().withFixedSeed(15L).withExamples(EXAMPLES).forAll(PolicyInputs.arguments(p.method())).check(args -> {
        Decision<?> d = invoke(p, args, violations, where);
        if (d == null) {
          return true;
        }
        decided.add(1);
        if (!d.getPolicy().equals(p.name())) {
          violations.add(where + ": the decision is named '" + d.getPolicy() + "', not '" + p.name() + "'");
        }
        for (Reason r : d.getReasons()) {
          cited.add(r.getClause());
          if (!p.mayCite(r.getClause())) {
            violations.add(where + ": reason " + r.getCode().name() + " cites " + r.getClause()
                + ", which the policy neither decides " + p.decides() + " nor quotes " + p.quotes());
          }
        }
        return true;
      });
      if (decided.isEmpty()) {
        violations.add(where + ": no generated input was accepted");
      }
      for (ClauseId c : p.decides()) {
        if (!cited.contains(c)) {
          violations.add(where + ": declares " + c + " but no outcome over " + EXAMPLES + " inputs cites it");
        }
      }
    }
    assertTrue(violations.isEmpty(), () -> violations.size() + " violations:\n  " + String.join("\n  ", violations));
  }

  private static Decision<?> invoke(PolicyCatalog.Policy p, Object[] args, Set<String> violations, String where) {
    try {
      return (Decision<?>) p.method().invoke(null, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException) {
        return null; // an input the policy refuses by its documented rule
      }
      violations.add(where + ": threw " + e.getCause() + " for " + Arrays.toString(args));
      return null;
    } catch (IllegalAccessException e) {
      violations.add(where + ": not accessible: " + e);
      return null;
    }
  }

  @Test
  @DisplayName("the catalogue names each policy Class.method, lists no problem, and every declared clause is in the catalogue")
  void catalogueIsWellFormed() {
    PolicyCatalog c = PolicyCatalog.segmentDpa();
    assertTrue(c.getProblems().isEmpty(), c.getProblems()::toString);
    ClauseCatalog clauses = ClauseCatalog.segmentDpa();
    for (PolicyCatalog.Policy p : c.all()) {
      assertEquals(p.method().getDeclaringClass().getSimpleName() + "." + p.method().getName(), p.name());
      assertEquals(Decision.class, p.method().getReturnType(), p.name());
      for (ClauseId id : p.decides()) {
        assertTrue(clauses.contains(id), p.name() + " decides " + id);
      }
      for (ClauseId id : p.quotes()) {
        assertTrue(clauses.contains(id), p.name() + " quotes " + id);
      }
    }
    assertEquals(c.names().size(), new HashSet<>(c.names()).size());
    assertTrue(c.names().contains("Audits.auditFormGranted") && c.names().contains("Deletion.deletionReach"));
    assertTrue(c.named("Transfers.subcontractingConsented").get(0).isEncoding());
    assertEquals(List.of(ClauseId.parse("A.4.3.6")), c.named("Transfers.subcontractingConsented").get(0).decides());
    assertTrue(c.named("no.suchPolicy").isEmpty());
    assertTrue(c.deciding(ClauseId.parse("9.1")).stream().anyMatch(p -> p.name().equals("Deletion.deletionReach")));
    assertEquals(Policies.classes().size(), c.byClass().size());
  }
}
