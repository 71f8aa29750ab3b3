package io.github.dpasemantics.monitor;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A map from strings (event ids, matter ids) to values, in two open-addressing arrays (linear
 * probing, at most half full). A {@code HashMap<String, V>} keeps one 32-byte node object per entry
 * besides its table; this keeps two 4-byte slots per entry and allocates nothing per entry once its
 * arrays have grown, so the monitor's state has fewer and smaller objects for the garbage collector
 * to copy. A set ({@link #set}) keeps no values at all: one slot per key. It is what the monitor
 * needs and no more: no null keys or values. Not thread-safe.
 *
 * @param <V> the value type
 */
final class StringMap<V> {
  private static final int MIN_CAPACITY = 16;
  private static final String[] NO_KEYS = new String[0];
  private static final Object[] NO_VALUES = new Object[0];
  private @Nullable String[] keys;
  /** The values, or null for a set (every key's value is {@code TRUE}). */
  private @Nullable Object @Nullable [] values;
  private int size;

  /** An empty map. */
  StringMap() {
    this(0);
  }

  /** An empty map with room for {@code expected} keys before its arrays grow. */
  StringMap(int expected) {
    this(expected, true);
  }

  private StringMap(int expected, boolean withValues) {
    // no arrays until the first key or capacity hint: a monitor sizes its maps for a batch it knows
    int n = expected == 0 ? 0 : capacityFor(expected);
    keys = n == 0 ? NO_KEYS : new String[n];
    values = withValues ? (n == 0 ? NO_VALUES : new Object[n]) : null;
  }

  /**
   * An empty set of strings with room for {@code expected} before it grows: a map whose every value
   * is {@code TRUE}, stored without a values array.
   */
  static StringMap<Boolean> set(int expected) {
    return new StringMap<>(expected, false);
  }

  /** Makes room for {@code expected} keys in all, so that adding them does not grow the arrays more than once. */
  void ensureCapacity(int expected) {
    if (expected == 0) {
      return;
    }
    int n = capacityFor(expected);
    if (n > keys.length) {
      rehash(n);
    }
  }

  /** The smallest power of two, at least {@link #MIN_CAPACITY}, that holds {@code expected} keys at most half full. */
  private static int capacityFor(int expected) {
    int n = MIN_CAPACITY;
    while (n < 2L * expected && n < 1 << 30) {
      n <<= 1;
    }
    return n;
  }

  /**
   * The probe: the slot holding {@code key}, or the empty slot where its probe run ends (where it
   * would go). The arrays are never full, so the run always ends.
   */
  private int slot(String key) {
    @Nullable String[] k = keys;
    int mask = k.length - 1;
    int at = spread(key.hashCode()) & mask;
    for (String s = k[at]; s != null && !s.equals(key); s = k[at]) {
      at = (at + 1) & mask;
    }
    return at;
  }

  /** The value in an occupied slot: {@code TRUE} in a set. */
  @SuppressWarnings("unchecked")
  private V valueAt(int at) {
    @Nullable Object @Nullable [] v = values;
    return v == null ? (V) Boolean.TRUE : (V) Objects.requireNonNull(v[at]);
  }

  /** Returns the value of {@code key}, or null if it has none. */
  @Nullable V get(String key) {
    if (size == 0) {
      return null;
    }
    int at = slot(key);
    return keys[at] == null ? null : valueAt(at);
  }

  /** Whether {@code key} has a value. */
  boolean containsKey(String key) {
    return size != 0 && keys[slot(key)] != null;
  }

  /**
   * Sets the value of {@code key}, replacing any earlier one; returns the earlier one, or null. In
   * a set, {@code value} must be {@code TRUE}.
   */
  @Nullable V put(String key, V value) {
    if (2 * (size + 1) > keys.length) {
      rehash(Math.max(MIN_CAPACITY, keys.length * 2));
    }
    int at = slot(key);
    V old = keys[at] == null ? null : valueAt(at);
    if (old == null) {
      keys[at] = key;
      size++;
    }
    @Nullable Object @Nullable [] v = values;
    if (v != null) {
      v[at] = value;
    }
    return old;
  }

  /**
   * Removes {@code key}; returns its value, or null if it had none. The entries after it in its
   * probe run move back to close the gap (backward-shift deletion), so lookups never need markers.
   */
  @Nullable V remove(String key) {
    if (size == 0) {
      return null;
    }
    int hole = slot(key);
    if (keys[hole] == null) {
      return null;
    }
    @Nullable String[] k = keys;
    @Nullable Object @Nullable [] v = values;
    int mask = k.length - 1;
    V old = valueAt(hole);
    for (int j = (hole + 1) & mask; ; j = (j + 1) & mask) {
      String s = k[j];
      if (s == null) {
        break;
      }
      int home = spread(s.hashCode()) & mask;
      // the entry at j may fill the hole if the hole lies on its probe path, from home to j
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        k[hole] = s;
        if (v != null) {
          v[hole] = v[j];
        }
        hole = j;
      }
    }
    k[hole] = null;
    if (v != null) {
      v[hole] = null;
    }
    size--;
    return old;
  }

  /** The number of keys. */
  int size() {
    return size;
  }

  /** Removes every key, keeping the arrays. */
  void clear() {
    if (size > 0) {
      Arrays.fill(keys, null);
      if (values != null) {
        Arrays.fill(values, null);
      }
      size = 0;
    }
  }

  private void rehash(int capacity) {
    @Nullable String[] oldKeys = keys;
    @Nullable Object @Nullable [] oldValues = values;
    @Nullable Object @Nullable [] v = oldValues == null ? null : new Object[capacity];
    keys = new String[capacity];
    values = v;
    for (int i = 0; i < oldKeys.length; i++) {
      String s = oldKeys[i];
      if (s != null) {
        int at = slot(s); // an empty slot: the keys are distinct
        keys[at] = s;
        if (v != null && oldValues != null) {
          v[at] = oldValues[i];
        }
      }
    }
  }

  /** Scrambles a hash (Fibonacci hashing, high bits folded down): ids often differ only in their last characters. */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
