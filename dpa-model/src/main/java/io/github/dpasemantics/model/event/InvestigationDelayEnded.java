package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment's legitimate need to investigate or remediate before notice ended (7.3): from here on, further delay must be justified otherwise.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code 7.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class InvestigationDelayEnded implements DpaEvent, WithInvestigationDelayEnded
    permits ImmutableInvestigationDelayEnded {

  InvestigationDelayEnded() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, incidentId; optional: note, actor.
   *
   * @return a builder for {@code InvestigationDelayEnded}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link InvestigationDelayEnded}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableInvestigationDelayEnded.Builder {
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
   * Returns the id of the incident.
   *
   * @return the incident id
   */
  @NotBlank(message = "InvestigationDelayEnded.incidentId = '${validatedValue}': must not be blank")
  public abstract String getIncidentId();

  @Override
  public final EventType getType() {
    return EventType.INVESTIGATION_DELAY_ENDED;
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
    return visitor.visitInvestigationDelayEnded(this);
  }
}
