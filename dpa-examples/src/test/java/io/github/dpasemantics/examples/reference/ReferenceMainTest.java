package io.github.dpasemantics.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ReferenceMain")
class ReferenceMainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ReferenceMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("writes the reference and prints the three files, exit 0")
  void writes(@TempDir Path tmp) {
    assertEquals(0, run(tmp.resolve("site").toString()));
    assertTrue(Files.isRegularFile(tmp.resolve("site/index.html")));
    assertEquals(3, out.toString(StandardCharsets.UTF_8).strip().split("\\R").length);
  }

  @Test
  @DisplayName("refuses missing arguments with usage and exit 2")
  void usage() {
    assertEquals(2, run());
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: ReferenceMain OUT_DIR"));
  }

  @Test
  @DisplayName("refuses a file as output directory with one line and exit 2, no stack trace")
  void fileAsDir(@TempDir Path tmp) throws Exception {
    Path f = Files.writeString(tmp.resolve("f"), "x");
    assertEquals(2, run(f.toString()));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("is not a directory") && !e.contains("\tat "), e);
  }
}
