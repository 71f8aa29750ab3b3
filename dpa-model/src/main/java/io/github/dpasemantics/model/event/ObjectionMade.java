package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer objected to Segment's appointment of a new Third Party Subprocessor (6.3). Only a written objection on reasonable data protection grounds, made within the objection window, leads to the good-faith discussion.
 *
 * <p>Allowed actors: {@link PartyKind#CUSTOMER}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code 6.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class ObjectionMade implements DpaEvent, WithObjectionMade
    permits ImmutableObjectionMade {

  ObjectionMade() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, subprocessorId, written, grounds; optional: note, actor.
   *
   * @return a builder for {@code ObjectionMade}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link ObjectionMade}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableObjectionMade.Builder {
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
   * Returns the id of the Subprocessor objected to.
   *
   * @return the subprocessor id
   */
  @NotBlank(message = "ObjectionMade.subprocessorId = '${validatedValue}': must not be blank")
  public abstract String getSubprocessorId();

  /**
   * Returns whether Customer notified Segment in writing (6.3).
   *
   * @return true if so
   */
  public abstract boolean isWritten();

  /**
   * Returns the grounds of the objection.
   *
   * @return the grounds
   */
  public abstract ObjectionGrounds getGrounds();

  @Override
  public final EventType getType() {
    return EventType.OBJECTION_MADE;
  }

  @Override
  public final Matter getMatter() {
    return Matter.SUBPROCESSOR;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getSubprocessorId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitObjectionMade(this);
  }
}
