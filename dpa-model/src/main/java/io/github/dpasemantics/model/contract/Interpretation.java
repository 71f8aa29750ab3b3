package io.github.dpasemantics.model.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named reading of an open passage of the Addendum. Each constant answers one {@link Question};
 * exactly one constant per question is the default (the reading the library applies unless told
 * otherwise). Decisions report the readings that mattered to them.
 */
public enum Interpretation {
  /** Default (6.3): notice is complete on the later of the Subprocessor Page update and the Workspace message, since the text names both. */
  NOTICE_ON_LATER_CHANNEL(Question.SUBPROCESSOR_NOTICE_COMPLETION, true,
      "notice is given on the later of the Subprocessor Page update and the Workspace message"),
  /** Option (6.3): notice is complete on the earlier of the two channels ("may be given" read as either suffices). */
  NOTICE_ON_EARLIER_CHANNEL(Question.SUBPROCESSOR_NOTICE_COMPLETION, false,
      "notice is given on the earlier of the Subprocessor Page update and the Workspace message"),

  /** Default (6.3): "at least N days before P" is met by notice on or before P − N. */
  ADVANCE_NOTICE_NOMINAL_DAYS(Question.ADVANCE_NOTICE_COUNTING, true,
      "notice at least N days before day P is timely if given on or before P minus N days"),
  /** Option (6.3): N clear days must lie between notice and P, so the last timely day is P − N − 1. */
  ADVANCE_NOTICE_CLEAR_DAYS(Question.ADVANCE_NOTICE_COUNTING, false,
      "notice at least N days before day P needs N clear days between them: on or before P minus N minus 1"),

  /** Default: calendar days, no extension for weekends or holidays. */
  CALENDAR_DAYS_NO_ROLL(Question.LAST_DAY_ON_NON_BUSINESS_DAY, true,
      "every day counts and a period ends on its last day even if that is a weekend or holiday"),
  /** Option: a period whose last day is a weekend or holiday ends at the end of the next business day (1182/71 Art. 3(4), FRCP 6(a)). */
  ROLL_FORWARD_TO_BUSINESS_DAY(Question.LAST_DAY_ON_NON_BUSINESS_DAY, false,
      "a period whose last day is a weekend or holiday runs to the next business day"),

  /** Default (9.1): a deletion request made before termination takes effect at termination, so deletion is due 60 days after termination. */
  EARLY_DELETION_REQUEST_EFFECTIVE_AT_TERMINATION(Question.DELETION_REQUEST_BEFORE_TERMINATION, true,
      "a deletion request made before termination takes effect on the day of termination or expiration"),
  /** Option (9.1): a request made before termination is not a request "following the termination" and triggers nothing. */
  EARLY_DELETION_REQUEST_TRIGGERS_NOTHING(Question.DELETION_REQUEST_BEFORE_TERMINATION, false,
      "a deletion request made before termination triggers nothing; Customer must ask again after it"),

  /** Default (3.4, 9.1): the deletion duty survives the Addendum's automatic termination by necessary implication. */
  DELETION_SURVIVES_ADDENDUM(Question.DELETION_SURVIVAL, true,
      "the deletion duty of 9.1, which only arises after termination, survives the Addendum's automatic termination (3.4)"),
  /** Option (3.4): the Addendum, and with it the deletion duty, ends with the Agreement. */
  DELETION_ENDS_WITH_ADDENDUM(Question.DELETION_SURVIVAL, false,
      "the Addendum terminates with the Agreement (3.4) and no deletion duty survives it"),

  /**
   * Default (A.1.2, 3.4, 7): the duration of the Processing is "until deletion of all Customer
   * Personal Data", so the protections that attach to it (7.1-7.3, Segment's Personnel,
   * Subprocessor duties) last after termination while Segment still holds the data, as the
   * deletion duty of 9.1 survives 3.4.
   */
  PROTECTION_UNTIL_DELETION(Question.PROTECTION_DURATION, true,
      "the protections that attach to the Processing (7.1-7.3, Personnel, Subprocessors) last until all Customer Personal Data is deleted (A.1.2)"),
  /** Option (3.4): the protections end with the Addendum when the Agreement ends; only 9.1 and data retained under 9.2 remain. */
  PROTECTION_ENDS_WITH_ADDENDUM(Question.PROTECTION_DURATION, false,
      "the protections of 6 and 7 end with the Addendum when the Agreement ends (3.4); only 9.1 and retained data (9.2) remain"),

  /** Default (A.2.2.2): the period runs from R minus 12 months to R, both days included. */
  REPORT_WINDOW_BOTH_ENDS(Question.REPORT_RECENCY_WINDOW, true,
      "a report issued from the request day minus 12 months up to and including the request day is recent enough"),
  /** Option (A.2.2.2): "prior to" the request excludes the request day itself. */
  REPORT_WINDOW_EXCLUDES_REQUEST_DAY(Question.REPORT_RECENCY_WINDOW, false,
      "a report must be issued before the request day, from the request day minus 12 months"),
  /** Option (A.2.2.2): the first day of the period (R minus 12 months) is excluded, as in counting "within 12 months" forward from it. */
  REPORT_WINDOW_EXCLUDES_FIRST_DAY(Question.REPORT_RECENCY_WINDOW, false,
      "a report must be issued after the request day minus 12 months, up to and including the request day"),

