package io.github.dpasemantics.model.party;

import static io.github.dpasemantics.model.testing.ModelValidation.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.data.DataCategory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RoleAssignmentsTest {

  private static Optional<Role> role(PartyKind p, Regime r, DataCategory d) {
    return RoleAssignments.roleOf(p, r, d).map(RoleAssignment::getRole);
  }

  private static String clause(PartyKind p, Regime r, DataCategory d) {
    return RoleAssignments.roleOf(p, r, d).orElseThrow().getClause();
  }

  @Test
  @Tag("clause-A.1.3")
  @DisplayName("A.1.3: Segment is a processor and Customer a controller of Customer Personal Data under the GDPR")
  void gdprRolesForCustomerPersonalData() {
    assertEquals(Optional.of(Role.PROCESSOR), role(PartyKind.SEGMENT, Regime.GDPR, DataCategory.CUSTOMER_PERSONAL_DATA));
    assertEquals(Optional.of(Role.CONTROLLER), role(PartyKind.CUSTOMER, Regime.GDPR, DataCategory.CUSTOMER_PERSONAL_DATA));
    assertEquals("A.1.3", clause(PartyKind.SEGMENT, Regime.GDPR, DataCategory.CUSTOMER_PERSONAL_DATA));
  }

  @Test
  @Tag("clause-A.1.3")
  @DisplayName("A.1.3: to the extent Usage Data is Personal Data, Segment is its controller")
  void segmentControlsUsageData() {
    RoleAssignment a = RoleAssignments.roleOf(PartyKind.SEGMENT, Regime.GDPR, DataCategory.USAGE_DATA).orElseThrow();
    assertEquals(Role.CONTROLLER, a.getRole());
    assertTrue(a.getCondition().orElseThrow().contains("Usage Data is considered Personal Data"));
  }

  @Test
  @Tag("clause-B.2")
  @DisplayName("B.2: Segment is a service provider under the CCPA for Customer Personal Data")
  void segmentIsAServiceProvider() {
    assertEquals(Optional.of(Role.SERVICE_PROVIDER), role(PartyKind.SEGMENT, Regime.CCPA, DataCategory.CUSTOMER_PERSONAL_DATA));
    assertEquals("B.2", clause(PartyKind.SEGMENT, Regime.CCPA, DataCategory.CUSTOMER_PERSONAL_DATA));
    assertEquals(Optional.of(Role.BUSINESS), role(PartyKind.CUSTOMER, Regime.CCPA, DataCategory.CUSTOMER_PERSONAL_DATA));
  }

  @Test
  @Tag("clause-B.6")
  @DisplayName("B.6: Segment is the business for Usage Data that is Personal Data")
  void segmentIsTheBusinessForUsageData() {
    assertEquals(Optional.of(Role.BUSINESS), role(PartyKind.SEGMENT, Regime.CCPA, DataCategory.USAGE_DATA));
    assertEquals("B.6", clause(PartyKind.SEGMENT, Regime.CCPA, DataCategory.USAGE_DATA));
  }

  @Test
  @Tag("clause-A.4.3.1")
  @DisplayName("A.4.3.1: Customer is the data exporter and Segment the data importer under the SCCs")
  void exporterAndImporter() {
    assertEquals(Optional.of(Role.DATA_EXPORTER), role(PartyKind.CUSTOMER, Regime.SCC_2010, DataCategory.CUSTOMER_PERSONAL_DATA));
    assertEquals(Optional.of(Role.DATA_IMPORTER), role(PartyKind.SEGMENT, Regime.SCC_2010, DataCategory.CUSTOMER_PERSONAL_DATA));
    assertEquals("A.4.3.1", clause(PartyKind.SEGMENT, Regime.SCC_2010, DataCategory.CUSTOMER_PERSONAL_DATA));
  }

  @Test
  @DisplayName("The text assigns no role to a Subprocessor, and Customer has no role for Usage Data")
  void unassignedRoles() {
    assertEquals(Optional.empty(), role(PartyKind.CUSTOMER, Regime.GDPR, DataCategory.USAGE_DATA));
    assertEquals(List.of(), RoleAssignments.assignedTo(PartyKind.SUBPROCESSOR));
    assertEquals(5, RoleAssignments.assignedTo(PartyKind.SEGMENT).size());
    assertEquals(3, RoleAssignments.assignedTo(PartyKind.CUSTOMER).size());
    assertEquals(8, RoleAssignments.segmentDpa().size());
    for (RoleAssignment a : RoleAssignments.segmentDpa()) {
      assertEquals(List.of(), violations(a), a.toString());
    }
  }

  @Test
  @DisplayName("A role outside its regime is refused naming role and regime")
  void aRoleOutsideItsRegimeIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> RoleAssignment.of(
        PartyKind.SEGMENT, Regime.CCPA, Role.PROCESSOR, DataCategory.CUSTOMER_PERSONAL_DATA, "B.2"));
    assertTrue(e.getMessage().contains("RoleAssignment.role = PROCESSOR: not a role under regime CCPA"), e.getMessage());
    assertTrue(Role.SUBPROCESSOR.isDefinedIn(Regime.SCC_2010));
    assertFalse(Role.DATA_EXPORTER.isDefinedIn(Regime.GDPR));
  }

  @Test
  @DisplayName("A clause that is not a clause id fires @Pattern; a blank one fires @NotBlank too")
  void aBadClauseIdFires() {
    RoleAssignment bad = RoleAssignment.of(PartyKind.SEGMENT, Regime.GDPR, Role.PROCESSOR,
        DataCategory.CUSTOMER_PERSONAL_DATA, "Section 7.c.");
    assertEquals(List.of("clause: RoleAssignment.clause = 'Section 7.c.': must be a clause id such as"
        + " 6.3, A.1.3 or B.2"), violations(bad));
    List<String> blank = violations(RoleAssignment.of(PartyKind.SEGMENT, Regime.GDPR, Role.PROCESSOR,
        DataCategory.CUSTOMER_PERSONAL_DATA, ""));
    assertEquals(2, blank.size(), blank.toString());
    assertTrue(blank.get(1).contains("must not be blank") || blank.get(0).contains("must not be blank"));
  }
}
