package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * EU Data Protection Law requires Segment to Process Customer Personal Data otherwise than on Customer's instructions (A.1.4), which obliges Segment to notify Customer unless that law prohibits it.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code A.1.4}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class LawRequiresOtherProcessing implements DpaEvent, WithLawRequiresOtherProcessing
    permits ImmutableLawRequiresOtherProcessing {

  LawRequiresOtherProcessing() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, requirementId; optional: note, actor, legalBasis.
   *
   * @return a builder for {@code LawRequiresOtherProcessing}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link LawRequiresOtherProcessing}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableLawRequiresOtherProcessing.Builder {
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
   * Returns the id of the legal requirement, shared with the notice to Customer.
   *
   * @return the requirement id
   */
  @NotBlank(message = "LawRequiresOtherProcessing.requirementId = '${validatedValue}': must not be blank")
  public abstract String getRequirementId();

  /**
   * Returns the law that requires the Processing, in words, if recorded.
   *
   * @return the legal basis
   */
  public abstract Optional<@Pattern(regexp = "(?s).*\\S.*",
      message = "LawRequiresOtherProcessing.legalBasis = '${validatedValue}': must not be blank when present") String> getLegalBasis();

  @Override
  public final EventType getType() {
    return EventType.LAW_REQUIRES_OTHER_PROCESSING;
  }

  @Override
  public final Matter getMatter() {
    return Matter.LEGAL_REQUIREMENT;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getRequirementId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitLawRequiresOtherProcessing(this);
  }
}
