package io.github.dpasemantics.model.contract;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The Data Protection Addendum as signed: both signatures, the version of the text, the Annexes
 * it contains and its precedence over the Agreement (3.1).
 *
 * <p>"This Data Protection Addendum ... is entered into by and between Segment ... and Customer
 * effective as of the later date of each party's signature below" (1): the
 * {@linkplain #getEffectiveDate() effective date} is the later of the two signature days.
 *
 * <pre>{@code
 * Addendum dpa = Addendum.signed(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 5));
 * dpa.getEffectiveDate();   // 2020-03-05
 * }</pre>
 *
 * <p>Invariant: exactly one signature by {@link PartyKind#SEGMENT} and exactly one by
 * {@link PartyKind#CUSTOMER}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Addendum implements WithAddendum {

  /** The version label of the seed text. */
  public static final String SEGMENT_DPA_VERSION = "segment-dpa-2020";

  Addendum() {}

  /**
   * The seed Addendum with both Annexes, signed by Segment and Customer on the given days.
   *
   * @param segmentSigned the day Segment signed, in the contract's zone (1)
   * @param customerSigned the day Customer signed, in the contract's zone (1)
   * @return an Addendum containing Annex A and Annex B, effective on the later of the two days (1)
   */
  public static Addendum signed(LocalDate segmentSigned, LocalDate customerSigned) {
    Objects.requireNonNull(segmentSigned, "Addendum.signed: segmentSigned must not be null");
    Objects.requireNonNull(customerSigned, "Addendum.signed: customerSigned must not be null");
    return builder()
        .addSignature(Signature.of(PartyKind.SEGMENT, segmentSigned))
        .addSignature(Signature.of(PartyKind.CUSTOMER, customerSigned))
        .addAnnexes(Annex.EU_ANNEX, Annex.CALIFORNIA_ANNEX)
        .build();
  }

  /**
   * A new builder.
   *
   * <p>Required: none; optional: signatures, version, annexes, precedence.
   *
   * @return a new builder with no signatures and no Annexes; the version defaults to
   *     {@link #SEGMENT_DPA_VERSION} and the precedence to
   *     {@link Precedence#ADDENDUM_GOVERNS_ON_CONFLICT}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Addendum}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAddendum.Builder {
    Builder() {}
  }

  /**
   * The two signatures, one by each party (1).
   *
   * @return the signatures in the order given, exactly one by
   *     {@link io.github.dpasemantics.model.party.PartyKind#SEGMENT} and one by
   *     {@link io.github.dpasemantics.model.party.PartyKind#CUSTOMER}
   */
  public abstract List<@Valid Signature> getSignatures();

  /**
   * The version of the text signed; defaults to {@link #SEGMENT_DPA_VERSION}.
   *
   * @return the version label, never blank
   */
  @Value.Default
  @NotBlank(message = "Addendum.version = '${validatedValue}': must not be blank")
  public String getVersion() {
    return SEGMENT_DPA_VERSION;
  }

  /**
   * The Annexes the Addendum contains (whether each applies is decided under 4).
   *
   * @return the Annexes contained; the seed text contains both {@link Annex#EU_ANNEX} and
   *     {@link Annex#CALIFORNIA_ANNEX}
   */
  public abstract Set<Annex> getAnnexes();

  /**
   * Which document governs on conflict; the seed says the Addendum (3.1).
   *
   * @return the precedence rule, {@link Precedence#ADDENDUM_GOVERNS_ON_CONFLICT} unless set
   *     otherwise (3.1)
   */
  @Value.Default
  public Precedence getPrecedence() {
    return Precedence.ADDENDUM_GOVERNS_ON_CONFLICT;
  }

  /**
   * The day the Addendum takes effect: the later of the two signature days (1).
   *
   * @return the later of the two signature days, in the contract's zone
   */
  public final LocalDate getEffectiveDate() {
    LocalDate later = getSignatures().get(0).getDate();
    for (Signature s : getSignatures()) {
      if (s.getDate().isAfter(later)) {
        later = s.getDate();
      }
    }
    return later;
  }

  /**
   * The signature of the given party, if it signed.
   *
   * @param party the party whose signature is wanted; only {@link PartyKind#SEGMENT} and
   *     {@link PartyKind#CUSTOMER} sign (1)
   * @return that party's signature, or empty for a party that does not sign
   */
  public final Optional<Signature> signatureOf(PartyKind party) {
    return getSignatures().stream().filter(s -> s.getParty() == party).findFirst();
  }

  /**
   * Whether the Addendum contains the given Annex.
   *
   * @param annex the Annex looked for
   * @return {@code true} if the Addendum contains it; whether it applies to the Processing is
   *     decided separately under 4
   */
  public final boolean contains(Annex annex) {
    return getAnnexes().contains(annex);
  }

  /**
   * Checks that the Addendum holds exactly one signature by Segment and exactly one by Customer
   * (1).
   *
   * @throws IllegalStateException naming the signatures held and the party whose count is not one
   */
  @Value.Check
  protected void check() {
    for (PartyKind party : EnumSet.of(PartyKind.SEGMENT, PartyKind.CUSTOMER)) {
      long count = getSignatures().stream().filter(s -> s.getParty() == party).count();
      if (count != 1) {
        throw new IllegalStateException(
            "Addendum.signatures = " + describe(getSignatures()) + ": must hold exactly one"
                + " signature by " + party + " but holds " + count + " (1)");
      }
    }
  }

  private static String describe(List<Signature> signatures) {
    StringBuilder sb = new StringBuilder("[");
    for (Signature s : signatures) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(s.getParty()).append(' ').append(s.getDate());
    }
    return sb.append(']').toString();
  }
}
