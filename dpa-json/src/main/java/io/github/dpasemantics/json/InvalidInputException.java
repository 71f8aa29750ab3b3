package io.github.dpasemantics.json;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Input the {@code dpa} command line refuses: malformed or invalid JSON, an unknown policy,
 * clause or interpretation, a bad date. It carries where the problem is (the source, the JSON
 * path, and the line and column where the parser knows them), what was found, the expected form
 * and the rule, and renders them as one message. The command line maps it to exit code 2.
 *
 * <p>Instances are immutable.
 */
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The document's name. */
  private final String source;

  /** The JSON path of the problem. */
  private final String path;

  /** The line and column, where the parser knows them. */
  private final @Nullable Location location;

  /** What was found. */
  private final String problem;

  /** The expected form, if any. */
  private final @Nullable String expected;

  /** The rule broken, if any. */
  private final @Nullable String rule;

  private InvalidInputException(String source, String path, @Nullable Location location,
      String problem, @Nullable String expected, @Nullable String rule) {
    super(render(oneLine(source), oneLine(path), known(location), oneLine(problem), oneLineOrNull(expected),
        oneLineOrNull(rule)));
    this.source = oneLine(source);
    this.path = oneLine(path);
    this.location = known(location);
    this.problem = oneLine(problem);
    this.expected = oneLineOrNull(expected);
    this.rule = oneLineOrNull(rule);
  }

  /**
   * Returns the text on one line, control characters escaped (see {@link Text#oneLine}).
   *
   * @param text the text
   * @return the text on one line
   */
  static String oneLine(String text) {
    return Text.oneLine(text);
  }

  private static @Nullable String oneLineOrNull(@Nullable String text) {
    return text == null ? null : oneLine(text);
  }

  /**
   * Returns an exception for a problem at a place in a JSON document.
   *
   * @param source the document's name, e.g. {@code timeline.json} or {@code <stdin>}
   * @param path the JSON path, e.g. {@code $.events[3].date}
   * @param location the line and column, if known
   * @param problem what is wrong, e.g. {@code found "2025-02-30"}
   * @param expected the expected form, if it helps, e.g. {@code a date as YYYY-MM-DD}
   * @param rule the rule broken, if any, e.g. {@code unknown fields are refused}
   * @return the exception
   */
  public static InvalidInputException at(String source, String path, @Nullable Location location,
      String problem, @Nullable String expected, @Nullable String rule) {
    return new InvalidInputException(source, path, location, problem, expected, rule);
  }

  /**
   * Returns an exception for a problem with a command-line argument or option.
   *
   * @param what the argument, e.g. {@code policy 'foo'}
   * @param problem what is wrong
   * @param expected the expected form, if it helps
   * @return the exception
   */
  public static InvalidInputException argument(String what, String problem, @Nullable String expected) {
    return new InvalidInputException("arguments", what, null, problem, expected, null);
  }

  private static @Nullable Location known(@Nullable Location location) {
    return location == null || location.line() < 1 ? null : location;
  }

  /** The longest message, in characters: a message never echoes a large input whole. */
  static final int MAX_MESSAGE = 4000;

  private static String render(String source, String path, @Nullable Location location,
      String problem, @Nullable String expected, @Nullable String rule) {
    String text = renderWhole(source, path, location, problem, expected, rule);
    return text.length() <= MAX_MESSAGE ? text : Text.excerpt(text, MAX_MESSAGE);
  }

  private static String renderWhole(String source, String path, @Nullable Location location,
      String problem, @Nullable String expected, @Nullable String rule) {
    StringBuilder sb = new StringBuilder();
    if ("arguments".equals(source)) {
      sb.append(path).append(": ").append(problem);
    } else {
      sb.append(source).append(' ').append(path);
      if (location != null) {
        sb.append(" (line ").append(location.line()).append(", column ").append(location.column()).append(')');
      }
      sb.append(": ").append(problem);
    }
    if (expected != null) {
      sb.append("; expected ").append(expected);
    }
    if (rule != null) {
      sb.append(" (rule: ").append(rule).append(')');
    }
    return sb.toString();
  }

  /**
   * Returns the name of the document or {@code arguments}.
   *
   * @return the source
   */
  public String getSource() {
    return source;
  }

  /**
   * Returns the JSON path of the offending value, or the argument's name.
   *
   * @return the path
   */
  public String getPath() {
    return path;
  }

  /**
   * Returns the line and column, where the parser knows them.
   *
   * @return the location, or empty
   */
  public Optional<Location> getLocation() {
    return Optional.ofNullable(location);
  }

  /**
   * Returns what is wrong.
   *
   * @return the problem
   */
  public String getProblem() {
    return problem;
  }

  /**
   * Returns the expected form, if given.
   *
   * @return the expected form, or empty
   */
  public Optional<String> getExpected() {
    return Optional.ofNullable(expected);
  }

  /**
   * Returns the rule broken, if given.
   *
   * @return the rule, or empty
   */
  public Optional<String> getRule() {
    return Optional.ofNullable(rule);
  }

  /**
   * A line and column in a JSON document, both counted from 1.
   *
   * @param line the line
   * @param column the column
   */
  public record Location(int line, int column) {}
}
