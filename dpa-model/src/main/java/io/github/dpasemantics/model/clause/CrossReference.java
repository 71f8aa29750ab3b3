package io.github.dpasemantics.model.clause;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place in a clause's text that points at another unit of the Addendum ("Section 7.c.",
 * "Section 5 of this Addendum", "Annex A") or at a location in another instrument ("Clause 5(j)
 * of the Standard Contractual Clauses", "Chapter V of the GDPR"), with what it resolves to.
 *
 * <p>An internal reference has a {@linkplain #getTarget() target} clause id; an external one has
 * a {@linkplain #getDocument() document} instead. Exactly one of the two is present.
 *
 * <p>The text still uses an older lettered numbering in places. The letter counts the numbered
 * units inside the section, {@code a} being the first: "Section 7.c." is the third unit of body
 * section 7, {@code 7.3}; in Annex A, "Section 2.b." is {@code A.2.2}, "Section 4.b." {@code
 * A.4.2} and "Section 1.b." {@code A.1.2}. A reference resolves inside the part it stands in
 * ("this Section 4" in A.4.1 is {@code A.4}) unless it names its part ("Section 7 of this
 * Addendum" in A.2.1.1 is body {@code 7}; "Section 1.b. to this Annex A" is {@code A.1.2}). Such
 * readings are explained in {@link #getNote()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CrossReference implements WithCrossReference {

  CrossReference() {}

  /**
   * Returns a builder.
   *
   * <p>Required: source, text, offset; optional: target, document, note.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link CrossReference}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableCrossReference.Builder {
    Builder() {}
  }

  /**
   * Returns a reference to another unit of the Addendum.
   *
   * @param source the clause whose text contains the reference
   * @param text the reference as written, e.g. {@code "Section 7.c."}
   * @param offset where {@code text} starts in the source clause's text
   * @param target the clause it points at
   * @return the reference
   */
  public static CrossReference internal(ClauseId source, String text, int offset, ClauseId target) {
    Objects.requireNonNull(source, "CrossReference.internal: source must not be null");
    Objects.requireNonNull(text, "CrossReference.internal: text must not be null");
    Objects.requireNonNull(target, "CrossReference.internal: target must not be null");
    return builder().source(source).text(text).offset(offset).target(target).build();
  }

  /**
   * Returns a reference to a location in another instrument.
   *
   * @param source the clause whose text contains the reference
   * @param text the reference as written, e.g. {@code "Chapter V of the GDPR"}
   * @param offset where {@code text} starts in the source clause's text
   * @param document the instrument it points into
   * @return the reference
   */
  public static CrossReference external(
      ClauseId source, String text, int offset, ExternalDocument document) {
    Objects.requireNonNull(source, "CrossReference.external: source must not be null");
    Objects.requireNonNull(text, "CrossReference.external: text must not be null");
    Objects.requireNonNull(document, "CrossReference.external: document must not be null");
    return builder().source(source).text(text).offset(offset).document(document).build();
  }

  /**
   * Returns the id of the clause whose text contains this reference.
   *
   * @return the source clause id
   */
  public abstract ClauseId getSource();

  /**
   * Returns the reference exactly as written in the source clause's (normalised) text, e.g.
   * {@code "Section 2.b."} or {@code "Section 6 of this Addendum"}.
   *
   * @return the literal text
   */
  @NotBlank(message = "CrossReference.text = '${validatedValue}': must not be blank")
  public abstract String getText();

  /**
   * Returns the index in the source clause's text at which {@link #getText()} starts.
   *
   * @return the offset, zero or more
   */
  @PositiveOrZero(message = "CrossReference.offset = ${validatedValue}: must not be negative")
  public abstract int getOffset();

  /**
   * Returns the clause this reference points at, if it points inside the Addendum.
   *
   * @return the target id, or empty for an external reference
   */
  public abstract Optional<ClauseId> getTarget();

  /**
   * Returns the instrument this reference points into, if it points outside the Addendum.
   *
   * @return the external document, or empty for an internal reference
   */
  public abstract Optional<ExternalDocument> getDocument();

  /**
   * Returns how the reference was read where that is not obvious, e.g. for the old lettered
   * numbering: {@code "lettered numbering: 'c' is unit 3 of Section 7 of the body"}.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> getNote();

  /**
   * Returns whether this reference points outside the Addendum.
   *
   * @return true if it has a {@linkplain #getDocument() document}
   */
  public boolean isExternal() {
    return getDocument().isPresent();
  }

  /**
   * Returns the index just after this reference in the source clause's text.
   *
   * @return {@code getOffset() + getText().length()}
   */
  public int getEnd() {
    return getOffset() + getText().length();
  }

  @Value.Check
  void check() {
    if (getTarget().isPresent() == getDocument().isPresent()) {
      throw new IllegalStateException(
          "CrossReference '" + getText() + "' in " + getSource() + ": exactly one of target ("
              + getTarget().map(ClauseId::toString).orElse("absent") + ") and document ("
              + getDocument().map(Enum::name).orElse("absent") + ") must be present");
    }
  }

  @Override
  public String toString() {
    return "CrossReference{" + getSource() + "@" + getOffset() + " '" + getText() + "' -> "
        + getTarget().map(ClauseId::toString)
            .orElseGet(() -> getDocument().map(Enum::name).orElse("?"))
        + "}";
  }
}
