package io.github.dpasemantics.policy.fact;

/**
 * Whether something the Addendum requires to be written was given in writing: Customer's further
 * instructions (5.1: "other written instructions given by Customer"), Segment's agreement with a
 * Subprocessor (6.1.1: Segment "shall enter into a written agreement with each Subprocessor") and
 * Customer's objection to a new Third Party Subprocessor (6.3: "Customer notifies Segment in
 * writing that Customer objects").
 */
public enum Form {
  /** Given in writing, as 5.1, 6.1.1 and 6.3 require. */
  IN_WRITING,
  /** Not given in writing (orally, or not at all): it does not count where 5.1, 6.1.1 or 6.3 asks for writing. */
  NOT_IN_WRITING
}
