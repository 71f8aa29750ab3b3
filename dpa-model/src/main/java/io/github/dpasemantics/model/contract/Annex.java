package io.github.dpasemantics.model.contract;

import io.github.dpasemantics.model.data.DataProtectionLaw;
import java.util.Objects;

/**
 * The two Annexes of the Addendum and the law that decides whether each applies (4): Annex A
 * "applies only to such Processing of Customer Personal Data governed by EU Data Protection Law"
 * and Annex B "applies only to such Processing of Customer Personal Data governed by the CCPA".
 */
public enum Annex {
  /** Annex A, the EU Annex; its clause ids start with {@code A.}. */
  EU_ANNEX("A", "EU Annex", DataProtectionLaw.EU_DATA_PROTECTION_LAW),
  /** Annex B, the California Annex; its clause ids start with {@code B.}. */
  CALIFORNIA_ANNEX("B", "California Annex", DataProtectionLaw.CCPA);

  private final String letter;
  private final String title;
  private final DataProtectionLaw law;

  Annex(String letter, String title, DataProtectionLaw law) {
    this.letter = letter;
    this.title = title;
    this.law = law;
  }

  /**
   * The annex letter, {@code "A"} or {@code "B"}.
   *
   * @return {@code "A"} for the EU Annex, {@code "B"} for the California Annex
   */
  public String getLetter() {
    return letter;
  }

  /**
   * The title the text gives it.
   *
   * @return {@code "EU Annex"} or {@code "California Annex"}
   */
  public String getTitle() {
    return title;
  }

  /**
   * The prefix of its clause ids, {@code "A."} or {@code "B."}.
   *
   * @return the annex letter followed by a dot
   */
  public String getClausePrefix() {
    return letter + ".";
  }

  /**
   * The law whose governing the Processing makes the annex apply (4).
   *
   * @return {@link DataProtectionLaw#EU_DATA_PROTECTION_LAW} for Annex A,
   *     {@link DataProtectionLaw#CCPA} for Annex B
   */
  public DataProtectionLaw getGoverningLaw() {
    return law;
  }

  /**
   * The clause that scopes the annexes: {@code "4"}.
   *
   * @return the clause id {@code "4"}, the same for both Annexes
   */
  public String getScopeClause() {
    return "4";
  }

  /**
   * The annex whose clause ids start with the given letter.
   *
   * @param letter the annex letter, {@code "A"} or {@code "B"} (upper case)
   * @return the Annex with that letter
   * @throws IllegalArgumentException naming the letter if no Annex has it
   */
  public static Annex ofLetter(String letter) {
    Objects.requireNonNull(letter, "Annex.ofLetter: letter must not be null");
    for (Annex a : values()) {
      if (a.letter.equals(letter)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "Annex.letter = '" + letter + "': no such annex (known: A, B)");
  }
}
