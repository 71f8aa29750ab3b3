package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Customer requested an audit of Segment's Processing by submitting reasonable requests for information (A.2.2.2). Not more than one audit per calendar year, counted by the request date in the contract's zone.
 *
 * <p>Allowed actors: {@link PartyKind#CUSTOMER}; the default is {@link PartyKind#CUSTOMER}. Clauses: {@code A.2.2.2}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AuditRequested implements DpaEvent, WithAuditRequested
    permits ImmutableAuditRequested {

  AuditRequested() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, auditId; optional: note, actor, byThirdParty.
   *
   * @return a builder for {@code AuditRequested}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AuditRequested}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAuditRequested.Builder {
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
   * Returns the id of the audit, shared by every later event about it.
   *
   * @return the audit id
   */
  @NotBlank(message = "AuditRequested.auditId = '${validatedValue}': must not be blank")
  public abstract String getAuditId();

  /**
   * Returns whether a third party is to conduct the audit (A.2.2.3); defaults to false.
   *
   * @return true if so
   */
  @Value.Default
  public boolean isByThirdParty() {
    return false;
  }

  /**
   * Returns the calendar year the audit counts against (A.2.2.2): the year of the request date.
   *
   * @return the year of {@link #getDate()}
   */
  public final int getAuditYear() {
    return getDate().getYear();
  }

  @Override
  public final EventType getType() {
    return EventType.AUDIT_REQUESTED;
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
    return visitor.visitAuditRequested(this);
  }
}
