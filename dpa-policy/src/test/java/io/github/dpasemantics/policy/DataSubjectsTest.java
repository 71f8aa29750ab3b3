package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.policy.DataSubjects.Code;
import io.github.dpasemantics.policy.DataSubjects.Routing;
import io.github.dpasemantics.policy.fact.CustomerRequest;
import io.github.dpasemantics.policy.fact.SelfService;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DataSubjectsTest {

  static DataDescriptor data(DataOrigin origin, SubjectKind subject, boolean personal) {
    return DataDescriptor.builder().origin(origin).subjectKind(subject).processedBySegment(true)
        .governingLaws(personal ? List.of(DataProtectionLaw.EU_DATA_PROTECTION_LAW) : List.of()).build();
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8: Customer asks for help with an erasure request it cannot fulfil by self-service: assistance is owed, at its expense")
  void assistanceOwed() {
    Decision<Boolean> d = DataSubjects.assistanceOwed(CustomerRequest.REQUESTED, SelfService.DOES_NOT_SUFFICE);
    assertTrue(d.isYes());
    assertEquals(List.of(Code.ASSISTANCE_OWED, Code.AT_CUSTOMERS_EXPENSE), d.getReasonCodes());
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8: no assistance without Customer's request, or where self-service suffices")
  void noAssistance() {
    assertEquals(List.of(Code.SELF_SERVICE_SUFFICES), DataSubjects.assistanceOwed(CustomerRequest.REQUESTED, SelfService.SUFFICES).getReasonCodes());
    assertEquals(List.of(Code.NOT_REQUESTED), DataSubjects.assistanceOwed(CustomerRequest.NOT_REQUESTED, SelfService.DOES_NOT_SUFFICE).getReasonCodes());
    Decision<Boolean> both = DataSubjects.assistanceOwed(CustomerRequest.NOT_REQUESTED, SelfService.SUFFICES);
    assertFalse(both.isYes());
    assertEquals(List.of(Code.NOT_REQUESTED, Code.SELF_SERVICE_SUFFICES), both.getReasonCodes());
    assertFalse(DataSubjects.isAssistanceOwed(CustomerRequest.REQUESTED, SelfService.SUFFICES));
    assertFalse(DataSubjects.isAssistanceOwed(CustomerRequest.NOT_REQUESTED, SelfService.DOES_NOT_SUFFICE));
    assertTrue(DataSubjects.isAssistanceOwed(CustomerRequest.REQUESTED, SelfService.DOES_NOT_SUFFICE));
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8: an end user who writes to Segment about Customer Personal Data is advised to go to Customer, who responds")
  void referToCustomer() {
    Decision<Routing> d = DataSubjects.routing(data(DataOrigin.CUSTOMER_DATA, SubjectKind.CUSTOMER_END_USER, true));
    assertEquals(Routing.REFER_TO_CUSTOMER, d.getOutcome());
    assertEquals(List.of(Code.ADVISE_SUBMIT_TO_CUSTOMER, Code.CUSTOMER_RESPONDS), d.getReasonCodes());
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8, A.1.3: a request about Usage Data that is Personal Data is Segment's own as controller; other data is outside")
  void otherRoutes() {
    Decision<Routing> usage = DataSubjects.routing(data(DataOrigin.USAGE_DATA, SubjectKind.CUSTOMER_END_USER, true));
    assertEquals(Routing.SEGMENT_AS_CONTROLLER, usage.getOutcome());
    assertEquals(List.of(Code.SEGMENT_CONTROLLER_OF_USAGE_DATA), usage.getReasonCodes());
    assertEquals(Routing.OUTSIDE_ADDENDUM, DataSubjects.routingOf(data(DataOrigin.USAGE_DATA, SubjectKind.CUSTOMER_END_USER, false)));
    Decision<Routing> other = DataSubjects.routing(data(DataOrigin.OTHER, SubjectKind.OTHER_INDIVIDUAL, true));
    assertEquals(Routing.OUTSIDE_ADDENDUM, other.getOutcome());
    assertEquals(List.of(Code.OUTSIDE_ADDENDUM), other.getReasonCodes());
    assertEquals(Routing.OUTSIDE_ADDENDUM, DataSubjects.routingOf(data(DataOrigin.CUSTOMER_DATA, SubjectKind.OTHER_INDIVIDUAL, false)));
    assertThrows(NullPointerException.class, () -> DataSubjects.routingOf((DataDescriptor) null));
    assertTrue(citesCatalogue(usage) && citesCatalogue(other));
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8, A.1.3: by category, Customer Personal Data goes to Customer, Usage Data to Segment, every other category is outside")
  void routingByCategory() {
    assertEquals(Routing.REFER_TO_CUSTOMER, DataSubjects.routingOf(DataCategory.CUSTOMER_PERSONAL_DATA));
    assertEquals(Routing.SEGMENT_AS_CONTROLLER, DataSubjects.routingOf(DataCategory.USAGE_DATA));
    for (DataCategory c : List.of(DataCategory.CUSTOMER_DATA, DataCategory.PERSONAL_DATA, DataCategory.CUSTOMER_REPRESENTATIVE_DATA)) {
      assertEquals(Routing.OUTSIDE_ADDENDUM, DataSubjects.routingOf(c), c::toString);
      assertEquals(List.of(Code.OUTSIDE_ADDENDUM), DataSubjects.routing(c).getReasonCodes());
    }
    Decision<Routing> customer = DataSubjects.routing(DataCategory.CUSTOMER_PERSONAL_DATA);
    assertEquals(Routing.REFER_TO_CUSTOMER, customer.getOutcome());
    assertEquals(List.of(Code.ADVISE_SUBMIT_TO_CUSTOMER, Code.CUSTOMER_RESPONDS), customer.getReasonCodes());
    Decision<Routing> usage = DataSubjects.routing(DataCategory.USAGE_DATA);
    assertEquals(Routing.SEGMENT_AS_CONTROLLER, usage.getOutcome());
    assertEquals(List.of(Code.SEGMENT_CONTROLLER_OF_USAGE_DATA), usage.getReasonCodes());
    assertTrue(assertThrows(NullPointerException.class, () -> DataSubjects.routingOf((DataCategory) null)).getMessage()
        .contains("category"));
    assertTrue(citesCatalogue(customer) && citesCatalogue(usage));
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8: routing by category agrees with routing by descriptor for the data of that category")
  void categoryAgreesWithDescriptor() {
    assertEquals(DataSubjects.routingOf(data(DataOrigin.CUSTOMER_DATA, SubjectKind.CUSTOMER_END_USER, true)),
        DataSubjects.routingOf(DataCategory.CUSTOMER_PERSONAL_DATA));
    assertEquals(DataSubjects.routingOf(data(DataOrigin.USAGE_DATA, SubjectKind.CUSTOMER_END_USER, true)),
        DataSubjects.routingOf(DataCategory.USAGE_DATA));
    assertEquals(DataSubjects.routingOf(data(DataOrigin.OTHER, SubjectKind.OTHER_INDIVIDUAL, true)),
        DataSubjects.routingOf(DataCategory.PERSONAL_DATA));
  }
}
