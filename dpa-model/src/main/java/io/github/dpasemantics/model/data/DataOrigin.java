package io.github.dpasemantics.model.data;

/**
 * Whose data a piece of data is, in the Agreement's terms: Customer Data (what Customer sends
 * through the Services, 2.3), Usage Data (data about the use of the Services, A.1.3, B.6), or
 * neither.
 */
public enum DataOrigin {
  /** Customer Data as defined in the Agreement (2.3). */
  CUSTOMER_DATA,
  /** Usage Data as defined in the Agreement (A.1.3, B.6). */
  USAGE_DATA,
  /** Neither Customer Data nor Usage Data (e.g. Segment's own business records). */
  OTHER
}
