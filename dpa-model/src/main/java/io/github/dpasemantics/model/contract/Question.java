package io.github.dpasemantics.model.contract;

/**
 * A point where the text of the Addendum can be read more than one way. Each question has a
 * default {@link Interpretation} (our reading, documented in {@code docs/interpretations.md}) and
 * one or more alternatives a caller may choose in {@link Interpretations}.
 */
public enum Question {
  /** 6.3: notice "may be given by updating the Subprocessor Page and via a message": which one completes it? */
  SUBPROCESSOR_NOTICE_COMPLETION("6.3", "When both notice channels are used, on which day is notice of a new Third Party Subprocessor given?"),
  /** 6.3: "at least ten (10) calendar days before": nominal or clear days? */
  ADVANCE_NOTICE_COUNTING("6.3", "Does \"at least N calendar days before\" allow notice on the day N days before, or must N whole days lie between?"),
  /** 6.3, 9.1: does a deadline on a weekend or holiday roll forward? */
  LAST_DAY_ON_NON_BUSINESS_DAY("6.3, 9.1", "Does a period whose last day falls on a weekend or holiday end on that day or on the next business day?"),
  /** 9.1: "after request by Customer following the termination or expiration": a request made before termination? */
  DELETION_REQUEST_BEFORE_TERMINATION("9.1", "What does a deletion request made before the Agreement terminates or expires do?"),
  /** 3.4 against 9.1: does the post-termination deletion duty survive the Addendum's automatic termination? */
  DELETION_SURVIVAL("3.4, 9.1", "Does the deletion duty of 9.1 survive the automatic termination of the Addendum under 3.4?"),
  /** A.2.2.2: "issued within the 12-month period prior to Customer's request": which ends are inside? */
  REPORT_RECENCY_WINDOW("A.2.2.2", "Which ends of \"the 12-month period prior to Customer's request\" are inside it?"),
  /** 2.9: does a denial of service attack that makes Personal Data unavailable count? */
  DENIAL_OF_SERVICE("2.9", "Is a denial of service attack that compromises the availability of Personal Data a Security Incident?"),
  /** A.4.3: "established in the EU": EU member states only, or the EEA too? */
  EU_ESTABLISHMENT("A.4.3", "Does \"established in the EU\" include Iceland, Liechtenstein and Norway (EEA, not EU)?"),
  /** 2.9 against 1, 4 and 7.1: whose Personal Data must a Security Incident affect for 7.3 to require notice to this Customer? */
  INCIDENT_DATA_SCOPE("2.9, 4, 7.3", "Does a Security Incident need notice to Customer under 7.3 when it affects Personal Data that is not"
      + " Customer's Customer Personal Data?"),
  /** A.2.2.2: "by submitting reasonable requests for information": is an on-site inspection a form of audit it grants? */
  AUDIT_FORM("A.2.2, A.2.2.2", "Is an on-site inspection a form of audit A.2.2 grants, or only requests for information?"),
  /** 9.1 against 6.1.1 and 6.1.2: does "delete ... from Segment's systems" reach copies held by Subprocessors? */
  DELETION_AT_SUBPROCESSORS("9.1, 6.1.1, 6.1.2", "Does 9.1's duty to delete from \"Segment's systems\" reach Customer Personal Data"
      + " held by Subprocessors?"),
  /** A.1.2, 3.4, 7: do the protections of the Processing last after termination until all Customer Personal Data is deleted? */
  PROTECTION_DURATION("A.1.2, 3.4, 7", "Do the protections that attach to the Processing (7.1-7.3, Segment's Personnel, Subprocessor duties) last after termination while Segment still holds Customer Personal Data?");

  private final String clauses;
  private final String text;

  Question(String clauses, String text) {
    this.clauses = clauses;
    this.text = text;
  }

  /**
   * Returns the ids of the clauses the question is about, comma separated (for example {@code "3.4, 9.1"}).
   *
   * @return the clause ids as text
   */
  public String clauses() {
    return clauses;
  }

  /**
   * Returns the question in words.
   *
   * @return the question
   */
  public String text() {
    return text;
  }

  /**
   * Returns the default reading of this question.
   *
   * @return the default interpretation
   */
  public Interpretation defaultReading() {
    for (Interpretation i : Interpretation.values()) {
      if (i.question() == this && i.isDefault()) {
        return i;
      }
    }
    throw new IllegalStateException("Question " + name() + " has no default Interpretation");
  }
}
