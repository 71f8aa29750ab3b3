package io.github.dpasemantics.json.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dpasemantics.json.Shapes;
import io.github.dpasemantics.json.Timeline;
import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.Annex;
import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.Precedence;
import io.github.dpasemantics.model.contract.Question;
import io.github.dpasemantics.model.contract.Signature;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.ControlMeans;
import io.github.dpasemantics.model.party.ControlRelation;
import io.github.dpasemantics.model.party.Organisation;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.SourceOrDestination;
import io.github.dpasemantics.model.party.Subprocessor;
import io.github.dpasemantics.model.time.BusinessCalendar;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.LegalFacts;
import io.github.dpasemantics.policy.PolicyCatalog;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import io.github.dpasemantics.model.testing.EventGenerators;
import org.quicktheories.core.Gen;

/**
 * Generators for the JSON formats: the one place for this module's generators. Events come from
 * dpa-model's {@link EventGenerators} (its test jar), with JSON's texts and dates on top; what is
 * here is what is specific to JSON.
 * Every generated value is valid (it passes the model's construction checks and the constraints
 * the binder enforces), so writing it and reading it back must give an equal value. Values are
 * built from a seed with the model's own builders and factories; texts mix ASCII, quotes,
 * backslashes, control characters and non-ASCII (including surrogate pairs) so that escaping is
 * exercised; dates favour boundaries (leap days, year ends, years 0001 and 9999).
 */
public final class JsonGenerators {
  private JsonGenerators() {}

