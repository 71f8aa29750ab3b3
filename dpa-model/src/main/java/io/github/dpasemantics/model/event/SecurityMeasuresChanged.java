package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment updated the Security Measures (7.2), which it may do upon reasonable notice to Customer provided the modifications do not materially decrease its obligations as compared to those as of the Effective Date.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code 7.2}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class SecurityMeasuresChanged implements DpaEvent, WithSecurityMeasuresChanged
    permits ImmutableSecurityMeasuresChanged {

  SecurityMeasuresChanged() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, noticeGiven, materialDecrease; optional: note, actor.
   *
   * @return a builder for {@code SecurityMeasuresChanged}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link SecurityMeasuresChanged}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableSecurityMeasuresChanged.Builder {
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
   * Returns whether reasonable notice of the update was given to Customer (7.2).
   *
   * @return true if so
   */
  public abstract boolean isNoticeGiven();

  /**
   * Returns whether the update materially decreases Segment's obligations as compared to those as of the Effective Date (7.2).
   *
   * @return true if so
   */
  public abstract boolean isMaterialDecrease();

  @Override
  public final EventType getType() {
    return EventType.SECURITY_MEASURES_CHANGED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.SECURITY_MEASURES;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.empty();
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitSecurityMeasuresChanged(this);
  }
}
