package io.github.dpasemantics.model.party;

import io.github.dpasemantics.model.data.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Subprocessor: "any third party authorized by Segment or its Affiliates to Process any
 * Customer Personal Data" (2.10), with its functions and locations as listed on the
 * Subprocessor Page (6.2).
 *
 * <p>Whether it is an Affiliate of Segment or a Third Party Subprocessor (2.11) is either
 * declared by its party kind ({@link PartyKind#SEGMENT_AFFILIATE} or
 * {@link PartyKind#THIRD_PARTY_SUBPROCESSOR}) or, for kind {@link PartyKind#SUBPROCESSOR}, left to
 * the {@link AffiliateGraph}: see {@link #isAffiliateOfSegment(AffiliateGraph, String)}. A Source
 * or Destination can never be a Subprocessor (5.2), nor can Segment or the Customer.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Subprocessor implements WithSubprocessor {

  /** The party kinds a Subprocessor may have. */
  public static final Set<PartyKind> ALLOWED_KINDS =
      Collections.unmodifiableSet(
          EnumSet.of(
              PartyKind.SUBPROCESSOR,
              PartyKind.THIRD_PARTY_SUBPROCESSOR,
              PartyKind.SEGMENT_AFFILIATE));

  Subprocessor() {}

  /**
   * A Subprocessor authorised by Segment, with no functions or locations recorded.
   *
   * @param party the Subprocessor as a party, of a kind in {@link #ALLOWED_KINDS}
   * @return a Subprocessor authorised by {@link Party#SEGMENT_ID}
   * @throws IllegalStateException if the party's kind is not allowed
   */
  public static Subprocessor of(Party party) {
    Objects.requireNonNull(party, "Subprocessor.of: party must not be null");
    return builder().party(party).build();
  }

  /**
   * A new builder.
   *
   * <p>Required: party; optional: authorisedBy, functions, locations.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Subprocessor}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableSubprocessor.Builder {
    Builder() {}
  }

  /**
   * The Subprocessor as a party.
   *
   * @return the party, of a kind in {@link #ALLOWED_KINDS}
   */
  @Valid
  public abstract Party getParty();

  /**
   * The id of the entity that authorised it: Segment or one of its Affiliates (2.10). Defaults
   * to {@link Party#SEGMENT_ID}.
   *
   * @return the authorising entity's id, never the Subprocessor's own
   */
  @Value.Default
  @NotBlank(message = "Subprocessor.authorisedBy = '${validatedValue}': must not be blank")
  public String getAuthorisedBy() {
    return Party.SEGMENT_ID;
  }

  /**
   * Its functions, as on the Subprocessor Page (6.2), e.g. "cloud hosting".
   *
   * @return the functions in the order listed, none blank
   */
  public abstract List<String> getFunctions();

  /**
   * The countries where it processes, as on the Subprocessor Page (6.2).
   *
   * @return the countries in the order listed
   */
  public abstract List<CountryCode> getLocations();

  /**
   * The Subprocessor's id (its party's id).
   *
   * @return the party id
   */
  public final String getId() {
    return getParty().getId();
  }

  /**
   * Whether the party kind declares the Subprocessor an Affiliate of Segment (true), a Third
   * Party Subprocessor (false), or leaves it to the affiliate graph (empty).
   *
   * @return {@code true} for {@link PartyKind#SEGMENT_AFFILIATE}, {@code false} for
   *     {@link PartyKind#THIRD_PARTY_SUBPROCESSOR}, empty for {@link PartyKind#SUBPROCESSOR}
   */
  public final Optional<Boolean> declaredAffiliateOfSegment() {
    switch (getParty().getKind()) {
      case SEGMENT_AFFILIATE:
        return Optional.of(true);
      case THIRD_PARTY_SUBPROCESSOR:
        return Optional.of(false);
      default:
        return Optional.empty();
    }
  }

  /**
   * Whether it is an Affiliate of Segment (6.1) rather than a Third Party Subprocessor (2.11): the
   * declared kind if there is one, otherwise the affiliate graph's answer for {@code segmentId}.
   *
   * @param graph the control relations that decide Affiliate status (2.1) when the party kind does
   *     not
   * @param segmentId Segment's party id, as known to {@code graph}
   * @return {@code true} if it is an Affiliate of Segment
   */
  public final boolean isAffiliateOfSegment(AffiliateGraph graph, String segmentId) {
    return declaredAffiliateOfSegment().orElseGet(() -> graph.areAffiliates(segmentId, getId()));
  }

  /**
   * Whether it is a Third Party Subprocessor (2.11): the negation of {@link #isAffiliateOfSegment}.
   *
   * @param graph the control relations that decide Affiliate status (2.1) when the party kind does
   *     not
   * @param segmentId Segment's party id, as known to {@code graph}
   * @return {@code true} if it is a Third Party Subprocessor
   */
  public final boolean isThirdPartySubprocessor(AffiliateGraph graph, String segmentId) {
    return !isAffiliateOfSegment(graph, segmentId);
  }

  /**
   * Checks that the party kind is allowed (never a Source or Destination, 5.2), that the
   * Subprocessor is not authorised by itself (2.10) and that no function is blank (6.2).
   *
   * @throws IllegalStateException naming the field, the value and the rule broken
   */
  @Value.Check
  protected void check() {
    PartyKind kind = getParty().getKind();
    if (kind == PartyKind.SOURCE_OR_DESTINATION) {
      throw new IllegalStateException(
          "Subprocessor.party.kind = SOURCE_OR_DESTINATION for '" + getId()
              + "': Sources and Destinations are not Subprocessors of Segment (5.2)");
    }
    if (!ALLOWED_KINDS.contains(kind)) {
      throw new IllegalStateException(
          "Subprocessor.party.kind = " + kind + " for '" + getId()
              + "': must be one of " + ALLOWED_KINDS + " (a Subprocessor is a third party, 2.10)");
    }
    if (getAuthorisedBy().equals(getId())) {
      throw new IllegalStateException(
          "Subprocessor.authorisedBy = '" + getAuthorisedBy()
              + "': a Subprocessor is authorised by Segment or its Affiliates, not by itself (2.10)");
    }
    for (String function : getFunctions()) {
      if (function.isBlank()) {
        throw new IllegalStateException(
            "Subprocessor.functions = " + getFunctions() + " for '" + getId()
                + "': a function must not be blank (6.2)");
      }
    }
  }
}
