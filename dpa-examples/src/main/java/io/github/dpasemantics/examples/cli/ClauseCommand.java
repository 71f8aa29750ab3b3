package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.examples.cli.PolicyRegistry.Policy;
import io.github.dpasemantics.json.DpaJson;
import io.github.dpasemantics.json.InvalidInputException;
import io.github.dpasemantics.json.Text;
import io.github.dpasemantics.json.output.ClauseOutput;
import io.github.dpasemantics.model.clause.Clause;
import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.clause.CrossReference;
import io.github.dpasemantics.model.clause.NormKind;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.PolicyCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dpa clause ID}: the clause's text, kind, parties, references and the policies that decide it. */
@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "clause", usageHelpAutoWidth = true,
    description = {"Show a clause of the Segment DPA: its text, normative kind, the parties it binds and benefits, "
        + "its cross-references (resolved), the clauses referring to it, and the policies that decide it.", "",
        "Ids: the body's numbers (6.3), Annex A as A.<n> (A.2.2.2), Annex B as B.<n> (B.3)."})
final class ClauseCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Main main;

  @Parameters(index = "0", paramLabel = "ID", description = "The clause id, e.g. 6.3, A.2.2.2, B.3.")
  String id = "";

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public Integer call() {
    Main m = java.util.Objects.requireNonNull(main, "ClauseCommand.main");
    if (format == Format.html) {
      throw InvalidInputException.argument("--format html", "clause prints text or json", "text or json");
    }
    ClauseId clauseId;
    try {
      clauseId = ClauseId.parse(id);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.argument("clause '" + Text.excerpt(id) + "'", "not a clause id (" + Text.excerpt(String.valueOf(e.getMessage())) + ")",
          "an id such as 6.3, A.2.2.2 or B.3");
    }
    ClauseCatalog catalog = ClauseCatalog.segmentDpa();
    Optional<Clause> found = catalog.find(clauseId);
    if (found.isEmpty()) {
      throw InvalidInputException.argument("clause '" + Text.excerpt(id) + "'", "no such clause in the Segment DPA",
          "one of its " + catalog.size() + " ids, e.g. 6.3, A.2.2.2, B.3 (the reference lists them all)");
    }
    Clause c = found.get();
    String key = c.getId().toString();
    List<Policy> deciding = PolicyRegistry.load().deciding(key);
    Optional<PolicyCatalog.Undecidable> notDecidable = PolicyRegistry.notDecidable(key);
    List<CrossReference> referring = catalog.referencesTo(c.getId());
    if (format == Format.json) {
      ClauseOutput out = ClauseOutput.of(c, catalog, deciding.stream().map(Policy::signature).toList(),
          notDecidable.map(PolicyCatalog.Undecidable::reason));
      m.io().out().print(DpaJson.write(out));
      return Main.OK;
    }
    Style s = m.style();
    StringBuilder sb = new StringBuilder();
    sb.append(s.bold(key + "  " + c.getHeading().orElse(c.getTitle()))).append(s.dim("  (" + c.getPart().getTitle() + ")"))
        .append('\n');
    List<String> kinds = new ArrayList<>();
    kinds.add(words(c.getKind()));
    for (NormKind k : c.getSecondaryKinds()) {
      kinds.add(words(k));
    }
    sb.append(Render.label("kind", s)).append(String.join("; also ", kinds)).append('\n');
    if (!c.getBinds().isEmpty()) {
      sb.append(Render.label("binds", s)).append(parties(c.getBinds())).append('\n');
    }
    if (!c.getBenefits().isEmpty()) {
      sb.append(Render.label("benefits", s)).append(parties(c.getBenefits())).append('\n');
    }
    sb.append('\n');
    if (c.getText().isEmpty()) {
      sb.append(s.dim("  (a heading grouping " + catalog.children(c.getId()).stream().map(k -> k.getId().toString())
          .reduce((a, b) -> a + ", " + b).orElse("nothing") + ")")).append("\n");
    } else {
      sb.append(Render.wrap(c.getText(), 92, "  ")).append("\n");
    }
    sb.append('\n');
    for (CrossReference r : c.getReferences()) {
      sb.append(Render.label("refers", s)).append('"').append(r.getText()).append("\" -> ")
          .append(r.getTarget().map(t -> s.cyan(t.toString())).orElse(r.getDocument().map(Object::toString)
              .orElse("(external)")))
          .append(r.getNote().map(n -> s.dim("  " + n)).orElse("")).append('\n');
    }
    if (!referring.isEmpty()) {
      List<String> from = new ArrayList<>();
      referring.forEach(r -> from.add(r.getSource().toString()));
      sb.append(Render.label("cited by", s)).append(s.cyan(String.join(", ", from))).append('\n');
    }
    if (deciding.isEmpty()) {
      sb.append(Render.label("decided", s)).append(notDecidable.map(n -> "not decidable: " + n.reason())
          .orElse(c.isGrouping() ? "see the clauses it groups" : "by no policy")).append('\n');
    } else {
      for (Policy p : deciding) {
        sb.append(Render.label("decided", s)).append(p.signature()).append('\n');
      }
    }
    m.io().out().print(sb);
    return Main.OK;
  }

  private static String parties(java.util.Set<PartyKind> ps) {
    List<String> out = new ArrayList<>();
    for (PartyKind p : ps) {
      out.add(p.name().charAt(0) + p.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    return String.join(", ", out);
  }

  static String words(NormKind k) {
    return k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
