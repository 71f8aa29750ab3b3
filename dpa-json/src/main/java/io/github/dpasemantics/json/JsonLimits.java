package io.github.dpasemantics.json;

/**
 * The limits a JSON document must keep to be read at all: its size in bytes (checked before
 * parsing), the nesting depth of arrays and objects, and the length of one string or number.
 * Beyond them the document is refused with a clear message instead of exhausting memory.
 *
 * @param maxBytes the largest document, in bytes
 * @param maxDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest string value or field name, in characters
 * @param maxNumberLength the longest number, in characters
 */
public record JsonLimits(int maxBytes, int maxDepth, int maxStringLength, int maxNumberLength) {

  /** The command line's limits: 8 MiB, depth 64, strings of 64 Ki characters, numbers of 32 digits. */
  public static final JsonLimits DEFAULT = new JsonLimits(8 * 1024 * 1024, 64, 64 * 1024, 32);

  /**
   * Checks every limit is positive.
   *
   * @param maxBytes the largest document, in bytes
   * @param maxDepth the deepest nesting of arrays and objects
   * @param maxStringLength the longest string value or field name, in characters
   * @param maxNumberLength the longest number, in characters
   * @throws IllegalArgumentException naming the limit if one is not positive
   */
  public JsonLimits {
    if (maxBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxNumberLength < 1) {
      throw new IllegalArgumentException("JsonLimits: every limit must be positive, got maxBytes=" + maxBytes
          + ", maxDepth=" + maxDepth + ", maxStringLength=" + maxStringLength + ", maxNumberLength=" + maxNumberLength);
    }
  }
}
