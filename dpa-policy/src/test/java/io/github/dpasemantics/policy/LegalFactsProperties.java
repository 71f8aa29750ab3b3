package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.TransferGenerators.boundaryDays;
import static io.github.dpasemantics.policy.testing.TransferGenerators.countries;
import static io.github.dpasemantics.policy.testing.TransferGenerators.laws;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("clause-A.4.3")
class LegalFactsProperties {
  private static final LegalFacts FACTS = LegalFacts.current();

  @Test
  @DisplayName("A.4.3: certification never removes adequacy (certified adequacy includes uncertified adequacy)")
  void certificationMonotone() {
    qt().forAll(countries(), boundaryDays()).check((c, day) -> !FACTS.adequacy(c, day, false) || FACTS.adequacy(c, day, true));
  }

  @Test
  @DisplayName("A.4.3: the DPF is available under a law iff a certified US importer has that law's certified-only adequacy")
  void dpfAgreesWithAdequacy() {
    qt().forAll(boundaryDays()).check(day -> FACTS.dpfAvailable(day, LegalFacts.Law.EU)
        == FACTS.adequacy(io.github.dpasemantics.model.data.CountryCode.UNITED_STATES, day, true));
  }

  @Test
  @DisplayName("A.1.1: a later question never revives the 2010 SCCs for the same contract")
  void sccs2010MonotoneInAsOf() {
    qt().forAll(boundaryDays(), boundaryDays(), boundaryDays()).check((a, b, concluded) -> {
      LocalDate early = a.isBefore(b) ? a : b;
      LocalDate late = a.isBefore(b) ? b : a;
      boolean concludedByEarly = !concluded.isAfter(early);
      return !(FACTS.sccs2010Usable(late, concluded) && concludedByEarly) || FACTS.sccs2010Usable(early, concluded);
    });
  }

  @Test
  @DisplayName("A.1.1: the 2010 SCCs are usable exactly for contracts concluded in [2010-02-05, 2021-09-27) asked in [concluded, 2022-12-27)")
  void sccs2010Exact() {
    LocalDate start = LocalDate.of(2010, 2, 5);
    LocalDate closed = LocalDate.of(2021, 9, 27);
    LocalDate end = LocalDate.of(2022, 12, 27);
    qt().forAll(boundaryDays(), boundaryDays()).check((asOf, concluded) -> FACTS.sccs2010Usable(asOf, concluded)
        == (!concluded.isBefore(start) && concluded.isBefore(closed) && !concluded.isAfter(asOf) && asOf.isBefore(end)));
  }

  @Test
  @DisplayName("A.4.2: a Privacy Shield is valid exactly while its fact is in effect, and never for the UK or California")
  void privacyShieldAgreesWithFacts() {
    qt().forAll(boundaryDays(), laws()).check((day, law) -> FACTS.privacyShieldValid(day, law)
        == FACTS.inEffectOn(day).stream().anyMatch(f -> f.getKind() == LegalFact.Kind.PRIVACY_SHIELD && f.getLaw() == law)
        && !(FACTS.privacyShieldValid(day, law) && (law == LegalFacts.Law.UK || law == LegalFacts.Law.CALIFORNIA)));
  }

  @Test
  @DisplayName("withFact then find returns the fact; the original table is unchanged")
  void withFactFinds() {
    qt().forAll(boundaryDays()).check(day -> {
      LegalFact f = LegalFact.builder("test-fact", LegalFact.Kind.STATUTE, day).description("d").source("s").build();
      LegalFacts t = FACTS.withFact(f);
      return t.find("test-fact").get().equals(f) && FACTS.find("test-fact").isEmpty()
          && t.hasHappened("test-fact", day) && !t.hasHappened("test-fact", day.minusDays(1));
    });
  }

  @Test
  @DisplayName("inEffectOn lists exactly the facts in effect on the day")
  void inEffectOnExact() {
    qt().forAll(boundaryDays()).check(day -> FACTS.inEffectOn(day).size()
        == FACTS.getFacts().stream().filter(f -> f.isInEffectOn(day)).count());
  }
}
