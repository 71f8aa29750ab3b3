package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.idLists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StringMapProperties {
  @Test
  @DisplayName("the monitor's string map answers put, get, containsKey and size as a HashMap does, through presizing, growth and clear")
  void behavesAsHashMap() {
    qt().withExamples(300).forAll(idLists(), idLists(), integers().between(0, 400)).checkAssert((added, probes, room) -> {
      StringMap<Integer> map = room % 2 == 0 ? new StringMap<>() : new StringMap<>(room);
      Map<String, Integer> expected = new HashMap<>();
      for (int round = 0; round < 2; round++) {
        int n = 0;
        for (String key : added) {
          n++;
          if (n == added.size() / 2) {
            map.ensureCapacity(room);
          }
          assertEquals(expected.put(key, n), map.put(key, n), key);
          assertEquals(expected.size(), map.size());
        }
        check(expected, map, added, probes);
        map.clear();
        expected.clear();
        check(expected, map, added, probes);
      }
    });
  }

  @Test
  @DisplayName("the monitor's string set answers add, contains and size as a HashSet does, through presizing, growth and clear")
  void setBehavesAsHashSet() {
    qt().withExamples(300).forAll(idLists(), idLists(), integers().between(0, 400)).checkAssert((added, probes, room) -> {
      StringMap<Boolean> set = StringMap.set(room % 2 == 0 ? 0 : room);
      java.util.Set<String> expected = new java.util.HashSet<>();
      for (int round = 0; round < 2; round++) {
        for (String key : added) {
          assertEquals(expected.add(key) ? null : Boolean.TRUE, set.put(key, Boolean.TRUE), key);
          assertEquals(expected.size(), set.size());
        }
        set.ensureCapacity(room);
        for (List<String> l : List.of(added, probes)) {
          for (String key : l) {
            assertEquals(expected.contains(key), set.containsKey(key), key);
            assertEquals(expected.contains(key) ? Boolean.TRUE : null, set.get(key), key);
          }
        }
        set.clear();
        expected.clear();
        assertEquals(0, set.size());
        for (String key : added) {
          assertEquals(false, set.containsKey(key), key);
        }
      }
    });
  }

  @Test
  @DisplayName("removing keys from the string map, in any mix with puts, leaves what a HashMap leaves (backward-shift deletion)")
  void removeBehavesAsHashMap() {
    qt().withExamples(300).forAll(idLists(), idLists(), integers().between(1, 4)).checkAssert((added, removed, every) -> {
      for (boolean asSet : new boolean[] {false, true}) {
        StringMap<Integer> map = new StringMap<>();
        StringMap<Boolean> set = StringMap.set(0);
        Map<String, Integer> expected = new HashMap<>();
        int n = 0;
        for (String key : added) {
          n++;
          if (asSet) {
            set.put(key, Boolean.TRUE);
          } else {
            map.put(key, n);
          }
          expected.put(key, n);
          if (n % every == 0 && !removed.isEmpty()) {
            String gone = removed.get(n % removed.size());
            Integer was = expected.remove(gone);
            if (asSet) {
              assertEquals(was == null ? null : Boolean.TRUE, set.remove(gone), gone);
            } else {
              assertEquals(was, map.remove(gone), gone);
            }
          }
        }
        for (List<String> l : List.of(added, removed)) {
          for (String key : l) {
            if (asSet) {
              assertEquals(expected.containsKey(key), set.containsKey(key), key);
            } else {
              assertEquals(expected.get(key), map.get(key), key);
            }
          }
        }
        assertEquals(expected.size(), asSet ? set.size() : map.size());
      }
    });
  }

  private static void check(Map<String, Integer> expected, StringMap<Integer> map, List<String> added, List<String> probes) {
    assertEquals(expected.size(), map.size());
    for (List<String> l : List.of(added, probes)) {
      for (String key : l) {
        assertEquals(expected.get(key), map.get(key), key);
        assertEquals(expected.containsKey(key), map.containsKey(key), key);
      }
    }
  }
}
