package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Agreement was terminated, other than for convenience under 6.3 (see {@link TerminatedForConvenience}); the Addendum terminates with it (3.4) and Customer may then request deletion (9.1). The event's date is the last day the Agreement was in force; the actor is the terminating party.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}, {@link PartyKind#CUSTOMER} (required). Clauses: {@code 3.4}, {@code 9.1}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AgreementTerminated implements DpaEvent, WithAgreementTerminated
    permits ImmutableAgreementTerminated {

  AgreementTerminated() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, actor; optional: note, ground.
   *
   * @return a builder for {@code AgreementTerminated}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AgreementTerminated}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAgreementTerminated.Builder {
    Builder() {}
  }

  /**
   * Returns the ground of termination in words, if recorded.
   *
   * @return the ground
   */
  public abstract Optional<@Pattern(regexp = "(?s).*\\S.*",
      message = "AgreementTerminated.ground = '${validatedValue}': must not be blank when present") String> getGround();

  @Override
  public final EventType getType() {
    return EventType.AGREEMENT_TERMINATED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.CONTRACT;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.empty();
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitAgreementTerminated(this);
  }
}
