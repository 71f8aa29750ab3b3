package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.json.InvalidInputException;
import io.github.dpasemantics.json.Schemas;
import io.github.dpasemantics.json.Text;
import io.github.dpasemantics.examples.reference.OutputFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dpa schema}: the JSON Schemas of the input and output formats, generated from the code. */
@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "schema", usageHelpAutoWidth = true,
    description = {"Print or write the JSON Schemas (draft 2020-12) of the formats, generated from the code: "
        + "the timeline (dpa monitor, dpa run) and each policy's decision inputs (dpa decide), and the --format json "
        + "output of dpa monitor and dpa run (monitor-output), dpa decide (decide-output), dpa clause (clause-output) and dpa policies "
        + "(policies-output).", "",
        "dpa schema timeline            prints the timeline schema",
        "dpa schema monitor-output      prints the schema of the JSON output of dpa monitor and dpa run",
        "dpa schema POLICY              prints the inputs schema of a policy",
        "dpa schema --out docs/schemas  writes them all (timeline.schema.json, *-output.schema.json, "
            + "decide/POLICY.schema.json)"})
final class SchemaCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Main main;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "'timeline', 'monitor-output', 'decide-output', "
      + "'clause-output', 'policies-output' or a policy name.")
  @Nullable String name;

  @Option(names = "--out", paramLabel = "DIR", description = "Write every schema under DIR.")
  @Nullable Path out;

  @Override
  public Integer call() {
    Main m = java.util.Objects.requireNonNull(main, "SchemaCommand.main");
    Map<String, String> all = Schemas.generateAll(PolicyRegistry.load().all().stream()
        .map(PolicyRegistry.Policy::method).toList());
    Path dir = out;
    String wanted = name;
    if (dir != null) {
      for (Path file : Outputs.refusingMistakes(dir, () -> OutputFiles.write(dir, all))) {
        m.io().out().println("wrote " + Text.oneLine(file.toString()));
      }
      return Main.OK;
    }
    if (wanted == null) {
      m.io().out().println("Schemas (write them with --out DIR):");
      all.keySet().forEach(k -> m.io().out().println("  " + k));
      return Main.OK;
    }
    String own = wanted.toLowerCase(java.util.Locale.ROOT) + ".schema.json";
    String key = all.containsKey(own) && !own.contains("/") ? own
        : Schemas.policyFile(PolicyRegistry.load().named(wanted).get(0).name());
    String text = all.get(key);
    if (text == null) {
      throw InvalidInputException.argument("schema '" + wanted + "'", "no such schema",
          "timeline, monitor-output, decide-output, clause-output, policies-output or a policy name");
    }
    m.io().out().print(text);
    return Main.OK;
  }
}
