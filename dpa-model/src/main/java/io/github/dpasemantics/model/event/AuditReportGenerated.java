package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An audit report was generated in connection with an audit (A.2.2.4), which Customer must provide to Segment and may use only for the stated purposes. The actor is Customer or its auditor.
 *
 * <p>Allowed actors: {@link PartyKind#CUSTOMER}, {@link PartyKind#AUDITOR}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code A.2.2.4}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AuditReportGenerated implements DpaEvent, WithAuditReportGenerated
    permits ImmutableAuditReportGenerated {

  AuditReportGenerated() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, auditId, reportId; optional: note, actor.
   *
   * @return a builder for {@code AuditReportGenerated}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AuditReportGenerated}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAuditReportGenerated.Builder {
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
  @NotBlank(message = "AuditReportGenerated.auditId = '${validatedValue}': must not be blank")
  public abstract String getAuditId();

  /**
   * Returns the id of the audit report.
   *
   * @return the report id
   */
  @NotBlank(message = "AuditReportGenerated.reportId = '${validatedValue}': must not be blank")
  public abstract String getReportId();

  @Override
  public final EventType getType() {
    return EventType.AUDIT_REPORT_GENERATED;
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
    return visitor.visitAuditReportGenerated(this);
  }
}
