package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.Role;
import io.github.dpasemantics.model.party.SourceOrDestination;
import io.github.dpasemantics.policy.Processing.Code;
import io.github.dpasemantics.policy.Processing.LawConflict;
import io.github.dpasemantics.policy.Processing.Purpose;
import io.github.dpasemantics.policy.fact.Acknowledgement;
import io.github.dpasemantics.policy.fact.Form;
import io.github.dpasemantics.policy.fact.LawRequirement;
import io.github.dpasemantics.policy.fact.LegalRequirementNotice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ProcessingTest {

  @Test
  @Tag("clause-5.1")
  @DisplayName("5.1: Processing to provide the Services, under the Agreement, for legal obligations or legal claims is authorized")
  void listedPurposes() {
    assertEquals(List.of(Code.PROVIDE_SERVICES), Processing.processingAuthorized(Purpose.PROVIDE_SERVICES, null, null).getReasonCodes());
    assertEquals(List.of(Code.AGREEMENT_OBLIGATIONS_AND_RIGHTS),
        Processing.processingAuthorized(Purpose.AGREEMENT_OBLIGATIONS_AND_RIGHTS, null, null).getReasonCodes());
    assertEquals(List.of(Code.LEGAL_OBLIGATIONS), Processing.processingAuthorized(Purpose.LEGAL_OBLIGATIONS, null, null).getReasonCodes());
    assertEquals(List.of(Code.LEGAL_CLAIMS), Processing.processingAuthorized(Purpose.LEGAL_CLAIMS, null, null).getReasonCodes());
    for (Purpose p : List.of(Purpose.PROVIDE_SERVICES, Purpose.AGREEMENT_OBLIGATIONS_AND_RIGHTS, Purpose.LEGAL_OBLIGATIONS,
        Purpose.LEGAL_CLAIMS)) {
      // the writing facts are not read for these purposes (issue 17: the CLI does not ask for them)
      assertTrue(Processing.isProcessingAuthorized(p, null, null));
      assertTrue(Processing.isProcessingAuthorized(p, Form.NOT_IN_WRITING, Acknowledgement.NOT_ACKNOWLEDGED));
      assertTrue(Processing.processingAuthorized(p, Form.NOT_IN_WRITING, Acknowledgement.NOT_ACKNOWLEDGED).isYes());
      assertTrue(citesCatalogue(Processing.processingAuthorized(p, Form.IN_WRITING, Acknowledgement.ACKNOWLEDGED_IN_WRITING)));
    }
  }

  @Test
  @Tag("clause-5.1")
  @DisplayName("5.1: any other purpose is not authorized")
  void otherPurpose() {
    Decision<Boolean> d = Processing.processingAuthorized(Purpose.OTHER, Form.IN_WRITING, Acknowledgement.ACKNOWLEDGED_IN_WRITING);
    assertFalse(d.isYes());
    assertEquals(List.of(Code.NOT_INSTRUCTED), d.getReasonCodes());
    assertEquals(d, Processing.processingAuthorized(Purpose.OTHER, null, null));
    assertFalse(Processing.isProcessingAuthorized(Purpose.OTHER, null, null));
    assertFalse(Processing.isProcessingAuthorized(Purpose.OTHER, Form.IN_WRITING, Acknowledgement.ACKNOWLEDGED_IN_WRITING));
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-5.1")
  @DisplayName("5.1: a further instruction counts only if written by Customer and acknowledged in writing by Segment")
  void furtherInstructions() {
    Purpose instruction = Purpose.CUSTOMER_INSTRUCTION;
    Decision<Boolean> ok = Processing.processingAuthorized(instruction, Form.IN_WRITING, Acknowledgement.ACKNOWLEDGED_IN_WRITING);
    assertTrue(ok.isYes());
    assertEquals(List.of(Code.WRITTEN_INSTRUCTION), ok.getReasonCodes());
    assertTrue(Processing.isProcessingAuthorized(instruction, Form.IN_WRITING, Acknowledgement.ACKNOWLEDGED_IN_WRITING));
    assertEquals(List.of(Code.INSTRUCTION_NOT_WRITTEN, Code.INSTRUCTION_NOT_ACKNOWLEDGED),
        Processing.processingAuthorized(instruction, Form.NOT_IN_WRITING, Acknowledgement.NOT_ACKNOWLEDGED).getReasonCodes());
    assertEquals(List.of(Code.INSTRUCTION_NOT_ACKNOWLEDGED),
        Processing.processingAuthorized(instruction, Form.IN_WRITING, Acknowledgement.NOT_ACKNOWLEDGED).getReasonCodes());
    assertEquals(List.of(Code.INSTRUCTION_NOT_WRITTEN),
        Processing.processingAuthorized(instruction, Form.NOT_IN_WRITING, Acknowledgement.ACKNOWLEDGED_IN_WRITING).getReasonCodes());
    assertFalse(Processing.isProcessingAuthorized(instruction, Form.IN_WRITING, Acknowledgement.NOT_ACKNOWLEDGED));
    assertFalse(Processing.isProcessingAuthorized(instruction, Form.NOT_IN_WRITING, Acknowledgement.ACKNOWLEDGED_IN_WRITING));
    assertThrows(NullPointerException.class, () -> Processing.isProcessingAuthorized(null, Form.IN_WRITING, null));
  }

  @Test
  @Tag("clause-5.1")
  @DisplayName("5.1: for a further instruction both writing facts must be given; the refusal names the missing one and the rule")
  void furtherInstructionNeedsItsFacts() {
    Purpose instruction = Purpose.CUSTOMER_INSTRUCTION;
    IllegalArgumentException noForm = assertThrows(IllegalArgumentException.class,
        () -> Processing.isProcessingAuthorized(instruction, null, Acknowledgement.ACKNOWLEDGED_IN_WRITING));
    assertEquals("Processing.isProcessingAuthorized: form must be given for purpose CUSTOMER_INSTRUCTION (5.1: other instructions"
        + " count only if written by Customer and acknowledged in writing by Segment)", noForm.getMessage());
    IllegalArgumentException noAck = assertThrows(IllegalArgumentException.class,
        () -> Processing.processingAuthorized(instruction, Form.IN_WRITING, null));
    assertTrue(noAck.getMessage().startsWith("Processing.processingAuthorized: acknowledgement must be given"), noAck.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Processing.processingAuthorized(instruction, null, Acknowledgement.NOT_ACKNOWLEDGED));
    assertThrows(IllegalArgumentException.class, () -> Processing.isProcessingAuthorized(instruction, Form.IN_WRITING, null));
  }

  @Test
  @Tag("clause-5.2")
  @DisplayName("5.2: sending to a Destination as Customer directs is not limited, and Customer answers for the Destination")
  void destinations() {
    SourceOrDestination warehouse = SourceOrDestination.of(Party.of("bigquery", "BigQuery", PartyKind.SOURCE_OR_DESTINATION),
        SourceOrDestination.Direction.DESTINATION);
    Decision<Boolean> d = Processing.transmissionUnlimited(warehouse);
    assertTrue(d.isYes());
    assertEquals(List.of(Code.TRANSMISSION_NOT_LIMITED, Code.CUSTOMER_RESPONSIBLE), d.getReasonCodes());
    assertEquals(List.of("bigquery"), d.getReasons().get(1).getArguments());
    SourceOrDestination undirected = SourceOrDestination.builder().from(warehouse).directedByCustomer(false).build();
    Decision<Boolean> no = Processing.transmissionUnlimited(undirected);
    assertFalse(no.isYes());
    assertEquals(List.of(Code.TRANSMISSION_NOT_DIRECTED), no.getReasonCodes());
    assertFalse(io.github.dpasemantics.model.norm.Deeming.SOURCES_AND_DESTINATIONS.consequenceFollows(false));
    assertThrows(NullPointerException.class, () -> Processing.transmissionUnlimited(null));
    assertTrue(citesCatalogue(d) && citesCatalogue(no));
  }

  private static final LocalDate RECEIPT = LocalDate.of(2020, 3, 5);
  private static final LocalDate DELETION = LocalDate.of(2022, 2, 28);

  @Test
  @Tag("clause-A.1.2")
  @DisplayName("A.1.2: the Processing lasts from receipt to deletion of all Customer Personal Data, both days included")
  void duration() {
    assertFalse(Processing.isWithinProcessingDuration(RECEIPT, DELETION, RECEIPT.minusDays(1)));
    assertTrue(Processing.isWithinProcessingDuration(RECEIPT, DELETION, RECEIPT));
    assertTrue(Processing.isWithinProcessingDuration(RECEIPT, DELETION, RECEIPT.plusDays(1)));
    assertTrue(Processing.isWithinProcessingDuration(RECEIPT, DELETION, DELETION.minusDays(1)));
    assertTrue(Processing.isWithinProcessingDuration(RECEIPT, DELETION, DELETION));
    assertFalse(Processing.isWithinProcessingDuration(RECEIPT, DELETION, DELETION.plusDays(1)));
    assertTrue(Processing.isWithinProcessingDuration(RECEIPT, RECEIPT, RECEIPT));
    assertEquals(List.of(Code.BEFORE_RECEIPT), Processing.withinProcessingDuration(RECEIPT, DELETION, RECEIPT.minusDays(1)).getReasonCodes());
    assertEquals(List.of(Code.WITHIN_DURATION), Processing.withinProcessingDuration(RECEIPT, DELETION, DELETION).getReasonCodes());
    Decision<Boolean> after = Processing.withinProcessingDuration(RECEIPT, DELETION, DELETION.plusDays(1));
    assertEquals(List.of(Code.AFTER_DELETION), after.getReasonCodes());
    assertEquals(List.of(DELETION, DELETION.plusDays(1)), after.getReasons().get(0).getArguments());
    assertTrue(citesCatalogue(after));
  }

  @Test
  @Tag("clause-A.1.2")
  @DisplayName("A.1.2: before any deletion, every day from receipt on is within the duration")
  void durationOpenEnded() {
    assertFalse(Processing.isWithinProcessingDuration(RECEIPT, RECEIPT.minusDays(1)));
    assertTrue(Processing.isWithinProcessingDuration(RECEIPT, RECEIPT));
    assertTrue(Processing.withinProcessingDuration(RECEIPT, RECEIPT.plusYears(20)).isYes());
    Decision<Boolean> before = Processing.withinProcessingDuration(RECEIPT, RECEIPT.minusDays(1));
    assertFalse(before.isYes());
    assertEquals(List.of(Code.BEFORE_RECEIPT), before.getReasonCodes());
    assertEquals(List.of(Code.WITHIN_DURATION), Processing.withinProcessingDuration(RECEIPT, RECEIPT).getReasonCodes());
  }

  @Test
  @Tag("clause-A.1.2")
  @DisplayName("A.1.2: a deletion before receipt, or a null day, is refused with the values")
  void durationArguments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Processing.isWithinProcessingDuration(RECEIPT, RECEIPT.minusDays(1), RECEIPT));
    assertTrue(e.getMessage().contains("2020-03-04") && e.getMessage().contains("2020-03-05"), e.getMessage());
    assertTrue(assertThrows(NullPointerException.class, () -> Processing.isWithinProcessingDuration(null, DELETION, RECEIPT)).getMessage().contains("receipt"));
    assertTrue(assertThrows(NullPointerException.class, () -> Processing.isWithinProcessingDuration(RECEIPT, null, RECEIPT)).getMessage().contains("deletion"));
    assertTrue(assertThrows(NullPointerException.class, () -> Processing.isWithinProcessingDuration(RECEIPT, DELETION, null)).getMessage().contains("date"));
    assertTrue(assertThrows(NullPointerException.class, () -> Processing.isWithinProcessingDuration(null, RECEIPT)).getMessage().contains("receipt"));
    assertTrue(assertThrows(NullPointerException.class, () -> Processing.isWithinProcessingDuration(RECEIPT, null)).getMessage().contains("date"));
  }

  @Test
  @Tag("clause-A.1.3")
  @DisplayName("A.1.3: Segment is processor and Customer controller of Customer Personal Data; Segment controls Usage Data")
  void roles() {
    Decision<Optional<Role>> segment = Processing.gdprRole(PartyKind.SEGMENT, DataCategory.CUSTOMER_PERSONAL_DATA);
    assertEquals(Optional.of(Role.PROCESSOR), segment.getOutcome());
    assertEquals(List.of(Code.SEGMENT_PROCESSOR), segment.getReasonCodes());
    Decision<Optional<Role>> customer = Processing.gdprRole(PartyKind.CUSTOMER, DataCategory.CUSTOMER_PERSONAL_DATA);
    assertEquals(Optional.of(Role.CONTROLLER), customer.getOutcome());
    assertEquals(List.of(Code.CUSTOMER_CONTROLLER), customer.getReasonCodes());
    Decision<Optional<Role>> usage = Processing.gdprRole(PartyKind.SEGMENT, DataCategory.USAGE_DATA);
    assertEquals(Optional.of(Role.CONTROLLER), usage.getOutcome());
    assertEquals(List.of(Code.SEGMENT_CONTROLLER_OF_USAGE_DATA), usage.getReasonCodes());
    Decision<Optional<Role>> none = Processing.gdprRole(PartyKind.AUDITOR, DataCategory.CUSTOMER_PERSONAL_DATA);
    assertEquals(Optional.empty(), none.getOutcome());
    assertEquals(List.of(Code.NO_ROLE_ASSIGNED), none.getReasonCodes());
    assertEquals(List.of(PartyKind.AUDITOR, "Customer Personal Data"), none.getReasons().get(0).getArguments());
    assertThrows(NullPointerException.class, () -> Processing.gdprRoleOf(null, DataCategory.USAGE_DATA));
    assertThrows(NullPointerException.class, () -> Processing.gdprRoleOf(PartyKind.SEGMENT, null));
    assertTrue(citesCatalogue(segment) && citesCatalogue(none));
  }

  @Test
  @Tag("clause-A.1.4")
  @DisplayName("A.1.4: when EU law requires otherwise Segment notifies Customer, unless that law prohibits it")
  void lawRequiresOtherwise() {
    Decision<LawConflict> follow = Processing.lawConflict(LawRequirement.DOES_NOT_REQUIRE_OTHERWISE, LegalRequirementNotice.PROHIBITED_BY_LAW);
    assertEquals(LawConflict.FOLLOW_INSTRUCTIONS, follow.getOutcome());
    assertEquals(List.of(Code.FOLLOW_INSTRUCTIONS), follow.getReasonCodes());
    assertEquals(follow, Processing.lawConflict(LawRequirement.DOES_NOT_REQUIRE_OTHERWISE, null));
    Decision<LawConflict> notify = Processing.lawConflict(LawRequirement.REQUIRES_OTHERWISE, LegalRequirementNotice.PERMITTED);
    assertEquals(LawConflict.COMPLY_WITH_LAW_AND_NOTIFY, notify.getOutcome());
    assertEquals(List.of(Code.LAW_REQUIRES_OTHERWISE_NOTIFY), notify.getReasonCodes());
    Decision<LawConflict> silent = Processing.lawConflict(LawRequirement.REQUIRES_OTHERWISE, LegalRequirementNotice.PROHIBITED_BY_LAW);
    assertEquals(LawConflict.COMPLY_WITH_LAW_WITHOUT_NOTICE, silent.getOutcome());
    assertEquals(List.of(Code.LAW_PROHIBITS_NOTICE), silent.getReasonCodes());
    assertTrue(LawConflict.COMPLY_WITH_LAW_AND_NOTIFY.isNoticeDue());
    assertFalse(LawConflict.COMPLY_WITH_LAW_WITHOUT_NOTICE.isNoticeDue());
    assertFalse(LawConflict.FOLLOW_INSTRUCTIONS.isNoticeDue());
    assertEquals(LawConflict.FOLLOW_INSTRUCTIONS, Processing.lawConflictOf(LawRequirement.DOES_NOT_REQUIRE_OTHERWISE, null));
    assertEquals(LawConflict.COMPLY_WITH_LAW_AND_NOTIFY,
        Processing.lawConflictOf(LawRequirement.REQUIRES_OTHERWISE, LegalRequirementNotice.PERMITTED));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Processing.lawConflict(LawRequirement.REQUIRES_OTHERWISE, null));
    assertEquals("Processing.lawConflict: notice must be given when law = REQUIRES_OTHERWISE (A.1.4: Segment will notify Customer"
        + " unless that law prohibits Segment from doing so)", e.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Processing.lawConflictOf(LawRequirement.REQUIRES_OTHERWISE, null))
        .getMessage().startsWith("Processing.lawConflictOf: notice must be given"));
    assertEquals("Processing.lawConflictOf: law must not be null",
        assertThrows(NullPointerException.class, () -> Processing.lawConflictOf(null, LegalRequirementNotice.PERMITTED)).getMessage());
    assertEquals("Processing.lawConflict: law must not be null",
        assertThrows(NullPointerException.class, () -> Processing.lawConflict(null, null)).getMessage());
    assertTrue(citesCatalogue(follow) && citesCatalogue(notify) && citesCatalogue(silent));
  }
}
