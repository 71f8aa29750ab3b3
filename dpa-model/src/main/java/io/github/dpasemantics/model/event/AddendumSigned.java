package io.github.dpasemantics.model.event;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party signed the Addendum (1). The Addendum takes effect "as of the later date of each party's signature"; the actor is the party that signed, {@link PartyKind#SEGMENT} or {@link PartyKind#CUSTOMER}.
 *
 * <p>Allowed actors: {@link PartyKind#SEGMENT}, {@link PartyKind#CUSTOMER} (required). Clauses: {@code 1}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract sealed class AddendumSigned implements DpaEvent, WithAddendumSigned
    permits ImmutableAddendumSigned {

  AddendumSigned() {}

  /**
   * Returns a new builder.
   *
   * <p>Required: id, date, actor; optional: note, signatory.
   *
   * @return a builder for {@code AddendumSigned}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link AddendumSigned}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableAddendumSigned.Builder {
    Builder() {}
  }

  /**
   * Returns the name of the natural person who signed, if recorded.
   *
   * @return the signatory
   */
  public abstract Optional<@Pattern(regexp = "(?s).*\\S.*",
      message = "AddendumSigned.signatory = '${validatedValue}': must not be blank when present") String> getSignatory();

  @Override
  public final EventType getType() {
    return EventType.ADDENDUM_SIGNED;
  }

  @Override
  public final Matter getMatter() {
    return Matter.CONTRACT;
  }

  @Override
  public final Optional<String> getMatterId() {
    return Optional.empty();
  }

  @Override
  public final <R> R accept(Visitor<R> visitor) {
    return visitor.visitAddendumSigned(this);
  }
}
