package io.github.dpasemantics.model.clause;

import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A term the Addendum gives a meaning, linked to the clause that gives it: "Affiliate" (2.1),
 * "Security Incident" (2.9), "Standard Contractual Clauses" (A.1.1), "service provider" (B.1).
 *
 * <p>The term keeps the text's spelling and case. Terms are compared with {@link #matches(String)}
 * case-insensitively, since the text writes "Subprocessor" and "subprocessor" alike; no two terms
 * of one catalogue differ only by case.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DefinedTerm implements WithDefinedTerm {

  DefinedTerm() {}

  /**
   * Returns the defined term {@code term}, defined by clause {@code clause} in the form {@code
   * form}.
   *
   * @param term the term as the text writes it
   * @param clause the defining clause
   * @param form how the clause defines it
   * @return the defined term
   */
  public static DefinedTerm of(String term, ClauseId clause, DefinitionForm form) {
    Objects.requireNonNull(term, "DefinedTerm.of: term must not be null");
    Objects.requireNonNull(clause, "DefinedTerm.of: clause must not be null");
    Objects.requireNonNull(form, "DefinedTerm.of: form must not be null");
    return ImmutableDefinedTerm.builder().term(term).clause(clause).form(form).build();
  }

  /**
   * Returns a builder.
   *
   * <p>Required: term, clause, form; optional: none.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link DefinedTerm}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableDefinedTerm.Builder {
    Builder() {}
  }

  /**
   * Returns the term as the text writes it, e.g. {@code "Third Party Subprocessor"}.
   *
   * @return the term
   */
  @NotBlank(message = "DefinedTerm.term = '${validatedValue}': must not be blank")
  public abstract String getTerm();

  /**
   * Returns the id of the clause that gives the term its meaning.
   *
   * @return the defining clause
   */
  public abstract ClauseId getClause();

  /**
   * Returns how the clause gives the meaning.
   *
   * @return the form of the definition
   */
  public abstract DefinitionForm getForm();

  /**
   * Returns the part of the text for which the term is defined: {@link Part#BODY} means the
   * whole Addendum, an annex means "for purposes of this Annex" (A.1.1, B.1).
   *
   * @return the scope
   */
  public Part getScope() {
    return getClause().getPart();
  }

  /**
   * Returns whether {@code text} names this term, ignoring case and surrounding spaces.
   *
   * @param text the text to compare
   * @return true if {@code text} is this term
   */
  public boolean matches(String text) {
    Objects.requireNonNull(text, "DefinedTerm.matches(text): text must not be null");
    return key(text).equals(key(getTerm()));
  }

  /** The case-insensitive lookup key of a term. */
  static String key(String term) {
    return term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Value.Check
  void check() {
    String term = getTerm();
    if (!term.equals(term.strip()) || term.contains("  ")) {
      throw new IllegalStateException(
          "DefinedTerm.term = '" + term + "' (clause " + getClause()
              + "): must have no surrounding or repeated spaces");
    }
  }

  @Override
  public String toString() {
    return "DefinedTerm{'" + getTerm() + "' " + getClause() + " " + getForm() + "}";
  }
}
