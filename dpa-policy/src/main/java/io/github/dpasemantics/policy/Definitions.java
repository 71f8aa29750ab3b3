package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.model.party.AffiliateExplanation;
import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.ControlRelation;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.fact.AffectedData;
import io.github.dpasemantics.policy.fact.Automation;
import io.github.dpasemantics.policy.fact.Breach;
import io.github.dpasemantics.policy.fact.Confirmation;
import io.github.dpasemantics.policy.fact.OperatedOn;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 2. Definitions: the defined terms of the Addendum that a caller can test facts against.
 *
 * <ul>
 *   <li>2.1 "Affiliate" means any entity that directly or indirectly controls, is controlled by or
 *       is under common control with the subject entity, where "control" refers to the power to
 *       direct or cause the direction of the subject entity, whether through ownership of voting
 *       securities, by contract or otherwise: {@link #isAffiliate}, {@link #affiliate}.
 *   <li>2.3 "Customer Personal Data" means any Customer Data that is Personal Data, but not the
 *       personal information of employees or other representatives of Customer with whom Segment
 *       has a direct business relationship: {@link #isCustomerPersonalData},
 *       {@link #customerPersonalData}.
 *   <li>2.4, 2.6, 2.2 the Data Protection Laws that govern a piece of data, EU Data Protection Law
 *       (the GDPR and national implementing legislation) and the CCPA as amended:
 *       {@link #dataProtectionLawsOf}, {@link #dataProtectionLaws}.
 *   <li>2.7 "Processing": any operation or set of operations performed on Personal Data, whether
 *       or not by automated means: {@link #isProcessing}, {@link #processing}.
 *   <li>2.8 "Personal Data": personal data, personal information, personally identifiable
 *       information or similar information defined in and governed by Data Protection Laws; 2.5 a
 *       Data Subject is the natural person it is about: {@link #isPersonalData},
 *       {@link #personalData}.
 *   <li>2.9 "Security Incident": a confirmed unauthorized or unlawful breach of security that leads
 *       to the accidental or unlawful destruction, loss, alteration, unauthorized disclosure of or
 *       access to Personal Data being Processed by Segment; not unsuccessful attempts or activities
 *       that do not compromise the security of Personal Data (failed log-ins, pings, port scans,
 *       denial of service attacks, other network attacks): {@link #isSecurityIncident},
 *       {@link #securityIncident}, over the model's {@link SecurityEffect} and
 *       {@link SecurityEventNature}, or from a {@link SecurityEventConfirmed}. The denial-of-service reading is
 *       {@link Interpretation#DOS_COUNTS_IF_DATA_COMPROMISED} (default) or
 *       {@link Interpretation#DOS_NEVER_COUNTS}.
 *   <li>2.10, 2.11, 5.2 "Subprocessor": any third party authorized by Segment or its Affiliates to
 *       Process Customer Personal Data, never a Source or Destination; a "Third Party Subprocessor"
 *       is a Subprocessor that is not an Affiliate of Segment: {@link #isSubprocessor},
 *       {@link #subprocessor}, {@link #isThirdPartySubprocessor},
 *       {@link #thirdPartySubprocessor}.
 * </ul>
 *
 * <p>Every method is pure and thread-safe.
 */
@NotDecidable(clause = "2", reason = "introduces the definitions; terms it leaves to the Agreement"
    + " (Customer Data, Usage Data, Services) are facts the caller supplies")
public final class Definitions {
  private static final String AFFILIATE = "Definitions.affiliate";
  private static final String CUSTOMER_PERSONAL_DATA = "Definitions.customerPersonalData";
  private static final String PERSONAL_DATA = "Definitions.personalData";
  private static final String LAWS = "Definitions.dataProtectionLaws";
  private static final String PROCESSING = "Definitions.processing";
  private static final String SECURITY_INCIDENT = "Definitions.securityIncident";
  private static final String SUBPROCESSOR = "Definitions.subprocessor";
  private static final String THIRD_PARTY_SUBPROCESSOR = "Definitions.thirdPartySubprocessor";

  private Definitions() {}

  /** Reason codes of the definitions: constants, so decisions allocate no strings. */
  public enum Code implements ReasonCode {
    /** 2.1: the subject controls the other entity. */
    CONTROLS("2.1", "{0} directly or indirectly controls {1} (the power to direct or cause the direction of it): {2}"),
    /** 2.1: the other entity controls the subject. */
    CONTROLLED_BY("2.1", "{0} is directly or indirectly controlled by {1}: {2}"),
    /** 2.1: a third entity controls both. */
    COMMON_CONTROL("2.1", "{0} and {1} are under common control of {2}: {3}; {4}"),
    /** 2.1: the same entity. */
    SAME_ENTITY("2.1", "{0} is the subject entity itself, and an entity is not its own Affiliate"),
    /** 2.1: no chain of control. */
    NO_CONTROL("2.1", "{0} and {1}: neither controls the other, directly or indirectly, and no entity controls both"),

    /** 2.3: Customer Data that is Personal Data. */
    CUSTOMER_DATA_THAT_IS_PERSONAL_DATA("2.3", "it is Customer Data (as defined in the Agreement) that is Personal Data"),
    /** 2.3: not Customer Data. */
    NOT_CUSTOMER_DATA("2.3", "Customer Personal Data is Customer Data that is Personal Data; this data is {0}, not Customer Data"),
    /** 2.3: the representative exclusion. */
    REPRESENTATIVE_EXCLUDED("2.3", "Customer Personal Data does not include personal information of employees or other"
        + " representatives of Customer with whom Segment has a direct business relationship"),

    /** 2.8: governed by a Data Protection Law. */
    PERSONAL_DATA_UNDER("2.8", "it is personal data, personal information or similar information defined in and governed by {0}"),
    /** 2.8: governed by none. */
    NOT_PERSONAL_DATA("2.8", "it is not personal data, personal information or similar information defined in and governed by any Data Protection Law"),
    /** 2.5: about no natural person. */
    NO_DATA_SUBJECT("2.5", "it is about no identified or identifiable natural person, so it has no Data Subject"),

    /** 2.4: the laws applicable. */
    LAWS_APPLICABLE("2.4", "the privacy, data protection and information security laws applicable to its Processing are {0}"),
    /** 2.4: no law applicable. */
    NO_LAW_APPLICABLE("2.4", "no privacy, data protection or information security law governs it as personal data"),
    /** 2.6: EU Data Protection Law. */
    EU_DATA_PROTECTION_LAW("2.6", "EU Data Protection Law means Regulation 2016/679 (GDPR) and any national legislation implementing it, as amended"),
    /** 2.2: the CCPA. */
    CCPA("2.2", "the CCPA means the California Consumer Privacy Act of 2018, as amended from time to time"),

    /** 2.7: one of the listed operations. */
    LISTED_OPERATION("2.7", "{0} is one of the operations 2.7 lists (collection, recording, ... erasure or destruction)"),
    /** 2.7: any other operation. */
    OTHER_OPERATION("2.7", "the list of operations is illustrative (\"such as\"): any operation or set of operations performed on Personal Data is Processing"),
    /** 2.7: automation does not matter. */
    AUTOMATED_OR_NOT("2.7", "it is Processing whether or not by automated means (here: {0})"),
    /** 2.7: not performed on Personal Data. */
    NOT_ON_PERSONAL_DATA("2.7", "Processing is an operation performed on Personal Data; this operation is not"),

    /** 2.9: a Security Incident. */
    INCIDENT("2.9", "a confirmed unauthorized or unlawful breach of security that led to {0} of Personal Data being Processed by Segment"),
    /** 2.9: not confirmed. */
    NOT_CONFIRMED("2.9", "a Security Incident must be confirmed; this event is not (yet) confirmed"),
    /** 2.9: no breach of security. */
    NO_BREACH_OF_SECURITY("2.9", "a Security Incident is an unauthorized or unlawful breach of security; this event is not one"),
    /** 2.9: not Personal Data processed by Segment. */
    NOT_PERSONAL_DATA_PROCESSED_BY_SEGMENT("2.9", "a Security Incident affects Personal Data being Processed by Segment; this event affects none"),
    /** 2.9: an unsuccessful attempt. */
    UNSUCCESSFUL_ATTEMPT("2.9", "Security Incidents do not include unsuccessful attempts or activities that do not compromise the"
        + " security of Personal Data, including {0}"),
    /** 2.9: a denial of service that compromised data, default reading. */
    DOS_COMPROMISED_DATA("2.9", "a denial of service attack that compromised Personal Data ({0}) is not an attack that does not compromise"
        + " its security, so the exclusion does not apply"),
    /** 2.9: a denial of service never counts, optional reading. */
    DOS_EXCLUDED("2.9", "denial of service attacks are listed among what Security Incidents do not include"),

    /** 5.2: a Source or Destination. */
    SOURCE_OR_DESTINATION("5.2", "neither Sources nor Destinations are Subprocessors of Segment"),
    /** 2.10: not a third party. */
    NOT_A_THIRD_PARTY("2.10", "a Subprocessor is a third party; {0} is a party to the Addendum"),
    /** 2.10: authorized by Segment. */
    AUTHORIZED_BY_SEGMENT("2.10", "{0} is authorized by Segment ({1}) to Process Customer Personal Data"),
    /** 2.10: authorized by an Affiliate of Segment. */
    AUTHORIZED_BY_AFFILIATE("2.10", "{0} is authorized by {1}, an Affiliate of Segment, to Process Customer Personal Data"),
    /** 2.10: not authorized by Segment or an Affiliate. */
    NOT_AUTHORIZED_BY_SEGMENT("2.10", "a Subprocessor is authorized by Segment or its Affiliates; {1}, who authorized {0}, is neither"),
    /** 2.10: not authorized to process Customer Personal Data. */
    NO_CUSTOMER_PERSONAL_DATA("2.10", "a Subprocessor is authorized to Process Customer Personal Data; {0} is not"),
    /** 2.11: an Affiliate of Segment. */
    AFFILIATE_OF_SEGMENT("2.11", "{0} is an Affiliate of Segment, so not a Third Party Subprocessor"),
    /** 2.11: not an Affiliate of Segment. */
    NOT_AFFILIATE_OF_SEGMENT("2.11", "{0} is a Subprocessor who is not an Affiliate of Segment");

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

  /** The operations 2.7 lists as examples of Processing, and any other. */
  public enum Operation {
    /** Collection. */
    COLLECTION,
    /** Recording. */
    RECORDING,
    /** Organization. */
    ORGANIZATION,
    /** Structuring. */
    STRUCTURING,
    /** Storage. */
    STORAGE,
    /** Adaptation or alteration. */
    ADAPTATION_OR_ALTERATION,
    /** Retrieval. */
    RETRIEVAL,
    /** Consultation. */
    CONSULTATION,
    /** Use. */
    USE,
    /** Disclosure by transmission. */
    DISCLOSURE_BY_TRANSMISSION,
    /** Dissemination or otherwise making available. */
    DISSEMINATION_OR_MAKING_AVAILABLE,
    /** Alignment or combination. */
    ALIGNMENT_OR_COMBINATION,
    /** Restriction. */
    RESTRICTION,
    /** Erasure or destruction. */
    ERASURE_OR_DESTRUCTION,
    /** Any operation the list does not name ("such as" makes the list illustrative). */
    OTHER
  }

  // ---------------------------------------------------------------- 2.1 Affiliate

  /**
   * 2.1: whether {@code other} is an Affiliate of {@code subject} in the graph.
   *
   * @param graph the control relations
   * @param subject the subject entity's id
   * @param other the other entity's id
   * @return true if they are Affiliates
   */
  public static boolean isAffiliate(AffiliateGraph graph, String subject, String other) {
    Objects.requireNonNull(graph, "Definitions.isAffiliate: graph must not be null");
    Objects.requireNonNull(subject, "Definitions.isAffiliate: subject must not be null");
    Objects.requireNonNull(other, "Definitions.isAffiliate: other must not be null");
    return graph.areAffiliates(subject, other);
  }

  /**
   * 2.1: whether {@code other} is an Affiliate of {@code subject}, by their ids.
   *
   * @param graph the control relations
   * @param subject the subject entity
   * @param other the other entity
   * @return true if they are Affiliates
   */
  public static boolean isAffiliate(AffiliateGraph graph, Party subject, Party other) {
    Objects.requireNonNull(subject, "Definitions.isAffiliate: subject must not be null");
    Objects.requireNonNull(other, "Definitions.isAffiliate: other must not be null");
    return isAffiliate(graph, subject.getId(), other.getId());
  }

  /**
   * 2.1, explained: whether {@code other} is an Affiliate of {@code subject}, with the chain of
   * control (by voting securities, contract or otherwise) that shows it.
   *
   * @param graph the control relations
   * @param subject the subject entity's id
   * @param other the other entity's id
   * @return the decision, citing 2.1
   */
  @Decides("2.1")
  public static Decision<Boolean> affiliate(AffiliateGraph graph, String subject, String other) {
    Args.notNull(graph, "Definitions", "affiliate", "graph");
    Args.notNull(subject, "Definitions", "affiliate", "subject");
    Args.notNull(other, "Definitions", "affiliate", "other");
    boolean yes = isAffiliate(graph, subject, other);
    AffiliateExplanation e = graph.affiliation(subject, other);
    switch (e.getBasis()) {
      case SUBJECT_CONTROLS_OTHER:
        return Decision.of(AFFILIATE, yes, Reason.of(Code.CONTROLS, subject, other, new Chain(e.getOtherChain())));
      case OTHER_CONTROLS_SUBJECT:
        return Decision.of(AFFILIATE, yes, Reason.of(Code.CONTROLLED_BY, subject, other, new Chain(e.getSubjectChain())));
      case COMMON_CONTROL:
        return Decision.of(AFFILIATE, yes, Reason.of(Code.COMMON_CONTROL, subject, other,
            e.getController().orElseThrow(), new Chain(e.getSubjectChain()), new Chain(e.getOtherChain())));
      case SAME_ENTITY:
        return Decision.of(AFFILIATE, yes, Reason.of(Code.SAME_ENTITY, subject));
      default:
        return Decision.of(AFFILIATE, yes, Reason.of(Code.NO_CONTROL, subject, other));
    }
  }

  /**
   * 2.1, explained form of {@link #isAffiliate(AffiliateGraph, Party, Party)}: the same question by
   * the parties' ids.
   *
   * @param graph the control relations
   * @param subject the subject entity
   * @param other the other entity
   * @return the decision, citing 2.1
   */
  public static Decision<Boolean> affiliate(AffiliateGraph graph, Party subject, Party other) {
    Args.notNull(subject, "Definitions", "affiliate", "subject");
    Args.notNull(other, "Definitions", "affiliate", "other");
    return affiliate(graph, subject.getId(), other.getId());
  }

  /** A chain of control relations, rendered only when a sentence is asked for. */
  private static final class Chain {
    private final List<ControlRelation> relations;

    Chain(List<ControlRelation> relations) {
      this.relations = relations;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Chain c && c.relations.equals(relations);
    }

    @Override
    public int hashCode() {
      return relations.hashCode();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      for (ControlRelation r : relations) {
        sb.append(sb.length() == 0 ? "" : "; ").append(r.describe());
      }
      return sb.toString();
    }
  }

  // ---------------------------------------------------------------- 2.3 Customer Personal Data

  /**
   * 2.3: whether the data is Customer Personal Data: Customer Data that is Personal Data (2.8),
   * other than personal information of Customer's employees or representatives with whom Segment
   * has a direct business relationship.
   *
   * @param data the facts about the data
   * @return true if it is Customer Personal Data
   */
  public static boolean isCustomerPersonalData(DataDescriptor data) {
    Objects.requireNonNull(data, "Definitions.isCustomerPersonalData: data must not be null");
    return data.getOrigin() == DataOrigin.CUSTOMER_DATA && isPersonalData(data) && !isRepresentativeExcluded(data);
  }

  private static boolean isRepresentativeExcluded(DataDescriptor data) {
    return data.getSubjectKind() == SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE
        && data.isDirectBusinessRelationshipWithSegment();
  }

  /**
   * 2.3, explained: whether the data is Customer Personal Data; a no gives every condition that
   * fails (not Customer Data, not Personal Data, the representative exclusion).
   *
   * @param data the facts about the data
   * @return the decision, citing 2.3 (and 2.8 where the data is not Personal Data)
   */
  @Decides(value = "2.3", quotes = "2.8")
  public static Decision<Boolean> customerPersonalData(DataDescriptor data) {
    Args.notNull(data, "Definitions", "customerPersonalData", "data");
    boolean yes = isCustomerPersonalData(data);
    Decision.Builder<Boolean> d = Decision.builder(CUSTOMER_PERSONAL_DATA, yes);
    if (yes) {
      return d.reason(Code.CUSTOMER_DATA_THAT_IS_PERSONAL_DATA).reason(Code.PERSONAL_DATA_UNDER, data.getGoverningLaws()).build();
    }
    if (data.getOrigin() != DataOrigin.CUSTOMER_DATA) {
      d.reason(Code.NOT_CUSTOMER_DATA, data.getOrigin());
    }
    if (!isPersonalData(data)) {
      d.reason(Code.NOT_PERSONAL_DATA);
    }
    if (isRepresentativeExcluded(data)) {
      d.reason(Code.REPRESENTATIVE_EXCLUDED);
    }
    return d.build();
  }

  // ---------------------------------------------------------------- 2.8 Personal Data, 2.5

  /**
   * 2.8: whether the data is Personal Data: defined in and governed by at least one Data
   * Protection Law as personal data, personal information or similar information.
   *
   * @param data the facts about the data
   * @return true if it is Personal Data
   */
  public static boolean isPersonalData(DataDescriptor data) {
    Objects.requireNonNull(data, "Definitions.isPersonalData: data must not be null");
    return !data.getGoverningLaws().isEmpty();
  }

  /**
   * 2.8 and 2.5, explained: whether the data is Personal Data, naming the laws that govern it, or
   * that it has no Data Subject.
   *
   * @param data the facts about the data
   * @return the decision, citing 2.8 (and 2.5 for data about no natural person)
   */
  @Decides({"2.8", "2.5"})
  public static Decision<Boolean> personalData(DataDescriptor data) {
    Args.notNull(data, "Definitions", "personalData", "data");
    boolean yes = isPersonalData(data);
    if (yes) {
      return Decision.of(PERSONAL_DATA, true, Reason.of(Code.PERSONAL_DATA_UNDER, data.getGoverningLaws()));
    }
    if (data.getSubjectKind() == SubjectKind.NONE) {
      return Decision.of(PERSONAL_DATA, false, Reason.of(Code.NOT_PERSONAL_DATA), Reason.of(Code.NO_DATA_SUBJECT));
    }
    return Decision.of(PERSONAL_DATA, false, Reason.of(Code.NOT_PERSONAL_DATA));
  }

  // ---------------------------------------------------------------- 2.4, 2.6, 2.2 laws

  /**
   * 2.4: the Data Protection Laws that govern the Processing of the data, the bare answer of
   * {@link #dataProtectionLaws}.
   *
   * @param data the facts about the data
   * @return the laws, unmodifiable; empty when none governs the data
   */
  public static Set<DataProtectionLaw> dataProtectionLawsOf(DataDescriptor data) {
    Args.notNull(data, "Definitions", "dataProtectionLawsOf", "data");
    Set<DataProtectionLaw> laws = data.getGoverningLaws();
    return laws.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(laws));
  }

  /**
   * 2.4, 2.6, 2.2, explained: the Data Protection Laws that govern the Processing of the data, naming EU
   * Data Protection Law (the GDPR and national implementing law) and the CCPA as amended where
   * they are among them.
   *
   * @param data the facts about the data
   * @return the decision; its outcome is the set of laws, empty when none governs the data
   */
  @Decides({"2.4", "2.6", "2.2"})
  public static Decision<Set<DataProtectionLaw>> dataProtectionLaws(DataDescriptor data) {
    Args.notNull(data, "Definitions", "dataProtectionLaws", "data");
    Set<DataProtectionLaw> out = dataProtectionLawsOf(data);
    Decision.Builder<Set<DataProtectionLaw>> d = Decision.builder(LAWS, out);
    if (out.isEmpty()) {
      return d.reason(Code.NO_LAW_APPLICABLE).build();
    }
    d.reason(Code.LAWS_APPLICABLE, out);
    if (out.contains(DataProtectionLaw.EU_DATA_PROTECTION_LAW)) {
      d.reason(Code.EU_DATA_PROTECTION_LAW);
    }
    if (out.contains(DataProtectionLaw.CCPA)) {
      d.reason(Code.CCPA);
    }
    return d.build();
  }

  // ---------------------------------------------------------------- 2.7 Processing

  /**
   * 2.7: whether an operation is Processing: any operation or set of operations performed on
   * Personal Data, whether or not by automated means. The operation and the automation do not
   * change the answer; only whether Personal Data is operated on does.
   *
   * @param operation the operation
   * @param automation whether it is performed by automated means
   * @param operatedOn whether it is performed on Personal Data (2.8)
   * @return true if it is Processing
   */
  public static boolean isProcessing(Operation operation, Automation automation, OperatedOn operatedOn) {
    Args.notNull(operation, "Definitions", "isProcessing", "operation");
    Args.notNull(automation, "Definitions", "isProcessing", "automation");
    Args.notNull(operatedOn, "Definitions", "isProcessing", "operatedOn");
    return operatedOn == OperatedOn.PERSONAL_DATA;
  }

  /**
   * 2.7: whether an operation on the described data is Processing: it is performed on Personal
   * Data exactly when {@link #isPersonalData} holds for the data.
   *
   * @param operation the operation
   * @param automation whether it is performed by automated means
   * @param data the data operated on
   * @return true if it is Processing
   */
  public static boolean isProcessing(Operation operation, Automation automation, DataDescriptor data) {
    Args.notNull(operation, "Definitions", "isProcessing", "operation");
    Args.notNull(automation, "Definitions", "isProcessing", "automation");
    Args.notNull(data, "Definitions", "isProcessing", "data");
    return isProcessing(operation, automation, OperatedOn.of(isPersonalData(data)));
  }

  /**
   * 2.7, explained: whether an operation is Processing.
   *
   * @param operation the operation
   * @param automation whether it is performed by automated means
   * @param operatedOn whether it is performed on Personal Data (2.8)
   * @return the decision, citing 2.7
   */
  @Decides("2.7")
  public static Decision<Boolean> processing(Operation operation, Automation automation, OperatedOn operatedOn) {
    Args.notNull(operation, "Definitions", "processing", "operation");
    Args.notNull(automation, "Definitions", "processing", "automation");
    Args.notNull(operatedOn, "Definitions", "processing", "operatedOn");
    boolean yes = isProcessing(operation, automation, operatedOn);
    if (!yes) {
      return Decision.of(PROCESSING, false, Reason.of(Code.NOT_ON_PERSONAL_DATA));
    }
    Reason kind = operation == Operation.OTHER ? Reason.of(Code.OTHER_OPERATION) : Reason.of(Code.LISTED_OPERATION, operation);
    return Decision.of(PROCESSING, true, kind, Reason.of(Code.AUTOMATED_OR_NOT, automation));
  }

  /**
   * 2.7, explained form of {@link #isProcessing(Operation, Automation, DataDescriptor)}: the
   * operation is performed on Personal Data exactly when {@link #isPersonalData} holds for the data.
   *
   * @param operation the operation
   * @param automation whether it is performed by automated means
   * @param data the data operated on
   * @return the decision, citing 2.7
   */
  public static Decision<Boolean> processing(Operation operation, Automation automation, DataDescriptor data) {
    Args.notNull(operation, "Definitions", "processing", "operation");
    Args.notNull(automation, "Definitions", "processing", "automation");
    Args.notNull(data, "Definitions", "processing", "data");
    return processing(operation, automation, OperatedOn.of(isPersonalData(data)));
  }

  // ---------------------------------------------------------------- 2.9 Security Incident

  /**
   * 2.9: whether a security event is a Security Incident: confirmed, an unauthorized or unlawful
   * breach of security, affecting Personal Data being Processed by Segment, and leading to at least
   * one {@link SecurityEffect} on it. An event with no effect is an unsuccessful attempt or an
   * activity that does not compromise the security of Personal Data, whatever its nature. A denial
   * of service attack with an effect counts under
   * {@link Interpretation#DOS_COUNTS_IF_DATA_COMPROMISED} (default) and never under
   * {@link Interpretation#DOS_NEVER_COUNTS}.
   *
   * <p>How the model's vocabulary is read. Every {@link SecurityEffect} is one of the effects 2.9
   * lists ("destruction, loss, alteration, unauthorized disclosure of or access to");
   * {@link SecurityEffect#AVAILABILITY_COMPROMISED} is a loss (of availability), so any non-empty
   * set of effects means the event compromised Personal Data. Of the natures, 2.9 names five
   * ({@link SecurityEventNature#isListedAsNonIncident()}: unsuccessful log-ins, pings, port scans,
   * denial of service attacks, other network attacks) as examples of what Security Incidents do
   * not include; the exclusion is of attempts and activities "that do not compromise the security
   * of Personal Data", so such an event with an effect is decided like any other breach. The other
   * natures ({@link SecurityEventNature#UNAUTHORIZED_ACCESS}, {@link SecurityEventNature#MALWARE},
   * {@link SecurityEventNature#INSIDER_MISUSE}, {@link SecurityEventNature#MISCONFIGURATION},
   * {@link SecurityEventNature#LOST_OR_STOLEN_DEVICE},
   * {@link SecurityEventNature#ACCIDENTAL_DISCLOSURE}, {@link SecurityEventNature#OTHER}) are not
   * named by 2.9: they are breaches like any other, a Security Incident exactly when the four
   * conditions hold, and without an effect they are still "unsuccessful attempts or activities that
   * do not compromise the security of Personal Data". Only {@link SecurityEventNature#DENIAL_OF_SERVICE}
   * depends on a reading.
   *
   * @param confirmation whether the breach is confirmed
   * @param breach whether it is an unauthorized or unlawful breach of security
   * @param effects what it did to the Personal Data (empty: nothing)
   * @param affectedData whether it affects Personal Data being Processed by Segment
   * @param nature the kind of event
   * @param readings the chosen readings
   * @return true if it is a Security Incident
   */
  public static boolean isSecurityIncident(Confirmation confirmation, Breach breach, Set<SecurityEffect> effects,
      AffectedData affectedData, SecurityEventNature nature, Interpretations readings) {
    Args.notNull(confirmation, "Definitions", "isSecurityIncident", "confirmation");
    Args.notNull(breach, "Definitions", "isSecurityIncident", "breach");
    Args.notNull(effects, "Definitions", "isSecurityIncident", "effects");
    Args.notNull(affectedData, "Definitions", "isSecurityIncident", "affectedData");
    Args.notNull(nature, "Definitions", "isSecurityIncident", "nature");
    Args.notNull(readings, "Definitions", "isSecurityIncident", "readings");
    return confirmation == Confirmation.CONFIRMED && breach == Breach.BREACH_OF_SECURITY
        && affectedData == AffectedData.PERSONAL_DATA_PROCESSED_BY_SEGMENT && !effects.isEmpty()
        && !dosExcluded(nature, readings);
  }

  /**
   * 2.9: whether a confirmed security event is a Security Incident, from the event's facts: it is
   * confirmed (that is what the event records), and its
   * {@link SecurityEventConfirmed#isUnauthorizedOrUnlawful() breach of security},
   * {@link SecurityEventConfirmed#getEffects() effects},
   * {@link SecurityEventConfirmed#isPersonalDataProcessedBySegment() data} and
   * {@link SecurityEventConfirmed#getNature() nature} are those of
   * {@link #isSecurityIncident(Confirmation, Breach, Set, AffectedData, SecurityEventNature, Interpretations)}.
   *
   * @param event the confirmation
   * @param readings the chosen readings
   * @return true if it is a Security Incident
   */
  public static boolean isSecurityIncident(SecurityEventConfirmed event, Interpretations readings) {
    Args.notNull(event, "Definitions", "isSecurityIncident", "event");
    return isSecurityIncident(Confirmation.CONFIRMED, Breach.of(event.isUnauthorizedOrUnlawful()), event.getEffects(),
        AffectedData.of(event.isPersonalDataProcessedBySegment()), event.getNature(), readings);
  }

  private static boolean dosExcluded(SecurityEventNature nature, Interpretations readings) {
    return nature == SecurityEventNature.DENIAL_OF_SERVICE && readings.is(Interpretation.DOS_NEVER_COUNTS);
  }

  /**
   * 2.9, explained: whether a security event is a Security Incident; a no gives every condition
   * that fails. The denial-of-service reading is recorded when it mattered (a denial of service
   * with an effect on Personal Data). The model's effects and natures are read as
   * {@link #isSecurityIncident(Confirmation, Breach, Set, AffectedData, SecurityEventNature, Interpretations)}
   * says.
   *
   * @param confirmation whether the breach is confirmed
   * @param breach whether it is an unauthorized or unlawful breach of security
   * @param effects what it did to the Personal Data (empty: nothing)
   * @param affectedData whether it affects Personal Data being Processed by Segment
   * @param nature the kind of event
   * @param readings the chosen readings
   * @return the decision, citing 2.9
   */
  @Decides("2.9")
  public static Decision<Boolean> securityIncident(Confirmation confirmation, Breach breach, Set<SecurityEffect> effects,
      AffectedData affectedData, SecurityEventNature nature, Interpretations readings) {
    Args.notNull(confirmation, "Definitions", "securityIncident", "confirmation");
    Args.notNull(breach, "Definitions", "securityIncident", "breach");
    Args.notNull(effects, "Definitions", "securityIncident", "effects");
    Args.notNull(affectedData, "Definitions", "securityIncident", "affectedData");
    Args.notNull(nature, "Definitions", "securityIncident", "nature");
    Args.notNull(readings, "Definitions", "securityIncident", "readings");
    boolean yes = isSecurityIncident(confirmation, breach, effects, affectedData, nature, readings);
    Decision.Builder<Boolean> d = Decision.builder(SECURITY_INCIDENT, yes);
    boolean dosWithEffect = nature == SecurityEventNature.DENIAL_OF_SERVICE && !effects.isEmpty();
    if (dosWithEffect) {
      d.reading(readings.get(Question.DENIAL_OF_SERVICE));
    }
    if (yes) {
      d.reason(Code.INCIDENT, effects);
      if (dosWithEffect) {
        d.reason(Code.DOS_COMPROMISED_DATA, effects);
      }
      return d.build();
    }
    if (confirmation == Confirmation.NOT_CONFIRMED) {
      d.reason(Code.NOT_CONFIRMED);
    }
    if (breach == Breach.NO_BREACH_OF_SECURITY) {
      d.reason(Code.NO_BREACH_OF_SECURITY);
    }
    if (affectedData == AffectedData.OTHER_DATA) {
      d.reason(Code.NOT_PERSONAL_DATA_PROCESSED_BY_SEGMENT);
    }
    if (effects.isEmpty()) {
      d.reason(Code.UNSUCCESSFUL_ATTEMPT, nature);
    }
    if (dosExcluded(nature, readings) && dosWithEffect) {
      d.reason(Code.DOS_EXCLUDED);
    }
    return d.build();
  }

  /**
   * 2.9, explained, from a confirmed security event: the decision of
   * {@link #securityIncident(Confirmation, Breach, Set, AffectedData, SecurityEventNature, Interpretations)}
   * for the event's facts (confirmed, since the event records the confirmation).
   *
   * @param event the confirmation
   * @param readings the chosen readings
   * @return the decision, citing 2.9
   */
  public static Decision<Boolean> securityIncident(SecurityEventConfirmed event, Interpretations readings) {
    Args.notNull(event, "Definitions", "securityIncident", "event");
    return securityIncident(Confirmation.CONFIRMED, Breach.of(event.isUnauthorizedOrUnlawful()), event.getEffects(),
        AffectedData.of(event.isPersonalDataProcessedBySegment()), event.getNature(), readings);
  }

  // ---------------------------------------------------------------- 2.10, 2.11, 5.2 Subprocessors

  /**
   * 2.10, 5.2: whether a party is a Subprocessor: a third party (not Segment, not Customer, not a
   * Source or Destination) authorized by Segment or an Affiliate of Segment to Process Customer
   * Personal Data.
   *
   * <p>{@code graph} and {@code segmentId} are read only for a third party (a party whose kind is
   * none of {@link PartyKind#SOURCE_OR_DESTINATION}, {@link PartyKind#SEGMENT} and
   * {@link PartyKind#CUSTOMER}): whether the authorizer is Segment or its Affiliate matters only
   * there. For the others they may be null, and the answer is the same whatever they are.
   *
   * @param party the party
   * @param authorizedBy the id of the entity that authorized it
   * @param processesCustomerPersonalData whether it is authorized to Process Customer Personal Data
   * @param graph the control relations that decide who is an Affiliate of Segment; read for a
   *     third party only
   * @param segmentId Segment's id in the graph; read for a third party only
   * @return true if it is a Subprocessor
   * @throws NullPointerException if {@code party} or {@code authorizedBy} is null, or the party is
   *     a third party and {@code graph} or {@code segmentId} is null
   */
  public static boolean isSubprocessor(Party party, String authorizedBy, boolean processesCustomerPersonalData,
      @Nullable AffiliateGraph graph, @Nullable String segmentId) {
    Args.notNull(party, "Definitions", "isSubprocessor", "party");
    Args.notNull(authorizedBy, "Definitions", "isSubprocessor", "authorizedBy");
    if (!isThirdParty(party)) {
      return false;
    }
    Affiliation a = Affiliation.of(graph, segmentId, "isSubprocessor");
    return processesCustomerPersonalData && a.authorizer(authorizedBy) != null;
  }

  private static boolean isThirdParty(Party party) {
    PartyKind k = party.getKind();
    return k != PartyKind.SOURCE_OR_DESTINATION && k != PartyKind.SEGMENT && k != PartyKind.CUSTOMER;
  }

  /** Segment's place in the control relations, required once a third party is asked about. */
  private record Affiliation(AffiliateGraph graph, String segmentId) {
    static Affiliation of(@Nullable AffiliateGraph graph, @Nullable String segmentId, String method) {
      Objects.requireNonNull(graph, () -> "Definitions." + method
          + ": graph must not be null for a third party (2.10 asks whether its authorizer is an Affiliate of Segment)");
      Objects.requireNonNull(segmentId, () -> "Definitions." + method
          + ": segmentId must not be null for a third party (2.10 asks whether its authorizer is Segment)");
      return new Affiliation(graph, segmentId);
    }

    /** The reason code for the authorizer, or null if it is neither Segment nor an Affiliate. */
    @Nullable Code authorizer(String authorizedBy) {
      if (authorizedBy.equals(segmentId)) {
        return Code.AUTHORIZED_BY_SEGMENT;
      }
      return graph.areAffiliates(segmentId, authorizedBy) ? Code.AUTHORIZED_BY_AFFILIATE : null;
    }

    boolean isAffiliateOfSegment(Party party) {
      switch (party.getKind()) {
        case SEGMENT_AFFILIATE:
          return true;
        case THIRD_PARTY_SUBPROCESSOR:
          return false;
        default:
          return graph.areAffiliates(segmentId, party.getId());
      }
    }
  }

  /**
   * 2.10, 5.2, explained: whether a party is a Subprocessor; a no gives every condition that
   * fails. For a party that is no third party (a Source or Destination, Segment, Customer) that is
   * the only reason, and {@code graph} and {@code segmentId} are not read.
   *
   * @param party the party
   * @param authorizedBy the id of the entity that authorized it
   * @param processesCustomerPersonalData whether it is authorized to Process Customer Personal Data
   * @param graph the control relations that decide who is an Affiliate of Segment; read for a
   *     third party only
   * @param segmentId Segment's id in the graph; read for a third party only
   * @return the decision, citing 2.10 (5.2 for a Source or Destination)
   * @throws NullPointerException if {@code party} or {@code authorizedBy} is null, or the party is
   *     a third party and {@code graph} or {@code segmentId} is null
   */
  @Decides({"2.10", "5.2"})
  public static Decision<Boolean> subprocessor(Party party, String authorizedBy, boolean processesCustomerPersonalData,
      @Nullable AffiliateGraph graph, @Nullable String segmentId) {
    Args.notNull(party, "Definitions", "subprocessor", "party");
    Args.notNull(authorizedBy, "Definitions", "subprocessor", "authorizedBy");
    if (!isThirdParty(party)) {
      return notAThirdParty(SUBPROCESSOR, party);
    }
    Affiliation a = Affiliation.of(graph, segmentId, "subprocessor");
    Code by = a.authorizer(authorizedBy);
    Decision.Builder<Boolean> d = Decision.builder(SUBPROCESSOR, processesCustomerPersonalData && by != null);
    subprocessorReasons(d, party, authorizedBy, processesCustomerPersonalData, by);
    return d.build();
  }

  private static Decision<Boolean> notAThirdParty(String policy, Party party) {
    return party.getKind() == PartyKind.SOURCE_OR_DESTINATION
        ? Decision.of(policy, false, Reason.of(Code.SOURCE_OR_DESTINATION))
        : Decision.of(policy, false, Reason.of(Code.NOT_A_THIRD_PARTY, party.getId()));
  }

  private static void subprocessorReasons(Decision.Builder<Boolean> d, Party party, String authorizedBy,
      boolean processesCustomerPersonalData, @Nullable Code by) {
    d.reason(by == null ? Code.NOT_AUTHORIZED_BY_SEGMENT : by, party.getId(), authorizedBy);
    if (!processesCustomerPersonalData) {
      d.reason(Code.NO_CUSTOMER_PERSONAL_DATA, party.getId());
    }
  }

  /**
   * 2.11: whether a party is a Third Party Subprocessor: a Subprocessor (2.10) that is not an
   * Affiliate of Segment. Affiliation is the party's declared kind
   * ({@link PartyKind#SEGMENT_AFFILIATE} or {@link PartyKind#THIRD_PARTY_SUBPROCESSOR}) if it has
   * one, otherwise the graph's answer (as {@code Subprocessor.isAffiliateOfSegment} does).
   * {@code graph} and {@code segmentId} are read for a third party only, as in
   * {@link #isSubprocessor}.
   *
   * @param party the party
   * @param authorizedBy the id of the entity that authorized it
   * @param processesCustomerPersonalData whether it is authorized to Process Customer Personal Data
   * @param graph the control relations that decide who is an Affiliate of Segment; read for a
   *     third party only
   * @param segmentId Segment's id in the graph; read for a third party only
   * @return true if it is a Third Party Subprocessor
   * @throws NullPointerException if {@code party} or {@code authorizedBy} is null, or the party is
   *     a third party and {@code graph} or {@code segmentId} is null
   */
  public static boolean isThirdPartySubprocessor(Party party, String authorizedBy, boolean processesCustomerPersonalData,
      @Nullable AffiliateGraph graph, @Nullable String segmentId) {
    Args.notNull(party, "Definitions", "isThirdPartySubprocessor", "party");
    Args.notNull(authorizedBy, "Definitions", "isThirdPartySubprocessor", "authorizedBy");
    if (!isThirdParty(party)) {
      return false;
    }
    Affiliation a = Affiliation.of(graph, segmentId, "isThirdPartySubprocessor");
    return processesCustomerPersonalData && a.authorizer(authorizedBy) != null && !a.isAffiliateOfSegment(party);
  }

  /**
   * 2.11, explained: whether a party is a Third Party Subprocessor, with the 2.10 reasons when it
   * is not a Subprocessor at all. {@code graph} and {@code segmentId} are read for a third party
   * only.
   *
   * @param party the party
   * @param authorizedBy the id of the entity that authorized it
   * @param processesCustomerPersonalData whether it is authorized to Process Customer Personal Data
   * @param graph the control relations that decide who is an Affiliate of Segment; read for a
   *     third party only
   * @param segmentId Segment's id in the graph; read for a third party only
   * @return the decision, citing 2.11 and 2.10
   * @throws NullPointerException if {@code party} or {@code authorizedBy} is null, or the party is
   *     a third party and {@code graph} or {@code segmentId} is null
   */
  @Decides(value = "2.11", quotes = {"2.10", "5.2"})
  public static Decision<Boolean> thirdPartySubprocessor(Party party, String authorizedBy,
      boolean processesCustomerPersonalData, @Nullable AffiliateGraph graph, @Nullable String segmentId) {
    Args.notNull(party, "Definitions", "thirdPartySubprocessor", "party");
    Args.notNull(authorizedBy, "Definitions", "thirdPartySubprocessor", "authorizedBy");
    if (!isThirdParty(party)) {
      return notAThirdParty(THIRD_PARTY_SUBPROCESSOR, party);
    }
    Affiliation a = Affiliation.of(graph, segmentId, "thirdPartySubprocessor");
    Code by = a.authorizer(authorizedBy);
    boolean subprocessor = processesCustomerPersonalData && by != null;
    boolean yes = subprocessor && !a.isAffiliateOfSegment(party);
    Decision.Builder<Boolean> d = Decision.builder(THIRD_PARTY_SUBPROCESSOR, yes);
    subprocessorReasons(d, party, authorizedBy, processesCustomerPersonalData, by);
    if (subprocessor) {
      d.reason(yes ? Code.NOT_AFFILIATE_OF_SEGMENT : Code.AFFILIATE_OF_SEGMENT, party.getId());
    }
    return d.build();
  }
}
