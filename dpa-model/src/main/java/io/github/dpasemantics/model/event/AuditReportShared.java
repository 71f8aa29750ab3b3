package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer provided Segment with an audit report generated in connection with an audit (A.2.2.4).
 *
 * <p>Allowed actors: {@link PartyKind#CUSTOMER}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code A.2.2.4}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AuditReportShared implements DpaEvent, WithAuditReportShared
    permits ImmutableAuditReportShared {

  AuditReportShared() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, auditId, reportId; optional: note, actor.
   *
   * @return a builder for {@code AuditReportShared}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AuditReportShared}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAuditReportShared.Builder {
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
  @NotBlank(message = "AuditReportShared.auditId = '${validatedValue}': must not be blank")
  public abstract String getAuditId();

  /**
   * Returns the id of the audit report shared.
   *
   * @return the report id
   */
  @NotBlank(message = "AuditReportShared.reportId = '${validatedValue}': must not be blank")
  public abstract String getReportId();

  @Override
  public final EventType getType() {
    return EventType.AUDIT_REPORT_SHARED;
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
    return visitor.visitAuditReportShared(this);
  }
}
