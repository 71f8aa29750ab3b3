package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer, as data exporter, requested copies of the Subprocessor agreements under Clause 5(j) of the Standard Contractual Clauses (A.4.3.4).
 *
 * <p>Allowed actors: {@link PartyKind#CUSTOMER}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code A.4.3.4}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class SubprocessorAgreementCopiesRequested implements DpaEvent, WithSubprocessorAgreementCopiesRequested
    permits ImmutableSubprocessorAgreementCopiesRequested {

  SubprocessorAgreementCopiesRequested() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, requestId; optional: note, actor.
   *
   * @return a builder for {@code SubprocessorAgreementCopiesRequested}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link SubprocessorAgreementCopiesRequested}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableSubprocessorAgreementCopiesRequested.Builder {
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
   * Returns the id of the request.
   *
   * @return the request id
   */
  @NotBlank(message = "SubprocessorAgreementCopiesRequested.requestId = '${validatedValue}': must not be blank")
  public abstract String getRequestId();

  @Override
  public final EventType getType() {
    return EventType.SUBPROCESSOR_AGREEMENT_COPIES_REQUESTED;
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
    return visitor.visitSubprocessorAgreementCopiesRequested(this);
  }
}
