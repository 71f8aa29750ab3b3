package io.github.dpasemantics.json;

import java.util.Locale;

/**
 * Makes text that came from input safe to show on a terminal or in a one-line message: line
 * breaks and every other control character are escaped, so input can neither forge lines of a
 * report nor send escape sequences (colours, titles, cursor moves) to the terminal; and long text
 * is cut to a short excerpt.
 *
 * <p>Escaped: C0 controls and DEL ({@code \n}, {@code \r}, {@code \t}, else
 * {@code \}{@code uXXXX}), C1 controls (U+0080 to U+009F, which some terminals read as ESC
 * sequences), the Unicode line and paragraph separators, the bidirectional overrides and
 * isolates (U+202A to U+202E, U+2066 to U+2069, which reorder what is shown), and unpaired
 * surrogates.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Text {
  /** The longest excerpt of input quoted in a message, in characters. */
  public static final int EXCERPT = 80;

  private Text() {}

  /**
   * Returns the text with line breaks and other control characters escaped, so that it stays on
   * one line and sends nothing but printable characters to a terminal.
   *
   * @param text the text
   * @return the text on one line, unchanged if it had nothing to escape
   */
  public static String oneLine(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escape = isUnsafe(text, i);
      if (escape && sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (sb != null) {
        if (!escape) {
          sb.append(c);
        } else if (c == '\n') {
          sb.append("\\n");
        } else if (c == '\r') {
          sb.append("\\r");
        } else if (c == '\t') {
          sb.append("\\t");
        } else {
          sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * Returns at most {@link #EXCERPT} characters of the text, on one line, with {@code ...} and
   * the full length when it was cut: what a message may quote of an input.
   *
   * @param text the text
   * @return the excerpt
   */
  public static String excerpt(String text) {
    return excerpt(text, EXCERPT);
  }

  /**
   * Returns at most {@code max} characters of the text (not splitting a surrogate pair), on one
   * line, with {@code ...} and the full length when it was cut.
   *
   * @param text the text
   * @param max the most characters kept, at least 1
   * @return the excerpt
   */
  public static String excerpt(String text, int max) {
    if (text.length() <= max) {
      return oneLine(text);
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return oneLine(text.substring(0, end)) + "... (" + text.length() + " characters)";
  }

  /**
   * Returns the index of the first unpaired surrogate in the text, or -1: such a string cannot be
   * encoded as UTF-8 and is refused as input.
   *
   * @param text the text
   * @return the index, or -1 if every surrogate is paired
   */
  public static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isUnsafe(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }
}
