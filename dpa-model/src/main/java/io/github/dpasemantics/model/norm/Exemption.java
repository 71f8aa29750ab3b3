package io.github.dpasemantics.model.norm;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.time.DeadlineRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named exception to a norm, in the words it paraphrases ("unless prohibited by applicable
 * law", "except that if Segment reasonably believes engaging a new Subprocessor on an expedited
 * basis is necessary", "retention required by law"), with what it does to the norm and the
 * events that establish it. Named {@code Exemption} so as not to be confused with
 * {@link java.lang.Exception}. The standard exemptions of the Segment Addendum are the constants
 * of {@link Exemptions}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exemption implements WithExemption {

  Exemption() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: code, clause, text, effect; optional: evidencedBy, replacementDeadline.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Exemption}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableExemption.Builder {
    Builder() {}
  }

  /**
   * Returns the stable code of the exemption: lower-case words joined by hyphens.
   *
   * @return the code
   */
  @NotBlank(message = "Exemption.code = '${validatedValue}': must not be blank")
  @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
      message = "Exemption.code = '${validatedValue}': must be lower-case words joined by hyphens")
  public abstract String getCode();

  /**
   * Returns the clause whose words the exemption paraphrases.
   *
   * @return the clause id
   */
  public abstract ClauseId getClause();

  /**
   * Returns the exemption in words, quoting or closely paraphrasing the clause.
   *
   * @return the text
   */
  @NotBlank(message = "Exemption.text = '${validatedValue}': must not be blank")
  public abstract String getText();

  /**
   * Returns what the exemption does to the norm.
   *
   * @return the effect
   */
  public abstract ExemptionEffect getEffect();

  /**
   * Returns the kinds of event that establish the exemption for an instance of the norm (a
   * {@code LAW_PROHIBITS_NOTICE} event, an expedited {@code SUBPROCESSOR_ENGAGED} event).
   *
   * @return the event types, not empty
   */
  public abstract Set<EventType> getEvidencedBy();

  /**
   * Returns the deadline that applies instead of the norm's own while the exemption applies;
   * present exactly for {@link ExemptionEffect#REPLACES_DEADLINE}.
   *
   * @return the replacement deadline, or empty
   */
  public abstract Optional<DeadlineRule> getReplacementDeadline();

  /** Checks that the effect, the evidence and the replacement deadline agree. */
  @Value.Check
  protected void check() {
    if (getEvidencedBy().isEmpty()) {
      throw new IllegalStateException(
          "Exemption.evidencedBy = [] for '" + getCode()
              + "': an exemption must name at least one event type that establishes it");
    }
    boolean replaces = getEffect() == ExemptionEffect.REPLACES_DEADLINE;
    if (replaces != getReplacementDeadline().isPresent()) {
      throw new IllegalStateException(
          "Exemption.replacementDeadline = " + getReplacementDeadline() + " with effect = "
              + getEffect() + " for '" + getCode()
              + "': a replacement deadline is given exactly when the effect is REPLACES_DEADLINE");
    }
  }
}
