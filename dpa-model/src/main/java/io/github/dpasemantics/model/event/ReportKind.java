package io.github.dpasemantics.model.event;

/** The kinds of Third Party Report A.2.2.1 names. */
public enum ReportKind {
  /** An ISO/IEC 27001 certification. */
  ISO_27001,
  /** An ISO/IEC 27017 certification. */
  ISO_27017,
  /** An ISO/IEC 27018 certification. */
  ISO_27018,
  /** A "similar audit report" (A.2.2.1), such as a SOC 2 report. */
  OTHER
}
