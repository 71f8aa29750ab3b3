package io.github.dpasemantics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonParser;
import io.github.dpasemantics.json.testing.JsonCorruptions;
import io.github.dpasemantics.json.testing.JsonGenerators;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the model read by Jackson databind itself (issue 17): builders, the event type id, strict forms, one-line messages")
class DatabindReaderTest {
  private static final Shapes SHAPES = new Shapes();
  private static final JsonBinding READER = new JsonBinding(JsonLimits.DEFAULT, SHAPES);

  /** What a reading gives: the value and its date conversions, or the refusal's message. */
  private static String outcome(Object value, Object conversions) {
    return "OK " + value + " " + conversions;
  }

  /** The databind reader's outcome (through {@link JsonBinding#read}, which uses it for any class). */
  private static String databind(byte[] doc, Class<?> type, JsonLimits limits) {
    try {
      JsonBinding.Bound<?> b = new JsonBinding(limits, SHAPES).read(doc, type, "doc", null);
      return outcome(b.value(), b.conversions());
    } catch (InvalidInputException e) {
      return "ERR " + e.getMessage();
    }
  }

  /** The form binder's outcome ({@code Binding}, which still binds a policy's parameters). */
  private static String forms(byte[] doc, Class<?> type, JsonLimits limits) {
    JsonBinding reader = new JsonBinding(limits, SHAPES);
    try {
      String named = reader.check(doc, "doc");
      Binding binding = new Binding(SHAPES, "doc", JsonBinding.zoneOr(named, null), doc, reader.mapper().getFactory());
      try (JsonParser p = reader.mapper().getFactory().createParser(doc)) {
        p.nextToken();
        Object value = binding.bind(p, SHAPES.of(type), "$");
        return outcome(value, binding.conversions());
      }
    } catch (InvalidInputException e) {
      return "ERR " + e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void agree(byte[] doc, Class<?> type, JsonLimits limits) {
    assertEquals(forms(doc, type, limits), databind(doc, type, limits), () -> new String(doc, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("property: on generated timelines and events, valid, with the \"type\" last and corrupted, databind and the form binder give the same value or the same message")
  void agreesWithTheFormBinder() {
    qt().withExamples(30).forAll(JsonGenerators.seeds(), JsonGenerators.anyTimelines()).checkAssert((seed, t) -> {
      Random r = new Random(seed);
      String valid = DpaJson.write(t);
      agree(valid.getBytes(StandardCharsets.UTF_8), Timeline.class, JsonLimits.DEFAULT);
      for (int i = 0; i < 3; i++) {
        JsonCorruptions.Corrupted c = JsonCorruptions.corrupt(valid, SHAPES.of(Timeline.class), SHAPES, r);
        agree(c.bytes(), Timeline.class, c.limits());
      }
      DpaEvent e = JsonGenerators.event(EventType.values()[r.nextInt(EventType.values().length)], r);
      String line = DpaJson.writeLine(e);
      String typeLast = line.replaceFirst("^\\{(\"type\":\"[A-Za-z]+\"),(.*)\\}$", "{$2,$1}");
      agree(typeLast.getBytes(StandardCharsets.UTF_8), DpaEvent.class, JsonLimits.DEFAULT);
      JsonCorruptions.Corrupted c = JsonCorruptions.corrupt(DpaJson.write(e), SHAPES.of(DpaEvent.class), SHAPES, r);
      agree(c.bytes(), DpaEvent.class, c.limits());
      String flat = c.text().replaceAll("\\s+", " ").trim();
      agree(flat.replaceFirst("^\\{ (\"type\" ?: ?\"[A-Za-z]+\"), (.*) \\}$", "{ $2, $1 }").getBytes(StandardCharsets.UTF_8),
          DpaEvent.class, c.limits());
    });
  }

  private static InvalidInputException refused(String json) {
    return assertThrows(InvalidInputException.class, () -> DpaJson.readEvent(json, "e.json"));
  }

  private static final String EVENT = "{\"id\": \"d-1\", \"date\": \"2025-12-05\"%s, \"type\": \"DeletionRequested\"}";

  @Test
  @DisplayName("an event's \"type\" may come last; a builder's other methods (from) are no members")
  void typeLastAndBuilderMethods() {
    DpaEvent read = DpaJson.readEvent(String.format(EVENT, ""), "e.json");
    assertEquals(EventType.DELETION_REQUESTED, read.getType());
    InvalidInputException from = refused(String.format(EVENT, ", \"from\": {}"));
    assertEquals("$.from", from.getPath());
    assertTrue(from.getMessage().contains("unknown field \"from\" in DeletionRequested"), from.getMessage());
    assertEquals(new InvalidInputException.Location(1, 45), from.getLocation().orElseThrow());
  }

  @Test
  @DisplayName("no coercion: an enum name with white space, a string for a boolean, a number for a type id or a string are refused")
  void noCoercion() {
    InvalidInputException spaced = refused(String.format(EVENT, ", \"actor\": \" CUSTOMER\""));
    assertEquals("$.actor", spaced.getPath());
    assertTrue(spaced.getMessage().contains("found the string \" CUSTOMER\"; expected one of: SEGMENT, CUSTOMER"),
        spaced.getMessage());
    InvalidInputException number = refused("{\"type\": 7, \"id\": \"d-1\", \"date\": \"2025-12-05\"}");
    assertEquals("$.type", number.getPath());
    assertTrue(number.getMessage().contains("found the number 7; expected one of: AddendumSigned"), number.getMessage());
    InvalidInputException id = refused("{\"type\": \"DeletionRequested\", \"id\": 7, \"date\": \"2025-12-05\"}");
    assertTrue(id.getMessage().contains("$.id (line 1, column 37): found the number 7; expected a string"),
        id.getMessage());
    InvalidInputException flag = assertThrows(InvalidInputException.class, () -> DpaJson.read(
        "{\"governedByEuDataProtectionLaw\": \"true\", \"governedByCcpa\": false}",
        io.github.dpasemantics.model.contract.AnnexFacts.class, "f.json"));
    assertTrue(flag.getMessage().contains("found the string \"true\"; expected true or false"), flag.getMessage());
  }

  @Test
  @DisplayName("a required member left out is named with its expected form, at the object's start")
  void missingMember() {
    InvalidInputException missing = refused("{\"type\": \"DeletionRequested\", \"id\": \"d-1\"}");
    assertEquals("$", missing.getPath());
    assertEquals(new InvalidInputException.Location(1, 1), missing.getLocation().orElseThrow());
    assertTrue(missing.getMessage().contains("missing required field \"date\" in DeletionRequested; expected \"date\": "
        + Formats.DATE_EXPECTED), missing.getMessage());
    assertTrue(Objects.nonNull(DpaJson.readEvent(String.format(EVENT, ", \"note\": null"), "e.json")));
  }
}
