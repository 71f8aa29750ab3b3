package io.github.dpasemantics.examples.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.github.dpasemantics.conformance.Suite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of the case format, shipped in dpa-conformance, is generated from the case model
 * ({@link CaseFile}) with victools jsonschema-generator. Regenerate after changing the model:
 * {@code ./mvnw -pl dpa-examples -am test -Dtest=CaseSchemaTest -Ddpa.conformance.writeSchema=true}.
 */
@DisplayName("the case format's JSON Schema is generated from the case model")
class CaseSchemaTest {
  static final Path COMMITTED = Path.of("..", "dpa-conformance", "src", "main", "resources",
      "io", "github", "dpasemantics", "conformance", "case.schema.json");

  static String generate() throws IOException {
    SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS);
    // a JsonNode is any JSON value: the policy's inputs, the timeline and the outcome are checked by dpa itself
    b.forTypesInGeneral().withCustomDefinitionProvider((type, context) ->
        JsonNode.class.isAssignableFrom(type.getErasedType())
            ? new CustomDefinition(context.getGeneratorConfig().createObjectNode(), CustomDefinition.DefinitionType.INLINE,
                CustomDefinition.AttributeInclusion.NO)
            : null);
    b.forFields().withEnumResolver(field -> switch (field.getName()) {
      case "state" -> CaseRules.STATES.stream().sorted().map(Object.class::cast).toList();
      case "timeliness" -> CaseRules.TIMELINESS.stream().sorted().map(Object.class::cast).toList();
      default -> null;
    });
    b.forFields().withStringFormatResolver(field -> List.of("asOf", "due", "until").contains(field.getName()) ? "date" : null);
    b.forFields().withStringPatternResolver(field -> List.of("asOf", "due", "until").contains(field.getName())
        ? "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        : "id".equals(field.getName()) && field.getDeclaringType().getErasedType() == CaseFile.Case.class
        ? "^[A-Za-z0-9][A-Za-z0-9._-]*$" : null);
    SchemaGenerator generator = new SchemaGenerator(b.build());
    ObjectNode schema = generator.generateSchema(CaseFile.class);
    ObjectNode out = new ObjectMapper().createObjectNode();
    out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    out.put("$id", "https://dpasemantics.github.io/dpa-semantics/schemas/conformance/case.schema.json");
    out.put("title", "dpa-semantics conformance case file");
    out.put("description", "A file of conformance cases for the Segment DPA (docs/conformance.md): a clause family and "
        + "its cases, each a question with the quoted words, the inputs of a policy or a timeline, and the expected "
        + "answer. Generated from the case model; do not edit.");
    schema.fields().forEachRemaining(e -> {
      if (!"$schema".equals(e.getKey())) {
        out.set(e.getKey(), e.getValue());
      }
    });
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out) + "\n";
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> out = new java.util.ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }

  @Test
  @DisplayName("the committed schema equals a freshly generated one")
  void committedSchemaIsCurrent() throws IOException {
    String fresh = generate();
    if (Boolean.getBoolean("dpa.conformance.writeSchema")) {
      Files.writeString(COMMITTED, fresh, StandardCharsets.UTF_8);
    }
    assertEquals(fresh, Files.readString(COMMITTED, StandardCharsets.UTF_8),
        "case.schema.json is stale: regenerate with -Dtest=CaseSchemaTest -Ddpa.conformance.writeSchema=true");
  }

  @Test
  @DisplayName("the schema in the jar is closed to unknown fields and requires the parts every case has")
  void schemaInTheJarDescribesTheFormat() throws IOException {
    JsonNode schema;
    try (InputStream in = Suite.openSchema()) {
      schema = new ObjectMapper().readTree(in);
    }
    assertEquals(false, schema.get("additionalProperties").asBoolean(), schema::toString);
    JsonNode kase = schema.get("$defs").get("Case");
    assertEquals(false, kase.get("additionalProperties").asBoolean());
    assertTrue(kase.get("required").toString().contains("\"id\""), kase::toString);
    assertTrue(kase.get("required").toString().contains("\"expect\""), kase::toString);
    assertTrue(kase.get("properties").has("assumes"), kase::toString);
    assertTrue(schema.toString().contains("DELAY_NOT_EXCUSED"), "timeliness is an enum");
    // the inputs, the timeline and the outcome are any JSON value: dpa checks them, not this schema
    JsonNode decide = schema.get("$defs").get("Decide").get("properties");
    assertEquals(List.of("description"), List.copyOf(iterable(decide.get("inputs").fieldNames())), decide::toString);
    JsonNode monitor = schema.get("$defs").get("Monitor").get("properties");
    assertEquals(List.of("description"), List.copyOf(iterable(monitor.get("timeline").fieldNames())), monitor::toString);
  }
}
