package io.github.dpasemantics.model.party;

import static io.github.dpasemantics.model.testing.ModelValidation.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.testing.ModelGenerators;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("clause-2.1")
class AffiliateGraphProperties {

  private static String node(int i) {
    return "o" + i;
  }

  @Test
  @DisplayName("2.1: being Affiliates is symmetric and irreflexive, for every pair, known or not")
  void affiliationIsSymmetricAndIrreflexive() {
    qt().forAll(ModelGenerators.affiliateGraphs(), integers().between(0, 8), integers().between(0, 8))
        .checkAssert((g, a, b) -> {
          assertEquals(g.areAffiliates(node(a), node(b)), g.areAffiliates(node(b), node(a)));
          assertEquals(false, g.areAffiliates(node(a), node(a)));
        });
  }

  @Test
  @DisplayName("2.1: the explanation agrees with controls() and its chains are real chains of the graph")
  void explanationsAreConsistent() {
    qt().forAll(ModelGenerators.affiliateGraphs(), integers().between(0, 7), integers().between(0, 7))
        .checkAssert((g, a, b) -> {
          AffiliateExplanation e = g.affiliation(node(a), node(b));
          if (a.equals(b)) {
            assertEquals(AffiliateBasis.SAME_ENTITY, e.getBasis());
            return;
          }
          boolean aControlsB = g.controls(node(a), node(b));
          boolean bControlsA = g.controls(node(b), node(a));
          assertEquals(aControlsB, e.getBasis() == AffiliateBasis.SUBJECT_CONTROLS_OTHER);
          if (!aControlsB) {
            assertEquals(bControlsA, e.getBasis() == AffiliateBasis.OTHER_CONTROLS_SUBJECT);
          }
          boolean common = g.controllersOf(node(a)).stream().anyMatch(c -> g.controllersOf(node(b)).contains(c));
          assertEquals(aControlsB || bControlsA || common, e.isAffiliated(), e.describe());
          for (ControlRelation r : e.getSubjectChain()) {
            assertTrue(g.getRelations().contains(r));
          }
          for (ControlRelation r : e.getOtherChain()) {
            assertTrue(g.getRelations().contains(r));
          }
        });
  }

  @Test
  @DisplayName("2.1: affiliatesOf(x) holds exactly the y with areAffiliates(x, y)")
  void affiliatesOfMatchesAreAffiliates() {
    qt().forAll(ModelGenerators.affiliateGraphs(), integers().between(0, 7)).checkAssert((g, a) -> {
      for (int b = 0; b < 8; b++) {
        assertEquals(g.areAffiliates(node(a), node(b)), g.affiliatesOf(node(a)).contains(node(b)));
      }
    });
  }

  @Test
  @DisplayName("2.1: controlling is transitive: chains compose")
  void controlIsTransitive() {
    qt().forAll(ModelGenerators.affiliateGraphs(), integers().between(0, 6), integers().between(0, 6), integers().between(0, 6))
        .checkAssert((g, a, b, c) -> {
          if (g.controls(node(a), node(b)) && g.controls(node(b), node(c)) && !a.equals(c)) {
            assertTrue(g.controls(node(a), node(c)));
          }
        });
  }

  @Test
  @DisplayName("Generated graphs pass validation and round-trip through the builder")
  void graphsRoundTrip() {
    qt().forAll(ModelGenerators.affiliateGraphs()).checkAssert(g -> {
      assertEquals(List.of(), violations(g));
      assertEquals(g, AffiliateGraph.builder().from(g).build());
      assertEquals(g, AffiliateGraph.of(g.getOrganisations(), g.getRelations()));
    });
  }
}
