package io.github.dpasemantics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.json.testing.JsonGenerators;
import io.github.dpasemantics.json.testing.PublishedSchema;
import io.github.dpasemantics.json.testing.JsonGenerators.PolicyInput;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.policy.LegalFacts;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JSON round trip: what the writer writes is the documented input format, and reads back as an equal value")
class JsonRoundTripProperties {
  private static final JsonBinding READER = new JsonBinding(JsonLimits.DEFAULT);
  private static final PublishedSchema TIMELINE_SCHEMA = PublishedSchema.load("timeline.schema.json");

  /** Reads a document and binds it, as {@code dpa monitor} does. */
  static <T> T read(String json, Class<T> type) {
    return READER.read(json, type, "t.json").value();
  }

  /** Reads a policy's inputs, as {@code dpa decide -i FILE} does (the default readings). */
  static Object[] readInputs(String json, Method policy) {
    return PolicyInputs.of(policy).read(READER, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "inputs.json",
        Interpretations.defaults()).value();
  }

  /** The inputs as a JSON object written by the module's writer (absent optionals left out). */
  static String writeInputs(PolicyInput in) {
    Map<String, Object> members = new LinkedHashMap<>();
    in.given().forEach((k, v) -> members.put(k, v instanceof Optional ? ((Optional<?>) v).orElseThrow() : v));
    return DpaJson.write(members);
  }

  /** The arguments the policy must receive: the inputs given, and the documented defaults for the rest. */
  static List<Object> expectedArguments(PolicyInput in) {
    List<Object> out = new ArrayList<>();
    for (Parameter p : in.method().getParameters()) {
      Class<?> raw = p.getType();
      Object v = in.given().get(p.getName());
      if (raw == LegalFacts.class) {
        v = LegalFacts.current();
      } else if (v == null && PolicyInputs.of(in.method()).input(p.getName()).orElseThrow().nullable()) {
        v = null;
      } else if (v == null) {
        v = raw == DpaTerms.class ? DpaTerms.segment()
            : raw == Interpretations.class ? Interpretations.defaults()
            : raw == Optional.class ? Optional.empty()
            : Set.class.isAssignableFrom(raw) ? Set.of() : List.of();
      }
      out.add(v);
    }
    return out;
  }

  @Test
  @DisplayName("the event union the binder reads names every kind of the sealed DpaEvent family, and the generators build each")
  void unionCoversTheFamily() {
    Set<String> kinds = new TreeSet<>();
    for (EventType t : EventType.values()) {
      kinds.add(Formats.typeName(t.getEventClass()));
      // the reader knows each kind by its name: the members are missing, not the kind
      String name = Formats.typeName(t.getEventClass());
      InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
          () -> DpaJson.readEvent("{\"type\": \"" + name + "\"}", "e.json"));
      assertTrue(e.getMessage().contains("missing required field") && e.getMessage().contains(name), e::getMessage);
    }
    assertEquals(DpaEvent.class.getPermittedSubclasses().length, EventType.values().length);
    assertEquals(EventType.values().length, kinds.size());
    List<DpaEvent> one = JsonGenerators.oneOfEach(new Random(1));
    for (int i = 0; i < one.size(); i++) {
      assertEquals(EventType.values()[i], one.get(i).getType());
    }
  }

  @Test
  @DisplayName("every kind of event, written by the writer, conforms to the timeline schema's event form and reads back equal")
  void everyEventRoundTrips() {
    qt().withExamples(40).forAll(JsonGenerators.seeds()).checkAssert(seed -> {
      for (DpaEvent e : JsonGenerators.oneOfEach(new Random(seed))) {
        String json = DpaJson.write(e);
        List<String> problems = TIMELINE_SCHEMA.problems(json, "DpaEvent");
        assertTrue(problems.isEmpty(), () -> problems + " in " + json);
        assertEquals(e, read(json, DpaEvent.class), json);
      }
    });
  }

  @Test
  @DisplayName("a timeline (a contract instance and events), written by the writer, conforms to the timeline schema and reads back equal")
  void timelinesRoundTrip() {
    qt().withExamples(150).forAll(JsonGenerators.anyTimelines().mix(JsonGenerators.timelines())).checkAssert(t -> {
      String json = DpaJson.write(t);
      List<String> problems = TIMELINE_SCHEMA.problems(json);
      assertTrue(problems.isEmpty(), () -> problems + " in " + json);
      assertEquals(t, read(json, Timeline.class), json);
    });
  }

  @Test
  @DisplayName("every policy's inputs have a generator (so the decision-input round trip reaches every policy)")
  void everyPolicyHasInputs() {
    List<Method> all = JsonGenerators.policies();
    assertTrue(all.size() >= 60, () -> "only " + all.size() + " policies");
    for (Method m : all) {
      qt().withExamples(3).forAll(JsonGenerators.inputs(m)).checkAssert(in ->
          assertEquals(expectedArguments(in), Arrays.asList(readInputs(writeInputs(in), m)), in::toString));
    }
  }

  @Test
  @DisplayName("a policy's inputs, written as a JSON object, conform to its decide schema and bind to the same arguments, defaults filled in")
  void decisionInputsRoundTrip() {
    qt().withExamples(200).forAll(JsonGenerators.inputs()).checkAssert(in -> {
      String json = writeInputs(in);
      Method m = in.method();
      PublishedSchema schema = PublishedSchema.load("decide/" + m.getDeclaringClass().getSimpleName() + "." + m.getName()
          + ".schema.json");
      List<String> problems = schema.problems(json);
      assertTrue(problems.isEmpty(), () -> problems + " in " + json);
      assertEquals(expectedArguments(in), Arrays.asList(readInputs(json, m)), json);
    });
  }
}
