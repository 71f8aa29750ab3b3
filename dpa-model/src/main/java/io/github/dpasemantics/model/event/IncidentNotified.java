package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment notified Customer of a Security Incident (7.3), with what the notice described. The notice must describe, to the extent possible, details of the incident, the steps taken to mitigate the potential risks and the steps Segment recommends Customer take.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code 7.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class IncidentNotified implements DpaEvent, WithIncidentNotified
    permits ImmutableIncidentNotified {

  IncidentNotified() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, incidentId, detailsDescribed, mitigationDescribed,
   * recommendationsDescribed; optional: note, actor.
   *
   * @return a builder for {@code IncidentNotified}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link IncidentNotified}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableIncidentNotified.Builder {
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
   * Returns the id of the incident notified.
   *
   * @return the incident id
   */
  @NotBlank(message = "IncidentNotified.incidentId = '${validatedValue}': must not be blank")
  public abstract String getIncidentId();

  /**
   * Returns whether the notice describes details of the Security Incident.
   *
   * @return true if so
   */
  public abstract boolean isDetailsDescribed();

  /**
   * Returns whether it describes the steps taken to mitigate the potential risks.
   *
   * @return true if so
   */
  public abstract boolean isMitigationDescribed();

  /**
   * Returns whether it describes the steps Segment recommends Customer take.
   *
   * @return true if so
   */
  public abstract boolean isRecommendationsDescribed();

  /**
   * Returns whether the notice describes all three things 7.3 lists.
   *
   * @return true if details, mitigation and recommendations are all described
   */
  public final boolean isContentComplete() {
    return isDetailsDescribed() && isMitigationDescribed() && isRecommendationsDescribed();
  }

  @Override
  public final EventType getType() {
    return EventType.INCIDENT_NOTIFIED;
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
    return visitor.visitIncidentNotified(this);
  }
}
