package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Applicable law prohibits a notice the Addendum would otherwise require: incident notice (7.3, "unless prohibited by applicable law"), notice of a legal requirement (A.1.4, "unless that law prohibits Segment from doing so"), or Customer's audit findings and reports (A.2.2.4, "unless prohibited by EU Data Protection Law or otherwise instructed by a supervisory authority"). The allowed actors depend on the notice: Segment for the first two; Customer or a supervisory authority for the third.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}, {@link PartyKind#CUSTOMER}, {@link PartyKind#SUPERVISORY_AUTHORITY} (required). Clauses: {@code 7.3}, {@code A.1.4}, {@code A.2.2.4}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class LawProhibitsNotice implements DpaEvent, WithLawProhibitsNotice
    permits ImmutableLawProhibitsNotice {

  LawProhibitsNotice() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, actor, notice, reference; optional: note, until.
   *
   * @return a builder for {@code LawProhibitsNotice}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link LawProhibitsNotice}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableLawProhibitsNotice.Builder {
    Builder() {}
  }

  /**
   * Returns which notice is prohibited.
   *
   * @return the notice
   */
  public abstract ProhibitedNotice getNotice();

  /**
   * Returns the id of what the notice concerns: the incident id (7.3), the requirement id (A.1.4) or the audit id (A.2.2.4).
   *
   * @return the reference
   */
  @NotBlank(message = "LawProhibitsNotice.reference = '${validatedValue}': must not be blank")
  public abstract String getReference();

  /**
   * Returns the last day of the prohibition, if known; not before the event's date.
   *
   * @return the until
   */
  public abstract Optional<LocalDate> getUntil();

  @Override
  public final Matter getMatter() {
    return getNotice().getMatter();
  }

  /**
   * Returns the parties that can record this prohibition: those of
   * {@link ProhibitedNotice#getAllowedActors()} for {@link #getNotice()}.
   *
   * @return the allowed actors
   */
  @Override
  public final Set<PartyKind> getAllowedActors() {
    return getNotice().getAllowedActors();
  }

  @Override
  public final EventType getType() {
    return EventType.LAW_PROHIBITS_NOTICE;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getReference());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitLawProhibitsNotice(this);
  }

  /** Checks the invariants that make this event meaningful; fails fast on construction. */
  @Value.Check
  protected void check() {
    if (getUntil().isPresent() && getUntil().get().isBefore(getDate())) {
      throw new IllegalStateException(
          "LawProhibitsNotice.until = " + getUntil().get() + ": must not be before the event date " + getDate());
    }
  }
}
