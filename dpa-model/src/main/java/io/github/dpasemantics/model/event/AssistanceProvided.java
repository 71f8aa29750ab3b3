package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment provided the assistance Customer requested (8, A.3).
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code 8}, {@code A.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AssistanceProvided implements DpaEvent, WithAssistanceProvided
    permits ImmutableAssistanceProvided {

  AssistanceProvided() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, assistanceId; optional: note, actor.
   *
   * @return a builder for {@code AssistanceProvided}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AssistanceProvided}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAssistanceProvided.Builder {
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
   * Returns the id of the request for assistance answered.
   *
   * @return the assistance id
   */
  @NotBlank(message = "AssistanceProvided.assistanceId = '${validatedValue}': must not be blank")
  public abstract String getAssistanceId();

  @Override
  public final EventType getType() {
    return EventType.ASSISTANCE_PROVIDED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.ASSISTANCE_REQUEST;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getAssistanceId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitAssistanceProvided(this);
  }
}
