package io.github.dpasemantics.model.clause;

import io.github.dpasemantics.model.party.PartyKind;
import jakarta.validation.constraints.NotBlank;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One numbered unit of the Addendum's text — its id, heading, verbatim text and what it does:
 * its normative kind, the parties it binds and benefits, the references it makes and the terms it
 * defines.
 *
 * <p><b>Text.</b> {@link #getText()} is the unit's own text, verbatim but with whitespace
 * normalised (one space between words, none at the ends) and the Markdown removed (bold markers,
 * link targets). It excludes the number, a run-in heading ("<b>Definitions</b>." in A.1.1) and the
 * text of sub-units (6.1's text ends with "Segment:"; 6.1.1 and 6.1.2 follow as clauses of their
 * own).
 *
 * <p><b>Groupings.</b> A numbered heading with no text of its own — body sections 3, 5, 6, 7
 * and 9, Annex A sections 1, 2 and 4, the heading A.2.1 and the annexes {@code A} and {@code B}
 * themselves — is a {@linkplain #isGrouping() grouping}: its text is empty, and its kinds and
 * parties summarise its sub-units (primary kind: the commonest primary kind among them, earliest
 * first on a tie). Lookups by kind and party in the {@link ClauseCatalog} skip groupings.
 *
 * <p><b>Parties.</b> {@link #getBinds()} are the parties whose conduct or position the clause
 * governs: the bearer of an obligation or prohibition, the holder of a permission, the party
 * subject to another's right or power, and both contracting parties for a definition,
 * declaration or condition they agree to. {@link #getBenefits()} are the parties in whose favour
 * it operates: the beneficiary of an obligation or prohibition, the holder of a permission or
 * right, both parties for what they mutually agree. A clause that mixes norms has the union.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Clause implements WithClause {

  Clause() {}

  /**
   * Returns a builder.
   *
   * <p>Required: id, title, text, kind; optional: heading, secondaryKinds, binds, benefits,
   * references, definedTerms.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of {@link Clause}.
   *
   * <p>{@link #builder()} lists the required attributes; {@code build()} names those left unset.
   */
  public static final class Builder extends ImmutableClause.Builder {
    Builder() {}
  }

  /**
   * Returns the clause's id, e.g. {@code 6.3}.
   *
   * @return the id
   */
  public abstract ClauseId getId();

  /**
   * Returns the unit's own heading, if the text gives it one: a section title ("Subprocessing"
   * for 6), a run-in heading ("Audits and Reviews of Compliance" for A.2.2) or the term a
   * definition defines ("Affiliate" for 2.1).
   *
   * @return the own heading, or empty
   */
  public abstract Optional<String> getHeading();

  /**
   * Returns the heading under which the unit stands: its own heading, else the nearest enclosing
   * unit's, else the title of its part ("General; Termination" for 3.1, "California Annex" for
   * B.3).
   *
   * @return the title, never blank
   */
  @NotBlank(message = "Clause.title = '${validatedValue}': must not be blank")
  public abstract String getTitle();

  /**
   * Returns the unit's own text, whitespace-normalised; empty for a {@linkplain #isGrouping()
   * grouping}.
   *
   * @return the text
   */
  public abstract String getText();

  /**
   * Returns what the clause mainly does.
   *
   * @return the primary kind
   */
  public abstract NormKind getKind();

  /**
   * Returns the other things the clause does, not including {@link #getKind()}.
   *
   * @return the secondary kinds, in enum order
   */
  public abstract Set<NormKind> getSecondaryKinds();

  /**
   * Returns the parties whose conduct or position the clause governs (see the class comment).
   *
   * @return the bound parties, in enum order
   */
  public abstract Set<PartyKind> getBinds();

  /**
   * Returns the parties in whose favour the clause operates (see the class comment).
   *
   * @return the benefiting parties, in enum order
   */
  public abstract Set<PartyKind> getBenefits();

  /**
   * Returns the cross-references in the text, in text order.
   *
   * @return the references
   */
  public abstract List<CrossReference> getReferences();

  /**
   * Returns the terms this clause defines, in text order (three for 1, one for 2.9, six for A.1.1).
   *
   * @return the defined terms, empty if it defines none
   */
  public abstract List<DefinedTerm> getDefinedTerms();

  /**
   * Returns the part of the text the clause belongs to.
   *
   * @return the part
   */
  public Part getPart() {
    return getId().getPart();
  }

  /**
   * Returns whether the clause is a heading with no text of its own (see the class comment).
   *
   * @return true for a grouping
   */
  public boolean isGrouping() {
    return getText().isEmpty();
  }

  /**
   * Returns the primary and the secondary kinds together.
   *
   * @return every kind of the clause, in enum order
   */
  public Set<NormKind> getKinds() {
    Set<NormKind> kinds = EnumSet.of(getKind());
    kinds.addAll(getSecondaryKinds());
    return java.util.Collections.unmodifiableSet(kinds);
  }

  /**
   * Returns whether the clause is of {@code kind}, primarily or secondarily.
   *
   * @param kind the kind
   * @return true if the clause has that kind
   */
  public boolean hasKind(NormKind kind) {
    Objects.requireNonNull(kind, "Clause.hasKind(kind): kind must not be null");
    return getKind() == kind || getSecondaryKinds().contains(kind);
  }

  /**
   * Returns whether the clause binds or benefits {@code party}.
   *
   * @param party the party
   * @return true if {@code party} is in {@link #getBinds()} or {@link #getBenefits()}
   */
  public boolean concerns(PartyKind party) {
    Objects.requireNonNull(party, "Clause.concerns(party): party must not be null");
    return getBinds().contains(party) || getBenefits().contains(party);
  }

  /**
   * Returns whether the clause defines {@code term} (case-insensitive).
   *
   * @param term the term
   * @return true if one of {@link #getDefinedTerms()} matches it
   */
  public boolean defines(String term) {
    Objects.requireNonNull(term, "Clause.defines(term): term must not be null");
    return getDefinedTerms().stream().anyMatch(defined -> defined.matches(term));
  }

  @Value.Check
  void check() {
    String where = "Clause " + getId();
    String text = getText();
    if (!text.equals(TextNormaliser.collapse(text))) {
      throw new IllegalStateException(
          where + ": text must be whitespace-normalised (single spaces, no line breaks, none at"
              + " the ends), was '" + text + "'");
    }
    getHeading().ifPresent(heading -> {
      if (heading.isBlank()) {
        throw new IllegalStateException(where + ": heading, if present, must not be blank");
      }
    });
    if (getSecondaryKinds().contains(getKind())) {
      throw new IllegalStateException(
          where + ": secondaryKinds " + getSecondaryKinds() + " must not repeat the primary kind "
              + getKind());
    }
    if (getBinds().isEmpty()) {
      throw new IllegalStateException(where + ": binds must name at least one party");
    }
    for (CrossReference reference : getReferences()) {
      if (!reference.getSource().equals(getId())) {
        throw new IllegalStateException(
            where + ": reference " + reference + " must have source " + getId());
      }
      if (reference.getOffset() < 0 || reference.getEnd() > text.length()
          || !text.startsWith(reference.getText(), reference.getOffset())) {
        throw new IllegalStateException(
            where + ": reference " + reference + " does not match the text at offset "
                + reference.getOffset());
      }
    }
    for (DefinedTerm term : getDefinedTerms()) {
      if (!term.getClause().equals(getId())) {
        throw new IllegalStateException(
            where + ": defined term " + term + " must name clause " + getId());
      }
    }
  }

  @Override
  public String toString() {
    return "Clause{" + getId() + " '" + getTitle() + "' " + getKind() + "}";
  }
}
