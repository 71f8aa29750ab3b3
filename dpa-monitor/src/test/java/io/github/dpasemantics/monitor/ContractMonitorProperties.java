package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.event.SubprocessorNoticeGiven;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.monitor.testing.MonitorGenerators;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class ContractMonitorProperties {
  private static final LocalDate LATE = EFFECTIVE.plusDays(700);

  private static ContractMonitor batch(List<DpaEvent> events) {
    return ContractMonitor.of(contract()).appendAll(events);
  }

  @Test
  @DisplayName("the state does not depend on the order events arrive in")
  void arrivalOrderIndependence() {
    qt().withExamples(60).forAll(seeds(), SourceDSL.longs().all()).checkAssert((seed, shuffle) -> {
      List<DpaEvent> events = timeline(seed, 25);
      List<DpaEvent> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, new Random(shuffle));
      ContractMonitor a = ContractMonitor.of(contract());
      events.forEach(a::append);
      ContractMonitor b = ContractMonitor.of(contract());
      shuffled.forEach(b::append);
      assertEquals(a.stateAsOf(LATE), b.stateAsOf(LATE));
    });
  }

  @Test
  @DisplayName("appending one by one and querying in between gives the same state as one batch")
  void batchEqualsIncremental() {
    qt().withExamples(60).forAll(timelines(25)).checkAssert(events -> {
      ContractMonitor inc = ContractMonitor.of(contract());
      for (DpaEvent e : events) {
        inc.append(e);
        inc.stateAsOf(e.getDate());
      }
      ContractMonitor b = batch(events);
      assertEquals(b.stateAsOf(LATE), inc.stateAsOf(LATE));
      LocalDate mid = EFFECTIVE.plusDays(300);
      assertEquals(b.stateAsOf(mid), inc.stateAsOf(mid));
    });
  }

  @Test
  @DisplayName("a state as of a past date equals the state of only the events up to that date")
  void pastStateIsPrefixState() {
    qt().withExamples(60).forAll(timelines(25), SourceDSL.integers().between(0, 650)).checkAssert((events, day) -> {
      LocalDate asOf = EFFECTIVE.plusDays(day);
      List<DpaEvent> prefix = new ArrayList<>();
      for (DpaEvent e : events) {
        if (!e.getDate().isAfter(asOf)) {
          prefix.add(e);
        }
      }
      assertEquals(batch(prefix).stateAsOf(asOf), batch(events).stateAsOf(asOf));
    });
  }

  @Test
  @DisplayName("no instance is both fulfilled and violated: a fulfilled one never was violated, a violated one never fulfilled in time after")
  void neverBothFulfilledAndViolated() {
    qt().withExamples(60).forAll(timelines(30)).checkAssert(events -> {
      ContractState s = batch(events).stateAsOf(LATE);
      for (ObligationInstance i : s.getObligations()) {
        boolean violatedByEvent = false;
        for (EventAccount a : s.getAccounts()) {
          for (Effect e : a.getEffects()) {
            if (e.getTargetId().equals(i.getId()) && e.getKind() == EffectKind.VIOLATED) {
              violatedByEvent = true;
            }
            if (e.getTargetId().equals(i.getId()) && e.getKind() == EffectKind.FULFILLED) {
              assertFalse(violatedByEvent, () -> i + " fulfilled after being violated");
            }
          }
        }
        if (i.getState() == ObligationState.FULFILLED) {
          assertFalse(violatedByEvent, () -> i + " is fulfilled but was violated");
          assertTrue(i.getMissedByDays().isEmpty());
        }
        if (i.getState() == ObligationState.VIOLATED && i.getDueDate().isPresent()) {
          assertTrue(i.getMissedByDays().getAsLong() > 0, i::toString);
        }
      }
    });
  }

  @Test
  @DisplayName("every deadline is the trigger date plus the term of the contract's terms value")
  void deadlinesComeFromTheTerms() {
    qt().withExamples(60).forAll(timelines(25), SourceDSL.integers().between(1, 90), SourceDSL.integers().between(1, 15))
        .checkAssert((events, deletionDays, objectionDays) -> {
          DpaTerms terms = DpaTerms.builder().deletionDays(deletionDays).objectionDays(objectionDays).build();
          ContractState s = ContractMonitor.of(contract(terms, Interpretations.defaults())).appendAll(events).stateAsOf(LATE);
          for (ObligationInstance i : s.getObligations(ObligationKind.DELETION)) {
            if (i.getDueDate().isPresent()) {
              LocalDate end = s.getAgreementEnd().orElseThrow();
              LocalDate trigger = i.getCreatedOn().isBefore(end) ? end : i.getCreatedOn();
              assertEquals(trigger.plusDays(deletionDays), i.getDueDate().get());
            }
          }
          ContractMonitor m = ContractMonitor.of(contract(terms, Interpretations.defaults())).appendAll(events);
          for (EventAccount a : s.getAccounts()) {
            if (a.getEvent() instanceof SubprocessorNoticeGiven) {
              for (Effect e : a.getEffects()) {
                if (e.getKind() == EffectKind.RIGHT_OPENED) {
                  m.stateAsOf(a.getDate()).getOpenRights().stream().filter(r -> r.getId().equals(e.getTargetId()))
                      .forEach(r -> assertTrue(ChronoUnit.DAYS.between(r.getOpensOn(), r.getLapsesAfter().orElseThrow())
                          <= objectionDays));
                }
              }
            }
          }
        });
  }

  @Test
  @DisplayName("adding an on-time deletion never creates a violation")
  void onTimeFulfilmentNeverViolates() {
    qt().withExamples(60).forAll(timelines(25), SourceDSL.integers().between(0, 60)).checkAssert((events, offset) -> {
      List<DpaEvent> with = new ArrayList<>(events);
      with.add(terminated("t-end", EFFECTIVE.plusDays(620)));
      with.add(deletionRequested("r-end", EFFECTIVE.plusDays(621)));
      ContractMonitor m = batch(with);
      ContractState s = m.stateAsOf(LATE);
      long before = s.getObligations(ObligationState.VIOLATED).size();
      for (ObligationInstance i : s.getObligations(ObligationKind.DELETION)) {
        if (i.isOpen() || i.getState() == ObligationState.VIOLATED) {
          LocalDate due = i.getDueDate().orElse(null);
          if (due == null || i.getState() == ObligationState.VIOLATED && i.getMovedBy().isPresent()) {
            continue;
          }
          LocalDate day = due.minusDays(Math.min(offset, ChronoUnit.DAYS.between(i.getCreatedOn(), due)));
          ContractState w = m.whatIf(LATE, deleted("on-time", day));
          long after = w.getObligations(ObligationState.VIOLATED).size();
          assertTrue(after <= before, () -> "violations grew from " + before + " to " + after);
          assertNotEquals(ObligationState.VIOLATED, w.getObligation(i.getId()).orElseThrow().getState());
        }
      }
    });
  }

  @Test
  @DisplayName("every event is accounted for: effects, or unmatched with a reason")
  void everyEventAccounted() {
    qt().withExamples(60).forAll(timelines(30)).checkAssert(events -> {
      ContractState s = batch(events).stateAsOf(LATE);
      assertEquals(events.size(), s.getAccounts().size());
      for (DpaEvent e : events) {
        EventAccount a = s.getAccount(e.getId()).orElseThrow();
        assertEquals(a.isUnmatched(), a.getEffects().isEmpty(), a::toString);
        assertFalse(a.getReason().getText().isBlank());
      }
    });
  }

  @Test
  @DisplayName("a refused event leaves the state unchanged")
  void refusedEventsChangeNothing() {
    qt().withExamples(60).forAll(timelines(20), SourceDSL.integers().between(0, 2)).checkAssert((events, kind) -> {
      ContractMonitor m = batch(events);
      ContractState before = m.stateAsOf(LATE);
      DpaEvent bad;
      if (kind == 0) {
        bad = deletionRequested(events.get(0).getId(), EFFECTIVE.plusDays(5));
      } else if (kind == 1) {
        bad = deletionRequested("too-early", EFFECTIVE.minusDays(1));
      } else {
        bad = DeletionRequested.builder().id("wrong-actor").date(EFFECTIVE.plusDays(5)).actor(PartyKind.SEGMENT).build();
      }
      assertThrows(MonitorInputException.class, () -> m.append(bad));
      assertEquals(before, m.stateAsOf(LATE));
      assertEquals(events.size(), m.size());
    });
  }

  @Test
  @DisplayName("what-if never changes the stored timeline")
  void whatIfIsPure() {
    qt().withExamples(60).forAll(timelines(20), timelines(5)).checkAssert((events, extra) -> {
      ContractMonitor m = batch(events);
      ContractState before = m.stateAsOf(LATE);
      List<DpaEvent> renamed = new ArrayList<>();
      for (DpaEvent e : extra) {
        renamed.add(MonitorGenerators.event("h-" + e.getId(), new Random(e.hashCode())));
      }
      m.whatIf(LATE, renamed);
      assertEquals(before, m.stateAsOf(LATE));
    });
  }

  @Test
  @DisplayName("for in-order input a streaming monitor's live state, and its sink's accounts and closed instances, are a full monitor's")
  void streamingEqualsFull() {
    qt().withExamples(120).forAll(seeds(), SourceDSL.integers().between(0, 40)).checkAssert((seed, later) -> {
      List<DpaEvent> events = story(seed, 40);
      List<EventAccount> accounts = new ArrayList<>();
      List<ObligationInstance> closed = new ArrayList<>();
      ContractMonitor s = ContractMonitor.streaming(contract(), MonitorSink.of(accounts::add, closed::add));
      ContractMonitor f = ContractMonitor.of(contract());
      for (DpaEvent e : events) {
        s.append(e);
        f.append(e);
        assertSameLiveState(f.stateAsOf(e.getDate()), s.stateAsOf(e.getDate()), closed);
      }
      LocalDate asOf = events.get(events.size() - 1).getDate().plusDays(later);
      ContractState full = f.stateAsOf(asOf);
      assertSameLiveState(full, s.stateAsOf(asOf), closed);
      assertEquals(full.getAccounts(), accounts);
      assertEquals(events.stream().map(DpaEvent::getId).collect(Collectors.toList()),
          accounts.stream().map(EventAccount::getEventId).collect(Collectors.toList()));
      for (ObligationInstance c : closed) {
        assertEquals(full.getObligation(c.getId()), Optional.of(c));
      }
      assertEquals(events.size(), s.size());
    });
  }

  @Test
  @DisplayName("a streaming monitor that forgets closed matters answers as one that remembers them, up to the day after the first closed matter is forgotten")
  void forgettingChangesNothingWithinThePeriod() {
    qt().withExamples(150).forAll(seeds(), SourceDSL.integers().between(0, 120)).checkAssert((seed, days) -> {
      List<DpaEvent> events = new ArrayList<>(timeline(seed, 60));
      events.sort(DpaEvent.TIMELINE_ORDER);
      List<EventAccount> kept = new ArrayList<>();
      List<ObligationInstance> keptClosed = new ArrayList<>();
      LocalDate[] firstClose = new LocalDate[1];
      ContractMonitor remembering = ContractMonitor.streaming(contract(), MonitorSink.of(kept::add, i -> {
        keptClosed.add(i);
        if (firstClose[0] == null) {
          firstClose[0] = kept.get(kept.size() - 1).getEvent().getDate();
        }
      }));
      List<EventAccount> accounts = new ArrayList<>();
      List<ObligationInstance> closed = new ArrayList<>();
      Period period = Period.ofDays(days);
      ContractMonitor forgetting = ContractMonitor.streaming(contract(), MonitorSink.of(accounts::add, closed::add), period);
      for (DpaEvent e : events) {
        remembering.append(e);
        forgetting.append(e);
        // what forgetting keeps: no matter closed before the period that ends on this event's day
        LocalDate cutoff = ContractMonitor.forgetCutoff(e.getDate(), period);
        for (WorkingObligation i : forgetting.state().engine().index.values()) {
          LocalDate retiredOn = i.retiredOn;
          assertFalse(i.retired && retiredOn != null && retiredOn.isBefore(cutoff), () -> e.getId() + ": " + i.kind + " " + i.subject);
        }
        LocalDate first = firstClose[0];
        if (first == null || !e.getDate().isAfter(first.plus(period))) {
          // nothing forgotten yet. Later, an event about a forgotten matter is answered as about an
          // unknown one and may open duties the remembering monitor answers as repeats (an
          // objection to a re-engaged Subprocessor opens a right and a discussion where the other
          // finds the objection late), so the two memories are compared only here
          assertEquals(remembering.rememberedMatters(), forgetting.rememberedMatters(), e::getId);
          assertEquals(kept, accounts, e::getId);
          assertEquals(keptClosed, closed, e::getId);
          assertEquals(remembering.stateAsOf(e.getDate()), forgetting.stateAsOf(e.getDate()), e::getId);
        }
      }
      // however much was forgotten, every event is accounted once, in order, and no instance closes twice
      assertEquals(events, accounts.stream().map(EventAccount::getEvent).collect(Collectors.toList()));
      assertEquals(closed.size(), closed.stream().map(ObligationInstance::getId).distinct().count());
    });
  }

  private static void assertSameLiveState(ContractState full, ContractState streaming, List<ObligationInstance> closed) {
    Set<String> gone = closed.stream().map(ObligationInstance::getId).collect(Collectors.toSet());
    assertEquals(closed.size(), gone.size(), "an instance closed twice");
    assertEquals(full.getObligations().stream().filter(o -> !gone.contains(o.getId())).collect(Collectors.toList()),
        streaming.getObligations());
    assertEquals(full.getOpenRights(), streaming.getOpenRights());
    assertEquals(full.getUpcomingDeadlines(), streaming.getUpcomingDeadlines());
    assertEquals(full.isAddendumInForce(), streaming.isAddendumInForce());
    assertEquals(full.getAgreementEnd(), streaming.getAgreementEnd());
    assertEquals(List.of(), streaming.getAccounts());
  }

  @Test
  @DisplayName("a streaming monitor fed any in-order timeline hands every event to its sink accounted exactly once, in order")
  void streamingAccountsEveryEventOnce() {
    qt().withExamples(120).forAll(timelines(40)).checkAssert(events -> {
      List<DpaEvent> sorted = new ArrayList<>(events);
      sorted.sort(DpaEvent.TIMELINE_ORDER);
      List<EventAccount> accounts = new ArrayList<>();
      List<ObligationInstance> closed = new ArrayList<>();
      ContractMonitor s = ContractMonitor.streaming(contract(), MonitorSink.of(accounts::add, closed::add));
      sorted.forEach(s::append);
      assertEquals(sorted, accounts.stream().map(EventAccount::getEvent).collect(Collectors.toList()));
      Set<String> gone = closed.stream().map(ObligationInstance::getId).collect(Collectors.toSet());
      assertEquals(closed.size(), gone.size());
      ContractState live = s.stateAsOf(LATE);
      assertTrue(live.getObligations().stream().noneMatch(o -> gone.contains(o.getId())), live::toString);
      assertTrue(closed.stream().noneMatch(ObligationInstance::isOpen));
    });
  }

  @Test
  @DisplayName("streaming, forgetting or not: a timeline appended in batches cut anywhere (each applied to one copy of the live state) gives the sink, the state and the remembered matters of the same timeline appended event by event")
  void streamingBatchEqualsIncremental() {
    qt().withExamples(120).forAll(seeds(), seeds(), SourceDSL.integers().between(-1, 60)).checkAssert((seed, cuts, days) -> {
      List<DpaEvent> events = story(seed, 40);
      Period period = days < 0 ? null : Period.ofDays(days);
      List<EventAccount> oneAccounts = new ArrayList<>();
      List<ObligationInstance> oneClosed = new ArrayList<>();
      ContractMonitor one = streaming(MonitorSink.of(oneAccounts::add, oneClosed::add), period);
      List<EventAccount> accounts = new ArrayList<>();
      List<ObligationInstance> closed = new ArrayList<>();
      ContractMonitor batched = streaming(MonitorSink.of(accounts::add, closed::add), period);
      for (List<DpaEvent> batch : batches(events, cuts)) {
        batch.forEach(one::append);
        batched.appendAll(batch);
        LocalDate day = batch.get(batch.size() - 1).getDate();
        assertEquals(one.stateAsOf(day), batched.stateAsOf(day), batch::toString);
        assertEquals(one.rememberedMatters(), batched.rememberedMatters(), batch::toString);
        assertEquals(oneAccounts, accounts, batch::toString);
        assertEquals(oneClosed, closed, batch::toString);
      }
      assertEquals(events.size(), batched.size());
    });
  }

  @Test
  @DisplayName("streaming, forgetting or not: a sink that throws on any event of a batch stops the monitor just after that event, in the state of a monitor given the events up to it, and the rest can still be appended")
  void streamingSinkFailureStopsAfterItsEvent() {
    qt().withExamples(120).forAll(seeds(), SourceDSL.integers().between(0, 39), SourceDSL.integers().between(-1, 60))
        .checkAssert((seed, at, days) -> {
          List<DpaEvent> events = story(seed, 40);
          int k = at % events.size();
          Period period = days < 0 ? null : Period.ofDays(days);
          String refusing = events.get(k).getId();
          boolean[] thrown = new boolean[1];
          List<EventAccount> accounts = new ArrayList<>();
          ContractMonitor m = streaming(MonitorSink.of(a -> {
            accounts.add(a);
            if (a.getEventId().equals(refusing) && !thrown[0]) {
              thrown[0] = true;
              throw new IllegalStateException("sink full");
            }
          }, i -> { }), period);
          IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.appendAll(events));
          assertEquals("sink full", e.getMessage());
          List<EventAccount> upTo = new ArrayList<>();
          ContractMonitor reference = streaming(MonitorSink.of(upTo::add, i -> { }), period)
              .appendAll(events.subList(0, k + 1));
          LocalDate day = events.get(k).getDate();
          assertEquals(upTo, accounts);
          assertEquals(k + 1, m.size());
          assertEquals(reference.stateAsOf(day), m.stateAsOf(day));
          assertEquals(reference.rememberedMatters(), m.rememberedMatters());
          List<DpaEvent> rest = events.subList(k + 1, events.size());
          m.appendAll(rest);
          reference.appendAll(rest);
          LocalDate last = events.get(events.size() - 1).getDate();
          assertEquals(reference.stateAsOf(last), m.stateAsOf(last));
          assertEquals(upTo, accounts);
        });
  }

  private static ContractMonitor streaming(MonitorSink sink, @Nullable Period period) {
    return period == null ? ContractMonitor.streaming(contract(), sink) : ContractMonitor.streaming(contract(), sink, period);
  }
}
