package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A new Subprocessor first Processed Customer Personal Data (6.3): the day notice must precede by at least the notice period. The actor is the Subprocessor (or Segment, reporting it).
 *
 * <p>Allowed actors: {@link PartyKind#SUBPROCESSOR}, {@link PartyKind#THIRD_PARTY_SUBPROCESSOR}, {@link PartyKind#SEGMENT_AFFILIATE}, {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SUBPROCESSOR}. Clauses: {@code 6.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class SubprocessorFirstProcessing implements DpaEvent, WithSubprocessorFirstProcessing
    permits ImmutableSubprocessorFirstProcessing {

  SubprocessorFirstProcessing() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, subprocessorId; optional: note, actor.
   *
   * @return a builder for {@code SubprocessorFirstProcessing}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link SubprocessorFirstProcessing}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableSubprocessorFirstProcessing.Builder {
    Builder() {}
  }

  /**
   * Returns who performed the event; defaults to {@link PartyKind#SUBPROCESSOR}.
   *
   * @return the actor
   */
  @Override
  @Value.Default
  public PartyKind getActor() {
    return PartyKind.SUBPROCESSOR;
  }

  /**
   * Returns the id of the Subprocessor.
   *
   * @return the subprocessor id
   */
  @NotBlank(message = "SubprocessorFirstProcessing.subprocessorId = '${validatedValue}': must not be blank")
  public abstract String getSubprocessorId();

  @Override
  public final EventType getType() {
    return EventType.SUBPROCESSOR_FIRST_PROCESSING;
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
    return visitor.visitSubprocessorFirstProcessing(this);
  }
}
