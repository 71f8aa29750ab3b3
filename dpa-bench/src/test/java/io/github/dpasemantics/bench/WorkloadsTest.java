package io.github.dpasemantics.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.monitor.ContractState;
import io.github.dpasemantics.monitor.MonitorFleet;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The benchmark workloads are what they claim: valid values and streams the monitor accepts in full. */
class WorkloadsTest {

  @Test
  @DisplayName("the full contract and the validation benchmark's events are valid under Hibernate Validator")
  void fullContractIsValid() {
    try (ValidatorFactory f = Validation.buildDefaultValidatorFactory()) {
      ContractInstance c = Workloads.fullContract("acme-2020");
      assertEquals(Set.of(), f.getValidator().validate(c));
      assertEquals(5, c.getSubprocessors().size());
      assertEquals(3, c.getSourcesAndDestinations().size());
    }
  }

  @Test
  @DisplayName("a fleet stream of 20,000 events over 200 contracts is accepted in full, in date order, and creates obligations")
  void fleetStreamIsAccepted() {
    Workloads.Fleet w = Workloads.fleet(20_000, 200, 5);
    assertEquals(20_000, w.events().length);
    for (int i = 1; i < w.events().length; i++) {
      assertFalse(w.events()[i].getDate().isBefore(w.events()[i - 1].getDate()), "stream out of date order at " + i);
    }
    MonitorFleet fleet = MonitorBenchmarks.replay(w);
    int stored = 0;
    int obligations = 0;
    int unmatched = 0;
    for (ContractInstance c : w.contracts()) {
      stored += fleet.monitor(c.getId()).orElseThrow().size();
      ContractState s = fleet.stateAsOf(c.getId(), w.lastDate());
      obligations += s.getObligations().size();
      unmatched += s.getUnmatched().size();
    }
    assertEquals(20_000, stored);
    assertTrue(obligations > 20_000 / 10, "obligations: " + obligations);
    assertTrue(unmatched < 20_000 / 4, "unmatched: " + unmatched);
  }

  @Test
  @DisplayName("a story has exactly the events asked for, unique ids, in timeline order")
  void storyIsExact() {
    for (int n : new int[] {1, 7, 19, 20, 100, 1_000}) {
      List<DpaEvent> story = Workloads.story("c1", n, new Random(n));
      assertEquals(n, story.size());
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < n; i++) {
        assertTrue(ids.add(story.get(i).getId()));
        if (i > 0) {
          assertTrue(DpaEvent.TIMELINE_ORDER.compare(story.get(i - 1), story.get(i)) < 0);
        }
      }
    }
  }
}
