package io.github.dpasemantics.policy;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.norm.Deeming;
import io.github.dpasemantics.model.party.Role;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Annex B, the California Annex (it applies only to Processing governed by the CCPA, 4).
 *
 * <p>B.1 takes "business", "commercial purpose", "service provider", "sell" and "personal
 * information" from the CCPA. B.2: for Customer Personal Data Segment is a service provider. B.3:
 * Segment will not (a) sell Customer Personal Data; (b) retain, use or disclose it for any purpose
 * other than the specific purpose of providing the Services, including for a commercial purpose
 * other than providing the Services; or (c) retain, use or disclose it outside the direct business
 * relationship between Segment and Customer. B.4: Processing authorized by Customer's
 * instructions in Section 5 is integral to and encompassed by the Services and the direct
 * business relationship. B.5: Segment's access to Customer Personal Data is not part of the
 * consideration. B.6: for Usage Data that is Personal Data, Segment is the business.
 *
 * <p>The CCPA of 2.2 is the Act "as amended from time to time". From 1 January 2023 the CPRA
 * added service-provider contract terms that this 2020-era Annex lacks; {@link #cpraGap} decides
 * Annex B as written and reports that gap as a finding, dated from a {@link LegalFacts} table.
 */
@NotDecidable(clause = "B", reason = "the heading of Annex B; when it applies is decided under 4 (Scope)")
@NotDecidable(clause = "B.1", reason = "imports the CCPA meanings of five terms; nothing to decide")
public final class California {
  private static final String ROLE = "California.ccpaRole";
  private static final String USE = "California.ccpaUseAllowed";
  private static final String INTEGRAL = "California.integralToServices";
  private static final String CONSIDERATION = "California.accessPartOfConsideration";
  private static final String CPRA = "California.cpraGap";

  private California() {}

  /** Reason codes of Annex B. */
  public enum Code implements ReasonCode {
    /** B.2: service provider. */
    SERVICE_PROVIDER("B.2", "with respect to Customer Personal Data, Segment is a service provider under the CCPA"),
    /** B.6: business for Usage Data. */
    BUSINESS_FOR_USAGE_DATA("B.6", "to the extent Usage Data is considered Personal Data, Segment is the business with respect to such data and shall Process it in accordance with its Privacy Policy"),
    /** B.6: Usage Data that is not personal. */
    USAGE_DATA_NOT_PERSONAL("B.6", "Usage Data that is not Personal Data gets no CCPA role under B.6"),
    /** B.2: no role for this data. */
    NO_ROLE("B.2", "Annex B gives Segment no CCPA role for {0} (B.2 speaks of Customer Personal Data, B.6 of Usage Data)"),

    /** B.3(a): no selling. */
    SELLING_PROHIBITED("B.3", "Segment will not sell Customer Personal Data (B.3(a))"),
    /** B.3(b): no other purpose. */
    OTHER_PURPOSE_PROHIBITED("B.3", "Segment will not retain, use or disclose Customer Personal Data for any purpose other than the specific purpose of providing the Services (B.3(b)); {0} for {1} is such a purpose"),
    /** B.3(b): no other commercial purpose. */
    OTHER_COMMERCIAL_PURPOSE_PROHIBITED("B.3", "Segment will not retain, use or disclose Customer Personal Data for a commercial purpose other than providing the Services (B.3(b)); {0} for {1} is such a purpose"),
    /** B.3(c): nothing outside the direct business relationship. */
    OUTSIDE_RELATIONSHIP_PROHIBITED("B.3", "Segment will not retain, use or disclose Customer Personal Data outside of the direct business relationship between Segment and Customer (B.3(c))"),
    /** B.3: within the Services and the relationship. */
    FOR_THE_SERVICES("B.3", "{0} of Customer Personal Data for the specific purpose of providing the Services, within the direct business relationship between Segment and Customer, is not prohibited"),
    /** B.4: instructed Processing is integral. */
    INSTRUCTED_PROCESSING_INTEGRAL("B.4", "the Processing of Customer Personal Data authorized by Customer's instructions in Section 5 is integral to and encompassed by Segment's provision of the Services and the direct business relationship between the parties"),
    /** B.4: not instructed. */
    NOT_INSTRUCTED("B.4", "the Processing is not authorized by Customer's instructions in Section 5, so B.4 does not acknowledge it as integral to the Services; it must stand on its own purpose"),

    /** B.5: access is not consideration. */
    ACCESS_NOT_CONSIDERATION("B.5", "Segment's access to Customer Personal Data does not constitute part of the consideration exchanged by the parties in respect of the Agreement"),
    /** B.5: notwithstanding the Agreement or an Order Form. */
    NOTWITHSTANDING_AGREEMENT("B.5", "this holds notwithstanding anything in the Agreement or any Order Form entered in connection therewith"),

    /** CPRA not yet operative. */
    CPRA_NOT_OPERATIVE("B.3", "on {0} the CPRA amendments to the CCPA were not yet operative ({1}); Annex B is complete as written"),
    /** CPRA gap: sharing. */
    CPRA_GAP_SHARING("B.3", "finding: since the CPRA ({0}) a service provider contract must also prohibit \"sharing\" personal information (cross-context behavioral advertising); B.3(a) prohibits only selling"),
    /** CPRA gap: combining. */
    CPRA_GAP_COMBINING("B.3", "finding: since the CPRA ({0}) a service provider contract must prohibit combining the personal information received with personal information from other sources, save as the regulations permit; Annex B is silent"),
    /** CPRA gap: specified business purposes. */
    CPRA_GAP_SPECIFIED_PURPOSES("B.3", "finding: since the CPRA ({0}) the contract must specify the limited business purposes of the processing; B.3(b) refers generally to providing the Services"),
    /** CPRA gap: §1798.100(d) undertakings. */
    CPRA_GAP_100D("B.2", "finding: since the CPRA ({0}) the contract must contain the Cal. Civ. Code §1798.100(d) undertakings: comply with the CCPA and give the same level of privacy protection, let the business take reasonable steps to ensure compliant use and to stop and remediate unauthorized use, and notify it if the service provider can no longer meet its obligations; Annex B lacks them"),
    /** CPRA: decided as written. */
    DECIDED_AS_WRITTEN("B.3", "Annex B is decided as written; the gap is reported, not filled");

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

  /** What Segment does with Customer Personal Data (B.3 names each act). */
  public enum Act {
    /** Selling (CCPA meaning, B.1). */
    SELL,
    /** Retaining. */
    RETAIN,
    /** Using. */
    USE,
    /** Disclosing. */
    DISCLOSE
  }

  /**
   * Why Segment does it (B.3(b), B.4). The constants carry the names of
   * {@link Processing.Purpose} for the purposes both name (providing the Services and Customer's
   * Section 5 instructions, 5.1); B.3(b) adds the commercial purpose other than the Services.
   */
  public enum Purpose {
    /** The specific purpose of providing the Services (B.3(b); {@link Processing.Purpose#PROVIDE_SERVICES}, 5.1). */
    PROVIDE_SERVICES,
    /**
     * Processing authorized by Customer's instructions in Section 5: integral to the Services and
     * the relationship (B.4; {@link Processing.Purpose#CUSTOMER_INSTRUCTION}, 5.1).
     */
    CUSTOMER_INSTRUCTION,
    /** A commercial purpose (CCPA meaning, B.1) other than providing the Services (B.3(b)). */
    OTHER_COMMERCIAL_PURPOSE,
    /** Any other purpose (B.3(b); {@link Processing.Purpose#OTHER}). */
    OTHER
  }

  // ------------------------------------------------------------------------------------------
  // B.2, B.6

  /**
   * B.2, B.6: Segment's CCPA role for a category of data: service provider for Customer Personal
   * Data; business for Usage Data that is personal information; none for other data.
   *
   * @param category the data category
   * @param personalInformation whether the data is personal information (Personal Data); Customer
   *     Personal Data is by definition
   * @return the role, or empty
   */
  public static Optional<Role> ccpaRoleOf(DataCategory category, boolean personalInformation) {
    Objects.requireNonNull(category, "California.ccpaRoleOf: category must not be null");
    if (category == DataCategory.CUSTOMER_PERSONAL_DATA) {
      return Optional.of(Role.SERVICE_PROVIDER);
    }
    if (category == DataCategory.USAGE_DATA && personalInformation) {
      return Optional.of(Role.BUSINESS);
    }
    return Optional.empty();
  }

  /**
   * B.2, B.6, explained.
   *
   * @param category the data category
   * @param personalInformation whether the data is personal information
   * @return the decision, outcome the role or empty
   */
  @Decides({"B.2", "B.6"})
  public static Decision<Optional<Role>> ccpaRole(DataCategory category, boolean personalInformation) {
    Args.notNull(category, "California", "ccpaRole", "category");
    Optional<Role> role = ccpaRoleOf(category, personalInformation);
    Reason why = category == DataCategory.CUSTOMER_PERSONAL_DATA ? Reason.of(Code.SERVICE_PROVIDER)
        : category != DataCategory.USAGE_DATA ? Reason.of(Code.NO_ROLE, category.getLabel())
        : personalInformation ? Reason.of(Code.BUSINESS_FOR_USAGE_DATA) : Reason.of(Code.USAGE_DATA_NOT_PERSONAL);
    return Decision.of(ROLE, role, why);
  }

  // ------------------------------------------------------------------------------------------
  // B.3, B.4

  /**
   * B.3: tells whether an act on Customer Personal Data is allowed: never selling; retaining,
   * using or disclosing only for the specific purpose of providing the Services (Processing on
   * Customer's Section 5 instructions counts, B.4) and only within the direct business
   * relationship between Segment and Customer (which instructed Processing is, B.4).
   *
   * @param act the act
   * @param purpose why
   * @param withinDirectBusinessRelationship whether the act stays within the direct business
   *     relationship between Segment and Customer
   * @return true if not prohibited
   */
  public static boolean isCcpaUseAllowed(Act act, Purpose purpose, boolean withinDirectBusinessRelationship) {
    Objects.requireNonNull(act, "California.isCcpaUseAllowed: act must not be null");
    Objects.requireNonNull(purpose, "California.isCcpaUseAllowed: purpose must not be null");
    return act != Act.SELL && forTheServices(purpose) && withinRelationship(purpose, withinDirectBusinessRelationship);
  }

  private static boolean forTheServices(Purpose purpose) {
    return purpose == Purpose.PROVIDE_SERVICES || purpose == Purpose.CUSTOMER_INSTRUCTION;
  }

  private static boolean withinRelationship(Purpose purpose, boolean within) {
    return within || purpose == Purpose.CUSTOMER_INSTRUCTION;
  }

  /**
   * B.3, explained: each prohibition that the act breaks is its own reason (B.3(a), B.3(b) other
   * purpose, B.3(b) other commercial purpose, B.3(c)); instructed Processing cites B.4.
   *
   * @param act the act
   * @param purpose why
   * @param withinDirectBusinessRelationship whether the act stays within the direct business
   *     relationship
   * @return the decision
   */
  @Decides({"B.3", "B.4"})
  public static Decision<Boolean> ccpaUseAllowed(Act act, Purpose purpose, boolean withinDirectBusinessRelationship) {
    Args.notNull(act, "California", "ccpaUseAllowed", "act");
    Args.notNull(purpose, "California", "ccpaUseAllowed", "purpose");
    boolean allowed = isCcpaUseAllowed(act, purpose, withinDirectBusinessRelationship);
    Decision.Builder<Boolean> d = Decision.builder(USE, allowed);
    if (act == Act.SELL) {
      d.reason(Code.SELLING_PROHIBITED);
    }
    if (purpose == Purpose.OTHER_COMMERCIAL_PURPOSE) {
      d.reason(Code.OTHER_COMMERCIAL_PURPOSE_PROHIBITED, act, purpose);
    } else if (purpose == Purpose.OTHER) {
      d.reason(Code.OTHER_PURPOSE_PROHIBITED, act, purpose);
    }
    if (!withinRelationship(purpose, withinDirectBusinessRelationship)) {
      d.reason(Code.OUTSIDE_RELATIONSHIP_PROHIBITED);
    }
    if (purpose == Purpose.CUSTOMER_INSTRUCTION) {
      d.reason(Code.INSTRUCTED_PROCESSING_INTEGRAL);
    }
    if (allowed) {
      d.reason(Code.FOR_THE_SERVICES, act);
    }
    return d.build();
  }

  /**
   * B.4: whether the Processing is integral to and encompassed by Segment's provision of the
   * Services and the direct business relationship: yes if Customer's Section 5 instructions
   * authorize it.
   *
   * @param authorizedBySection5Instructions whether Customer's Section 5 instructions authorize it
   * @return true if integral
   */
  public static boolean isIntegralToServices(boolean authorizedBySection5Instructions) {
    return Deeming.INTEGRAL_TO_SERVICES.consequenceFollows(authorizedBySection5Instructions);
  }

  /**
   * B.4, explained.
   *
   * @param authorizedBySection5Instructions whether Customer's Section 5 instructions authorize it
   * @return the decision
   */
  @Encodes(Deeming.INTEGRAL_TO_SERVICES)
  public static Decision<Boolean> integralToServices(boolean authorizedBySection5Instructions) {
    boolean integral = isIntegralToServices(authorizedBySection5Instructions);
    return Decision.of(INTEGRAL, integral, Reason.of(integral ? Code.INSTRUCTED_PROCESSING_INTEGRAL : Code.NOT_INSTRUCTED));
  }

  // ------------------------------------------------------------------------------------------
  // B.5

  /**
   * B.5: whether Segment's access to Customer Personal Data is part of the consideration
   * exchanged in respect of the Agreement: never, "notwithstanding anything in the Agreement or any
   * Order Form".
   *
   * @param agreementOrOrderFormSaysOtherwise whether the Agreement or an Order Form says otherwise
   * @return false
   */
  public static boolean isAccessPartOfConsideration(boolean agreementOrOrderFormSaysOtherwise) {
    return !Deeming.ACCESS_NOT_CONSIDERATION.consequenceFollows(true);
  }

  /**
   * B.5, explained; where the Agreement or an Order Form says otherwise, the "notwithstanding"
   * is its own reason.
   *
   * @param agreementOrOrderFormSaysOtherwise whether the Agreement or an Order Form says otherwise
   * @return the decision, outcome false
   */
  @Encodes(Deeming.ACCESS_NOT_CONSIDERATION)
  public static Decision<Boolean> accessPartOfConsideration(boolean agreementOrOrderFormSaysOtherwise) {
    Decision.Builder<Boolean> d = Decision.builder(CONSIDERATION, isAccessPartOfConsideration(agreementOrOrderFormSaysOtherwise))
        .reason(Code.ACCESS_NOT_CONSIDERATION);
    if (agreementOrOrderFormSaysOtherwise) {
      d.reason(Code.NOTWITHSTANDING_AGREEMENT);
    }
    return d.build();
  }

  // ------------------------------------------------------------------------------------------
  // CPRA gap

  /**
   * Tells whether, on the day, the CPRA's service-provider contract terms apply that Annex B
   * lacks (no "sharing", no combining, specified business purposes, the §1798.100(d)
   * undertakings): true from the CPRA's operative date in the table (2023-01-01).
   *
   * @param asOf the day
   * @param facts the table of legal facts
   * @return true if the gap exists on that day
   */
  public static boolean isCpraGap(LocalDate asOf, LegalFacts facts) {
    Args.date(asOf, "California", "isCpraGap", "asOf");
    Args.notNull(facts, "California", "isCpraGap", "facts");
    return facts.isCpraOperative(asOf);
  }

  /**
   * The CPRA gap as of a day, from the built-in table {@link LegalFacts#current()}.
   *
   * @param asOf the day
   * @return true if the gap exists on that day, as {@link #isCpraGap(LocalDate, LegalFacts)}
   */
  public static boolean isCpraGap(LocalDate asOf) {
    return isCpraGap(asOf, LegalFacts.current());
  }

  /**
   * The CPRA gap as of a day, from the built-in table {@link LegalFacts#current()}.
   *
   * @param asOf the day
   * @return the decision, as {@link #cpraGap(LocalDate, LegalFacts)}
   */
  public static Decision<Boolean> cpraGap(LocalDate asOf) {
    return cpraGap(asOf, LegalFacts.current());
  }

  /**
   * The CPRA gap, explained: each missing term is its own finding, citing the CPRA fact of the
   * table; Annex B itself is decided as written.
   *
   * @param asOf the day
   * @param facts the table of legal facts
   * @return the decision, outcome true if the gap exists
   */
  @Decides({"B.2", "B.3"})
  public static Decision<Boolean> cpraGap(LocalDate asOf, LegalFacts facts) {
    Args.date(asOf, "California", "cpraGap", "asOf");
    Args.notNull(facts, "California", "cpraGap", "facts");
    boolean gap = isCpraGap(asOf, facts);
    Object cpra = facts.find(LegalFacts.CPRA_OPERATIVE).map(Object.class::cast)
        .orElse("no CPRA fact in the table");
    Decision.Builder<Boolean> d = Decision.builder(CPRA, gap);
    if (gap) {
      d.reason(Code.CPRA_GAP_SHARING, cpra).reason(Code.CPRA_GAP_COMBINING, cpra)
          .reason(Code.CPRA_GAP_SPECIFIED_PURPOSES, cpra).reason(Code.CPRA_GAP_100D, cpra);
    } else {
      d.reason(Code.CPRA_NOT_OPERATIVE, asOf, cpra);
    }
    return d.reason(Code.DECIDED_AS_WRITTEN).build();
  }
}
