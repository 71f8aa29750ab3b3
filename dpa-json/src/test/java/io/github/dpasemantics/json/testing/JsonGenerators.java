package io.github.dpasemantics.json.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dpasemantics.json.Timeline;
import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Precedence;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.SourceOrDestination;
import io.github.dpasemantics.model.party.Subprocessor;
import io.github.dpasemantics.model.testing.EventGenerators;
import io.github.dpasemantics.model.testing.ModelGenerators;
import io.github.dpasemantics.model.testing.TimeGenerators;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.LegalFacts;
import io.github.dpasemantics.policy.PolicyCatalog;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the JSON formats: the one place for this module's generators. Events, contracts,
 * terms, readings and the other model values come from dpa-model's generators (its test jar:
 * {@link EventGenerators}, {@link ModelGenerators}, {@link TimeGenerators}), with JSON's texts and
 * dates on top; what is here is what is specific to JSON. Timelines come in two kinds, kept apart:
 * {@link #timelines()}, which the monitor replays in the large majority of cases (for properties
 * about replays and reports), and {@link #anyTimelines()}, over the format's whole range and often
 * refused by the monitor (for properties about reading and writing).
 * Every generated value is valid (it passes the model's construction checks and the constraints
 * the binder enforces), so writing it and reading it back must give an equal value. Values are
 * built from a seed with the model's own builders and factories; texts mix ASCII, quotes,
 * backslashes, control characters and non-ASCII (including surrogate pairs) so that escaping is
 * exercised; dates favour boundaries (leap days, year ends, years 0001 and 9999).
 */
public final class JsonGenerators {
  private JsonGenerators() {}

  /** The latest date the formats can write as YYYY-MM-DD. */
  public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private static final List<LocalDate> BOUNDARY_DATES = List.of(
      LocalDate.of(1, 1, 1), LocalDate.of(1970, 1, 1), LocalDate.of(1999, 12, 31), LocalDate.of(2000, 2, 29),
      LocalDate.of(2024, 2, 29), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28), LocalDate.of(2025, 12, 31),
      LAST_DAY);

  private static final String[] PIECES = {
      "a", "Z", "0", "9", " ", "-", "_", ".", ":", "\"", "\\", "/", "'", "{", "}", "[", "]", ",", "\n", "\t", "\r",
      "\u0001", "\u001f", "\u007f", "é", "ß", "中", "\u2028", "\u00a0", "😀", "\uD834\uDD1E", "$", "null", "true"};

  /** A seed source: each seed builds one value, so a failing example can be rebuilt. */
  public static Gen<Long> seeds() {
    return longs().all();
  }

  /**
   * Returns a non-blank text of 1 to 12 pieces: letters, digits, punctuation, JSON's special
   * characters, control characters and non-ASCII; it starts with a visible character.
   *
   * @param r the random source
   * @return the text
   */
  public static String text(Random r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.nextBoolean() ? "x" : pick(r, new String[] {"é", "\"", "\\", "中", "😀", "N", "7"}));
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(pick(r, PIECES));
    }
    return sb.toString();
  }

  /** An id-like text: usually {@code prefix-n}, sometimes any non-blank text. */
  static String word(Random r, String prefix) {
    return r.nextInt(3) == 0 ? text(r) : prefix + "-" + r.nextInt(4);
  }

  /** A party id matching {@link Party#ID_PATTERN}. */
  static String partyId(Random r, String prefix) {
    String tail = r.nextBoolean() ? "" : pick(r, new String[] {".x", "_1", ":a", "-B", "..", "9"});
    return prefix + r.nextInt(1000) + tail;
  }

  /**
   * Returns a date: a third of the time a boundary (0001-01-01, leap days, year ends,
   * 9999-12-31), otherwise a day from 1990 to 2040.
   *
   * @param r the random source
   * @return the date
   */
  public static LocalDate date(Random r) {
    if (r.nextInt(3) == 0) {
      return pick(r, BOUNDARY_DATES);
    }
    return LocalDate.of(1990, 1, 1).plusDays(r.nextInt(365 * 50));
  }

  /**
   * Returns one valid event of every kind of the sealed family, in {@link EventType} order.
   *
   * @param r the random source
   * @return 49 events
   */
  public static List<DpaEvent> oneOfEach(Random r) {
    List<DpaEvent> out = new ArrayList<>();
    for (EventType t : EventType.values()) {
      out.add(event(t, r));
    }
    return out;
  }

  /**
   * Returns a valid event of the given kind: dpa-model's {@link EventGenerators#event(EventType,
   * Random)}, with what is specific to JSON on top: an id that is at times any {@link #text}, a
   * note of such text, and a third of the time a boundary-favouring {@link #date} (an "until"
   * before it is dropped).
   *
   * @param type the kind
   * @param r the random source
   * @return the event
   */
  public static DpaEvent event(EventType type, Random r) {
    DpaEvent e = EventGenerators.withId(EventGenerators.event(type, r), word(r, "e"));
    if (r.nextInt(3) == 0) {
      e = EventGenerators.withNote(e, text(r));
    }
    return r.nextInt(3) == 0 ? EventGenerators.withDate(e, date(r)) : e;
  }

  /**
   * Returns valid contract instances: dpa-model's {@link ModelGenerators#contracts()} with, at
   * random, terms ({@link TimeGenerators#terms()}, with a zone, holidays, a privacy contact, a page
   * address and a version on top), readings ({@link TimeGenerators#readings()}) and an affiliate
   * graph ({@link ModelGenerators#affiliateGraphs()}) that differ from the defaults, and what is
   * specific to JSON: the Customer's name and, at times, the Addendum's version as any
   * {@link #text} (and, at times, a precedence).
   *
   * @return the contracts
   */
  public static Gen<ContractInstance> contracts() {
    return ModelGenerators.contracts().zip(terms(), TimeGenerators.readings(), ModelGenerators.affiliateGraphs(), seeds(),
        (c, terms, readings, graph, seed) -> {
          Random r = new Random(seed);
          var addendum = Addendum.builder().from(c.getAddendum());
          if (r.nextInt(4) == 0) {
            addendum.version(text(r));
          }
          if (r.nextInt(4) == 0) {
            addendum.precedence(pick(r, Precedence.values()));
          }
          var b = ContractInstance.builder().from(c)
              .customer(Party.builder().from(c.getCustomer()).name(text(r)).build())
              .addendum(addendum.build());
          if (r.nextBoolean()) {
            b.terms(terms);
          }
          if (r.nextBoolean()) {
            b.interpretations(readings);
          }
          if (r.nextInt(3) == 0) {
            b.affiliateGraph(graph);
          }
          return b.build();
        });
  }

  /**
   * Returns valid terms: dpa-model's {@link TimeGenerators#terms()} with, at random, a zone, a
   * holiday calendar ({@link TimeGenerators#calendars()}), a privacy contact, a page address and a
   * version of any {@link #text}: the members the model's generator leaves at their defaults.
   *
   * @return the terms
   */
  public static Gen<DpaTerms> terms() {
    return TimeGenerators.terms().zip(TimeGenerators.calendars(), seeds(), (t, calendar, seed) -> {
      Random r = new Random(seed);
      var b = DpaTerms.builder().from(t);
      if (r.nextBoolean()) {
        b.zone(ZoneId.of(pick(r, new String[] {"UTC", "Europe/Berlin", "Asia/Kolkata", "America/Los_Angeles"})));
      }
      if (r.nextBoolean()) {
        b.businessCalendar(calendar);
      }
      if (r.nextInt(4) == 0) {
        b.privacyContact("privacy" + r.nextInt(10) + "@example.com");
      }
      if (r.nextInt(4) == 0) {
        b.subprocessorPageUrl("https://example.com/" + r.nextInt(10));
      }
      if (r.nextInt(4) == 0) {
        b.version(text(r));
      }
      return b.build();
    });
  }

  /**
   * Returns a timeline the monitor replays in the large majority of seeds: 0 to 12 events of any
   * kinds with distinct ids (any {@link #text} or {@code e}, then {@code -n} for the n-th event),
   * dated from the day the Addendum takes effect to three years later, and an optional title,
   * description and "as of" date (on or after the last event). What the monitor may still refuse is
   * what the events say to each other (the generator does not plan a story), which
   * {@code JsonGeneratorsTest} measures; {@link #anyTimeline} is the one for the format's whole range.
   *
   * @param contract the contract
   * @param r the random source
   * @return the timeline
   */
  public static Timeline timeline(ContractInstance contract, Random r) {
    LocalDate effective = contract.addendumEffectiveDate();
    List<DpaEvent> events = new ArrayList<>();
    LocalDate last = effective;
    int n = r.nextInt(13);
    for (int i = 0; i < n; i++) {
      DpaEvent e = EventGenerators.event(pick(r, EventType.values()), r);
      String prefix = r.nextInt(3) == 0 ? text(r) : "e";
      e = EventGenerators.withId(e, prefix + "-" + i);
      if (r.nextInt(3) == 0) {
        e = EventGenerators.withNote(e, text(r));
      }
      e = EventGenerators.withDate(e, effective.plusDays(r.nextInt(3 * 365)));
      last = e.getDate().isAfter(last) ? e.getDate() : last;
      events.add(e);
    }
    return new Timeline(r.nextBoolean() ? Optional.of(text(r)) : Optional.empty(),
        r.nextBoolean() ? Optional.of(text(r)) : Optional.empty(),
        r.nextBoolean() ? Optional.of(last.plusDays(r.nextInt(400))) : Optional.empty(), contract, events);
  }

  /**
   * Returns a timeline over the format's whole range, which the monitor often refuses: 0 to 12
   * events of any kinds from {@link #event} (ids that may repeat, dates that may fall before the
   * Addendum or on a boundary such as 9999-12-31) and an optional title, description and "as of"
   * date of any {@link #date}. For the properties about reading and writing, never for those that
   * need a replay.
   *
   * @param contract the contract
   * @param r the random source
   * @return the timeline
   */
  public static Timeline anyTimeline(ContractInstance contract, Random r) {
    List<DpaEvent> events = new ArrayList<>();
    int n = r.nextInt(13);
    for (int i = 0; i < n; i++) {
      events.add(event(pick(r, EventType.values()), r));
    }
    return new Timeline(r.nextBoolean() ? Optional.of(text(r)) : Optional.empty(),
        r.nextBoolean() ? Optional.of(text(r)) : Optional.empty(),
        r.nextBoolean() ? Optional.of(date(r)) : Optional.empty(), contract, events);
  }

  /** Timelines the monitor replays in the large majority of cases ({@link #timeline(ContractInstance, Random)}). */
  public static Gen<Timeline> timelines() {
    return contracts().zip(seeds(), (c, seed) -> timeline(c, new Random(seed)));
  }

  /** Timelines over the format's whole range, often refused by the monitor ({@link #anyTimeline(ContractInstance, Random)}). */
  public static Gen<Timeline> anyTimelines() {
    return contracts().zip(seeds(), (c, seed) -> anyTimeline(c, new Random(seed)));
  }

  /**
   * The inputs of one policy, as {@code dpa decide} reads them.
   *
   * @param method the policy method
   * @param given the inputs given, by parameter name, in parameter order (optional ones may be left out)
   */
  public record PolicyInput(Method method, Map<String, Object> given) {
    @Override
    public String toString() {
      return method.getDeclaringClass().getSimpleName() + "." + method.getName() + given;
    }
  }

  /**
   * Returns every policy the command line can run: the policies of the {@link PolicyCatalog}
   * returning a {@link Decision}.
   *
   * @return the methods
   */
  public static List<Method> policies() {
    List<Method> out = new ArrayList<>();
    for (PolicyCatalog.Policy p : PolicyCatalog.segmentDpa().all()) {
      if (p.method().getReturnType() == Decision.class) {
        out.add(p.method());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns valid inputs of the policy: every required input, and the defaulted ones
   * ({@code terms}, {@code readings}, collections) present or left out at random. The dated table
   * of outside law is never an input.
   *
   * @param method the policy
   * @return the inputs
   */
  public static Gen<PolicyInput> inputs(Method method) {
    Gen<Map<String, Object>> given = Generate.constant(Map.of());
    for (Parameter p : method.getParameters()) {
      Class<?> raw = raw(p.getParameterizedType());
      if (raw == LegalFacts.class) {
        continue;
      }
      boolean defaulted = raw == DpaTerms.class || raw == Interpretations.class || raw == Optional.class
          || Collection.class.isAssignableFrom(raw);
      Gen<Optional<Object>> value = defaulted ? values(p.getParameterizedType()).toOptionals(33)
          : values(p.getParameterizedType()).map(Optional::of);
      String name = p.getName();
      given = given.zip(value, (before, v) -> {
        Map<String, Object> out = new LinkedHashMap<>(before);
        v.ifPresent(x -> out.put(name, x));
        return Collections.unmodifiableMap(out);
      });
    }
    return given.map(g -> new PolicyInput(method, g));
  }

  /** Valid inputs of any policy the command line can run ({@link #policies()}). */
  public static Gen<PolicyInput> inputs() {
    return Generate.pick(policies()).flatMap(JsonGenerators::inputs);
  }

  /**
   * Returns valid values of a type that appears among the policies' inputs: the model's generators
   * for the model's types, JSON's {@link #text}, {@link #date} and boundary numbers for the rest.
   *
   * @param type the type
   * @return the values
   * @throws IllegalStateException for a type no generator knows
   */
  public static Gen<Object> values(Type type) {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return values(argument(type)).map(Optional::of);
    }
    if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
      boolean set = Set.class.isAssignableFrom(raw);
      return lists().of(values(argument(type))).ofSizeBetween(0, 3)
          .map(items -> set ? Set.copyOf(new LinkedHashSet<>(items)) : List.copyOf(items));
    }
    if (raw == LocalDate.class) {
      return seeded(JsonGenerators::date);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return any(booleans().all());
    }
    if (raw == int.class || raw == Integer.class) {
      return seeded(r -> pick(r, new Integer[] {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, r.nextInt()}));
    }
    if (raw == String.class) {
      return seeded(r -> r.nextBoolean() ? text(r) : partyId(r, "o"));
    }
    if (raw.isEnum()) {
      return any(Generate.pick(List.of(raw.getEnumConstants())));
    }
    Gen<?> model = MODEL_VALUES.get(raw);
    if (model != null) {
      return any(model);
    }
    if (raw == ContractInstance.class) {
      return any(contracts());
    }
    if (raw == DpaTerms.class) {
      return any(terms());
    }
    if (DpaEvent.class.isAssignableFrom(raw)) {
      return seeded(r -> event(raw == DpaEvent.class ? pick(r, EventType.values()) : EventType.of(raw), r));
    }
    throw new IllegalStateException("JsonGenerators.values: no generator for " + type.getTypeName());
  }

  /** The model's generators, by the type they build. */
  private static final Map<Class<?>, Gen<?>> MODEL_VALUES = Map.of(
      CountryCode.class, ModelGenerators.countries(),
      Interpretations.class, TimeGenerators.readings(),
      DataDescriptor.class, ModelGenerators.dataDescriptors(),
      AffiliateGraph.class, ModelGenerators.affiliateGraphs(),
      Party.class, ModelGenerators.parties(),
      Agreement.class, ModelGenerators.agreements(),
      Addendum.class, ModelGenerators.addenda(),
      AnnexFacts.class, ModelGenerators.annexFacts(),
      SourceOrDestination.class, ModelGenerators.parties(PartyKind.SOURCE_OR_DESTINATION)
          .zip(Generate.enumValues(SourceOrDestination.Direction.class), SourceOrDestination::of),
      Subprocessor.class, ModelGenerators.subprocessors());

  private static Gen<Object> any(Gen<?> gen) {
    return gen.map(x -> (Object) x);
  }

  private static Gen<Object> seeded(Function<Random, ?> build) {
    return seeds().map(seed -> (Object) build.apply(new Random(seed)));
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> T pick(Random r, Collection<T> values) {
    List<T> list = new ArrayList<>(values);
    return list.get(r.nextInt(list.size()));
  }

  private static Class<?> raw(Type t) {
    return TypeFactory.defaultInstance().constructType(t).getRawClass();
  }

  /** The type argument of {@code Optional<X>}, {@code List<X>}, {@code Set<X>}. */
  private static Type argument(Type t) {
    return TypeFactory.defaultInstance().constructType(t).containedTypeOrUnknown(0);
  }
}
