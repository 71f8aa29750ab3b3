package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.norm.Norms;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Properties of the fold against the facade, and of the changes it reports. */
class MonitorFoldProperties {
  private static final LocalDate LATE = EFFECTIVE.plusDays(900);
  private static final Pattern UNFILLED = Pattern.compile("\\{\\d+}");

  private static Gen<List<DpaEvent>> stories(int max) {
    return seeds().map(s -> story(s, max));
  }

  /** Stories in timeline order, as a streaming fold takes them. */
  private static Gen<List<DpaEvent>> sortedStories(int max) {
    return stories(max).map(events -> {
      List<DpaEvent> sorted = new ArrayList<>(events);
      sorted.sort(DpaEvent.TIMELINE_ORDER);
      return sorted;
    });
  }

  @Test
  @DisplayName("folding the events in arrival order gives the facade's state, as of any date")
  void foldEqualsFacade() {
    qt().withExamples(60).forAll(timelines(25), SourceDSL.integers().between(0, 900)).checkAssert((events, day) -> {
      MonitorState s = MonitorState.initial(contract());
      for (DpaEvent e : events) {
        s = Monitor.step(s, e).next();
      }
      ContractMonitor m = ContractMonitor.of(contract()).appendAll(events);
      LocalDate asOf = EFFECTIVE.plusDays(day);
      assertEquals(m.stateAsOf(asOf), s.asOf(asOf));
      assertEquals(m.getTimeline(), s.getEvents());
    });
  }

  @Test
  @DisplayName("each step's changes are its account's effects on obligations and rights, citing each one's own norm and clause, with no unfilled slot")
  void changesCiteTheirOwnNorm() {
    qt().withExamples(60).forAll(stories(40)).checkAssert(events -> {
      MonitorState s = MonitorState.initial(contract());
      List<Change> all = new ArrayList<>();
      for (DpaEvent e : events) {
        Step step = Monitor.step(s, e);
        long effects = step.account().getEffects().stream().filter(f -> f.getKind() != EffectKind.RECORDED).count();
        assertEquals(effects, step.changes().size(), step.account()::toString);
        all.addAll(step.changes());
        s = step.next();
      }
      all.addAll(Monitor.advance(s, s.getLastEvent().map(DpaEvent::getDate).orElse(EFFECTIVE).plusDays(400)));
      for (Change c : all) {
        assertEquals(Norms.segmentDpa().require(c.normId()).getClause(), c.clause(), c::toString);
        if (c.eventId().isEmpty()) {
          // a change by the passing of time explains itself with the obligation's or right's own clause
          assertEquals(c.clause(), c.reason().getClause(), c::toString);
        }
        assertFalse(UNFILLED.matcher(c.reason().getText()).find(), c::toString);
      }
    });
  }

  @Test
  @DisplayName("a step from a state never changes what that state tells (states are values)")
  void stepsLeaveTheirStateAlone() {
    qt().withExamples(40).forAll(stories(30)).checkAssert(events -> {
      MonitorState s = MonitorState.initial(contract());
      List<MonitorState> states = new ArrayList<>();
      List<ContractState> told = new ArrayList<>();
      for (DpaEvent e : events) {
        states.add(s);
        told.add(s.asOf(LATE));
        s = Monitor.step(s, e).next();
      }
      for (int i = 0; i < states.size(); i++) {
        assertEquals(told.get(i), states.get(i).asOf(LATE));
      }
    });
  }

