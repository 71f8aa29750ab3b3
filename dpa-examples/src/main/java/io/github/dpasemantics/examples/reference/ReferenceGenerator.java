package io.github.dpasemantics.examples.reference;

import static io.github.dpasemantics.examples.reference.Html.clauseAnchor;
import static io.github.dpasemantics.examples.reference.Html.esc;
import static io.github.dpasemantics.examples.reference.Html.policyAnchor;
import static io.github.dpasemantics.examples.reference.Html.policyClassAnchor;

import io.github.dpasemantics.examples.conformance.CaseFile;
import io.github.dpasemantics.examples.conformance.CaseSuite;

import io.github.dpasemantics.model.clause.Clause;
import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.clause.CrossReference;
import io.github.dpasemantics.model.clause.DefinedTerm;
import io.github.dpasemantics.model.clause.NormKind;
import io.github.dpasemantics.model.clause.Part;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.ClauseCoverage;
import io.github.dpasemantics.policy.ClauseCoverage.Row;
import io.github.dpasemantics.policy.ClauseCoverage.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Generates the literate HTML reference of the Segment Data Protection Addendum: a static site
 * of three files, with no server, no external fonts and no scripts.
 *
 * <ul>
 *   <li>{@code index.html}: the whole contract text clause by clause in document order (body,
 *       Annex A, Annex B), each clause with its {@code id="clause-<id>"} anchor, its normative
 *       kinds, the parties it binds and benefits, its cross-references as links (external ones
 *       labelled), the policies that decide it or the reason it is not decidable, the
 *       interpretation notes on it, and worked examples computed by the library at generation
 *       time; then every policy with its clauses, the clause-coverage summary and the monitor's
 *       lifecycle diagram (static SVG);</li>
 *   <li>{@code reference.css}: the style sheet, readable on a phone and in print;</li>
 *   <li>{@code clause-ids.txt}: every clause id of the catalogue, one per line, for checks.</li>
 * </ul>
 *
 * <pre>{@code
 * List<Path> files = ReferenceGenerator.generate(Path.of("target/reference"));
 * }</pre>
 *
 * <p>The output depends only on the library (no dates, no clock), so two runs give the same
 * bytes.
 */
public final class ReferenceGenerator {
  /** The name of the page. */
  public static final String INDEX = "index.html";
  /** The name of the style sheet. */
  public static final String CSS = "reference.css";
  /** The name of the list of clause ids. */
  public static final String CLAUSE_IDS = "clause-ids.txt";

  private final ClauseCatalog catalog;
  private final PolicyIndex policies;
  private final ClauseCoverage coverage;
  private final List<WorkedExample> examples;
  private final Lifecycle lifecycle;
  private final List<CaseFile.Case> cases;

  private ReferenceGenerator(ClauseCatalog catalog, PolicyIndex policies, ClauseCoverage coverage,
      List<WorkedExample> examples, Lifecycle lifecycle, List<CaseFile.Case> cases) {
    this.catalog = catalog;
    this.policies = policies;
    this.coverage = coverage;
    this.examples = examples;
    this.lifecycle = lifecycle;
    this.cases = List.copyOf(cases);
  }

