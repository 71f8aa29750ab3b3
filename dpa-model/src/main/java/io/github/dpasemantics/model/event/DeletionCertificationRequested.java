package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer requested certification of deletion under Clause 12(1) of the Standard Contractual Clauses (A.4.3.7).
 *
 * <p>Allowed actors: {@link PartyKind#CUSTOMER}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code A.4.3.7}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class DeletionCertificationRequested implements DpaEvent, WithDeletionCertificationRequested
    permits ImmutableDeletionCertificationRequested {

  DeletionCertificationRequested() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date; optional: note, actor.
   *
   * @return a builder for {@code DeletionCertificationRequested}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link DeletionCertificationRequested}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableDeletionCertificationRequested.Builder {
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
    return EventType.DELETION_CERTIFICATION_REQUESTED;
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
    return visitor.visitDeletionCertificationRequested(this);
  }
}
