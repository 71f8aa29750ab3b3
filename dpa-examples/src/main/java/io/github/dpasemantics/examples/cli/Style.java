package io.github.dpasemantics.examples.cli;

/**
 * ANSI styling for text output, or none: every method returns its text unchanged when colour is
 * off, so plain output (files, pipes, {@code NO_COLOR}) carries no escape codes.
 *
 * @param on whether to emit escape codes
 */
record Style(boolean on) {
  String bold(String s) {
    return wrap("1", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  String red(String s) {
    return wrap("31", s);
  }

  String green(String s) {
    return wrap("32", s);
  }

  String yellow(String s) {
    return wrap("33", s);
  }

  String cyan(String s) {
    return wrap("36", s);
  }

  private String wrap(String code, String s) {
    return on && !s.isEmpty() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }

  /** Pads to a width counting visible characters only. */
  static String pad(String s, int width) {
    int visible = s.replaceAll("\u001b\\[[0-9;]*m", "").length();
    return visible >= width ? s : s + " ".repeat(width - visible);
  }
}
