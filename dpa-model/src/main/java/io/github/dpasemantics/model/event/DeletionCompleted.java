package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment deleted Customer Personal Data from its systems (9.1): all of it, or part of it.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code 9.1}, {@code A.1.2}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class DeletionCompleted implements DpaEvent, WithDeletionCompleted
    permits ImmutableDeletionCompleted {

  DeletionCompleted() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, scope; optional: note, actor.
   *
   * @return a builder for {@code DeletionCompleted}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link DeletionCompleted}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableDeletionCompleted.Builder {
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
   * Returns whether all of the Customer Personal Data was deleted, as 9.1 requires, or only part of it.
   *
   * @return the scope
   */
  public abstract DataScope getScope();

  @Override
  public final EventType getType() {
    return EventType.DELETION_COMPLETED;
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
    return visitor.visitDeletionCompleted(this);
  }
}
