package io.github.dpasemantics.model.data;

/**
 * Whose Personal Data a security event concerns, as far as this Addendum cares: 2.9 defines a
 * Security Incident over "Personal Data being Processed by Segment", but the Addendum "applies to
 * Segment's Processing of Customer Personal Data under the Agreement" (1, 4) and 7.1 protects
 * "Customer Personal Data from Security Incidents". Which of these a 7.3 notice to this Customer
 * follows is the question {@code INCIDENT_DATA_SCOPE} of
 * {@link io.github.dpasemantics.model.contract.Question}.
 */
public enum WhoseData {
  /** This Customer's Customer Personal Data (2.3): Customer Data of this Customer that is Personal Data. */
  THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA,
  /**
   * Other Personal Data Segment Processes for or about this Customer that is not its Customer
   * Personal Data: its employees' or representatives' data excluded by 2.3, or Usage Data that is
   * Personal Data (A.1.3, B.6).
   */
  OTHER_DATA_OF_THIS_CUSTOMER,
  /** Personal Data Segment Processes for someone else entirely (another customer, Segment's own staff). */
  SOMEONE_ELSES_DATA
}
