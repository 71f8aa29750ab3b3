package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment informed Customer that it is unable to comply with the Privacy Shield requirement of A.4.2.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code A.4.2}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class PrivacyShieldInabilityNotified implements DpaEvent, WithPrivacyShieldInabilityNotified
    permits ImmutablePrivacyShieldInabilityNotified {

  PrivacyShieldInabilityNotified() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date; optional: note, actor.
   *
   * @return a builder for {@code PrivacyShieldInabilityNotified}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link PrivacyShieldInabilityNotified}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutablePrivacyShieldInabilityNotified.Builder {
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
    return EventType.PRIVACY_SHIELD_INABILITY_NOTIFIED;
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
    return visitor.visitPrivacyShieldInabilityNotified(this);
  }
}
