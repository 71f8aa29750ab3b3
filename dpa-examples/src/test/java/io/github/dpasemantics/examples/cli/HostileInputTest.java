package io.github.dpasemantics.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dpasemantics.examples.scenario.DefaultScenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the hostile-input corpus (src/test/resources/hostile/manifest.json): each case is an
 * input that once broke a promise of the README, with the exit code and the shape of the message
 * now expected. Every case also checks the promises that hold for all input: at most one line on
 * standard error, starting {@code dpa: }; no control character but a line break in any output;
 * nothing on standard output when the input is refused.
 */
@DisplayName("hostile-input corpus: each case keeps its exit code and message shape")
class HostileInputTest {
  private static final String DIR = "/hostile/";
  private static final Pattern REPEAT = Pattern.compile("\\{\\{repeat:(\\d+):(.*?)}}");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]");

  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicTest> corpus() {
    JsonNode manifest = read("manifest.json");
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : manifest.get("cases")) {
      tests.add(DynamicTest.dynamicTest(c.get("name").asText() + ": " + c.get("issue").asText(), () -> run(c)));
    }
    assertTrue(tests.size() >= 20, "the corpus lost cases: " + tests.size());
    return tests.stream();
  }

  @Test
  @DisplayName("the repeat placeholder expands (the corpus's large inputs are what they claim)")
  void repeatExpands() {
    assertEquals("x" + "ab".repeat(3) + "y", expand("x{{repeat:3:ab}}y"));
  }

  private void run(JsonNode c) throws IOException {
    Path dir = Files.createTempDirectory(tmp, c.get("name").asText());
    for (JsonNode step : iterable(c.get("setup"))) {
      if (step.has("write")) {
        Files.writeString(dir.resolve(step.get("write").asText()), step.get("text").asText(), StandardCharsets.UTF_8);
      } else if (step.has("mkdir")) {
        Files.createDirectories(dir.resolve(step.get("mkdir").asText()));
      } else if (step.has("link")) {
        Files.createSymbolicLink(dir.resolve(step.get("link").asText()), Path.of(step.get("to").asText()));
      } else {
        fail("unknown setup step " + step);
      }
    }
    List<String> args = new ArrayList<>();
    for (JsonNode a : c.get("args")) {
      args.add(placeholders(expand(a.asText()), c, dir));
    }
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    String name = c.get("name").asText();
    assertEquals(c.get("exit").asInt(), r.code(), () -> name + ": " + r);
    long errLines = r.err().lines().count();
    assertTrue(errLines <= 1, () -> name + ": more than one line on standard error: " + r);
    assertTrue(r.err().isEmpty() || r.err().startsWith("dpa: ") && r.err().endsWith("\n"), () -> name + ": " + r);
    assertFalse(CONTROL.matcher(r.out()).find(), () -> name + ": a control character on standard output: " + r);
    assertFalse(CONTROL.matcher(r.err()).find(), () -> name + ": a control character on standard error: " + r);
    if (r.code() == Main.INVALID_INPUT) {
      assertEquals("", r.out(), () -> name + ": output although refused: " + r);
    }
    find(c, "err", r.err(), true, r);
    find(c, "errNot", r.err(), false, r);
    find(c, "out", r.out(), true, r);
    find(c, "outNot", r.out(), false, r);
    if (c.has("maxErr")) {
      assertTrue(r.err().length() <= c.get("maxErr").asInt(), () -> name + ": " + r.err().length() + " characters");
    }
    for (Map.Entry<String, JsonNode> u : iterableFields(c.get("unchanged"))) {
      assertEquals(u.getValue().asText(), Files.readString(dir.resolve(u.getKey())), () -> name + ": " + u.getKey()
          + " was written through");
    }
    for (JsonNode p : iterable(c.get("regular"))) {
      assertTrue(Files.isRegularFile(dir.resolve(p.asText()), LinkOption.NOFOLLOW_LINKS), () -> name + ": "
          + p.asText() + " is not a regular file");
    }
  }

  private static void find(JsonNode c, String key, String text, boolean wanted, Cli.Result r) {
    if (c.has(key)) {
      String regex = c.get(key).asText();
      assertEquals(wanted, Pattern.compile(regex).matcher(text).find(),
          () -> c.get("name").asText() + ": " + key + " /" + regex + "/ in " + r);
    }
  }

  /** The case's input: the bundled default timeline with each replacement applied (each must occur). */
  static String input(JsonNode c) {
    String text = DefaultScenario.json();
    for (JsonNode rep : iterable(c.get("replace"))) {
      String from = rep.get(0).asText();
      assertTrue(text.contains(from), () -> c.get("name").asText() + ": '" + from + "' is not in the default timeline");
      text = text.replace(from, expand(rep.get(1).asText()));
    }
    return text;
  }

  private String placeholders(String arg, JsonNode c, Path dir) throws IOException {
    String out = arg.replace("{dir}", dir.toString());
    if (out.contains("{input}")) {
      Path f = dir.resolve("input.json");
      Files.writeString(f, input(c), StandardCharsets.UTF_8);
      out = out.replace("{input}", f.toString());
    }
    Matcher m = Pattern.compile("\\{file:([^}]+)}").matcher(out);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Path f = dir.resolve(m.group(1));
      Files.write(f, bytes(m.group(1)));
      m.appendReplacement(sb, Matcher.quoteReplacement(f.toString()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  static String expand(String text) {
    Matcher m = REPEAT.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static byte[] bytes(String name) {
    try (InputStream in = HostileInputTest.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing corpus file " + DIR + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(String name) {
    try {
      return new ObjectMapper().readTree(bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    return node == null ? List.of() : node;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterableFields(JsonNode node) {
    return node == null ? List.of() : node::fields;
  }
}
