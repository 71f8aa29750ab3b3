package io.github.dpasemantics.model.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The member states of the European Union and the other EEA states, as dated data.
 *
 * <p>Annex A 4.3 applies when "Customer is established in the EU" and A.4.2 speaks of
 * "individuals in the EU or Switzerland". Membership changes over time (the United Kingdom was a
 * member until 31 January 2020; Croatia joined on 1 July 2013), so every question takes the day
 * it is asked about.
 *
 * <p><b>EEA ambiguity (A.4.3).</b> The text says "in the EU", while the GDPR applies in the whole
 * EEA (the EU plus Iceland, Liechtenstein and Norway). This library reads "EU" literally: a
 * party established only in Iceland, Liechtenstein or Norway is <em>not</em> established in the
 * EU; {@link #isEeaStateOn} lets a caller apply the wider reading. For the EEA the list is
 * simplified: every EU member state counts as an EEA state from its EU accession, and Iceland and
 * Norway from 1 January 1994, Liechtenstein from 1 May 1995.
 *
 * <p>Sources: the EU's own list of member states and accession treaties (europa.eu); the EEA
 * Agreement (OJ L 1, 3.1.1994). ISO code {@code GR} for Greece (the EU writes {@code EL}).
 *
 * <p>This class holds no mutable state.
 */
public final class EuMemberStates {

  private static final List<EuMembership> MEMBERSHIPS = memberships(
      "BE DE FR IT LU NL", "1958-01-01",
      "DK IE", "1973-01-01",
      "GR", "1981-01-01",
      "ES PT", "1986-01-01",
      "AT FI SE", "1995-01-01",
      "CY CZ EE HU LV LT MT PL SK SI", "2004-05-01",
      "BG RO", "2007-01-01",
      "HR", "2013-07-01");

  private static final LocalDate EEA_START = LocalDate.of(1994, 1, 1);
  private static final LocalDate LIECHTENSTEIN_EEA_START = LocalDate.of(1995, 5, 1);

  private EuMemberStates() {}

  private static List<EuMembership> memberships(String... codesAndDates) {
    List<EuMembership> list = new ArrayList<>();
    for (int i = 0; i < codesAndDates.length; i += 2) {
      LocalDate joined = LocalDate.parse(codesAndDates[i + 1]);
      for (String code : codesAndDates[i].split(" ")) {
        list.add(EuMembership.of(CountryCode.of(code), joined));
      }
    }
    list.add(
        EuMembership.of(CountryCode.of("GB"), LocalDate.of(1973, 1, 1), LocalDate.of(2020, 1, 31)));
    list.sort((a, b) -> a.getCountry().compareTo(b.getCountry()));
    return Collections.unmodifiableList(list);
  }

  /**
   * Every membership in the list, past and present, ordered by country code.
   *
   * @return the memberships, unmodifiable
   */
  public static List<EuMembership> memberships() {
    return MEMBERSHIPS;
  }

  /**
   * The member states on the given day.
   *
   * @param date the day asked about
   * @return the countries that were member states on {@code date}, sorted by code, unmodifiable
   */
  public static Set<CountryCode> membersOn(LocalDate date) {
    Objects.requireNonNull(date, "EuMemberStates.membersOn: date must not be null");
    Set<CountryCode> members = new TreeSet<>();
    for (EuMembership m : MEMBERSHIPS) {
      if (m.isMemberOn(date)) {
        members.add(m.getCountry());
      }
    }
    return Collections.unmodifiableSet(members);
  }

  /**
   * The member states whose membership has not ended in this list (27 since 1 February 2020).
   *
   * @return the current member states, sorted by code, unmodifiable
   */
  public static Set<CountryCode> currentMembers() {
    Set<CountryCode> members = new TreeSet<>();
    for (EuMembership m : MEMBERSHIPS) {
      if (m.isCurrent()) {
        members.add(m.getCountry());
      }
    }
    return Collections.unmodifiableSet(members);
  }

  /**
   * Whether the country was an EU member state on the given day.
   *
   * @param country the country asked about
   * @param date the day asked about
   * @return {@code true} if a membership of {@code country} includes {@code date}
   */
  public static boolean isMemberOn(CountryCode country, LocalDate date) {
    Objects.requireNonNull(country, "EuMemberStates.isMemberOn: country must not be null");
    Objects.requireNonNull(date, "EuMemberStates.isMemberOn: date must not be null");
    for (EuMembership m : MEMBERSHIPS) {
      if (m.getCountry().equals(country) && m.isMemberOn(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the country was a state of the European Economic Area on the given day: an EU member
   * state, or Iceland or Norway (from 1 January 1994), or Liechtenstein (from 1 May 1995).
   *
   * @param country the country asked about
   * @param date the day asked about
   * @return {@code true} if {@code country} was an EEA state on {@code date}
   */
  public static boolean isEeaStateOn(CountryCode country, LocalDate date) {
    Objects.requireNonNull(country, "EuMemberStates.isEeaStateOn: country must not be null");
    Objects.requireNonNull(date, "EuMemberStates.isEeaStateOn: date must not be null");
    if (isMemberOn(country, date)) {
      return true;
    }
    switch (country.getCode()) {
      case "IS":
      case "NO":
        return !date.isBefore(EEA_START);
      case "LI":
        return !date.isBefore(LIECHTENSTEIN_EEA_START);
      default:
        return false;
    }
  }
}
