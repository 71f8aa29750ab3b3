package io.github.dpasemantics.monitor;

/**
 * What happened to one obligation or right, as a {@link Change} reports it: the lifecycle steps an
 * event causes ({@link Monitor#step}) and those the passing of time causes
 * ({@link Monitor#advance}).
 */
public enum ChangeKind {
  /** An obligation was created (its triggering event happened). */
  CREATED,
  /** A created obligation became active (its condition occurred, e.g. the end of the Agreement for 9.1). */
  ACTIVATED,
  /** An obligation was performed in time. */
  FULFILLED,
  /** An obligation's duty was performed after it had been violated; the violation stands. */
  FULFILLED_LATE,
  /** An obligation was violated by an event (e.g. a Subprocessor processing before the notice period ran out). */
  VIOLATED,
  /** An obligation was discharged (an exception of the text applies). */
  DISCHARGED,
  /** An obligation was suspended (an excuse or prohibition the text gives). */
  SUSPENDED,
  /** A suspended obligation was resumed. */
  RESUMED,
  /** A right was opened. */
  RIGHT_OPENED,
  /** A right was exercised. */
  RIGHT_EXERCISED,
  /** Time: a right's last day passed without it being exercised. */
  RIGHT_LAPSED,
  /** Time: an open obligation's due date is near ({@link Monitor#DUE_SOON_DAYS} days or fewer away). */
  DUE_SOON,
  /** Time: an open obligation's due date passed without performance. */
  MISSED;

  /**
   * The change an event's effect of {@code kind} is, or null for a recorded fact (no obligation or
   * right changed): every other effect kind is the change of the same name, so the correspondence
   * is written once, in the two enums' constant names.
   */
  static @org.jspecify.annotations.Nullable ChangeKind of(EffectKind kind) {
    return kind == EffectKind.RECORDED ? null : valueOf(kind.name());
  }
}
