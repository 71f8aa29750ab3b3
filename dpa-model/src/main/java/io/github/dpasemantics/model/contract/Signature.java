package io.github.dpasemantics.model.contract;

import io.github.dpasemantics.model.party.PartyKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party's signature of the Addendum: who signed (Segment or Customer) and on which day, in the
 * contract's zone. The Addendum takes effect "as of the later date of each party's signature"
 * (1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Signature implements WithSignature {

  Signature() {}

  /**
   * A signature by the given party on the given day.
   *
   * @param party who signed: {@link PartyKind#SEGMENT} or {@link PartyKind#CUSTOMER} (1)
   * @param date the day of signature, in the contract's zone
   * @return the signature, with no signatory recorded
   * @throws IllegalStateException if {@code party} is of any other kind
   */
  public static Signature of(PartyKind party, LocalDate date) {
    Objects.requireNonNull(party, "Signature.of: party must not be null");
    Objects.requireNonNull(date, "Signature.of: date must not be null");
    return ImmutableSignature.builder().party(party).date(date).build();
  }

  /**
   * A new builder.
   *
   * <p>Required: party, date; optional: signatory.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Signature}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableSignature.Builder {
    Builder() {}
  }

  /**
   * Who signed: {@link PartyKind#SEGMENT} or {@link PartyKind#CUSTOMER}.
   *
   * @return the kind of the signing party
   */
  public abstract PartyKind getParty();

  /**
   * The day of signature, in the contract's zone.
   *
   * @return the signature day; the later of the two is the Addendum's effective date (1)
   */
  public abstract LocalDate getDate();

  /**
   * The name of the natural person who signed, if recorded.
   *
   * @return the signatory's name, never blank, or empty if not recorded
   */
  public abstract Optional<String> getSignatory();

  /**
   * Checks that only Segment or Customer signs the Addendum (1) and that a signatory name, when
   * present, is not blank.
   *
   * @throws IllegalStateException naming the field, the value and the rule broken
   */
  @Value.Check
  protected void check() {
    if (getParty() != PartyKind.SEGMENT && getParty() != PartyKind.CUSTOMER) {
      throw new IllegalStateException(
          "Signature.party = " + getParty()
              + ": only SEGMENT and CUSTOMER sign the Addendum (1)");
    }
    if (getSignatory().isPresent() && getSignatory().get().isBlank()) {
      throw new IllegalStateException(
          "Signature.signatory = '" + getSignatory().get() + "': must not be blank when present");
    }
  }
}
