package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment gave Customer notice of the engagement of a new Third Party Subprocessor through one channel (6.3). The text names two channels, the Subprocessor Page and a Workspace message; each is a separate event, and which of them completes the notice is an interpretation option.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code 6.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class SubprocessorNoticeGiven implements DpaEvent, WithSubprocessorNoticeGiven
    permits ImmutableSubprocessorNoticeGiven {

  SubprocessorNoticeGiven() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, subprocessorId, channel; optional: note, actor.
   *
   * @return a builder for {@code SubprocessorNoticeGiven}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link SubprocessorNoticeGiven}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableSubprocessorNoticeGiven.Builder {
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
   * Returns the id of the Subprocessor notified.
   *
   * @return the subprocessor id
   */
  @NotBlank(message = "SubprocessorNoticeGiven.subprocessorId = '${validatedValue}': must not be blank")
  public abstract String getSubprocessorId();

  /**
   * Returns the channel the notice was given through.
   *
   * @return the channel
   */
  public abstract NoticeChannel getChannel();

  @Override
  public final EventType getType() {
    return EventType.SUBPROCESSOR_NOTICE_GIVEN;
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
    return visitor.visitSubprocessorNoticeGiven(this);
  }
}
