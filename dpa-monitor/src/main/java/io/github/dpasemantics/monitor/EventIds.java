package io.github.dpasemantics.monitor;

import java.util.Arrays;

/**
 * An immutable set of event ids that a state shares with the states made from it: a hash trie of
 * 16 slots per node, in which adding an id copies only the nodes on its path (a few dozen
 * references), so a step checks and records its event's id without a pass over the history.
 *
 * <p>This class is immutable and thread-safe.
 */
final class EventIds {
  private static final int BITS = 4;
  private static final int WIDTH = 1 << BITS;
  /** The last level: its hash bits are used up, so ids that reach it share a bucket. */
  private static final int LAST_SHIFT = 28;

  /** The empty set. */
  static final EventIds EMPTY = new EventIds(new Object[WIDTH], 0);

  /** Each slot: null, one id, a bucket of ids ({@code String[]}, last level only), or a child node. */
  private final Object[] slots;
  private final int size;

  private EventIds(Object[] slots, int size) {
    this.slots = slots;
    this.size = size;
  }

  /** How many ids the set holds. */
  int size() {
    return size;
  }

  /** Whether the set holds {@code id}. */
  boolean contains(String id) {
    int hash = id.hashCode();
    EventIds node = this;
    for (int shift = 0; ; shift += BITS) {
      Object slot = node.slots[(hash >>> shift) & (WIDTH - 1)];
      if (slot == null) {
        return false;
      }
      if (slot instanceof String) {
        return slot.equals(id);
      }
      if (slot instanceof String[]) {
        return Arrays.asList((String[]) slot).contains(id);
      }
      node = (EventIds) slot;
    }
  }

  /** The set with {@code id} added (this set if it holds it already). */
  EventIds with(String id) {
    return with(id, id.hashCode(), 0);
  }

  private EventIds with(String id, int hash, int shift) {
    int at = (hash >>> shift) & (WIDTH - 1);
    Object slot = slots[at];
    Object next;
    if (slot == null) {
      next = id;
    } else if (slot instanceof String) {
      String held = (String) slot;
      if (held.equals(id)) {
        return this;
      }
      next = shift >= LAST_SHIFT ? new String[] {held, id}
          : EMPTY.with(held, held.hashCode(), shift + BITS).with(id, hash, shift + BITS);
    } else if (slot instanceof String[]) {
      String[] bucket = (String[]) slot;
      if (Arrays.asList(bucket).contains(id)) {
        return this;
      }
      String[] more = Arrays.copyOf(bucket, bucket.length + 1);
      more[bucket.length] = id;
      next = more;
    } else {
      EventIds child = (EventIds) slot;
      EventIds grown = child.with(id, hash, shift + BITS);
      if (grown == child) {
        return this;
      }
      next = grown;
    }
    Object[] copy = slots.clone();
    copy[at] = next;
    return new EventIds(copy, size + 1);
  }
}
