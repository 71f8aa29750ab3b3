package io.github.dpasemantics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.json.InvalidInputException.Location;
import io.github.dpasemantics.json.testing.JsonCorruptions;
import io.github.dpasemantics.json.testing.JsonForms;
import io.github.dpasemantics.json.testing.JsonCorruptions.Corrupted;
import io.github.dpasemantics.json.testing.JsonCorruptions.Kind;
import io.github.dpasemantics.json.testing.JsonGenerators;
import io.github.dpasemantics.json.testing.JsonGenerators.PolicyInput;
import io.github.dpasemantics.model.contract.Interpretations;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("JSON robustness: a corrupted timeline or decision input always ends in one clear InvalidInputException")
class JsonRobustnessProperties {
  private static final String NAME = "doc.json";

  /** A corrupted document and how to bind it. */
  record Case(Corrupted corrupted, BiFunction<JsonBinding, byte[], Object> bind) {
    @Override
    public String toString() {
      return corrupted.toString();
    }
  }

  static Gen<Case> timelines() {
    JsonForms.Form root = JsonForms.of(Timeline.class);
    return JsonGenerators.anyTimelines().zip(JsonGenerators.seeds(), (t, seed) -> {
      Random r = new Random(seed);
      String valid = DpaJson.write(t);
      return new Case(JsonCorruptions.corrupt(valid, root, r),
          (reader, doc) -> reader.read(doc, Timeline.class, NAME, null).value());
    });
  }

  static Gen<Case> decisionInputs() {
    return JsonGenerators.inputs().zip(JsonGenerators.seeds(), (in, seed) -> {
      Random r = new Random(seed);
      PolicyInputs inputs = PolicyInputs.of(in.method());
      String valid = JsonRoundTripProperties.writeInputs(in);
      return new Case(JsonCorruptions.corrupt(valid, JsonForms.of(inputs), r),
          (reader, doc) -> inputs.read(reader, doc, NAME, Interpretations.defaults()).value());
    });
  }

  /** Reads and binds the corrupted document as the command line does; returns the refusal. */
  static InvalidInputException refusal(Case c) {
    Corrupted k = c.corrupted();
    JsonBinding reader = new JsonBinding(k.limits());
    Object value;
    try {
      value = c.bind().apply(reader, reader.bytes(new ByteArrayInputStream(k.bytes()), NAME));
    } catch (InvalidInputException e) {
      return e;
    } catch (Throwable t) {
      throw new AssertionError("not an InvalidInputException but " + t + " for " + k, t);
    }
    throw new AssertionError("accepted a corrupted document (" + k.kind() + ": " + k.what() + ") as " + value
        + "\n" + k);
  }

  /** The checks every refusal must pass. */
  static void assertClearRefusal(Case c) {
    Corrupted k = c.corrupted();
    InvalidInputException e = refusal(c);
    String m = e.getMessage();
    assertTrue(e.getPath().startsWith("$"), () -> "path " + e.getPath() + " for " + k);
    assertTrue(m.startsWith(NAME + " " + e.getPath()), () -> "message does not name the path: " + m + " for " + k);
    assertFalse(m.chars().anyMatch(ch -> ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029'
        || ch == '\u0085'), () -> "not a single line: " + m + " for " + k);
    k.path().ifPresent(p -> assertEquals(escaped(p), e.getPath(), () -> m + " for " + k));
    EnumSet<Kind> located = EnumSet.complementOf(EnumSet.of(Kind.TOO_LARGE, Kind.LONG_STRING, Kind.LONG_NAME,
        Kind.LONG_NUMBER));
    if (located.contains(k.kind())) {
      assertTrue(e.getLocation().isPresent(), () -> "no line and column: " + m + " for " + k);
    }
    e.getLocation().ifPresent(at -> {
      assertTrue(m.contains("(line " + at.line() + ", column " + at.column() + ")"), m);
      String[] lines = new String(k.bytes(), StandardCharsets.ISO_8859_1).split("\n", -1);
      assertTrue(at.line() >= 1 && at.line() <= lines.length, () -> "line outside the document: " + m + " for " + k);
      int length = lines[at.line() - 1].length();
      assertTrue(at.column() >= 1 && at.column() <= length + 1,
          () -> "column outside line " + at.line() + " of length " + length + ": " + m + " for " + k);
      k.startsWith().ifPresent(ch -> assertEquals(ch.charValue(), charAt(lines, at),
          () -> "line and column do not point at the value: " + m + " for " + k));
    });
    InvalidInputException again = refusal(c);
    assertEquals(m, again.getMessage(), "the same document is refused the same way");
  }

  /** The path as a message shows it: line breaks and control characters escaped, so it stays one line. */
  static String escaped(String path) {
    StringBuilder sb = new StringBuilder();
    path.chars().forEach(c -> {
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        sb.append((char) c);
      }
    });
    return sb.toString();
  }

  private static char charAt(String[] lines, Location at) {
    String line = lines[at.line() - 1];
    return at.column() - 1 < line.length() ? line.charAt(at.column() - 1) : '\0';
  }

  @Test
  @DisplayName("a corrupted timeline is refused with an InvalidInputException naming a $ path on one line, at its line and column")
  void corruptedTimelinesAreRefused() {
    qt().withExamples(600).forAll(timelines()).checkAssert(JsonRobustnessProperties::assertClearRefusal);
  }

  @Test
  @DisplayName("corrupted decision inputs are refused with an InvalidInputException naming a $ path on one line, at its line and column")
  void corruptedDecisionInputsAreRefused() {
    qt().withExamples(600).forAll(decisionInputs()).checkAssert(JsonRobustnessProperties::assertClearRefusal);
  }

  @Test
  @DisplayName("every kind of corruption is generated, so none of the checks above is vacuous")
  void everyKindIsGenerated() {
    EnumSet<Kind> seen = EnumSet.noneOf(Kind.class);
    JsonForms.Form root = JsonForms.of(Timeline.class);
    qt().withExamples(300).forAll(JsonGenerators.anyTimelines(), JsonGenerators.seeds()).checkAssert((t, seed) ->
        seen.add(JsonCorruptions.corrupt(DpaJson.write(t), root, new Random(seed)).kind()));
    assertEquals(EnumSet.allOf(Kind.class), seen);
  }

  @Test
  @DisplayName("a document past the size limit is refused when read from a string too, not only from a file or stdin")
  void sizeLimitHoldsForStrings() {
    qt().withExamples(50).forAll(JsonGenerators.anyTimelines()).checkAssert(t -> {
      String json = DpaJson.write(t);
      int max = json.getBytes(StandardCharsets.UTF_8).length - 1;
      JsonBinding reader = new JsonBinding(new JsonLimits(max, 64, 65536, 32));
      try {
        reader.read(json, Timeline.class, NAME);
        fail("read " + (max + 1) + " bytes under a limit of " + max);
      } catch (InvalidInputException e) {
        assertEquals("$", e.getPath());
        assertTrue(e.getMessage().contains(Integer.toString(max)), e::getMessage);
      }
    });
  }
}