  /**
   * Writes the reference into {@code outDir}, creating it if needed and replacing the three
   * files if present, each atomically and without following a link already there (see
   * {@link OutputFiles}).
   *
   * @param outDir the output directory
   * @return the files written: index.html, reference.css, clause-ids.txt
   * @throws UncheckedIOException if a file cannot be written
   * @throws IllegalArgumentException if {@code outDir} is empty or exists and is not a directory
   */
  public static List<Path> generate(Path outDir) {
    Objects.requireNonNull(outDir, "ReferenceGenerator.generate: outDir must not be null");
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new IllegalArgumentException("ReferenceGenerator.generate: outDir '" + outDir + "' exists and is not a directory");
    }
    ReferenceGenerator g = standard();
    Map<String, String> files = new LinkedHashMap<>();
    files.put(INDEX, g.html());
    files.put(CSS, stylesheet());
    files.put(CLAUSE_IDS, String.join("\n", g.clauseIds()) + "\n");
    return OutputFiles.write(outDir, files);
  }

  /** The generator over the Segment catalogue, the policy registry, its coverage and the lifecycle. */
  static ReferenceGenerator standard() {
    return new ReferenceGenerator(ClauseCatalog.segmentDpa(), PolicyIndex.load(), ClauseCoverage.compute(),
        WorkedExamples.compute(), Lifecycle.fromMonitor(), CaseSuite.bundled().cases());
  }

  /** Every clause id of the catalogue, in document order. */
  List<String> clauseIds() {
    List<String> out = new ArrayList<>();
    for (Clause c : catalog.all()) {
      out.add(c.getId().toString());
    }
    return out;
  }

  List<WorkedExample> examples() {
    return examples;
  }

  /**
   * Returns the style sheet.
   *
   * @return the CSS text
   */
  static String stylesheet() {
    try (InputStream in = ReferenceGenerator.class.getResourceAsStream(CSS)) {
      if (in == null) {
        throw new IllegalStateException("ReferenceGenerator: resource " + CSS + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ page

  /** The page. */
  String html() {
    StringBuilder h = new StringBuilder(400_000);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Segment Data Protection Addendum — literate reference</title>\n")
        .append("<link rel=\"stylesheet\" href=\"").append(CSS).append("\">\n</head>\n<body>\n");
    header(h);
    contents(h);
    h.append("<main>\n");
    for (Part part : Part.values()) {
      part(h, part);
    }
    policiesSection(h);
    coverageSection(h);
    lifecycleSection(h);
    h.append("</main>\n<footer><p>Generated by dpa-semantics from its clause catalogue, policy registry and worked examples;"
        + " every example above was computed by the library when this page was generated.</p></footer>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private void header(StringBuilder h) {
    long decided = count(Status.DECIDED);
    h.append("<header>\n<h1>Segment Data Protection Addendum</h1>\n<p class=\"lede\">The contract text clause by clause,"
        + " with what each clause does, whom it binds, the policy functions of <code>dpa-policy</code> that decide it,"
        + " the open readings, and worked examples computed by the library.</p>\n")
        .append("<p class=\"stats\">").append(catalog.size()).append(" clauses · ").append(decided)
        .append(" decided by a policy · ").append(policies.all().size()).append(" policies · ").append(examples.size())
        .append(" worked examples</p>\n</header>\n");
  }

  private void contents(StringBuilder h) {
    h.append("<nav id=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
    for (Part part : Part.values()) {
      h.append("<li><a href=\"#part-").append(partSlug(part)).append("\">").append(esc(partName(part))).append("</a><ol class=\"toc-clauses\">");
      for (Clause c : catalog.all()) {
        if (c.getPart() == part && c.getId().getDepth() == 1) {
          h.append("<li><a href=\"#").append(esc(clauseAnchor(c.getId().toString()))).append("\">")
              .append(esc(c.getId().toString())).append(' ').append(esc(c.getHeading().orElse(c.getTitle())))
              .append("</a></li>");
        }
      }
      h.append("</ol></li>\n");
    }
    h.append("<li><a href=\"#policies\">Policies</a></li>\n<li><a href=\"#coverage\">Clause coverage</a></li>\n")
        .append("<li><a href=\"#lifecycle\">Obligation lifecycle</a></li>\n</ol>\n</nav>\n");
  }

  private static String partSlug(Part part) {
    return part.isAnnex() ? "annex-" + part.getLetter().orElse("").toLowerCase(Locale.ROOT) : "body";
  }

  private static String partName(Part part) {
    return part.isAnnex() ? "Annex " + part.getLetter().orElse("") + " — " + part.getTitle() : part.getTitle();
  }

  private void part(StringBuilder h, Part part) {
    h.append("<section class=\"part\" id=\"part-").append(partSlug(part)).append("\">\n<h2>").append(esc(partName(part)))
        .append("</h2>\n");
    for (Clause c : catalog.all()) {
      if (c.getPart() == part) {
        clause(h, c);
      }
    }
    h.append("</section>\n");
  }

  // ------------------------------------------------------------------ one clause

  private void clause(StringBuilder h, Clause c) {
    String id = c.getId().toString();
    int depth = Math.min(c.getId().getDepth(), 4);
    String tag = depth <= 1 ? "h3" : "h4";
    h.append("<article class=\"clause depth-").append(depth).append(c.isGrouping() ? " grouping" : "")
        .append("\" id=\"").append(esc(clauseAnchor(id))).append("\">\n<").append(tag).append("><a class=\"cid\" href=\"#")
        .append(esc(clauseAnchor(id))).append("\">").append(esc(id)).append("</a> ")
        .append(esc(c.getHeading().orElse(c.getTitle()))).append("</").append(tag).append(">\n");
    meta(h, c);
    if (c.isGrouping()) {
      h.append("<p class=\"note\">A heading without text of its own; its sub-clauses follow.</p>\n");
    } else {
      h.append("<p class=\"text\">").append(textWithLinks(c)).append("</p>\n");
    }
    decidedBy(h, c.getId());
    interpretations(h, id);
    List<WorkedExample> mine = WorkedExamples.of(examples, c.getId());
    if (!mine.isEmpty()) {
      h.append("<section class=\"examples\" aria-label=\"Worked examples for ").append(esc(id)).append("\">\n<h5>Worked examples")
          .append(" <span class=\"computed\">computed by the library</span></h5>\n");
      for (WorkedExample e : mine) {
        example(h, e);
      }
      h.append("</section>\n");
    }
    conformanceCases(h, id);
    h.append("</article>\n");
  }

  /** The conformance cases about a clause (dpa-conformance), collapsed: question, quoted words, inputs, expected answer. */
  private void conformanceCases(StringBuilder h, String id) {
    List<CaseFile.Case> mine = cases.stream().filter(c -> c.clauses().contains(id)).toList();
    if (mine.isEmpty()) {
      return;
    }
    h.append("<section class=\"cases\" aria-label=\"Conformance cases for ").append(esc(id)).append("\">\n<h5>Conformance cases")
        .append(" <span class=\"computed\">").append(mine.size()).append(" written from the text; run by <code>dpa check</code></span></h5>\n");
    for (CaseFile.Case c : mine) {
      boolean home = c.clauses().get(0).equals(id);
      h.append("<details class=\"case\"").append(home ? " id=\"" + esc(caseAnchor(c.id())) + "\"" : "")
          .append(" data-case=\"").append(esc(c.id())).append("\"><summary>").append(esc(c.question()))
          .append(" <span class=\"case-id\">").append(esc(c.id())).append("</span></summary>\n<blockquote class=\"quoted\">")
          .append(esc(c.text())).append("</blockquote>\n<table class=\"inputs\"><tbody>");
      if (c.decide() != null) {
        h.append("<tr><th scope=\"row\">policy</th><td><code>").append(esc(c.decide().policy())).append("</code></td></tr>");
        c.decide().inputs().fields().forEachRemaining(e -> h.append("<tr><th scope=\"row\">").append(esc(e.getKey()))
            .append("</th><td><code>").append(esc(e.getValue().toString())).append("</code></td></tr>"));
      } else if (c.monitor() != null) {
        h.append("<tr><th scope=\"row\">timeline</th><td>").append(c.monitor().timeline().path("events").size())
            .append(" events").append(c.monitor().timeline().has("title") ? ": " + esc(c.monitor().timeline().path("title").asText()) : "")
            .append("</td></tr>");
        if (c.monitor().asOf() != null) {
          h.append("<tr><th scope=\"row\">as of</th><td>").append(esc(c.monitor().asOf())).append("</td></tr>");
        }
      }
      List<String> readingNames = new ArrayList<>(c.readings());
      readingNames.addAll(c.assumes());
      if (!readingNames.isEmpty()) {
        h.append("<tr><th scope=\"row\">readings</th><td>").append(esc(String.join(", ", readingNames))).append("</td></tr>");
      }
      h.append("</tbody></table>\n<p class=\"outcome\"><span class=\"label\">Expected</span> ").append(esc(expected(c.expect())))
          .append("</p>\n</details>\n");
    }
    h.append("</section>\n");
  }

  /** The anchor of a conformance case, under its first clause. */
  static String caseAnchor(String caseId) {
    return "case-" + caseId.replaceAll("[^A-Za-z0-9._-]", "-");
  }

  private static String expected(CaseFile.Expect e) {
    List<String> parts = new ArrayList<>();
    if (e.outcome() != null) {
      parts.add("outcome " + e.outcome());
    }
    for (CaseFile.Obligation o : e.obligations()) {
      parts.add("obligation " + (o.norm() != null ? o.norm() : o.clause()) + (o.subject() != null ? " (" + o.subject() + ")" : "")
          + (o.state() != null ? " " + o.state() : "") + (o.timeliness() != null ? " " + o.timeliness() : "")
          + (o.due() != null ? " due " + o.due() : ""));
    }
    for (CaseFile.Absent a : e.absent()) {
      parts.add("no obligation " + a.norm());
    }
    for (CaseFile.Right r : e.rights()) {
      parts.add("right " + (r.norm() != null ? r.norm() : r.clause()) + (r.subject() != null ? " (" + r.subject() + ")" : "")
          + (Boolean.FALSE.equals(r.open()) ? " not open" : " open") + (r.until() != null ? " until " + r.until() : ""));
    }
    if (!e.cites().isEmpty()) {
      parts.add("cites " + String.join(", ", e.cites()));
    }
    if (!e.notCites().isEmpty()) {
      parts.add("does not cite " + String.join(", ", e.notCites()));
    }
    for (String phrase : e.explanationContains()) {
      parts.add("says \u201c" + phrase + "\u201d");
    }
    return String.join("; ", parts);
  }

  private void meta(StringBuilder h, Clause c) {
    h.append("<dl class=\"meta\">");
    h.append("<div><dt>Kind</dt><dd>").append(kindBadge(c.getKind(), true));
    for (NormKind k : c.getSecondaryKinds()) {
      h.append(' ').append(kindBadge(k, false));
    }
    h.append("</dd></div>");
    if (!c.getBinds().isEmpty()) {
      h.append("<div><dt>Binds</dt><dd>").append(esc(parties(c.getBinds()))).append("</dd></div>");
    }
    if (!c.getBenefits().isEmpty()) {
      h.append("<div><dt>Benefits</dt><dd>").append(esc(parties(c.getBenefits()))).append("</dd></div>");
    }
    if (!c.getDefinedTerms().isEmpty()) {
      List<String> terms = new ArrayList<>();
      for (DefinedTerm t : c.getDefinedTerms()) {
        terms.add("“" + t.getTerm() + "”");
      }
      h.append("<div><dt>Defines</dt><dd>").append(esc(String.join(", ", terms))).append("</dd></div>");
    }
    if (!c.getReferences().isEmpty()) {
      h.append("<div><dt>Refers to</dt><dd>");
      boolean first = true;
      for (CrossReference r : c.getReferences()) {
        h.append(first ? "" : "; ");
        first = false;
        reference(h, r, r.getTarget().map(t -> t.toString()).orElse(r.getText()));
      }
      h.append("</dd></div>");
    }
    List<CrossReference> incoming = catalog.referencesTo(c.getId());
    if (!incoming.isEmpty()) {
      Set<ClauseId> sources = new java.util.TreeSet<>();
      for (CrossReference r : incoming) {
        sources.add(r.getSource());
      }
      h.append("<div><dt>Referred to by</dt><dd>");
      boolean first = true;
      for (ClauseId s : sources) {
        h.append(first ? "" : ", ").append("<a href=\"#").append(esc(clauseAnchor(s.toString()))).append("\">")
            .append(esc(s.toString())).append("</a>");
        first = false;
      }
      h.append("</dd></div>");
    }
    h.append("</dl>\n");
  }

  private static String kindBadge(NormKind k, boolean primary) {
    return "<span class=\"kind kind-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-') + (primary ? " primary" : "")
        + "\">" + esc(words(k.name())) + "</span>";
  }

  private static String words(String constant) {
    String w = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  private static String parties(Set<PartyKind> parties) {
    List<String> out = new ArrayList<>();
    for (PartyKind p : parties) {
      out.add(words(p.name()));
    }
    return String.join(", ", out);
  }

  private static void reference(StringBuilder h, CrossReference r, String label) {
    if (r.getTarget().isPresent()) {
      String target = r.getTarget().get().toString();
      h.append("<a class=\"xref\" href=\"#").append(esc(clauseAnchor(target))).append("\" title=\"clause ")
          .append(esc(target)).append("\">").append(esc(label)).append("</a>");
    } else {
      String title = r.getDocument().map(d -> d.getTitle()).orElse("external document");
      h.append("<span class=\"xref external\" title=\"").append(esc(title)).append("\">").append(esc(label))
          .append(" <span class=\"ext-label\">external: ").append(esc(title)).append("</span></span>");
    }
  }

  /** The clause text with each cross-reference, where it sits in the text, turned into a link. */
  private static String textWithLinks(Clause c) {
    String text = c.getText();
    List<CrossReference> refs = new ArrayList<>(c.getReferences());
    refs.sort(Comparator.comparingInt(CrossReference::getOffset));
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (CrossReference r : refs) {
      int start = r.getOffset();
      int end = r.getEnd();
      if (start < at || end > text.length() || !text.substring(start, end).equals(r.getText())) {
        continue;   // not where it says it is: it is still listed under "Refers to"
      }
      sb.append(esc(text.substring(at, start)));
      if (r.getTarget().isPresent()) {
        reference(sb, r, r.getText());
      } else {
        String title = r.getDocument().map(d -> d.getTitle()).orElse("external document");
        sb.append("<cite class=\"external\" title=\"external: ").append(esc(title)).append("\">").append(esc(r.getText()))
            .append("</cite>");
      }
      at = end;
    }
    sb.append(esc(text.substring(at)));
    return sb.toString();
  }

  private void decidedBy(StringBuilder h, ClauseId id) {
    List<PolicyIndex.Entry> deciding = policies.deciding(id);
    if (!deciding.isEmpty()) {
      boolean encoded = coverage.row(id).map(r -> r.getStatus() == Status.ENCODED).orElse(false);
      h.append("<div class=\"decided-by\"><span class=\"label\">").append(encoded ? "Deeming provision, shown by" : "Decided by")
          .append("</span> ");
      boolean first = true;
      for (PolicyIndex.Entry e : deciding) {
        h.append(first ? "" : ", ").append("<a href=\"#").append(esc(policyAnchor(e.qualifiedName()))).append("\"><code>")
            .append(esc(e.qualifiedName())).append("</code></a>");
        first = false;
      }
      h.append("</div>\n");
      return;
    }
    List<PolicyIndex.Undecidable> reasons = policies.undecidable(id);
    for (PolicyIndex.Undecidable u : reasons) {
      h.append("<div class=\"not-decidable\"><span class=\"label\">Not decidable</span> ").append(esc(u.reason()))
          .append(" <span class=\"by\">(declared on <a href=\"#").append(esc(policyClassAnchor(u.className()))).append("\"><code>")
          .append(esc(u.className())).append("</code></a>)</span></div>\n");
    }
    if (reasons.isEmpty()) {
      coverage.row(id).ifPresent(r -> {
        if (r.getStatus() == Status.GROUPING) {
          h.append("<div class=\"not-decidable grouping\"><span class=\"label\">Covered by its sub-clauses</span></div>\n");
        } else if (r.getStatus() == Status.UNCOVERED) {
          h.append("<div class=\"uncovered\"><span class=\"label\">Not yet covered</span> no policy decides it and none"
              + " declares it not decidable</div>\n");
        }
      });
    }
  }

  private static void interpretations(StringBuilder h, String id) {
    for (Question q : Question.values()) {
      if (!questionClauses(q).contains(id)) {
        continue;
      }
      Interpretation def = q.defaultReading();
      h.append("<aside class=\"interpretation\"><h5>Open reading: ").append(esc(q.text())).append("</h5>\n<ul>")
          .append("<li class=\"default\"><code>").append(esc(def.name())).append("</code> <span class=\"tag\">default</span> ")
          .append(esc(def.reading())).append("</li>");
      for (Interpretation alt : def.alternatives()) {
        h.append("<li><code>").append(esc(alt.name())).append("</code> ").append(esc(alt.reading())).append("</li>");
      }
      h.append("</ul><p class=\"about\">Applies to ").append(esc(q.clauses()))
          .append("; choose a reading with <code>Interpretations.of(…)</code> or <code>--interpretation NAME</code>.</p></aside>\n");
    }
  }

  static List<String> questionClauses(Question q) {
    List<String> out = new ArrayList<>();
    for (String s : q.clauses().split(",")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  private static void example(StringBuilder h, WorkedExample e) {
    h.append("<div class=\"example\" id=\"").append(esc(e.getAnchor())).append("\">\n<p class=\"question\"><a class=\"ex-anchor\" href=\"#")
        .append(esc(e.getAnchor())).append("\">§</a> ").append(esc(e.getTitle())).append("</p>\n<table class=\"inputs\"><tbody>");
    for (Map.Entry<String, String> in : e.getInputs()) {
      h.append("<tr><th scope=\"row\">").append(esc(in.getKey())).append("</th><td>").append(esc(in.getValue())).append("</td></tr>");
    }
    h.append("</tbody></table>\n<p class=\"outcome\"><span class=\"label\">Outcome</span> <strong class=\"value\">")
        .append(esc(e.getOutcomeText())).append("</strong></p>\n<ul class=\"reasons\">");
    for (String r : e.getReasonTexts()) {
      h.append("<li>").append(esc(r)).append("</li>");
    }
    h.append("</ul>\n");
    e.getWindowText().ifPresent(w -> h.append("<p class=\"window\"><span class=\"label\">Window</span> ").append(esc(w)).append("</p>\n"));
    List<String> readings = e.getReadingTexts();
    if (!readings.isEmpty()) {
      h.append("<ul class=\"readings\">");
      for (String r : readings) {
        h.append("<li>").append(esc(r)).append("</li>");
      }
      h.append("</ul>\n");
    }
    h.append("<p class=\"call\"><code>").append(esc(e.getCall())).append("</code></p>\n</div>\n");
  }

  // ------------------------------------------------------------------ policies, coverage, lifecycle

  private void policiesSection(StringBuilder h) {
    h.append("<section id=\"policies\" class=\"appendix\">\n<h2>Policies</h2>\n<p>Every policy function of <code>dpa-policy</code>,"
        + " by clause group, with the clauses it decides (from its <code>@Decides</code> annotation) and its overloads."
        + " Each returns a <code>Decision</code>: the outcome, the clause ids, the reasons in words, the readings applied"
        + " and, for deadlines, the window.</p>\n");
    for (Map.Entry<String, List<PolicyIndex.Entry>> group : policies.byClass().entrySet()) {
      h.append("<section class=\"policy-class\" id=\"").append(esc(policyClassAnchor(group.getKey()))).append("\">\n<h3><code>")
          .append(esc(group.getKey())).append("</code></h3>\n");
      List<PolicyIndex.Undecidable> nd = new ArrayList<>();
      for (PolicyIndex.Undecidable u : policies.undecidable()) {
        if (u.className().equals(group.getKey())) {
          nd.add(u);
        }
      }
      h.append("<dl class=\"policy-list\">");
      for (PolicyIndex.Entry e : group.getValue()) {
        h.append("<div class=\"policy\" id=\"").append(esc(policyAnchor(e.qualifiedName()))).append("\"><dt><code>")
            .append(esc(e.qualifiedName())).append("</code></dt><dd><span class=\"label\">decides</span> ");
        clauseLinks(h, e.clauses());
        h.append("<ul class=\"signatures\">");
        for (String s : e.signatures()) {
          h.append("<li><code>").append(esc(s)).append("</code></li>");
        }
        h.append("</ul></dd></div>");
      }
      h.append("</dl>\n");
      if (!nd.isEmpty()) {
        h.append("<p class=\"label\">Declared not decidable here:</p><ul class=\"nd-list\">");
        for (PolicyIndex.Undecidable u : nd) {
          h.append("<li>");
          clauseLinks(h, List.of(u.clause()));
          h.append(": ").append(esc(u.reason())).append("</li>");
        }
        h.append("</ul>\n");
      }
      h.append("</section>\n");
    }
    h.append("</section>\n");
  }

  private void clauseLinks(StringBuilder h, List<ClauseId> ids) {
    boolean first = true;
    for (ClauseId id : ids) {
      h.append(first ? "" : ", ");
      first = false;
      if (catalog.contains(id)) {
        h.append("<a href=\"#").append(esc(clauseAnchor(id.toString()))).append("\">").append(esc(id.toString())).append("</a>");
      } else {
        h.append("<span class=\"missing\">").append(esc(id.toString())).append(" (not in the catalogue)</span>");
      }
    }
  }

  private long count(Status s) {
    long n = 0;
    for (Row r : coverage.getRows()) {
      if (r.getStatus() == s) {
        n++;
      }
    }
    return n;
  }

  private void coverageSection(StringBuilder h) {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, count(s));
    }
    h.append("<section id=\"coverage\" class=\"appendix\">\n<h2>Clause coverage</h2>\n<p>Every clause of the catalogue is either")
        .append(" decided by a policy, declared not decidable with a reason, or a heading covered by its sub-clauses.</p>\n")
        .append("<ul class=\"counts\">")
        .append("<li><strong class=\"count-decided\">").append(counts.get(Status.DECIDED)).append("</strong> decided</li>")
        .append("<li><strong class=\"count-encoded\">").append(counts.get(Status.ENCODED))
        .append("</strong> encoded as data (deeming provisions)</li>")
        .append("<li><strong class=\"count-not-decidable\">").append(counts.get(Status.NOT_DECIDABLE)).append("</strong> not decidable</li>")
        .append("<li><strong class=\"count-grouping\">").append(counts.get(Status.GROUPING)).append("</strong> headings</li>")
        .append("<li><strong class=\"count-uncovered\">").append(counts.get(Status.UNCOVERED)).append("</strong> uncovered</li>")
        .append("<li>of <strong class=\"count-total\">").append(coverage.getRows().size()).append("</strong> clauses</li></ul>\n");
    if (!coverage.getProblems().isEmpty()) {
      h.append("<ul class=\"problems\">");
      for (String p : coverage.getProblems()) {
        h.append("<li>").append(esc(p)).append("</li>");
      }
      h.append("</ul>\n");
    }
    Set<String> known = new HashSet<>();
    for (PolicyIndex.Entry e : policies.all()) {
      known.add(e.qualifiedName());
    }
    h.append("<div class=\"table-wrap\"><table class=\"coverage\"><thead><tr><th scope=\"col\">Clause</th><th scope=\"col\">Kind</th>")
        .append("<th scope=\"col\">Status</th><th scope=\"col\">Decided by / reason</th></tr></thead><tbody>\n");
    for (Row r : coverage.getRows()) {
      String id = r.getClause().toString();
      h.append("<tr class=\"status-").append(r.getStatus().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .append("\"><td><a href=\"#").append(esc(clauseAnchor(id))).append("\">").append(esc(id)).append("</a></td><td>")
          .append(esc(words(r.getKind().name()))).append("</td><td>").append(esc(words(r.getStatus().name()))).append("</td><td>");
      if (r.getStatus() == Status.DECIDED) {
        boolean first = true;
        for (String m : r.getDecidedBy()) {
          h.append(first ? "" : ", ");
          first = false;
          if (known.contains(m)) {
            h.append("<a href=\"#").append(esc(policyAnchor(m))).append("\"><code>").append(esc(m)).append("</code></a>");
          } else {
            h.append("<code>").append(esc(m)).append("</code>");
          }
        }
      } else {
        h.append(esc(r.describe()));
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody></table></div>\n</section>\n");
  }

  private void lifecycleSection(StringBuilder h) {
    h.append("<section id=\"lifecycle\" class=\"appendix\">\n<h2>Obligation lifecycle</h2>\n<p>The states an obligation passes through")
        .append(" in the monitor (<code>io.github.dpasemantics.monitor</code>), drawn from ").append(esc(lifecycle.source()))
        .append(". Open states are outlined in blue, finished ones in grey; a dashed arrow returns to an earlier state.</p>\n")
        .append("<figure class=\"diagram\">").append(lifecycle.svg()).append("<figcaption>Obligation lifecycle</figcaption></figure>\n");
    if (!lifecycle.transitions().isEmpty()) {
      h.append("<div class=\"table-wrap\"><table class=\"transitions\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">From</th>")
          .append("<th scope=\"col\">To</th><th scope=\"col\">When</th></tr></thead><tbody>\n");
      int n = 0;
      for (Lifecycle.Transition t : lifecycle.transitions()) {
        n++;
        h.append("<tr><td>").append(n).append("</td><td>").append(esc(Lifecycle.display(t.from))).append("</td><td>")
            .append(esc(Lifecycle.display(t.to))).append("</td><td>").append(esc(t.label)).append("</td></tr>\n");
      }
      h.append("</tbody></table></div>\n");
    }
    h.append("<dl class=\"states\">");
    for (String s : lifecycle.states()) {
      if (s.equals(Lifecycle.START) || s.equals(Lifecycle.END)) {
        continue;
      }
      h.append("<div><dt>").append(esc(s)).append("</dt><dd>").append(esc(lifecycle.description(s).orElse(Lifecycle.ObligationStates.kindOf(s))))
          .append("</dd></div>");
    }
    h.append("</dl>\n</section>\n");
  }
}
