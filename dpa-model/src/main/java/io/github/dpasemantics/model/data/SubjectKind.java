package io.github.dpasemantics.model.data;

/**
 * Who the natural person a piece of data is about is, as far as the Addendum cares (2.3, 2.5,
 * A.1.2(d)).
 */
public enum SubjectKind {
  /** Customer's customers, end users or other individuals to whom Customer Personal Data pertains (A.1.2(d)). */
  CUSTOMER_END_USER,
  /** An employee or other representative of Customer (2.3, A.2.1.2). */
  CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE,
  /** Any other identified or identifiable natural person (2.5). */
  OTHER_INDIVIDUAL,
  /** The data is about no natural person (so it cannot be Personal Data, 2.5, 2.8). */
  NONE
}
