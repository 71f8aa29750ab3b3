package io.github.dpasemantics.model.contract;

/**
 * Names one number of the contract held in {@link DpaTerms}, so that rules can refer to "the
 * objection window" rather than to the literal {@code 5}.
 *
 * <p>Each key states its unit and the clause that fixes its value in the Segment preset.
 */
public enum TermKey {
  /** "at least ten (10) calendar days before the new Subprocessor Processes" (6.3), in days. */
  SUBPROCESSOR_NOTICE_DAYS(Unit.DAYS, "6.3"),
  /** "within five (5) calendar days after such notice" (6.3), in days. */
  OBJECTION_DAYS(Unit.DAYS, "6.3"),
  /** "within sixty (60) days after request by Customer" (9.1), in days. */
  DELETION_DAYS(Unit.DAYS, "9.1"),
  /** "Not more than once per calendar year" (A.2.2.2), a count. */
  AUDITS_PER_CALENDAR_YEAR(Unit.COUNT, "A.2.2.2"),
  /** "issued within the 12-month period prior to Customer's request" (A.2.2.2), in months. */
  REPORT_RECENCY_MONTHS(Unit.MONTHS, "A.2.2.2");

  /** The unit a term is counted in. */
  public enum Unit {
    /** Calendar days. */
    DAYS,
    /** Calendar months. */
    MONTHS,
    /** A plain count. */
    COUNT
  }

  private final Unit unit;
  private final String clause;

  TermKey(Unit unit, String clause) {
    this.unit = unit;
    this.clause = clause;
  }

  /**
   * Returns the unit this term is counted in.
   *
   * @return the unit
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns the id of the clause that fixes this number, as text (for example {@code "6.3"}).
   *
   * @return the clause id in canonical form
   */
  public String clause() {
    return clause;
  }
}
