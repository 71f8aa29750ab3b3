package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.json.Text;
import io.github.dpasemantics.examples.reference.ReferenceGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dpa reference --out DIR}: writes the literate HTML reference of the contract. */
@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "reference", usageHelpAutoWidth = true,
    description = "Write the literate HTML reference: the whole contract, clause by clause, with kinds, parties, "
        + "resolved cross-references, the policies that decide each clause, interpretation notes and worked examples "
        + "computed at generation time. Static files only.")
final class ReferenceCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Main main;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The directory to write into.")
  Path out = Path.of("reference");

  @Override
  public Integer call() {
    Main m = java.util.Objects.requireNonNull(main, "ReferenceCommand.main");
    List<Path> files = Outputs.refusingMistakes(out, () -> ReferenceGenerator.generate(out));
    m.io().out().println("wrote " + files.size() + " files to " + Text.oneLine(out.toString()) + " (open "
        + Text.oneLine(out.resolve("index.html").toString()) + ")");
    return Main.OK;
  }
}
