package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment objected to the auditor Customer appointed (A.2.2.3), which requires Customer to appoint another auditor or conduct the audit itself.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code A.2.2.3}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AuditorObjected implements DpaEvent, WithAuditorObjected
    permits ImmutableAuditorObjected {

  AuditorObjected() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, auditId, auditor, reason; optional: note, actor.
   *
   * @return a builder for {@code AuditorObjected}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AuditorObjected}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAuditorObjected.Builder {
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
   * Returns the id of the audit.
   *
   * @return the audit id
   */
  @NotBlank(message = "AuditorObjected.auditId = '${validatedValue}': must not be blank")
  public abstract String getAuditId();

  /**
   * Returns the name of the auditor objected to.
   *
   * @return the auditor
   */
  @NotBlank(message = "AuditorObjected.auditor = '${validatedValue}': must not be blank")
  public abstract String getAuditor();

  /**
   * Returns why, in Segment's reasonable opinion, the auditor is unsuitable.
   *
   * @return the reason
   */
  public abstract AuditorObjectionReason getReason();

  @Override
  public final EventType getType() {
    return EventType.AUDITOR_OBJECTED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.AUDIT;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getAuditId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitAuditorObjected(this);
  }
}
