package io.github.dpasemantics.examples.usecases;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project root (the directory holding docs/ and dpa-examples/) from the working directory. */
public final class DocsRoot {
  private DocsRoot() {}

  /**
   * Returns the project root.
   *
   * @return the root
   * @throws IllegalStateException if there is none above the working directory
   */
  public static Path find() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("docs")) || !Files.isDirectory(dir.resolve("dpa-examples"))) {
      Path parent = dir.getParent();
      if (parent == null) {
        throw new IllegalStateException("project root (with docs/ and dpa-examples/) not found above " + Path.of("").toAbsolutePath());
      }
      dir = parent;
    }
    return dir;
  }
}
