package io.github.dpasemantics.model.party;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
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
public abstract class ControlRelation implements WithControlRelation {

  ControlRelation() {}

  /**
   * A direct control relation.
   *
   * @param controller the id of the controlling organisation
   * @param controlled the id of the controlled organisation, different from {@code controller}
   * @param means how the control is held: voting securities, contract or otherwise (2.1)
   * @return the direct relation, with no note
   * @throws IllegalStateException if {@code controller} equals {@code controlled}
   */
  public static ControlRelation of(String controller, String controlled, ControlMeans means) {
    Objects.requireNonNull(controller, "ControlRelation.of: controller must not be null");
    Objects.requireNonNull(controlled, "ControlRelation.of: controlled must not be null");
    Objects.requireNonNull(means, "ControlRelation.of: means must not be null");
    return ImmutableControlRelation.builder()
        .controller(controller)
        .controlled(controlled)
        .means(means)
        .build();
  }

  /**
   * A new builder.
   *
   * <p>Required: controller, controlled, means; optional: direct, note.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link ControlRelation}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableControlRelation.Builder {
    Builder() {}
  }

  /**
   * The id of the controlling organisation.
   *
   * @return the controller's id, never blank
   */
  @NotBlank(message = "ControlRelation.controller = '${validatedValue}': must not be blank")
  public abstract String getController();

  /**
   * The id of the controlled organisation.
   *
   * @return the controlled organisation's id, never blank and never the controller's
   */
  @NotBlank(message = "ControlRelation.controlled = '${validatedValue}': must not be blank")
  public abstract String getControlled();

  /**
   * The means by which control is held: ownership of voting securities, by contract or otherwise
   * (2.1).
   *
   * @return the means
   */
  public abstract ControlMeans getMeans();

  /**
   * Whether the control is direct (the default) rather than through unmodelled intermediaries.
   *
   * @return {@code true} unless the relation records indirect control whose intermediaries are not
   *     modelled
   */
  @Value.Default
  public boolean isDirect() {
    return true;
  }

  /**
   * An optional note on the source of the fact ("annual report 2020, note 12").
   *
   * @return the note, never blank, or empty if none is recorded
   */
  public abstract Optional<String> getNote();

  /**
   * The relation in words: "a controls b (VOTING_SECURITIES)".
   *
   * @return the controller, "controls" or "indirectly controls", the controlled entity and the
   *     means
   */
  public final String describe() {
    return getController() + (isDirect() ? " controls " : " indirectly controls ")
        + getControlled() + " (" + getMeans() + ")";
  }

  /**
   * Checks that an entity is not recorded as controlling itself (2.1) and that a note, when
   * present, is not blank.
   *
   * @throws IllegalStateException naming the field, the value and the rule broken
   */
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
