package io.github.dpasemantics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.json.testing.JsonGenerators;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the model read by Jackson databind itself (issue 17): builders, the event type id, strict forms, one-line messages")
class DatabindReaderTest {
  /**
   * Property: a generated event reads back equal whether its {@code "type"} comes first or last, and
   * a generated timeline reads back equal (the parity with the retired form binder was checked on the
   * command line's outputs when it was removed).
   */
  @Test
  @DisplayName("property: generated timelines and events read back equal, an event's \"type\" first or last")
  void readsBackWithTheTypeAnywhere() {
    qt().withExamples(30).forAll(JsonGenerators.seeds(), JsonGenerators.anyTimelines()).checkAssert((seed, t) -> {
      Random r = new Random(seed);
      assertEquals(t, DpaJson.reader().read(DpaJson.write(t), Timeline.class, "t.json").value());
      DpaEvent e = JsonGenerators.event(EventType.values()[r.nextInt(EventType.values().length)], r);
      String line = DpaJson.writeLine(e);
      String typeLast = line.replaceFirst("^\\{(\"type\":\"[A-Za-z]+\"),(.*)\\}$", "{$2,$1}");
      assertEquals(e, DpaJson.readEvent(typeLast, "e.json"), typeLast);
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
