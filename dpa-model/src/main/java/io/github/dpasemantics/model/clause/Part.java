package io.github.dpasemantics.model.clause;

import java.util.Optional;

/**
 * A part of the Addendum's text: the main body, the EU Annex (Annex A) or the California Annex
 * (Annex B). Clause ids are numbered within their part, and the parts come in this order in the
 * document.
 */
public enum Part {
  /** The main body of the Addendum, sections 1 to 9; its ids have no prefix ({@code 6.3}). */
  BODY("", "Data Protection Addendum"),
  /** Annex A, the EU Annex; its ids start with {@code A.} ({@code A.2.2.2}). */
  ANNEX_A("A", "EU Annex"),
  /** Annex B, the California Annex; its ids start with {@code B.} ({@code B.3}). */
  ANNEX_B("B", "California Annex");

  private final String letter;
  private final String title;

  Part(String letter, String title) {
    this.letter = letter;
    this.title = title;
  }

  /**
   * Returns the letter that names this annex in clause ids and in the text ("Annex A"), or empty
   * for the body.
   *
   * @return {@code "A"}, {@code "B"} or empty
   */
  public Optional<String> getLetter() {
    return letter.isEmpty() ? Optional.empty() : Optional.of(letter);
  }

  /**
   * Returns the prefix of this part's clause ids: {@code ""} for the body, {@code "A."} and
   * {@code "B."} for the annexes.
   *
   * @return the id prefix
   */
  public String getPrefix() {
    return letter.isEmpty() ? "" : letter + ".";
  }

  /**
   * Returns the title the text gives this part: "Data Protection Addendum", "EU Annex" or
   * "California Annex".
   *
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns whether this part is one of the annexes.
   *
   * @return true for {@link #ANNEX_A} and {@link #ANNEX_B}
   */
  public boolean isAnnex() {
    return !letter.isEmpty();
  }
}
