package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment, as data importer, provided the copies of the Subprocessor agreements, having removed or redacted commercial information or clauses unrelated to the Standard Contractual Clauses if it chose to (A.4.3.4).
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code A.4.3.4}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class SubprocessorAgreementCopiesProvided implements DpaEvent, WithSubprocessorAgreementCopiesProvided
    permits ImmutableSubprocessorAgreementCopiesProvided {

  SubprocessorAgreementCopiesProvided() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, requestId; optional: note, actor, redacted.
   *
   * @return a builder for {@code SubprocessorAgreementCopiesProvided}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link SubprocessorAgreementCopiesProvided}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableSubprocessorAgreementCopiesProvided.Builder {
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
   * Returns the id of the request answered.
   *
   * @return the request id
   */
  @NotBlank(message = "SubprocessorAgreementCopiesProvided.requestId = '${validatedValue}': must not be blank")
  public abstract String getRequestId();

  /**
   * Returns whether commercial information or unrelated clauses were removed or redacted (permitted by A.4.3.4); defaults to false.
   *
   * @return true if so
   */
  @Value.Default
  public boolean isRedacted() {
    return false;
  }

  @Override
  public final EventType getType() {
    return EventType.SUBPROCESSOR_AGREEMENT_COPIES_PROVIDED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.SCC_REQUEST;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getRequestId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitSubprocessorAgreementCopiesProvided(this);
  }
}
