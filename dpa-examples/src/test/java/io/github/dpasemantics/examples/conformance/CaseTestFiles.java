package io.github.dpasemantics.examples.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Case files for the runner's own tests: the bundled ones by path, and small ones written on the fly. */
final class CaseTestFiles {
  static final Path CASES = Path.of("..", "dpa-conformance", "src", "main", "resources", "io", "github", "dpasemantics",
      "conformance", "cases");

  private CaseTestFiles() {}

  static Path bundledFile(String name) {
    return CASES.resolve(name);
  }

  static Path write(Path dir, String name, String yaml) {
    try {
      return Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
