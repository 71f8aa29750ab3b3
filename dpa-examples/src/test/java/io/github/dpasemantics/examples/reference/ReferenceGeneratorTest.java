package io.github.dpasemantics.examples.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.Clause;
import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.CrossReference;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.policy.ClauseCoverage;
import io.github.dpasemantics.policy.NotDecidable;
import io.github.dpasemantics.policy.Policies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The HTML reference")
class ReferenceGeneratorTest {
  private static String html = "";
  private static Path dir = Path.of(".");

  @BeforeAll
  static void generate(@TempDir Path tmp) throws IOException {
    dir = tmp.resolve("reference");
    List<Path> files = ReferenceGenerator.generate(dir);
    assertEquals(List.of(dir.resolve("index.html"), dir.resolve("reference.css"), dir.resolve("clause-ids.txt")), files);
    html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("writes index.html, reference.css and clause-ids.txt, the last listing every catalogue id in document order")
  void writesTheThreeFiles() throws IOException {
    List<String> expected = new ArrayList<>();
    for (Clause c : ClauseCatalog.segmentDpa().all()) {
      expected.add(c.getId().toString());
    }
    assertEquals(expected, Files.readAllLines(dir.resolve("clause-ids.txt"), StandardCharsets.UTF_8));
    assertTrue(Files.size(dir.resolve("reference.css")) > 1000);
    assertTrue(expected.indexOf("9.2") < expected.indexOf("A.1") && expected.indexOf("A.4.3.8") < expected.indexOf("B.1"),
        "body, then Annex A, then Annex B: " + expected);
  }

  @Test
  @DisplayName("has exactly one anchor per clause of the catalogue, and ids are unique")
  void everyClauseHasItsAnchor() {
    List<String> ids = PageChecks.ids(html);
    assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids");
    for (Clause c : ClauseCatalog.segmentDpa().all()) {
      assertTrue(ids.contains("clause-" + c.getId()), "missing anchor for " + c.getId());
    }
  }

  @Test
  @DisplayName("has no broken internal link: every href=\"#x\" has an element with id x")
  void noBrokenInternalLinks() {
    Set<String> ids = new HashSet<>(PageChecks.ids(html));
    List<String> links = PageChecks.internalLinks(html);
    assertTrue(links.size() > 300, "links: " + links.size());
    List<String> broken = new ArrayList<>();
    for (String l : links) {
      if (!ids.contains(l)) {
        broken.add(l);
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  @DisplayName("loads nothing from outside: no scripts, no external URLs in src/href, no @import or remote url() in the CSS")
  void staticAndSelfContained() throws IOException {
    assertFalse(html.contains("<script"), "script element");
    assertFalse(html.matches("(?s).*\\s(src|href)=\"(https?:)?//.*"), "external resource");
    String css = Files.readString(dir.resolve("reference.css"), StandardCharsets.UTF_8);
    assertFalse(css.contains("@import") || css.contains("url(http") || css.contains("@font-face"), "external CSS");
    assertTrue(html.contains("<link rel=\"stylesheet\" href=\"reference.css\">"));
  }

  @Test
  @DisplayName("is readable on a phone and in print: viewport meta, a narrow-screen and a print media query")
  void responsiveAndPrintable() throws IOException {
    assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    String css = Files.readString(dir.resolve("reference.css"), StandardCharsets.UTF_8);
    assertTrue(css.contains("@media print"));
    assertTrue(css.contains("@media (max-width: 600px)"));
  }

  @Test
  @DisplayName("fills every worked-example block with an outcome, at least one reason and the call that computed it")
  void examplesAreFilledIn() {
    Map<String, String> examples = PageChecks.examples(html);
    assertEquals(WorkedExamples.compute().size(), examples.size());
    assertTrue(examples.size() >= 30, "examples: " + examples.size());
    examples.forEach((id, body) -> {
      assertTrue(body.matches("(?s).*<strong class=\"value\">[^<]+</strong>.*"), id + ": no outcome");
      assertTrue(body.matches("(?s).*<ul class=\"reasons\"><li>[^<]+</li>.*"), id + ": no reason");
      assertTrue(body.contains("<p class=\"call\"><code>"), id + ": no call");
    });
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: shows the computed objection deadline 2024-03-06 for notice on 2024-03-01; day 5 timely, day 6 not")
  void objectionExamples() {
    Map<String, String> ex = PageChecks.examples(html);
    assertTrue(PageChecks.text(ex.get("example-6.3-objection-deadline")).contains("Outcome 2024-03-06"));
    assertTrue(PageChecks.text(ex.get("example-6.3-objection-day-5")).contains("Outcome yes"));
    assertTrue(PageChecks.text(ex.get("example-6.3-objection-day-6")).contains("Outcome no"));
    assertTrue(PageChecks.article(html, "6.3").contains("id=\"example-6.3-objection-deadline\""));
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: termination 2024-01-31 and request 2024-02-01 give the due date 2024-04-01, with its window")
  void deletionExample() {
    String t = PageChecks.text(PageChecks.examples(html).get("example-9.1-due-date"));
    assertTrue(t.contains("Outcome 2024-04-01"), t);
    assertTrue(t.contains("Window from 2024-02-02 to 2024-04-01"), t);
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a report of 2023-02-28 is recent for a request on 29 February 2024, one of 2023-02-27 is not")
  void leapDayExample() {
    Map<String, String> ex = PageChecks.examples(html);
    assertTrue(PageChecks.text(ex.get("example-A.2.2.2-leap-day")).contains("Outcome yes"));
    assertTrue(PageChecks.text(ex.get("example-A.2.2.2-leap-day-too-old")).contains("Outcome no"));
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: a port scan is not a Security Incident, a confirmed breach is")
  void incidentExamples() {
    Map<String, String> ex = PageChecks.examples(html);
    assertTrue(PageChecks.text(ex.get("example-2.9-port-scan")).contains("Outcome no"));
    assertTrue(PageChecks.text(ex.get("example-2.9-confirmed-breach")).contains("Outcome yes"));
  }

  @Test
  @DisplayName("links each clause to the policies that decide it, and each policy back to its clauses")
  void policiesAreLinked() {
    PolicyIndex index = PolicyIndex.load();
    assertFalse(index.all().isEmpty());
    for (PolicyIndex.Entry e : index.all()) {
      assertTrue(html.contains("id=\"policy-" + e.qualifiedName() + "\""), "policy anchor " + e.qualifiedName());
      for (var id : e.clauses()) {
        assertTrue(PageChecks.article(html, id.toString()).contains("href=\"#policy-" + e.qualifiedName() + "\""),
            id + " does not link to " + e.qualifiedName());
      }
    }
    for (Class<?> c : Policies.classes()) {
      assertTrue(html.contains("id=\"policy-class-" + c.getSimpleName() + "\""), c.getSimpleName());
    }
  }

  @Test
  @DisplayName("gives the reason of every @NotDecidable declaration under its clause")
  void notDecidableReasonsShown() {
    int seen = 0;
    for (Class<?> c : Policies.classes()) {
      for (NotDecidable n : c.getAnnotationsByType(NotDecidable.class)) {
        String article = PageChecks.text(PageChecks.article(html, n.clause()));
        assertTrue(article.contains("Not decidable " + n.reason()), n.clause() + ": " + article);
        seen++;
      }
    }
    assertTrue(seen > 0);
  }

  @Test
  @DisplayName("renders each cross-reference as a link to its target clause, and labels external documents")
  void crossReferencesAreLinks() {
    int internal = 0;
    for (Clause c : ClauseCatalog.segmentDpa().all()) {
      String article = PageChecks.article(html, c.getId().toString());
      for (CrossReference r : c.getReferences()) {
        if (r.getTarget().isPresent()) {
          assertTrue(article.contains("href=\"#clause-" + r.getTarget().get() + "\""), c.getId() + " → " + r);
          internal++;
        } else {
          assertTrue(article.contains("external: " + Html.esc(r.getDocument().orElseThrow().getTitle())), c.getId() + " → " + r);
        }
      }
    }
    assertTrue(internal > 0);
  }

  @Test
  @DisplayName("shows every open question under each clause it names, with the default and the other readings")
  void interpretationNotes() {
    for (Question q : Question.values()) {
      for (String id : ReferenceGenerator.questionClauses(q)) {
        String article = PageChecks.article(html, id);
        assertTrue(article.contains(Html.esc(q.text())), id + ": " + q);
        for (Interpretation i : Interpretation.values()) {
          if (i.question() == q) {
            assertTrue(article.contains("<code>" + i.name() + "</code>"), id + ": " + i);
          }
        }
      }
    }
  }

  @Test
  @DisplayName("summarises the clause coverage with the counts of ClauseCoverage")
  void coverageSummary() {
    ClauseCoverage c = ClauseCoverage.compute();
    long decided = c.getRows().stream().filter(r -> r.getStatus() == ClauseCoverage.Status.DECIDED).count();
    assertTrue(html.contains("<strong class=\"count-decided\">" + decided + "</strong>"));
    assertTrue(html.contains("<strong class=\"count-total\">" + c.getRows().size() + "</strong>"));
  }

  @Test
  @DisplayName("escapes the contract text: apostrophes and quotes are entities, no raw text breaks the markup")
  void textIsEscaped() {
    assertTrue(PageChecks.article(html, "6.3").contains("Customer&#39;s Segment Workspace"));
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", Html.esc("a <b> & \"c\" 'd'"));
  }

  @Test
  @DisplayName("draws the monitor's lifecycle as a static SVG naming every state, without Mermaid script")
  void lifecycleDiagram() {
    String section = html.substring(html.indexOf("<section id=\"lifecycle\""));
    assertTrue(section.contains("<svg class=\"lifecycle\""));
    for (String s : Lifecycle.fromMonitor().states()) {
      assertTrue(section.contains(Html.esc(Lifecycle.display(s))), s);
    }
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("mermaid.js"));
  }

  @Test
  @DisplayName("draws the lifecycle from the monitor's lifecycle table, one legend row per transition")
  void lifecycleFromTheMonitorTable() {
    int expected = io.github.dpasemantics.monitor.LifecycleTable.segmentDpa().transitions().size();
    String section = html.substring(html.indexOf("<section id=\"lifecycle\""));
    assertTrue(section.contains("drawn from the monitor&#39;s lifecycle table"), section.substring(0, 400));
    String table = section.substring(section.indexOf("<table class=\"transitions\">"), section.indexOf("</table>"));
    assertEquals(expected, table.split("<tr><td>", -1).length - 1);
  }

  @Test
  @DisplayName("is the same page on every run: no clock, no randomness")
  void deterministic() {
    assertEquals(html, ReferenceGenerator.standard().html());
  }

  @Test
  @DisplayName("refuses an output path that is a file, naming it")
  void refusesAFileAsOutDir(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("x.txt"), "x");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReferenceGenerator.generate(file));
    assertTrue(e.getMessage().contains("x.txt") && e.getMessage().contains("not a directory"), e.getMessage());
  }
}
