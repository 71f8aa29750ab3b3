package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer appointed a third-party auditor to conduct an audit (A.2.2.3); Customer is responsible for the auditor's fees (A.2.2.5).
 *
 * <p>Allowed actors: {@link PartyKind#CUSTOMER}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code A.2.2.3}, {@code A.2.2.5}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AuditorAppointed implements DpaEvent, WithAuditorAppointed
    permits ImmutableAuditorAppointed {

  AuditorAppointed() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, auditId, auditor; optional: note, actor.
   *
   * @return a builder for {@code AuditorAppointed}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AuditorAppointed}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAuditorAppointed.Builder {
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
  @NotBlank(message = "AuditorAppointed.auditId = '${validatedValue}': must not be blank")
  public abstract String getAuditId();

  /**
   * Returns the auditor's name.
   *
   * @return the auditor
   */
  @NotBlank(message = "AuditorAppointed.auditor = '${validatedValue}': must not be blank")
  public abstract String getAuditor();

  @Override
  public final EventType getType() {
    return EventType.AUDITOR_APPOINTED;
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
    return visitor.visitAuditorAppointed(this);
  }
}
