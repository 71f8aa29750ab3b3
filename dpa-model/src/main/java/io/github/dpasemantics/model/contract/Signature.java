package io.github.dpasemantics.model.contract;

import io.github.dpasemantics.model.party.PartyKind;
import java.time.LocalDate;
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
public abstract class Signature {

  Signature() {}

  /** A signature by the given party on the given day. */
  public static Signature of(PartyKind party, LocalDate date) {
    return ImmutableSignature.builder().party(party).date(date).build();
  }

  /** A new builder. */
  public static ImmutableSignature.Builder builder() {
    return ImmutableSignature.builder();
  }

  /** Who signed: {@link PartyKind#SEGMENT} or {@link PartyKind#CUSTOMER}. */
  public abstract PartyKind getParty();

  /** The day of signature, in the contract's zone. */
  public abstract LocalDate getDate();

  /** The name of the natural person who signed, if recorded. */
  public abstract Optional<String> getSignatory();

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
