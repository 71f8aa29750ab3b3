package io.github.dpasemantics.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process, capturing standard output and error. */
final class Cli {
  private Cli() {}

  /** The outcome of one run. */
  record Result(int code, String out, String err) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + out, e);
      }
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
  }

  static Result run(String... args) {
    return runWith("", false, args);
  }

  static Result runWith(String stdin, boolean color, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Io io = new Io(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
        new PrintWriter(err, true), color);
    int code = Main.execute(io, args);
    return new Result(code, out.toString(), err.toString());
  }

  /** The repository's docs directory (tests run in dpa-examples/). */
  static Path docs() {
    Path up = Path.of("..", "docs");
    return Files.isDirectory(up) ? up : Path.of("docs");
  }

  static Path write(Path dir, String name, String text) {
    try {
      Path f = dir.resolve(name);
      Files.writeString(f, text, StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
