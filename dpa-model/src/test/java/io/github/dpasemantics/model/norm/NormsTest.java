package io.github.dpasemantics.model.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.Clause;
import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.clause.NormKind;
import io.github.dpasemantics.model.contract.TermKey;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.testing.ModelValidation;
import io.github.dpasemantics.model.time.DeadlineRule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class NormsTest {
  private static final Norms NORMS = Norms.segmentDpa();

  private static Norm.Builder valid() {
    return Norm.builder().id("9.1/delete").clause(ClauseId.parse("9.1")).kind(NormKind.OBLIGATION)
        .bearer(PartyKind.SEGMENT).beneficiary(PartyKind.CUSTOMER).text("delete")
        .trigger(Trigger.on("request", EventType.DELETION_REQUESTED));
  }

  @Test
  @DisplayName("every norm cites a clause id that parses back to itself and exists in the catalogue")
  void everyNormCitesAnExistingClause() {
    ClauseCatalog catalog = ClauseCatalog.segmentDpa();
    for (Norm norm : NORMS.getNorms()) {
      assertEquals(norm.getClause(), ClauseId.parse(norm.getClause().toString()), norm.getId());
      assertTrue(catalog.contains(norm.getClause()), norm.getId() + " cites a clause not in the catalogue");
    }
  }

  @Test
  @DisplayName("every clause the catalogue marks as an obligation, permission, prohibition or right has a norm")
  void everyNormativeClauseHasANorm() {
    List<String> missing = new ArrayList<>();
    for (Clause clause : ClauseCatalog.segmentDpa().provisions()) {
      if (Norm.NORMATIVE_KINDS.contains(clause.getKind()) && NORMS.byClause(clause.getId()).isEmpty()) {
        missing.add(clause.getId() + " (" + clause.getKind() + ")");
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  @DisplayName("each norm's kind is one of the kinds the catalogue gives its clause, but for five reasoned readings")
  void normKindsAgreeWithTheCatalogue() {
    ClauseCatalog catalog = ClauseCatalog.segmentDpa();
    List<String> disagreements = NORMS.getNorms().stream()
        .filter(n -> !catalog.get(n.getClause()).getKinds().contains(n.getKind()))
        .map(Norm::getId)
        .collect(Collectors.toList());
    // The catalogue carries the finer kinds as secondary kinds: 5.1 lets Customer give further
    // written instructions (a power); 7.2's "will not materially decrease" forbids; A.2.2.5's
    // "Nothing ... shall require Segment to ..." frees Segment (a permission); B.5 is read as a
    // bar on treating access as consideration (a CCPA sale).
    assertEquals(List.of(), disagreements);
  }

  @Test
  @DisplayName("the clauses the brief names each create at least one norm")
  void namedClausesAreCovered() {
    for (String id : List.of("5.1", "6.1.1", "6.1.2", "6.3", "7.1", "7.2", "7.3", "7.4", "8", "9.1",
        "9.2", "A.1.3", "A.1.4", "A.2.1.1", "A.2.1.2", "A.2.2.1", "A.2.2.2", "A.2.2.3", "A.2.2.4",
        "A.2.2.5", "A.3", "A.4.1", "A.4.2", "A.4.3.4", "A.4.3.7", "B.3", "B.5", "B.6")) {
      assertFalse(NORMS.byClause(ClauseId.parse(id)).isEmpty(), id);
    }
    assertEquals(3, NORMS.byClause(ClauseId.parse("B.3")).size());
    assertEquals(Set.of(PartyKind.SEGMENT, PartyKind.CUSTOMER), NORMS.byClause(ClauseId.parse("A.2.1.2"))
        .stream().map(Norm::getBearer).collect(Collectors.toSet()));
  }

  @Test
  @DisplayName("norm ids are unique and carry their clause; every norm, condition and exemption is valid")
  void idsAreUniqueAndValuesValid() {
    Set<String> ids = new HashSet<>();
    for (Norm norm : NORMS.getNorms()) {
      assertTrue(ids.add(norm.getId()), norm.getId());
      assertTrue(norm.getId().startsWith(norm.getClause() + "/"), norm.getId());
      assertEquals(List.of(), ModelValidation.violations(norm), norm.getId());
      assertTrue(Conditions.all().containsAll(norm.getConditions()), norm.getId());
      assertTrue(Exemptions.all().containsAll(norm.getExemptions()), norm.getId());
    }
    assertEquals(Conditions.all().size(),
        Conditions.all().stream().map(Condition::getCode).distinct().count());
    assertEquals(Exemptions.all().size(),
        Exemptions.all().stream().map(Exemption::getCode).distinct().count());
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> Norms.of(List.of(valid().build(), valid().build())));
    assertTrue(dup.getMessage().contains("'9.1/delete'"), dup.getMessage());
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: advance notice is Segment's, due 10 days before first processing, unless expedited")
  void advanceNotice() {
    Norm n = NORMS.require("6.3/advance-notice");
    assertEquals(PartyKind.SEGMENT, n.getBearer());
    assertEquals(PartyKind.CUSTOMER, n.getBeneficiary());
    assertEquals(NormKind.OBLIGATION, n.getKind());
    assertEquals(DeadlineRule.atLeastDaysBefore(TermKey.SUBPROCESSOR_NOTICE_DAYS), n.getDeadline());
    assertEquals(Optional.of(EventType.SUBPROCESSOR_FIRST_PROCESSING), n.getDeadlineAnchor());
    assertEquals(List.of(Exemptions.EXPEDITED_ENGAGEMENT), n.getExemptions());
    assertEquals(Optional.of(DeadlineRule.asSoonAsReasonablyPracticable()),
        n.getExemptions().get(0).getReplacementDeadline());
    assertEquals(Set.of(EventType.SUBPROCESSOR_NOTICE_GIVEN), n.getFulfilledBy());
    assertTrue(n.getConditions().contains(Conditions.NEW_THIRD_PARTY_SUBPROCESSOR));
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: the objection window is Customer's right, 5 days after notice, written and on data protection grounds")
  void objectionRight() {
    Norm n = NORMS.require("6.3/object-to-new-subprocessor");
    assertEquals(NormKind.RIGHT_OR_POWER, n.getKind());
    assertEquals(PartyKind.CUSTOMER, n.getBearer());
    assertEquals(DeadlineRule.withinDaysAfter(TermKey.OBJECTION_DAYS), n.getDeadline());
    assertTrue(n.isTriggeredBy(EventType.SUBPROCESSOR_NOTICE_GIVEN));
    assertEquals(List.of(Conditions.OBJECTION_IN_WRITING, Conditions.REASONABLE_DATA_PROTECTION_CONCERNS),
        n.getConditions());
    Norm terminate = NORMS.require("6.3/terminate-for-convenience");
    assertEquals(Set.of(EventType.TERMINATED_FOR_CONVENIENCE), terminate.getFulfilledBy());
    assertEquals(DeadlineRule.none(), terminate.getDeadline());
  }

  @Test
  @Tag("clause-A.2.1.2")
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.1.2 and A.2.2.4: 'without delay' and 'promptly' keep their own words as deadline rules")
  void withoutDelayAndPromptly() {
    assertEquals(DeadlineRule.withoutDelay(), NORMS.require("A.2.1.2/inform-segment-of-employee-request").getDeadline());
    assertEquals(DeadlineRule.promptly(), NORMS.require("A.2.2.4/notify-non-compliance").getDeadline());
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: incident notice is due without undue delay, suspended by law, law enforcement or investigation")
  void incidentNotice() {
    Norm n = NORMS.require("7.3/notify-security-incident");
    assertEquals(DeadlineRule.withoutUndueDelay(), n.getDeadline());
    assertEquals(EnumSet.of(EventType.LAW_PROHIBITS_NOTICE, EventType.NOTIFICATION_DELAY_REQUESTED,
        EventType.INVESTIGATION_DELAY_STARTED), n.getSuspendedBy());
    assertEquals(Set.of(EventType.INVESTIGATION_DELAY_ENDED), n.getResumedBy());
    assertEquals(3, n.getExemptions().size());
    assertEquals(List.of("7.3/notify-security-incident", "7.3/describe-security-incident"),
        NORMS.triggeredBy(EventType.SECURITY_EVENT_CONFIRMED).stream().map(Norm::getId)
            .collect(Collectors.toList()));
    assertTrue(NORMS.triggeredBy(EventType.SECURITY_EVENT_DETECTED).isEmpty());
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1, 9.2: deletion is due 60 days after the request, discharged by legal retention, and survives 3.4")
  void deletion() {
    Norm n = NORMS.require("9.1/delete-customer-personal-data");
    assertEquals(DeadlineRule.withinDaysAfter(TermKey.DELETION_DAYS), n.getDeadline());
    assertEquals(Set.of(EventType.LEGAL_RETENTION_DECLARED), n.getDischargedBy());
    assertTrue(n.isSurvivingTermination());
    assertFalse(NORMS.require("7.1/security-measures").isSurvivingTermination());
    assertEquals(List.of(Conditions.FOLLOWING_TERMINATION), n.getConditions());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: the audit right is Customer's, once per calendar year; a recent report in lieu discharges the written response")
  void audits() {
    Norm audit = NORMS.require("A.2.2.2/audit");
    assertEquals(DeadlineRule.oncePerCalendarYear(), audit.getDeadline());
    assertTrue(audit.isStanding());
    Norm response = NORMS.require("A.2.2.2/written-response");
    assertEquals(List.of(Exemptions.REPORT_IN_LIEU), response.getExemptions());
    Norm inLieu = NORMS.require("A.2.2.2/accept-report-in-lieu");
    assertEquals(DeadlineRule.withinMonthsPrior(TermKey.REPORT_RECENCY_MONTHS), inLieu.getDeadline());
    assertEquals(Optional.of(EventType.AUDIT_REQUESTED), inLieu.getDeadlineAnchor());
    assertEquals(NormKind.RIGHT_OR_POWER, NORMS.require("A.2.2.3/object-to-auditor").getKind());
    assertEquals(PartyKind.SEGMENT, NORMS.require("A.2.2.3/object-to-auditor").getBearer());
  }

  @Test
  @Tag("clause-B.3")
  @DisplayName("B.3, B.5, A.2.2.4, 7.2: the prohibitions, and what breaks them")
  void prohibitions() {
    assertEquals(List.of("7.2/no-material-decrease", "A.2.2.4/limit-use-of-audit-reports", "B.3/no-sale",
        "B.3/no-other-purpose", "B.3/no-use-outside-relationship", "B.5/access-not-consideration"),
        NORMS.byKind(NormKind.PROHIBITION).stream().map(Norm::getId).collect(Collectors.toList()));
    for (Norm n : NORMS.byKind(NormKind.PROHIBITION)) {
      assertTrue(n.getFulfilledBy().isEmpty(), n.getId());
    }
  }

  @Test
  @DisplayName("lookups by bearer, beneficiary and kind partition the catalogue")
  void lookupsPartition() {
    int byBearer = 0;
    int byBeneficiary = 0;
    for (PartyKind p : PartyKind.values()) {
      byBearer += NORMS.byBearer(p).size();
      byBeneficiary += NORMS.byBeneficiary(p).size();
    }
    int byKind = 0;
    for (NormKind k : NormKind.values()) {
      byKind += NORMS.byKind(k).size();
    }
    assertEquals(NORMS.size(), byBearer);
    assertEquals(NORMS.size(), byBeneficiary);
    assertEquals(NORMS.size(), byKind);
    assertEquals(4, NORMS.byClause(ClauseId.parse("7.4")).size());
    assertTrue(NORMS.byBearer(PartyKind.CUSTOMER).containsAll(NORMS.byClause(ClauseId.parse("7.4"))));
    assertEquals(NORMS, Norms.of(new ArrayList<>(NORMS.getNorms())));
    assertTrue(NORMS.get("no/such").isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NORMS.require("no/such"));
    assertTrue(e.getMessage().contains("'no/such'"));
  }

  @Test
  @DisplayName("every event type bears on some norm, except detection and the ends of the Agreement (generic rule)")
  void everyEventTypeIsUsed() {
    Set<EventType> unused = EnumSet.noneOf(EventType.class);
    for (EventType t : EventType.values()) {
      if (NORMS.involving(t).isEmpty()) {
        unused.add(t);
      }
    }
    assertEquals(EnumSet.of(EventType.SECURITY_EVENT_DETECTED, EventType.AGREEMENT_TERMINATED,
        EventType.AGREEMENT_EXPIRED), unused);
    for (Norm n : NORMS.standing()) {
      assertEquals(Set.of(EventType.ADDENDUM_SIGNED), n.getTrigger().getEvents(), n.getId());
    }
  }

  @Test
  @DisplayName("an inconsistent norm is refused with the field, the value and the rule")
  void inconsistentNormsAreRefused() {
    assertEquals(valid().build(), valid().build());
    assertMessage("Norm.id = '9.2/delete': must be the clause id '9.1'", () -> valid().id("9.2/delete").build());
    assertMessage("Norm.id = '9.1/Delete'", () -> valid().id("9.1/Delete").build());
    assertMessage("Norm.kind = DEFINITION", () -> valid().kind(NormKind.DEFINITION).build());
    assertMessage("Norm.beneficiary = SEGMENT", () -> valid().beneficiary(PartyKind.SEGMENT).build());
    assertMessage("Norm.fulfilledBy = [DELETION_COMPLETED] for prohibition",
        () -> valid().kind(NormKind.PROHIBITION).addFulfilledBy(EventType.DELETION_COMPLETED).build());
    assertMessage("Norm.deadlineAnchor = AUDIT_REQUESTED",
        () -> valid().deadlineAnchor(EventType.AUDIT_REQUESTED).build());
    assertMessage("Norm.resumedBy = [INVESTIGATION_DELAY_ENDED]",
        () -> valid().addResumedBy(EventType.INVESTIGATION_DELAY_ENDED).build());
    assertMessage("Norm.exemptions = 'retention-required-by-law'",
        () -> valid().addExemptions(Exemptions.RETENTION_REQUIRED_BY_LAW).build());
    assertEquals(Set.of(EventType.LEGAL_RETENTION_DECLARED), valid()
        .addExemptions(Exemptions.RETENTION_REQUIRED_BY_LAW).addDischargedBy(EventType.LEGAL_RETENTION_DECLARED)
        .build().getDischargedBy());
    assertMessage("Trigger.events = []", () -> Trigger.builder().text("x").build());
    assertMessage("Trigger.events = [DELETION_REQUESTED] with standing = true",
        () -> Trigger.builder().text("x").standing(true).addEvents(EventType.DELETION_REQUESTED).build());
    assertMessage("Exemption.evidencedBy = []", () -> Exemption.builder().code("x").clause(ClauseId.parse("7.3"))
        .text("x").effect(ExemptionEffect.SUSPENDS).build());
    assertMessage("Exemption.replacementDeadline = Optional.empty with effect = REPLACES_DEADLINE",
        () -> Exemptions.EXPEDITED_ENGAGEMENT.withReplacementDeadline(Optional.empty()));
  }

  @Test
  @DisplayName("Jakarta constraints on norms, triggers, conditions and exemptions fire with clear messages")
  void constraintsFire() {
    assertEquals(List.of("text: Norm.text = '': must not be blank"),
        ModelValidation.violations(valid().text("").build()));
    assertEquals(List.of("code: Condition.code = 'Not Kebab': must be lower-case words joined by hyphens",
        "text: Condition.text = ' ': must not be blank"),
        ModelValidation.violations(Condition.of("Not Kebab", ClauseId.parse("6.3"), " ")));
    assertEquals(List.of("trigger.text: Trigger.text = '': must not be blank"),
        ModelValidation.violations(valid().trigger(Trigger.on("", EventType.DELETION_REQUESTED)).build()));
    assertEquals(List.of("conditions[0].text: Condition.text = '': must not be blank"),
        ModelValidation.violations(valid().addConditions(Condition.of("c", ClauseId.parse("9.1"), "")).build()));
    assertEquals(List.of("code: Exemption.code = '': must be lower-case words joined by hyphens",
        "code: Exemption.code = '': must not be blank"),
        ModelValidation.violations(Exemptions.LAW_ENFORCEMENT_DELAY.withCode("")));
  }

  private static void assertMessage(String start, org.junit.jupiter.api.function.Executable build) {
    IllegalStateException e = assertThrows(IllegalStateException.class, build);
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }
}
