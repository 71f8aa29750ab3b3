package io.github.dpasemantics.monitor;

/** What an input event did to an obligation instance, a right, or the contract (see {@link EventAccount}). */
public enum EffectKind {
  /** Created an obligation instance. */
  CREATED,
  /** Moved a created instance to active (its condition occurred, e.g. termination for an early deletion request). */
  ACTIVATED,
  /** Fulfilled an instance in time. */
  FULFILLED,
  /** Performed an instance's duty after it was already violated; the violation stands. */
  FULFILLED_LATE,
  /** Violated an instance (e.g. a Subprocessor processing before the notice period ran out). */
  VIOLATED,
  /** Discharged an instance (an exception of the text applies). */
  DISCHARGED,
  /** Suspended an instance. */
  SUSPENDED,
  /** Resumed a suspended instance. */
  RESUMED,
  /** Opened a right. */
  RIGHT_OPENED,
  /** Exercised a right. */
  RIGHT_EXERCISED,
  /** Recorded a fact the rules read later (a signature, the end of the Agreement, a report's issue date, a lawful engagement of an Affiliate). */
  RECORDED
}
