package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer requested deletion of the Customer Personal Data (9.1). A request following the termination or expiration of the Agreement obliges Segment to delete within the deletion period; how a request made before it is treated is an interpretation option.
 *
 * <p>Allowed actors: {@link PartyKind#CUSTOMER}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code 9.1}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class DeletionRequested implements DpaEvent, WithDeletionRequested
    permits ImmutableDeletionRequested {

  DeletionRequested() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date; optional: note, actor.
   *
   * @return a builder for {@code DeletionRequested}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link DeletionRequested}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableDeletionRequested.Builder {
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

  @Override
  public final EventType getType() {
    return EventType.DELETION_REQUESTED;
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
    return visitor.visitDeletionRequested(this);
  }
}
