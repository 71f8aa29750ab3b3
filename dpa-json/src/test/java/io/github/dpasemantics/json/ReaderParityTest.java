package io.github.dpasemantics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dpasemantics.json.testing.JsonCorruptions;
import io.github.dpasemantics.json.testing.JsonCorruptions.Corrupted;
import io.github.dpasemantics.json.testing.JsonGenerators;
import io.github.dpasemantics.json.testing.JsonGenerators.PolicyInput;
import io.github.dpasemantics.model.contract.Interpretations;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Jackson databind reader ({@link JsonBinding}) against the tree reader it replaces
 * ({@link JsonReader} and {@link Binder}): on generated documents, valid and corrupted, both accept
 * the same documents as equal values or refuse them with the same message (issue 17).
 */
@DisplayName("issue 17: the Jackson reader accepts and refuses as the tree reader did, with the same messages")
class ReaderParityTest {
  private static final Shapes SHAPES = new Shapes();
  private static final String NAME = "doc.json";
  private static final int RUNS = Integer.getInteger("parity.runs", 400);

  private record Outcome(String text) {}

  private static Outcome oldTimeline(byte[] doc, JsonLimits limits) {
    try {
      Json tree = new JsonReader(limits).read(new ByteArrayInputStream(doc), NAME);
      return new Outcome("value " + new Binder(SHAPES, NAME).bind(tree, Timeline.class));
    } catch (InvalidInputException e) {
      return new Outcome("refused " + e.getMessage());
    }
  }

  private static Outcome newTimeline(byte[] doc, JsonLimits limits) {
    try {
      return new Outcome("value " + new JsonBinding(limits, SHAPES).read(doc, Timeline.class, NAME, null).value());
    } catch (InvalidInputException e) {
      return new Outcome("refused " + e.getMessage());
    }
  }

  private static Outcome oldInputs(byte[] doc, JsonLimits limits, Shape.Obj shape) {
    try {
      Json tree = new JsonReader(limits).read(new ByteArrayInputStream(doc), NAME);
      return new Outcome("value " + Arrays.deepToString((Object[]) new Binder(SHAPES, NAME).object(tree, shape, "$",
          Set.of())));
    } catch (InvalidInputException e) {
      return new Outcome("refused " + e.getMessage());
    }
  }

  private static Outcome newInputs(byte[] doc, JsonLimits limits, Shape.Obj shape) {
    try {
      return new Outcome("value " + Arrays.deepToString((Object[]) new JsonBinding(limits, SHAPES).read(doc, shape, NAME,
          null).value()));
    } catch (InvalidInputException e) {
      return new Outcome("refused " + e.getMessage());
    }
  }

  @Test
  @DisplayName("generated timelines, valid and corrupted: same outcome, same message")
  void timelines() {
    List<String> differ = new ArrayList<>();
    int[] counts = new int[2];
    for (int i = 0; i < RUNS; i++) {
      Random r = new Random(i);
      String valid = DpaJson.write(JsonGenerators.timeline(r));
      compare(valid.getBytes(java.nio.charset.StandardCharsets.UTF_8), JsonLimits.DEFAULT, null, differ, counts);
      Corrupted k = JsonCorruptions.corrupt(valid, SHAPES.of(Timeline.class), SHAPES, r);
      compare(k.bytes(), k.limits(), null, differ, counts);
    }
    System.out.println("parity timelines: " + counts[0] + " agree, " + counts[1] + " differ");
    assertEquals(List.of(), differ.subList(0, Math.min(5, differ.size())), () -> differ.size() + " differ");
  }

  @Test
  @DisplayName("generated policy inputs, valid and corrupted: same outcome, same message")
  void inputs() {
    List<String> differ = new ArrayList<>();
    int[] counts = new int[2];
    List<Method> all = JsonGenerators.policies();
    for (int i = 0; i < RUNS; i++) {
      Random r = new Random(i);
      PolicyInput in = JsonGenerators.inputs(all.get(r.nextInt(all.size())), r);
      Shape.Obj shape = SHAPES.ofMethod(in.method(), Interpretations.defaults());
      String valid = JsonRoundTripProperties.writeInputs(in);
      compare(valid.getBytes(java.nio.charset.StandardCharsets.UTF_8), JsonLimits.DEFAULT, shape, differ, counts);
      Corrupted k = JsonCorruptions.corrupt(valid, shape, SHAPES, r);
      compare(k.bytes(), k.limits(), shape, differ, counts);
    }
    System.out.println("parity inputs: " + counts[0] + " agree, " + counts[1] + " differ");
    assertEquals(List.of(), differ.subList(0, Math.min(5, differ.size())), () -> differ.size() + " differ");
  }

  private static void compare(byte[] doc, JsonLimits limits, Shape.@org.jspecify.annotations.Nullable Obj shape,
      List<String> differ, int[] counts) {
    Outcome before = shape == null ? oldTimeline(doc, limits) : oldInputs(doc, limits, shape);
    Outcome after = shape == null ? newTimeline(doc, limits) : newInputs(doc, limits, shape);
    if (before.equals(after)) {
      counts[0]++;
    } else {
      counts[1]++;
      differ.add("old: " + Text.excerpt(before.text(), 400) + "\nnew: " + Text.excerpt(after.text(), 400));
    }
  }
}
