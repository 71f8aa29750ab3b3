package io.github.dpasemantics.model.clause;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stable identifier of a numbered unit of the Addendum's text, such as {@code 6.3},
 * {@code A.2.2.2} or {@code B.3}.
 *
 * <p>An id is a {@link Part} and a path of positive numbers. Body ids are the text's own numbers
 * ({@code 2.9}, {@code 6.1.1}, {@code 8}); Annex A ids are {@code A.} followed by the annex's own
 * number ({@code A.4.3.8}); Annex B ids are {@code B.} followed by its paragraph number
 * ({@code B.3}). The annexes themselves are {@code A} and {@code B} (an id with no numbers); the
 * body as a whole has no id. The canonical text form, produced by {@link #toString()} and read by
 * {@link #parse(CharSequence)}, is exactly that: no spaces, no leading zeros, no trailing dot.
 *
 * <p>Ids compare in document order: the body before Annex A before Annex B, and within a part by
 * the numbers, a unit before its sub-units ({@code 6 < 6.1 < 6.1.1 < 6.1.2 < 6.2}). Equality is by
 * value; the ids of every unit of the Segment Addendum are interned, so {@code parse} and {@code
 * of} return the same instance for them (see {@link ClauseIds} for constants).
 *
 * <pre>{@code
 * ClauseId id = ClauseId.parse("A.2.2.2");
 * id.getPart();                   // ANNEX_A
 * id.getParent();                 // Optional[A.2.2]
 * ClauseId.of(Part.BODY, 6, 3);   // 6.3
 * }</pre>
 *
 * <p>An id says nothing about whether a clause with that number exists; ask a {@link
 * ClauseCatalog}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClauseId implements Comparable<ClauseId> {

  /** The largest number allowed at any level of an id. */
  public static final int MAX_NUMBER = 999;

  /** The largest number of levels an id may have ({@code A.4.3.8} has three). */
  public static final int MAX_DEPTH = 6;

  private static final String EXPECTED =
      "expected a body number such as '6.3', or 'A' or 'B' optionally followed by '.' and an"
          + " annex number such as 'A.2.2.2' or 'B.3' (numbers 1-" + MAX_NUMBER
          + " without leading zeros, at most " + MAX_DEPTH + " levels, no spaces)";

  /** Canonical forms of every unit of the Segment Addendum, interned at class load. */
  private static final String[] KNOWN = {
    "1", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11",
    "3", "3.1", "3.2", "3.3", "3.4", "4", "5", "5.1", "5.2",
    "6", "6.1", "6.1.1", "6.1.2", "6.2", "6.3", "7", "7.1", "7.2", "7.3", "7.4", "8",
    "9", "9.1", "9.2",
    "A", "A.1", "A.1.1", "A.1.2", "A.1.3", "A.1.4", "A.2", "A.2.1", "A.2.1.1", "A.2.1.2",
    "A.2.2", "A.2.2.1", "A.2.2.2", "A.2.2.3", "A.2.2.4", "A.2.2.5", "A.3",
    "A.4", "A.4.1", "A.4.2", "A.4.3", "A.4.3.1", "A.4.3.2", "A.4.3.3", "A.4.3.4", "A.4.3.5",
    "A.4.3.6", "A.4.3.7", "A.4.3.8",
    "B", "B.1", "B.2", "B.3", "B.4", "B.5", "B.6"
  };

  private static final Map<String, ClauseId> INTERNED = intern();

  private final Part part;
  private final int[] numbers;
  private final String text;

  private ClauseId(Part part, int[] numbers, String text) {
    this.part = part;
    this.numbers = numbers;
    this.text = text;
  }

  private static Map<String, ClauseId> intern() {
    Map<String, ClauseId> map = new HashMap<>();
    for (String known : KNOWN) {
      ClauseId id = parseNew(known);
      map.put(id.text, id);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the id of the unit numbered {@code numbers} in {@code part}.
   *
   * <p>{@code of(Part.BODY, 6, 3)} is {@code 6.3}; {@code of(Part.ANNEX_A, 2, 2, 2)} is {@code
   * A.2.2.2}; {@code of(Part.ANNEX_B)} is the annex {@code B} itself.
   *
   * @param part the part of the text
   * @param numbers the numbers, outermost first: each 1 to {@value #MAX_NUMBER}, at most {@value
   *     #MAX_DEPTH}; at least one for the body
   * @return the id, the interned instance for a unit of the Segment Addendum
   * @throws NullPointerException if {@code part} or {@code numbers} is null
   * @throws IllegalArgumentException if a number is out of range, there are too many, or a body id
   *     has none
   */
  public static ClauseId of(Part part, int... numbers) {
    Objects.requireNonNull(part, "ClauseId.of: part must not be null");
    Objects.requireNonNull(numbers, "ClauseId.of: numbers must not be null");
    if (part == Part.BODY && numbers.length == 0) {
      throw new IllegalArgumentException(
          "ClauseId.numbers must not be empty for Part.BODY: the body as a whole has no id");
    }
    if (numbers.length > MAX_DEPTH) {
      throw new IllegalArgumentException(
          "ClauseId.numbers has " + numbers.length + " levels " + Arrays.toString(numbers)
              + ": at most " + MAX_DEPTH + " are allowed");
    }
    for (int number : numbers) {
      if (number < 1 || number > MAX_NUMBER) {
        throw new IllegalArgumentException(
            "ClauseId.numbers contains " + number + " in " + Arrays.toString(numbers)
                + ": each number must be between 1 and " + MAX_NUMBER);
      }
    }
    String text = format(part, numbers);
    ClauseId known = INTERNED.get(text);
    return known != null ? known : new ClauseId(part, numbers.clone(), text);
  }

  /**
   * Returns the id of the unit with the given numbers in {@code part}.
   *
   * @param part the part of the text
   * @param numbers the numbers, outermost first
   * @return the id
   * @throws NullPointerException if {@code part}, {@code numbers} or a number is null
   * @throws IllegalArgumentException as {@link #of(Part, int...)}
   */
  public static ClauseId of(Part part, List<Integer> numbers) {
    Objects.requireNonNull(part, "ClauseId.of: part must not be null");
    Objects.requireNonNull(numbers, "ClauseId.of: numbers must not be null");
    int[] array = new int[numbers.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = Objects.requireNonNull(numbers.get(i), "ClauseId.numbers must not contain null");
    }
    return of(part, array);
  }

  /**
   * Returns the id whose canonical form is {@code text}, such as {@code "6.3"}, {@code "A.2.2.2"},
   * {@code "B.3"} or {@code "A"}.
   *
   * <p>Only the canonical form is accepted: no surrounding spaces, no "Section" prefix, no
   * trailing dot, no leading zeros, upper-case annex letters. The text's old lettered form
   * ("Section 7.c.") is a cross-reference, resolved by the catalogue, not an id.
   *
   * @param text the canonical form
   * @return the id, the interned instance for a unit of the Segment Addendum
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException naming the text and the expected form, if it is not one
   */
  public static ClauseId parse(CharSequence text) {
    Objects.requireNonNull(text, "ClauseId.parse: text must not be null");
    String string = text.toString();
    ClauseId known = INTERNED.get(string);
    return known != null ? known : parseNew(string);
  }

  private static ClauseId parseNew(String text) {
    Part part = Part.BODY;
    int position = 0;
    if (!text.isEmpty() && (text.charAt(0) == 'A' || text.charAt(0) == 'B')) {
      part = text.charAt(0) == 'A' ? Part.ANNEX_A : Part.ANNEX_B;
      if (text.length() == 1) {
        return new ClauseId(part, new int[0], text);
      }
      if (text.charAt(1) != '.') {
        throw invalid(text);
      }
      position = 2;
    }
    List<Integer> numbers = new ArrayList<>();
    while (true) {
      int start = position;
      while (position < text.length() && isDigit(text.charAt(position))) {
        position++;
      }
      int length = position - start;
      if (length == 0 || length > 3 || text.charAt(start) == '0') {
        throw invalid(text);
      }
      numbers.add(Integer.parseInt(text.substring(start, position)));
      if (position == text.length()) {
        break;
      }
      if (text.charAt(position) != '.' || position + 1 == text.length()) {
        throw invalid(text);
      }
      position++;
    }
    if (numbers.size() > MAX_DEPTH) {
      throw invalid(text);
    }
    int[] array = numbers.stream().mapToInt(Integer::intValue).toArray();
    return new ClauseId(part, array, text);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("Invalid clause id '" + text + "': " + EXPECTED);
  }

  private static String format(Part part, int[] numbers) {
    StringBuilder builder = new StringBuilder(part.getLetter().orElse(""));
    for (int i = 0; i < numbers.length; i++) {
      if (i > 0 || part.isAnnex()) {
        builder.append('.');
      }
      builder.append(numbers[i]);
    }
    return builder.toString();
  }

  /**
   * Returns the part of the text this id numbers.
   *
   * @return the part
   */
  public Part getPart() {
    return part;
  }

  /**
   * Returns the numbers of this id within its part, outermost first ({@code [2, 2, 2]} for
   * {@code A.2.2.2}; empty for an annex itself).
   *
   * @return an unmodifiable list of the numbers
   */
  public List<Integer> getNumbers() {
    List<Integer> list = new ArrayList<>(numbers.length);
    for (int number : numbers) {
      list.add(number);
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns how many numbers this id has: 1 for {@code 8} and {@code B.3}, 3 for {@code
   * A.2.2.2}, 0 for an annex itself.
   *
   * @return the depth
   */
  public int getDepth() {
    return numbers.length;
  }

  /**
   * Returns whether this id names a whole annex ({@code A} or {@code B}).
   *
   * @return true for an annex itself
   */
  public boolean isAnnex() {
    return numbers.length == 0;
  }

  /**
   * Returns the id of the unit directly containing this one: {@code 6.1} for {@code 6.1.1},
   * {@code A.2} for {@code A.2.2}, the annex {@code A} for {@code A.1}. A top-level body section
   * ({@code 6}) and an annex ({@code A}) have no parent.
   *
   * @return the parent, or empty
   */
  public Optional<ClauseId> getParent() {
    if (numbers.length == 0 || (numbers.length == 1 && part == Part.BODY)) {
      return Optional.empty();
    }
    return Optional.of(of(part, Arrays.copyOf(numbers, numbers.length - 1)));
  }

  /**
   * Returns the id of sub-unit {@code number} of this unit: {@code 6.1.child(2)} is {@code 6.1.2}.
   *
   * @param number the sub-unit's number, 1 to {@value #MAX_NUMBER}
   * @return the child id
   * @throws IllegalArgumentException if the number is out of range or the id would be too deep
   */
  public ClauseId child(int number) {
    int[] child = Arrays.copyOf(numbers, numbers.length + 1);
    child[numbers.length] = number;
    return of(part, child);
  }

  /**
   * Returns whether this id strictly contains {@code other}: {@code 6} is an ancestor of {@code
   * 6.1.1}, {@code A} of {@code A.2.2.2}; no id is its own ancestor, and ids of different parts
   * are never related.
   *
   * @param other the other id
   * @return true if {@code other} is a proper sub-unit of this one
   */
  public boolean isAncestorOf(ClauseId other) {
    Objects.requireNonNull(other, "ClauseId.isAncestorOf(other): other must not be null");
    if (other.part != part || other.numbers.length <= numbers.length) {
      return false;
    }
    for (int i = 0; i < numbers.length; i++) {
      if (numbers[i] != other.numbers[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Compares ids in document order: by part (body, Annex A, Annex B), then number by number, a
   * unit before its sub-units.
   *
   * @param other the id to compare to
   * @return negative, zero or positive as this id comes before, at or after {@code other}
   */
  @Override
  public int compareTo(ClauseId other) {
    int byPart = part.compareTo(other.part);
    if (byPart != 0) {
      return byPart;
    }
    return Arrays.compare(numbers, other.numbers);
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return this == other
        || (other instanceof ClauseId that
            && that.part == part
            && Arrays.equals(that.numbers, numbers));
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the canonical form of this id, such as {@code 6.3}, {@code A.2.2.2} or {@code B}.
   *
   * @return the canonical form, which {@link #parse(CharSequence)} reads back
   */
  @Override
  public String toString() {
    return text;
  }
}
