package io.github.dpasemantics.json.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.dpasemantics.monitor.ObligationState;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The output records: each member described once, as its javadoc says, and the summary follows the states. */
@DisplayName("the output records (issue 17): described as their javadoc says, the summary one member per state")
class OutputRecordsTest {
  private static final Path SOURCES = Path.of("src", "main", "java", "io", "github", "dpasemantics", "json", "output");
  private static final Pattern PARAM = Pattern.compile("^ \\* @param (\\w+) (.+)$", Pattern.MULTILINE);

  private static List<Class<?>> records() throws IOException {
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".java") || name.equals("package-info.java")) {
          continue;
        }
        try {
          Class<?> c = Class.forName(ReasonOutput.class.getPackageName() + "." + name.replace(".java", ""));
          if (c.isRecord()) {
            out.add(c);
          }
        } catch (ClassNotFoundException e) {
          throw new AssertionError(name, e);
        }
      }
    }
    return out;
  }

  @Test
  @DisplayName("every component of every output record has a schema description equal to its javadoc @param")
  void descriptionsAreTheJavadoc() throws IOException {
    List<Class<?>> records = records();
    assertTrue(records.size() >= 12, "output records: " + records);
    for (Class<?> c : records) {
      assertNotNull(c.getAnnotation(JsonClassDescription.class), c + " has no @JsonClassDescription");
      String source = Files.readString(SOURCES.resolve(c.getSimpleName() + ".java"));
      String javadoc = source.substring(0, source.indexOf("public record"));
      Map<String, String> params = new LinkedHashMap<>();
      Matcher m = PARAM.matcher(javadoc);
      while (m.find()) {
        params.put(m.group(1), m.group(2).strip());
      }
      List<String> names = new ArrayList<>();
      for (RecordComponent rc : c.getRecordComponents()) {
        names.add(rc.getName());
        // the annotation is not for record components: javac puts it on the component's field
        JsonPropertyDescription d = field(c, rc.getName()).getAnnotation(JsonPropertyDescription.class);
        assertNotNull(d, c.getSimpleName() + "." + rc.getName() + " has no @JsonPropertyDescription");
        assertEquals(params.get(rc.getName()), d.value(), c.getSimpleName() + "." + rc.getName()
            + ": the schema's description must be the javadoc's");
      }
      assertEquals(names, new ArrayList<>(params.keySet()), c.getSimpleName() + ": one @param per component, in order");
    }
  }

  private static java.lang.reflect.Field field(Class<?> c, String name) {
    try {
      return c.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(c + "." + name, e);
    }
  }

  @Test
  @DisplayName("the summary counts the obligations in each state, one member per ObligationState in its order, then the rest")
  void summaryFollowsTheStates() {
    RecordComponent[] components = SummaryOutput.class.getRecordComponents();
    ObligationState[] states = ObligationState.values();
    for (int i = 0; i < states.length; i++) {
      assertEquals(states[i].name().toLowerCase(Locale.ROOT), components[i].getName());
    }
    assertEquals(List.of("openRights", "events", "unmatchedEvents"),
        Stream.of(components).skip(states.length).map(RecordComponent::getName).toList());
  }

  @Test
  @DisplayName("a view converts each item when read, and has the source's size")
  void viewsConvertOnRead() {
    List<Integer> source = List.of(1, 2, 3);
    List<String> view = Views.mapped(source, i -> "n" + i);
    assertEquals(List.of("n1", "n2", "n3"), view);
    assertEquals(3, view.size());
    assertEquals(List.of(), Views.mapped(List.of(), Object::toString));
  }
}
