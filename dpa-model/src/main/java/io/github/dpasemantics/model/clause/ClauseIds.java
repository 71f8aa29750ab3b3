package io.github.dpasemantics.model.clause;

/**
 * Constants for the id of every unit of the Segment Addendum, named after the id: body ids
 * {@code S} + number ({@link #S6_3} is {@code 6.3}), annex ids with their letter ({@link
 * #A_2_2_2} is {@code A.2.2.2}, {@link #B_3} is {@code B.3}), and the annexes themselves {@link
 * #ANNEX_A} and {@link #ANNEX_B}.
 *
 * <p>Each constant is the interned instance: {@code ClauseId.parse("6.3") == ClauseIds.S6_3}.
 */
public final class ClauseIds {

  private ClauseIds() {}

  /** Clause {@code 1}: Introduction. */
  public static final ClauseId S1 = ClauseId.parse("1");

  /** Clause {@code 2}: Definitions. */
  public static final ClauseId S2 = ClauseId.parse("2");

  /** Clause {@code 2.1}. */
  public static final ClauseId S2_1 = ClauseId.parse("2.1");

  /** Clause {@code 2.2}. */
  public static final ClauseId S2_2 = ClauseId.parse("2.2");

  /** Clause {@code 2.3}. */
  public static final ClauseId S2_3 = ClauseId.parse("2.3");

  /** Clause {@code 2.4}. */
  public static final ClauseId S2_4 = ClauseId.parse("2.4");

  /** Clause {@code 2.5}. */
  public static final ClauseId S2_5 = ClauseId.parse("2.5");

  /** Clause {@code 2.6}. */
  public static final ClauseId S2_6 = ClauseId.parse("2.6");

  /** Clause {@code 2.7}. */
  public static final ClauseId S2_7 = ClauseId.parse("2.7");

  /** Clause {@code 2.8}. */
  public static final ClauseId S2_8 = ClauseId.parse("2.8");

  /** Clause {@code 2.9}. */
  public static final ClauseId S2_9 = ClauseId.parse("2.9");

  /** Clause {@code 2.10}. */
  public static final ClauseId S2_10 = ClauseId.parse("2.10");

  /** Clause {@code 2.11}. */
  public static final ClauseId S2_11 = ClauseId.parse("2.11");

  /** Clause {@code 3}: General; Termination. */
  public static final ClauseId S3 = ClauseId.parse("3");

  /** Clause {@code 3.1}. */
  public static final ClauseId S3_1 = ClauseId.parse("3.1");

  /** Clause {@code 3.2}. */
  public static final ClauseId S3_2 = ClauseId.parse("3.2");

  /** Clause {@code 3.3}. */
  public static final ClauseId S3_3 = ClauseId.parse("3.3");

  /** Clause {@code 3.4}. */
  public static final ClauseId S3_4 = ClauseId.parse("3.4");

  /** Clause {@code 4}: Scope of this Addendum. */
  public static final ClauseId S4 = ClauseId.parse("4");

  /** Clause {@code 5}: Role and Scope of the Processing. */
  public static final ClauseId S5 = ClauseId.parse("5");

  /** Clause {@code 5.1}. */
  public static final ClauseId S5_1 = ClauseId.parse("5.1");

  /** Clause {@code 5.2}. */
  public static final ClauseId S5_2 = ClauseId.parse("5.2");

  /** Clause {@code 6}: Subprocessing. */
  public static final ClauseId S6 = ClauseId.parse("6");

  /** Clause {@code 6.1}. */
  public static final ClauseId S6_1 = ClauseId.parse("6.1");

  /** Clause {@code 6.1.1}. */
  public static final ClauseId S6_1_1 = ClauseId.parse("6.1.1");

  /** Clause {@code 6.1.2}. */
  public static final ClauseId S6_1_2 = ClauseId.parse("6.1.2");

  /** Clause {@code 6.2}. */
  public static final ClauseId S6_2 = ClauseId.parse("6.2");

  /** Clause {@code 6.3}. */
  public static final ClauseId S6_3 = ClauseId.parse("6.3");

  /** Clause {@code 7}: Security. */
  public static final ClauseId S7 = ClauseId.parse("7");

  /** Clause {@code 7.1}. */
  public static final ClauseId S7_1 = ClauseId.parse("7.1");

  /** Clause {@code 7.2}. */
  public static final ClauseId S7_2 = ClauseId.parse("7.2");

  /** Clause {@code 7.3}. */
  public static final ClauseId S7_3 = ClauseId.parse("7.3");

  /** Clause {@code 7.4}. */
  public static final ClauseId S7_4 = ClauseId.parse("7.4");

  /** Clause {@code 8}: Data Subject Requests. */
  public static final ClauseId S8 = ClauseId.parse("8");

  /** Clause {@code 9}: Return or Deletion of Data. */
  public static final ClauseId S9 = ClauseId.parse("9");

  /** Clause {@code 9.1}. */
  public static final ClauseId S9_1 = ClauseId.parse("9.1");

