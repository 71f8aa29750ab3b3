package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer notified Segment of non-compliance discovered during an audit (A.2.2.4).
 *
 * <p>Allowed actors: {@link PartyKind#CUSTOMER}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code A.2.2.4}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class NonComplianceNotified implements DpaEvent, WithNonComplianceNotified
    permits ImmutableNonComplianceNotified {

  NonComplianceNotified() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, auditId; optional: note, actor.
   *
   * @return a builder for {@code NonComplianceNotified}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link NonComplianceNotified}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableNonComplianceNotified.Builder {
    Builder() {}
  }

  /**
   * Returns who performed the event; defaults to {@link PartyKind#CUSTOMER}.
   *
   * @return the actor
   */
  @Override
  @Value.Default
  public PartyKind getActor() {
    return PartyKind.CUSTOMER;
  }

  /**
   * Returns the id of the audit.
   *
   * @return the audit id
   */
  @NotBlank(message = "NonComplianceNotified.auditId = '${validatedValue}': must not be blank")
  public abstract String getAuditId();

  @Override
  public final EventType getType() {
    return EventType.NON_COMPLIANCE_NOTIFIED;
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
    return visitor.visitNonComplianceNotified(this);
  }
}
