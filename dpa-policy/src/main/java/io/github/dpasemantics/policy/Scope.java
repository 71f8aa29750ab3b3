package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.Annex;
import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Precedence;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.norm.Deeming;
import io.github.dpasemantics.model.party.PartyKind;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * 1, 3 and 4. Introduction, General; Termination, and Scope of this Addendum.
 *
 * <ul>
 *   <li>1: the Addendum is "effective as of the later date of each party's signature" and
 *       "applies to Segment's Processing of Customer Personal Data under the Agreement":
 *       {@link #addendumEffectiveDate}, {@link #addendumEffective}, {@link #addendumApplicable}.
 *   <li>3.1: it forms part of the Agreement, which otherwise remains unchanged; on conflict the
 *       Addendum governs: {@link #prevailingDocument}.
 *   <li>3.2: liabilities arising under the Addendum are subject to the Agreement's limitations of
 *       liability ({@link Deeming#LIABILITY_LIMITS}): {@link #subjectToLiabilityLimits}.
 *   <li>3.3: governed by the Agreement's governing law and jurisdiction provisions unless
 *       applicable Data Protection Laws require otherwise: {@link #governingLaw}.
 *   <li>3.4: it terminates automatically upon expiration or termination of the Agreement:
 *       {@link #isAddendumInForce}, {@link #addendumInForce} (the Agreement's end is a
 *       parameter: it is an event of the timeline, not a field of the Agreement); against 9.1/9.2, which only bite
 *       after termination, what survives it: {@link #survivingDuties} (reading
 *       {@link Interpretation#DELETION_SURVIVES_ADDENDUM}, default, or
 *       {@link Interpretation#DELETION_ENDS_WITH_ADDENDUM}).
 *   <li>4: Annex A applies only to Processing of Customer Personal Data governed by EU Data
 *       Protection Law, Annex B only to such Processing governed by the CCPA:
 *       {@link #isAnnexApplicable}, {@link #annexApplicable}, {@link #applicableAnnexesOf},
 *       {@link #applicableAnnexes}.
 * </ul>
 *
 * <p>Every method is pure and thread-safe.
 */
public final class Scope {
  private static final String EFFECTIVE = "Scope.addendumEffective";
  private static final String APPLIES = "Scope.addendumApplicable";
  private static final String PREVAILS = "Scope.prevailingDocument";
  private static final String LIABILITY = "Scope.subjectToLiabilityLimits";
  private static final String LAW = "Scope.governingLaw";
  private static final String IN_FORCE = "Scope.addendumInForce";
  private static final String SURVIVAL = "Scope.survivingDuties";
  private static final String ANNEXES = "Scope.applicableAnnexes";
  private static final String ANNEX = "Scope.annexApplicable";

  private static final Set<SurvivingDuty> ALL_SURVIVE =
      Collections.unmodifiableSet(EnumSet.allOf(SurvivingDuty.class));
  /** 9.2's own words keep retained data under the Addendum, whatever the reading of 3.4 against 9.1. */
  private static final Set<SurvivingDuty> RETAINED_ONLY =
      Collections.unmodifiableSet(EnumSet.of(SurvivingDuty.RETAINED_DATA_9_2));

  private Scope() {}

  /** Reason codes of clauses 1, 3 and 4. */
  public enum Code implements ReasonCode {
    /** 1: the later signature. */
    LATER_SIGNATURE("1", "the Addendum is effective as of the later date of each party's signature: Segment signed on {0}, Customer on {1}"),
    /** 1: the Addendum applies. */
    APPLIES_TO_CUSTOMER_PERSONAL_DATA("1", "the Addendum applies to Segment's Processing of Customer Personal Data under the Agreement"),
    /** 4: the scope, in the words of Section 4. */
    SCOPE_OF_SECTION_4("4", "Section 4 (Scope) says the same: this Addendum applies to Segment's Processing of Customer Personal Data"
        + " under the Agreement"),
    /** 1: not Customer Personal Data. */
    NOT_CUSTOMER_PERSONAL_DATA("1", "the Addendum applies to Processing of Customer Personal Data; this data is not Customer Personal Data"),
    /** 1: not processed by Segment. */
    NOT_PROCESSED_BY_SEGMENT("1", "the Addendum applies to Segment's Processing; Segment does not Process this data"),
    /** 3.1: conflict. */
    ADDENDUM_GOVERNS("3.1", "if there is any conflict between this Addendum and the Agreement, this Addendum shall govern"),
    /** 3.1: no conflict. */
    AGREEMENT_UNCHANGED("3.1", "the Addendum forms part of the Agreement, which except as expressly set forth in the Addendum remains"
        + " unchanged and in full force and effect"),
    /** 3.2: subject to limitations. */
    SUBJECT_TO_LIMITATIONS("3.2", "any liabilities arising under this Addendum are subject to the limitations of liability in the Agreement"),
    /** 3.2: outside the Addendum. */
    NOT_UNDER_ADDENDUM("3.2", "3.2 speaks only of liabilities arising under this Addendum; this liability does not, so the Agreement's own"
        + " terms alone govern it"),
    /** 3.3: the Agreement's law. */
    AGREEMENT_LAW("3.3", "the Addendum is governed by and construed in accordance with the governing law and jurisdiction provisions"
        + " in the Agreement ({0})"),
    /** 3.3: exception. */
    DATA_PROTECTION_LAWS_REQUIRE_OTHERWISE("3.3", "applicable Data Protection Laws require otherwise, which displaces the Agreement's"
        + " governing law and jurisdiction provisions"),
    /** 1: not yet effective. */
    NOT_YET_EFFECTIVE("1", "the Addendum is effective as of {0}, after {1}"),
    /** 1, 3.4: in force. */
    IN_FORCE("3.4", "on {0} the Addendum is effective (since {1}) and the Agreement has not expired or terminated"),
    /** 3.4: terminated. */
    TERMINATED_WITH_AGREEMENT("3.4", "the Addendum automatically terminates upon expiration or termination of the Agreement, which"
        + " ended on {0}"),
    /** 3.4 against 9.1: survives. */
    DELETION_DUTY_SURVIVES("9.1", "the deletion duty of 9.1 arises only after the Agreement's termination or expiration, so it survives"
        + " the Addendum's automatic termination by necessary implication"),
    /** 3.4: the Addendum terminates, and the reading says what survives. */
    ADDENDUM_TERMINATES("3.4", "this Addendum will automatically terminate upon expiration or termination of the Agreement; what"
        + " follows says which duties outlive it"),
    /** 9.2: retained data. */
    RETAINED_DATA_SURVIVES("9.2", "Customer Personal Data retained as required by law remains subject to the requirements of this Addendum"),
    /** 3.4: the deletion duty ends with the Addendum (the reading {@code DELETION_ENDS_WITH_ADDENDUM}). */
    DELETION_DUTY_ENDS("3.4", "this Addendum will automatically terminate upon expiration or termination of the Agreement, and with it"
        + " the deletion duty of 9.1 under this reading"),
    /** 4: Annex A applies. */
    ANNEX_A_APPLIES("4", "Annex A (EU Annex) applies to Processing of Customer Personal Data governed by EU Data Protection Law"),
    /** 4: Annex A does not apply. */
    ANNEX_A_NOT_APPLICABLE("4", "Annex A (EU Annex) applies only to Processing of Customer Personal Data governed by EU Data Protection"
        + " Law; this Processing is not"),
    /** 4: Annex B applies. */
    ANNEX_B_APPLIES("4", "Annex B (California Annex) applies to Processing of Customer Personal Data governed by the CCPA"),
    /** 4: Annex B does not apply. */
    ANNEX_B_NOT_APPLICABLE("4", "Annex B (California Annex) applies only to Processing of Customer Personal Data governed by the CCPA;"
        + " this Processing is not"),
    /** 4: annex not part of the signed Addendum. */
    ANNEX_NOT_SIGNED("4", "the signed Addendum does not contain {0}, so it cannot apply");

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

  /** Which document prevails on a matter (3.1). */
  public enum Prevailing {
    /** The two conflict and the Addendum governs. */
    ADDENDUM,
    /** No conflict: the Agreement, of which the Addendum forms part, applies unchanged beside it. */
    BOTH_APPLY
  }

  /** Which governing law and jurisdiction provisions govern the Addendum (3.3). */
  public enum GoverningLaw {
    /** The governing law and jurisdiction provisions of the Agreement. */
    AGREEMENT_PROVISIONS,
    /** What applicable Data Protection Laws require instead. */
    AS_DATA_PROTECTION_LAWS_REQUIRE
  }

  /** A duty or state that may outlive the Addendum's automatic termination (3.4). */
  public enum SurvivingDuty {
    /** Segment's duty to delete Customer Personal Data after a post-termination request (9.1). */
    DELETION_9_1,
    /** Retained Customer Personal Data stays subject to the Addendum (9.2). */
    RETAINED_DATA_9_2
  }

  // ---------------------------------------------------------------- 1

  /**
   * 1: the day the Addendum takes effect: the later of the two signature days.
   *
   * @param segmentSigned the day Segment signed
   * @param customerSigned the day Customer signed
   * @return the later of the two
   */
  public static LocalDate addendumEffectiveDate(LocalDate segmentSigned, LocalDate customerSigned) {
    Args.date(segmentSigned, "Scope", "addendumEffectiveDate", "segmentSigned");
    Args.date(customerSigned, "Scope", "addendumEffectiveDate", "customerSigned");
    return customerSigned.isAfter(segmentSigned) ? customerSigned : segmentSigned;
  }

  /**
   * 1, explained: the day the Addendum takes effect.
   *
   * @param segmentSigned the day Segment signed
   * @param customerSigned the day Customer signed
   * @return the decision, citing 1
   */
  @Decides("1")
  public static Decision<LocalDate> addendumEffective(LocalDate segmentSigned, LocalDate customerSigned) {
    Args.date(segmentSigned, "Scope", "addendumEffective", "segmentSigned");
    Args.date(customerSigned, "Scope", "addendumEffective", "customerSigned");
    LocalDate d = addendumEffectiveDate(segmentSigned, customerSigned);
    return Decision.of(EFFECTIVE, d, Reason.of(Code.LATER_SIGNATURE, segmentSigned, customerSigned));
  }

  /**
   * 1, from a signed Addendum: the day it takes effect.
   *
   * @param addendum the signed Addendum
   * @return the later of its two signature days
   */
  public static LocalDate addendumEffectiveDate(Addendum addendum) {
    Args.notNull(addendum, "Scope", "addendumEffectiveDate", "addendum");
    return addendum.getEffectiveDate();
  }

  /**
   * 1, explained, from a signed Addendum.
   *
   * @param addendum the signed Addendum
   * @return the decision, citing 1
   */
  public static Decision<LocalDate> addendumEffective(Addendum addendum) {
    Args.notNull(addendum, "Scope", "addendumEffective", "addendum");
    return addendumEffective(addendum.signatureOf(PartyKind.SEGMENT).orElseThrow().getDate(),
        addendum.signatureOf(PartyKind.CUSTOMER).orElseThrow().getDate());
  }

  /**
   * 1: whether the Addendum applies to the described data: Segment's Processing of Customer
   * Personal Data (2.3).
   *
   * @param data the facts about the data
   * @return true if the Addendum applies
   */
  public static boolean isAddendumApplicable(DataDescriptor data) {
    Args.notNull(data, "Scope", "isAddendumApplicable", "data");
    return Definitions.isCustomerPersonalData(data) && data.isProcessedBySegment();
  }

  /**
   * 1, explained: whether the Addendum applies to the described data.
   *
   * @param data the facts about the data
   * @return the decision, citing 1
   */
  @Decides({"1", "4"})
  public static Decision<Boolean> addendumApplicable(DataDescriptor data) {
    Args.notNull(data, "Scope", "addendumApplicable", "data");
    boolean yes = isAddendumApplicable(data);
    if (yes) {
      return Decision.of(APPLIES, true, Reason.of(Code.APPLIES_TO_CUSTOMER_PERSONAL_DATA), Reason.of(Code.SCOPE_OF_SECTION_4));
    }
    Decision.Builder<Boolean> d = Decision.builder(APPLIES, false);
    if (!Definitions.isCustomerPersonalData(data)) {
      d.reason(Code.NOT_CUSTOMER_PERSONAL_DATA);
    }
    if (!data.isProcessedBySegment()) {
      d.reason(Code.NOT_PROCESSED_BY_SEGMENT);
    }
    return d.build();
  }

  // ---------------------------------------------------------------- 3.1, 3.2, 3.3

  /**
   * 3.1: which document prevails on a matter the Addendum and the Agreement both speak to.
   *
   * @param conflict whether the two conflict on the matter
   * @param precedence the Addendum's precedence rule (the seed has only
   *     {@link Precedence#ADDENDUM_GOVERNS_ON_CONFLICT})
   * @return {@link Prevailing#ADDENDUM} on conflict, otherwise {@link Prevailing#BOTH_APPLY}
   */
  public static Prevailing prevailingDocumentOf(boolean conflict, Precedence precedence) {
    Args.notNull(precedence, "Scope", "prevailingDocumentOf", "precedence");
    return conflict ? Prevailing.ADDENDUM : Prevailing.BOTH_APPLY;
  }

  /**
   * 3.1, explained.
   *
   * @param conflict whether the two conflict on the matter
   * @param precedence the Addendum's precedence rule (the seed has only
   *     {@link Precedence#ADDENDUM_GOVERNS_ON_CONFLICT})
   * @return the decision, citing 3.1
   */
  @Decides("3.1")
  public static Decision<Prevailing> prevailingDocument(boolean conflict, Precedence precedence) {
    Args.notNull(precedence, "Scope", "prevailingDocument", "precedence");
    Prevailing p = prevailingDocumentOf(conflict, precedence);
    return Decision.of(PREVAILS, p, Reason.of(p == Prevailing.ADDENDUM ? Code.ADDENDUM_GOVERNS : Code.AGREEMENT_UNCHANGED));
  }

  /**
   * 3.2: whether a liability is subject to the Agreement's limitations of liability: yes if it
   * arises under this Addendum.
   *
   * @param arisesUnderAddendum whether the liability arises under this Addendum
   * @return true if the Agreement's limitations of liability apply to it through 3.2
   */
  public static boolean isSubjectToLiabilityLimits(boolean arisesUnderAddendum) {
    return Deeming.LIABILITY_LIMITS.consequenceFollows(arisesUnderAddendum);
  }

  /**
   * 3.2, explained.
   *
   * @param arisesUnderAddendum whether the liability arises under this Addendum
   * @return the decision, citing 3.2
   */
  @Encodes(Deeming.LIABILITY_LIMITS)
  public static Decision<Boolean> subjectToLiabilityLimits(boolean arisesUnderAddendum) {
    boolean yes = isSubjectToLiabilityLimits(arisesUnderAddendum);
    return Decision.of(LIABILITY, yes, Reason.of(yes ? Code.SUBJECT_TO_LIMITATIONS : Code.NOT_UNDER_ADDENDUM));
  }

  /**
   * 3.3: which provisions govern the Addendum.
   *
   * @param agreement the Agreement (whose governing law the explained form names)
   * @param dataProtectionLawsRequireOtherwise whether applicable Data Protection Laws require
   *     another governing law or jurisdiction
   * @return the governing provisions
   */
  public static GoverningLaw governingLawOf(Agreement agreement, boolean dataProtectionLawsRequireOtherwise) {
    Args.notNull(agreement, "Scope", "governingLawOf", "agreement");
    return dataProtectionLawsRequireOtherwise ? GoverningLaw.AS_DATA_PROTECTION_LAWS_REQUIRE : GoverningLaw.AGREEMENT_PROVISIONS;
  }

  /**
   * 3.3, explained, naming the Agreement's governing law when it records one.
   *
   * @param agreement the Agreement
   * @param dataProtectionLawsRequireOtherwise whether applicable Data Protection Laws require
   *     another governing law or jurisdiction
   * @return the decision, citing 3.3
   */
  @Decides("3.3")
  public static Decision<GoverningLaw> governingLaw(Agreement agreement, boolean dataProtectionLawsRequireOtherwise) {
    Args.notNull(agreement, "Scope", "governingLaw", "agreement");
    GoverningLaw g = governingLawOf(agreement, dataProtectionLawsRequireOtherwise);
    if (g == GoverningLaw.AS_DATA_PROTECTION_LAWS_REQUIRE) {
      return Decision.of(LAW, g, Reason.of(Code.DATA_PROTECTION_LAWS_REQUIRE_OTHERWISE));
    }
    return Decision.of(LAW, g, Reason.of(Code.AGREEMENT_LAW, agreement.getGoverningLaw().orElse("as named in the Agreement")));
  }

  // ---------------------------------------------------------------- 3.4

  /**
   * 1, 3.4: whether the Addendum is in force on a day: on or after its effective date and on or
   * before the Agreement's end (its termination or expiration), if any. The end is not held by
   * the Agreement: it is the day of the timeline's end event ({@code AgreementTerminated},
   * {@code AgreementExpired}, {@code TerminatedForConvenience}) or, for a question about a day
   * still to come, the Agreement's scheduled expiration date.
   *
   * @param addendum the signed Addendum
   * @param agreementEnd the Agreement's last day in force, or empty if it has not ended and has no
   *     known end
   * @param date the day asked about
   * @return true if in force that day
   */
  public static boolean isAddendumInForce(Addendum addendum, Optional<LocalDate> agreementEnd, LocalDate date) {
    Args.notNull(addendum, "Scope", "isAddendumInForce", "addendum");
    return isAddendumInForce(addendum.getEffectiveDate(), agreementEnd, date);
  }

  /**
   * 1, 3.4: the same rule from the two dates it rests on, for callers that keep them (the obligation
   * monitor asks it for every event): in force from {@code effective} through {@code agreementEnd}.
   *
   * @param effective the day the Addendum takes effect (the later signature, 1)
   * @param agreementEnd the Agreement's last day in force, or empty if it has no known end
   * @param date the day asked about
   * @return true if in force that day
   */
  public static boolean isAddendumInForce(LocalDate effective, Optional<LocalDate> agreementEnd, LocalDate date) {
    Args.date(effective, "Scope", "isAddendumInForce", "effective");
    Args.notNull(agreementEnd, "Scope", "isAddendumInForce", "agreementEnd");
    Args.date(date, "Scope", "isAddendumInForce", "date");
    return !date.isBefore(effective) && (agreementEnd.isEmpty() || !agreementEnd.orElseThrow().isBefore(date));
  }

  /**
   * 1, 3.4, explained: whether the Addendum is in force on a day; a no says whether it has not
   * yet taken effect or has terminated with the Agreement.
   *
   * @param addendum the signed Addendum
   * @param agreementEnd the Agreement's last day in force, or empty if it has no known end
   * @param date the day asked about
   * @return the decision, citing 1 and 3.4
   */
  @Decides({"3.4", "1"})
  public static Decision<Boolean> addendumInForce(Addendum addendum, Optional<LocalDate> agreementEnd, LocalDate date) {
    Args.notNull(addendum, "Scope", "addendumInForce", "addendum");
    return addendumInForce(addendum.getEffectiveDate(), agreementEnd, date);
  }

  /**
   * 1, 3.4, explained, from the two dates it rests on.
   *
   * @param effective the day the Addendum takes effect (the later signature, 1)
   * @param agreementEnd the Agreement's last day in force, or empty if it has no known end
   * @param date the day asked about
   * @return the decision, citing 1 and 3.4
   */
  public static Decision<Boolean> addendumInForce(LocalDate effective, Optional<LocalDate> agreementEnd, LocalDate date) {
    Args.date(effective, "Scope", "addendumInForce", "effective");
    Args.notNull(agreementEnd, "Scope", "addendumInForce", "agreementEnd");
    Args.date(date, "Scope", "addendumInForce", "date");
    if (isAddendumInForce(effective, agreementEnd, date)) {
      return Decision.of(IN_FORCE, true, Reason.of(Code.IN_FORCE, date, effective));
    }
    if (date.isBefore(effective)) {
      return Decision.of(IN_FORCE, false, Reason.of(Code.NOT_YET_EFFECTIVE, effective, date));
    }
    return Decision.of(IN_FORCE, false, Reason.of(Code.TERMINATED_WITH_AGREEMENT, agreementEnd.orElseThrow()));
  }

  /**
   * 3.4 against 9.1 and 9.2: the duties that outlive the Addendum's automatic termination: under
   * {@link Interpretation#DELETION_SURVIVES_ADDENDUM} (default) the 9.1 deletion duty and the 9.2
   * status of retained data; under {@link Interpretation#DELETION_ENDS_WITH_ADDENDUM} the 9.2
   * status of retained data only, since 9.2 says retained data "will remain subject to the
   * requirements of this Addendum" in its own words, which no reading of 3.4 against 9.1 removes.
   *
   * @param readings the chosen readings
   * @return the surviving duties (an unmodifiable constant set)
   */
  public static Set<SurvivingDuty> survivingDutiesOf(Interpretations readings) {
    Args.notNull(readings, "Scope", "survivingDutiesOf", "readings");
    return readings.is(Interpretation.DELETION_ENDS_WITH_ADDENDUM) ? RETAINED_ONLY : ALL_SURVIVE;
  }

  /**
   * 3.4 against 9.1 and 9.2, explained, recording the survival reading.
   *
   * @param readings the chosen readings
   * @return the decision, citing 3.4, 9.1 and 9.2 (3.4 and 9.2 when the deletion duty ends)
   */
  @Decides(value = "3.4", quotes = {"9.1", "9.2"})
  public static Decision<Set<SurvivingDuty>> survivingDuties(Interpretations readings) {
    Args.notNull(readings, "Scope", "survivingDuties", "readings");
    Set<SurvivingDuty> s = survivingDutiesOf(readings);
    Decision.Builder<Set<SurvivingDuty>> d = Decision.builder(SURVIVAL, s).reading(readings.get(Question.DELETION_SURVIVAL));
    if (!s.contains(SurvivingDuty.DELETION_9_1)) {
      d.reason(Code.DELETION_DUTY_ENDS);
    } else {
      d.reason(Code.ADDENDUM_TERMINATES).reason(Code.DELETION_DUTY_SURVIVES);
    }
    return d.reason(Code.RETAINED_DATA_SURVIVES).build();
  }

  // ---------------------------------------------------------------- 4

  /**
   * 4: whether an Annex applies to the Processing: Annex A iff it is governed by EU Data
   * Protection Law, Annex B iff governed by the CCPA.
   *
   * @param annex the Annex
   * @param facts which laws govern the Processing of Customer Personal Data
   * @return true if the Annex applies
   */
  public static boolean isAnnexApplicable(Annex annex, AnnexFacts facts) {
    Args.notNull(annex, "Scope", "isAnnexApplicable", "annex");
    Args.notNull(facts, "Scope", "isAnnexApplicable", "facts");
    return facts.isGovernedBy(annex.getGoverningLaw());
  }

  /**
   * 4, explained: whether one Annex applies to the Processing.
   *
   * @param annex the Annex
   * @param facts which laws govern the Processing of Customer Personal Data
   * @return the decision, citing 4
   */
  public static Decision<Boolean> annexApplicable(Annex annex, AnnexFacts facts) {
    Args.notNull(annex, "Scope", "annexApplicable", "annex");
    Args.notNull(facts, "Scope", "annexApplicable", "facts");
    boolean yes = isAnnexApplicable(annex, facts);
    Code why = annex == Annex.EU_ANNEX ? (yes ? Code.ANNEX_A_APPLIES : Code.ANNEX_A_NOT_APPLICABLE)
        : yes ? Code.ANNEX_B_APPLIES : Code.ANNEX_B_NOT_APPLICABLE;
    return Decision.of(ANNEX, yes, Reason.of(why));
  }

  /**
   * 4: the Annexes that apply to the Processing.
   *
   * @param facts which laws govern the Processing of Customer Personal Data
   * @return the applicable Annexes (unmodifiable)
   */
  public static Set<Annex> applicableAnnexesOf(AnnexFacts facts) {
    Args.notNull(facts, "Scope", "applicableAnnexesOf", "facts");
    return applicable(facts, EnumSet.allOf(Annex.class));
  }

  /**
   * 4, explained: the Annexes that apply to the Processing.
   *
   * @param facts which laws govern the Processing of Customer Personal Data
   * @return the decision; its outcome is the set of applicable Annexes
   */
  @Decides("4")
  public static Decision<Set<Annex>> applicableAnnexes(AnnexFacts facts) {
    Args.notNull(facts, "Scope", "applicableAnnexes", "facts");
    return applicableAnnexes(facts, EnumSet.allOf(Annex.class));
  }

  /**
   * 4, for a contract: the Annexes its signed Addendum contains that apply to its Processing.
   *
   * @param contract the contract
   * @return the applicable Annexes (unmodifiable)
   */
  public static Set<Annex> applicableAnnexesOf(ContractInstance contract) {
    Args.notNull(contract, "Scope", "applicableAnnexesOf", "contract");
    return applicable(contract.getAnnexFacts(), contract.getAddendum().getAnnexes());
  }

  /**
   * 4, explained, for a contract: the Annexes its signed Addendum contains that apply to its
   * Processing.
   *
   * @param contract the contract
   * @return the decision; its outcome is the set of applicable Annexes
   */
  public static Decision<Set<Annex>> applicableAnnexes(ContractInstance contract) {
    Args.notNull(contract, "Scope", "applicableAnnexes", "contract");
    return applicableAnnexes(contract.getAnnexFacts(), contract.getAddendum().getAnnexes());
  }

  private static Set<Annex> applicable(AnnexFacts facts, Set<Annex> signed) {
    Set<Annex> out = EnumSet.noneOf(Annex.class);
    for (Annex a : Annex.values()) {
      if (signed.contains(a) && isAnnexApplicable(a, facts)) {
        out.add(a);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  private static Decision<Set<Annex>> applicableAnnexes(AnnexFacts facts, Set<Annex> signed) {
    Decision.Builder<Set<Annex>> d = Decision.builder(ANNEXES, applicable(facts, signed));
    for (Annex a : Annex.values()) {
      if (!signed.contains(a)) {
        d.reason(Code.ANNEX_NOT_SIGNED, a.getTitle());
      } else if (a == Annex.EU_ANNEX) {
        d.reason(isAnnexApplicable(a, facts) ? Code.ANNEX_A_APPLIES : Code.ANNEX_A_NOT_APPLICABLE);
      } else {
        d.reason(isAnnexApplicable(a, facts) ? Code.ANNEX_B_APPLIES : Code.ANNEX_B_NOT_APPLICABLE);
      }
    }
    return d.build();
  }
}
