package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment entered into a written agreement with a Subprocessor (6.1.1).
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code 6.1.1}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class SubprocessorAgreementSigned implements DpaEvent, WithSubprocessorAgreementSigned
    permits ImmutableSubprocessorAgreementSigned {

  SubprocessorAgreementSigned() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, subprocessorId, substantiallySimilar; optional: note, actor.
   *
   * @return a builder for {@code SubprocessorAgreementSigned}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link SubprocessorAgreementSigned}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableSubprocessorAgreementSigned.Builder {
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
   * Returns the Subprocessor's id.
   *
   * @return the subprocessor id
   */
  @NotBlank(message = "SubprocessorAgreementSigned.subprocessorId = '${validatedValue}': must not be blank")
  public abstract String getSubprocessorId();

  /**
   * Returns whether the agreement imposes data protection obligations substantially similar to those of the Addendum (6.1.1).
   *
   * @return true if so
   */
  public abstract boolean isSubstantiallySimilar();

  @Override
  public final EventType getType() {
    return EventType.SUBPROCESSOR_AGREEMENT_SIGNED;
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
    return visitor.visitSubprocessorAgreementSigned(this);
  }
}
