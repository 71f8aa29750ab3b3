package io.github.dpasemantics.examples.reference;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the HTML reference into a directory: {@code java -cp dpa.jar
 * io.github.dpasemantics.examples.reference.ReferenceMain OUT_DIR}. Prints the files written, one
 * per line. Exit codes: 0 done, 2 bad arguments, 1 the files could not be written; never a stack
 * trace. The {@code dpa reference --out DIR} command does the same.
 */
public final class ReferenceMain {
  private ReferenceMain() {}

  /**
   * Runs the generator.
   *
   * @param args one argument: the output directory
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the generator, printing to the given streams.
   *
   * @param args the arguments
   * @param out where the file names go
   * @param err where errors go
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 1 || args[0].isBlank()) {
      err.println("usage: ReferenceMain OUT_DIR  (writes index.html, reference.css and clause-ids.txt into OUT_DIR)");
      return 2;
    }
    Path dir;
    try {
      dir = Path.of(args[0]);
    } catch (InvalidPathException e) {
      err.println("OUT_DIR '" + args[0] + "' is not a valid path: " + e.getMessage());
      return 2;
    }
    try {
      List<Path> files = ReferenceGenerator.generate(dir);
      for (Path p : files) {
        out.println(p);
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println(e.getMessage());
      return 1;
    }
  }
}
