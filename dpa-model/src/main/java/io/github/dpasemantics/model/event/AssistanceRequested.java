package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer requested Segment's assistance (8, with data subject requests; A.3, with impact assessments and prior consultations under Articles 35 and 36 of the GDPR).
 *
 * <p>Allowed actors: {@link PartyKind#CUSTOMER}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code 8}, {@code A.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AssistanceRequested implements DpaEvent, WithAssistanceRequested
    permits ImmutableAssistanceRequested {

  AssistanceRequested() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, assistanceId, subject; optional: note, actor, selfServiceSufficient,
   * dataSubjectRequestId.
   *
   * @return a builder for {@code AssistanceRequested}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AssistanceRequested}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAssistanceRequested.Builder {
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
   * Returns the id of the request for assistance, shared by its answer.
   *
   * @return the assistance id
   */
  @NotBlank(message = "AssistanceRequested.assistanceId = '${validatedValue}': must not be blank")
  public abstract String getAssistanceId();

  /**
   * Returns what the assistance is for.
   *
   * @return the subject
   */
  public abstract AssistanceSubject getSubject();

  /**
   * Returns whether Customer could reasonably fulfil the data subject request independently through the self-service functionality of the Services (8); defaults to false.
   *
   * @return true if so
   */
  @Value.Default
  public boolean isSelfServiceSufficient() {
    return false;
  }

  /**
   * Returns the id of the data subject request concerned, only for {@link AssistanceSubject#DATA_SUBJECT_REQUEST}.
   *
   * @return the data subject request id
   */
  public abstract Optional<@Pattern(regexp = "(?s).*\\S.*",
      message = "AssistanceRequested.dataSubjectRequestId = '${validatedValue}': must not be blank when present") String> getDataSubjectRequestId();

  @Override
  public final EventType getType() {
    return EventType.ASSISTANCE_REQUESTED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.ASSISTANCE_REQUEST;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getAssistanceId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitAssistanceRequested(this);
  }

  /** Checks the invariants that make this event meaningful; fails fast on construction. */
  @Value.Check
  protected void check() {
    if (getDataSubjectRequestId().isPresent() && getSubject() != AssistanceSubject.DATA_SUBJECT_REQUEST) {
      throw new IllegalStateException(
          "AssistanceRequested.dataSubjectRequestId = " + getDataSubjectRequestId().get() + " with subject = " + getSubject() + ": only assistance with a data subject request names one (8)");
    }
  }
}
