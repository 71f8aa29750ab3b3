package io.github.dpasemantics.model.party;

import jakarta.validation.Valid;
import org.immutables.value.Value;

/**
 * A Source or Destination: a system to or from which Segment transmits Customer Data "as
 * directed by Customer through the Services" (5.2). Neither is a Subprocessor of Segment, and
 * Customer is solely responsible for their Processing of Customer Personal Data (5.2).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SourceOrDestination {

  /** Whether data comes from it, goes to it, or both. */
  public enum Direction {
    /** Data is collected from it into the Services. */
    SOURCE,
    /** Data is sent from the Services to it. */
    DESTINATION,
    /** Both. */
    SOURCE_AND_DESTINATION
  }

  SourceOrDestination() {}

  /** A Source or Destination directed by Customer. */
  public static SourceOrDestination of(Party party, Direction direction) {
    return builder().party(party).direction(direction).build();
  }

  /** A new builder. */
  public static ImmutableSourceOrDestination.Builder builder() {
    return ImmutableSourceOrDestination.builder();
  }

  /** The system's operator, of kind {@link PartyKind#SOURCE_OR_DESTINATION}. */
  @Valid
  public abstract Party getParty();

  /** Source, Destination or both. */
  public abstract Direction getDirection();

  /** Whether Customer directed the transmission through the Services (5.2); defaults to true. */
  @Value.Default
  public boolean isDirectedByCustomer() {
    return true;
  }

  /** The id of its party. */
  public final String getId() {
    return getParty().getId();
  }

  @Value.Check
  protected void check() {
    if (getParty().getKind() != PartyKind.SOURCE_OR_DESTINATION) {
      throw new IllegalStateException(
          "SourceOrDestination.party.kind = " + getParty().getKind() + " for '" + getId()
              + "': must be SOURCE_OR_DESTINATION (5.2)");
    }
  }
}
