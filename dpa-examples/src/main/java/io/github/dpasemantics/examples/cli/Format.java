package io.github.dpasemantics.examples.cli;

/** The output formats of the commands that offer a choice. */
public enum Format {
  /** Aligned text for a terminal, coloured only on a TTY. */
  text,
  /** Indented JSON for machines. */
  json,
  /** A static HTML page (monitor and run only). */
  html
}
