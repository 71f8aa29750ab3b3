package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.DpaEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A full-history engine's accounts, one row per applied event: what an {@link Acct} held for its
 * event, without an object (or a reason-values array) per event. A replayed history is then a few
 * arrays per contract for the garbage collector to copy, not two or three objects per event.
 *
 * <p>Rows are stored in chunks, each a references array (a row's {@link #REFS} references side by
 * side: event, first effect's instance or right, prefix, suffix and clause, the other effects, up
 * to {@link #INLINE} reason values) and an {@code int} array (a row's effect kinds, reason code,
 * number of values and unmatched flag, packed). A second and last effect on an instance or right
 * under its own clause, which nearly every event with two effects has, is kept as that target and
 * its kind, with no {@link Effect} or array of its own. Side by side, because a fleet fed event by
 * event visits each contract's rows cold: one row is then one or two cache lines, where a column
 * per field was ten. In chunks, because a column store that grew by copying allocated its rows two
 * or three times over, and a single large array would be allocated outside the young generation,
 * where every reference written costs a write barrier. Chunks grow geometrically, 16 rows up to
 * {@link #MAX_CHUNK}; {@link #ensureCapacity} adds one chunk of the size a batch needs. A row with
 * more than {@link #INLINE} reason values keeps its values array.
 */
final class Accounts {
  /** Reason values kept in the row itself. */
  static final int INLINE = 3;
  private static final int EVENT = 0;
  private static final int TARGET = 1;
  private static final int PREFIX = 2;
  private static final int SUFFIX = 3;
  private static final int CLAUSE = 4;
  private static final int MORE = 5;
  private static final int VALUES = 6;
  /** References per row. */
  private static final int REFS = VALUES + INLINE;
  private static final int FIRST_CHUNK = 16;
  /** The most rows in one chunk: its references array stays well below G1's large-object size. */
  private static final int MAX_CHUNK = 4096;
  private static final EffectKind[] KINDS = EffectKind.values();
  private static final MonitorCode[] CODES = MonitorCode.values();
  /**
   * The packed int of a row: reason code ordinal (low bits), number of values or {@link #SPILLED},
   * unmatched, effect kind + 1, second effect's kind + 1 when kept as its target alone.
   */
  private static final int CODE_BITS = 12;
  private static final int ARGC_SHIFT = CODE_BITS;
  private static final int ARGC_MASK = 0x7;
  private static final int SPILLED = 7;
  private static final int UNMATCHED = 1 << 15;
  private static final int KIND_SHIFT = 16;
  private static final int KIND_MASK = 0xF;
  /** The second effect's kind + 1, when the row keeps it as its target alone (see {@link #add}). */
  private static final int KIND2_SHIFT = 20;

  static {
    if (CODES.length >= 1 << CODE_BITS) {
      throw new ExceptionInInitializerError("Accounts: " + CODES.length + " reason codes do not fit in " + CODE_BITS + " bits");
    }
    if (KINDS.length >= KIND_MASK) {
      throw new ExceptionInInitializerError("Accounts: " + KINDS.length + " effect kinds do not fit in 4 bits");
    }
  }

  private @Nullable Object[][] refs = new Object[0][];
  private int[][] packed = new int[0][];
  /** The rows before each chunk, and after the last ({@code starts[chunks]} is the capacity). */
  private int[] starts = {0};
  private int chunks;
  private int size;
  /** The chunk rows are added to. */
  private int current = -1;

  int size() {
    return size;
  }

  /** Makes room for {@code rows} rows in all, in one more chunk if needed (a batch's size is known). */
  void ensureCapacity(int rows) {
    while (starts[chunks] < rows) {
      addChunk(Math.min(MAX_CHUNK, rows - starts[chunks]));
    }
  }

  private void addChunk(int rows) {
    if (chunks == refs.length) {
      int n = Math.max(4, 2 * chunks);
      refs = Arrays.copyOf(refs, n);
      packed = Arrays.copyOf(packed, n);
      starts = Arrays.copyOf(starts, n + 1);
    }
    refs[chunks] = new Object[rows * REFS];
    packed[chunks] = new int[rows];
    starts[chunks + 1] = starts[chunks] + rows;
    chunks++;
  }

  /** Adds a row holding what {@code a} holds now. */
  void add(Acct a) {
    int r = size;
    if (r == starts[chunks]) {
      addChunk(chunks == 0 ? FIRST_CHUNK : Math.min(MAX_CHUNK, r));
    }
    if (current < 0 || r >= starts[current + 1]) {
      current++;
    }
    int o = r - starts[current];
    Object[] row = Objects.requireNonNull(refs[current]);
    int at = o * REFS;
    row[at + EVENT] = a.event;
    row[at + TARGET] = a.target1();
    row[at + PREFIX] = a.prefix1();
    row[at + SUFFIX] = a.suffix1();
    row[at + CLAUSE] = a.clause1();
    // a second and last effect on an instance or right, under its own clause (nearly every
    // event with two effects), is kept as its target and kind: no Effect and no array per row
    Effect[] more = a.more();
    int kind2 = 0;
    if (more != null && more.length == 1) {
      Effect m = more[0];
      Target t = m.target();
      if (t != null && m.getClause().equals(t.clause())) {
        row[at + MORE] = t;
        kind2 = (m.getKind().ordinal() + 1) << KIND2_SHIFT;
      } else {
        row[at + MORE] = more;
      }
    } else {
      row[at + MORE] = more;
    }
    Object[] values = a.args;
    int argc = values.length;
    if (argc <= INLINE) {
      System.arraycopy(values, 0, row, at + VALUES, argc);
    } else {
      row[at + VALUES] = values;
      argc = SPILLED;
    }
    EffectKind k = a.kind1();
    packed[current][o] = (k == null ? 0 : (k.ordinal() + 1) << KIND_SHIFT) | kind2 | (a.unmatched ? UNMATCHED : 0)
        | (argc << ARGC_SHIFT) | a.code.ordinal();
    size = r + 1;
  }

  /** Every row's account, in order. */
  List<EventAccount> accounts() {
    List<EventAccount> out = new ArrayList<>(size);
    for (int c = 0; c < chunks && starts[c] < size; c++) {
      for (int o = 0, n = Math.min(size, starts[c + 1]) - starts[c]; o < n; o++) {
        out.add(account(c, o));
      }
    }
    return out;
  }

  /** The account of row {@code r}, as {@link Acct#toAccount()} would have made it. */
  EventAccount account(int r) {
    Objects.checkIndex(r, size);
    int c = Arrays.binarySearch(starts, 0, chunks + 1, r);
    c = c >= 0 ? c : -c - 2; // the chunk whose start is the greatest at or below r
    return account(c, r - starts[c]);
  }

  private EventAccount account(int c, int o) {
    Object[] row = Objects.requireNonNull(refs[c]);
    int at = o * REFS;
    int b = packed[c][o];
    int k = (b >>> KIND_SHIFT) & KIND_MASK;
    int k2 = (b >>> KIND2_SHIFT) & KIND_MASK;
    Object m = row[at + MORE];
    Effect[] more;
    if (k2 != 0) {
      Target t = (Target) Objects.requireNonNull(m);
      more = new Effect[] {new Effect(KINDS[k2 - 1], t, "", null, t.clause())};
    } else {
      more = (Effect[]) m;
    }
    int argc = (b >>> ARGC_SHIFT) & ARGC_MASK;
    Object[] values;
    if (argc == SPILLED) {
      values = (Object[]) Objects.requireNonNull(row[at + VALUES]);
    } else {
      values = Arrays.copyOfRange(row, at + VALUES, at + VALUES + argc);
    }
    return new EventAccount((DpaEvent) Objects.requireNonNull(row[at + EVENT]), k == 0 ? null : KINDS[k - 1],
        (Target) row[at + TARGET], (String) Objects.requireNonNull(row[at + PREFIX]), (String) row[at + SUFFIX],
        (ClauseId) row[at + CLAUSE], more, (b & UNMATCHED) != 0, CODES[b & ((1 << CODE_BITS) - 1)], values);
  }
}