  @Test
  @DisplayName("two steps from the same state branch: each next state holds its own event only, as if folded from scratch")
  void stepsFromOneStateBranch() {
    qt().withExamples(40).forAll(stories(30), SourceDSL.integers().between(0, 29)).checkAssert((events, cut) -> {
      if (events.size() < 2) {
        return;
      }
      int k = Math.min(cut, events.size() - 2);
      MonitorState s = MonitorState.initial(contract());
      for (DpaEvent e : events.subList(0, k)) {
        s = Monitor.step(s, e).next();
      }
      // the first step appends to the timeline s shares; the second must not see that event
      MonitorState first = Monitor.step(s, events.get(k)).next();
      MonitorState second = Monitor.step(s, events.get(k + 1)).next();
      MonitorState third = Monitor.step(first, events.get(k + 1)).next();
      List<DpaEvent> withFirst = new ArrayList<>(events.subList(0, k + 1));
      List<DpaEvent> withSecond = new ArrayList<>(events.subList(0, k));
      withSecond.add(events.get(k + 1));
      List<DpaEvent> withBoth = events.subList(0, k + 2);
      assertEquals(MonitorState.of(contract(), withFirst), first);
      assertEquals(MonitorState.of(contract(), withSecond), second);
      assertEquals(MonitorState.of(contract(), withBoth), third);
      assertEquals(MonitorState.of(contract(), withSecond).asOf(LATE), second.asOf(LATE));
      assertEquals(MonitorState.of(contract(), withBoth).asOf(LATE), third.asOf(LATE));
      assertEquals(k, s.getEvents().size());
    });
  }

  @Test
  @DisplayName("a streaming fold hands each obligation over once, when it closes, as the full fold shows it; the rest is its live state")
  void streamingFoldHandsOverWhatCloses() {
    qt().withExamples(60).forAll(sortedStories(40), SourceDSL.integers().between(0, 400)).checkAssert((events, later) -> {
      MonitorState full = MonitorState.initial(contract());
      MonitorState streaming = MonitorState.streaming(contract());
      List<ObligationInstance> closed = new ArrayList<>();
      for (DpaEvent e : events) {
        Step step = Monitor.step(streaming, e);
        Step fullStep = Monitor.step(full, e);
        assertEquals(fullStep.account(), step.account());
        assertEquals(fullStep.changes(), step.changes());
        assertTrue(fullStep.closed().isEmpty());
        closed.addAll(step.closed());
        streaming = step.next();
        full = fullStep.next();
      }
      LocalDate asOf = events.get(events.size() - 1).getDate().plusDays(later);
      ContractState all = full.asOf(asOf);
      Set<String> seen = new HashSet<>();
      for (ObligationInstance c : closed) {
        assertTrue(seen.add(c.getId()), c::getId);
        assertEquals(Optional.of(c), all.getObligation(c.getId()));
      }
      for (ObligationInstance o : streaming.asOf(asOf).getObligations()) {
        assertTrue(seen.add(o.getId()), o::getId);
        assertEquals(Optional.of(o), all.getObligation(o.getId()));
      }
      assertEquals(all.getObligations().size(), seen.size());
      assertEquals(events.size(), streaming.size());
      assertTrue(streaming.isStreaming());
      assertFalse(full.isStreaming());
    });
  }

  @Test
  @DisplayName("a streaming state, remembering or forgetting, reaches one engine, its own: a step keeps nothing of the engines before it")
  void aStreamingStateReachesOneEngine() {
    qt().withExamples(40).forAll(sortedStories(40), SourceDSL.integers().between(0, 900)).checkAssert((events, cutoff) -> {
      MonitorState s = MonitorState.streaming(contract());
      for (DpaEvent e : events) {
        s = Monitor.step(s, e).next();
        assertEquals(1, enginesReachableFrom(s), e::getId);
      }
      assertEquals(1, enginesReachableFrom(Monitor.forgetClosedBefore(s, EFFECTIVE.plusDays(cutoff))));
    });
  }

  @Test
  @DisplayName("a streaming monitor fed batches cut anywhere, remembering or forgetting, holds a state that reaches one engine: a batch keeps nothing of the engine it copied")
  void aStreamingBatchReachesOneEngine() {
    qt().withExamples(40).forAll(seeds(), seeds(), SourceDSL.integers().between(-1, 60)).checkAssert((seed, cuts, days) -> {
      MonitorSink sink = MonitorSink.of(a -> { }, i -> { });
      ContractMonitor m = days < 0 ? ContractMonitor.streaming(contract(), sink)
          : ContractMonitor.streaming(contract(), sink, java.time.Period.ofDays(days));
      for (List<DpaEvent> batch : batches(story(seed, 40), cuts)) {
        m.appendAll(batch);
        assertEquals(1, enginesReachableFrom(m.state()), batch::toString);
      }
    });
  }

