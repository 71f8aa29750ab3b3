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
   * <p>Required: id, date; optional: note, actor.
   *
   * @return a builder for {@code DeletionCertified}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link DeletionCertified}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableDeletionCertified.Builder {
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
