package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parties' good-faith discussion of Customer's objection ended with a mutually agreed resolution (6.3). The actor is the party recording it.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}, {@link PartyKind#CUSTOMER} (required). Clauses: {@code 6.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class GoodFaithDiscussionResolved implements DpaEvent, WithGoodFaithDiscussionResolved
    permits ImmutableGoodFaithDiscussionResolved {

  GoodFaithDiscussionResolved() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, actor, subprocessorId; optional: note.
   *
   * @return a builder for {@code GoodFaithDiscussionResolved}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link GoodFaithDiscussionResolved}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableGoodFaithDiscussionResolved.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the Subprocessor whose objection was resolved.
   *
   * @return the subprocessor id
   */
  @NotBlank(message = "GoodFaithDiscussionResolved.subprocessorId = '${validatedValue}': must not be blank")
  public abstract String getSubprocessorId();

  @Override
  public final EventType getType() {
    return EventType.GOOD_FAITH_DISCUSSION_RESOLVED;
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
    return visitor.visitGoodFaithDiscussionResolved(this);
  }
}
