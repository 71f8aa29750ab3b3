package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.event.TransferMade;
import io.github.dpasemantics.model.norm.Deeming;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.Role;
import io.github.dpasemantics.policy.fact.AlternativeBasis;
import io.github.dpasemantics.policy.fact.CustomerRequest;
import io.github.dpasemantics.policy.fact.DpfCertification;
import io.github.dpasemantics.policy.fact.PrivacyShieldCompliance;
import io.github.dpasemantics.policy.fact.PrivacyShieldDuty;
import io.github.dpasemantics.policy.fact.SccStatus;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Annex A, 4. Data Transfers.
 *
 * <p>A.4.1: Segment may, subject to A.4.2, store and Process Customer Personal Data in the United
 * States or anywhere Segment or its Subprocessors maintain facilities; subject to Segment's
 * obligations in Section 4, Customer is responsible for ensuring that its use of the Services
 * complies with the cross-border transfer restrictions of EU Data Protection Law.
 *
 * <p>A.4.2: to the extent Segment Processes Customer Personal Data of individuals in the EU or
 * Switzerland in the United States, it shall protect that data in accordance with the Privacy
 * Shield Principles; if it is unable to comply, it shall inform Customer.
 *
 * <p>A.4.3: if Customer is established in the EU and transfers Customer Personal Data out of the
 * EU to Segment in a country not deemed by the European Commission to have adequate protection,
 * and the Privacy Shield ceases to be a basis for the transfer under Chapter V of the GDPR, and no
 * lawful alternative basis applies, the transfer is governed by the Standard Contractual Clauses
 * (the 2010 processor SCCs, Decision 2010/87/EU, A.1.1), with A.4.3.1–A.4.3.8 filling them in; by
 * A.4.3.8 they terminate automatically once the transfer becomes lawful without them.
 *
 * <p>Outside law that changed over time comes from a {@link LegalFacts} table passed in: the
 * Privacy Shield's invalidation (C-311/18, 16 July 2020), the adequacy decisions (including the
 * EU–US Data Privacy Framework from 10 July 2023, for certified organisations only) and the end of
 * the 2010 SCCs (no new contracts from 27 September 2021, no safeguards at all from
 * 27 December 2022). From that last day this version of the Addendum names no transfer mechanism
 * that still gives appropriate safeguards: {@link #sccGoverned} still reports that the SCCs govern
 * as the text says, and adds that finding to its reasons.
 *
 * <p>Readings: "established in the EU" and "out of the EU" follow {@link Question#EU_ESTABLISHMENT}
 * ({@link Interpretation#EU_MEANS_MEMBER_STATES} by default; {@link Interpretation#EU_INCLUDES_EEA}
 * as the option), with member states as of the day asked about. A destination in the EEA applies
 * the GDPR itself, so a transfer there needs no Chapter V basis: a lawful alternative basis under
 * either reading. The Privacy Shield is taken as a basis only for transfers to Segment in the
 * United States (A.4.2 presupposes Segment's certification). "Individuals in the EU" in A.4.2 is
 * read literally (EU member states on the day).
 */
@NotDecidable(clause = "A.4", reason = "the heading of Annex A Section 4; its clauses are decided one by one")
@NotDecidable(clause = "A.4.3.2", reason = "fills Appendix 1 of the SCCs with the description in A.1.2; nothing to decide")
@NotDecidable(clause = "A.4.3.3", reason = "fills Appendix 2 of the SCCs with the Security Measures; nothing to decide")
@NotDecidable(clause = "A.4.3.5", reason = "routes SCC audits (Clauses 5(f), 12(2)) to A.2.2, which Audits decides")
public final class Transfers {
  private static final String SCC_GOVERN = "Transfers.sccGoverned";
  private static final String SCC_TERMINATED = "Transfers.sccTerminated";
  private static final String SCC_ROLE = "Transfers.sccRole";
  private static final String PS_DUTY = "Transfers.privacyShieldDutyOwed";
  private static final String PS_INFORM = "Transfers.customerToBeInformed";
  private static final String LOCATION = "Transfers.processingLocationAllowed";
  private static final String RESPONSIBILITY = "Transfers.crossBorderComplianceResponsibility";
  private static final String COPY = "Transfers.subprocessorAgreementCopyOwed";
  private static final String REDACTION = "Transfers.redactionAllowed";
  private static final String CONSENT = "Transfers.subcontractingConsented";
  private static final String CERTIFICATION = "Transfers.deletionCertificationOwed";

  private Transfers() {}

  /** Reason codes of Annex A Section 4. */
  public enum Code implements ReasonCode {
    /** A.4.1: processing in the United States. */
    LOCATION_UNITED_STATES("A.4.1", "Segment may store and Process Customer Personal Data in the United States ({0})"),
    /** A.4.1: processing where Segment or a Subprocessor has facilities. */
    LOCATION_FACILITY("A.4.1", "Segment may store and Process Customer Personal Data anywhere Segment or its Subprocessors maintain facilities ({0})"),
    /** A.4.1: no facility there. */
    LOCATION_NOT_PERMITTED("A.4.1", "{0} is neither the United States nor a place where Segment or its Subprocessors maintain facilities"),
    /** A.4.1: always subject to A.4.2. */
    LOCATION_SUBJECT_TO_PRIVACY_SHIELD("A.4.1", "the permission to choose processing locations is subject to Section 4.b (A.4.2)"),
    /** A.4.1: Customer's responsibility. */
    CUSTOMER_RESPONSIBLE_CROSS_BORDER("A.4.1", "subject to Segment's obligations in Section 4, Customer is responsible for ensuring that its use of the Services complies with any cross-border data transfer restrictions of EU Data Protection Law"),

    /** A.4.2: duty applies. */
    PRIVACY_SHIELD_DUTY("A.4.2", "Segment Processes Customer Personal Data of individuals in {0} in the United States, so it shall protect that data in accordance with the Privacy Shield Principles and Supplemental Principles"),
    /** A.4.2: subjects not in the EU or Switzerland. */
    PRIVACY_SHIELD_SUBJECTS_ELSEWHERE("A.4.2", "the individuals are in {0}, not in the EU or Switzerland on {1}, so A.4.2 does not apply"),
    /** A.4.2: processing not in the US. */
    PRIVACY_SHIELD_NOT_IN_US("A.4.2", "the data is processed in {0}, not in the United States, so A.4.2 does not apply"),
    /** A.4.2: finding — the framework no longer a transfer basis. */
    PRIVACY_SHIELD_FRAMEWORK_ENDED("A.4.2", "finding: the promise to follow the Privacy Shield Principles remains a term of the Addendum, but on {0} the Privacy Shield is no longer a basis for the transfer ({1})"),
    /** A.4.2: unable to comply, inform. */
    INFORM_CUSTOMER("A.4.2", "if Segment is unable to comply with this requirement, Segment shall inform Customer"),
    /** A.4.2: able to comply, nothing to inform. */
    NO_INFORMATION_DUE("A.4.2", "Segment is able to comply with the Privacy Shield requirement, so it owes Customer no information under A.4.2"),
    /** A.4.2: no duty, nothing to inform. */
    NO_DUTY_NOTHING_TO_INFORM("A.4.2", "no Customer Personal Data of individuals in the EU or Switzerland is Processed in the United States, so there is nothing to inform of"),

    /** A.4.3: Customer established in the EU. */
    CUSTOMER_IN_EU("A.4.3", "Customer is established in the EU ({0} on {1})"),
    /** A.4.3: Customer not established in the EU. */
    CUSTOMER_NOT_IN_EU("A.4.3", "Customer is not established in the EU ({0} on {1}), so A.4.3 does not apply"),
    /** A.4.3: transfer out of the EU. */
    TRANSFER_OUT_OF_EU("A.4.3", "Customer Personal Data is transferred out of the EU to Segment in {0}"),
    /** A.4.3: transfer within the EU. */
    TRANSFER_WITHIN_EU("A.4.3", "the transfer to Segment in {0} does not leave the EU on {1}"),
    /** A.4.3: no adequacy. */
    NO_ADEQUACY("A.4.3", "{0} is not a country deemed by the European Commission to have adequate data protection on {1}"),
    /** A.4.3: adequacy exists. */
    ADEQUACY("A.4.3", "{0} is deemed by the European Commission to have adequate data protection on {1}: {2}"),
    /** A.4.3: adequacy only for certified importers. */
    ADEQUACY_NOT_CERTIFIED("A.4.3", "the adequacy decision for {0} covers only organisations certified under it, and Segment is not certified: {1}"),
    /** A.4.3: the Privacy Shield is still a basis. */
    PRIVACY_SHIELD_BASIS("A.4.3", "on {0} the Privacy Shield is still a basis by which Customer may lawfully transfer to Segment in the United States: {1}"),
    /** A.4.3: the Privacy Shield ceased to be a basis. */
    PRIVACY_SHIELD_CEASED("A.4.3", "on {0} the Privacy Shield has ceased to be a basis for the transfer: {1}"),
    /** A.4.3: the Privacy Shield never covered this destination. */
    PRIVACY_SHIELD_NOT_APPLICABLE("A.4.3", "the Privacy Shield is not a basis for a transfer to {0}; it covered only certified organisations in the United States"),
    /** A.4.3: the destination applies the GDPR (EEA). */
    DESTINATION_IN_EEA("A.4.3", "{0} is an EEA state that applies the GDPR, so the transfer needs no basis under Chapter V: a lawful alternative basis"),
    /** A.4.3: a lawful alternative basis applies. */
    OTHER_LAWFUL_BASIS("A.4.3", "a lawful alternative basis for the transfer applies"),
    /** A.4.3: no lawful alternative basis. */
    NO_OTHER_LAWFUL_BASIS("A.4.3", "no lawful alternative basis for the transfer applies"),
    /** A.4.3: the SCCs govern. */
    SCCS_GOVERN("A.4.3", "such transfer is governed by the Standard Contractual Clauses (Decision 2010/87/EU), whose terms are incorporated into the Addendum"),
    /** A.4.3 finding: the 2010 SCCs closed to new contracts. */
    SCC_2010_LEGACY_ONLY("A.1.1", "finding: from {0} the 2010 Standard Contractual Clauses can no longer be used in new contracts; a contract concluded before then may rely on them only until {1} ({2})"),
    /** A.4.3 finding: the 2010 SCCs no longer give safeguards. */
    SCC_2010_NO_SAFEGUARDS("A.1.1", "finding: from {0} the 2010 Standard Contractual Clauses no longer give appropriate safeguards unless repapered ({1}); this version of the Addendum has no valid transfer mechanism of its own"),
    /** A.4.3: the table of legal facts is older than the question. */
    LEGAL_FACTS_STALE("A.4.3", "the table of legal facts is stated as of {0} and the question is asked as of {1}: a later change of law is unknown to it"),

    /** A.4.3.1: Customer is the data exporter. */
    CUSTOMER_IS_EXPORTER("A.4.3.1", "for purposes of the Standard Contractual Clauses, Customer will act as the data exporter"),
    /** A.4.3.1: Segment is the data importer. */
    SEGMENT_IS_IMPORTER("A.4.3.1", "for purposes of the Standard Contractual Clauses, Segment will act as the data importer"),
    /** A.4.3.1: no SCC role for this party. */
    NO_SCC_ROLE("A.4.3.1", "A.4.3.1 gives SCC roles only to Customer (data exporter) and Segment (data importer), not to {0}"),

    /** A.4.3.4: copies owed on request. */
    COPIES_ON_REQUEST("A.4.3.4", "upon the data exporter's request under the SCCs, the data importer will provide the copies of the Subprocessor agreements that Clause 5(j) requires"),
    /** A.4.3.4: no request, no copies. */
    NO_REQUEST_NO_COPIES("A.4.3.4", "copies of Subprocessor agreements are owed only upon the data exporter's request under the SCCs; none was made"),
    /** A.4.3.4: SCCs do not govern. */
    SCCS_NOT_GOVERNING("A.4.3", "the Standard Contractual Clauses do not govern the transfer, so their Clause 5(j) duty does not arise"),
    /** A.4.3.4: redaction allowed. */
    REDACTION_ALLOWED("A.4.3.4", "the data importer may remove or redact {0} beforehand"),
    /** A.4.3.4: redaction not allowed. */
    REDACTION_NOT_ALLOWED("A.4.3.4", "only commercial information or clauses unrelated to the SCCs or their equivalent may be removed; {0} must be provided"),

    /** A.4.3.6: Section 6 authorisation is consent. */
    SECTION_6_IS_CONSENT("A.4.3.6", "Customer's authorizations in Section 6 constitute Customer's prior written consent to the subcontracting under Clause 5(h) of the SCCs"),
    /** A.4.3.6: no authorisation. */
    NO_SECTION_6_AUTHORISATION("A.4.3.6", "no authorization in Section 6 covers this subcontracting, so A.4.3.6 supplies no prior written consent"),

    /** A.4.3.7: certification on request. */
    CERTIFICATION_ON_REQUEST("A.4.3.7", "certification of deletion under Clause 12(1) of the SCCs is provided upon Customer's request"),
    /** A.4.3.7: no request. */
    CERTIFICATION_NOT_REQUESTED("A.4.3.7", "certification of deletion under Clause 12(1) of the SCCs shall be provided only upon Customer's request; none was made"),
    /** A.4.3: the SCCs do not govern, so Clause 12(1) does not apply. */
    SCCS_NOT_GOVERNING_NO_CERTIFICATE("A.4.3", "the Standard Contractual Clauses do not govern the transfer, so their Clause 12(1)"
        + " certification of deletion is not owed"),

    /** A.4.3.8: the SCCs never governed. */
    SCCS_NEVER_GOVERNED("A.4.3.8", "the SCCs did not govern the transfer on {0}, so there is nothing for A.4.3.8 to terminate"),
    /** A.4.3.8: terminated. */
    SCCS_TERMINATED("A.4.3.8", "on {0} the transfer is lawful under Chapter V of the GDPR without the Standard Contractual Clauses, so they automatically terminate"),
    /** A.4.3.8: still needed. */
    SCCS_CONTINUE("A.4.3.8", "on {0} the transfer is not yet lawful under Chapter V without the Standard Contractual Clauses, so they continue");

    private final ClauseId clause;
    private final String template;

    Code(String clause, String template) {
      this.clause = ClauseId.parse(clause);
      this.template = template;
    }

    @Override
    public ClauseId clause() {
      return clause;
    }

    @Override
    public String template() {
      return template;
    }
  }

  /** A part of a Subprocessor agreement to be copied under A.4.3.4. */
  public enum AgreementContent {
    /** Clauses of the SCCs or their equivalent: must be provided. */
    SCC_OR_EQUIVALENT_CLAUSE("the Standard Contractual Clauses or their equivalent"),
    /** Commercial information: may be removed or redacted. */
    COMMERCIAL_INFORMATION("commercial information"),
    /** Clauses unrelated to the SCCs or their equivalent: may be removed or redacted. */
    UNRELATED_CLAUSE("clauses unrelated to the Standard Contractual Clauses or their equivalent");

    private final String label;

    AgreementContent(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  // ------------------------------------------------------------------------------------------
  // A.4.1

  /**
   * A.4.1: tells whether Segment may store and Process Customer Personal Data in the country: the
   * United States, or anywhere Segment or its Subprocessors maintain facilities.
   *
   * @param location where the data would be stored or Processed
   * @param facilityCountries the countries where Segment or its Subprocessors maintain facilities
   * @return true if permitted
   */
  public static boolean isProcessingLocationAllowed(CountryCode location, Set<CountryCode> facilityCountries) {
    Objects.requireNonNull(location, "Transfers.isProcessingLocationAllowed: location must not be null");
    Objects.requireNonNull(facilityCountries, "Transfers.isProcessingLocationAllowed: facilityCountries must not be null");
    return location.isUnitedStates() || facilityCountries.contains(location);
  }

  /**
   * A.4.1, explained: the permission to choose locations, always subject to A.4.2.
   *
   * @param location where the data would be stored or Processed
   * @param facilityCountries the countries where Segment or its Subprocessors maintain facilities
   * @return the decision
   */
  @Decides("A.4.1")
  public static Decision<Boolean> processingLocationAllowed(CountryCode location, Set<CountryCode> facilityCountries) {
    Args.notNull(location, "Transfers", "processingLocationAllowed", "location");
    Args.notNull(facilityCountries, "Transfers", "processingLocationAllowed", "facilityCountries");
    boolean allowed = isProcessingLocationAllowed(location, facilityCountries);
    Decision.Builder<Boolean> d = Decision.builder(LOCATION, allowed);
    if (location.isUnitedStates()) {
      d.reason(Code.LOCATION_UNITED_STATES, location);
    } else if (allowed) {
      d.reason(Code.LOCATION_FACILITY, location);
    } else {
      d.reason(Code.LOCATION_NOT_PERMITTED, location);
    }
    return d.reason(Code.LOCATION_SUBJECT_TO_PRIVACY_SHIELD).build();
  }

  /**
   * A.4.1: who is responsible for complying with the cross-border transfer restrictions of EU Data
   * Protection Law in Customer's use of the Services: Customer, subject to Segment's obligations
   * in Section 4.
   *
   * @return {@link PartyKind#CUSTOMER}
   */
  public static PartyKind crossBorderComplianceResponsibilityOf() {
    return PartyKind.CUSTOMER;
  }

  /**
   * A.4.1, explained: Customer is responsible for the cross-border compliance of its use.
   *
   * @return the decision, outcome {@link PartyKind#CUSTOMER}
   */
  @Decides("A.4.1")
  public static Decision<PartyKind> crossBorderComplianceResponsibility() {
    return Decision.of(RESPONSIBILITY, crossBorderComplianceResponsibilityOf(), Reason.of(Code.CUSTOMER_RESPONSIBLE_CROSS_BORDER));
  }

  // ------------------------------------------------------------------------------------------
  // A.4.2

  /**
   * A.4.2: tells whether Segment must protect the data in accordance with the Privacy Shield
   * Principles: Customer Personal Data of individuals in the EU (member states on the day) or
   * Switzerland is Processed in the United States. The duty is a term of the Addendum and does
   * not end with the framework's invalidation; {@link #privacyShieldDutyOwed} reports that finding.
   *
   * @param subjectsIn where the individuals are
   * @param processedIn where Segment Processes the data
   * @param asOf the day
   * @param facts the table of legal facts: the duty does not depend on it; the explained form
   *     reports from it whether the framework still stands
   * @return true if the duty applies
   */
  public static boolean isPrivacyShieldDutyOwed(CountryCode subjectsIn, CountryCode processedIn, LocalDate asOf,
      LegalFacts facts) {
    Args.notNull(subjectsIn, "Transfers", "isPrivacyShieldDutyOwed", "subjectsIn");
    Args.notNull(processedIn, "Transfers", "isPrivacyShieldDutyOwed", "processedIn");
    Args.date(asOf, "Transfers", "isPrivacyShieldDutyOwed", "asOf");
    Args.notNull(facts, "Transfers", "isPrivacyShieldDutyOwed", "facts");
    return subjectsInEuOrSwitzerland(subjectsIn, asOf) && processedIn.isUnitedStates();
  }

  private static boolean subjectsInEuOrSwitzerland(CountryCode subjectsIn, LocalDate asOf) {
    return subjectsIn.isSwitzerland() || subjectsIn.isEuMemberStateOn(asOf);
  }

  /**
   * A.4.2, explained: the Privacy Shield duty, with the finding, as of the day and from the
   * table, that the framework for the individuals' origin is no longer a transfer basis.
   *
   * @param subjectsIn where the individuals are
   * @param processedIn where Segment Processes the data
   * @param asOf the day
   * @param facts the table of legal facts
   * @return the decision
   */
  @Decides("A.4.2")
  public static Decision<Boolean> privacyShieldDutyOwed(CountryCode subjectsIn, CountryCode processedIn, LocalDate asOf,
      LegalFacts facts) {
    Args.notNull(subjectsIn, "Transfers", "privacyShieldDutyOwed", "subjectsIn");
    Args.notNull(processedIn, "Transfers", "privacyShieldDutyOwed", "processedIn");
    Args.date(asOf, "Transfers", "privacyShieldDutyOwed", "asOf");
    Args.notNull(facts, "Transfers", "privacyShieldDutyOwed", "facts");
    boolean owed = isPrivacyShieldDutyOwed(subjectsIn, processedIn, asOf, facts);
    Decision.Builder<Boolean> d = Decision.builder(PS_DUTY, owed);
    if (!subjectsInEuOrSwitzerland(subjectsIn, asOf)) {
      d.reason(Code.PRIVACY_SHIELD_SUBJECTS_ELSEWHERE, subjectsIn, asOf);
    }
    if (!processedIn.isUnitedStates()) {
      d.reason(Code.PRIVACY_SHIELD_NOT_IN_US, processedIn);
    }
    if (owed) {
      d.reason(Code.PRIVACY_SHIELD_DUTY, subjectsIn);
      LegalFacts.Law law = subjectsIn.isSwitzerland() ? LegalFacts.Law.SWISS : LegalFacts.Law.EU;
      if (!facts.privacyShieldValid(asOf, law)) {
        d.reason(Code.PRIVACY_SHIELD_FRAMEWORK_ENDED, asOf, endOfPrivacyShield(facts, law));
      }
      staleness(d, facts, asOf);
    }
    return d.build();
  }

  private static Object endOfPrivacyShield(LegalFacts facts, LegalFacts.Law law) {
    Optional<LegalFact> f = facts.find(law == LegalFacts.Law.SWISS ? LegalFacts.FDPIC_SWISS_PRIVACY_SHIELD : LegalFacts.SCHREMS_II);
    return f.isPresent() ? f.get() : "no Privacy Shield fact in effect in the table";
  }

  /**
   * A.4.2: tells whether Segment must inform Customer: the duty applies and Segment is unable to
   * comply with it.
   *
   * @param duty whether the A.4.2 duty applies ({@link #isPrivacyShieldDutyOwed})
   * @param compliance whether Segment is able to comply with the Privacy Shield Principles
   * @return true if Customer must be informed
   */
  public static boolean isCustomerToBeInformed(PrivacyShieldDuty duty, PrivacyShieldCompliance compliance) {
    Args.notNull(duty, "Transfers", "isCustomerToBeInformed", "duty");
    Args.notNull(compliance, "Transfers", "isCustomerToBeInformed", "compliance");
    return duty == PrivacyShieldDuty.OWED && compliance == PrivacyShieldCompliance.UNABLE_TO_COMPLY;
  }

  /**
   * A.4.2, explained: "If Segment is unable to comply with this requirement, Segment shall inform
   * Customer."
   *
   * @param duty whether the A.4.2 duty applies
   * @param compliance whether Segment is able to comply
   * @return the decision
   */
  @Decides("A.4.2")
  public static Decision<Boolean> customerToBeInformed(PrivacyShieldDuty duty, PrivacyShieldCompliance compliance) {
    Args.notNull(duty, "Transfers", "customerToBeInformed", "duty");
    Args.notNull(compliance, "Transfers", "customerToBeInformed", "compliance");
    boolean inform = isCustomerToBeInformed(duty, compliance);
    Code why = duty == PrivacyShieldDuty.NOT_OWED ? Code.NO_DUTY_NOTHING_TO_INFORM : inform ? Code.INFORM_CUSTOMER : Code.NO_INFORMATION_DUE;
    return Decision.of(PS_INFORM, inform, Reason.of(why));
  }

  // ------------------------------------------------------------------------------------------
  // A.4.3

  /**
   * A.4.3: tells whether the Standard Contractual Clauses govern the transfer on the day: Customer
   * is established in the EU; the transfer leaves the EU for Segment in a country without an
   * adequacy decision (for the DPF: unless Segment is certified); the Privacy Shield is not (or no
   * longer) a basis; and no lawful alternative basis applies (an EEA destination is one).
   *
   * @param customerIn where Customer is established
   * @param destination the country of Segment's receiving establishment
   * @param certification whether Segment is certified under the EU–US Data Privacy Framework
   * @param alternativeBasis whether another lawful basis under Chapter V applies (e.g. binding
   *     corporate rules, a derogation)
   * @param asOf the day
   * @param facts the table of legal facts
   * @param readings the readings; {@link Question#EU_ESTABLISHMENT} matters
   * @return true if the SCCs govern the transfer
   */
  public static boolean isSccGoverned(CountryCode customerIn, CountryCode destination, DpfCertification certification,
      AlternativeBasis alternativeBasis, LocalDate asOf, LegalFacts facts, Interpretations readings) {
    Args.notNull(certification, "Transfers", "isSccGoverned", "certification");
    Args.notNull(alternativeBasis, "Transfers", "isSccGoverned", "alternativeBasis");
    Args.date(asOf, "Transfers", "isSccGoverned", "asOf");
    requireTransfer(customerIn, destination, asOf, facts, readings, "isSccGoverned");
    return governed(customerIn, destination, certification, alternativeBasis, asOf, facts, readings);
  }

  private static boolean governed(CountryCode customerIn, CountryCode destination, DpfCertification certification,
      AlternativeBasis alternativeBasis, LocalDate asOf, LegalFacts facts, Interpretations readings) {
    return inEu(customerIn, asOf, readings) && !inEu(destination, asOf, readings)
        && !lawfulWithoutSccs(destination, certification, alternativeBasis, asOf, facts);
  }

  /**
   * A.4.3, explained: every condition is given as a reason (the unmet ones when the answer is
   * no); when the SCCs govern and the table says the 2010 SCCs no longer give safeguards (from
   * 2022-12-27) or are closed to new contracts (from 2021-09-27), the finding is added.
   *
   * @param customerIn where Customer is established
   * @param destination the country of Segment's receiving establishment
   * @param certification whether Segment is certified under the EU–US Data Privacy Framework
   * @param alternativeBasis whether another lawful basis under Chapter V applies
   * @param asOf the day
   * @param facts the table of legal facts
   * @param readings the readings
   * @return the decision
   */
  @Decides(value = "A.4.3", quotes = "A.1.1")
  public static Decision<Boolean> sccGoverned(CountryCode customerIn, CountryCode destination, DpfCertification certification,
      AlternativeBasis alternativeBasis, LocalDate asOf, LegalFacts facts, Interpretations readings) {
    Args.notNull(customerIn, "Transfers", "sccGoverned", "customerIn");
    Args.notNull(destination, "Transfers", "sccGoverned", "destination");
    Args.notNull(certification, "Transfers", "sccGoverned", "certification");
    Args.notNull(alternativeBasis, "Transfers", "sccGoverned", "alternativeBasis");
    Args.date(asOf, "Transfers", "sccGoverned", "asOf");
    Args.notNull(facts, "Transfers", "sccGoverned", "facts");
    Args.notNull(readings, "Transfers", "sccGoverned", "readings");
    boolean governed = governed(customerIn, destination, certification, alternativeBasis, asOf, facts, readings);
    Decision.Builder<Boolean> d = Decision.builder(SCC_GOVERN, governed);
    conditions(d, governed, customerIn, destination, certification, alternativeBasis, asOf, facts, readings);
    if (governed) {
      d.reason(Code.SCCS_GOVERN);
      sccFindings(d, facts, asOf);
    }
    staleness(d, facts, asOf);
    return d.reading(readings.get(Question.EU_ESTABLISHMENT)).build();
  }

  /**
   * A.4.3 for a recorded transfer: the exporter's country, destination, DPF certification and
   * alternative basis of the event, as of the event's date.
   *
   * @param transfer the transfer event
   * @param facts the table of legal facts
   * @param readings the readings
   * @return true if the SCCs govern the transfer
   */
  public static boolean isSccGoverned(TransferMade transfer, LegalFacts facts, Interpretations readings) {
    Args.notNull(transfer, "Transfers", "isSccGoverned", "transfer");
    return isSccGoverned(transfer.getExporterCountry(), transfer.getDestinationCountry(),
        DpfCertification.of(transfer.isImporterDpfCertified()), AlternativeBasis.of(transfer.isAlternativeBasis()),
        transfer.getDate(), facts, readings);
  }

  /**
   * A.4.3, explained, for a recorded transfer (see {@link #isSccGoverned(TransferMade, LegalFacts, Interpretations)}).
   *
   * @param transfer the transfer event
   * @param facts the table of legal facts
   * @param readings the readings
   * @return the decision
   */
  @Decides(value = "A.4.3", quotes = "A.1.1")
  public static Decision<Boolean> sccGoverned(TransferMade transfer, LegalFacts facts, Interpretations readings) {
    Args.notNull(transfer, "Transfers", "sccGoverned", "transfer");
    return sccGoverned(transfer.getExporterCountry(), transfer.getDestinationCountry(),
        DpfCertification.of(transfer.isImporterDpfCertified()), AlternativeBasis.of(transfer.isAlternativeBasis()),
        transfer.getDate(), facts, readings);
  }

  private static void conditions(Decision.Builder<Boolean> d, boolean all, CountryCode customerIn, CountryCode destination,
      DpfCertification certification, AlternativeBasis alternativeBasis, LocalDate asOf, LegalFacts facts,
      Interpretations readings) {
    boolean certified = certification == DpfCertification.CERTIFIED;
    if (inEu(customerIn, asOf, readings)) {
      if (all) {
        d.reason(Code.CUSTOMER_IN_EU, customerIn, asOf);
      }
    } else {
      d.reason(Code.CUSTOMER_NOT_IN_EU, customerIn, asOf);
    }
    if (inEu(destination, asOf, readings)) {
      d.reason(Code.TRANSFER_WITHIN_EU, destination, asOf);
      return;
    }
    if (all) {
      d.reason(Code.TRANSFER_OUT_OF_EU, destination);
    }
    Optional<LegalFact> adequacy = facts.adequacyFact(destination.getCode(), asOf, certified);
    if (adequacy.isPresent()) {
      d.reason(Code.ADEQUACY, destination, asOf, adequacy.get());
    } else {
      Optional<LegalFact> certifiedOnly = facts.certifiedOnlyAdequacyFact(destination.getCode(), asOf);
      if (certifiedOnly.isPresent()) {
        d.reason(Code.ADEQUACY_NOT_CERTIFIED, destination, certifiedOnly.get());
      } else if (all) {
        d.reason(Code.NO_ADEQUACY, destination, asOf);
      }
    }
    if (!destination.isUnitedStates()) {
      if (all) {
        d.reason(Code.PRIVACY_SHIELD_NOT_APPLICABLE, destination);
      }
    } else {
      Optional<LegalFact> ps = facts.privacyShieldFact(asOf, LegalFacts.Law.EU);
      if (ps.isPresent()) {
        d.reason(Code.PRIVACY_SHIELD_BASIS, asOf, ps.get());
      } else if (all) {
        d.reason(Code.PRIVACY_SHIELD_CEASED, asOf, endOfPrivacyShield(facts, LegalFacts.Law.EU));
      }
    }
    if (destination.isEeaStateOn(asOf)) {
      d.reason(Code.DESTINATION_IN_EEA, destination);
    }
    if (alternativeBasis == AlternativeBasis.LAWFUL_ALTERNATIVE_BASIS) {
      d.reason(Code.OTHER_LAWFUL_BASIS);
    } else if (all) {
      d.reason(Code.NO_OTHER_LAWFUL_BASIS);
    }
  }

  private static void sccFindings(Decision.Builder<Boolean> d, LegalFacts facts, LocalDate asOf) {
    Optional<LegalFact> end = facts.find(LegalFacts.SCC_2010_SAFEGUARDS_END);
    if (end.isPresent() && !asOf.isBefore(end.get().getEffective())) {
      d.reason(Code.SCC_2010_NO_SAFEGUARDS, end.get().getEffective(), end.get());
      return;
    }
    Optional<LegalFact> closed = facts.find(LegalFacts.SCC_2010_CLOSED_TO_NEW_CONTRACTS);
    if (closed.isPresent() && !asOf.isBefore(closed.get().getEffective())) {
      d.reason(Code.SCC_2010_LEGACY_ONLY, closed.get().getEffective(),
          end.isPresent() ? end.get().getEffective() : "no end in the table", closed.get());
    }
  }

  private static void staleness(Decision.Builder<Boolean> d, LegalFacts facts, LocalDate asOf) {
    if (facts.isStale(asOf)) {
      d.reason(Code.LEGAL_FACTS_STALE, facts.getStatedAsOf(), asOf);
    }
  }

  /**
   * A.4.3.8: tells whether the Standard Contractual Clauses, which governed the transfer on
   * {@code sccsGovernedOn}, have automatically terminated by {@code asOf} because the transfer
   * has become lawful under Chapter V without them (an adequacy decision, for the United States
   * the DPF with a certified Segment from 2023-07-10; a lawful alternative basis; an EEA or EU
   * destination). If the other basis later lapses, A.4.3 makes the SCCs govern again: ask
   * {@link #isSccGoverned} for that day.
   *
   * @param customerIn where Customer is established
   * @param destination the country of Segment's receiving establishment
   * @param certification whether Segment is certified under the DPF on {@code asOf}
   * @param alternativeBasis whether another lawful basis applies on {@code asOf}
   * @param sccsGovernedOn a day on which the SCCs governed the transfer (with the same facts,
   *     except that no other basis and no certification is assumed that day)
   * @param asOf the day asked about, not before {@code sccsGovernedOn}
   * @param facts the table of legal facts
   * @param readings the readings
   * @return true if the SCCs have terminated
   * @throws IllegalArgumentException if {@code asOf} is before {@code sccsGovernedOn}
   */
  public static boolean isSccTerminated(CountryCode customerIn, CountryCode destination, DpfCertification certification,
      AlternativeBasis alternativeBasis, LocalDate sccsGovernedOn, LocalDate asOf, LegalFacts facts, Interpretations readings) {
    Args.notNull(certification, "Transfers", "isSccTerminated", "certification");
    Args.notNull(alternativeBasis, "Transfers", "isSccTerminated", "alternativeBasis");
    Args.date(asOf, "Transfers", "isSccTerminated", "asOf");
    requireTransfer(customerIn, destination, asOf, facts, readings, "isSccTerminated");
    Args.date(sccsGovernedOn, "Transfers", "isSccTerminated", "sccsGovernedOn");
    requireForward(sccsGovernedOn, asOf, "isSccTerminated");
    return governedBefore(customerIn, destination, sccsGovernedOn, facts, readings)
        && lawfulWithoutSccs(destination, certification, alternativeBasis, asOf, facts);
  }

  private static void requireForward(LocalDate sccsGovernedOn, LocalDate asOf, String method) {
    if (asOf.isBefore(sccsGovernedOn)) {
      throw new IllegalArgumentException("Transfers." + method + ": asOf = " + asOf
          + " is before sccsGovernedOn = " + sccsGovernedOn + "; A.4.3.8 looks forward from a day the SCCs governed");
    }
  }

  /** Whether the SCCs governed on the day, with no certification and no other basis assumed that day. */
  private static boolean governedBefore(CountryCode customerIn, CountryCode destination, LocalDate sccsGovernedOn,
      LegalFacts facts, Interpretations readings) {
    return governed(customerIn, destination, DpfCertification.NOT_CERTIFIED, AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS,
        sccsGovernedOn, facts, readings);
  }

  /**
   * A.4.3.8, explained: "the Standard Contractual Clauses shall automatically terminate once the
   * Customer Personal Data transfer governed thereby becomes lawful under Chapter V of the GDPR in
   * the absence of such Standard Contractual Clauses on any other basis."
   *
   * @param customerIn where Customer is established
   * @param destination the country of Segment's receiving establishment
   * @param certification whether Segment is certified under the DPF on {@code asOf}
   * @param alternativeBasis whether another lawful basis applies on {@code asOf}
   * @param sccsGovernedOn a day on which the SCCs governed the transfer
   * @param asOf the day asked about
   * @param facts the table of legal facts
   * @param readings the readings
   * @return the decision
   */
  @Decides(value = "A.4.3.8", quotes = "A.4.3")
  public static Decision<Boolean> sccTerminated(CountryCode customerIn, CountryCode destination,
      DpfCertification certification, AlternativeBasis alternativeBasis, LocalDate sccsGovernedOn, LocalDate asOf,
      LegalFacts facts, Interpretations readings) {
    Args.notNull(customerIn, "Transfers", "sccTerminated", "customerIn");
    Args.notNull(destination, "Transfers", "sccTerminated", "destination");
    Args.notNull(certification, "Transfers", "sccTerminated", "certification");
    Args.notNull(alternativeBasis, "Transfers", "sccTerminated", "alternativeBasis");
    Args.date(sccsGovernedOn, "Transfers", "sccTerminated", "sccsGovernedOn");
    Args.date(asOf, "Transfers", "sccTerminated", "asOf");
    Args.notNull(facts, "Transfers", "sccTerminated", "facts");
    Args.notNull(readings, "Transfers", "sccTerminated", "readings");
    requireForward(sccsGovernedOn, asOf, "sccTerminated");
    boolean before = governedBefore(customerIn, destination, sccsGovernedOn, facts, readings);
    boolean terminated = before && lawfulWithoutSccs(destination, certification, alternativeBasis, asOf, facts);
    Decision.Builder<Boolean> d = Decision.builder(SCC_TERMINATED, terminated);
    if (!before) {
      d.reason(Code.SCCS_NEVER_GOVERNED, sccsGovernedOn);
    } else if (terminated) {
      d.reason(Code.SCCS_TERMINATED, asOf);
      conditions(d, false, customerIn, destination, certification, alternativeBasis, asOf, facts, readings);
    } else {
      d.reason(Code.SCCS_CONTINUE, asOf);
    }
    staleness(d, facts, asOf);
    return d.reading(readings.get(Question.EU_ESTABLISHMENT)).build();
  }

  private static boolean inEu(CountryCode country, LocalDate day, Interpretations readings) {
    return readings.is(Interpretation.EU_INCLUDES_EEA) ? country.isEeaStateOn(day) : country.isEuMemberStateOn(day);
  }

  private static boolean lawfulWithoutSccs(CountryCode destination, DpfCertification certification,
      AlternativeBasis alternativeBasis, LocalDate asOf, LegalFacts facts) {
    return alternativeBasis == AlternativeBasis.LAWFUL_ALTERNATIVE_BASIS || destination.isEeaStateOn(asOf)
        || facts.adequacy(destination, asOf, certification == DpfCertification.CERTIFIED)
        || (destination.isUnitedStates() && facts.privacyShieldValid(asOf, LegalFacts.Law.EU));
  }

  private static void requireTransfer(CountryCode customerIn, CountryCode destination, LocalDate asOf,
      LegalFacts facts, Interpretations readings, String method) {
    Objects.requireNonNull(customerIn, () -> "Transfers." + method + ": customerIn must not be null");
    Objects.requireNonNull(destination, () -> "Transfers." + method + ": destination must not be null");
    Objects.requireNonNull(asOf, () -> "Transfers." + method + ": asOf must not be null");
    Objects.requireNonNull(facts, () -> "Transfers." + method + ": facts must not be null");
    Objects.requireNonNull(readings, () -> "Transfers." + method + ": readings must not be null");
  }

  // ------------------------------------------------------------------------------------------
  // A.4.3.1

  /**
   * A.4.3.1: the SCC role of a party: Customer the data exporter, Segment the data importer;
   * A.4.3.1 gives no other party a role.
   *
   * @param party the party's kind
   * @return the role, or empty
   */
  public static Optional<Role> sccRoleOf(PartyKind party) {
    Objects.requireNonNull(party, "Transfers.sccRoleOf: party must not be null");
    return switch (party) {
      case CUSTOMER -> Optional.of(Role.DATA_EXPORTER);
      case SEGMENT -> Optional.of(Role.DATA_IMPORTER);
      default -> Optional.empty();
    };
  }

  /**
   * A.4.3.1, explained.
   *
   * @param party the party's kind
   * @return the decision, outcome the role or empty
   */
  @Decides("A.4.3.1")
  public static Decision<Optional<Role>> sccRole(PartyKind party) {
    Args.notNull(party, "Transfers", "sccRole", "party");
    Optional<Role> role = sccRoleOf(party);
    Reason why = party == PartyKind.CUSTOMER ? Reason.of(Code.CUSTOMER_IS_EXPORTER)
        : party == PartyKind.SEGMENT ? Reason.of(Code.SEGMENT_IS_IMPORTER) : Reason.of(Code.NO_SCC_ROLE, party);
    return Decision.of(SCC_ROLE, role, why);
  }

  // ------------------------------------------------------------------------------------------
  // A.4.3.4

  /**
   * A.4.3.4: tells whether Segment (data importer) must provide copies of its Subprocessor
   * agreements under Clause 5(j): the SCCs govern and the data exporter requested them.
   *
   * @param sccs whether the SCCs govern the transfer ({@link #isSccGoverned})
   * @param request whether Customer, the data exporter, requested the copies under the SCCs
   * @return true if the copies are owed
   */
  public static boolean isSubprocessorAgreementCopyOwed(SccStatus sccs, CustomerRequest request) {
    Args.notNull(sccs, "Transfers", "isSubprocessorAgreementCopyOwed", "sccs");
    Args.notNull(request, "Transfers", "isSubprocessorAgreementCopyOwed", "request");
    return sccs.isGoverning() && request == CustomerRequest.REQUESTED;
  }

  /**
   * A.4.3.4, explained.
   *
   * @param sccs whether the SCCs govern the transfer
   * @param request whether Customer, the data exporter, requested the copies
   * @return the decision
   */
  @Decides(value = "A.4.3.4", quotes = "A.4.3")
  public static Decision<Boolean> subprocessorAgreementCopyOwed(SccStatus sccs, CustomerRequest request) {
    Args.notNull(sccs, "Transfers", "subprocessorAgreementCopyOwed", "sccs");
    Args.notNull(request, "Transfers", "subprocessorAgreementCopyOwed", "request");
    boolean owed = isSubprocessorAgreementCopyOwed(sccs, request);
    Decision.Builder<Boolean> d = Decision.builder(COPY, owed);
    if (!sccs.isGoverning()) {
      d.reason(Code.SCCS_NOT_GOVERNING);
    }
    return d.reason(request == CustomerRequest.REQUESTED ? Code.COPIES_ON_REQUEST : Code.NO_REQUEST_NO_COPIES).build();
  }

  /**
   * A.4.3.4: tells whether a part of a Subprocessor agreement may be removed or redacted before a
   * copy is given: commercial information and clauses unrelated to the SCCs or their equivalent.
   *
   * @param content the part
   * @return true if it may be redacted
   */
  public static boolean isRedactionAllowed(AgreementContent content) {
    Objects.requireNonNull(content, "Transfers.isRedactionAllowed: content must not be null");
    return content != AgreementContent.SCC_OR_EQUIVALENT_CLAUSE;
  }

  /**
   * A.4.3.4, explained.
   *
   * @param content the part
   * @return the decision
   */
  @Decides("A.4.3.4")
  public static Decision<Boolean> redactionAllowed(AgreementContent content) {
    Args.notNull(content, "Transfers", "redactionAllowed", "content");
    boolean allowed = isRedactionAllowed(content);
    return Decision.of(REDACTION, allowed, Reason.of(allowed ? Code.REDACTION_ALLOWED : Code.REDACTION_NOT_ALLOWED, content));
  }

  // ------------------------------------------------------------------------------------------
  // A.4.3.6, A.4.3.7

  /**
   * A.4.3.6: whether Customer has consented to a subcontracting under Clause 11 of the SCCs:
   * Customer's authorization under Section 6 is deemed that consent.
   *
   * @param authorizedUnderSection6 whether a Section 6 authorization covers the subcontracting
   * @return true if consent is deemed given
   */
  public static boolean isSubcontractingConsented(boolean authorizedUnderSection6) {
    return Deeming.SUBCONTRACTING_CONSENT.consequenceFollows(authorizedUnderSection6);
  }

  /**
   * A.4.3.6, explained.
   *
   * @param authorizedUnderSection6 whether a Section 6 authorization covers the subcontracting
   * @return the decision
   */
  @Encodes(Deeming.SUBCONTRACTING_CONSENT)
  public static Decision<Boolean> subcontractingConsented(boolean authorizedUnderSection6) {
    boolean consented = isSubcontractingConsented(authorizedUnderSection6);
    return Decision.of(CONSENT, consented, Reason.of(consented ? Code.SECTION_6_IS_CONSENT : Code.NO_SECTION_6_AUTHORISATION));
  }

  /**
   * A.4.3.7: tells whether Segment owes a certification of deletion under Clause 12(1) of the
   * SCCs, for a transfer the SCCs govern: only upon Customer's request. Where it is not known that
   * the SCCs govern, use {@link #isDeletionCertificationOwed(SccStatus, CustomerRequest)}.
   *
   * @param request whether Customer requested the certification
   * @return true if owed
   */
  public static boolean isDeletionCertificationOwed(CustomerRequest request) {
    Args.notNull(request, "Transfers", "isDeletionCertificationOwed", "request");
    return isDeletionCertificationOwed(SccStatus.GOVERN, request);
  }

  /**
   * A.4.3.7 with A.4.3: tells whether Segment owes a certification of deletion under Clause 12(1)
   * of the SCCs: the certificate is a duty of the SCCs, so it is owed only where they govern the
   * transfer (A.4.3), and then only upon Customer's request (A.4.3.7).
   *
   * @param sccs whether the SCCs govern the transfer
   * @param request whether Customer requested the certification
   * @return true if owed
   */
  public static boolean isDeletionCertificationOwed(SccStatus sccs, CustomerRequest request) {
    Args.notNull(sccs, "Transfers", "isDeletionCertificationOwed", "sccs");
    Args.notNull(request, "Transfers", "isDeletionCertificationOwed", "request");
    return sccs.isGoverning() && request == CustomerRequest.REQUESTED;
  }

  /**
   * A.4.3.7, explained, for a transfer the SCCs govern (the form without {@code sccs} presupposes
   * them).
   *
   * @param request whether Customer requested the certification
   * @return the decision
   */
  @Decides("A.4.3.7")
  public static Decision<Boolean> deletionCertificationOwed(CustomerRequest request) {
    Args.notNull(request, "Transfers", "deletionCertificationOwed", "request");
    return deletionCertificationOwed(SccStatus.GOVERN, request);
  }

  /**
   * A.4.3.7 with A.4.3, explained: where the SCCs do not govern the transfer, the reason says that
   * their Clause 12(1) does not apply; where they do, whether Customer asked.
   *
   * @param sccs whether the SCCs govern the transfer
   * @param request whether Customer requested the certification
   * @return the decision
   */
  @Decides(value = "A.4.3.7", quotes = "A.4.3")
  public static Decision<Boolean> deletionCertificationOwed(SccStatus sccs, CustomerRequest request) {
    Args.notNull(sccs, "Transfers", "deletionCertificationOwed", "sccs");
    Args.notNull(request, "Transfers", "deletionCertificationOwed", "request");
    boolean owed = isDeletionCertificationOwed(sccs, request);
    if (!sccs.isGoverning()) {
      return Decision.of(CERTIFICATION, owed, Reason.of(Code.SCCS_NOT_GOVERNING_NO_CERTIFICATE));
    }
    return Decision.of(CERTIFICATION, owed, Reason.of(owed ? Code.CERTIFICATION_ON_REQUEST : Code.CERTIFICATION_NOT_REQUESTED));
  }
}
