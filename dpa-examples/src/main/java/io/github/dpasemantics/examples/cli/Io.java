package io.github.dpasemantics.examples.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where a run of the command line reads and writes: standard input, output and error, and whether
 * the output may carry colour (only on a terminal, and never when {@code NO_COLOR} is set or
 * {@code TERM=dumb}).
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param color whether to colour the text output
 */
public record Io(InputStream in, PrintWriter out, PrintWriter err, boolean color) {

  /**
   * Returns the process's own streams; colour only if a console is attached and the environment
   * does not ask for none.
   *
   * @return the streams of this process
   */
  public static Io system() {
    Map<String, String> env = System.getenv();
    boolean tty = System.console() != null;
    boolean noColor = env.containsKey("NO_COLOR") || "dumb".equals(env.get("TERM"));
    return new Io(System.in,
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
        tty && !noColor);
  }
}
