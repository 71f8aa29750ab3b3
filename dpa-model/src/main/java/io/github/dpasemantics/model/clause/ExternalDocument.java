package io.github.dpasemantics.model.clause;

/**
 * An instrument outside the Addendum that its text cites by location ("Clause 5(j) of the
 * Standard Contractual Clauses", "Articles 35 and 36 of the GDPR").
 */
public enum ExternalDocument {
  /** Regulation (EU) 2016/679, the General Data Protection Regulation (2.6, A.2.1.1, A.3, A.4.3). */
  GDPR("Regulation (EU) 2016/679 (General Data Protection Regulation)"),
  /**
   * The Standard Contractual Clauses for Processors approved by Commission Decision 2010/87/EU,
   * as defined in A.1.1 and incorporated by A.4.3.
   */
  STANDARD_CONTRACTUAL_CLAUSES(
      "Standard Contractual Clauses for Processors (Commission Decision 2010/87/EU, Annex)"),
  /** Commission Decision 2010/87/EU itself, which approved those clauses (A.1.1). */
  COMMISSION_DECISION_2010_87_EU("Commission Decision 2010/87/EU of 5 February 2010");

  private final String title;

  ExternalDocument(String title) {
    this.title = title;
  }

  /**
   * Returns the full title of the instrument.
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }
}
