package io.github.dpasemantics.model.party;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One control relation of 2.1: the controller has "the power to direct or cause the direction
 * of" the controlled entity, by the given means.
 *
 * <p>A relation is normally {@linkplain #isDirect() direct}; indirect control ("directly or
 * indirectly controls") is derived by the {@link AffiliateGraph} from chains of relations. A
 * relation may also record control known to be indirect whose intermediaries are not modelled
 * ({@code direct = false}); the graph treats it as control all the same and shows it in the
 * explanation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ControlRelation {

  ControlRelation() {}

  /** A direct control relation. */
  public static ControlRelation of(String controller, String controlled, ControlMeans means) {
    return ImmutableControlRelation.builder()
        .controller(controller)
        .controlled(controlled)
        .means(means)
        .build();
  }

  /** A new builder. */
  public static ImmutableControlRelation.Builder builder() {
    return ImmutableControlRelation.builder();
  }

  /** The id of the controlling organisation. */
  @NotBlank(message = "ControlRelation.controller = '${validatedValue}': must not be blank")
  public abstract String getController();

  /** The id of the controlled organisation. */
  @NotBlank(message = "ControlRelation.controlled = '${validatedValue}': must not be blank")
  public abstract String getControlled();

  /** Voting securities, contract or otherwise (2.1). */
  public abstract ControlMeans getMeans();

  /** Whether the control is direct (the default) rather than through unmodelled intermediaries. */
  @Value.Default
  public boolean isDirect() {
    return true;
  }

  /** An optional note on the source of the fact ("annual report 2020, note 12"). */
  public abstract Optional<String> getNote();

  /** The relation in words: "a controls b (VOTING_SECURITIES)". */
  public final String describe() {
    return getController() + (isDirect() ? " controls " : " indirectly controls ")
        + getControlled() + " (" + getMeans() + ")";
  }

  @Value.Check
  protected void check() {
    if (getController().equals(getControlled())) {
      throw new IllegalStateException(
          "ControlRelation.controlled = '" + getControlled()
              + "': an entity cannot be recorded as controlling itself (2.1)");
    }
    if (getNote().isPresent() && getNote().get().isBlank()) {
      throw new IllegalStateException(
          "ControlRelation.note = '" + getNote().get() + "': must not be blank when present");
    }
  }
}
