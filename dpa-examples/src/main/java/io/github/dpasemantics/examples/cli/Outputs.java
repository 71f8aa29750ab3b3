package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.json.InvalidInputException;
import io.github.dpasemantics.json.Text;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The {@code --out DIR} option's failures, as the user mistakes they are: exit code 2 and one line. */
final class Outputs {
  private Outputs() {}

  /**
   * Runs a write into an output directory, turning a refused or failed write (an empty path, an
   * existing file, a path under a file, a dangling link, a directory that cannot be created or
   * written) into invalid input naming {@code --out}.
   */
  static <T> T refusingMistakes(Path out, Supplier<T> write) {
    try {
      return write.get();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      String why = String.valueOf(e.getMessage());
      int colon = why.indexOf(": ");
      // drop the library's "Class.method: " prefix, keep the reason
      String reason = colon > 0 && why.substring(0, colon).matches("[A-Za-z]+\\.[A-Za-z]+") ? why.substring(colon + 2) : why;
      throw InvalidInputException.argument("--out '" + Text.excerpt(out.toString()) + "'", reason,
          "a directory that can be created and written");
    }
  }
}
