package io.github.dpasemantics.json.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.json.Timeline;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.ContractMonitor;
import io.github.dpasemantics.monitor.MonitorInputException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The timeline generators keep their promises over 1,000 examples: {@link JsonGenerators#timelines()}
 * gives distinct event ids and, in the large majority of seeds, a timeline the monitor replays (as
 * {@code dpa monitor} does: every event appended, then the state as of the report date), so that the
 * properties built on it see real replays; {@link JsonGenerators#anyTimelines()} keeps producing
 * timelines the monitor refuses, for the properties about the format's whole range.
 */
@DisplayName("the timeline generators: distinct ids, and mostly timelines the monitor replays (issue 17)")
class JsonGeneratorsTest {
  private static final int EXAMPLES = 1_000;

  /** Whether the monitor replays the timeline as {@code dpa monitor} does, to its report date. */
  static boolean replays(Timeline t) {
    try {
      ContractMonitor monitor = ContractMonitor.of(t.contract()).appendAll(t.events());
      LocalDate asOf = t.asOf().orElseGet(() -> t.events().stream().map(DpaEvent::getDate).max(LocalDate::compareTo)
          .orElse(t.contract().addendumEffectiveDate()));
      monitor.stateAsOf(asOf);
      return true;
    } catch (MonitorInputException refused) {
      return false;
    }
  }

  private static boolean distinctIds(Timeline t) {
    Set<String> ids = new HashSet<>();
    return t.events().stream().allMatch(e -> ids.add(e.getId()));
  }

  @Test
  @DisplayName("timelines: ids distinct in every example, at least 90 % of 1,000 examples replayed by the monitor")
  void timelinesReplay() {
    AtomicInteger replayed = new AtomicInteger();
    AtomicInteger events = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(JsonGenerators.timelines()).checkAssert(t -> {
      assertTrue(distinctIds(t), () -> "an event id repeats in " + t.events());
      events.addAndGet(t.events().size());
      replayed.addAndGet(replays(t) ? 1 : 0);
    });
    System.out.printf("JsonGenerators.timelines: %d of %d replayed, %d events%n", replayed.get(), EXAMPLES, events.get());
    assertTrue(replayed.get() >= EXAMPLES * 9 / 10, "replayed " + replayed + " of " + EXAMPLES);
    assertTrue(events.get() >= EXAMPLES * 4, "events: " + events);
  }

  @Test
  @DisplayName("anyTimelines: the format's whole range, so some timelines (a repeated id, a date before the Addendum) are refused")
  void anyTimelinesAreSometimesRefused() {
    AtomicInteger replayed = new AtomicInteger();
    AtomicInteger repeated = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(JsonGenerators.anyTimelines()).checkAssert(t -> {
      replayed.addAndGet(replays(t) ? 1 : 0);
      repeated.addAndGet(distinctIds(t) ? 0 : 1);
    });
    System.out.printf("JsonGenerators.anyTimelines: %d of %d replayed, %d repeat an id%n", replayed.get(), EXAMPLES,
        repeated.get());
    assertTrue(replayed.get() < EXAMPLES * 9 / 10 && replayed.get() > 0, "replayed " + replayed + " of " + EXAMPLES);
    assertTrue(repeated.get() > 0, "no timeline repeats an id");
  }

  @Test
  @DisplayName("the same contract and seed build the same timeline")
  void seedsRebuild() {
    qt().withExamples(20).forAll(JsonGenerators.contracts(), JsonGenerators.seeds()).checkAssert((c, seed) -> {
      assertEquals(JsonGenerators.timeline(c, new Random(seed)), JsonGenerators.timeline(c, new Random(seed)));
      assertEquals(JsonGenerators.anyTimeline(c, new Random(seed)), JsonGenerators.anyTimeline(c, new Random(seed)));
    });
  }
}
