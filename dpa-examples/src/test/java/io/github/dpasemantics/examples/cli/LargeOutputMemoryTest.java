package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.json.JsonLimits;
import io.github.dpasemantics.examples.scenario.DefaultScenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The largest accepted timeline renders in every format with a 256 MiB heap: the JSON and HTML
 * reports are streamed, not held whole (an 8 MiB timeline of 37,000 incidents ran out of memory
 * with {@code -f json} and {@code -f html} under {@code -Xmx256m}). Runs {@code dpa} in a JVM of
 * its own with that heap.
 */
@DisplayName("hostile input: the largest accepted timeline renders with -Xmx256m in every format")
class LargeOutputMemoryTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"json", "html"})
  void largestTimelineRenders(String format) throws IOException, InterruptedException {
    Path timeline = largestTimeline(dir.resolve("large.json"));
    Path out = dir.resolve("out." + format);
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "monitor", timeline.toString(), "-f", format)
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "did not finish");
    assertEquals(0, p.exitValue(), () -> read(err));
    assertTrue(Files.size(out) > Files.size(timeline), "the report is larger than its input");
  }

  /** The default timeline with confirmed incidents added until it is within 64 KiB of the size limit. */
  static Path largestTimeline(Path file) throws IOException {
    String base = DefaultScenario.json();
    int end = base.lastIndexOf(']');
    StringBuilder sb = new StringBuilder(JsonLimits.DEFAULT.maxBytes()).append(base, 0, end);
    int limit = JsonLimits.DEFAULT.maxBytes() - (base.length() - end) - 65536;
    for (int i = 0; ; i++) {
      // compact: the most incidents, so the most report, per byte of input
      String incident = ",{\"type\":\"SecurityEventConfirmed\",\"id\":\"c" + i + "\",\"date\":\"2025-07-18\","
          + "\"incidentId\":\"i" + i + "\",\"nature\":\"UNAUTHORIZED_ACCESS\",\"effects\":[\"UNAUTHORIZED_ACCESS\"],"
          + "\"personalDataProcessedBySegment\":true,\"unauthorizedOrUnlawful\":true}";
      if (sb.length() + incident.length() > limit) {
        break;
      }
      sb.append(incident);
    }
    sb.append(base, end, base.length());
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    return file;
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
