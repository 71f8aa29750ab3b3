package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment engaged a new Subprocessor (6.1, 6.3). Only the engagement of a new Third Party Subprocessor requires notice to Customer; an engagement on an expedited basis, for one of the reasons of 6.3, moves the notice deadline to "as soon as reasonably practicable".
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code 6.1}, {@code 6.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class SubprocessorEngaged implements DpaEvent, WithSubprocessorEngaged
    permits ImmutableSubprocessorEngaged {

  SubprocessorEngaged() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, subprocessorId, subprocessorKind; optional: note, actor,
   * subprocessorName, expedited, expeditedReason.
   *
   * @return a builder for {@code SubprocessorEngaged}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link SubprocessorEngaged}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableSubprocessorEngaged.Builder {
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
   * Returns the Subprocessor's id, shared by its notice, objection and first processing.
   *
   * @return the subprocessor id
   */
  @NotBlank(message = "SubprocessorEngaged.subprocessorId = '${validatedValue}': must not be blank")
  public abstract String getSubprocessorId();

  /**
   * Returns the Subprocessor's name as on the Subprocessor Page (6.2), if recorded.
   *
   * @return the subprocessor name
   */
  public abstract Optional<@Pattern(regexp = "(?s).*\\S.*",
      message = "SubprocessorEngaged.subprocessorName = '${validatedValue}': must not be blank when present") String> getSubprocessorName();

  /**
   * Returns {@link PartyKind#THIRD_PARTY_SUBPROCESSOR} (2.11) or {@link PartyKind#SEGMENT_AFFILIATE} (6.1).
   *
   * @return the subprocessor kind
   */
  public abstract PartyKind getSubprocessorKind();

  /**
   * Returns whether Segment engaged the Subprocessor on an expedited basis (6.3); defaults to false.
   *
   * @return true if so
   */
  @Value.Default
  public boolean isExpedited() {
    return false;
  }

  /**
   * Returns the reason Segment believed the expedited engagement necessary; present exactly when {@link #isExpedited()}.
   *
   * @return the expedited reason
   */
  public abstract Optional<ExpeditedReason> getExpeditedReason();

  /**
   * Returns whether the engaged Subprocessor is a Third Party Subprocessor (2.11), the only kind
   * whose engagement must be notified (6.3).
   *
   * @return true for {@link PartyKind#THIRD_PARTY_SUBPROCESSOR}
   */
  public final boolean isThirdParty() {
    return getSubprocessorKind() == PartyKind.THIRD_PARTY_SUBPROCESSOR;
  }

  @Override
  public final EventType getType() {
    return EventType.SUBPROCESSOR_ENGAGED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.SUBPROCESSOR;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getSubprocessorId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitSubprocessorEngaged(this);
  }

  /** Checks the invariants that make this event meaningful; fails fast on construction. */
  @Value.Check
  protected void check() {
    if (getSubprocessorKind() != PartyKind.THIRD_PARTY_SUBPROCESSOR && getSubprocessorKind() != PartyKind.SEGMENT_AFFILIATE) {
      throw new IllegalStateException(
          "SubprocessorEngaged.subprocessorKind = " + getSubprocessorKind() + ": must be THIRD_PARTY_SUBPROCESSOR (2.11) or SEGMENT_AFFILIATE (6.1)");
    }
    if (isExpedited() != getExpeditedReason().isPresent()) {
      throw new IllegalStateException(
          "SubprocessorEngaged.expeditedReason = " + getExpeditedReason() + " with expedited = " + isExpedited() + ": a reason is given exactly when the engagement is expedited (6.3)");
    }
  }
}
