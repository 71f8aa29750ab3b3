package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment began delaying notice of a Security Incident in light of its legitimate needs to investigate or remediate the matter before providing notice (7.3): such a delay is not an undue delay.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code 7.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class InvestigationDelayStarted implements DpaEvent, WithInvestigationDelayStarted
    permits ImmutableInvestigationDelayStarted {

  InvestigationDelayStarted() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, incidentId; optional: note, actor.
   *
   * @return a builder for {@code InvestigationDelayStarted}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link InvestigationDelayStarted}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableInvestigationDelayStarted.Builder {
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
  @NotBlank(message = "InvestigationDelayStarted.incidentId = '${validatedValue}': must not be blank")
  public abstract String getIncidentId();

  @Override
  public final EventType getType() {
    return EventType.INVESTIGATION_DELAY_STARTED;
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
    return visitor.visitInvestigationDelayStarted(this);
  }
}
