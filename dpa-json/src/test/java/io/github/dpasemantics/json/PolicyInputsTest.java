package io.github.dpasemantics.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dpasemantics.json.testing.JsonGenerators;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.TransferMade;
import io.github.dpasemantics.policy.Transfers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a policy's inputs (dpa decide), read through Jackson as members of their types (issue 17)")
class PolicyInputsTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  /** An input's value as a command line gives it: text for a string, a number or a boolean, a comma list for a set of those, else JSON. */
  private static String asText(Object value) {
    JsonNode n;
    try {
      n = TREES.readTree(DpaJson.write(value instanceof Optional<?> o ? o.orElseThrow() : value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (n.isTextual()) {
      return n.asText();
    }
    if (n.isNumber() || n.isBoolean()) {
      return n.toString();
    }
    if (n.isArray() && n.size() > 0) {
      List<String> items = new ArrayList<>();
      for (JsonNode i : n) {
        String t = i.asText();
        if (!i.isTextual() || t.isEmpty() || t.contains(",") || !t.strip().equals(t)) {
          return n.toString();
        }
        items.add(t);
      }
      return String.join(",", items);
    }
    return n.toString();
  }

  private static Object[] read(PolicyInputs inputs, JsonNode doc) {
    return inputs.read(DpaJson.reader(), doc.toString().getBytes(StandardCharsets.UTF_8), "in", Interpretations.defaults())
        .value();
  }

  @Test
  @DisplayName("property: every policy's generated inputs given as KEY=VALUE text bind to the same arguments as the JSON object")
  void textFormsBindAsJson() {
    qt().withExamples(300).forAll(JsonGenerators.inputs()).checkAssert(in -> {
      PolicyInputs inputs = PolicyInputs.of(in.method());
      ObjectNode json = TREES.createObjectNode();
      ObjectNode text = TREES.createObjectNode();
      for (Map.Entry<String, Object> e : in.given().entrySet()) {
        try {
          json.set(e.getKey(), TREES.readTree(DpaJson.write(e.getValue() instanceof Optional<?> o ? o.orElseThrow()
              : e.getValue())));
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
        text.set(e.getKey(), inputs.fromText(DpaJson.reader(), e.getKey(), asText(e.getValue())));
      }
      assertArrayEquals(read(inputs, json), read(inputs, text), () -> in + "\n" + json + "\n" + text);
    });
  }

  @Test
  @DisplayName("KEY=VALUE: an integer input (A.2.1.1's GDPR article) binds from its digits as the JSON number does; other text is refused naming the input")
  void integerInput() throws Exception {
    Method m = io.github.dpasemantics.policy.Security.class.getMethod("securityAssistanceOwed", int.class, boolean.class);
    PolicyInputs inputs = PolicyInputs.of(m);
    ObjectNode text = TREES.createObjectNode();
    text.set("gdprArticle", inputs.fromText(DpaJson.reader(), "gdprArticle", "33"));
    text.set("governedByEuDataProtectionLaw", inputs.fromText(DpaJson.reader(), "governedByEuDataProtectionLaw", "true"));
    Object[] fromJson = read(inputs, TREES.readTree("{\"gdprArticle\": 33, \"governedByEuDataProtectionLaw\": true}"));
    assertArrayEquals(new Object[] {33, true}, fromJson);
    assertArrayEquals(fromJson, read(inputs, text));
    ObjectNode words = TREES.createObjectNode();
    words.set("gdprArticle", inputs.fromText(DpaJson.reader(), "gdprArticle", "thirty-three"));
    words.put("governedByEuDataProtectionLaw", true);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(inputs, words));
    assertEquals("$.gdprArticle", e.getPath(), e.getMessage());
  }

  @Test
  @DisplayName("KEY=VALUE: a set as a comma list or JSON, null for absent, \"null\" kept as a string's text")
  void textForms() throws Exception {
    Method incident = null;
    for (Method c : io.github.dpasemantics.policy.Definitions.class.getMethods()) {
      if (c.getName().equals("isSecurityIncident") && c.getParameterCount() == 6) {
        incident = c; // 2.9 "Security Incident": effects is a Set<SecurityEffect>
      }
    }
    PolicyInputs inputs = PolicyInputs.of(java.util.Objects.requireNonNull(incident));
    assertEquals(inputs.fromText(DpaJson.reader(), "effects", "[\"LOSS\",\"ALTERATION\"]"),
        inputs.fromText(DpaJson.reader(), "effects", "LOSS, ALTERATION"));
    assertTrue(inputs.fromText(DpaJson.reader(), "effects", "null").isNull());
    assertEquals("an array of one of: DESTRUCTION, LOSS, ALTERATION, UNAUTHORIZED_DISCLOSURE, UNAUTHORIZED_ACCESS, "
        + "AVAILABILITY_COMPROMISED", inputs.input("effects").orElseThrow().expected());
    assertFalse(inputs.input("effects").orElseThrow().required());
    assertThrows(IllegalArgumentException.class, () -> inputs.fromText(DpaJson.reader(), "nope", "x"));
  }

  @Test
  @DisplayName("an input of one kind of event may leave out its \"type\"; a \"type\" naming another kind is refused at its place")
  void eventKindInput() throws Exception {
    Method m = Transfers.class.getMethod("sccGoverned", TransferMade.class, io.github.dpasemantics.policy.LegalFacts.class,
        Interpretations.class);
    PolicyInputs inputs = PolicyInputs.of(m);
    String event = "{\"transfer\": {%s\"id\": \"t\", \"date\": \"2026-02-11\", \"transferId\": \"tr\", "
        + "\"exporterCountry\": \"JP\", \"destinationCountry\": \"GB\"}}";
    Object[] without = read(inputs, TREES.readTree(String.format(event, "")));
    Object[] with = read(inputs, TREES.readTree(String.format(event, "\"type\": \"TransferMade\", ")));
    assertArrayEquals(with, without);
    // a date given as an instant names its place in the whole document
    JsonBinding.Bound<Object[]> instant = inputs.read(DpaJson.reader(), String.format(event, "").replace("2026-02-11",
        "2026-02-11T10:00:00Z").getBytes(StandardCharsets.UTF_8), "in", Interpretations.defaults());
    assertEquals("transfer.date", instant.conversions().get(0).field());
    InvalidInputException other = assertThrows(InvalidInputException.class, () -> inputs.read(DpaJson.reader(),
        String.format(event, "\"type\": \"ObjectionMade\", ").getBytes(StandardCharsets.UTF_8), "in",
        Interpretations.defaults()));
    assertEquals("$.transfer.type", other.getPath(), other.getMessage());
    assertEquals(new InvalidInputException.Location(1, 23), other.getLocation().orElseThrow(), other.getMessage());
    assertTrue(other.getMessage().contains("expected \"TransferMade\""), other.getMessage());
  }

  @Test
  @DisplayName("an unknown input is refused at its value, naming the inputs there are")
  void unknownInput() throws Exception {
    Method m = Transfers.class.getMethod("sccGoverned", TransferMade.class, io.github.dpasemantics.policy.LegalFacts.class,
        Interpretations.class);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PolicyInputs.of(m).read(DpaJson.reader(),
        "{\"other\": 1}".getBytes(StandardCharsets.UTF_8), "in", Interpretations.defaults()));
    assertEquals("$.other", e.getPath());
    assertEquals(new InvalidInputException.Location(1, 11), e.getLocation().orElseThrow());
    assertTrue(e.getMessage().contains("unknown field \"other\" in Transfers.sccGoverned; expected one of the fields: "
        + "transfer"), e.getMessage());
  }
}
