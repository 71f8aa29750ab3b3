package io.github.dpasemantics.examples.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options of a monitor report: the date it is as of and the output format. */
final class ReportOptions {
  @Option(names = "--as-of", paramLabel = "DATE", converter = Dates.class,
      description = "The date to report as of (YYYY-MM-DD, or an instant with an offset or zone, placed in the contract's"
          + " zone). Default: the timeline's \"asOf\", else its last event's date.")
  @Nullable String asOf;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;
}