  /** Default (2.9): a denial of service that compromises Personal Data (e.g. its availability) is an incident; one that does not is not. */
  DOS_COUNTS_IF_DATA_COMPROMISED(Question.DENIAL_OF_SERVICE, true,
      "a denial of service attack is a Security Incident only where it actually compromised Personal Data, e.g. its availability"),
  /** Option (2.9): denial of service attacks are listed as exclusions and never count. */
  DOS_NEVER_COUNTS(Question.DENIAL_OF_SERVICE, false,
      "a denial of service attack is never a Security Incident, as 2.9 lists it among the exclusions"),

  /** Default (A.4.3): "the EU" means the EU member states. */
  EU_MEANS_MEMBER_STATES(Question.EU_ESTABLISHMENT, true,
      "\"established in the EU\" means established in an EU member state"),
  /** Option (A.4.3): the EEA states bound by the GDPR (Iceland, Liechtenstein, Norway) count as "the EU". */
  EU_INCLUDES_EEA(Question.EU_ESTABLISHMENT, false,
      "\"established in the EU\" includes the EEA states that apply the GDPR"),

  /** Default (1, 4, 7.1, 7.3): a 7.3 notice to this Customer is owed only for a Security Incident affecting its Customer Personal Data. */
  INCIDENT_NOTICE_FOR_CUSTOMER_PERSONAL_DATA(Question.INCIDENT_DATA_SCOPE, true,
      "a Security Incident must be notified to Customer under 7.3 only where it affects Customer's Customer Personal Data, the Processing"
          + " the Addendum applies to (1, 4) and 7.1 protects"),
  /** Option (2.9): any Personal Data Segment Processes for or about this Customer counts, including data 2.3 excludes and Usage Data. */
  INCIDENT_NOTICE_FOR_ANY_DATA_OF_CUSTOMER(Question.INCIDENT_DATA_SCOPE, false,
      "a Security Incident must be notified to Customer under 7.3 where it affects any Personal Data Segment Processes for or about"
          + " Customer (2.9's \"Personal Data being Processed by Segment\"), not only its Customer Personal Data"),

  /** Default (A.2.2.2): Customer audits by reasonable requests for information, including questionnaires; no on-site inspection is granted. */
  AUDIT_BY_INFORMATION_REQUESTS(Question.AUDIT_FORM, true,
      "Customer exercises its audit right \"by submitting reasonable requests for information, including security and audit"
          + " questionnaires\"; an on-site inspection is not a form of audit A.2.2.2 grants"),
  /** Option (A.2.2, A.2.2.3): where the applicable law's audit right includes inspections, A.2.2 governs how, not whether, they happen. */
  AUDIT_INCLUDES_INSPECTION_WHERE_LAW_GRANTS(Question.AUDIT_FORM, false,
      "where the applicable Data Protection Laws' audit right includes inspections (e.g. GDPR Art. 28(3)(h)), an inspection is a form"
          + " of audit under A.2.2, subject to its once-a-year, cost and auditor rules"),

  /** Default (9.1, 6.1.1, 6.1.2): 9.1 reaches Segment's own systems; Subprocessors' copies are reached through the 6.1.1 flow-down. */
  DELETION_AT_SUBPROCESSORS_BY_FLOW_DOWN(Question.DELETION_AT_SUBPROCESSORS, true,
      "9.1 requires deletion from \"Segment's systems\"; a Subprocessor's copies are reached through the substantially similar"
          + " obligations 6.1.1 requires in its written agreement, with Segment liable under 6.1.2"),
  /** Option (9.1, 6.1.2): a Subprocessor's systems Processing for Segment count as Segment's, so 9.1's period reaches them directly. */
  DELETION_AT_SUBPROCESSORS_WITHIN_9_1(Question.DELETION_AT_SUBPROCESSORS, false,
      "the systems on which Subprocessors Process Customer Personal Data for Segment count as \"Segment's systems\", so 9.1's"
          + " period reaches their copies directly");

  private final Question question;
  private final boolean isDefault;
  private final String reading;

  Interpretation(Question question, boolean isDefault, String reading) {
    this.question = question;
    this.isDefault = isDefault;
    this.reading = reading;
  }

  /**
   * Returns the question this reading answers.
   *
   * @return the question
   */
  public Question question() {
    return question;
  }

  /**
   * Tells whether this is the library's default reading of its question.
   *
   * @return true for the default reading
   */
  public boolean isDefault() {
    return isDefault;
  }

  /**
   * Returns the reading in words, fit to be shown beside a decision.
   *
   * @return the reading
   */
  public String reading() {
    return reading;
  }

  /**
   * Returns the other readings of the same question.
   *
   * @return the alternatives, in declaration order
   */
  public List<Interpretation> alternatives() {
    List<Interpretation> out = new ArrayList<>();
    for (Interpretation i : values()) {
      if (i.question == question && i != this) {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the interpretation with the given name, ignoring case.
   *
   * @param name the constant name, for example {@code "NOTICE_ON_EARLIER_CHANNEL"}
   * @return the interpretation
   * @throws IllegalArgumentException naming the text and the known names if none matches
   */
  public static Interpretation parse(String name) {
    Objects.requireNonNull(name, "Interpretation.parse: name must not be null");
    for (Interpretation i : values()) {
      if (i.name().equalsIgnoreCase(name.trim())) {
        return i;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Interpretation i : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(i.name());
    }
    throw new IllegalArgumentException(
        "Interpretation '" + name + "' is unknown; expected one of: " + known);
  }
}
