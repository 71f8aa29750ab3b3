package io.github.dpasemantics.model.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reads the numbering of the shipped text with a plain regex, independently of the production
 * parser, and compares it with the catalogue.
 *
 * <p>A numbered unit is: a {@code ### N.} section heading, or a line whose first non-blank
 * characters are a dotted number followed by a dot and a space ({@code 2.1.}, {@code   6.1.1.},
 * {@code 1.} in Annex B). The part is given by the last {@code ## Annex A}/{@code ## Annex B}
 * line above it. The annexes themselves ({@code A}, {@code B}) are units too, one per
 * {@code ## Annex} line.
 */
class SeedNumberingTest {

  private static final Pattern NUMBERED = Pattern.compile("^(?:###\\s+|\\s*)(\\d+(?:\\.\\d+)*)\\.\\s");

  private static List<String> rawNumbering() throws IOException {
    String raw;
    try (InputStream in = SegmentDpa.class.getResourceAsStream("segment-dpa.md")) {
      assertNotNull(in, "the text resource is on the class path");
      raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> units = new ArrayList<>();
    String prefix = "";
    for (String line : raw.split("\n", -1)) {
      if (line.startsWith("## Annex A")) {
        prefix = "A.";
        units.add("A");
      } else if (line.startsWith("## Annex B")) {
        prefix = "B.";
        units.add("B");
      } else {
        Matcher m = NUMBERED.matcher(line);
        if (m.find()) {
          units.add(prefix + m.group(1));
        }
      }
    }
    return units;
  }

  private static final List<String> ISSUE_UNITS = List.of(
      "1", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11",
      "3.1", "3.2", "3.3", "3.4", "4", "5.1", "5.2", "6.1", "6.1.1", "6.1.2", "6.2", "6.3",
      "7.1", "7.2", "7.3", "7.4", "8", "9.1", "9.2",
      "A.1.1", "A.1.2", "A.1.3", "A.1.4", "A.2.1", "A.2.1.1", "A.2.1.2", "A.2.2",
      "A.2.2.1", "A.2.2.2", "A.2.2.3", "A.2.2.4", "A.2.2.5", "A.3", "A.4.1", "A.4.2", "A.4.3",
      "A.4.3.1", "A.4.3.2", "A.4.3.3", "A.4.3.4", "A.4.3.5", "A.4.3.6", "A.4.3.7", "A.4.3.8",
      "B.1", "B.2", "B.3", "B.4", "B.5", "B.6");

  @Test
  @DisplayName("every numbered unit of the text is in the catalogue exactly once, in the same order")
  void everyNumberedUnitExactlyOnce() throws IOException {
    List<String> raw = rawNumbering();
    assertEquals(raw.size(), new TreeSet<>(raw).size(), "the text numbers no unit twice: " + raw);
    List<String> catalogue = ClauseCatalog.segmentDpa().all().stream()
        .map(clause -> clause.getId().toString()).collect(Collectors.toList());
    assertEquals(raw, catalogue);
  }

  @Test
  @DisplayName("the units the issue lists are all there; the rest are the 8 section headings and the 2 annexes")
  void issueListPlusGroupings() throws IOException {
    Set<String> raw = new TreeSet<>(rawNumbering());
    assertTrue(raw.containsAll(ISSUE_UNITS), "issue units missing: " + ISSUE_UNITS);
    Set<String> extra = new TreeSet<>(raw);
    ISSUE_UNITS.forEach(extra::remove);
    assertEquals(new TreeSet<>(List.of("3", "5", "6", "7", "9", "A", "A.1", "A.2", "A.4", "B")), extra);
    ClauseCatalog dpa = ClauseCatalog.segmentDpa();
    for (String id : extra) {
      assertTrue(dpa.get(id).isGrouping(), id + " is a heading without text");
    }
  }

  @Test
  @DisplayName("the resource is the seed text below an attribution comment")
  void resourceCarriesAttribution() throws IOException {
    try (InputStream in = SegmentDpa.class.getResourceAsStream("segment-dpa.md")) {
      assertNotNull(in);
      String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(raw.startsWith("<!--"));
      String header = raw.substring(0, raw.indexOf("-->"));
      assertTrue(header.contains("Segment.io, Inc."), header);
      assertTrue(header.contains("reproduced verbatim as the subject of dpa-semantics"), header);
      assertTrue(raw.contains("## Annex B - California Annex"));
    }
  }
}