  private static final List<String> COUNTRIES =
      List.of("DE", "FR", "IE", "NL", "US", "CH", "GB", "JP", "IN", "BR", "IS", "NO");

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
   * Returns a valid contract instance: a Customer, Segment (the preset or another party of kind
   * SEGMENT), an Agreement whose term covers the Addendum's effective date (with or without an
   * expiration and a termination), a signed Addendum, up to three Subprocessors and two Sources or
   * Destinations with distinct ids, and, at random, terms, readings and an affiliate graph that
   * differ from the defaults.
   *
   * @param r the random source
   * @return the contract
   */
  public static ContractInstance contract(Random r) {
    Party customer = party(PartyKind.CUSTOMER, r, partyId(r, "cust"));
    Party segment = r.nextBoolean() ? Party.segment() : party(PartyKind.SEGMENT, r, partyId(r, "seg"));
    var b = ContractInstance.builder()
        .id(partyId(r, "c"))
        .customer(customer)
        .segment(segment);
    Addendum addendum = addendum(r);
    b.addendum(addendum).agreement(agreement(r, addendum.getEffectiveDate()));
    int subs = r.nextInt(4);
    for (int i = 0; i < subs; i++) {
      PartyKind kind = pick(r, new PartyKind[] {
          PartyKind.THIRD_PARTY_SUBPROCESSOR, PartyKind.SEGMENT_AFFILIATE, PartyKind.SUBPROCESSOR});
      var s = Subprocessor.builder().party(party(kind, r, "sp-" + i));
      if (r.nextBoolean() || !segment.getId().equals(Party.SEGMENT_ID)) {
        s.authorisedBy(segment.getId());
      }
      int functions = r.nextInt(3);
      for (int f = 0; f < functions; f++) {
        s.addFunctions(text(r));
      }
      int locations = r.nextInt(3);
      for (int l = 0; l < locations; l++) {
        s.addLocations(country(r));
      }
      b.addSubprocessors(s.build());
    }
    int sources = r.nextInt(3);
    for (int i = 0; i < sources; i++) {
      b.addSourcesAndDestinations(sourceOrDestination(r, "sd-" + i));
    }
    if (r.nextBoolean()) {
      b.terms(terms(r));
    }
    if (r.nextBoolean()) {
      b.interpretations(readings(r));
    }
    if (r.nextInt(3) == 0) {
      b.affiliateGraph(graph(r));
    }
    return b.annexFacts(AnnexFacts.builder().governedByEuDataProtectionLaw(r.nextBoolean()).governedByCcpa(r.nextBoolean()).build()).build();
  }

  /** A party of the given kind and id, with or without an establishment country. */
  static Party party(PartyKind kind, Random r, String id) {
    var b = Party.builder().id(id).name(text(r)).kind(kind);
    if (r.nextBoolean()) {
      b.establishmentCountry(country(r));
    }
    return b.build();
  }

  static CountryCode country(Random r) {
    return CountryCode.of(pick(r, COUNTRIES));
  }

  static SourceOrDestination sourceOrDestination(Random r, String id) {
    return SourceOrDestination.of(party(PartyKind.SOURCE_OR_DESTINATION, r, id),
        pick(r, SourceOrDestination.Direction.values()));
  }

  /** A signed Addendum: signatures in either order, up to 60 days apart, with or without Annexes, version and precedence. */
  static Addendum addendum(Random r) {
    LocalDate segment = LocalDate.of(1995, 1, 1).plusDays(r.nextInt(365 * 40));
    LocalDate customer = segment.plusDays(r.nextInt(121) - 60);
    Signature s = r.nextBoolean() ? Signature.of(PartyKind.SEGMENT, segment)
        : Signature.builder().party(PartyKind.SEGMENT).date(segment).signatory(text(r)).build();
    Signature c = Signature.of(PartyKind.CUSTOMER, customer);
    var b = Addendum.builder();
    if (r.nextBoolean()) {
      b.addSignatures(s, c);
    } else {
      b.addSignatures(c, s);
    }
    for (Annex a : Annex.values()) {
      if (r.nextBoolean()) {
        b.addAnnexes(a);
      }
    }
    if (r.nextInt(4) == 0) {
      b.version(text(r));
    }
    if (r.nextInt(4) == 0) {
      b.precedence(pick(r, Precedence.values()));
    }
    return b.build();
  }

  /**
   * An Agreement in force on the given day: effective up to two years before it, with or without
   * an expiration (on or after it); its end is an event of the timeline, not a field.
   */
  static Agreement agreement(Random r, LocalDate inForce) {
    LocalDate effective = inForce.minusDays(r.nextInt(730));
    var b = Agreement.builder().effectiveDate(effective);
    Optional<LocalDate> expiry = r.nextBoolean() ? Optional.of(inForce.plusDays(r.nextInt(2000))) : Optional.empty();
    expiry.ifPresent(b::expirationDate);
    if (r.nextBoolean()) {
      b.governingLaw(text(r));
    }
    return b.build();
  }

  /** Terms with every number in its allowed range, a zone and up to three holidays. */
  public static DpaTerms terms(Random r) {
    var b = DpaTerms.builder()
        .subprocessorNoticeDays(pick(r, new Integer[] {0, 1, 10, 3650, r.nextInt(3651)}))
        .objectionDays(r.nextInt(3651))
        .deletionDays(r.nextInt(3651))
        .auditsPerCalendarYear(pick(r, new Integer[] {1, 366, 1 + r.nextInt(366)}))
        .reportRecencyMonths(r.nextInt(121));
    if (r.nextBoolean()) {
      b.zone(ZoneId.of(pick(r, new String[] {"UTC", "Europe/Berlin", "Asia/Kolkata", "America/Los_Angeles"})));
    }
    if (r.nextBoolean()) {
      Set<LocalDate> days = new LinkedHashSet<>();
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        days.add(date(r));
      }
      b.businessCalendar(BusinessCalendar.withHolidays(days));
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
  }

  /** Any combination of readings, at most one per question. */
  public static Interpretations readings(Random r) {
    Interpretations out = Interpretations.defaults();
    for (Question q : Question.values()) {
      List<Interpretation> options = new ArrayList<>();
      for (Interpretation i : Interpretation.values()) {
        if (i.question() == q) {
          options.add(i);
        }
      }
      if (r.nextBoolean()) {
        out = out.with(pick(r, options));
      }
    }
    return out;
  }

  /** An affiliate graph over organisations {@code o0..} with control relations (cycles allowed). */
  static AffiliateGraph graph(Random r) {
    int n = r.nextInt(5);
    List<Organisation> orgs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      orgs.add(r.nextBoolean() ? Organisation.of("o" + i, text(r))
          : Organisation.builder().id("o" + i).name(text(r)).establishmentCountry(country(r)).build());
    }
    Set<List<Integer>> pairs = new LinkedHashSet<>();
    List<ControlRelation> relations = new ArrayList<>();
    if (n >= 2) {
      int m = r.nextInt(5);
      for (int k = 0; k < m; k++) {
        int from = r.nextInt(n);
        int to = r.nextInt(n);
        if (from != to && pairs.add(List.of(from, to))) {
          relations.add(r.nextBoolean() ? ControlRelation.of("o" + from, "o" + to, pick(r, ControlMeans.values()))
              : ControlRelation.builder().controller("o" + from).controlled("o" + to)
                  .means(pick(r, ControlMeans.values())).note(text(r)).build());
        }
      }
    }
    return AffiliateGraph.of(orgs, relations);
  }

  /** A data descriptor whose facts are consistent (no laws for data about nobody). */
  static DataDescriptor descriptor(Random r) {
    SubjectKind subject = pick(r, SubjectKind.values());
    boolean processed = r.nextBoolean();
    Set<DataProtectionLaw> laws = EnumSet.noneOf(DataProtectionLaw.class);
    if (subject != SubjectKind.NONE) {
      for (DataProtectionLaw l : DataProtectionLaw.values()) {
        if (r.nextBoolean()) {
          laws.add(l);
        }
      }
    }
    var b = DataDescriptor.builder()
        .origin(pick(r, DataOrigin.values()))
        .governingLaws(laws)
        .subjectKind(subject)
        .processedBySegment(processed)
        .directBusinessRelationshipWithSegment(subject == SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE && processed);
    if (r.nextBoolean()) {
      b.subjectLocation(country(r));
    }
    if (r.nextBoolean()) {
      b.description(text(r));
    }
    return b.build();
  }

  /**
   * Returns a valid timeline: a contract, 0 to 12 events of any kinds with distinct ids, and an
   * optional title, description and "as of" date.
   *
   * @param r the random source
   * @return the timeline
   */
  public static Timeline timeline(Random r) {
    ContractInstance contract = contract(r);
    List<DpaEvent> events = new ArrayList<>();
    int n = r.nextInt(13);
    for (int i = 0; i < n; i++) {
      events.add(event(pick(r, EventType.values()), r));
    }
    return new Timeline(r.nextBoolean() ? Optional.of(text(r)) : Optional.empty(),
        r.nextBoolean() ? Optional.of(text(r)) : Optional.empty(),
        r.nextBoolean() ? Optional.of(date(r)) : Optional.empty(), contract, events);
  }

  /** Timelines built from seeds. */
  public static Gen<Timeline> timelines() {
    return seeds().map(seed -> timeline(new Random(seed)));
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
   * @param r the random source
   * @return the inputs
   */
  public static PolicyInput inputs(Method method, Random r) {
    Map<String, Object> given = new LinkedHashMap<>();
    for (Parameter p : method.getParameters()) {
      Class<?> raw = Shapes.raw(p.getParameterizedType());
      if (raw == LegalFacts.class) {
        continue;
      }
      boolean defaulted = raw == DpaTerms.class || raw == Interpretations.class || raw == Optional.class
          || Collection.class.isAssignableFrom(raw);
      if (defaulted && r.nextInt(3) == 0) {
        continue;
      }
      given.put(p.getName(), value(p.getParameterizedType(), r));
    }
    return new PolicyInput(method, given);
  }

  /**
   * Returns a valid value of a type that appears among the policies' inputs.
   *
   * @param type the type
   * @param r the random source
   * @return the value
   * @throws IllegalStateException for a type no generator knows
   */
  public static Object value(Type type, Random r) {
    Class<?> raw = Shapes.raw(type);
    if (raw == Optional.class) {
      return Optional.of(value(Shapes.typeArgument(type, 0), r));
    }
    if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
      int n = r.nextInt(4);
      Collection<Object> items = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
      for (int i = 0; i < n; i++) {
        items.add(value(Shapes.typeArgument(type, 0), r));
      }
      return Set.class.isAssignableFrom(raw) ? Set.copyOf(items) : List.copyOf(items);
    }
    if (raw == LocalDate.class) {
      return date(r);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return r.nextBoolean();
    }
    if (raw == int.class || raw == Integer.class) {
      return pick(r, new Integer[] {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, r.nextInt()});
    }
    if (raw == String.class) {
      return r.nextBoolean() ? text(r) : partyId(r, "o");
    }
    if (raw.isEnum()) {
      return pick(r, raw.getEnumConstants());
    }
    if (raw == CountryCode.class) {
      return country(r);
    }
    if (raw == DpaTerms.class) {
      return terms(r);
    }
    if (raw == Interpretations.class) {
      return readings(r);
    }
    if (raw == DataDescriptor.class) {
      return descriptor(r);
    }
    if (raw == AffiliateGraph.class) {
      return graph(r);
    }
    if (raw == Party.class) {
      return party(pick(r, PartyKind.values()), r, partyId(r, "p"));
    }
    if (raw == Agreement.class) {
      return agreement(r, date(r).withYear(2000 + r.nextInt(40)));
    }
    if (raw == Addendum.class) {
      return addendum(r);
    }
    if (raw == AnnexFacts.class) {
      return AnnexFacts.builder().governedByEuDataProtectionLaw(r.nextBoolean()).governedByCcpa(r.nextBoolean()).build();
    }
    if (raw == SourceOrDestination.class) {
      return sourceOrDestination(r, partyId(r, "sd"));
    }
    if (raw == Subprocessor.class) {
      return contractWithSubprocessor(r).getSubprocessors().get(0);
    }
    if (raw == ContractInstance.class) {
      return contract(r);
    }
    if (DpaEvent.class.isAssignableFrom(raw) && raw != DpaEvent.class) {
      return event(EventType.of(raw), r);
    }
    if (raw == DpaEvent.class) {
      return event(pick(r, EventType.values()), r);
    }
    throw new IllegalStateException("JsonGenerators.value: no generator for " + type.getTypeName());
  }

  private static ContractInstance contractWithSubprocessor(Random r) {
    ContractInstance c = contract(r);
    while (c.getSubprocessors().isEmpty()) {
      c = contract(r);
    }
    return c;
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> T pick(Random r, Collection<T> values) {
    List<T> list = new ArrayList<>(values);
    return list.get(r.nextInt(list.size()));
  }

  private static <E extends Enum<E>> Set<E> subset(Random r, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    for (E value : type.getEnumConstants()) {
      if (r.nextInt(3) == 0) {
        out.add(value);
      }
    }
    return out;
  }
}
