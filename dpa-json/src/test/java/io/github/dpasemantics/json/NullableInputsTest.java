package io.github.dpasemantics.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.contract.Interpretations;
import java.lang.reflect.Method;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("null means absent where a member is optional: a policy input declared @Nullable, an Optional or collection member (issue 17)")
class NullableInputsTest {

  /** A policy-shaped method: one required date, one input the policy declares optional. */
  public static boolean probe(LocalDate day, @Nullable LocalDate agreementEnd) {
    return agreementEnd == null || day.isAfter(agreementEnd);
  }

  private static Object[] bind(String json) throws NoSuchMethodException {
    Method m = NullableInputsTest.class.getMethod("probe", LocalDate.class, LocalDate.class);
    return PolicyInputs.of(m).read(DpaJson.reader(), json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "in.json",
        Interpretations.defaults()).value();
  }

  @Test
  @DisplayName("the property is optional and takes null; the required one still refuses null and absence")
  void optionalFromTheSignature() throws Exception {
    Method m = NullableInputsTest.class.getMethod("probe", LocalDate.class, LocalDate.class);
    PolicyInputs inputs = PolicyInputs.of(m);
    assertFalse(inputs.input("agreementEnd").orElseThrow().required());
    assertTrue(inputs.input("agreementEnd").orElseThrow().nullable());
    assertTrue(inputs.input("day").orElseThrow().required());
    assertFalse(inputs.input("day").orElseThrow().nullable());
    assertArrayEquals(new Object[] {LocalDate.of(2025, 12, 1), null}, bind("{\"day\": \"2025-12-01\"}"));
    assertArrayEquals(new Object[] {LocalDate.of(2025, 12, 1), null},
        bind("{\"day\": \"2025-12-01\", \"agreementEnd\": null}"));
    assertArrayEquals(new Object[] {LocalDate.of(2025, 12, 1), LocalDate.of(2025, 11, 30)},
        bind("{\"day\": \"2025-12-01\", \"agreementEnd\": \"2025-11-30\"}"));
    InvalidInputException nullDay = assertThrows(InvalidInputException.class, () -> bind("{\"day\": null}"));
    assertTrue(nullDay.getMessage().contains("$.day") && nullDay.getMessage().contains("found null"),
        nullDay.getMessage());
    InvalidInputException missing = assertThrows(InvalidInputException.class, () -> bind("{}"));
    assertTrue(missing.getMessage().contains("missing required field \"day\""), missing.getMessage());
  }

  @Test
  @DisplayName("null for an optional member of a model value is the member left out; for a required one it is refused")
  void optionalMembersTakeNull() {
    String event = "{\"type\": \"DeletionRequested\", \"id\": \"deletion-request\", \"date\": \"2025-12-05\"%s}";
    assertEquals(DpaJson.readEvent(String.format(event, ""), "e.json"),
        DpaJson.readEvent(String.format(event, ", \"note\": null"), "e.json"));
    InvalidInputException nullDate = assertThrows(InvalidInputException.class,
        () -> DpaJson.readEvent("{\"type\": \"DeletionRequested\", \"id\": \"d\", \"date\": null}", "e.json"));
    assertEquals("$.date", nullDate.getPath());
    assertEquals(java.util.Optional.of(DatabindReader.NULL_RULE), nullDate.getRule());
    InvalidInputException nullItem = assertThrows(InvalidInputException.class,
        () -> DpaJson.read("{\"day\": \"2025-12-01\", \"days\": [null]}", Days.class, "d.json"));
    assertEquals("$.days[0]", nullItem.getPath());
    assertEquals(new Days(LocalDate.of(2025, 12, 1), java.util.Optional.empty(), java.util.List.of()),
        DpaJson.read("{\"day\": \"2025-12-01\", \"end\": null, \"days\": null}", Days.class, "d.json"));
  }

  /** A record with a required, an optional and a collection member. */
  public record Days(LocalDate day, java.util.Optional<LocalDate> end, java.util.List<LocalDate> days) {}

  @Test
  @DisplayName("its schema takes null beside the value's own form (anyOf); the required one does not")
  void schemaTakesNull() throws Exception {
    Method m = NullableInputsTest.class.getMethod("probe", LocalDate.class, LocalDate.class);
    String json = Schemas.generateAll(java.util.List.of(m)).get(Schemas.policyFile("NullableInputsTest.probe"));
    com.fasterxml.jackson.databind.JsonNode props = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)
        .path("properties");
    assertTrue(props.path("agreementEnd").path("anyOf").toString().contains("{\"type\":\"null\"}"), json);
    assertTrue(props.path("day").path("anyOf").isMissingNode(), json);
  }
}
