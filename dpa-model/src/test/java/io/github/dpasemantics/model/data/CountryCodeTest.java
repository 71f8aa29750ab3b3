package io.github.dpasemantics.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

  @Test
  @DisplayName("A country code is two upper-case letters and prints as itself")
  void aCountryCodeIsTwoUpperCaseLetters() {
    CountryCode de = CountryCode.of("DE");
    assertEquals("DE", de.getCode());
    assertEquals("DE", de.toString());
    assertEquals(de, CountryCode.of("DE"));
    assertTrue(CountryCode.of("AT").compareTo(de) < 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "D", "de", "DEU", "D1", "É1", " D"})
  @DisplayName("A malformed country code is refused with a message naming the field, value and rule")
  void aMalformedCountryCodeIsRefused(String code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountryCode.of(code));
    assertTrue(e.getMessage().contains("CountryCode.code = '" + code + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("ISO 3166-1 alpha-2"), e.getMessage());
  }

  @Test
  @DisplayName("A null country code is refused naming the field")
  void aNullCountryCodeIsRefused() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> CountryCode.of(nullString()));
    assertTrue(String.valueOf(e.getMessage()).contains("code"), e.getMessage());
  }

  @SuppressWarnings("NullAway")
  private static String nullString() {
    return null;
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: the EU has 27 member states in the current list")
  void theEuHasTwentySevenMembers() {
    assertEquals(27, EuMemberStates.currentMembers().size());
    assertEquals(EuMemberStates.currentMembers(), EuMemberStates.membersOn(LocalDate.of(2020, 2, 1)));
    assertEquals(28, EuMemberStates.membersOn(LocalDate.of(2020, 1, 31)).size());
    assertEquals(28, EuMemberStates.memberships().size());
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: the United Kingdom is in the EU on 31 January 2020 and not on 1 February 2020")
  void theUnitedKingdomLeftOnTheFirstOfFebruary2020() {
    CountryCode gb = CountryCode.of("GB");
    assertTrue(gb.isEuMemberStateOn(LocalDate.of(2020, 1, 30)));
    assertTrue(gb.isEuMemberStateOn(LocalDate.of(2020, 1, 31)));
    assertFalse(gb.isEuMemberStateOn(LocalDate.of(2020, 2, 1)));
    assertFalse(gb.isEeaStateOn(LocalDate.of(2020, 2, 1)));
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: Croatia is in the EU from 1 July 2013, not on 30 June 2013")
  void croatiaJoinedOnTheFirstOfJuly2013() {
    CountryCode hr = CountryCode.of("HR");
    assertFalse(hr.isEuMemberStateOn(LocalDate.of(2013, 6, 30)));
    assertTrue(hr.isEuMemberStateOn(LocalDate.of(2013, 7, 1)));
    assertTrue(hr.isEuMemberStateOn(LocalDate.of(2013, 7, 2)));
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: Norway, Iceland and Liechtenstein are in the EEA but not in the EU")
  void eeaOnlyStatesAreNotInTheEu() {
    LocalDate day = LocalDate.of(2020, 7, 16);
    for (String code : new String[] {"NO", "IS", "LI"}) {
      CountryCode c = CountryCode.of(code);
      assertFalse(c.isEuMemberStateOn(day), code);
      assertTrue(c.isEeaStateOn(day), code);
    }
    assertFalse(CountryCode.of("LI").isEeaStateOn(LocalDate.of(1995, 4, 30)));
    assertTrue(CountryCode.of("LI").isEeaStateOn(LocalDate.of(1995, 5, 1)));
    assertFalse(CountryCode.of("NO").isEeaStateOn(LocalDate.of(1993, 12, 31)));
    assertTrue(CountryCode.of("NO").isEeaStateOn(LocalDate.of(1994, 1, 1)));
  }

  @Test
  @Tag("clause-A.4.2")
  @DisplayName("A.4.2: Switzerland and the United States are recognised, and neither is in the EU")
  void switzerlandAndTheUnitedStates() {
    assertTrue(CountryCode.SWITZERLAND.isSwitzerland());
    assertTrue(CountryCode.UNITED_STATES.isUnitedStates());
    assertFalse(CountryCode.SWITZERLAND.isEuMemberStateOn(LocalDate.of(2020, 1, 1)));
    assertFalse(CountryCode.SWITZERLAND.isEeaStateOn(LocalDate.of(2020, 1, 1)));
    assertFalse(CountryCode.of("DE").isSwitzerland());
    assertFalse(CountryCode.of("DE").isUnitedStates());
  }

  @Test
  @DisplayName("A membership that ends before it starts is refused naming both dates")
  void aMembershipEndingBeforeItStartsIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> EuMembership.of(CountryCode.of("GB"), LocalDate.of(1973, 1, 1), LocalDate.of(1972, 12, 31)));
    assertTrue(e.getMessage().contains("EuMembership.lastDay = 1972-12-31"), e.getMessage());
    assertTrue(e.getMessage().contains("1973-01-01"), e.getMessage());
    EuMembership oneDay = EuMembership.of(CountryCode.of("GB"), LocalDate.of(1973, 1, 1), LocalDate.of(1973, 1, 1));
    assertTrue(oneDay.isMemberOn(LocalDate.of(1973, 1, 1)));
    assertFalse(oneDay.isCurrent());
  }
}
