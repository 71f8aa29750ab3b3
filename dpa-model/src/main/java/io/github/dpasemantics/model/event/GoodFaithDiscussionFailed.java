package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parties were not able to mutually agree to a resolution of Customer's concerns (6.3), which opens Customer's termination for convenience. The actor is the party recording it.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}, {@link PartyKind#CUSTOMER} (required). Clauses: {@code 6.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class GoodFaithDiscussionFailed implements DpaEvent, WithGoodFaithDiscussionFailed
    permits ImmutableGoodFaithDiscussionFailed {

  GoodFaithDiscussionFailed() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, actor, subprocessorId; optional: note.
   *
   * @return a builder for {@code GoodFaithDiscussionFailed}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link GoodFaithDiscussionFailed}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableGoodFaithDiscussionFailed.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the Subprocessor whose objection remained unresolved.
   *
   * @return the subprocessor id
   */
  @NotBlank(message = "GoodFaithDiscussionFailed.subprocessorId = '${validatedValue}': must not be blank")
  public abstract String getSubprocessorId();

  @Override
  public final EventType getType() {
    return EventType.GOOD_FAITH_DISCUSSION_FAILED;
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
    return visitor.visitGoodFaithDiscussionFailed(this);
  }
}
