package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.examples.cli.PolicyRegistry.Policy;
import io.github.dpasemantics.json.DpaJson;
import io.github.dpasemantics.json.InvalidInputException;
import io.github.dpasemantics.json.JsonBinding;
import io.github.dpasemantics.json.PolicyInputs;
import io.github.dpasemantics.json.output.InputOutput;
import io.github.dpasemantics.json.output.PolicyOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dpa policies}: every policy with the clauses it decides, its inputs and its outcome type. */
@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "policies", usageHelpAutoWidth = true,
    description = "List every policy (each @Decides method of the policy registry) with the clauses it decides, "
        + "its inputs (name: type; '?' marks an optional input) and its outcome.")
final class PoliciesCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Main main;

  @Parameters(arity = "0..1", paramLabel = "FILTER", description = "Only policies whose name or clause contains this text.")
  @Nullable String filter;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public Integer call() {
    Main m = java.util.Objects.requireNonNull(main, "PoliciesCommand.main");
    if (format == Format.html) {
      throw InvalidInputException.argument("--format html", "policies prints text or json", "text or json");
    }
    JsonBinding reader = m.reader();
    List<Policy> shown = new ArrayList<>();
    for (Policy p : PolicyRegistry.load().all()) {
      String f = filter;
      if (f == null || p.name().toLowerCase(java.util.Locale.ROOT).contains(f.toLowerCase(java.util.Locale.ROOT))
          || p.clauses().contains(f)) {
        shown.add(p);
      }
    }
    if (format == Format.json) {
      List<PolicyOutput> out = new ArrayList<>();
      for (Policy p : shown) {
        List<InputOutput> inputs = new ArrayList<>();
        boolean invocable = true;
        for (PolicyInputs.Input in : PolicyInputs.of(p.method()).inputs()) {
          inputs.add(new InputOutput(in.name(), PolicyRegistry.typeText(in.type()), in.required(), in.expected()));
          invocable &= reader.canRead(in.type());
        }
        out.add(new PolicyOutput(p.name(), p.clauses(), PolicyRegistry.typeText(p.method().getGenericReturnType()),
            inputs, invocable));
      }
      m.io().out().print(DpaJson.write(out));
      return Main.OK;
    }
    Style st = m.style();
    StringBuilder sb = new StringBuilder();
    sb.append(st.bold(shown.size() + " policies")).append(st.dim("  (run one with: dpa decide POLICY KEY=VALUE...)"))
        .append("\n\n");
    for (Policy p : shown) {
      sb.append(st.bold(p.name())).append("  ").append(st.cyan(String.join(", ", p.clauses()))).append("  -> ")
          .append(PolicyRegistry.typeText(p.method().getGenericReturnType())).append('\n');
      List<String> ins = new ArrayList<>();
      for (PolicyInputs.Input in : PolicyInputs.of(p.method()).inputs()) {
        ins.add(in.name() + (in.required() ? "" : "?") + ": " + PolicyRegistry.typeText(in.type()));
      }
      sb.append(Render.wrap(String.join(", ", ins), 96, "    ")).append('\n');
    }
    m.io().out().print(sb);
    return Main.OK;
  }
}
