package io.github.dpasemantics.model.clause;

import static io.github.dpasemantics.model.clause.ClauseIds.*;
import static io.github.dpasemantics.model.clause.DefinitionForm.BY_REFERENCE;
import static io.github.dpasemantics.model.clause.DefinitionForm.INLINE;
import static io.github.dpasemantics.model.clause.DefinitionForm.MEANS;
import static io.github.dpasemantics.model.clause.NormKind.CONDITION_OR_SCOPE;
import static io.github.dpasemantics.model.clause.NormKind.DECLARATION;
import static io.github.dpasemantics.model.clause.NormKind.DEFINITION;
import static io.github.dpasemantics.model.clause.NormKind.OBLIGATION;
import static io.github.dpasemantics.model.clause.NormKind.PERMISSION;
import static io.github.dpasemantics.model.clause.NormKind.PROHIBITION;
import static io.github.dpasemantics.model.clause.NormKind.RIGHT_OR_POWER;
import static io.github.dpasemantics.model.party.PartyKind.AUDITOR;
import static io.github.dpasemantics.model.party.PartyKind.CUSTOMER;
import static io.github.dpasemantics.model.party.PartyKind.CUSTOMER_REPRESENTATIVE;
import static io.github.dpasemantics.model.party.PartyKind.DATA_SUBJECT;
import static io.github.dpasemantics.model.party.PartyKind.SEGMENT;

