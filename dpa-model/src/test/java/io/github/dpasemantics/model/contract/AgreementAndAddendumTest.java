package io.github.dpasemantics.model.contract;

import static io.github.dpasemantics.model.testing.ModelValidation.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.party.PartyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementAndAddendumTest {

  private static final LocalDate JAN_1 = LocalDate.of(2020, 1, 1);

  @ParameterizedTest(name = "Segment signs {0}, Customer signs {1}: effective {2}")
  @CsvSource({
      "2020-03-05, 2020-03-05, 2020-03-05",
      "2020-03-04, 2020-03-05, 2020-03-05",
      "2020-03-06, 2020-03-05, 2020-03-06",
      "2020-12-31, 2021-01-01, 2021-01-01"})
  @Tag("clause-1")
  @DisplayName("1: the Addendum is effective as of the later date of each party's signature")
  void theAddendumTakesEffectOnTheLaterSignature(LocalDate segment, LocalDate customer, LocalDate effective) {
    Addendum dpa = Addendum.signed(segment, customer);
    assertEquals(effective, dpa.getEffectiveDate());
    assertEquals(Optional.of(Signature.of(PartyKind.CUSTOMER, customer)), dpa.signatureOf(PartyKind.CUSTOMER));
    assertEquals(Optional.empty(), dpa.signatureOf(PartyKind.AUDITOR));
    assertTrue(dpa.contains(Annex.EU_ANNEX) && dpa.contains(Annex.CALIFORNIA_ANNEX));
  }

  @Test
  @Tag("clause-1")
  @DisplayName("1: an Addendum missing Customer's signature is refused naming the signatures")
  void aMissingSignatureIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Addendum.builder()
        .addSignature(Signature.of(PartyKind.SEGMENT, JAN_1)).build());
    assertEquals("Addendum.signatures = [SEGMENT 2020-01-01]: must hold exactly one signature by CUSTOMER"
        + " but holds 0 (1)", e.getMessage());
    IllegalStateException none = assertThrows(IllegalStateException.class, () -> Addendum.builder().build());
    assertTrue(none.getMessage().contains("signature by SEGMENT but holds 0"), none.getMessage());
  }

  @Test
  @Tag("clause-1")
  @DisplayName("1: an Addendum signed twice by Segment is refused")
  void aDoubleSignatureIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Addendum.builder()
        .addSignatures(Signature.of(PartyKind.SEGMENT, JAN_1), Signature.of(PartyKind.SEGMENT, JAN_1.plusDays(1)),
            Signature.of(PartyKind.CUSTOMER, JAN_1)).build());
    assertTrue(e.getMessage().contains("exactly one signature by SEGMENT but holds 2"), e.getMessage());
  }

  @Test
  @Tag("clause-1")
  @DisplayName("1: only Segment and Customer sign; a blank signatory is refused")
  void onlyThePartiesSign() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Signature.of(PartyKind.AUDITOR, JAN_1));
    assertTrue(e.getMessage().contains("Signature.party = AUDITOR"), e.getMessage());
    IllegalStateException blank = assertThrows(IllegalStateException.class,
        () -> Signature.builder().party(PartyKind.CUSTOMER).date(JAN_1).signatory("").build());
    assertTrue(blank.getMessage().contains("Signature.signatory = ''"), blank.getMessage());
  }

  @Test
  @Tag("clause-3.1")
  @DisplayName("3.1: the Addendum governs on conflict with the Agreement; a blank version fires @NotBlank")
  void precedenceAndVersion() {
    Addendum dpa = Addendum.signed(JAN_1, JAN_1);
    assertEquals(Precedence.ADDENDUM_GOVERNS_ON_CONFLICT, dpa.getPrecedence());
    assertEquals("3.1", dpa.getPrecedence().getClause());
    assertEquals(Addendum.SEGMENT_DPA_VERSION, dpa.getVersion());
    assertEquals(List.of(), violations(dpa));
    assertEquals(List.of("version: Addendum.version = ' ': must not be blank"),
        violations(dpa.withVersion(" ")));
  }

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4: an expiration before the effective date is refused; on the effective date it is accepted")
  void expirationChecks() {
    IllegalStateException before = assertThrows(IllegalStateException.class,
        () -> Agreement.builder().effectiveDate(JAN_1).expirationDate(JAN_1.minusDays(1)).build());
    assertEquals("Agreement.expirationDate = 2019-12-31: must not be before Agreement.effectiveDate = 2020-01-01",
        before.getMessage());
    assertEquals(Optional.of(JAN_1), Agreement.builder().effectiveDate(JAN_1).expirationDate(JAN_1).build().getExpirationDate());
    assertEquals(Optional.empty(), Agreement.of(JAN_1).getExpirationDate());
  }

  @Test
  @Tag("clause-3.3")
  @DisplayName("3.3: the governing law label is kept; a blank one or a blank termination note is refused")
  void governingLaw() {
    assertEquals(Optional.of("California, USA"),
        Agreement.builder().effectiveDate(JAN_1).governingLaw("California, USA").build().getGoverningLaw());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Agreement.builder().effectiveDate(JAN_1).governingLaw(" ").build());
    assertTrue(e.getMessage().contains("Agreement.governingLaw = ' '"), e.getMessage());
    IllegalStateException note = assertThrows(IllegalStateException.class,
        () -> Termination.builder().date(JAN_1).kind(TerminationKind.OTHER).note("").build());
    assertTrue(note.getMessage().contains("Termination.note = ''"), note.getMessage());
  }

  @Test
  @Tag("clause-4")
  @DisplayName("4: Annex A follows EU Data Protection Law and Annex B the CCPA")
  void annexes() {
    assertEquals("A.", Annex.EU_ANNEX.getClausePrefix());
    assertEquals(DataProtectionLaw.EU_DATA_PROTECTION_LAW, Annex.EU_ANNEX.getGoverningLaw());
    assertEquals(DataProtectionLaw.CCPA, Annex.CALIFORNIA_ANNEX.getGoverningLaw());
    assertEquals("California Annex", Annex.ofLetter("B").getTitle());
    assertEquals("4", Annex.ofLetter("A").getScopeClause());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Annex.ofLetter("C"));
    assertTrue(e.getMessage().contains("Annex.letter = 'C'"), e.getMessage());
    AnnexFacts eu = AnnexFacts.governedBy(Set.of(DataProtectionLaw.EU_DATA_PROTECTION_LAW, DataProtectionLaw.OTHER));
    assertTrue(eu.isGovernedByEuDataProtectionLaw());
    assertFalse(eu.isGovernedByCcpa());
    assertTrue(eu.isGovernedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW));
    assertFalse(eu.isGovernedBy(DataProtectionLaw.OTHER));
    assertEquals(AnnexFacts.none(), AnnexFacts.none());
    assertTrue(AnnexFacts.governedBy(DataProtectionLaw.CCPA).isGovernedBy(DataProtectionLaw.CCPA));
  }
}
