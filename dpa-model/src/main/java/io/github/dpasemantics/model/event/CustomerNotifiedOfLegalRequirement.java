package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment notified Customer that EU Data Protection Law requires it to Process otherwise than on Customer's instructions (A.1.4).
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code A.1.4}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class CustomerNotifiedOfLegalRequirement implements DpaEvent, WithCustomerNotifiedOfLegalRequirement
    permits ImmutableCustomerNotifiedOfLegalRequirement {

  CustomerNotifiedOfLegalRequirement() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, requirementId; optional: note, actor.
   *
   * @return a builder for {@code CustomerNotifiedOfLegalRequirement}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link CustomerNotifiedOfLegalRequirement}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableCustomerNotifiedOfLegalRequirement.Builder {
    Builder() {}
  }

  /**
   * Returns who performed the event; defaults to {@link PartyKind#SEGMENT}.
   *
   * @return the actor
   */
  @Override
  @Value.Default
  public PartyKind getActor() {
    return PartyKind.SEGMENT;
  }

  /**
   * Returns the id of the legal requirement notified.
   *
   * @return the requirement id
   */
  @NotBlank(message = "CustomerNotifiedOfLegalRequirement.requirementId = '${validatedValue}': must not be blank")
  public abstract String getRequirementId();

  @Override
  public final EventType getType() {
    return EventType.CUSTOMER_NOTIFIED_OF_LEGAL_REQUIREMENT;
  }

  @Override
  public final Matter getMatter() {
    return Matter.LEGAL_REQUIREMENT;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getRequirementId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitCustomerNotifiedOfLegalRequirement(this);
  }
}
