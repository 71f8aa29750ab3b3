package io.github.dpasemantics.model.contract;

import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.SourceOrDestination;
import io.github.dpasemantics.model.party.Subprocessor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One contract a monitor runs against: the Customer and Segment, the Agreement and the signed
 * Addendum, the contract's numbers ({@link DpaTerms}) and chosen readings
 * ({@link Interpretations}), the Affiliate relations (2.1), the Subprocessors known (2.10, 6.2),
 * the Sources and Destinations (5.2) and the facts that decide the Annexes (4).
 *
 * <pre>{@code
 * ContractInstance contract = ContractInstance.builder()
 *     .id("acme-2020")
 *     .customer(Party.of("acme", "Acme GmbH", PartyKind.CUSTOMER, CountryCode.of("DE")))
 *     .segment(Party.segment())
 *     .agreement(Agreement.of(LocalDate.of(2020, 1, 1)))
 *     .addendum(Addendum.signed(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 5)))
 *     .annexFacts(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW))
 *     .build();
 * contract.getTerms().equals(DpaTerms.segment());                     // true
 * contract.getInterpretations().equals(Interpretations.defaults());   // true
 * }</pre>
 *
 * <p>Invariants (checked on construction, each message naming the field, the value and the
 * rule): the customer is of kind CUSTOMER and Segment of kind SEGMENT, with different ids; the
 * Addendum does not take effect after the Agreement's expiration date; Subprocessor ids are unique and
 * are neither the Customer's nor Segment's; no Source or Destination is also listed as a
 * Subprocessor (5.2); every Subprocessor is authorised by Segment or an Affiliate of Segment
 * (2.10); a Subprocessor whose kind declares it an Affiliate or a Third Party agrees with the
 * affiliate graph where the graph knows it (2.11).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContractInstance implements WithContractInstance {

  ContractInstance() {}

  /**
   * A new builder; terms default to {@link DpaTerms#segment()}, readings to
   * {@link Interpretations#defaults()}.
   *
   * <p>Required: id, customer, segment, agreement, addendum, annexFacts; optional: terms,
   * interpretations, affiliateGraph, subprocessors, sourcesAndDestinations.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link ContractInstance}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableContractInstance.Builder {
    Builder() {}
  }

  /**
   * The id of this contract instance.
   *
   * @return the id, matching {@link Party#ID_PATTERN}
   */
  @NotBlank(message = "ContractInstance.id = '${validatedValue}': must not be blank")
  @Pattern(
      regexp = Party.ID_PATTERN,
      message = "ContractInstance.id = '${validatedValue}': must start with a letter or digit and"
          + " contain only letters, digits and . _ : -")
  public abstract String getId();

  /**
   * The Customer (1).
   *
   * @return the Customer, of kind {@link io.github.dpasemantics.model.party.PartyKind#CUSTOMER}
   */
  @Valid
  public abstract Party getCustomer();

  /**
   * Segment (1); usually {@link Party#segment()}.
   *
   * @return Segment, of kind {@link io.github.dpasemantics.model.party.PartyKind#SEGMENT}, with an
   *     id different from the Customer's
   */
  @Valid
  public abstract Party getSegment();

  /**
   * The Agreement the Addendum forms part of (1, 3.1).
   *
   * @return the Agreement, with its fixed terms (its end is an event of the timeline)
   */
  @Valid
  public abstract Agreement getAgreement();

  /**
   * The signed Addendum.
   *
   * @return the Addendum, taking effect no later than the Agreement's expiration date (3.1, 3.4)
   */
  @Valid
  public abstract Addendum getAddendum();

  /**
   * The contract's numbers and zone; defaults to the Segment preset.
   *
   * @return the terms, {@link DpaTerms#segment()} unless set
   */
  @Value.Default
  @Valid
  public DpaTerms getTerms() {
    return DpaTerms.segment();
  }

  /**
   * The chosen readings of the open questions; defaults to the library's defaults.
   *
   * @return the readings, {@link Interpretations#defaults()} unless set
   */
  @Value.Default
  public Interpretations getInterpretations() {
    return Interpretations.defaults();
  }

  /**
   * The control relations that decide who is an Affiliate (2.1); empty by default.
   *
   * @return the affiliate graph, {@link AffiliateGraph#empty()} unless set
   */
  @Value.Default
  @Valid
  public AffiliateGraph getAffiliateGraph() {
    return AffiliateGraph.empty();
  }

  /**
   * The Subprocessors known (2.10, 6.2).
   *
   * @return the Subprocessors in the order given, with unique ids, each authorised by Segment or an
   *     Affiliate of Segment (2.10)
   */
  public abstract List<@Valid Subprocessor> getSubprocessors();

  /**
   * The Sources and Destinations Customer directs data to and from (5.2).
   *
   * @return the Sources and Destinations in the order given, with unique ids, none of them a
   *     Subprocessor (5.2)
   */
  public abstract List<@Valid SourceOrDestination> getSourcesAndDestinations();

  /**
   * Whether EU Data Protection Law and the CCPA govern the Processing (4).
   *
   * @return the facts that decide whether Annex A and Annex B apply (4)
   */
  @Valid
  public abstract AnnexFacts getAnnexFacts();

  /**
   * The Subprocessor with the given id, if known.
   *
   * @param id the Subprocessor's party id
   * @return the Subprocessor with that id, or empty if none is listed
   */
  public final Optional<Subprocessor> subprocessor(String id) {
    return getSubprocessors().stream().filter(s -> s.getId().equals(id)).findFirst();
  }

  /**
   * Whether the known Subprocessor with this id is a Third Party Subprocessor (2.11); empty if
   * unknown.
   *
   * @param id the Subprocessor's party id
   * @return {@code true} if it is a Third Party Subprocessor, {@code false} if it is an Affiliate
   *     of Segment (6.1), empty if no listed Subprocessor has that id
   */
  public final Optional<Boolean> isThirdPartySubprocessor(String id) {
    return subprocessor(id)
        .map(s -> s.isThirdPartySubprocessor(getAffiliateGraph(), getSegment().getId()));
  }

  /**
   * The day the Addendum takes effect (1).
   *
   * @return the later of the Addendum's two signature days
   */
  public final LocalDate addendumEffectiveDate() {
    return getAddendum().getEffectiveDate();
  }

  /**
   * Checks the invariants listed in the class comment (1, 2.1, 2.10, 2.11, 3.1, 3.4, 5.2).
   *
   * @throws IllegalStateException naming the field, the value and the rule broken
   */
  @Value.Check
  protected void check() {
    if (getCustomer().getKind() != PartyKind.CUSTOMER) {
      throw new IllegalStateException(
          "ContractInstance.customer.kind = " + getCustomer().getKind() + ": must be CUSTOMER (1)");
    }
    if (getSegment().getKind() != PartyKind.SEGMENT) {
      throw new IllegalStateException(
          "ContractInstance.segment.kind = " + getSegment().getKind() + ": must be SEGMENT (1)");
    }
    String segmentId = getSegment().getId();
    String customerId = getCustomer().getId();
    if (segmentId.equals(customerId)) {
      throw new IllegalStateException(
          "ContractInstance.customer.id = '" + customerId
              + "': must differ from ContractInstance.segment.id (1: two parties)");
    }
    LocalDate effective = getAddendum().getEffectiveDate();
    getAgreement()
        .getExpirationDate()
        .filter(end -> effective.isAfter(end))
        .ifPresent(end -> {
          throw new IllegalStateException(
              "ContractInstance.addendum.effectiveDate = " + effective
                  + ": must not be after the Agreement's expiration date " + end
                  + " (the Addendum forms part of the Agreement, 3.1, 3.4)");
        });
    Set<String> subprocessorIds = new HashSet<>();
    for (Subprocessor s : getSubprocessors()) {
      String id = s.getId();
      if (!subprocessorIds.add(id)) {
        throw new IllegalStateException(
            "ContractInstance.subprocessors: id '" + id + "' appears more than once");
      }
      if (id.equals(segmentId) || id.equals(customerId)) {
        throw new IllegalStateException(
            "ContractInstance.subprocessors: id '" + id
                + "' is Segment or the Customer; a Subprocessor is a third party (2.10)");
      }
    }
    Set<String> sourceIds = new HashSet<>();
    for (SourceOrDestination sd : getSourcesAndDestinations()) {
      if (!sourceIds.add(sd.getId())) {
        throw new IllegalStateException(
            "ContractInstance.sourcesAndDestinations: id '" + sd.getId() + "' appears more than once");
      }
      if (subprocessorIds.contains(sd.getId())) {
        throw new IllegalStateException(
            "ContractInstance.sourcesAndDestinations: '" + sd.getId()
                + "' is also listed as a Subprocessor; Sources and Destinations are not"
                + " Subprocessors of Segment (5.2)");
      }
    }
    AffiliateGraph graph = getAffiliateGraph();
    for (Subprocessor s : getSubprocessors()) {
      String by = s.getAuthorisedBy();
      boolean byAffiliate =
          graph.areAffiliates(segmentId, by)
              || subprocessor(by).map(a -> a.isAffiliateOfSegment(graph, segmentId)).orElse(false);
      if (!by.equals(segmentId) && !byAffiliate) {
        throw new IllegalStateException(
            "ContractInstance.subprocessors['" + s.getId() + "'].authorisedBy = '" + by
                + "': must be Segment ('" + segmentId + "') or an Affiliate of Segment (2.10)");
      }
      Optional<Boolean> declared = s.declaredAffiliateOfSegment();
      if (declared.isPresent() && graph.knows(segmentId) && graph.knows(s.getId())) {
        boolean inGraph = graph.areAffiliates(segmentId, s.getId());
        if (inGraph != declared.get()) {
          throw new IllegalStateException(
              "ContractInstance.subprocessors['" + s.getId() + "'].party.kind = "
                  + s.getParty().getKind() + ": contradicts the affiliate graph, which says '"
                  + s.getId() + "' is " + (inGraph ? "" : "not ") + "an Affiliate of Segment"
                  + " (2.1, 2.11)");
        }
      }
    }
  }
}
