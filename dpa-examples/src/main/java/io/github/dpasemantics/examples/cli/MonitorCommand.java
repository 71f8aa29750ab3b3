package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.examples.scenario.Replay;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dpa monitor TIMELINE.json --as-of DATE}: replays a timeline and prints where the contract stands. */
@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "monitor", sortOptions = false, usageHelpAutoWidth = true,
    description = {"Replay a timeline (a contract and its dated events, JSON) with the obligation monitor and print "
        + "where the contract stands as of a date: open obligations with due dates, met, missed and discharged ones, "
        + "open rights and when they lapse, upcoming deadlines, and the events that created nothing.", "",
        "Example: dpa monitor docs/examples/default-timeline.json --as-of 2025-07-20 --format html > state.html", ""},
    footer = {"", "Format: docs/formats.md; schema: docs/schemas/timeline.schema.json."})
final class MonitorCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Main main;

  @Parameters(index = "0", paramLabel = "TIMELINE", description = "The timeline JSON file; '-' reads stdin.")
  String file = "";

  @Mixin
  ReportOptions report = new ReportOptions();

  @Override
  public Integer call() {
    Main m = java.util.Objects.requireNonNull(main, "MonitorCommand.main");
    String source = "-".equals(file) ? "<stdin>" : file;
    byte[] doc = "-".equals(file) ? m.reader().bytes(m.io().in(), source) : m.reader().bytes(Path.of(file));
    Replay replay = Replay.of(doc, source, m.reader(), Optional.ofNullable(report.asOf));
    RunCommand.print(m, replay, report.format);
    return Main.OK;
  }
}