  /**
   * How many distinct engines {@code root} reaches through the monitor's own objects (their fields,
   * lambdas included), {@code java.util} collections and arrays. A streaming step copies its
   * engine; an old engine still reachable (say, captured by an obligation's basis) would keep all
   * its matters alive, and the streaming fold's memory would grow with every step.
   */
  private static int enginesReachableFrom(Object root) {
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    ArrayDeque<Object> todo = new ArrayDeque<>(List.of(root));
    int engines = 0;
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (seen.put(o, Boolean.TRUE) != null) {
        continue;
      }
      engines += o instanceof Engine ? 1 : 0;
      List<Object> next = new ArrayList<>();
      if (o instanceof Map<?, ?> map) {
        map.forEach((k, v) -> {
          next.add(k);
          next.add(v);
        });
      } else if (o instanceof Iterable<?> items) {
        items.forEach(next::add);
      } else if (o instanceof Object[] array) {
        next.addAll(Arrays.asList(array));
      } else if (ours(o.getClass()) && !(o instanceof Enum)) {
        for (Class<?> c = o.getClass(); ours(c); c = c.getSuperclass()) {
          for (Field f : c.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
              f.setAccessible(true);
              try {
                next.add(f.get(o));
              } catch (IllegalAccessException x) {
                throw new AssertionError(f.toString(), x);
              }
            }
          }
        }
      }
      next.stream().filter(Objects::nonNull).forEach(todo::push);
    }
    return engines;
  }

  /** Whether {@code c} is one of the monitor's classes (a lambda declared in one included). */
  private static boolean ours(@Nullable Class<?> c) {
    return c != null && c.getPackageName().equals(Engine.class.getPackageName());
  }

  @Test
  @DisplayName("forgetClosedBefore is a pure function of a streaming state: it leaves the state alone, keeps what is live, and forgets more as the cutoff moves later")
  void forgettingIsPure() {
    qt().withExamples(60).forAll(sortedStories(40), SourceDSL.integers().between(0, 900), SourceDSL.integers().between(0, 900))
        .checkAssert((events, first, second) -> {
          MonitorState s = MonitorState.streaming(contract());
          for (DpaEvent e : events) {
            s = Monitor.step(s, e).next();
          }
          LocalDate last = s.getLastEvent().orElseThrow().getDate();
          ContractState before = s.asOf(last);
          int remembered = s.engine().remembered();
          LocalDate early = EFFECTIVE.plusDays(Math.min(first, second));
          LocalDate late = EFFECTIVE.plusDays(Math.max(first, second));
          MonitorState lessForgotten = Monitor.forgetClosedBefore(s, early);
          MonitorState moreForgotten = Monitor.forgetClosedBefore(s, late);
          assertEquals(before, s.asOf(last));
          assertEquals(remembered, s.engine().remembered());
          assertEquals(before, lessForgotten.asOf(last));
          assertEquals(before, moreForgotten.asOf(last));
          assertTrue(moreForgotten.engine().remembered() <= lessForgotten.engine().remembered());
          assertTrue(lessForgotten.engine().remembered() <= remembered);
          assertEquals(remembered, Monitor.forgetClosedBefore(s, events.get(0).getDate()).engine().remembered());
          assertEquals(s.size(), moreForgotten.size());
        });
  }

  @Test
  @DisplayName("a state that keeps its history is its own forgetting; a streaming state refuses an event that sorts before its last and stays usable")
  void streamingRefusesTheEarlierEvent() {
    qt().withExamples(40).forAll(sortedStories(30)).checkAssert(events -> {
      if (events.size() < 2) {
        return;
      }
      MonitorState full = MonitorState.of(contract(), events);
      assertSame(full, Monitor.forgetClosedBefore(full, LATE));
      MonitorState s = MonitorState.streaming(contract());
      for (DpaEvent e : events.subList(1, events.size())) {
        s = Monitor.step(s, e).next();
      }
      MonitorState streamed = s;
      DpaEvent earliest = events.get(0);
      MonitorInputException x = assertThrows(MonitorInputException.class, () -> Monitor.step(streamed, earliest));
      assertEquals(earliest.getId(), x.getEventId());
      assertThrows(UnsupportedOperationException.class, streamed::getEvents);
      assertEquals(events.size() - 1, streamed.size());
      assertNotEquals(MonitorState.streaming(contract()), MonitorState.streaming(contract()));
    });
  }
}
