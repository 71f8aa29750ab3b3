package io.github.dpasemantics.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DataDescriptorTest {

  private static DataDescriptor endUserEmail() {
    return DataDescriptor.builder()
        .description("end-user e-mail addresses")
        .origin(DataOrigin.CUSTOMER_DATA)
        .addGoverningLaw(DataProtectionLaw.EU_DATA_PROTECTION_LAW)
        .subjectKind(SubjectKind.CUSTOMER_END_USER)
        .processedBySegment(true)
        .subjectLocation(CountryCode.of("DE"))
        .build();
  }

  @Test
  @Tag("clause-2.8")
  @DisplayName("2.8: data governed as personal data by a Data Protection Law is Personal Data")
  void governedDataIsPersonalData() {
    DataDescriptor d = endUserEmail();
    assertTrue(d.isPersonalData());
    assertTrue(d.isGovernedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW));
    assertFalse(d.isGovernedBy(DataProtectionLaw.CCPA));
  }

  @Test
  @Tag("clause-2.8")
  @DisplayName("2.8: data that no Data Protection Law governs as personal data is not Personal Data")
  void ungovernedDataIsNotPersonalData() {
    DataDescriptor d = endUserEmail().withGoverningLaws(Set.of());
    assertFalse(d.isPersonalData());
  }

  @Test
  @Tag("clause-2.5")
  @DisplayName("2.5: data about no natural person cannot be personal data under any law")
  void dataAboutNobodyCannotBePersonalData() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> endUserEmail().withSubjectKind(SubjectKind.NONE));
    assertTrue(e.getMessage().contains("DataDescriptor.governingLaws = [EU_DATA_PROTECTION_LAW]"), e.getMessage());
    assertTrue(e.getMessage().contains("2.8"), e.getMessage());
  }

  @Test
  @Tag("clause-2.3")
  @DisplayName("2.3: only a Customer employee or representative can have the direct business relationship")
  void onlyRepresentativesHaveTheDirectRelationship() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> endUserEmail().withDirectBusinessRelationshipWithSegment(true));
    assertTrue(e.getMessage().contains("DataDescriptor.directBusinessRelationshipWithSegment = true"), e.getMessage());
    assertTrue(e.getMessage().contains("CUSTOMER_END_USER"), e.getMessage());
    DataDescriptor rep = endUserEmail()
        .withSubjectKind(SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE)
        .withDirectBusinessRelationshipWithSegment(true);
    assertTrue(rep.isDirectBusinessRelationshipWithSegment());
    assertFalse(endUserEmail().isDirectBusinessRelationshipWithSegment());
  }

  @Test
  @Tag("clause-A.4.2")
  @DisplayName("A.4.2: a subject in Germany or Switzerland is in the EU or Switzerland; in the US or unknown is not")
  void subjectLocation() {
    LocalDate day = LocalDate.of(2020, 7, 1);
    assertTrue(endUserEmail().isSubjectInEuOrSwitzerlandOn(day));
    assertTrue(endUserEmail().withSubjectLocation(CountryCode.SWITZERLAND).isSubjectInEuOrSwitzerlandOn(day));
    assertFalse(endUserEmail().withSubjectLocation(CountryCode.UNITED_STATES).isSubjectInEuOrSwitzerlandOn(day));
    assertFalse(endUserEmail().withSubjectLocation(Optional.empty()).isSubjectInEuOrSwitzerlandOn(day));
    assertFalse(endUserEmail().withSubjectLocation(CountryCode.of("GB"))
        .isSubjectInEuOrSwitzerlandOn(LocalDate.of(2020, 2, 1)));
  }

  @Test
  @DisplayName("A blank description is refused naming the field")
  void aBlankDescriptionIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> endUserEmail().withDescription(" "));
    assertTrue(e.getMessage().contains("DataDescriptor.description = ' '"), e.getMessage());
  }

  @Test
  @DisplayName("A descriptor without its origin is refused naming the missing attribute")
  void aMissingOriginIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DataDescriptor.builder().subjectKind(SubjectKind.NONE).processedBySegment(false).build());
    assertTrue(e.getMessage().contains("origin"), e.getMessage());
  }

  @Test
  @Tag("clause-2.3")
  @DisplayName("2.3: Customer Personal Data is part of Customer Data; categories cite their clauses")
  void categoriesCiteTheirClauses() {
    assertEquals(Optional.of(DataCategory.CUSTOMER_DATA), DataCategory.CUSTOMER_PERSONAL_DATA.getBroader());
    assertEquals(Optional.empty(), DataCategory.PERSONAL_DATA.getBroader());
    assertEquals("2.8", DataCategory.PERSONAL_DATA.getClause());
    assertEquals("A.1.3", DataCategory.USAGE_DATA.getClause());
    assertEquals("2.6", DataProtectionLaw.EU_DATA_PROTECTION_LAW.getClause());
    assertEquals("2.2", DataProtectionLaw.CCPA.getClause());
    assertEquals("Customer Personal Data", DataCategory.CUSTOMER_PERSONAL_DATA.getLabel());
  }
}
