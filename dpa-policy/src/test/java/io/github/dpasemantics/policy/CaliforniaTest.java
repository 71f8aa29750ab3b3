package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.party.Role;
import io.github.dpasemantics.policy.California.Act;
import io.github.dpasemantics.policy.California.Code;
import io.github.dpasemantics.policy.California.Purpose;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaliforniaTest {

  @ParameterizedTest(name = "{0}, personal {1}: {2}")
  @CsvSource({
      "CUSTOMER_PERSONAL_DATA,true,SERVICE_PROVIDER,SERVICE_PROVIDER",
      "CUSTOMER_PERSONAL_DATA,false,SERVICE_PROVIDER,SERVICE_PROVIDER",
      "USAGE_DATA,true,BUSINESS,BUSINESS_FOR_USAGE_DATA",
      "USAGE_DATA,false,,USAGE_DATA_NOT_PERSONAL",
      "CUSTOMER_REPRESENTATIVE_DATA,true,,NO_ROLE",
      "CUSTOMER_DATA,true,,NO_ROLE",
      "PERSONAL_DATA,true,,NO_ROLE"})
  @Tag("clause-B.2")
  @Tag("clause-B.6")
  @DisplayName("B.2, B.6: Segment is a service provider for Customer Personal Data and the business for personal Usage Data")
  void roles(DataCategory category, boolean personal, Role role, Code code) {
    Decision<Optional<Role>> dec = California.ccpaRole(category, personal);
    assertEquals(Optional.ofNullable(role), dec.getOutcome());
    assertEquals(Optional.ofNullable(role), California.ccpaRoleOf(category, personal));
    assertEquals(List.of(code), dec.getReasonCodes());
  }

  @ParameterizedTest(name = "{0} for {1}, within relationship {2}: allowed {3}")
  @CsvSource({
      "USE,PROVIDE_SERVICES,true,true,FOR_THE_SERVICES",
      "RETAIN,PROVIDE_SERVICES,true,true,FOR_THE_SERVICES",
      "DISCLOSE,PROVIDE_SERVICES,true,true,FOR_THE_SERVICES",
      "SELL,PROVIDE_SERVICES,true,false,SELLING_PROHIBITED",
      "USE,OTHER,true,false,OTHER_PURPOSE_PROHIBITED",
      "USE,OTHER_COMMERCIAL_PURPOSE,true,false,OTHER_COMMERCIAL_PURPOSE_PROHIBITED",
      "DISCLOSE,PROVIDE_SERVICES,false,false,OUTSIDE_RELATIONSHIP_PROHIBITED",
      "USE,CUSTOMER_INSTRUCTION,false,true,INSTRUCTED_PROCESSING_INTEGRAL",
      "USE,CUSTOMER_INSTRUCTION,true,true,INSTRUCTED_PROCESSING_INTEGRAL",
      "SELL,CUSTOMER_INSTRUCTION,true,false,SELLING_PROHIBITED"})
  @Tag("clause-B.3")
  @DisplayName("B.3: no selling; nothing for another (commercial) purpose; nothing outside the direct business relationship")
  void useAllowed(Act act, Purpose purpose, boolean within, boolean allowed, Code code) {
    Decision<Boolean> dec = California.ccpaUseAllowed(act, purpose, within);
    assertEquals(allowed, dec.isYes());
    assertEquals(allowed, California.isCcpaUseAllowed(act, purpose, within));
    assertTrue(dec.hasReason(code), dec.toString());
    assertEquals(allowed, dec.hasReason(Code.FOR_THE_SERVICES));
  }

  @Test
  @Tag("clause-B.3")
  @DisplayName("B.3: selling for another commercial purpose outside the relationship breaks all three prohibitions, each its own reason")
  void everyProhibitionItsOwnReason() {
    Decision<Boolean> dec = California.ccpaUseAllowed(Act.SELL, Purpose.OTHER_COMMERCIAL_PURPOSE, false);
    assertFalse(dec.isYes());
    assertEquals(List.of(Code.SELLING_PROHIBITED, Code.OTHER_COMMERCIAL_PURPOSE_PROHIBITED, Code.OUTSIDE_RELATIONSHIP_PROHIBITED),
        dec.getReasonCodes());
    assertEquals(List.of(ClauseId.parse("B.3")), dec.getClauses());
    Decision<Boolean> instructed = California.ccpaUseAllowed(Act.USE, Purpose.CUSTOMER_INSTRUCTION, false);
    assertEquals(List.of(Code.INSTRUCTED_PROCESSING_INTEGRAL, Code.FOR_THE_SERVICES), instructed.getReasonCodes());
    assertEquals(List.of(ClauseId.parse("B.3"), ClauseId.parse("B.4")), instructed.getClauses());
    assertTrue(instructed.explain().contains("Customer's instructions in Section 5"), instructed.explain());
  }

  @ParameterizedTest(name = "authorised by Section 5 instructions {0}")
  @CsvSource({"true,INSTRUCTED_PROCESSING_INTEGRAL", "false,NOT_INSTRUCTED"})
  @Tag("clause-B.4")
  @DisplayName("B.4: Processing authorized by Customer's Section 5 instructions is integral to the Services")
  void integral(boolean authorised, Code code) {
    Decision<Boolean> dec = California.integralToServices(authorised);
    assertEquals(authorised, dec.isYes());
    assertEquals(authorised, io.github.dpasemantics.model.norm.Deeming.INTEGRAL_TO_SERVICES.consequenceFollows(authorised));
    assertEquals(List.of(code), dec.getReasonCodes());
  }

  @ParameterizedTest(name = "Agreement says otherwise {0}")
  @CsvSource({"true", "false"})
  @Tag("clause-B.5")
  @DisplayName("B.5: Segment's access to Customer Personal Data is never consideration, notwithstanding the Agreement")
  void notConsideration(boolean saysOtherwise) {
    Decision<Boolean> dec = California.accessPartOfConsideration(saysOtherwise);
    assertFalse(dec.isYes());
    assertFalse(California.accessPartOfConsideration(saysOtherwise).isYes());
    assertEquals(saysOtherwise ? List.of(Code.ACCESS_NOT_CONSIDERATION, Code.NOTWITHSTANDING_AGREEMENT)
        : List.of(Code.ACCESS_NOT_CONSIDERATION), dec.getReasonCodes());
  }

  @ParameterizedTest(name = "as of {0}: gap {1}")
  @CsvSource({"2022-12-31,false", "2023-01-01,true", "2023-01-02,true", "2020-06-01,false"})
  @Tag("clause-B.3")
  @DisplayName("B.3: from 1 January 2023 the CPRA's service-provider terms are missing from Annex B, reported as findings")
  void cpraGap(String day, boolean gap) {
    LocalDate asOf = LocalDate.parse(day);
    Decision<Boolean> dec = California.cpraGap(asOf, LegalFacts.current());
    assertEquals(gap, dec.isYes());
    assertEquals(gap, California.isCpraGap(asOf, LegalFacts.current()));
    List<ReasonCode> expected = gap
        ? List.of(Code.CPRA_GAP_SHARING, Code.CPRA_GAP_COMBINING, Code.CPRA_GAP_SPECIFIED_PURPOSES, Code.CPRA_GAP_100D,
            Code.DECIDED_AS_WRITTEN)
        : List.of(Code.CPRA_NOT_OPERATIVE, Code.DECIDED_AS_WRITTEN);
    assertEquals(expected, dec.getReasonCodes());
    assertTrue(dec.explain().contains("Proposition 24"), dec.explain());
    assertEquals(dec, California.cpraGap(asOf));
  }

  @Test
  @Tag("clause-B.3")
  @DisplayName("B.3: with no CPRA fact in the table there is no gap, and the reason says the fact is missing")
  void cpraGapWithoutFact() {
    LegalFacts none = LegalFacts.current().withoutFact(LegalFacts.CPRA_OPERATIVE);
    Decision<Boolean> dec = California.cpraGap(LocalDate.of(2025, 1, 1), none);
    assertFalse(dec.isYes());
    assertTrue(dec.explain().contains("no CPRA fact"), dec.explain());
  }

  @Test
  @DisplayName("B: null arguments are refused with a message naming them")
  void nulls() {
    assertMessage(() -> California.ccpaRoleOf(null, true), "category");
    assertMessage(() -> California.isCcpaUseAllowed(null, Purpose.OTHER, true), "act");
    assertMessage(() -> California.isCcpaUseAllowed(Act.USE, null, true), "purpose");
    assertMessage(() -> California.isCpraGap(null, LegalFacts.current()), "asOf");
    assertMessage(() -> California.isCpraGap(LocalDate.of(2025, 1, 1), null), "facts");
  }

  private static void assertMessage(org.junit.jupiter.api.function.Executable call, String fragment) {
    RuntimeException e = assertThrows(RuntimeException.class, call);
    assertTrue(e.getMessage() != null && e.getMessage().contains(fragment), "message: " + e.getMessage());
  }
}
