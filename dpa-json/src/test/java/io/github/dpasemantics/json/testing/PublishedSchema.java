package io.github.dpasemantics.json.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A schema published in docs/schemas, checked by a maintained JSON Schema (2020-12) validator
 * (networknt json-schema-validator), not by code of ours: the generator and the checker cannot
 * share one misreading of the specification.
 */
public final class PublishedSchema {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, PublishedSchema> LOADED = new ConcurrentHashMap<>();
  private static final Schema META = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

  private final JsonNode root;
  private final Schema whole;
  private final Map<String, Schema> defs = new ConcurrentHashMap<>();

  private PublishedSchema(JsonNode root) {
    this.root = root;
    this.whole = REGISTRY.getSchema(root.toString());
  }

  /** The schema at docs/schemas/RELATIVE (tests run in dpa-examples/), loaded once. */
  public static PublishedSchema load(String relative) {
    return LOADED.computeIfAbsent(relative, r -> {
      Path up = Path.of("..", "docs", "schemas", r);
      Path file = Files.isRegularFile(up) ? up : Path.of("docs", "schemas", r);
      try {
        return new PublishedSchema(MAPPER.readTree(file.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The problems of a document against the whole schema, empty if it conforms. */
  public List<String> problems(String json) {
    return messages(whole.validate(json, InputFormat.JSON));
  }

  /** The problems of a document against one of the schema's {@code $defs}, e.g. {@code DpaEvent}. */
  public List<String> problems(String json, String def) {
    Schema s = defs.computeIfAbsent(def, d -> {
      ObjectNode only = MAPPER.createObjectNode();
      only.set("$schema", root.get("$schema"));
      only.put("$ref", "#/$defs/" + d);
      only.set("$defs", root.get("$defs"));
      return REGISTRY.getSchema(only.toString());
    });
    return messages(s.validate(json, InputFormat.JSON));
  }

  /**
   * The problems of a schema document against the JSON Schema 2020-12 meta-schema (bundled with
   * the validator), empty if it is a valid schema.
   */
  public static List<String> metaSchemaProblems(String schema) {
    return messages(META.validate(schema, InputFormat.JSON));
  }

  private static List<String> messages(List<Error> errors) {
    List<String> out = new ArrayList<>();
    for (Error e : errors) {
      out.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return out;
  }
}
