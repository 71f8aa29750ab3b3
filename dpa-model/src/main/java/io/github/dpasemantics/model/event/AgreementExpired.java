package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Agreement expired at the end of its term; the Addendum terminates with it (3.4) and Customer may then request deletion (9.1). The event's date is the last day the Agreement was in force; the actor is the party recording the expiration.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}, {@link PartyKind#CUSTOMER} (required). Clauses: {@code 3.4}, {@code 9.1}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AgreementExpired implements DpaEvent, WithAgreementExpired
    permits ImmutableAgreementExpired {

  AgreementExpired() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, actor; optional: note.
   *
   * @return a builder for {@code AgreementExpired}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AgreementExpired}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAgreementExpired.Builder {
    Builder() {}
  }

  @Override
  public final EventType getType() {
    return EventType.AGREEMENT_EXPIRED;
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
    return visitor.visitAgreementExpired(this);
  }
}
