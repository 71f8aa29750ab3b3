package io.github.dpasemantics.model.data;

import java.util.Optional;

/**
 * The categories of data the Addendum names, each with the clause that defines or uses it.
 *
 * <p>The categories overlap as the text makes them: Customer Personal Data is the Customer Data
 * that is Personal Data, less the personal information of Customer's employees and
 * representatives with whom Segment has a direct business relationship (2.3). Whether a given
 * piece of data falls in a category is decided by the policy functions from a
 * {@link DataDescriptor}; this enum is the vocabulary.
 */
public enum DataCategory {
  /** Customer Data, as defined in the Agreement (2.3 refers to it). */
  CUSTOMER_DATA("2.3", "Customer Data"),
  /** Customer Data that is Personal Data, with the 2.3 exclusion. */
  CUSTOMER_PERSONAL_DATA("2.3", "Customer Personal Data"),
  /** "personal data", "personal information" or similar information defined in and governed by Data Protection Laws (2.8). */
  PERSONAL_DATA("2.8", "Personal Data"),
  /** Usage Data, as defined in the Agreement: Segment is controller (A.1.3) and business (B.6) where it is Personal Data. */
  USAGE_DATA("A.1.3", "Usage Data"),
  /**
   * Personal information of Customer's employees or other representatives with whom Segment has
   * a direct business relationship: excluded from Customer Personal Data (2.3).
   */
  CUSTOMER_REPRESENTATIVE_DATA("2.3", "personal information of Customer's employees or representatives");

  private final String clause;
  private final String label;

  DataCategory(String clause, String label) {
    this.clause = clause;
    this.label = label;
  }

  /**
   * The id of the clause that defines or introduces the category, e.g. {@code "2.3"}.
   *
   * @return the clause id: {@code "2.3"}, {@code "2.8"} or {@code "A.1.3"}
   */
  public String getClause() {
    return clause;
  }

  /**
   * The category's name as the text writes it.
   *
   * @return the label, e.g. {@code "Customer Personal Data"}
   */
  public String getLabel() {
    return label;
  }

  /**
   * The broader category this one is part of by definition: Customer Personal Data is part of
   * Customer Data (2.3); every other category has none.
   *
   * @return {@link #CUSTOMER_DATA} for {@link #CUSTOMER_PERSONAL_DATA}, empty for every other
   *     category
   */
  public Optional<DataCategory> getBroader() {
    return this == CUSTOMER_PERSONAL_DATA ? Optional.of(CUSTOMER_DATA) : Optional.empty();
  }
}
