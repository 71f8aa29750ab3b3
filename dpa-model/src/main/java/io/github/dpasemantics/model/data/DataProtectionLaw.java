package io.github.dpasemantics.model.data;

/**
 * The Data Protection Laws (2.4) the Addendum distinguishes: EU Data Protection Law (2.6), the
 * CCPA (2.2), and any other privacy, data protection or information security law.
 */
public enum DataProtectionLaw {
  /** Regulation (EU) 2016/679 (GDPR) and national legislation implementing it (2.6); decides Annex A (4). */
  EU_DATA_PROTECTION_LAW("2.6"),
  /** The California Consumer Privacy Act of 2018, as amended (2.2); decides Annex B (4). */
  CCPA("2.2"),
  /** Any other law within 2.4 (e.g. the Swiss FADP, the UK GDPR, another US state law). */
  OTHER("2.4");

  private final String clause;

  DataProtectionLaw(String clause) {
    this.clause = clause;
  }

  /**
   * The id of the clause that defines the law for this Addendum.
   *
   * @return {@code "2.6"} for EU Data Protection Law, {@code "2.2"} for the CCPA, {@code "2.4"} for
   *     any other law
   */
  public String getClause() {
    return clause;
  }
}
