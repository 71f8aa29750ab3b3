package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The receiving party sent a request on to the party that must answer it: Segment advised the Data Subject to submit the request to Customer (8), or Customer informed Segment and instructed its employee to contact Segment directly (A.2.1.2). The actor is the party that routed it.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}, {@link PartyKind#CUSTOMER} (required). Clauses: {@code 8}, {@code A.2.1.2}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class DataSubjectRequestRouted implements DpaEvent, WithDataSubjectRequestRouted
    permits ImmutableDataSubjectRequestRouted {

  DataSubjectRequestRouted() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, actor, requestId; optional: note.
   *
   * @return a builder for {@code DataSubjectRequestRouted}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link DataSubjectRequestRouted}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableDataSubjectRequestRouted.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the request routed.
   *
   * @return the request id
   */
  @NotBlank(message = "DataSubjectRequestRouted.requestId = '${validatedValue}': must not be blank")
  public abstract String getRequestId();

  @Override
  public final EventType getType() {
    return EventType.DATA_SUBJECT_REQUEST_ROUTED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.DATA_SUBJECT_REQUEST;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getRequestId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitDataSubjectRequestRouted(this);
  }
}
