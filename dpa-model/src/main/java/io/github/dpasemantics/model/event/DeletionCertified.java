package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment certified the deletion of Customer Personal Data (A.4.3.7).
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code A.4.3.7}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class DeletionCertified implements DpaEvent, WithDeletionCertified
    permits ImmutableDeletionCertified {

  DeletionCertified() {}

  /**
   * Returns a new builder.
   *
   * @return a builder for {@code DeletionCertified}
   */
  public static ImmutableDeletionCertified.Builder builder() {
    return ImmutableDeletionCertified.builder();
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
    return EventType.DELETION_CERTIFIED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.DELETION;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.empty();
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitDeletionCertified(this);
  }
}
