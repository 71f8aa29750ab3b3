package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.dataDescriptors;
import static io.github.dpasemantics.policy.testing.DeletionGenerators.agreementEnds;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.readings;
import static io.github.dpasemantics.policy.testing.ScopeGenerators.addenda;
import static io.github.dpasemantics.policy.testing.ScopeGenerators.annexFacts;
import static io.github.dpasemantics.policy.testing.ScopeGenerators.dates;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Annex;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.policy.Scope.SurvivingDuty;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ScopeProperties {

  @Test
  @Tag("clause-1")
  @DisplayName("1: the effective date is one of the signature days, not before either, and symmetric in the parties")
  void effectiveDateIsTheLater() {
    qt().forAll(dates(), dates()).check((s, c) -> {
      LocalDate e = Scope.addendumEffectiveDate(s, c);
      return (e.equals(s) || e.equals(c)) && !e.isBefore(s) && !e.isBefore(c) && e.equals(Scope.addendumEffectiveDate(c, s))
          && Scope.addendumEffective(s, c).getOutcome().equals(e) && citesCatalogue(Scope.addendumEffective(s, c));
    });
  }

  @Test
  @Tag("clause-1")
  @DisplayName("1: the model's effective date and the policy's agree")
  void modelAgrees() {
    qt().forAll(addenda()).check(a -> Scope.addendumEffective(a).getOutcome().equals(a.getEffectiveDate()));
  }

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4: in force exactly on the days from the effective date to the Agreement's end; bare == explained")
  void inForceIsAnInterval() {
    qt().forAll(agreementEnds(), addenda(), dates(), integers().between(0, 400)).check((end, ad, day, step) -> {
      boolean in = Scope.isAddendumInForce(ad, end, day);
      boolean expected = !day.isBefore(ad.getEffectiveDate()) && end.map(e -> !day.isAfter(e)).orElse(true);
      Decision<Boolean> d = Scope.addendumInForce(ad, end, day);
      boolean later = Scope.isAddendumInForce(ad, end, day.plusDays(step));
      boolean earlier = Scope.isAddendumInForce(ad, end, day.minusDays(step));
      return in == expected && d.isYes() == in && citesCatalogue(d) && (in || !(later && earlier))
          && in == Scope.isAddendumInForce(ad.getEffectiveDate(), end, day)
          && d.equals(Scope.addendumInForce(ad.getEffectiveDate(), end, day));
    });
  }

  @Test
  @Tag("clause-4")
  @DisplayName("4: the applicable Annexes are exactly those whose law governs the Processing")
  void annexesMatchLaws() {
    qt().forAll(annexFacts()).check(f -> {
      Decision<Set<Annex>> d = Scope.applicableAnnexes(f);
      return d.getOutcome().contains(Annex.EU_ANNEX) == f.isGovernedByEuDataProtectionLaw()
          && d.getOutcome().contains(Annex.CALIFORNIA_ANNEX) == f.isGovernedByCcpa()
          && d.getReasons().size() == Annex.values().length && citesCatalogue(d)
          && d.getOutcome().equals(Scope.applicableAnnexesOf(f))
          && Scope.annexApplicable(Annex.EU_ANNEX, f).isYes() == f.isGovernedByEuDataProtectionLaw()
          && Scope.annexApplicable(Annex.CALIFORNIA_ANNEX, f).isYes() == f.isGovernedByCcpa()
          && citesCatalogue(Scope.annexApplicable(Annex.CALIFORNIA_ANNEX, f));
    });
  }

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4, 9.2: only the DELETION_ENDS_WITH_ADDENDUM reading ends the 9.1 duty; 9.2 retained data survives under every reading")
  void survivalDependsOnOneReading() {
    qt().forAll(readings()).check(r -> {
      Set<SurvivingDuty> s = Scope.survivingDutiesOf(r);
      return s.contains(SurvivingDuty.DELETION_9_1) != r.is(Interpretation.DELETION_ENDS_WITH_ADDENDUM)
          && s.contains(SurvivingDuty.RETAINED_DATA_9_2)
          && Scope.survivingDuties(r).getClauses().contains(ClauseId.parse("9.2"))
          && Scope.survivingDuties(r).getOutcome().equals(s) && citesCatalogue(Scope.survivingDuties(r));
    });
  }

  @Test
  @Tag("clause-1")
  @DisplayName("1: the Addendum applies only to Customer Personal Data that Segment Processes; bare == explained")
  void appliesOnlyToCustomerPersonalData() {
    qt().forAll(dataDescriptors()).check(d -> {
      Decision<Boolean> a = Scope.addendumApplicable(d);
      return a.isYes() == Scope.isAddendumApplicable(d)
          && a.isYes() == (Definitions.isCustomerPersonalData(d) && d.isProcessedBySegment()) && citesCatalogue(a);
    });
  }
}
