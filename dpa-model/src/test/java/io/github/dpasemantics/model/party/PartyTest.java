package io.github.dpasemantics.model.party;

import static io.github.dpasemantics.model.testing.ModelValidation.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.data.CountryCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PartyTest {

  private static final Party ACME =
      Party.of("acme", "Acme GmbH", PartyKind.CUSTOMER, CountryCode.of("DE"));

  @Test
  @Tag("clause-1")
  @DisplayName("1: the Segment preset is Segment.io, Inc., established in the United States")
  void theSegmentPreset() {
    Party segment = Party.segment();
    assertEquals("segment", segment.getId());
    assertEquals("Segment.io, Inc.", segment.getName());
    assertEquals(PartyKind.SEGMENT, segment.getKind());
    assertEquals(Optional.of(CountryCode.UNITED_STATES), segment.getEstablishmentCountry());
    assertEquals(List.of(), violations(segment));
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: a Customer established in Germany is established in the EU; one in Norway only in the EEA")
  void establishmentInTheEu() {
    LocalDate day = LocalDate.of(2021, 1, 1);
    assertTrue(ACME.isEstablishedInEuOn(day));
    assertTrue(ACME.isEstablishedInEeaOn(day));
    Party norwegian = ACME.withEstablishmentCountry(CountryCode.of("NO"));
    assertFalse(norwegian.isEstablishedInEuOn(day));
    assertTrue(norwegian.isEstablishedInEeaOn(day));
    Party unknown = ACME.withEstablishmentCountry(Optional.empty());
    assertFalse(unknown.isEstablishedInEuOn(day));
    assertFalse(unknown.isEstablishedInEeaOn(day));
  }

  @Test
  @DisplayName("A blank party id fires @NotBlank and @Pattern, each naming Party.id")
  void aBlankIdFires() {
    List<String> v = violations(ACME.withId(" "));
    assertEquals(2, v.size(), v.toString());
    assertTrue(v.stream().allMatch(s -> s.startsWith("id: Party.id = ' '")), v.toString());
    assertTrue(v.stream().anyMatch(s -> s.contains("must not be blank")), v.toString());
  }

  @Test
  @DisplayName("A party id with a space fires @Pattern naming the value and the rule")
  void anIdWithASpaceFires() {
    assertEquals(List.of("id: Party.id = 'ac me': must start with a letter or digit and contain only"
        + " letters, digits and . _ : -"), violations(ACME.withId("ac me")));
  }

  @Test
  @DisplayName("A party id of 129 characters fires @Size; 128 is accepted")
  void aTooLongIdFires() {
    assertEquals(List.of(), violations(ACME.withId("a".repeat(128))));
    List<String> v = violations(ACME.withId("a".repeat(129)));
    assertEquals(1, v.size(), v.toString());
    assertTrue(v.get(0).contains("must be at most 128 characters"), v.toString());
  }

  @Test
  @DisplayName("A blank party name fires @NotBlank; a name of 301 characters fires @Size")
  void aBadNameFires() {
    assertEquals(List.of("name: Party.name = '': must not be blank"), violations(ACME.withName("")));
    assertEquals(List.of(), violations(ACME.withName("n".repeat(300))));
    assertEquals(List.of("name: Party.name: must be at most 300 characters"),
        violations(ACME.withName("n".repeat(301))));
  }

  @Test
  @DisplayName("Null party attributes are refused naming the attribute")
  void nullsAreRefused() {
    assertTrue(assertThrows(NullPointerException.class, () -> Party.builder().id(nul()))
        .getMessage().contains("id"));
    assertTrue(assertThrows(NullPointerException.class, () -> Party.builder().name(nul()))
        .getMessage().contains("name"));
    assertTrue(assertThrows(NullPointerException.class, () -> ACME.withKind(nul()))
        .getMessage().contains("kind"));
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> Party.builder().id("x").build());
    assertTrue(missing.getMessage().contains("name"), missing.getMessage());
    assertTrue(missing.getMessage().contains("kind"), missing.getMessage());
  }

  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"})
  static <T> T nul() {
    return null;
  }

  @Test
  @DisplayName("Organisations validate their id and name; from(party) keeps id, name and country")
  void organisations() {
    Organisation o = Organisation.from(ACME);
    assertEquals("acme", o.getId());
    assertEquals(ACME.getEstablishmentCountry(), o.getEstablishmentCountry());
    assertEquals(List.of(), violations(o));
    assertEquals(List.of("id: Organisation.id = '-x': must start with a letter or digit and contain"
        + " only letters, digits and . _ : -"), violations(Organisation.of("-x", "X")));
    assertEquals(List.of("name: Organisation.name = ' ': must not be blank"),
        violations(Organisation.of("x", " ")));
  }
}
