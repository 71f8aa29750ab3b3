package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment confirmed that there have been no material changes, relevant to Customer's audit request, since a Third Party Report was issued (A.2.2.2). With a report issued within the 12-month period prior to the request that addresses it, Customer must accept the report in lieu of a written response.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code A.2.2.2}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class NoMaterialChangeConfirmed implements DpaEvent, WithNoMaterialChangeConfirmed
    permits ImmutableNoMaterialChangeConfirmed {

  NoMaterialChangeConfirmed() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, auditId, reportId; optional: note, actor.
   *
   * @return a builder for {@code NoMaterialChangeConfirmed}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link NoMaterialChangeConfirmed}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableNoMaterialChangeConfirmed.Builder {
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
   * Returns the id of the audit request.
   *
   * @return the audit id
   */
  @NotBlank(message = "NoMaterialChangeConfirmed.auditId = '${validatedValue}': must not be blank")
  public abstract String getAuditId();

  /**
   * Returns the id of the Third Party Report offered in lieu of a written response.
   *
   * @return the report id
   */
  @NotBlank(message = "NoMaterialChangeConfirmed.reportId = '${validatedValue}': must not be blank")
  public abstract String getReportId();

  @Override
  public final EventType getType() {
    return EventType.NO_MATERIAL_CHANGE_CONFIRMED;
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
    return visitor.visitNoMaterialChangeConfirmed(this);
  }
}
