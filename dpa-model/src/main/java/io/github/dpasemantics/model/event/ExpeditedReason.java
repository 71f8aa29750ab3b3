package io.github.dpasemantics.model.event;

/**
 * Why Segment reasonably believed that engaging a new Subprocessor on an expedited basis was
 * necessary (6.3): the four reasons the text names. With one of them, notice is due "as soon as
 * reasonably practicable" instead of at least ten calendar days before the Subprocessor first
 * Processes Customer Personal Data.
 */
public enum ExpeditedReason {
  /** "to protect the confidentiality ... of the Customer Personal Data" (6.3). */
  PROTECT_CONFIDENTIALITY,
  /** "to protect the ... integrity ... of the Customer Personal Data" (6.3). */
  PROTECT_INTEGRITY,
  /** "to protect the ... availability of the Customer Personal Data" (6.3). */
  PROTECT_AVAILABILITY,
  /** "[to] avoid material disruption to the Services" (6.3). */
  AVOID_MATERIAL_DISRUPTION
}
