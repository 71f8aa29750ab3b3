package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Law enforcement requested that Segment delay notifying Customer of a Security Incident (7.3): such a delay is not an undue delay.
 *
 * <p>Allowed actors: {@link PartyKind#LAW_ENFORCEMENT}; the default is {@link PartyKind#LAW_ENFORCEMENT}. Clauses: {@code 7.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class NotificationDelayRequested implements DpaEvent, WithNotificationDelayRequested
    permits ImmutableNotificationDelayRequested {

  NotificationDelayRequested() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, incidentId; optional: note, actor, until.
   *
   * @return a builder for {@code NotificationDelayRequested}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link NotificationDelayRequested}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableNotificationDelayRequested.Builder {
    Builder() {}
  }

  /**
   * Returns who performed the event; defaults to {@link PartyKind#LAW_ENFORCEMENT}.
   *
   * @return the actor
   */
  @Override
  @Value.Default
  public PartyKind getActor() {
    return PartyKind.LAW_ENFORCEMENT;
  }

  /**
   * Returns the id of the incident.
   *
   * @return the incident id
   */
  @NotBlank(message = "NotificationDelayRequested.incidentId = '${validatedValue}': must not be blank")
  public abstract String getIncidentId();

  /**
   * Returns the last day of the requested delay, if the request names one; not before the event's date.
   *
   * @return the until
   */
  public abstract Optional<LocalDate> getUntil();

  @Override
  public final EventType getType() {
    return EventType.NOTIFICATION_DELAY_REQUESTED;
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
    return visitor.visitNotificationDelayRequested(this);
  }

  /** Checks the invariants that make this event meaningful; fails fast on construction. */
  @Value.Check
  protected void check() {
    if (getUntil().isPresent() && getUntil().get().isBefore(getDate())) {
      throw new IllegalStateException(
          "NotificationDelayRequested.until = " + getUntil().get() + ": must not be before the request date " + getDate());
    }
  }
}