import io.github.dpasemantics.model.party.PartyKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Segment Data Protection Addendum: its text (the resource {@value #RESOURCE} beside this
 * class) and, for every unit with text, the hand-read annotations the text does not spell out —
 * primary and secondary kinds, the parties bound and benefited, defined terms not marked in bold,
 * and the one run-in heading not in bold (A.1.4).
 *
 * <p>Annotation conventions (see {@link Clause} for binds/benefits): {@code SC} is
 * Segment-and-Customer. Readings worth a word are commented beside the entry.
 */
final class SegmentDpa {

  /** The resource holding the text, relative to this class. */
  static final String RESOURCE = "segment-dpa.md";

  private static final PartyKind[] SC = {SEGMENT, CUSTOMER};

  private SegmentDpa() {}

  /** The annotations of one unit with text. */
  record Annotation(
      NormKind kind,
      Set<NormKind> secondary,
      Set<PartyKind> binds,
      Set<PartyKind> benefits,
      Optional<String> runInHeading,
      List<DefinedTermSpec> terms) {}

  /** A heading without text, with the title it stands under, waiting for its summary. */
  private record Grouping(DpaTextParser.ParsedUnit unit, String title) {}

  /** A term an annotated clause defines. */
  record DefinedTermSpec(String term, DefinitionForm form) {}

  /** Builder of one annotation; used only while the table is built. */
  private static final class Entry {
    private final NormKind kind;
    private final Set<NormKind> secondary = EnumSet.noneOf(NormKind.class);
    private final Set<PartyKind> binds = EnumSet.noneOf(PartyKind.class);
    private final Set<PartyKind> benefits = EnumSet.noneOf(PartyKind.class);
    private Optional<String> heading = Optional.empty();
    private final List<DefinedTermSpec> terms = new ArrayList<>();

    Entry(NormKind kind) {
      this.kind = kind;
    }

    Entry also(NormKind... kinds) {
      secondary.addAll(Arrays.asList(kinds));
      return this;
    }

    Entry binds(PartyKind... parties) {
      binds.addAll(Arrays.asList(parties));
      return this;
    }

    Entry benefits(PartyKind... parties) {
      benefits.addAll(Arrays.asList(parties));
      return this;
    }

    Entry heading(String runIn) {
      heading = Optional.of(runIn);
      return this;
    }

    Entry defines(DefinitionForm form, String... defined) {
      for (String term : defined) {
        terms.add(new DefinedTermSpec(term, form));
      }
      return this;
    }

    Annotation build() {
      return new Annotation(kind, Collections.unmodifiableSet(secondary),
          Collections.unmodifiableSet(binds), Collections.unmodifiableSet(benefits), heading,
          List.copyOf(terms));
    }
  }

  private static Entry is(NormKind kind) {
    return new Entry(kind);
  }

  /** The annotation of every unit with text, by id. */
  static Map<ClauseId, Annotation> annotations() {
    Map<ClauseId, Entry> t = new LinkedHashMap<>();
    // ---- Body ----
    t.put(S1, is(DECLARATION).also(DEFINITION, CONDITION_OR_SCOPE).binds(SC).benefits(SC)
        .defines(INLINE, "Addendum", "Segment", "Agreement"));
    t.put(S2, is(DEFINITION).binds(SC).benefits(SC));
    t.put(S2_1, is(DEFINITION).binds(SC).benefits(SC)
        .defines(MEANS, "Affiliate").defines(INLINE, "control"));
    t.put(S2_2, is(DEFINITION).binds(SC).benefits(SC).defines(MEANS, "CCPA"));
    // 2.3 also narrows what the whole Addendum covers (employee/representative data is out).
    t.put(S2_3, is(DEFINITION).also(CONDITION_OR_SCOPE).binds(SC).benefits(SC)
        .defines(MEANS, "Customer Personal Data"));
    t.put(S2_4, is(DEFINITION).binds(SC).benefits(SC).defines(MEANS, "Data Protection Laws"));
    t.put(S2_5, is(DEFINITION).binds(SC).benefits(SC).defines(MEANS, "Data Subject"));
    t.put(S2_6, is(DEFINITION).binds(SC).benefits(SC)
        .defines(MEANS, "EU Data Protection Law").defines(INLINE, "GDPR"));
    t.put(S2_7, is(DEFINITION).binds(SC).benefits(SC).defines(MEANS, "Processing"));
    t.put(S2_8, is(DEFINITION).binds(SC).benefits(SC).defines(MEANS, "Personal Data"));
    t.put(S2_9, is(DEFINITION).binds(SC).benefits(SC).defines(MEANS, "Security Incident"));
    t.put(S2_10, is(DEFINITION).binds(SC).benefits(SC).defines(MEANS, "Subprocessor"));
    t.put(S2_11, is(DEFINITION).binds(SC).benefits(SC).defines(MEANS, "Third Party Subprocessor"));
    // 3.1: forms part of the Agreement (declaration); the Addendum governs on conflict (precedence).
    t.put(S3_1, is(DECLARATION).also(CONDITION_OR_SCOPE).binds(SC).benefits(SC));
    t.put(S3_2, is(CONDITION_OR_SCOPE).binds(SC).benefits(SC));
    t.put(S3_3, is(DECLARATION).also(CONDITION_OR_SCOPE).binds(SC).benefits(SC));
    t.put(S3_4, is(CONDITION_OR_SCOPE).binds(SC).benefits(SC));
    t.put(S4, is(CONDITION_OR_SCOPE).binds(SC).benefits(SC));
    // 5.1: Segment processes only on instructions (obligation); Customer instructs and
    // acknowledges (declaration) that this authorises processing for (a) and (b) (permission).
    t.put(S5_1, is(OBLIGATION).also(DECLARATION, PERMISSION, RIGHT_OR_POWER).binds(SC).benefits(SC));
    // 5.2: nothing limits Segment's transmission to Sources/Destinations (permission); they are
    // not Subprocessors (declaration); Customer is solely responsible for them (obligation).
    t.put(S5_2, is(PERMISSION).also(DECLARATION, OBLIGATION).binds(SC).benefits(SEGMENT));
    // 6.1: Customer authorises Segment (specifically Affiliates, generally Third Parties).
    t.put(S6_1, is(PERMISSION).binds(SC).benefits(SEGMENT));
    t.put(S6_1_1, is(OBLIGATION).binds(SEGMENT).benefits(CUSTOMER));
    // 6.1.2: Segment "remains liable": a liability Segment bears in Customer's favour.
    t.put(S6_1_2, is(OBLIGATION).binds(SEGMENT).benefits(CUSTOMER));
    // 6.2: the list is available (declaration); Segment may update it / designate another page.
    t.put(S6_2, is(DECLARATION).also(PERMISSION).binds(SEGMENT).benefits(SC)
        .defines(INLINE, "Subprocessor Page"));
    // 6.3: Segment must give notice (>= 10 days, or ASAP when expedited); Customer may object
    // within 5 days and, failing a resolution, terminate for convenience (right/power); both
    // discuss in good faith; termination is Customer's sole and exclusive remedy (in Segment's
    // favour).
    t.put(S6_3, is(OBLIGATION).also(RIGHT_OR_POWER, CONDITION_OR_SCOPE).binds(SC).benefits(SC));
    t.put(S7_1, is(OBLIGATION).also(DEFINITION).binds(SEGMENT).benefits(CUSTOMER)
        .defines(INLINE, "Security Measures"));
    // 7.2: Customer must review and decide (obligation); Segment may update the Security
    // Measures (permission) upon reasonable notice and without material decrease (conditions).
    t.put(S7_2, is(OBLIGATION).also(PERMISSION, PROHIBITION, CONDITION_OR_SCOPE).binds(SC).benefits(SC));
    // 7.3: Segment must notify without undue delay, unless prohibited by law; what is not undue
    // (condition); Customer alone handles its own notification duties (obligation); notice is no
    // admission of fault (declaration, in Segment's favour).
    t.put(S7_3, is(OBLIGATION).also(CONDITION_OR_SCOPE, DECLARATION).binds(SC).benefits(SC));
    t.put(S7_4, is(OBLIGATION).binds(CUSTOMER).benefits(SEGMENT));
    // 8: Segment assists on request, where Customer cannot self-serve, at Customer's expense;
    // Segment redirects Data Subjects; Customer responds to them.
    t.put(S8, is(OBLIGATION).also(CONDITION_OR_SCOPE).binds(SC).benefits(CUSTOMER, DATA_SUBJECT));
    t.put(S9_1, is(OBLIGATION).binds(SEGMENT).benefits(CUSTOMER));
    // 9.2: Segment may retain what the law requires (permission); it stays under the Addendum.
    t.put(S9_2, is(PERMISSION).also(OBLIGATION).binds(SEGMENT).benefits(SC));
    // ---- Annex A ----
    t.put(A_1_1, is(DEFINITION).binds(SC).benefits(SC)
        .defines(BY_REFERENCE, "controller", "processor", "supervisory authority")
        .defines(MEANS, "Standard Contractual Clauses")
        .defines(BY_REFERENCE, "data importer", "data exporter"));
    t.put(A_1_2, is(DECLARATION).also(CONDITION_OR_SCOPE).binds(SC).benefits(SC));
    // A.1.3: roles (declaration); each party complies in its role, Segment processes Usage Data
    // under its Privacy Policy (obligations).
    t.put(A_1_3, is(DECLARATION).also(OBLIGATION).binds(SC).benefits(SC));
    t.put(A_1_4, is(OBLIGATION).also(CONDITION_OR_SCOPE).binds(SEGMENT).benefits(CUSTOMER)
        .heading("Segment's Compliance with Instructions"));
    t.put(A_2_1_1, is(OBLIGATION).binds(SEGMENT).benefits(CUSTOMER));
    // A.2.1.2: Segment limits personnel access; Customer informs Segment and redirects an employee
    // exercising rights over Usage Data (for Segment, controller of that data, and the employee).
    t.put(A_2_1_2, is(OBLIGATION).binds(SC).benefits(SEGMENT, CUSTOMER, CUSTOMER_REPRESENTATIVE));
    // A.2.2: to the extent the law gives an audit right (condition), the parties exercise and
    // fulfil it as follows (obligations).
    t.put(A_2_2, is(CONDITION_OR_SCOPE).also(OBLIGATION).binds(SC).benefits(SC));
    t.put(A_2_2_1, is(OBLIGATION).also(DEFINITION).binds(SEGMENT).benefits(CUSTOMER)
        .defines(INLINE, "Third Party Reports"));
    // A.2.2.2: Customer may audit once per calendar year at its expense (right); Segment answers
    // in writing (obligation); Customer accepts a recent Third Party Report in lieu (obligation,
    // in Segment's favour); answers are Segment's Confidential Information (declaration).
    t.put(A_2_2_2, is(RIGHT_OR_POWER).also(OBLIGATION, CONDITION_OR_SCOPE, DECLARATION)
        .binds(SC).benefits(SC));
    // A.2.2.3: Segment may object to a third-party auditor (power), which requires Customer to
    // appoint another or audit itself (obligation); the auditor's appointment is what it governs.
    t.put(A_2_2_3, is(RIGHT_OR_POWER).also(OBLIGATION).binds(CUSTOMER, AUDITOR).benefits(SEGMENT));
    // A.2.2.4: Customer notifies non-compliance and hands over reports (obligation) unless law or
    // a supervisory authority says otherwise (condition); reports used only for two purposes
    // (prohibition of other uses).
    t.put(A_2_2_4, is(OBLIGATION).also(CONDITION_OR_SCOPE, PROHIBITION)
        .binds(CUSTOMER).benefits(SEGMENT));
    // A.2.2.5: Customer reimburses Segment and pays its auditor; Segment publishes its rates on
    // request; limits on what Segment must furnish (conditions).
    t.put(A_2_2_5, is(OBLIGATION).also(PERMISSION, CONDITION_OR_SCOPE).binds(SC).benefits(SC));
    // A.3: "Segment may ... reasonably assist": as written a discretion, not a duty (GDPR Art.
    // 28(3)(f) asks more of a processor; see docs/interpretations.md).
    t.put(A_3, is(PERMISSION).binds(SEGMENT).benefits(SC));
    // A.4.1: Segment may process in the US or wherever facilities are (permission), subject to
    // A.4.2 and A.4 (conditions); Customer ensures its use meets transfer rules (obligation).
    t.put(A_4_1, is(PERMISSION).also(OBLIGATION, CONDITION_OR_SCOPE).binds(SC).benefits(SEGMENT));
    t.put(A_4_2, is(OBLIGATION).also(CONDITION_OR_SCOPE).binds(SEGMENT).benefits(CUSTOMER)
        .defines(INLINE, "Privacy Shield"));
    t.put(A_4_3, is(CONDITION_OR_SCOPE).also(DECLARATION).binds(SC).benefits(SC));
    t.put(A_4_3_1, is(DECLARATION).binds(SC).benefits(SC));
    t.put(A_4_3_2, is(DECLARATION).binds(SC).benefits(SC));
    t.put(A_4_3_3, is(DECLARATION).binds(SC).benefits(SC));
    // A.4.3.4: importer provides subprocessor agreements on request (obligation) and may redact
    // commercial terms (permission).
    t.put(A_4_3_4, is(OBLIGATION).also(PERMISSION).binds(SEGMENT).benefits(SC));
    t.put(A_4_3_5, is(CONDITION_OR_SCOPE).binds(SC).benefits(SC));
    // A.4.3.6: Customer's 6 authorisations are its prior written consent under Clause 5(h).
    t.put(A_4_3_6, is(DECLARATION).also(PERMISSION, CONDITION_OR_SCOPE).binds(SC).benefits(SEGMENT));
    // A.4.3.7: the SCC deletion certificate is due only on Customer's request.
    t.put(A_4_3_7, is(CONDITION_OR_SCOPE).also(OBLIGATION).binds(SEGMENT).benefits(SC));
    t.put(A_4_3_8, is(CONDITION_OR_SCOPE).binds(SC).benefits(SC));
    // ---- Annex B ----
    t.put(B_1, is(DEFINITION).binds(SC).benefits(SC).defines(BY_REFERENCE,
        "business", "commercial purpose", "service provider", "sell", "personal information"));
    t.put(B_2, is(DECLARATION).binds(SC).benefits(SC));
    t.put(B_3, is(PROHIBITION).binds(SEGMENT).benefits(CUSTOMER));
    t.put(B_4, is(DECLARATION).binds(SC).benefits(SC));
    t.put(B_5, is(DECLARATION).also(PROHIBITION).binds(SC).benefits(SC));
    // B.6: Segment is the business for Usage Data (declaration) and processes it under its
    // Privacy Policy (obligation).
    t.put(B_6, is(DECLARATION).also(OBLIGATION).binds(SC).benefits(SC));
    Map<ClauseId, Annotation> built = new LinkedHashMap<>();
    t.forEach((id, entry) -> built.put(id, entry.build()));
    return Collections.unmodifiableMap(built);
  }

  /**
   * Reads the shipped text and builds the catalogue.
   *
   * @return the Segment catalogue
   * @throws IllegalStateException naming the resource and the cause, if anything fails
   */
  static ClauseCatalog load() {
    List<String> lines;
    try (InputStream in = SegmentDpa.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Cannot load the Segment DPA clause catalogue: resource "
            + resourcePath() + " is not on the class path");
      }
      lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalStateException(
          "Cannot load the Segment DPA clause catalogue: reading " + resourcePath() + " failed: "
              + e.getMessage(), e);
    }
    try {
      return build(DpaTextParser.parse(lines), annotations());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalStateException("Cannot load the Segment DPA clause catalogue from "
          + resourcePath() + ": " + e.getMessage(), e);
    }
  }

  private static String resourcePath() {
    return SegmentDpa.class.getPackageName().replace('.', '/') + "/" + RESOURCE;
  }

  /**
   * Joins parsed units and annotations into a catalogue.
   *
   * @throws IllegalArgumentException naming the unit, if units and annotations do not match
   */
  static ClauseCatalog build(
      List<DpaTextParser.ParsedUnit> units, Map<ClauseId, Annotation> annotations) {
    Set<ClauseId> withText = units.stream().filter(unit -> !unit.text().isEmpty())
        .map(DpaTextParser.ParsedUnit::id).collect(Collectors.toCollection(TreeSet::new));
    Set<ClauseId> annotated = new TreeSet<>(annotations.keySet());
    if (!withText.equals(annotated)) {
      Set<ClauseId> unannotated = new TreeSet<>(withText);
      unannotated.removeAll(annotated);
      Set<ClauseId> missing = new TreeSet<>(annotated);
      missing.removeAll(withText);
      throw new IllegalArgumentException("the text's units with text and the annotations differ:"
          + " not annotated " + unannotated + ", annotated but not a unit with text in the text "
          + missing);
    }
    Map<ClauseId, String> titles = new HashMap<>();
    List<Clause> provisions = new ArrayList<>();
    List<Grouping> groupings = new ArrayList<>();
    for (DpaTextParser.ParsedUnit unit : units) {
      ClauseId id = unit.id();
      Annotation annotation = annotations.get(id);
      Optional<String> heading = unit.heading();
      String text = unit.text();
      if (annotation != null && heading.isEmpty() && annotation.runInHeading().isPresent()) {
        String runIn = annotation.runInHeading().get();
        if (!text.startsWith(runIn + ". ")) {
          throw new IllegalArgumentException("clause " + id + " (line " + unit.line()
              + ") should start with the run-in heading '" + runIn + ".'");
        }
        heading = Optional.of(runIn);
        text = text.substring(runIn.length() + 2);
      }
      String title = heading.orElseGet(() -> inheritedTitle(id, titles));
      titles.put(id, title);
      if (annotation == null) {
        groupings.add(new Grouping(unit, title));
        continue;
      }
      provisions.add(Clause.builder()
          .id(id)
          .heading(heading)
          .title(title)
          .text(text)
          .kind(annotation.kind())
          .secondaryKinds(annotation.secondary())
          .binds(annotation.binds())
          .benefits(annotation.benefits())
          .references(ReferenceScanner.scan(id, text))
          .definedTerms(definedTerms(unit, text, annotation))
          .build());
    }
    List<Clause> all = new ArrayList<>(provisions);
    for (Grouping grouping : groupings) {
      all.add(summarise(grouping.unit(), grouping.title(), provisions));
    }
    return ClauseCatalog.of(all);
  }

  private static String inheritedTitle(ClauseId id, Map<ClauseId, String> titles) {
    Optional<ClauseId> parent = id.getParent();
    while (parent.isPresent()) {
      String title = titles.get(parent.get());
      if (title != null) {
        return title;
      }
      parent = parent.get().getParent();
    }
    return id.getPart().getTitle();
  }

  private static List<DefinedTerm> definedTerms(
      DpaTextParser.ParsedUnit unit, String text, Annotation annotation) {
    List<String> declared = annotation.terms().stream().map(DefinedTermSpec::term)
        .collect(Collectors.toList());
    for (String bold : unit.quotedBoldTerms()) {
      if (!declared.contains(bold)) {
        throw new IllegalArgumentException("clause " + unit.id() + " (line " + unit.line()
            + ") marks \"" + bold + "\" as a defined term, but its annotation defines only "
            + declared);
      }
    }
    List<DefinedTerm> terms = new ArrayList<>();
    for (DefinedTermSpec spec : annotation.terms()) {
      if (!text.contains("\"" + spec.term() + "\"")) {
        throw new IllegalArgumentException("clause " + unit.id() + " (line " + unit.line()
            + ") is annotated as defining \"" + spec.term()
            + "\", but its text does not quote that term");
      }
      terms.add(DefinedTerm.of(spec.term(), unit.id(), spec.form()));
    }
    return terms;
  }

  /** A grouping's kinds and parties: those of the provisions inside it. */
  private static Clause summarise(
      DpaTextParser.ParsedUnit grouping, String title, List<Clause> provisions) {
    ClauseId id = grouping.id();
    List<Clause> inside = provisions.stream().filter(clause -> id.isAncestorOf(clause.getId()))
        .sorted((a, b) -> a.getId().compareTo(b.getId())).collect(Collectors.toList());
    if (inside.isEmpty()) {
      throw new IllegalArgumentException("heading " + id + " (line " + grouping.line()
          + ") has neither text of its own nor numbered units inside it");
    }
    Map<NormKind, Integer> counts = new EnumMap<>(NormKind.class);
    Set<NormKind> kinds = EnumSet.noneOf(NormKind.class);
    Set<PartyKind> binds = EnumSet.noneOf(PartyKind.class);
    Set<PartyKind> benefits = EnumSet.noneOf(PartyKind.class);
    for (Clause clause : inside) {
      counts.merge(clause.getKind(), 1, Integer::sum);
      kinds.addAll(clause.getKinds());
      binds.addAll(clause.getBinds());
      benefits.addAll(clause.getBenefits());
    }
    NormKind primary = inside.get(0).getKind();
    for (Clause clause : inside) {
      if (counts.getOrDefault(clause.getKind(), 0) > counts.getOrDefault(primary, 0)) {
        primary = clause.getKind();
      }
    }
    kinds.remove(primary);
    return Clause.builder()
        .id(id)
        .heading(grouping.heading())
        .title(title)
        .text("")
        .kind(primary)
        .secondaryKinds(kinds)
        .binds(binds)
        .benefits(benefits)
        .build();
  }
}
