package io.github.dpasemantics.monitor;

import io.github.dpasemantics.policy.Decision;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What an obligation instance ({@link Inst}) and a right ({@link Right}) keep to explain their
 * current state: its reason code, the reason's values and the policy decision behind it, if any.
 * Up to {@link #INLINE} values are kept in fields, not in an array of their own: nearly every
 * reason has two or three, and an array per instance and right was a fifth of the objects a
 * replayed fleet keeps for the garbage collector to copy.
 */
abstract class Explained implements Target {
  static final int INLINE = 3;
  private static final Object[] NO_ARGS = new Object[0];
  /** {@link #argc} when the values are in an array, kept in {@link #a0}. */
  private static final byte SPILLED = -1;

  MonitorCode why;
  /** The number of values in {@link #a0}, {@link #a1}, {@link #a2}, or {@link #SPILLED}. */
  private byte argc;
  private @Nullable Object a0;
  private @Nullable Object a1;
  private @Nullable Object a2;
  @Nullable Supplier<Decision<?>> basis;

  Explained(MonitorCode why, Object[] args) {
    this.why = why;
    setArgs(why.checked(args));
  }

  /** Sets the reason: {@code code} with {@code args} (the array is not kept if it is short). */
  final void reason(MonitorCode code, Object[] args) {
    why = code;
    setArgs(code.checked(args));
  }

  private void setArgs(Object[] args) {
    int n = args.length;
    if (n > INLINE) {
      argc = SPILLED;
      a0 = args;
      a1 = null;
      a2 = null;
      return;
    }
    argc = (byte) n;
    a0 = n > 0 ? args[0] : null;
    a1 = n > 1 ? args[1] : null;
    a2 = n > 2 ? args[2] : null;
  }

  /** The reason's values, in a new array (or the array they were given in, if long). */
  final Object[] args() {
    switch (argc) {
      case 0:
        return NO_ARGS;
      case 1:
        return new Object[] {a0};
      case 2:
        return new Object[] {a0, a1};
      case 3:
        return new Object[] {a0, a1, a2};
      default:
        return (Object[]) Objects.requireNonNull(a0);
    }
  }

  /** Takes the reason and the decision behind it from {@code other}. */
  final void copyExplanation(Explained other) {
    why = other.why;
    argc = other.argc;
    a0 = other.a0;
    a1 = other.a1;
    a2 = other.a2;
    basis = other.basis;
  }

  /** Drops the reason's values and the decision behind it, keeping the code (streaming mode). */
  final void dropExplanation() {
    argc = 0;
    a0 = null;
    a1 = null;
    a2 = null;
    basis = null;
  }
}
