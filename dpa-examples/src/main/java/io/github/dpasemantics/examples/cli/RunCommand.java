package io.github.dpasemantics.examples.cli;

import io.github.dpasemantics.examples.scenario.DefaultScenario;
import io.github.dpasemantics.examples.scenario.Replay;
import io.github.dpasemantics.json.DpaJson;
import io.github.dpasemantics.json.output.MonitorOutput;
import io.github.dpasemantics.monitor.ContractState;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code dpa run} (alias {@code demo}, and {@code dpa} alone): the bundled default scenario. */
@Command(mixinStandardHelpOptions = true, versionProvider = Main.Version.class, name = "run", aliases = "demo", sortOptions = false, usageHelpAutoWidth = true,
    description = {"Replay the bundled default scenario, a year under the Segment DPA (signatures, two Subprocessor "
        + "notices, one expedited; a timely and a late objection; a confirmed incident and a port scan; an audit "
        + "request answered with a recent report; termination; a deletion request), and print where the contract "
        + "stands as of a date (default 2026-01-15).", "",
        "The same timeline is docs/examples/default-timeline.json: 'dpa monitor' runs it too.", ""})
final class RunCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable Main main;

  @Mixin
  ReportOptions report = new ReportOptions();

  @Override
  public Integer call() {
    return run(java.util.Objects.requireNonNull(main, "RunCommand.main"), report);
  }

  static int run(Main m, ReportOptions options) {
    Replay replay = Replay.of(DefaultScenario.json().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        DefaultScenario.NAME, m.reader(), Optional.ofNullable(options.asOf));
    print(m, replay, options.format);
    return Main.OK;
  }

  static void print(Main m, Replay replay, Format format) {
    ContractState state = replay.state();
    switch (format) {
      case json:
        // streamed: the JSON of a large timeline is several times its size and is never held whole
        DpaJson.write(m.io().out(), MonitorOutput.of(replay.timeline(), state,
            replay.timeline().contract().getTerms(), replay.dates()));
        break;
      case html:
        StateHtml.page(replay.timeline(), state, replay.timeline().contract().getTerms(), m.io().out());
        break;
      default:
        Optional<ContractState> lastDay = state.isAddendumInForce() ? Optional.empty()
            : state.getAgreementEnd().map(end -> replay.monitor().stateAsOf(end));
        m.io().out().println(StateReport.text(replay.timeline(), state, lastDay, replay.timeline().contract().getTerms(),
            replay.dates(), m.style()));
        break;
    }
  }
}
