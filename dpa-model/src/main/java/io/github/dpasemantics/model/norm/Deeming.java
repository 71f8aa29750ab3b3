package io.github.dpasemantics.model.norm;

import io.github.dpasemantics.model.clause.ClauseId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A deeming provision of the Addendum, as data: a clause that says "a fact of this kind counts as
 * (or does not count as) that", with nothing left to decide once the fact is known. Each constant
 * holds the clause, the fact it starts from, the legal consequence it attaches and the words of the
 * text; {@link #consequenceFollows(boolean)} applies it. Decisions that need a deemed consequence
 * read it from here and cite its clause; the clause-coverage table counts these clauses as
 * <em>encoded</em>, not decided.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Deeming {
  /** 3.2: a liability arising under this Addendum is subject to the Agreement's limitations of liability. */
  LIABILITY_LIMITS("3.2", "a liability arises under this Addendum", "it is subject to the limitations of liability in the Agreement",
      "Any liabilities arising under this Addendum are subject to the limitations of liability in the Agreement."),
  /** 5.2: transmission to and among Sources and Destinations as Customer directs is not limited by the Addendum. */
  SOURCES_AND_DESTINATIONS("5.2", "Segment transmits Customer Data to or among Sources and Destinations as directed by Customer through"
      + " the Services", "nothing in this Addendum limits it, and Sources and Destinations are not Subprocessors",
      "nothing in this Addendum limits Segment from transmitting Customer Data to and among Sources and Destinations as directed by"
          + " Customer through the Services. The parties agree that neither Sources nor Destinations are Subprocessors of Segment"),
  /** 7.3: a notification of or response to a Security Incident under 7.3 is no acknowledgement of fault. */
  NO_ADMISSION_OF_FAULT("7.3", "a communication is Segment's notification of or response to a Security Incident under 7.3",
      "it is not to be construed as an acknowledgement by Segment of any fault or liability",
      "Segment's notification of or response to a Security Incident under this Section 7.c. will not be construed as an"
          + " acknowledgement by Segment of any fault or liability with respect to the Security Incident."),
  /** A.2.2.1: ISO 27001, 27017 or 27018 certifications or similar audit reports are Third Party Reports. */
  THIRD_PARTY_REPORTS("A.2.2.1", "a document is one of Segment's most recent ISO 27001, ISO 27017 or ISO 27018 certifications or a"
      + " similar audit report", "it is a Third Party Report",
      "in the form of Segment's most recent ISO 27001, ISO 27017 or ISO 27018 certifications or similar audit reports"
          + " (\"Third Party Reports\")"),
  /** A.2.2.2: information Segment provides under A.2.2 is its Confidential Information. */
  AUDIT_INFORMATION_CONFIDENTIAL("A.2.2.2", "Segment provides information under Section 2.b. of Annex A (A.2.2)",
      "it is Segment's Confidential Information under the Agreement",
      "Any information provided by Segment under this Section 2.b. constitutes Segment's Confidential Information under the Agreement."),
  /** A.4.3.6: Section 6's authorizations are the prior written consent to subcontracting under SCC Clause 5(h). */
  SUBCONTRACTING_CONSENT("A.4.3.6", "Customer authorized the subprocessing under Section 6 of this Addendum",
      "it is Customer's prior written consent to the subcontracting under Clause 5(h) of the Standard Contractual Clauses",
      "Customer's authorizations in Section 6 of this Addendum (Subprocessing) will constitute Customer's prior written consent to the"
          + " subcontracting by Segment of the Processing of Customer Personal Data if such consent is required under Clause 5(h) of"
          + " the Standard Contractual Clauses"),
  /** B.4: Processing authorized by Section 5's instructions is integral to the Services and the direct business relationship. */
  INTEGRAL_TO_SERVICES("B.4", "the Processing is authorized by Customer's instructions described in Section 5",
      "it is integral to and encompassed by Segment's provision of the Services and the direct business relationship",
      "the Processing of Customer Personal Data authorized by Customer's instructions described in Section 5 of this Addendum is"
          + " integral to and encompassed by Segment's provision of the Services and the direct business relationship between the"
          + " parties"),
  /** B.5: Segment's access to Customer Personal Data is not consideration, whatever the Agreement or an Order Form says. */
  ACCESS_NOT_CONSIDERATION("B.5", "Segment has access to Customer Personal Data (notwithstanding anything in the Agreement or an Order Form)",
      "the access does not constitute part of the consideration exchanged under the Agreement",
      "Notwithstanding anything in the Agreement or any Order Form entered in connection therewith, the parties acknowledge and agree"
          + " that Segment's access to Customer Personal Data does not constitute part of the consideration exchanged by the parties in"
          + " respect of the Agreement.");

  private final ClauseId clause;
  private final String fact;
  private final String consequence;
  private final String text;

  Deeming(String clause, String fact, String consequence, String text) {
    this.clause = ClauseId.parse(clause);
    this.fact = fact;
    this.consequence = consequence;
    this.text = text;
  }

  /**
   * Returns the clause that makes the provision.
   *
   * @return the clause id
   */
  public ClauseId getClause() {
    return clause;
  }

  /**
   * Returns the fact the provision starts from, in words.
   *
   * @return the fact
   */
  public String getFact() {
    return fact;
  }

  /**
   * Returns the legal consequence it attaches to the fact, in words.
   *
   * @return the consequence
   */
  public String getConsequence() {
    return consequence;
  }

  /**
   * Returns the words of the Addendum that make the provision.
   *
   * @return the quoted text
   */
  public String getText() {
    return text;
  }

  /**
   * Applies the provision: the consequence follows exactly when the fact holds. (For
   * {@link #ACCESS_NOT_CONSIDERATION} the fact is Segment's access, which the provision takes as
   * given "notwithstanding anything in the Agreement or any Order Form": what those documents say
   * does not enter.)
   *
   * @param factHolds whether the fact holds
   * @return true if the consequence follows
   */
  public boolean consequenceFollows(boolean factHolds) {
    return factHolds;
  }

  /**
   * Returns the provision made by a clause, if the clause is a deeming provision.
   *
   * @param clause the clause id
   * @return the provisions of that clause, possibly none
   */
  public static List<Deeming> of(ClauseId clause) {
    Objects.requireNonNull(clause, "Deeming.of: clause must not be null");
    List<Deeming> out = new ArrayList<>();
    for (Deeming d : values()) {
      if (d.clause.equals(clause)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }
}
