package io.github.dpasemantics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.json.testing.JsonCorruptions;
import io.github.dpasemantics.json.testing.JsonGenerators;
import io.github.dpasemantics.json.testing.JsonGenerators.PolicyInput;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JSON determinism: the same document always reads the same, whatever the order of its members")
class JsonDeterminismProperties {
  private static final JsonBinding READER = new JsonBinding(JsonLimits.DEFAULT);

  @Test
  @DisplayName("reading a timeline twice gives equal trees and equal values")
  void timelineReadTwice() {
    qt().withExamples(60).forAll(JsonGenerators.anyTimelines()).checkAssert(t -> {
      String json = DpaJson.write(t);
      byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(READER.tree(bytes, "t.json"), READER.tree(bytes, "t.json"));
      assertEquals(JsonRoundTripProperties.read(json, Timeline.class), JsonRoundTripProperties.read(json, Timeline.class));
    });
  }

  @Test
  @DisplayName("a timeline with the members of every object permuted, at every depth, reads as the same value")
  void timelineMemberOrderDoesNotMatter() {
    qt().withExamples(100).forAll(JsonGenerators.anyTimelines(), JsonGenerators.seeds()).checkAssert((t, seed) -> {
      Random r = new Random(seed);
      String json = DpaJson.write(t);
      String permuted = JsonCorruptions.permuted(json, r);
      assertEquals(JsonRoundTripProperties.read(json, Timeline.class),
          JsonRoundTripProperties.read(permuted, Timeline.class), permuted);
    });
  }

  @Test
  @DisplayName("decision inputs with their members permuted, at every depth, bind to the same arguments, twice")
  void decisionInputOrderDoesNotMatter() {
    qt().withExamples(100).forAll(JsonGenerators.inputs(), JsonGenerators.seeds()).checkAssert((in, seed) -> {
      Random r = new Random(seed);
      String json = JsonRoundTripProperties.writeInputs(in);
      String permuted = JsonCorruptions.permuted(json, r);
      Object[] first = JsonRoundTripProperties.readInputs(json, in.method());
      assertEquals(Arrays.asList(first), Arrays.asList(JsonRoundTripProperties.readInputs(json, in.method())), json);
      assertEquals(Arrays.asList(first), Arrays.asList(JsonRoundTripProperties.readInputs(permuted, in.method())),
          permuted);
    });
  }
}
