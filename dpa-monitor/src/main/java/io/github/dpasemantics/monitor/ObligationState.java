package io.github.dpasemantics.monitor;

/**
 * The lifecycle state of one obligation instance (docs/monitor.md has the state diagram).
 *
 * <pre>
 * CREATED ──(condition met)──▶ ACTIVE ──(fulfilling event)──▶ FULFILLED
 *    │                          │  ▲  └──(due date passes / violating event)──▶ VIOLATED
 *    │                          ▼  │
 *    │                        SUSPENDED (e.g. a law-enforcement delay, 7.3)
 *    └──────────(exception in the text applies)──────────▶ DISCHARGED
 * </pre>
 */
public enum ObligationState {
  /** Triggered but not yet running: its condition has not occurred (e.g. a deletion request made before termination, 9.1). */
  CREATED,
  /** Running: owed now, with a due date or a status such as "without undue delay". */
  ACTIVE,
  /** Met: the fulfilling event happened in time. */
  FULFILLED,
  /** Missed: the due date passed without the fulfilling event, or a violating event happened. */
  VIOLATED,
  /** No longer owed because an exception of the text applies (e.g. 9.2 legal retention). */
  DISCHARGED,
  /** Owed, but paused while the text excuses delay (e.g. a law-enforcement request, 7.3). */
  SUSPENDED;

  /**
   * Tells whether the obligation is still open: created, active or suspended.
   *
   * @return true for CREATED, ACTIVE and SUSPENDED
   */
  public boolean isOpen() {
    return this == CREATED || this == ACTIVE || this == SUSPENDED;
  }

  /**
   * Tells whether the obligation is finished: fulfilled, violated or discharged.
   *
   * @return the negation of {@link #isOpen()}
   */
  public boolean isFinished() {
    return !isOpen();
  }
}
