package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.CaliforniaGenerators.acts;
import static io.github.dpasemantics.policy.testing.CaliforniaGenerators.categories;
import static io.github.dpasemantics.policy.testing.CaliforniaGenerators.purposes;
import static io.github.dpasemantics.policy.testing.TransferGenerators.days;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("clause-B.3")
class CaliforniaProperties {
  private static final ClauseCatalog CATALOG = ClauseCatalog.segmentDpa();

  private static boolean citesCatalogue(Decision<?> d) {
    for (ClauseId id : d.getClauses()) {
      if (!CATALOG.contains(id)) {
        return false;
      }
    }
    return !d.getClauses().isEmpty();
  }

  @Test
  @DisplayName("B.3: bare and explained use decisions agree, cite existing clauses, and a no always names a prohibition")
  void useExplainedEqualsBare() {
    qt().forAll(acts(), purposes(), booleans().all()).check((a, p, w) -> {
      Decision<Boolean> d = California.ccpaUseAllowed(a, p, w);
      boolean prohibitionNamed = d.hasReason(California.Code.SELLING_PROHIBITED)
          || d.hasReason(California.Code.OTHER_PURPOSE_PROHIBITED)
          || d.hasReason(California.Code.OTHER_COMMERCIAL_PURPOSE_PROHIBITED)
          || d.hasReason(California.Code.OUTSIDE_RELATIONSHIP_PROHIBITED);
      return d.isYes() == California.isCcpaUseAllowed(a, p, w) && citesCatalogue(d) && d.isYes() != prohibitionNamed;
    });
  }

  @Test
  @DisplayName("B.3: selling is never allowed, and leaving the relationship never makes a use more allowed")
  void sellingNeverAndRelationshipMonotone() {
    qt().forAll(purposes(), booleans().all()).check((p, w) -> !California.isCcpaUseAllowed(California.Act.SELL, p, w));
    qt().forAll(acts(), purposes()).check((a, p) -> !California.isCcpaUseAllowed(a, p, false) || California.isCcpaUseAllowed(a, p, true));
  }

  @Test
  @DisplayName("B.2, B.6: roles agree between bare and explained forms and cite existing clauses")
  void rolesAgree() {
    qt().forAll(categories(), booleans().all()).check((c, personal) -> California.ccpaRole(c, personal).getOutcome()
        .equals(California.ccpaRoleOf(c, personal)) && citesCatalogue(California.ccpaRole(c, personal)));
  }

  @Test
  @DisplayName("B.3: the CPRA gap is monotone in time and agrees with the table")
  void cpraMonotone() {
    LegalFacts facts = LegalFacts.current();
    qt().forAll(days(), days()).check((a, b) -> {
      java.time.LocalDate early = a.isBefore(b) ? a : b;
      java.time.LocalDate late = a.isBefore(b) ? b : a;
      Decision<Boolean> d = California.cpraGap(early, facts);
      return (!California.isCpraGap(early, facts) || California.isCpraGap(late, facts))
          && d.isYes() == facts.isCpraOperative(early) && citesCatalogue(d);
    });
  }

  @Test
  @DisplayName("B.4, B.5: bare and explained forms agree")
  void smallDecisionsAgree() {
    qt().forAll(booleans().all()).check(b -> California.integralToServices(b).isYes() == b
        && !California.accessPartOfConsideration(b).isYes() && citesCatalogue(California.accessPartOfConsideration(b))
        && citesCatalogue(California.integralToServices(b)));
  }

  @Test
  @DisplayName("every reason code of Annex B cites a clause of the catalogue")
  void everyCodeCitesTheCatalogue() {
    for (California.Code c : California.Code.values()) {
      org.junit.jupiter.api.Assertions.assertTrue(CATALOG.contains(c.clause()), c.name());
    }
  }
}
