package io.github.dpasemantics.examples.conformance;

import org.jspecify.annotations.Nullable;

/**
 * A case file that cannot be read or breaks a rule of the case format: one line naming the file,
 * the path in it, the line and column, what is wrong and the rule, in the style of the command
 * line's JSON errors (docs/formats.md), e.g.
 * {@code scope.yaml $.cases[2].decide.policy (line 14, column 15): missing; expected the policy name (rule: every case names its policy)}.
 *
 * <p>Instances are immutable.
 */
public final class CaseFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file's name. */
  private final String file;
  /** The path in the file. */
  private final String path;
  /** The line, from 1, or 0 if unknown. */
  private final int line;
  /** The column, from 1, or 0 if unknown. */
  private final int column;

  /**
   * Returns the exception.
   *
   * @param file the file's name
   * @param path the path in the file, e.g. {@code $.cases[2].decide.policy}
   * @param line the line, from 1, or 0 if unknown
   * @param column the column, from 1, or 0 if unknown
   * @param problem what is wrong
   * @param rule the rule broken, or null
   */
  public CaseFileException(String file, String path, int line, int column, String problem, @Nullable String rule) {
    super(render(file, path, line, column, problem, rule));
    this.file = file;
    this.path = path;
    this.line = line;
    this.column = column;
  }

  private static String render(String file, String path, int line, int column, String problem, @Nullable String rule) {
    StringBuilder sb = new StringBuilder(file).append(' ').append(path);
    if (line > 0) {
      sb.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    sb.append(": ").append(problem.replace('\n', ' ').replace('\r', ' '));
    if (rule != null) {
      sb.append(" (rule: ").append(rule).append(')');
    }
    return sb.toString();
  }

  /**
   * Returns the file's name.
   *
   * @return the file
   */
  public String getFile() {
    return file;
  }

  /**
   * Returns the path in the file.
   *
   * @return the path, e.g. {@code $.cases[2].id}
   */
  public String getPath() {
    return path;
  }

  /**
   * Returns the line, from 1, or 0 if unknown.
   *
   * @return the line
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the column, from 1, or 0 if unknown.
   *
   * @return the column
   */
  public int getColumn() {
    return column;
  }
}
