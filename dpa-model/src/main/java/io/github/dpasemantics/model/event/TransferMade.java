package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer Personal Data was transferred from one country to another (A.4.1, A.4.3): the facts that decide whether the Standard Contractual Clauses govern it. The actor is the exporter (by default Customer, A.4.3.1).
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}, {@link PartyKind#CUSTOMER}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code A.4.1}, {@code A.4.2}, {@code A.4.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class TransferMade implements DpaEvent, WithTransferMade
    permits ImmutableTransferMade {

  TransferMade() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, transferId, exporterCountry, destinationCountry; optional: note, actor,
   * importerDpfCertified, alternativeBasis.
   *
   * @return a builder for {@code TransferMade}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link TransferMade}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableTransferMade.Builder {
    Builder() {}
  }

  /**
   * Returns who performed the event; defaults to {@link PartyKind#CUSTOMER}.
   *
   * @return the actor
   */
  @Override
  @Value.Default
  public PartyKind getActor() {
    return PartyKind.CUSTOMER;
  }

  /**
   * Returns the id of the transfer (or of the recurring transfer arrangement).
   *
   * @return the transfer id
   */
  @NotBlank(message = "TransferMade.transferId = '${validatedValue}': must not be blank")
  public abstract String getTransferId();

  /**
   * Returns the country where the exporter is established (A.4.3: "established in the EU").
   *
   * @return the exporter country
   */
  public abstract CountryCode getExporterCountry();

  /**
   * Returns the country the data is transferred to (A.4.3: "a country not deemed ... to have adequate data protection").
   *
   * @return the destination country
   */
  public abstract CountryCode getDestinationCountry();

  /**
   * Returns whether the importer is certified under the EU-U.S. Data Privacy Framework on the day of the transfer; defaults to false.
   *
   * @return true if so
   */
  @Value.Default
  public boolean isImporterDpfCertified() {
    return false;
  }

  /**
   * Returns whether another lawful basis under Chapter V of the GDPR applies to the transfer (A.4.3, A.4.3.8), such as binding corporate rules or a derogation; defaults to false.
   *
   * @return true if so
   */
  @Value.Default
  public boolean isAlternativeBasis() {
    return false;
  }

  @Override
  public final EventType getType() {
    return EventType.TRANSFER_MADE;
  }

  @Override
  public final Matter getMatter() {
    return Matter.TRANSFER;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getTransferId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitTransferMade(this);
  }

  /** Checks the invariants that make this event meaningful; fails fast on construction. */
  @Value.Check
  protected void check() {
    if (getExporterCountry().equals(getDestinationCountry())) {
      throw new IllegalStateException(
          "TransferMade.destinationCountry = " + getDestinationCountry() + ": must differ from exporterCountry " + getExporterCountry() + " (a transfer moves data from one country to another, A.4.3)");
    }
  }
}
