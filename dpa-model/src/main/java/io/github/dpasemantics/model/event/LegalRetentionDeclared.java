package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Segment declared that it must retain Customer Personal Data because the law requires it (9.2). The retained data remains subject to the Addendum.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}; the default is {@link PartyKind#SEGMENT}. Clauses: {@code 9.2}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class LegalRetentionDeclared implements DpaEvent, WithLegalRetentionDeclared
    permits ImmutableLegalRetentionDeclared {

  LegalRetentionDeclared() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, scope, legalBasis; optional: note, actor.
   *
   * @return a builder for {@code LegalRetentionDeclared}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link LegalRetentionDeclared}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableLegalRetentionDeclared.Builder {
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
   * Returns whether all or only part of the Customer Personal Data is retained.
   *
   * @return the scope
   */
  public abstract DataScope getScope();

  /**
   * Returns the law that requires retention, in words.
   *
   * @return the legal basis
   */
  @NotBlank(message = "LegalRetentionDeclared.legalBasis = '${validatedValue}': must not be blank")
  public abstract String getLegalBasis();

  @Override
  public final EventType getType() {
    return EventType.LEGAL_RETENTION_DECLARED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.DELETION;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.empty();
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitLegalRetentionDeclared(this);
  }
}
