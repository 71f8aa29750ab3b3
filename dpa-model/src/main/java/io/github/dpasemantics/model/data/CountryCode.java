package io.github.dpasemantics.model.data;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A country, as its ISO 3166-1 alpha-2 code ({@code "DE"}, {@code "US"}, {@code "CH"}): where a
 * party is established (A.4.3) or where a Data Subject is (A.4.2).
 *
 * <p>The code is checked on construction: exactly two upper-case letters {@code A}–{@code Z}.
 * Membership of the EU and of the EEA is answered from the dated list in {@link EuMemberStates}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountryCode implements Comparable<CountryCode> {

  /** Switzerland, named in A.4.2 beside the EU. */
  public static final CountryCode SWITZERLAND = of("CH");

  /** The United States, where Segment processes data (A.4.1, A.4.2). */
  public static final CountryCode UNITED_STATES = of("US");

  CountryCode() {}

  /**
   * Returns the country with the given ISO 3166-1 alpha-2 code.
   *
   * @param code two upper-case letters, e.g. {@code "FR"}
   * @return the country code
   * @throws IllegalArgumentException if the code is not two upper-case letters
   * @throws NullPointerException if the code is null
   */
  public static CountryCode of(String code) {
    Objects.requireNonNull(code, "CountryCode.of: code must not be null");
    return ImmutableCountryCode.of(code);
  }

  /**
   * The two-letter code.
   *
   * @return the code, exactly two upper-case letters A-Z
   */
  @Value.Parameter
  public abstract String getCode();

  /**
   * Whether this country was an EU member state on the given day (see {@link EuMemberStates}).
   *
   * @param date the day asked about, in the contract's zone
   * @return {@code true} if the country was an EU member state on {@code date}
   */
  public final boolean isEuMemberStateOn(LocalDate date) {
    return EuMemberStates.isMemberOn(this, date);
  }

  /**
   * Whether this country was in the EEA on the given day (see {@link EuMemberStates}).
   *
   * @param date the day asked about, in the contract's zone
   * @return {@code true} if the country was an EEA state on {@code date}
   */
  public final boolean isEeaStateOn(LocalDate date) {
    return EuMemberStates.isEeaStateOn(this, date);
  }

  /**
   * Whether this country is Switzerland (A.4.2 names "the EU or Switzerland").
   *
   * @return {@code true} exactly for the code {@code CH}
   */
  public final boolean isSwitzerland() {
    return getCode().equals("CH");
  }

  /**
   * Whether this country is the United States (A.4.1, A.4.2).
   *
   * @return {@code true} exactly for the code {@code US}
   */
  public final boolean isUnitedStates() {
    return getCode().equals("US");
  }

  @Override
  public final int compareTo(CountryCode other) {
    return getCode().compareTo(other.getCode());
  }

  /**
   * Checks that the code is an ISO 3166-1 alpha-2 code: exactly two upper-case letters A-Z.
   *
   * @throws IllegalArgumentException naming the code when it is not
   */
  @Value.Check
  protected void check() {
    String code = getCode();
    if (code.length() != 2
        || code.charAt(0) < 'A' || code.charAt(0) > 'Z'
        || code.charAt(1) < 'A' || code.charAt(1) > 'Z') {
      throw new IllegalArgumentException(
          "CountryCode.code = '" + code + "': must be an ISO 3166-1 alpha-2 code"
              + " (exactly two upper-case letters A-Z)");
    }
  }

  /** Returns the two-letter code. */
  @Override
  public final String toString() {
    return getCode();
  }
}
