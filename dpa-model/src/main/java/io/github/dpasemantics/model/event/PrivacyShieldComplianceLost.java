package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment became unable to protect Customer Personal Data of individuals in the EU or Switzerland in accordance with the Privacy Shield Principles (A.4.2), which obliges it to inform Customer.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code A.4.2}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class PrivacyShieldComplianceLost implements DpaEvent, WithPrivacyShieldComplianceLost
    permits ImmutablePrivacyShieldComplianceLost {

  PrivacyShieldComplianceLost() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date; optional: note, actor.
   *
   * @return a builder for {@code PrivacyShieldComplianceLost}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link PrivacyShieldComplianceLost}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutablePrivacyShieldComplianceLost.Builder {
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

  @Override
  public final EventType getType() {
    return EventType.PRIVACY_SHIELD_COMPLIANCE_LOST;
  }

  @Override
  public final Matter getMatter() {
    return Matter.PRIVACY_SHIELD;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.empty();
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitPrivacyShieldComplianceLost(this);
  }
}
