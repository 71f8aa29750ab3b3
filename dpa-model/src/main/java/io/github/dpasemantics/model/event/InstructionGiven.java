package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer gave Segment an instruction for the Processing of Customer Data (5.1). Beyond the standing instruction to provide the Services, only written instructions acknowledged in writing by Segment count as instructions for the Addendum.
 *
 * <p>Allowed actors: {@link PartyKind#CUSTOMER}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code 5.1}, {@code A.1.4}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class InstructionGiven implements DpaEvent, WithInstructionGiven
    permits ImmutableInstructionGiven {

  InstructionGiven() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, instructionId, written; optional: note, actor.
   *
   * @return a builder for {@code InstructionGiven}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link InstructionGiven}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableInstructionGiven.Builder {
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
   * Returns the id of the instruction, shared with its acknowledgement.
   *
   * @return the instruction id
   */
  @NotBlank(message = "InstructionGiven.instructionId = '${validatedValue}': must not be blank")
  public abstract String getInstructionId();

  /**
   * Returns whether the instruction was given in writing (5.1).
   *
   * @return true if so
   */
  public abstract boolean isWritten();

  @Override
  public final EventType getType() {
    return EventType.INSTRUCTION_GIVEN;
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
    return visitor.visitInstructionGiven(this);
  }
}
