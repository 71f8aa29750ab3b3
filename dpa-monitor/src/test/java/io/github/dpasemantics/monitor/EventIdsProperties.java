package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.idLists;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties of the fold's immutable set of event ids (the duplicate check of {@link Monitor#step}). */
class EventIdsProperties {

  @Test
  @DisplayName("the set holds exactly the ids added, colliding hash codes included, and adding never changes an earlier set")
  void actsAsASetAndStaysPut() {
    qt().withExamples(200).forAll(idLists(), idLists()).checkAssert((added, probes) -> {
      EventIds ids = EventIds.EMPTY;
      Set<String> model = new HashSet<>();
      List<EventIds> versions = new ArrayList<>();
      List<Set<String>> models = new ArrayList<>();
      for (String id : added) {
        versions.add(ids);
        models.add(Set.copyOf(model));
        EventIds next = ids.with(id);
        assertEquals(!model.add(id), next == ids, id);
        ids = next;
        assertEquals(model.size(), ids.size());
      }
      for (String p : probes) {
        assertEquals(model.contains(p), ids.contains(p), p);
      }
      for (int k = 0; k < versions.size(); k++) {
        for (String id : added) {
          assertEquals(models.get(k).contains(id), versions.get(k).contains(id), id);
        }
        assertEquals(models.get(k).size(), versions.get(k).size());
      }
    });
  }

  @Test
  @DisplayName("ids whose hash codes are equal in every bit reach the last level and share a bucket")
  void fullCollisionsShareABucket() {
    // "Aa" and "BB" have equal hash codes, so do all strings of the same length made of them
    List<String> same = List.of("AaAaAa", "AaAaBB", "AaBBAa", "AaBBBB", "BBAaAa", "BBAaBB", "BBBBAa", "BBBBBB");
    EventIds ids = EventIds.EMPTY;
    for (String id : same) {
      assertFalse(ids.contains(id), id);
      ids = ids.with(id);
      assertTrue(ids.contains(id), id);
    }
    assertEquals(same.size(), ids.size());
    assertSame(ids, ids.with("BBBBBB"));
    assertFalse(ids.contains("AaAaAaAa"));
  }
}
