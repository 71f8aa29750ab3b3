package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment provided written responses to Customer's audit requests for information (A.2.2.2).
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code A.2.2.2}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class WrittenResponseProvided implements DpaEvent, WithWrittenResponseProvided
    permits ImmutableWrittenResponseProvided {

  WrittenResponseProvided() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, auditId; optional: note, actor.
   *
   * @return a builder for {@code WrittenResponseProvided}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link WrittenResponseProvided}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableWrittenResponseProvided.Builder {
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
   * Returns the id of the audit.
   *
   * @return the audit id
   */
  @NotBlank(message = "WrittenResponseProvided.auditId = '${validatedValue}': must not be blank")
  public abstract String getAuditId();

  @Override
  public final EventType getType() {
    return EventType.WRITTEN_RESPONSE_PROVIDED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.AUDIT;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getAuditId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitWrittenResponseProvided(this);
  }
}
