package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Third Party Report was issued (A.2.2.1): an ISO 27001, 27017 or 27018 certification or a similar audit report. The event's date is the report's issue date, which decides whether it falls within the 12-month period prior to an audit request (A.2.2.2). The actor is Segment, which makes the report available.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code A.2.2.1}, {@code A.2.2.2}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class ThirdPartyReportIssued implements DpaEvent, WithThirdPartyReportIssued
    permits ImmutableThirdPartyReportIssued {

  ThirdPartyReportIssued() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, reportId, reportKind; optional: note, actor.
   *
   * @return a builder for {@code ThirdPartyReportIssued}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link ThirdPartyReportIssued}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableThirdPartyReportIssued.Builder {
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
   * Returns the id of the report.
   *
   * @return the report id
   */
  @NotBlank(message = "ThirdPartyReportIssued.reportId = '${validatedValue}': must not be blank")
  public abstract String getReportId();

  /**
   * Returns the kind of report.
   *
   * @return the report kind
   */
  public abstract ReportKind getReportKind();

  @Override
  public final EventType getType() {
    return EventType.THIRD_PARTY_REPORT_ISSUED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.REPORT;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.of(getReportId());
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitThirdPartyReportIssued(this);
  }
}
