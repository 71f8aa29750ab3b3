package io.github.dpasemantics.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.policy.LegalFacts.Law;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("clause-A.4.3")
class LegalFactsTest {
  private static final LegalFacts FACTS = LegalFacts.current();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "EU Privacy Shield on {0}: {1}")
  @CsvSource({"2016-07-11,false", "2016-07-12,true", "2019-01-01,true", "2020-07-15,true", "2020-07-16,false",
      "2020-07-17,false", "2026-01-01,false"})
  @DisplayName("A.4.2: the EU–US Privacy Shield is a basis from Decision 2016/1250 until Schrems II (16 July 2020)")
  void euPrivacyShieldValidUntilSchremsII(String day, boolean valid) {
    assertEquals(valid, FACTS.privacyShieldValid(d(day), Law.EU));
  }

  @ParameterizedTest(name = "Swiss Privacy Shield on {0}: {1}")
  @CsvSource({"2017-01-11,false", "2017-01-12,true", "2020-07-16,true", "2020-09-07,true", "2020-09-08,false",
      "2020-09-09,false"})
  @DisplayName("A.4.2: the Swiss–US Privacy Shield is a basis until the FDPIC found it inadequate (8 September 2020)")
  void swissPrivacyShieldValidUntilFdpic(String day, boolean valid) {
    assertEquals(valid, FACTS.privacyShieldValid(d(day), Law.SWISS));
  }

  @Test
  @DisplayName("A.4.2: there never was a UK or California Privacy Shield")
  void noUkOrCaliforniaPrivacyShield() {
    assertFalse(FACTS.privacyShieldValid(d("2018-01-01"), Law.UK));
    assertFalse(FACTS.privacyShieldValid(d("2018-01-01"), Law.CALIFORNIA));
    assertTrue(FACTS.privacyShieldFact(d("2018-01-01"), Law.EU).isPresent());
    assertEquals(LegalFacts.PRIVACY_SHIELD_EU, FACTS.privacyShieldFact(d("2018-01-01"), Law.EU).get().getId());
  }

  @ParameterizedTest(name = "adequacy {0} on {1}, certified={2}: {3}")
  @CsvSource({
      "JP,2019-01-22,false,false", "JP,2019-01-23,false,true", "JP,2019-01-24,false,true",
      "KR,2021-12-16,false,false", "KR,2021-12-17,false,true",
      "GB,2020-01-31,false,false", "GB,2020-02-01,false,true", "GB,2021-01-01,false,true",
      "GB,2021-06-27,false,true", "GB,2021-06-28,false,true", "GB,2026-11-29,false,true",
      "US,2023-07-09,true,false", "US,2023-07-10,true,true", "US,2023-07-10,false,false",
      "US,2018-01-01,true,false",
      "CH,2000-07-25,false,false", "CH,2000-07-26,false,true",
      "CA,2001-12-20,false,true", "AR,2003-06-30,false,true", "GG,2003-11-21,false,true",
      "IM,2004-04-28,false,true", "JE,2008-05-08,false,true", "FO,2010-03-05,false,true",
      "AD,2010-10-19,false,true", "IL,2011-01-31,false,true", "UY,2012-08-21,false,true",
      "NZ,2012-12-19,false,true", "NZ,2012-12-18,false,false",
      "IN,2026-01-01,true,false", "BR,2026-01-01,false,false", "DE,2026-01-01,false,false",
      "NO,2026-01-01,false,false"})
  @DisplayName("A.4.3: the European Commission's adequacy decisions as of a day (DPF only for certified importers)")
  void adequacyAsOfADay(String country, String day, boolean certified, boolean adequate) {
    assertEquals(adequate, FACTS.adequacy(CountryCode.of(country), d(day), certified));
  }

  @Test
  @DisplayName("A.4.3: the European Patent Organisation has an adequacy entry from 15 July 2025, looked up by name")
  void europeanPatentOrganisation() {
    assertTrue(FACTS.adequacyFact("EPO", d("2026-01-01"), false).isPresent());
    assertFalse(FACTS.adequacyFact("EPO", d("2024-01-01"), false).isPresent());
    assertTrue(FACTS.find("adequacy-epo").get().isVerified());
  }

  @Test
  @DisplayName("every built-in fact is settled from a cited source: none is marked unverified (issue 15)")
  void everyBuiltInFactIsVerified() {
    for (LegalFact f : FACTS.getFacts()) {
      assertTrue(f.isVerified(), f.getId() + ": " + f.getSource());
    }
    assertTrue(FACTS.find("uk-tca-bridge").get().getSource().contains("FINPROV.10A"));
    assertTrue(FACTS.find("adequacy-gb").get().getSource().contains("27 December 2031"));
    assertTrue(FACTS.find(LegalFacts.LATOMBE).get().getSource().contains("C-703/25 P"));
  }

  @Test
  @DisplayName("A.4.3: the certified-only DPF fact is found for an uncertified US importer, and only from 2023-07-10")
  void certifiedOnlyFact() {
    assertEquals(LegalFacts.DPF_EU, FACTS.certifiedOnlyAdequacyFact("US", d("2023-07-10")).get().getId());
    assertFalse(FACTS.certifiedOnlyAdequacyFact("US", d("2023-07-09")).isPresent());
    assertFalse(FACTS.certifiedOnlyAdequacyFact("JP", d("2023-07-10")).isPresent());
  }

  @ParameterizedTest(name = "2010 SCCs as of {0}, contract concluded {1}: {2}")
  @CsvSource({
      "2010-02-04,2010-02-04,false", "2010-02-05,2010-02-05,true", "2015-01-01,2010-02-04,false",
      "2020-01-01,2020-01-02,false", "2020-01-01,2020-01-01,true",
      "2021-09-26,2021-09-26,true", "2021-09-27,2021-09-26,true", "2021-09-27,2021-09-27,false",
      "2021-09-28,2021-09-28,false", "2022-12-26,2021-09-26,true", "2022-12-27,2021-09-26,false",
      "2022-12-28,2019-01-01,false", "2026-01-01,2020-01-01,false"})
  @DisplayName("A.1.1: the 2010 SCCs: no new contracts from 27 September 2021, no safeguards from 27 December 2022")
  void sccs2010Usable(String asOf, String concluded, boolean usable) {
    assertEquals(usable, FACTS.sccs2010Usable(d(asOf), d(concluded)));
  }

  @ParameterizedTest(name = "DPF {1} on {0}: {2}")
  @CsvSource({"2023-07-09,EU,false", "2023-07-10,EU,true", "2023-10-11,UK,false", "2023-10-12,UK,true",
      "2024-09-14,SWISS,false", "2024-09-15,SWISS,true", "2026-01-01,CALIFORNIA,false", "2026-01-01,EU,true"})
  @DisplayName("A.4.3: the Data Privacy Framework: EU from 10 July 2023, UK Extension 12 October 2023, Swiss 15 September 2024")
  void dpfAvailable(String day, Law law, boolean available) {
    assertEquals(available, FACTS.dpfAvailable(d(day), law));
    assertEquals(available, FACTS.dpfFact(d(day), law).isPresent());
  }

  @ParameterizedTest(name = "CPRA on {0}: {1}")
  @CsvSource({"2022-12-31,false", "2023-01-01,true", "2023-01-02,true"})
  @DisplayName("B.3: the CPRA amendments are operative from 1 January 2023")
  void cpraOperative(String day, boolean operative) {
    assertEquals(operative, FACTS.isCpraOperative(d(day)));
  }

  @Test
  @DisplayName("the built-in table is stated as of 2026-11-29 and is stale only for later questions")
  void statedDateAndStaleness() {
    assertEquals(d("2026-11-29"), FACTS.getStatedAsOf());
    assertEquals(LegalFacts.CURRENT_AS_OF, FACTS.getStatedAsOf());
    assertFalse(FACTS.isStale(d("2026-11-29")));
    assertTrue(FACTS.isStale(d("2026-11-30")));
    assertFalse(FACTS.isStale(d("2026-11-28")));
    assertEquals(d("2027-01-01"), FACTS.withStatedAsOf(d("2027-01-01")).getStatedAsOf());
  }

  @Test
  @DisplayName("every built-in fact has a description and a source; unverified ones say NOT VERIFIED")
  void everyFactHasASource() {
    assertTrue(FACTS.getFacts().size() >= 30, "facts: " + FACTS.getFacts().size());
    for (LegalFact f : FACTS.getFacts()) {
      assertFalse(f.getSource().isBlank(), f.getId());
      assertFalse(f.getDescription().isBlank(), f.getId());
      assertEquals(!f.isVerified(), f.getSource().contains("NOT VERIFIED"), f.getId());
      assertTrue(f.toString().contains(f.getSource()), f.getId());
      assertEquals(!f.isVerified(), f.toString().contains("UNVERIFIED"), f.getId());
    }
  }

  @Test
  @DisplayName("the built-in table holds the dated facts of docs/legal-background.md with their sources")
  void builtInFactsAndDates() {
    assertFact(LegalFacts.SCC_2010, "2010-02-05", "2010/87/EU");
    assertFact(LegalFacts.SCHREMS_II, "2020-07-16", "C-311/18");
    assertFact(LegalFacts.FDPIC_SWISS_PRIVACY_SHIELD, "2020-09-08", "FDPIC");
    assertFact(LegalFacts.SCC_2021_IN_FORCE, "2021-06-27", "2021/914");
    assertFact(LegalFacts.SCC_2010_CLOSED_TO_NEW_CONTRACTS, "2021-09-27", "2021/914");
    assertFact(LegalFacts.SCC_2010_SAFEGUARDS_END, "2022-12-27", "2021/914");
    assertFact(LegalFacts.CPRA_OPERATIVE, "2023-01-01", "Proposition 24");
    assertFact(LegalFacts.DPF_EU, "2023-07-10", "2023/1795");
    assertFact(LegalFacts.DPF_UK, "2023-10-12", "2023/1028");
    assertFact(LegalFacts.DPF_SWISS, "2024-09-15", "Federal Council");
    assertFact(LegalFacts.LATOMBE, "2025-09-03", "T-553/23");
    assertFact("adequacy-jp", "2019-01-23", "2019/419");
    assertFact("adequacy-kr", "2021-12-17", "2022/254");
    assertFact("adequacy-gb", "2021-06-28", "2021/1772");
    assertEquals(d("2020-07-16"), FACTS.find(LegalFacts.PRIVACY_SHIELD_EU).get().getEnds().get());
    assertEquals(FACTS.find(LegalFacts.SCHREMS_II).get().getEffective(),
        FACTS.find(LegalFacts.PRIVACY_SHIELD_EU).get().getEnds().get());
    assertEquals(FACTS.find(LegalFacts.FDPIC_SWISS_PRIVACY_SHIELD).get().getEffective(),
        FACTS.find(LegalFacts.PRIVACY_SHIELD_SWISS).get().getEnds().get());
    Set<String> adequate = FACTS.getFacts().stream().filter(f -> f.getKind() == LegalFact.Kind.ADEQUACY
        && f.getLaw() == Law.EU).map(f -> f.getJurisdiction().get()).collect(Collectors.toSet());
    assertEquals(Set.of("AD", "AR", "CA", "FO", "GG", "IM", "IL", "JP", "JE", "NZ", "KR", "CH", "GB", "UY", "US", "EPO"),
        adequate);
    assertTrue(FACTS.find(LegalFacts.DPF_EU).get().isCertifiedOnly());
    assertFalse(FACTS.find("adequacy-jp").get().isCertifiedOnly());
  }

  private static void assertFact(String id, String date, String sourceFragment) {
    LegalFact f = FACTS.find(id).orElseThrow(() -> new AssertionError("no fact " + id));
    assertEquals(d(date), f.getEffective(), id);
    assertTrue(f.getSource().contains(sourceFragment), id + ": " + f.getSource());
  }

  @Test
  @DisplayName("facts are ordered by effective date, then id, and the list cannot be changed")
  void orderedAndUnmodifiable() {
    List<LegalFact> facts = FACTS.getFacts();
    for (int i = 1; i < facts.size(); i++) {
      LegalFact a = facts.get(i - 1);
      LegalFact b = facts.get(i);
      assertTrue(a.getEffective().isBefore(b.getEffective())
          || (a.getEffective().equals(b.getEffective()) && a.getId().compareTo(b.getId()) < 0), a + " / " + b);
    }
    assertThrows(UnsupportedOperationException.class, () -> facts.add(facts.get(0)));
  }

  @Test
  @DisplayName("a caller supplies a newer table: the DPF annulled from a later day, without a new release")
  void newerTableWithoutARelease() {
    LegalFact annulled = FACTS.find(LegalFacts.DPF_EU).get().withEnds(d("2027-03-01"));
    LegalFacts newer = FACTS.withFact(annulled).withStatedAsOf(d("2027-03-02"));
    assertTrue(newer.dpfAvailable(d("2027-02-28"), Law.EU));
    assertFalse(newer.dpfAvailable(d("2027-03-01"), Law.EU));
    assertFalse(newer.adequacy(CountryCode.UNITED_STATES, d("2027-03-01"), true));
    assertTrue(FACTS.dpfAvailable(d("2027-03-01"), Law.EU), "the built-in table is unchanged");
    assertEquals(FACTS.getFacts().size(), newer.getFacts().size());
    assertNotEquals(FACTS, newer);
  }

  @Test
  @DisplayName("a caller adds an adequacy decision for a new country, and can remove a fact")
  void addAndRemoveFacts() {
    LegalFact brazil = LegalFact.builder("adequacy-br", LegalFact.Kind.ADEQUACY, d("2026-02-01"))
        .jurisdiction("BR").description("adequacy decision: Brazil").source("test source").build();
    LegalFacts withBrazil = FACTS.withFact(brazil);
    assertTrue(withBrazil.adequacy(CountryCode.of("BR"), d("2026-02-01"), false));
    assertFalse(withBrazil.adequacy(CountryCode.of("BR"), d("2026-01-31"), false));
    assertEquals(FACTS.getFacts().size() + 1, withBrazil.getFacts().size());
    LegalFacts without = withBrazil.withoutFact("adequacy-br");
    assertEquals(FACTS, without);
    assertEquals(FACTS.hashCode(), without.hashCode());
    assertEquals(FACTS, FACTS.withoutFact("no-such-fact"));
    LegalFacts noEnd = FACTS.withoutFact(LegalFacts.SCC_2010_SAFEGUARDS_END).withoutFact(LegalFacts.SCC_2010_CLOSED_TO_NEW_CONTRACTS);
    assertTrue(noEnd.sccs2010Usable(d("2030-01-01"), d("2025-01-01")), "a missing end fact means no end");
    assertFalse(FACTS.withoutFact(LegalFacts.SCC_2010).sccs2010Usable(d("2015-01-01"), d("2015-01-01")),
        "a missing start fact means never started");
    assertFalse(FACTS.withoutFact(LegalFacts.CPRA_OPERATIVE).isCpraOperative(d("2025-01-01")));
  }

  @Test
  @DisplayName("builders: of, toBuilder, replace; a second fact with the same id is refused with its id")
  void builders() {
    LegalFacts copy = LegalFacts.of(FACTS.getStatedAsOf(), FACTS.getFacts());
    assertEquals(FACTS, copy);
    assertEquals(FACTS, FACTS.toBuilder().build());
    LegalFact schrems = FACTS.find(LegalFacts.SCHREMS_II).get();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FACTS.toBuilder().fact(schrems));
    assertTrue(e.getMessage().contains(LegalFacts.SCHREMS_II), e.getMessage());
    LegalFact moved = schrems.toBuilder().description("moved").build();
    assertEquals("moved", FACTS.toBuilder().replace(moved).build().find(LegalFacts.SCHREMS_II).get().getDescription());
    assertEquals(d("2030-01-01"), LegalFacts.builder(d("2020-01-01")).statedAsOf(d("2030-01-01")).build().getStatedAsOf());
    assertTrue(LegalFacts.builder(d("2020-01-01")).build().getFacts().isEmpty());
    assertTrue(FACTS.toString().contains("2026-11-29"));
  }

  @Test
  @DisplayName("inEffectOn and hasHappened agree with each fact's own dates")
  void inEffectOnAndHasHappened() {
    List<LegalFact> on = FACTS.inEffectOn(d("2020-07-15"));
    assertTrue(on.contains(FACTS.find(LegalFacts.PRIVACY_SHIELD_EU).get()));
    assertFalse(FACTS.inEffectOn(d("2020-07-16")).contains(FACTS.find(LegalFacts.PRIVACY_SHIELD_EU).get()));
    assertTrue(FACTS.hasHappened(LegalFacts.SCHREMS_II, d("2020-07-16")));
    assertFalse(FACTS.hasHappened(LegalFacts.SCHREMS_II, d("2020-07-15")));
    assertFalse(FACTS.hasHappened("no-such-fact", d("2020-07-15")));
  }

  @Test
  @DisplayName("a legal fact refuses a bad id, jurisdiction, blank text and an end not after its start, naming them")
  void legalFactValidation() {
    LocalDate day = d("2020-01-01");
    assertMessage(() -> LegalFact.builder("Bad Id", LegalFact.Kind.STATUTE, day), "Bad Id");
    assertMessage(() -> LegalFact.builder("a--b", LegalFact.Kind.STATUTE, day), "a--b");
    assertMessage(() -> LegalFact.builder("ok", LegalFact.Kind.STATUTE, day).jurisdiction("us"), "us");
    assertMessage(() -> LegalFact.builder("ok", LegalFact.Kind.STATUTE, day).jurisdiction("USAX"), "USAX");
    assertMessage(() -> LegalFact.builder("ok", LegalFact.Kind.STATUTE, day).source("s").build(), "description");
    assertMessage(() -> LegalFact.builder("ok", LegalFact.Kind.STATUTE, day).description("x").build(), "source");
    assertMessage(() -> LegalFact.builder("ok", LegalFact.Kind.STATUTE, day).description(" ").source("s").build(), "description");
    assertMessage(() -> LegalFact.builder("ok", LegalFact.Kind.STATUTE, day).description("x").source("s").ends(day).build(),
        "ends = 2020-01-01");
    LegalFact ok = LegalFact.builder("ok", LegalFact.Kind.STATUTE, day).description("x").source("s")
        .ends(day.plusDays(1)).build();
    assertTrue(ok.isInEffectOn(day));
    assertFalse(ok.isInEffectOn(day.plusDays(1)));
    assertFalse(ok.isInEffectOn(day.minusDays(1)));
    assertEquals(Law.EU, ok.getLaw());
    assertTrue(ok.isVerified());
    assertFalse(ok.getJurisdiction().isPresent());
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> LegalFact.builder("ok", LegalFact.Kind.STATUTE, day).law(null));
    assertTrue(npe.getMessage().contains("law"));
  }

  @Test
  @DisplayName("legal facts are equal by value")
  void equality() {
    LegalFact a = FACTS.find(LegalFacts.DPF_EU).get();
    assertEquals(a, a.toBuilder().build());
    assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
    assertNotEquals(a, a.toBuilder().description("other").build());
    assertNotEquals(a, a.toBuilder().source("other").build());
    assertNotEquals(a, a.toBuilder().certifiedOnly(false).build());
    assertNotEquals(a, a.toBuilder().unverified().build());
    assertNotEquals(a, a.toBuilder().law(Law.UK).build());
    assertNotEquals(a, a.toBuilder().jurisdiction("CA").build());
    assertNotEquals(a, a.withEnds(d("2030-01-01")));
    assertNotEquals(a, LegalFact.builder("other-id", a.getKind(), a.getEffective()).law(a.getLaw())
        .jurisdiction("US").certifiedOnly(true).description(a.getDescription()).source(a.getSource()).build());
    assertNotEquals(a, "a string");
  }

  @Test
  @DisplayName("null arguments are refused with a message naming them")
  void nulls() {
    assertMessage(() -> FACTS.adequacy(null, d("2020-01-01"), false), "country");
    assertMessage(() -> FACTS.privacyShieldValid(d("2020-01-01"), null), "law");
    assertMessage(() -> FACTS.dpfAvailable(null, Law.EU), "date");
    assertMessage(() -> FACTS.withFact(null), "fact");
    assertMessage(() -> FACTS.find(null), "id");
    assertMessage(() -> LegalFacts.builder(null), "statedAsOf");
  }

  @Test
  @DisplayName("null dates are refused by every query with a message naming the date")
  void nullDates() {
    assertMessage(() -> FACTS.adequacyFact("US", null, true), "date");
    assertMessage(() -> FACTS.certifiedOnlyAdequacyFact("US", null), "date");
    assertMessage(() -> FACTS.hasHappened(LegalFacts.SCHREMS_II, null), "date");
    assertMessage(() -> FACTS.privacyShieldFact(null, Law.EU), "date");
    assertMessage(() -> FACTS.sccs2010Usable(null, d("2020-01-01")), "date");
    assertMessage(() -> FACTS.sccs2010Usable(d("2020-01-01"), null), "date");
    assertMessage(() -> FACTS.adequacyFact(null, d("2020-01-01"), true), "jurisdiction");
    assertMessage(() -> FACTS.certifiedOnlyAdequacyFact(null, d("2020-01-01")), "jurisdiction");
    assertMessage(() -> FACTS.hasHappened(null, d("2020-01-01")), "id");
    assertMessage(() -> FACTS.inEffectOn(null), "day");
    assertMessage(() -> FACTS.withoutFact(null), "id");
    assertMessage(() -> FACTS.withStatedAsOf(null), "day");
    assertMessage(() -> FACTS.dpfFact(d("2020-01-01"), null), "law");
  }

  @Test
  @DisplayName("a table built from facts in any order lists them by effective date, then id")
  void orderIndependentOfInput() {
    List<LegalFact> reversed = new java.util.ArrayList<>(FACTS.getFacts());
    java.util.Collections.reverse(reversed);
    assertEquals(FACTS.getFacts(), LegalFacts.of(FACTS.getStatedAsOf(), reversed).getFacts());
    LegalFact early = LegalFact.builder("aaa-early", LegalFact.Kind.STATUTE, d("1990-01-01")).description("x").source("s").build();
    assertEquals(early, FACTS.withFact(early).getFacts().get(0));
  }

  @Test
  @DisplayName("different tables and facts hash differently; a fact's citation shows its end only if it has one")
  void hashesAndCitations() {
    assertNotEquals(FACTS.hashCode(), FACTS.withStatedAsOf(d("2030-01-01")).hashCode());
    assertNotEquals(FACTS.hashCode(), FACTS.withoutFact(LegalFacts.SCHREMS_II).hashCode());
    LegalFact ps = FACTS.find(LegalFacts.PRIVACY_SHIELD_EU).get();
    LegalFact schrems = FACTS.find(LegalFacts.SCHREMS_II).get();
    assertNotEquals(ps.hashCode(), schrems.hashCode());
    assertTrue(ps.toString().contains("from 2016-07-12 until 2020-07-16"), ps.toString());
    assertTrue(schrems.toString().contains("from 2020-07-16;"), schrems.toString());
    assertFalse(schrems.toString().contains("until"), schrems.toString());
  }

  private static void assertMessage(org.junit.jupiter.api.function.Executable call, String fragment) {
    RuntimeException e = assertThrows(RuntimeException.class, call);
    assertTrue(e.getMessage() != null && e.getMessage().contains(fragment), "message: " + e.getMessage());
  }
}
