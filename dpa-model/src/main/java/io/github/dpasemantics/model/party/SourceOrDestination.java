package io.github.dpasemantics.model.party;

import jakarta.validation.Valid;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A Source or Destination: a system to or from which Segment transmits Customer Data "as
 * directed by Customer through the Services" (5.2). Neither is a Subprocessor of Segment, and
 * Customer is solely responsible for their Processing of Customer Personal Data (5.2).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SourceOrDestination implements WithSourceOrDestination {

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

  /**
   * A Source or Destination directed by Customer.
   *
   * @param party the system's operator, of kind {@link PartyKind#SOURCE_OR_DESTINATION}
   * @param direction whether data comes from it, goes to it, or both
   * @return the Source or Destination, directed by Customer (5.2)
   * @throws IllegalStateException if the party is of another kind
   */
  public static SourceOrDestination of(Party party, Direction direction) {
    Objects.requireNonNull(party, "SourceOrDestination.of: party must not be null");
    Objects.requireNonNull(direction, "SourceOrDestination.of: direction must not be null");
    return builder().party(party).direction(direction).build();
  }

  /**
   * A new builder.
   *
   * <p>Required: party, direction; optional: directedByCustomer.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link SourceOrDestination}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableSourceOrDestination.Builder {
    Builder() {}
  }

  /**
   * The system's operator, of kind {@link PartyKind#SOURCE_OR_DESTINATION}.
   *
   * @return the operator
   */
  @Valid
  public abstract Party getParty();

  /**
   * Whether the system is a Source, a Destination or both.
   *
   * @return the direction
   */
  public abstract Direction getDirection();

  /**
   * Whether Customer directed the transmission through the Services (5.2); defaults to true.
   *
   * @return {@code true} unless set otherwise
   */
  @Value.Default
  public boolean isDirectedByCustomer() {
    return true;
  }

  /**
   * The id of its party.
   *
   * @return the party id
   */
  public final String getId() {
    return getParty().getId();
  }

  /**
   * Checks that the party is of kind {@link PartyKind#SOURCE_OR_DESTINATION} (5.2).
   *
   * @throws IllegalStateException naming the party's id and kind
   */
  @Value.Check
  protected void check() {
    if (getParty().getKind() != PartyKind.SOURCE_OR_DESTINATION) {
      throw new IllegalStateException(
          "SourceOrDestination.party.kind = " + getParty().getKind() + " for '" + getId()
              + "': must be SOURCE_OR_DESTINATION (5.2)");
    }
  }
}
