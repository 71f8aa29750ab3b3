package io.github.dpasemantics.policy.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.DpaEvent;
import java.util.ArrayList;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A full-history engine's accounts, one row per applied event, kept in columns: what an
 * {@link Acct} held for its event, without an object (or a reason-values array) per event. A
 * replayed history is then a few arrays per contract for the garbage collector to copy, not two
 * or three objects per event. Up to {@link #INLINE} reason values are kept in columns of their
 * own; a row with more keeps its values array. The columns are empty until the first row (a
 * streaming engine adds none).
 */
final class Accounts {
  /** Reason values kept in their own columns. */
  static final int INLINE = 3;
  private static final EffectKind[] KINDS = EffectKind.values();
  private static final MonitorCode[] CODES = MonitorCode.values();
  /** Bits of {@link #bits}: the reason code's ordinal, the number of reason values (or {@link #SPILLED}), unmatched. */
  private static final int CODE_BITS = 12;
  private static final int ARGC_SHIFT = CODE_BITS;
  private static final int ARGC_MASK = 0x7;
  private static final int SPILLED = 7;
  private static final int UNMATCHED = 1 << 15;
  private static final int KIND_SHIFT = 16;

  private DpaEvent[] events = new DpaEvent[0];
  /** Per row: the first effect's kind (ordinal + 1, 0 for none), the reason code, how many values, unmatched. */
  private int[] bits = new int[0];
  private @Nullable Inst[] insts = new Inst[0];
  private @Nullable String[] prefixes = new String[0];
  private @Nullable String[] suffixes = new String[0];
  private @Nullable ClauseId[] clauses = new ClauseId[0];
  /** Per row: the effects after the first, or null. */
  private @Nullable Object[] more = new Object[0];
  /** Per row: the reason values; a row with more than {@link #INLINE} keeps its array in column 0. */
  private final @Nullable Object[][] args = {new Object[0], new Object[0], new Object[0]};
  private int size;

  static {
    if (CODES.length >= 1 << CODE_BITS) {
      throw new ExceptionInInitializerError("Accounts: " + CODES.length + " reason codes do not fit in " + CODE_BITS + " bits");
    }
  }

  int size() {
    return size;
  }

  /** Adds a row holding what {@code a} holds now. */
  void add(Acct a) {
    if (size == events.length) {
      grow();
    }
    int r = size++;
    events[r] = a.event;
    EffectKind k = a.kind1();
    insts[r] = a.firstInst();
    prefixes[r] = a.prefix1();
    suffixes[r] = a.suffix1();
    clauses[r] = a.clause1();
    more[r] = a.more;
    Object[] values = a.args;
    int argc = values.length;
    if (argc <= INLINE) {
      for (int i = 0; i < argc; i++) {
        args[i][r] = values[i];
      }
    } else {
      args[0][r] = values;
      argc = SPILLED;
    }
    bits[r] = (k == null ? 0 : (k.ordinal() + 1) << KIND_SHIFT) | (a.unmatched ? UNMATCHED : 0) | (argc << ARGC_SHIFT)
        | a.code.ordinal();
  }

  /** Makes room for {@code rows} rows in all, so that adding them grows no column (a batch's size is known). */
  void ensureCapacity(int rows) {
    if (rows > events.length) {
      resize(rows);
    }
  }

  private void grow() {
    resize(Math.max(8, events.length + (events.length >> 1)));
  }

  private void resize(int n) {
    events = Arrays.copyOf(events, n);
    bits = Arrays.copyOf(bits, n);
    insts = Arrays.copyOf(insts, n);
    prefixes = Arrays.copyOf(prefixes, n);
    suffixes = Arrays.copyOf(suffixes, n);
    clauses = Arrays.copyOf(clauses, n);
    more = Arrays.copyOf(more, n);
    for (int i = 0; i < INLINE; i++) {
      args[i] = Arrays.copyOf(args[i], n);
    }
  }

  /** The account of row {@code r}, as {@link Acct#toAccount()} would have made it. */
  EventAccount account(int r) {
    int b = bits[r];
    int k = b >>> KIND_SHIFT;
    int argc = (b >>> ARGC_SHIFT) & ARGC_MASK;
    Object[] values;
    if (argc == SPILLED) {
      values = (Object[]) java.util.Objects.requireNonNull(args[0][r]);
    } else {
      values = new Object[argc];
      for (int i = 0; i < argc; i++) {
        values[i] = args[i][r];
      }
    }
    @SuppressWarnings("unchecked")
    ArrayList<Effect> rest = (ArrayList<Effect>) more[r];
    return new EventAccount(events[r], k == 0 ? null : KINDS[k - 1], insts[r], java.util.Objects.requireNonNull(prefixes[r]),
        suffixes[r], clauses[r], rest, (b & UNMATCHED) != 0, CODES[b & ((1 << CODE_BITS) - 1)], values);
  }
}