  /** Clause {@code 9.2}. */
  public static final ClauseId S9_2 = ClauseId.parse("9.2");

  /** Clause {@code A}: Annex A, the EU Annex. */
  public static final ClauseId ANNEX_A = ClauseId.parse("A");

  /** Clause {@code A.1}: Annex A section 1, Definitions; Processing of Data. */
  public static final ClauseId A_1 = ClauseId.parse("A.1");

  /** Clause {@code A.1.1}. */
  public static final ClauseId A_1_1 = ClauseId.parse("A.1.1");

  /** Clause {@code A.1.2}. */
  public static final ClauseId A_1_2 = ClauseId.parse("A.1.2");

  /** Clause {@code A.1.3}. */
  public static final ClauseId A_1_3 = ClauseId.parse("A.1.3");

  /** Clause {@code A.1.4}. */
  public static final ClauseId A_1_4 = ClauseId.parse("A.1.4");

  /** Clause {@code A.2}: Annex A section 2, Data Security. */
  public static final ClauseId A_2 = ClauseId.parse("A.2");

  /** Clause {@code A.2.1}. */
  public static final ClauseId A_2_1 = ClauseId.parse("A.2.1");

  /** Clause {@code A.2.1.1}. */
  public static final ClauseId A_2_1_1 = ClauseId.parse("A.2.1.1");

  /** Clause {@code A.2.1.2}. */
  public static final ClauseId A_2_1_2 = ClauseId.parse("A.2.1.2");

  /** Clause {@code A.2.2}. */
  public static final ClauseId A_2_2 = ClauseId.parse("A.2.2");

  /** Clause {@code A.2.2.1}. */
  public static final ClauseId A_2_2_1 = ClauseId.parse("A.2.2.1");

  /** Clause {@code A.2.2.2}. */
  public static final ClauseId A_2_2_2 = ClauseId.parse("A.2.2.2");

  /** Clause {@code A.2.2.3}. */
  public static final ClauseId A_2_2_3 = ClauseId.parse("A.2.2.3");

  /** Clause {@code A.2.2.4}. */
  public static final ClauseId A_2_2_4 = ClauseId.parse("A.2.2.4");

  /** Clause {@code A.2.2.5}. */
  public static final ClauseId A_2_2_5 = ClauseId.parse("A.2.2.5");

  /** Clause {@code A.3}: Annex A section 3, Impact Assessments and Consultations. */
  public static final ClauseId A_3 = ClauseId.parse("A.3");

  /** Clause {@code A.4}: Annex A section 4, Data Transfers. */
  public static final ClauseId A_4 = ClauseId.parse("A.4");

  /** Clause {@code A.4.1}. */
  public static final ClauseId A_4_1 = ClauseId.parse("A.4.1");

  /** Clause {@code A.4.2}. */
  public static final ClauseId A_4_2 = ClauseId.parse("A.4.2");

  /** Clause {@code A.4.3}. */
  public static final ClauseId A_4_3 = ClauseId.parse("A.4.3");

  /** Clause {@code A.4.3.1}. */
  public static final ClauseId A_4_3_1 = ClauseId.parse("A.4.3.1");

  /** Clause {@code A.4.3.2}. */
  public static final ClauseId A_4_3_2 = ClauseId.parse("A.4.3.2");

  /** Clause {@code A.4.3.3}. */
  public static final ClauseId A_4_3_3 = ClauseId.parse("A.4.3.3");

  /** Clause {@code A.4.3.4}. */
  public static final ClauseId A_4_3_4 = ClauseId.parse("A.4.3.4");

  /** Clause {@code A.4.3.5}. */
  public static final ClauseId A_4_3_5 = ClauseId.parse("A.4.3.5");

  /** Clause {@code A.4.3.6}. */
  public static final ClauseId A_4_3_6 = ClauseId.parse("A.4.3.6");

  /** Clause {@code A.4.3.7}. */
  public static final ClauseId A_4_3_7 = ClauseId.parse("A.4.3.7");

  /** Clause {@code A.4.3.8}. */
  public static final ClauseId A_4_3_8 = ClauseId.parse("A.4.3.8");

  /** Clause {@code B}: Annex B, the California Annex. */
  public static final ClauseId ANNEX_B = ClauseId.parse("B");

  /** Clause {@code B.1}. */
  public static final ClauseId B_1 = ClauseId.parse("B.1");

  /** Clause {@code B.2}. */
  public static final ClauseId B_2 = ClauseId.parse("B.2");

  /** Clause {@code B.3}. */
  public static final ClauseId B_3 = ClauseId.parse("B.3");

  /** Clause {@code B.4}. */
  public static final ClauseId B_4 = ClauseId.parse("B.4");

  /** Clause {@code B.5}. */
  public static final ClauseId B_5 = ClauseId.parse("B.5");

  /** Clause {@code B.6}. */
  public static final ClauseId B_6 = ClauseId.parse("B.6");
}
