package io.github.dpasemantics.model.norm;

import io.github.dpasemantics.model.event.EventType;
import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What creates an instance of a norm: an event of one of the given types (subject to the norm's
 * {@link Norm#getConditions() conditions}), or, for a standing norm, the Addendum itself coming
 * into effect.
 *
 * <p>A standing norm ("Segment shall implement and maintain ... Security Measures", 7.1; "Segment
 * will not sell Customer Personal Data", B.3) applies from the Effective Date, so its trigger
 * is the signature that completes the Addendum: {@link EventType#ADDENDUM_SIGNED}. A monitor
 * creates one instance of it per contract; an event-triggered norm gets one instance per
 * triggering matter (per Subprocessor, per incident, per audit, ...).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Trigger implements WithTrigger {

  Trigger() {}

  /**
   * Returns the trigger of a standing norm: in force from the Effective Date (the later
   * signature, 1).
   *
   * @return a standing trigger on {@link EventType#ADDENDUM_SIGNED}
   */
  public static Trigger standing() {
    return ImmutableTrigger.builder()
        .addEvents(EventType.ADDENDUM_SIGNED)
        .standing(true)
        .text("from the Effective Date, while the Addendum applies")
        .build();
  }

  /**
   * Returns a trigger on events of the given types.
   *
   * @param text the triggering circumstance in the words of the clause
   * @param first a triggering event type
   * @param more further triggering event types
   * @return the trigger
   */
  public static Trigger on(String text, EventType first, EventType... more) {
    Objects.requireNonNull(text, "Trigger.on: text must not be null");
    Objects.requireNonNull(first, "Trigger.on: first must not be null");
    Objects.requireNonNull(more, "Trigger.on: more must not be null");
    return ImmutableTrigger.builder()
        .addEvents(first)
        .addAllEvents(Arrays.asList(more))
        .text(text)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * <p>Required: text; optional: events, standing.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Trigger}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableTrigger.Builder {
    Builder() {}
  }

  /**
   * Returns the event types any one of which creates an instance.
   *
   * @return the event types, not empty
   */
  public abstract Set<EventType> getEvents();

  /**
   * Returns whether the norm is standing: in force from the Effective Date rather than created by
   * an event about a particular matter. Defaults to false.
   *
   * @return true for a standing norm
   */
  @Value.Default
  public boolean isStanding() {
    return false;
  }

  /**
   * Returns the triggering circumstance in the words of the clause ("When any new Third Party
   * Subprocessor is engaged").
   *
   * @return the text
   */
  @NotBlank(message = "Trigger.text = '${validatedValue}': must not be blank")
  public abstract String getText();

  /** Checks that a trigger names at least one event, and a standing one the signature. */
  @Value.Check
  protected void check() {
    if (getEvents().isEmpty()) {
      throw new IllegalStateException(
          "Trigger.events = [] for '" + getText() + "': a trigger must name at least one event type");
    }
    if (isStanding() && !getEvents().equals(Set.of(EventType.ADDENDUM_SIGNED))) {
      throw new IllegalStateException(
          "Trigger.events = " + getEvents() + " with standing = true: a standing norm is triggered"
              + " by the Addendum's coming into effect, [ADDENDUM_SIGNED], only");
    }
  }
}
