package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment acknowledged an instruction of Customer as constituting an instruction for the purposes of the Addendum (5.1).
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code 5.1}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class InstructionAcknowledged implements DpaEvent, WithInstructionAcknowledged
    permits ImmutableInstructionAcknowledged {

  InstructionAcknowledged() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, instructionId, written; optional: note, actor.
   *
   * @return a builder for {@code InstructionAcknowledged}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link InstructionAcknowledged}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableInstructionAcknowledged.Builder {
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
   * Returns the id of the acknowledged instruction.
   *
   * @return the instruction id
   */
  @NotBlank(message = "InstructionAcknowledged.instructionId = '${validatedValue}': must not be blank")
  public abstract String getInstructionId();

  /**
   * Returns whether the acknowledgement was in writing, as 5.1 requires.
   *
   * @return true if so
   */
  public abstract boolean isWritten();

  @Override
  public final EventType getType() {
    return EventType.INSTRUCTION_ACKNOWLEDGED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.INSTRUCTION;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getInstructionId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitInstructionAcknowledged(this);
  }
}
