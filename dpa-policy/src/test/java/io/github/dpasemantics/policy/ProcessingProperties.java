package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static io.github.dpasemantics.policy.testing.ScopeGenerators.dates;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Processing.LawConflict;
import io.github.dpasemantics.policy.Processing.Purpose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ProcessingProperties {

  @Test
  @Tag("clause-5.1")
  @DisplayName("5.1: explained == bare; the writing flags matter only for a further instruction, and more formality never hurts")
  void authorizationConsistent() {
    qt().forAll(Generate.enumValues(Purpose.class), booleans().all(), booleans().all()).check((p, w, a) -> {
      Decision<Boolean> d = Processing.processingAuthorized(p, w, a);
      boolean bare = Processing.isProcessingAuthorized(p, w, a);
      boolean flagsIrrelevant = p == Purpose.CUSTOMER_INSTRUCTION || bare == Processing.isProcessingAuthorized(p);
      boolean monotone = !bare || Processing.isProcessingAuthorized(p, true, true);
      return d.isYes() == bare && flagsIrrelevant && monotone && citesCatalogue(d);
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
          && Processing.processingDuration(receipt, deletion, day).isYes() == in
          && Processing.processingDuration(receipt, day).isYes() == Processing.isWithinProcessingDuration(receipt, day)
          && (!in || Processing.isWithinProcessingDuration(receipt, day))
          && citesCatalogue(Processing.processingDuration(receipt, deletion, day));
    });
  }

  @Test
  @Tag("clause-A.1.4")
  @DisplayName("A.1.4: notice is due exactly when the law requires otherwise and does not prohibit notice")
  void noticeRule() {
    qt().forAll(booleans().all(), booleans().all()).check((req, proh) -> {
      Decision<LawConflict> d = Processing.lawConflict(req, proh);
      return Processing.isNoticeOfLegalRequirementDue(req, proh) == (req && !proh)
          && d.getOutcome() == Processing.instructionsConflict(req, proh)
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
