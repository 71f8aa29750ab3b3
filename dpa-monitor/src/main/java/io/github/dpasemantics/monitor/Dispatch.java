package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What each event does: one step per {@link EventType}, in one table built once. Read it to
 * answer "what does event X do?" ({@link #describe}).
 *
 * <p>The generic steps come from the {@link LifecycleTable} rows of the duties that need nothing
 * special ({@link GenericLifecycle#WORDING}): an event in a row's {@code triggers} creates an
 * instance of it, an event in its {@code fulfilling} performs it. The family handlers register
 * only the steps the text makes special, each citing its clause: the contract itself
 * ({@link ContractEvents}: 1, 3.4, 5.1, A.4.1, with 7.2 and the Annex A conditions of A.1.4 and
 * A.4.2), {@link SubprocessorDuties} (6.1.1, 6.3), {@link IncidentDuties} (2.9, 7.3),
 * {@link DataSubjectDuties} (8, A.2.1, A.3), {@link AuditDuties} (A.2.2), {@link SccDuties}
 * (A.4.3) and {@link DeletionDuties} (9). A special step takes the place of the generic one
 * for its event; building the table fails if two families claim one event, or if an event has no
 * step (every event is accounted for).
 */
final class Dispatch {

  /**
   * What an event of one type does to an engine.
   *
   * @param <E> the event's class
   */
  @FunctionalInterface
  interface Handler<E extends DpaEvent> {
    /**
     * Applies the event.
     *
     * @param engine the contract's engine
     * @param event the event
     * @return the event's account so far
     */
    AccountBuilder apply(Engine engine, E event);
  }

  /**
   * One entry of the table.
   *
   * @param handler what the event does
   * @param clauses the clauses the step rests on
   * @param source where the step is written: {@code "generic: ..."} or the family file
   * @param genericStep {@code "trigger"} or {@code "perform"} for a generic step, null for a family's
   */
  record Entry(Handler<DpaEvent> handler, String clauses, String source, @Nullable String genericStep) {}

  /** Where the families register the steps the text makes special. */
  static final class Registry {
    private final Map<EventType, Entry> table;
    private final String family;

    private Registry(Map<EventType, Entry> table, String family) {
      this.table = table;
      this.family = family;
    }

    /**
     * Registers the special step of one event type.
     *
     * @param <E> the event's class
     * @param type the event's class
     * @param clauses the clauses the step rests on (such as {@code "6.3"})
     * @param handler what the event does
     */
    <E extends DpaEvent> void special(Class<E> type, String clauses, Handler<E> handler) {
      EventType t = EventType.of(type);
      Entry known = table.get(t);
      if (known != null) {
        throw new IllegalStateException("Dispatch: " + t + " is registered by " + known.source() + " and by " + family);
      }
      table.put(t, new Entry((engine, e) -> handler.apply(engine, type.cast(e)), clauses, family, null));
    }
  }

  private static final Map<EventType, Entry> TABLE = build();

  private Dispatch() {}

  /** Builds the table (once, for {@link #TABLE}; tests build it again to check each registration). */
  static Map<EventType, Entry> build() {
    Map<EventType, Entry> table = new EnumMap<>(EventType.class);
    register(table, "ContractEvents", ContractEvents::register);
    register(table, "SubprocessorDuties", SubprocessorDuties::register);
    register(table, "IncidentDuties", IncidentDuties::register);
    register(table, "DataSubjectDuties", DataSubjectDuties::register);
    register(table, "AuditDuties", AuditDuties::register);
    register(table, "SccDuties", SccDuties::register);
    register(table, "DeletionDuties", DeletionDuties::register);
    for (LifecycleTable.Row r : LifecycleTable.segmentDpa().rows()) {
      if (GenericLifecycle.WORDING.containsKey(r.kind())) {
        for (EventType t : r.triggers()) {
          generic(table, t, r, "trigger", (engine, e) -> engine.lifecycle.trigger(e));
        }
        for (EventType t : r.fulfilling()) {
          generic(table, t, r, "perform", (engine, e) -> engine.lifecycle.perform(e));
        }
      }
    }
    for (EventType t : EventType.values()) {
      if (!table.containsKey(t)) {
        throw new IllegalStateException("Dispatch: no step for " + t + "; register it in the file of its clause family");
      }
    }
    return table;
  }

  private static void register(Map<EventType, Entry> table, String family, Consumer<Registry> registration) {
    registration.accept(new Registry(table, family));
  }

  /**
   * Adds the generic step of a row for an event no family made special; an event both creating
   * and performing generic duties would be ambiguous, so building fails.
   */
  private static void generic(Map<EventType, Entry> table, EventType t, LifecycleTable.Row r, String what, Handler<DpaEvent> step) {
    Entry known = table.get(t);
    String source = "generic: " + what + " " + r.kind();
    if (known == null) {
      table.put(t, new Entry(step, r.clause().toString(), source, what));
    } else if (known.genericStep() != null && !known.genericStep().equals(what)) {
      throw new IllegalStateException("Dispatch: " + t + " would both " + known.source() + " and " + source
          + "; register its step in the file of its clause family");
    } else if (known.genericStep() != null && !known.clauses().contains(r.clause().toString())) {
      table.put(t, new Entry(step, known.clauses() + ", " + r.clause(), known.source() + ", " + r.kind(), what));
    }
  }

  /**
   * Applies one event through its step.
   *
   * @param engine the contract's engine
   * @param e the event
   * @return the event's account
   */
  static AccountBuilder apply(Engine engine, DpaEvent e) {
    return Objects.requireNonNull(TABLE.get(e.getType())).handler().apply(engine, e);
  }

  /**
   * Says what an event of one type does and where that is written, e.g. {@code "A.2.2.4: generic:
   * perform NON_COMPLIANCE_NOTICE"} or {@code "6.3: SubprocessorDuties"}.
   *
   * @param type the event type
   * @return the description
   */
  static String describe(EventType type) {
    Entry e = Objects.requireNonNull(TABLE.get(type));
    return e.clauses() + ": " + e.source();
  }

  /** The table's entries, for tests and the docs. */
  static Map<EventType, Entry> entries() {
    return Map.copyOf(TABLE);
  }
}
