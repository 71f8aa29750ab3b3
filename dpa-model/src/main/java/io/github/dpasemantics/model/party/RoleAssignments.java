package io.github.dpasemantics.model.party;

import io.github.dpasemantics.model.data.DataCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The roles the Segment Addendum assigns, as data, each citing its clause.
 *
 * <ul>
 *   <li>A.1.3(a): Segment is a processor of Customer Personal Data under EU Data Protection Law;
 *   <li>A.1.3(b): Customer is a controller of Customer Personal Data under EU Data Protection Law;
 *   <li>A.1.3: to the extent Usage Data is Personal Data, Segment is its controller;
 *   <li>B.2: with respect to Customer Personal Data, Segment is a service provider under the CCPA
 *       (and Customer, by implication, the business);
 *   <li>B.6: to the extent Usage Data is Personal Data, Segment is the business for it;
 *   <li>A.4.3.1: for the Standard Contractual Clauses, Customer is the data exporter and Segment
 *       the data importer (only when A.4.3 makes the SCCs govern a transfer).
 * </ul>
 *
 * <p>This class holds no mutable state.
 */
public final class RoleAssignments {

  private static final String USAGE_DATA_CONDITION =
      "to the extent that any Usage Data is considered Personal Data";
  private static final String SCC_CONDITION =
      "only where A.4.3 makes the Standard Contractual Clauses govern the transfer";

  private static final List<RoleAssignment> SEGMENT_DPA = List.of(
      RoleAssignment.of(
          PartyKind.SEGMENT, Regime.GDPR, Role.PROCESSOR, DataCategory.CUSTOMER_PERSONAL_DATA, "A.1.3"),
      RoleAssignment.of(
          PartyKind.CUSTOMER, Regime.GDPR, Role.CONTROLLER, DataCategory.CUSTOMER_PERSONAL_DATA, "A.1.3"),
      RoleAssignment.builder()
          .party(PartyKind.SEGMENT).regime(Regime.GDPR).role(Role.CONTROLLER)
          .data(DataCategory.USAGE_DATA).clause("A.1.3").condition(USAGE_DATA_CONDITION)
          .build(),
      RoleAssignment.of(
          PartyKind.SEGMENT, Regime.CCPA, Role.SERVICE_PROVIDER, DataCategory.CUSTOMER_PERSONAL_DATA, "B.2"),
      RoleAssignment.builder()
          .party(PartyKind.CUSTOMER).regime(Regime.CCPA).role(Role.BUSINESS)
          .data(DataCategory.CUSTOMER_PERSONAL_DATA).clause("B.2")
          .condition("implied: a service provider processes on behalf of a business (B.1, B.2)")
          .build(),
      RoleAssignment.builder()
          .party(PartyKind.SEGMENT).regime(Regime.CCPA).role(Role.BUSINESS)
          .data(DataCategory.USAGE_DATA).clause("B.6").condition(USAGE_DATA_CONDITION)
          .build(),
      RoleAssignment.builder()
          .party(PartyKind.CUSTOMER).regime(Regime.SCC_2010).role(Role.DATA_EXPORTER)
          .data(DataCategory.CUSTOMER_PERSONAL_DATA).clause("A.4.3.1").condition(SCC_CONDITION)
          .build(),
      RoleAssignment.builder()
          .party(PartyKind.SEGMENT).regime(Regime.SCC_2010).role(Role.DATA_IMPORTER)
          .data(DataCategory.CUSTOMER_PERSONAL_DATA).clause("A.4.3.1").condition(SCC_CONDITION)
          .build());

  private RoleAssignments() {}

  /**
   * Every role assignment of the Segment Addendum, in document order.
   *
   * @return the assignments of A.1.3, B.2, B.6 and A.4.3.1, unmodifiable
   */
  public static List<RoleAssignment> segmentDpa() {
    return SEGMENT_DPA;
  }

  /**
   * The role the Segment Addendum gives this kind of party for this data under this regime, if any.
   *
   * @param party the kind of party
   * @param regime the regime
   * @param data the category of data
   * @return the first matching assignment in document order, or empty if the Addendum assigns none
   */
  public static Optional<RoleAssignment> roleOf(PartyKind party, Regime regime, DataCategory data) {
    Objects.requireNonNull(party, "RoleAssignments.roleOf: party must not be null");
    Objects.requireNonNull(regime, "RoleAssignments.roleOf: regime must not be null");
    Objects.requireNonNull(data, "RoleAssignments.roleOf: data must not be null");
    return SEGMENT_DPA.stream()
        .filter(a -> a.getParty() == party && a.getRegime() == regime && a.getData() == data)
        .findFirst();
  }

  /**
   * Every assignment of the Segment Addendum made to this kind of party.
   *
   * @param party the kind of party
   * @return its assignments in document order, unmodifiable; empty if it has none
   */
  public static List<RoleAssignment> assignedTo(PartyKind party) {
    Objects.requireNonNull(party, "RoleAssignments.assignedTo: party must not be null");
    List<RoleAssignment> result = new ArrayList<>();
    for (RoleAssignment a : SEGMENT_DPA) {
      if (a.getParty() == party) {
        result.add(a);
      }
    }
    return List.copyOf(result);
  }
}
