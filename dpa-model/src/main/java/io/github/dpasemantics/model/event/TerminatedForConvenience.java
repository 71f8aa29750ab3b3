package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer terminated the Agreement for convenience, as its sole and exclusive remedy after an unresolved objection to a new Third Party Subprocessor (6.3). It ends the Agreement like any termination (3.4, 9.1).
 *
 * <p>Allowed actors: {@link PartyKind#CUSTOMER}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code 6.3}, {@code 3.4}, {@code 9.1}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class TerminatedForConvenience implements DpaEvent, WithTerminatedForConvenience
    permits ImmutableTerminatedForConvenience {

  TerminatedForConvenience() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, subprocessorId; optional: note, actor.
   *
   * @return a builder for {@code TerminatedForConvenience}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link TerminatedForConvenience}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableTerminatedForConvenience.Builder {
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
   * Returns the id of the Subprocessor whose unresolved objection grounds the termination.
   *
   * @return the subprocessor id
   */
  @NotBlank(message = "TerminatedForConvenience.subprocessorId = '${validatedValue}': must not be blank")
  public abstract String getSubprocessorId();

  @Override
  public final EventType getType() {
    return EventType.TERMINATED_FOR_CONVENIENCE;
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
    return visitor.visitTerminatedForConvenience(this);
  }
}
