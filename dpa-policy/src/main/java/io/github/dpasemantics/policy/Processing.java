package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.norm.Deeming;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.Regime;
import io.github.dpasemantics.model.party.Role;
import io.github.dpasemantics.model.party.RoleAssignment;
import io.github.dpasemantics.model.party.RoleAssignments;
import io.github.dpasemantics.model.party.SourceOrDestination;
import io.github.dpasemantics.policy.fact.Acknowledgement;
import io.github.dpasemantics.policy.fact.Form;
import io.github.dpasemantics.policy.fact.LawRequirement;
import io.github.dpasemantics.policy.fact.LegalRequirementNotice;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 5 and A.1.2–A.1.4. Role and Scope of the Processing; Annex A details, roles and compliance with
 * instructions.
 *
 * <ul>
 *   <li>5.1: Segment will Process Customer Data only in accordance with Customer's instructions:
 *       to provide the Services; per other written instructions given by Customer and acknowledged
 *       in writing by Segment as instructions for the Addendum; to perform its obligations and
 *       exercise its rights under the Agreement (a); to perform its legal obligations and to
 *       establish, exercise or defend legal claims in respect of the Agreement (b):
 *       {@link #isProcessingAuthorized}, {@link #processingAuthorized}.
 *   <li>5.2: nothing in the Addendum limits transmission of Customer Data to and among Sources and
 *       Destinations as directed by Customer through the Services; Customer is solely responsible
 *       for them ({@link Deeming#SOURCES_AND_DESTINATIONS}): {@link #transmissionUnlimited}.
 *   <li>A.1.2: the duration of the Processing is from Segment's receipt of Customer Personal Data
 *       until deletion of all of it: {@link #isWithinProcessingDuration},
 *       {@link #withinProcessingDuration}.
 *   <li>A.1.3: Segment is a processor and Customer a controller of Customer Personal Data; Segment
 *       is the controller of Usage Data that is Personal Data: {@link #gdprRoleOf},
 *       {@link #gdprRole}.
 *   <li>A.1.4: Segment Processes only per Customer's instructions unless EU Data Protection Law
 *       requires otherwise, in which case it notifies Customer unless that law prohibits it:
 *       {@link #lawConflictOf}, {@link #lawConflict}.
 * </ul>
 *
 * <p>Every method is pure and thread-safe.
 */
@NotDecidable(clause = "A.1.1", reason = "defines controller, processor, supervisory authority and the SCC terms by reference to"
    + " EU Data Protection Law and the SCCs; used as vocabulary (model.party.Role), nothing to decide")
public final class Processing {
  private static final String AUTHORIZED = "Processing.processingAuthorized";
  private static final String TRANSMISSION = "Processing.transmissionUnlimited";
  private static final String DURATION = "Processing.withinProcessingDuration";
  private static final String ROLE = "Processing.gdprRole";
  private static final String LAW_CONFLICT = "Processing.lawConflict";

  private Processing() {}

  /** Reason codes of 5 and A.1.2–A.1.4. */
  public enum Code implements ReasonCode {
    /** 5.1: provide the Services. */
    PROVIDE_SERVICES("5.1", "by entering into the Agreement, Customer instructs Segment to Process Customer Data to provide the Services"),
    /** 5.1: acknowledged written instruction. */
    WRITTEN_INSTRUCTION("5.1", "Customer gave a written instruction that Segment acknowledged in writing as constituting an instruction"
        + " for purposes of this Addendum"),
    /** 5.1: instruction not in writing. */
    INSTRUCTION_NOT_WRITTEN("5.1", "other instructions count only if given by Customer in writing; this one was not"),
    /** 5.1: instruction not acknowledged. */
    INSTRUCTION_NOT_ACKNOWLEDGED("5.1", "other instructions count only if acknowledged in writing by Segment as constituting instructions"
        + " for purposes of this Addendum; this one was not"),
    /** 5.1(a). */
    AGREEMENT_OBLIGATIONS_AND_RIGHTS("5.1", "the instruction authorizes Segment to Process Customer Data (a) to perform its obligations and"
        + " exercise its rights under the Agreement"),
    /** 5.1(b) legal obligations. */
    LEGAL_OBLIGATIONS("5.1", "the instruction authorizes Segment to Process Customer Data (b) to perform its legal obligations"),
    /** 5.1(b) legal claims. */
    LEGAL_CLAIMS("5.1", "the instruction authorizes Segment to Process Customer Data (b) to establish, exercise or defend legal claims in"
        + " respect of the Agreement"),
    /** 5.1: no instruction covers it. */
    NOT_INSTRUCTED("5.1", "Segment will Process Customer Data only in accordance with Customer's instructions, and none covers {0}"),
    /** 5.2: transmission not limited. */
    TRANSMISSION_NOT_LIMITED("5.2", "nothing in this Addendum limits Segment from transmitting Customer Data to and among Sources and"
        + " Destinations as directed by Customer through the Services"),
    /** 5.2: not directed by Customer. */
    TRANSMISSION_NOT_DIRECTED("5.2", "the freedom of 5.2 covers only transmission as directed by Customer through the Services; this one"
        + " was not, so the Addendum's other terms (5.1) apply"),
    /** 5.2: Customer responsible. */
    CUSTOMER_RESPONSIBLE("5.2", "between the parties, Customer is solely responsible for the Processing of Customer Personal Data by, and"
        + " other acts and omissions of, Sources and Destinations ({0})"),
    /** A.1.2: before receipt. */
    BEFORE_RECEIPT("A.1.2", "the duration of the Processing runs from Segment's receipt of Customer Personal Data on {0}; {1} is before it"),
    /** A.1.2: within. */
    WITHIN_DURATION("A.1.2", "the duration of the Processing runs from Segment's receipt of Customer Personal Data on {0} until deletion"
        + " of all of it; {1} is within it"),
    /** A.1.2: after deletion. */
    AFTER_DELETION("A.1.2", "the duration of the Processing ended with the deletion of all Customer Personal Data on {0}; {1} is after it"),
    /** A.1.3(a). */
    SEGMENT_PROCESSOR("A.1.3", "Segment is a processor of the Customer Personal Data under EU Data Protection Law"),
    /** A.1.3(b). */
    CUSTOMER_CONTROLLER("A.1.3", "Customer is a controller of the Customer Personal Data under EU Data Protection Law"),
    /** A.1.3 Usage Data. */
    SEGMENT_CONTROLLER_OF_USAGE_DATA("A.1.3", "to the extent that any Usage Data is considered Personal Data, Segment is the controller"
        + " with respect to such data and Processes it in accordance with its Privacy Policy"),
    /** A.1.3: nothing assigned. */
    NO_ROLE_ASSIGNED("A.1.3", "Annex A assigns {0} no role under EU Data Protection Law for {1}"),
    /** A.1.4: follow instructions. */
    FOLLOW_INSTRUCTIONS("A.1.4", "Segment will only Process Customer Personal Data in accordance with Customer's instructions in this"
        + " Addendum"),
    /** A.1.4: law requires otherwise, notify. */
    LAW_REQUIRES_OTHERWISE_NOTIFY("A.1.4", "EU Data Protection Law requires otherwise, in which case Segment will notify Customer"),
    /** A.1.4: law prohibits notice. */
    LAW_PROHIBITS_NOTICE("A.1.4", "EU Data Protection Law requires otherwise and prohibits Segment from notifying Customer, so no"
        + " notice is due");

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

  /**
   * Why Segment Processes Customer Data (5.1). {@link California.Purpose} (B.3(b), B.4) uses the
   * same constant names for the purposes both name: {@code PROVIDE_SERVICES},
   * {@code CUSTOMER_INSTRUCTION}, {@code OTHER}.
   */
  public enum Purpose {
    /** To provide the Services. */
    PROVIDE_SERVICES,
    /** Per another instruction of Customer (authorized only if written and acknowledged in writing by Segment). */
    CUSTOMER_INSTRUCTION,
    /** 5.1(a): to perform its obligations and exercise its rights under the Agreement. */
    AGREEMENT_OBLIGATIONS_AND_RIGHTS,
    /** 5.1(b): to perform its legal obligations. */
    LEGAL_OBLIGATIONS,
    /** 5.1(b): to establish, exercise or defend legal claims in respect of the Agreement. */
    LEGAL_CLAIMS,
    /** Any other purpose (including legal claims unrelated to the Agreement). */
    OTHER
  }

  /** What A.1.4 requires when EU Data Protection Law and Customer's instructions may diverge. */
  public enum LawConflict {
    /** The law does not require otherwise: Segment follows Customer's instructions only. */
    FOLLOW_INSTRUCTIONS,
    /** The law requires otherwise: Segment may comply with it and must notify Customer. */
    COMPLY_WITH_LAW_AND_NOTIFY,
    /** The law requires otherwise and prohibits notice: Segment complies, without notice. */
    COMPLY_WITH_LAW_WITHOUT_NOTICE;

    /**
     * Tells whether Segment must notify Customer of the legal requirement (A.1.4: "in which case
     * Segment will notify Customer").
     *
     * @return true for {@link #COMPLY_WITH_LAW_AND_NOTIFY}
     */
    public boolean isNoticeDue() {
      return this == COMPLY_WITH_LAW_AND_NOTIFY;
    }
  }

  // ---------------------------------------------------------------- 5.1

  /**
   * 5.1: whether Processing Customer Data for a purpose is authorized by Customer's instructions.
   * For {@link Purpose#CUSTOMER_INSTRUCTION} the instruction must be "written" and "acknowledged in
   * writing by Segment as constituting instructions for purposes of this Addendum"; {@code form}
   * and {@code acknowledgement} are read for that purpose only and may be null for the others.
   *
   * @param purpose why Segment Processes
   * @param form whether Customer gave the instruction in writing; read only for
   *     {@link Purpose#CUSTOMER_INSTRUCTION}
   * @param acknowledgement whether Segment acknowledged it in writing as an instruction for
   *     purposes of this Addendum; read only for {@link Purpose#CUSTOMER_INSTRUCTION}
   * @return true if authorized
   * @throws IllegalArgumentException if the purpose is {@link Purpose#CUSTOMER_INSTRUCTION} and
   *     {@code form} or {@code acknowledgement} is null
   */
  public static boolean isProcessingAuthorized(Purpose purpose, @Nullable Form form, @Nullable Acknowledgement acknowledgement) {
    Args.notNull(purpose, "Processing", "isProcessingAuthorized", "purpose");
    switch (purpose) {
      case OTHER:
        return false;
      case CUSTOMER_INSTRUCTION:
        return requireForInstruction(form, "isProcessingAuthorized", "form") == Form.IN_WRITING
            && requireForInstruction(acknowledgement, "isProcessingAuthorized", "acknowledgement")
                == Acknowledgement.ACKNOWLEDGED_IN_WRITING;
      default:
        return true;
    }
  }

  /**
   * 5.1, explained; a refused further instruction gives every missing formality.
   *
   * @param purpose why Segment Processes
   * @param form whether Customer gave the instruction in writing; read only for
   *     {@link Purpose#CUSTOMER_INSTRUCTION}
   * @param acknowledgement whether Segment acknowledged it in writing; read only for
   *     {@link Purpose#CUSTOMER_INSTRUCTION}
   * @return the decision, citing 5.1
   * @throws IllegalArgumentException if the purpose is {@link Purpose#CUSTOMER_INSTRUCTION} and
   *     {@code form} or {@code acknowledgement} is null
   */
  @Decides("5.1")
  public static Decision<Boolean> processingAuthorized(Purpose purpose, @Nullable Form form,
      @Nullable Acknowledgement acknowledgement) {
    Args.notNull(purpose, "Processing", "processingAuthorized", "purpose");
    switch (purpose) {
      case PROVIDE_SERVICES:
        return Decision.of(AUTHORIZED, true, Reason.of(Code.PROVIDE_SERVICES));
      case AGREEMENT_OBLIGATIONS_AND_RIGHTS:
        return Decision.of(AUTHORIZED, true, Reason.of(Code.AGREEMENT_OBLIGATIONS_AND_RIGHTS));
      case LEGAL_OBLIGATIONS:
        return Decision.of(AUTHORIZED, true, Reason.of(Code.LEGAL_OBLIGATIONS));
      case LEGAL_CLAIMS:
        return Decision.of(AUTHORIZED, true, Reason.of(Code.LEGAL_CLAIMS));
      case OTHER:
        return Decision.of(AUTHORIZED, false, Reason.of(Code.NOT_INSTRUCTED, purpose));
      default:
        Form f = requireForInstruction(form, "processingAuthorized", "form");
        Acknowledgement a = requireForInstruction(acknowledgement, "processingAuthorized", "acknowledgement");
        if (isProcessingAuthorized(purpose, f, a)) {
          return Decision.of(AUTHORIZED, true, Reason.of(Code.WRITTEN_INSTRUCTION));
        }
        Decision.Builder<Boolean> d = Decision.builder(AUTHORIZED, false);
        if (f != Form.IN_WRITING) {
          d.reason(Code.INSTRUCTION_NOT_WRITTEN);
        }
        if (a != Acknowledgement.ACKNOWLEDGED_IN_WRITING) {
          d.reason(Code.INSTRUCTION_NOT_ACKNOWLEDGED);
        }
        return d.build();
    }
  }

  private static <T> T requireForInstruction(@Nullable T fact, String method, String field) {
    if (fact == null) {
      throw new IllegalArgumentException("Processing." + method + ": " + field + " must be given for purpose CUSTOMER_INSTRUCTION"
          + " (5.1: other instructions count only if written by Customer and acknowledged in writing by Segment)");
    }
    return fact;
  }

  // ---------------------------------------------------------------- 5.2

  /**
   * 5.2, the deeming provision {@link Deeming#SOURCES_AND_DESTINATIONS}: whether nothing in the
   * Addendum limits transmission of Customer Data to a Source or Destination, as directed by
   * Customer through the Services.
   *
   * @param target the Source or Destination
   * @return true if Customer directs the transmission
   */
  public static boolean isTransmissionUnlimited(SourceOrDestination target) {
    Args.notNull(target, "Processing", "isTransmissionUnlimited", "target");
    return Deeming.SOURCES_AND_DESTINATIONS.consequenceFollows(target.isDirectedByCustomer());
  }

  /**
   * 5.2, explained form of {@link #isTransmissionUnlimited}; when unlimited, also that Customer is
   * solely responsible for the Source's or Destination's Processing.
   *
   * @param target the Source or Destination
   * @return the decision, citing 5.2
   */
  @Encodes(Deeming.SOURCES_AND_DESTINATIONS)
  public static Decision<Boolean> transmissionUnlimited(SourceOrDestination target) {
    Args.notNull(target, "Processing", "transmissionUnlimited", "target");
    if (!isTransmissionUnlimited(target)) {
      return Decision.of(TRANSMISSION, false, Reason.of(Code.TRANSMISSION_NOT_DIRECTED));
    }
    return Decision.of(TRANSMISSION, true, Reason.of(Code.TRANSMISSION_NOT_LIMITED),
        Reason.of(Code.CUSTOMER_RESPONSIBLE, target.getId()));
  }

  // ---------------------------------------------------------------- A.1.2

  /**
   * A.1.2(b): whether a day is within the duration of the Processing, from Segment's receipt of
   * Customer Personal Data (included) until deletion of all of it (the deletion day included, as
   * erasure is itself Processing, 2.7).
   *
   * @param receipt the day Segment first received Customer Personal Data
   * @param deletion the day all Customer Personal Data was deleted
   * @param date the day asked about
   * @return true if within the duration
   * @throws IllegalArgumentException if deletion is before receipt
   */
  public static boolean isWithinProcessingDuration(LocalDate receipt, LocalDate deletion, LocalDate date) {
    Args.date(receipt, "Processing", "isWithinProcessingDuration", "receipt");
    Args.date(deletion, "Processing", "isWithinProcessingDuration", "deletion");
    Args.date(date, "Processing", "isWithinProcessingDuration", "date");
    checkDuration(receipt, deletion, date);
    return !date.isBefore(receipt) && !date.isAfter(deletion);
  }

  /**
   * A.1.2(b): whether a day is within the duration of the Processing when no deletion of all
   * Customer Personal Data has happened.
   *
   * @param receipt the day Segment first received Customer Personal Data
   * @param date the day asked about
   * @return true if on or after receipt
   */
  public static boolean isWithinProcessingDuration(LocalDate receipt, LocalDate date) {
    Args.date(receipt, "Processing", "isWithinProcessingDuration", "receipt");
    Args.date(date, "Processing", "isWithinProcessingDuration", "date");
    return !date.isBefore(receipt);
  }

  private static void checkDuration(LocalDate receipt, LocalDate deletion, LocalDate date) {
    Objects.requireNonNull(receipt, "Processing.isWithinProcessingDuration: receipt must not be null");
    Objects.requireNonNull(deletion, "Processing.isWithinProcessingDuration: deletion must not be null");
    Objects.requireNonNull(date, "Processing.isWithinProcessingDuration: date must not be null");
    if (deletion.isBefore(receipt)) {
      throw new IllegalArgumentException("Processing.isWithinProcessingDuration: deletion " + deletion
          + " must not be before receipt " + receipt + " (A.1.2(b): the duration runs from receipt until deletion)");
    }
  }

  /**
   * A.1.2(b), explained, with deletion completed.
   *
   * @param receipt the day Segment first received Customer Personal Data
   * @param deletion the day all Customer Personal Data was deleted
   * @param date the day asked about
   * @return the decision, citing A.1.2
   */
  @Decides("A.1.2")
  public static Decision<Boolean> withinProcessingDuration(LocalDate receipt, LocalDate deletion, LocalDate date) {
    Args.date(receipt, "Processing", "withinProcessingDuration", "receipt");
    Args.date(deletion, "Processing", "withinProcessingDuration", "deletion");
    Args.date(date, "Processing", "withinProcessingDuration", "date");
    boolean yes = isWithinProcessingDuration(receipt, deletion, date);
    if (yes) {
      return Decision.of(DURATION, true, Reason.of(Code.WITHIN_DURATION, receipt, date));
    }
    return date.isBefore(receipt)
        ? Decision.of(DURATION, false, Reason.of(Code.BEFORE_RECEIPT, receipt, date))
        : Decision.of(DURATION, false, Reason.of(Code.AFTER_DELETION, deletion, date));
  }

  /**
   * A.1.2(b), explained, before any deletion of all Customer Personal Data.
   *
   * @param receipt the day Segment first received Customer Personal Data
   * @param date the day asked about
   * @return the decision, citing A.1.2
   */
  public static Decision<Boolean> withinProcessingDuration(LocalDate receipt, LocalDate date) {
    Args.date(receipt, "Processing", "withinProcessingDuration", "receipt");
    Args.date(date, "Processing", "withinProcessingDuration", "date");
    boolean yes = isWithinProcessingDuration(receipt, date);
    return Decision.of(DURATION, yes, Reason.of(yes ? Code.WITHIN_DURATION : Code.BEFORE_RECEIPT, receipt, date));
  }

  // ---------------------------------------------------------------- A.1.3

  /**
   * A.1.3: the role Annex A gives a party for a category of data under EU Data Protection Law
   * (from {@link RoleAssignments#segmentDpa()}).
   *
   * @param party the party
   * @param data the category of data
   * @return the role, or empty if Annex A assigns none
   */
  public static Optional<Role> gdprRoleOf(PartyKind party, DataCategory data) {
    Objects.requireNonNull(party, "Processing.gdprRoleOf: party must not be null");
    Objects.requireNonNull(data, "Processing.gdprRoleOf: data must not be null");
    return RoleAssignments.roleOf(party, Regime.GDPR, data).map(RoleAssignment::getRole);
  }

  /**
   * A.1.3, explained.
   *
   * @param party the party
   * @param data the category of data
   * @return the decision, citing A.1.3; its outcome is the role, or empty
   */
  @Decides("A.1.3")
  public static Decision<Optional<Role>> gdprRole(PartyKind party, DataCategory data) {
    Args.notNull(party, "Processing", "gdprRole", "party");
    Args.notNull(data, "Processing", "gdprRole", "data");
    Optional<Role> role = gdprRoleOf(party, data);
    if (role.isEmpty()) {
      return Decision.of(ROLE, role, Reason.of(Code.NO_ROLE_ASSIGNED, party, data.getLabel()));
    }
    Code code = data == DataCategory.USAGE_DATA ? Code.SEGMENT_CONTROLLER_OF_USAGE_DATA
        : party == PartyKind.SEGMENT ? Code.SEGMENT_PROCESSOR : Code.CUSTOMER_CONTROLLER;
    return Decision.of(ROLE, role, Reason.of(code));
  }

  // ---------------------------------------------------------------- A.1.4

  /**
   * A.1.4: what Segment does when EU Data Protection Law may require Processing other than per
   * Customer's instructions; {@link LawConflict#isNoticeDue()} says whether Customer must be told.
   *
   * @param law whether EU Data Protection Law requires otherwise
   * @param notice whether that law prohibits Segment from notifying Customer; read only when it
   *     {@link LawRequirement#REQUIRES_OTHERWISE}, may be null otherwise
   * @return the outcome
   * @throws IllegalArgumentException if the law requires otherwise and {@code notice} is null
   */
  public static LawConflict lawConflictOf(LawRequirement law, @Nullable LegalRequirementNotice notice) {
    return conflict(law, notice, "lawConflictOf");
  }

  private static LawConflict conflict(LawRequirement law, @Nullable LegalRequirementNotice notice, String method) {
    Args.notNull(law, "Processing", method, "law");
    if (law == LawRequirement.DOES_NOT_REQUIRE_OTHERWISE) {
      return LawConflict.FOLLOW_INSTRUCTIONS;
    }
    if (notice == null) {
      throw new IllegalArgumentException("Processing." + method + ": notice must be given when law = REQUIRES_OTHERWISE"
          + " (A.1.4: Segment will notify Customer unless that law prohibits Segment from doing so)");
    }
    return notice == LegalRequirementNotice.PROHIBITED_BY_LAW ? LawConflict.COMPLY_WITH_LAW_WITHOUT_NOTICE
        : LawConflict.COMPLY_WITH_LAW_AND_NOTIFY;
  }

  /**
   * A.1.4, explained; "unless that law prohibits" is its own reason.
   *
   * @param law whether EU Data Protection Law requires otherwise
   * @param notice whether that law prohibits Segment from notifying Customer; read only when it
   *     {@link LawRequirement#REQUIRES_OTHERWISE}, may be null otherwise
   * @return the decision, citing A.1.4
   * @throws IllegalArgumentException if the law requires otherwise and {@code notice} is null
   */
  @Decides("A.1.4")
  public static Decision<LawConflict> lawConflict(LawRequirement law, @Nullable LegalRequirementNotice notice) {
    LawConflict c = conflict(law, notice, "lawConflict");
    switch (c) {
      case FOLLOW_INSTRUCTIONS:
        return Decision.of(LAW_CONFLICT, c, Reason.of(Code.FOLLOW_INSTRUCTIONS));
      case COMPLY_WITH_LAW_AND_NOTIFY:
        return Decision.of(LAW_CONFLICT, c, Reason.of(Code.LAW_REQUIRES_OTHERWISE_NOTIFY));
      default:
        return Decision.of(LAW_CONFLICT, c, Reason.of(Code.LAW_PROHIBITS_NOTICE));
    }
  }
}
