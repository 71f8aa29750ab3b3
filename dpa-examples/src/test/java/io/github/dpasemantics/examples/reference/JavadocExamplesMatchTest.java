package io.github.dpasemantics.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The code examples in the javadoc of dpa-model, dpa-policy and dpa-monitor are code that runs:
 * each {@code <pre>{@code ...}</pre>} block of a class {@code X} equals the region
 * {@code // example: X} ... {@code // end example} of its module's {@code JavadocExamplesTest},
 * which runs it and asserts the values it shows. A test line {@code check(expr, "shown");}
 * appears in the javadoc as {@code expr;  // shown}; the spaces before a {@code //} comment do
 * not count.
 */
class JavadocExamplesMatchTest {
  private static final List<String> MODULES = List.of("dpa-model", "dpa-policy", "dpa-monitor");
  private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* }</pre>", Pattern.DOTALL);
  private static final Pattern REGION = Pattern.compile("// example: (\\w+)\\n(.*?)\\n\\s*// end example", Pattern.DOTALL);
  private static final Pattern CHECK = Pattern.compile("check\\((.*), \"(.*)\"\\);");

  @Test
  @DisplayName("Every javadoc code example equals its run and asserted region, and every region is shown")
  void javadocExamplesAreTheTestedCode() throws IOException {
    List<String> problems = new ArrayList<>();
    int shown = 0;
    for (String module : MODULES) {
      Path root = Path.of("..", module);
      Map<String, String> javadoc = javadocExamples(root.resolve("src/main/java"));
      Map<String, String> tested = testedExamples(root.resolve("src/test/java"));
      shown += javadoc.size();
      for (Map.Entry<String, String> e : javadoc.entrySet()) {
        String region = tested.get(e.getKey());
        if (region == null) {
          problems.add(module + " " + e.getKey() + ": no region '// example: " + e.getKey() + "' in JavadocExamplesTest");
        } else if (!region.equals(e.getValue())) {
          problems.add(module + " " + e.getKey() + ": javadoc shows\n" + e.getValue() + "\nbut the test runs\n" + region);
        }
      }
      for (String name : tested.keySet()) {
        if (!javadoc.containsKey(name)) {
          problems.add(module + " " + name + ": tested example not shown in any javadoc");
        }
      }
    }
    assertTrue(shown >= 20, "examples found: " + shown);
    assertEquals(List.of(), problems, () -> String.join("\n\n", problems));
  }

  /** The {@code <pre>{@code} blocks of each class, by simple class name, normalised. */
  static Map<String, String> javadocExamples(Path sources) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (Path p : javaFiles(sources)) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      Matcher m = BLOCK.matcher(text);
      String name = p.getFileName().toString().replace(".java", "");
      int n = 0;
      while (m.find()) {
        String code = m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", "")).collect(Collectors.joining("\n"));
        out.put(n++ == 0 ? name : name + "#" + n, normalise(code));
      }
    }
    return out;
  }

  /** The regions of the module's JavadocExamplesTest, in javadoc form, normalised. */
  static Map<String, String> testedExamples(Path tests) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (Path p : javaFiles(tests)) {
      if (!p.getFileName().toString().equals("JavadocExamplesTest.java")) {
        continue;
      }
      Matcher m = REGION.matcher(Files.readString(p, StandardCharsets.UTF_8));
      while (m.find()) {
        String code = m.group(2).lines().map(l -> {
          Matcher c = CHECK.matcher(l);
          return c.find() ? l.substring(0, c.start()) + c.group(1) + ";  // " + c.group(2) : l;
        }).collect(Collectors.joining("\n"));
        out.put(m.group(1), normalise(code));
      }
    }
    return out;
  }

  /** Removes the common indentation and the alignment spaces before end-of-line comments. */
  static String normalise(String code) {
    List<String> lines = code.lines().collect(Collectors.toList());
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
        .map(l -> l.replaceAll("\\s+// ", "  // ")).collect(Collectors.joining("\n"));
  }

  private static List<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
