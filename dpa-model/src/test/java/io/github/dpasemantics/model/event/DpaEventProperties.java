package io.github.dpasemantics.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.testing.EventGenerators;
import io.github.dpasemantics.model.testing.EventTypeVisitor;
import io.github.dpasemantics.model.testing.ModelValidation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DpaEventProperties {

  @Test
  @DisplayName("every generated event passes Jakarta validation")
  void generatedEventsAreValid() {
    qt().withExamples(2000).forAll(EventGenerators.events())
        .checkAssert(e -> assertEquals(List.of(), ModelValidation.violations(e), e.toString()));
  }

  @Test
  @DisplayName("every kind of corruption is reported on the corrupted property")
  void eachCorruptionIsCaught() {
    qt().withExamples(2000).forAll(EventGenerators.corruptions())
        .check(c -> ModelValidation.violations(c.event()).stream()
            .anyMatch(v -> v.startsWith(c.path() + ":") || v.startsWith(c.path() + "<")));
  }

  @Test
  @DisplayName("the visitor, the class and the type of an event agree")
  void dispatchAgreesWithType() {
    EventTypeVisitor visitor = new EventTypeVisitor();
    qt().forAll(EventGenerators.events()).checkAssert(e -> {
      assertEquals(e.getType(), e.accept(visitor));
      assertEquals(e.getType(), EventType.of(e.getClass()));
      assertEquals(true, e.getType().getEventClass().isInstance(e));
    });
  }

  @Test
  @DisplayName("with* copies round-trip: replacing a value by itself gives an equal event")
  void withCopiesRoundTrip() {
    qt().forAll(EventGenerators.events()).checkAssert(e -> {
      assertEquals(e, EventGenerators.withId(e, e.getId()));
      assertEquals(e, EventGenerators.withActor(e, e.getActor()));
      DpaEvent renamed = EventGenerators.withId(e, e.getId() + "x");
      assertEquals(e.getId() + "x", renamed.getId());
      assertEquals(e, EventGenerators.withId(renamed, e.getId()));
    });
  }

  @Test
  @DisplayName("TIMELINE_ORDER is the documented order: date, then type (rank), then id, then string form")
  void orderIsTheDocumentedChain() {
    java.util.Comparator<DpaEvent> documented = java.util.Comparator.comparing(DpaEvent::getDate)
        .thenComparing(DpaEvent::getType)
        .thenComparing(DpaEvent::getId)
        .thenComparing(Object::toString);
    qt().withExamples(3000).forAll(EventGenerators.clusteredEvents(), EventGenerators.clusteredEvents())
        .check((a, b) -> Integer.signum(DpaEvent.TIMELINE_ORDER.compare(a, b))
            == Integer.signum(documented.compare(a, b)));
  }

  @Test
  @DisplayName("TIMELINE_ORDER is antisymmetric and consistent with equals")
  void orderIsAntisymmetricAndConsistentWithEquals() {
    qt().withExamples(3000).forAll(EventGenerators.clusteredEvents(), EventGenerators.clusteredEvents())
        .check((a, b) -> Integer.signum(DpaEvent.TIMELINE_ORDER.compare(a, b))
                == -Integer.signum(DpaEvent.TIMELINE_ORDER.compare(b, a))
            && (DpaEvent.TIMELINE_ORDER.compare(a, b) == 0) == a.equals(b)
            && DpaEvent.TIMELINE_ORDER.compare(a, a) == 0);
  }

  @Test
  @DisplayName("TIMELINE_ORDER is transitive")
  void orderIsTransitive() {
    qt().withExamples(3000)
        .forAll(EventGenerators.clusteredEvents(), EventGenerators.clusteredEvents(),
            EventGenerators.clusteredEvents())
        .check((a, b, c) -> {
          boolean ab = DpaEvent.TIMELINE_ORDER.compare(a, b) <= 0;
          boolean bc = DpaEvent.TIMELINE_ORDER.compare(b, c) <= 0;
          return !(ab && bc) || DpaEvent.TIMELINE_ORDER.compare(a, c) <= 0;
        });
  }

  @Test
  @DisplayName("sorting a timeline gives the same list whatever the arrival order")
  void sortingIsIndependentOfArrivalOrder() {
    qt().forAll(EventGenerators.timelines(40), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert((timeline, seed) -> {
          List<DpaEvent> shuffled = new ArrayList<>(timeline);
          Collections.shuffle(shuffled, new Random(seed));
          List<DpaEvent> expected = new ArrayList<>(timeline);
          expected.sort(DpaEvent.TIMELINE_ORDER);
          shuffled.sort(DpaEvent.TIMELINE_ORDER);
          assertEquals(expected, shuffled);
          for (int i = 1; i < expected.size(); i++) {
            DpaEvent before = expected.get(i - 1);
            DpaEvent after = expected.get(i);
            assertEquals(true, !before.getDate().isAfter(after.getDate()));
            if (before.getDate().equals(after.getDate())) {
              assertEquals(true, before.getType().getRank() <= after.getType().getRank());
            }
          }
        });
  }

  @Test
  @DisplayName("a generated event's actor is allowed, and its matter id is present for per-matter events")
  void actorAndMatterAreConsistent() {
    qt().forAll(EventGenerators.events()).checkAssert(e -> {
      assertEquals(true, e.isActorAllowed());
      assertEquals(true, e.getType().getAllowedActors().containsAll(e.getAllowedActors()));
      boolean single = e.getMatter() == Matter.CONTRACT || e.getMatter() == Matter.DELETION
          || e.getMatter() == Matter.SECURITY_MEASURES || e.getMatter() == Matter.PRIVACY_SHIELD;
      assertEquals(!single, e.getMatterId().isPresent(), e.toString());
    });
  }
}
