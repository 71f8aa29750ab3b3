package io.github.dpasemantics.examples.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes generated files into an output directory safely: each file is written to a new
 * temporary file in its own directory and then renamed over the target in one atomic step, so a
 * reader never sees a half-written file and a symbolic link already at the target is replaced,
 * not followed (its target is never written). The directory is created if needed; an empty path,
 * a path that exists and is not a directory, and every failure to create or write are refused
 * with one message naming the path.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class OutputFiles {
  private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
      .contains("posix");

  private OutputFiles() {}

  /**
   * Writes the files, each under its relative name, into the directory.
   *
   * @param dir the output directory, created if missing
   * @param files the contents by relative name (e.g. {@code index.html}, {@code decide/x.json}), in writing order
   * @return the files written, in order
   * @throws IllegalArgumentException if the path is empty or exists and is not a directory, or a
   *     target is a directory
   * @throws UncheckedIOException if a directory cannot be created or a file cannot be written;
   *     its message names the path and the reason
   */
  public static List<Path> write(Path dir, Map<String, String> files) {
    Objects.requireNonNull(dir, "OutputFiles.write: dir must not be null");
    Objects.requireNonNull(files, "OutputFiles.write: files must not be null");
    if (dir.toString().isEmpty()) {
      throw new IllegalArgumentException("the output directory is an empty path; name one, e.g. '.' for the current "
          + "directory");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("'" + dir + "' exists and is not a directory");
    }
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        Path parent = Objects.requireNonNull(target.getParent(), "a file inside dir has a parent");
        Files.createDirectories(parent);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          throw new IllegalArgumentException("'" + target + "' is a directory");
        }
        Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp", readable());
        try {
          Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
          // rename(2): replaces whatever is at the target, a symbolic link included, without following it
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
        written.add(target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to '" + dir + "': " + reason(e), e);
    }
    return List.copyOf(written);
  }

  private static FileAttribute<?>[] readable() {
    return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rw-r--r--"))} : new FileAttribute<?>[0];
  }

  /** The reason of a file-system failure in words, with the file it concerns. */
  static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return "'" + ((FileSystemException) e).getFile() + "' exists and is not a directory (or is a dangling link)";
    }
    if (e instanceof NotDirectoryException) {
      return "'" + ((FileSystemException) e).getFile() + "' is not a directory";
    }
    if (e instanceof NoSuchFileException) {
      return "'" + ((FileSystemException) e).getFile() + "': no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied on '" + ((FileSystemException) e).getFile() + "'";
    }
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      String why = f.getReason();
      return (f.getFile() == null ? "" : "'" + f.getFile() + "': ") + (why == null ? e.getClass().getSimpleName() : why);
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
