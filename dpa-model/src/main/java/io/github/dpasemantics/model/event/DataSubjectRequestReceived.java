package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party received a request from an individual to exercise a right under Data Protection Laws (8, A.2.1.2). Segment must advise a Data Subject asking about Customer Personal Data to submit the request to Customer (8); Customer must pass on an employee's request about Usage Data to Segment (A.2.1.2). The actor is the party that received the request.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}, {@link PartyKind#CUSTOMER} (required). Clauses: {@code 8}, {@code A.2.1.2}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class DataSubjectRequestReceived implements DpaEvent, WithDataSubjectRequestReceived
    permits ImmutableDataSubjectRequestReceived {

  DataSubjectRequestReceived() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, actor, requestId, right, dataCategory; optional: note, requester.
   *
   * @return a builder for {@code DataSubjectRequestReceived}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link DataSubjectRequestReceived}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableDataSubjectRequestReceived.Builder {
    Builder() {}
  }

  /**
   * Returns the id of the request, shared by its routing.
   *
   * @return the request id
   */
  @NotBlank(message = "DataSubjectRequestReceived.requestId = '${validatedValue}': must not be blank")
  public abstract String getRequestId();

  /**
   * Returns the right the individual exercises (8: access, rectification, erasure, restriction, portability, objection).
   *
   * @return the right
   */
  public abstract DataSubjectRight getRight();

  /**
   * Returns the data the request concerns: {@link DataCategory#CUSTOMER_PERSONAL_DATA} (8) or {@link DataCategory#USAGE_DATA} (A.2.1.2).
   *
   * @return the data category
   */
  public abstract DataCategory getDataCategory();

  /**
   * Returns who made the request: {@link PartyKind#DATA_SUBJECT} (the default) or {@link PartyKind#CUSTOMER_REPRESENTATIVE}, an employee of Customer (A.2.1.2).
   *
   * @return the requester
   */
  @Value.Default
  public PartyKind getRequester() {
    return PartyKind.DATA_SUBJECT;
  }

  @Override
  public final EventType getType() {
    return EventType.DATA_SUBJECT_REQUEST_RECEIVED;
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
    return visitor.visitDataSubjectRequestReceived(this);
  }

  /** Checks the invariants that make this event meaningful; fails fast on construction. */
  @Value.Check
  protected void check() {
    if (getDataCategory() != DataCategory.CUSTOMER_PERSONAL_DATA && getDataCategory() != DataCategory.USAGE_DATA) {
      throw new IllegalStateException(
          "DataSubjectRequestReceived.dataCategory = " + getDataCategory() + ": must be CUSTOMER_PERSONAL_DATA (8) or USAGE_DATA (A.2.1.2)");
    }
    if (getRequester() != PartyKind.DATA_SUBJECT && getRequester() != PartyKind.CUSTOMER_REPRESENTATIVE) {
      throw new IllegalStateException(
          "DataSubjectRequestReceived.requester = " + getRequester() + ": must be DATA_SUBJECT or CUSTOMER_REPRESENTATIVE (8, A.2.1.2)");
    }
  }
}
