package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.data.WhoseData;
import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment detected a security event, not yet confirmed (2.9, 7.3). Only a confirmed event can be a Security Incident, so detection alone creates no notice duty.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code 2.9}, {@code 7.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class SecurityEventDetected implements DpaEvent, SecurityEventFacts, WithSecurityEventDetected
    permits ImmutableSecurityEventDetected {

  SecurityEventDetected() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, nature, personalDataProcessedBySegment, unauthorizedOrUnlawful,
   * incidentId; optional: note, effects, actor, whoseData.
   *
   * @return a builder for {@code SecurityEventDetected}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link SecurityEventDetected}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableSecurityEventDetected.Builder {
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
   * Returns the id of the security event, shared by every later event about it.
   *
   * @return the incident id
   */
  @NotBlank(message = "SecurityEventDetected.incidentId = '${validatedValue}': must not be blank")
  public abstract String getIncidentId();

  /**
   * Returns whose Personal Data the event concerns; defaults to
   * {@link WhoseData#THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA} (see {@link SecurityEventFacts#getWhoseData()}).
   *
   * @return whose data it is
   */
  @Override
  @Value.Default
  public WhoseData getWhoseData() {
    return WhoseData.THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA;
  }

  @Override
  public final EventType getType() {
    return EventType.SECURITY_EVENT_DETECTED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.INCIDENT;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getIncidentId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitSecurityEventDetected(this);
  }
}
