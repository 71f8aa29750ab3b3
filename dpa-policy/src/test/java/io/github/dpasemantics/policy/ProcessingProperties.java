package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static io.github.dpasemantics.policy.testing.FactGenerators.acknowledgements;
import static io.github.dpasemantics.policy.testing.FactGenerators.forms;
import static io.github.dpasemantics.policy.testing.FactGenerators.lawRequirements;
import static io.github.dpasemantics.policy.testing.FactGenerators.legalRequirementNotices;
import static io.github.dpasemantics.policy.testing.ScopeGenerators.dates;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Processing.LawConflict;
import io.github.dpasemantics.policy.Processing.Purpose;
import io.github.dpasemantics.policy.fact.Acknowledgement;
import io.github.dpasemantics.policy.fact.Form;
import io.github.dpasemantics.policy.fact.LawRequirement;
import io.github.dpasemantics.policy.fact.LegalRequirementNotice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ProcessingProperties {

  @Test
  @Tag("clause-5.1")
  @DisplayName("5.1: explained == bare; the writing facts are read only for a further instruction, and more formality never hurts")
  void authorizationConsistent() {
    qt().forAll(Generate.enumValues(Purpose.class), forms(), acknowledgements()).check((p, w, a) -> {
      Decision<Boolean> d = Processing.processingAuthorized(p, w, a);
      boolean bare = Processing.isProcessingAuthorized(p, w, a);
      boolean factsUnread = p == Purpose.CUSTOMER_INSTRUCTION
          || bare == Processing.isProcessingAuthorized(p, null, null) && d.equals(Processing.processingAuthorized(p, null, null));
      boolean monotone = !bare || Processing.isProcessingAuthorized(p, Form.IN_WRITING, Acknowledgement.ACKNOWLEDGED_IN_WRITING);
      return d.isYes() == bare && factsUnread && monotone && citesCatalogue(d);
    });
  }

  @Test
  @Tag("clause-A.1.2")
  @DisplayName("A.1.2: the duration is the closed interval from receipt to deletion; bare == explained")
  void durationInterval() {
    qt().forAll(dates(), integers().between(0, 2000), dates()).check((receipt, length, day) -> {
      java.time.LocalDate deletion = receipt.plusDays(length);
      boolean in = Processing.isWithinProcessingDuration(receipt, deletion, day);
      return in == (!day.isBefore(receipt) && !day.isAfter(deletion))
          && Processing.withinProcessingDuration(receipt, deletion, day).isYes() == in
          && Processing.withinProcessingDuration(receipt, day).isYes() == Processing.isWithinProcessingDuration(receipt, day)
          && (!in || Processing.isWithinProcessingDuration(receipt, day))
          && citesCatalogue(Processing.withinProcessingDuration(receipt, deletion, day));
    });
  }

  @Test
  @Tag("clause-A.1.4")
  @DisplayName("A.1.4: notice is due exactly when the law requires otherwise and does not prohibit notice; bare == explained")
  void noticeRule() {
    qt().forAll(lawRequirements(), legalRequirementNotices()).check((law, notice) -> {
      Decision<LawConflict> d = Processing.lawConflict(law, notice);
      boolean req = law == LawRequirement.REQUIRES_OTHERWISE;
      boolean noticeUnread = req || d.equals(Processing.lawConflict(law, null)) && Processing.lawConflictOf(law, null) == d.getOutcome();
      return Processing.lawConflictOf(law, notice).isNoticeDue() == (req && notice == LegalRequirementNotice.PERMITTED)
          && d.getOutcome() == Processing.lawConflictOf(law, notice) && noticeUnread
          && (d.getOutcome() == LawConflict.FOLLOW_INSTRUCTIONS) == !req && citesCatalogue(d);
    });
  }

  @Test
  @Tag("clause-A.1.3")
  @DisplayName("A.1.3: every role decision agrees with the model's role table and cites A.1.3")
  void rolesFromTable() {
    qt().forAll(Generate.enumValues(PartyKind.class), Generate.enumValues(DataCategory.class)).check((p, c) ->
        Processing.gdprRole(p, c).getOutcome().equals(Processing.gdprRoleOf(p, c))
            && Processing.gdprRole(p, c).getClauses().toString().equals("[A.1.3]"));
  }
}
