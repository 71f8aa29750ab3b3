package io.github.dpasemantics.model.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.Annex;
import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.Signature;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.ControlMeans;
import io.github.dpasemantics.model.party.ControlRelation;
import io.github.dpasemantics.model.party.Organisation;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.SourceOrDestination;
import io.github.dpasemantics.model.party.Subprocessor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for parties, control relations, data descriptors, the Agreement, the Addendum and
 * contract instances: the one place for them in dpa-model. Every generator yields only valid
 * values (they pass construction checks and Jakarta validation).
 */
public final class ModelGenerators {
  private ModelGenerators() {}

  private static final List<String> COUNTRIES = List.of(
      "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
      "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
      "GB", "CH", "IS", "LI", "NO", "US", "CA", "JP", "BR", "IN", "AU");

  private static final List<String> PIECES = List.of(
      "a", "Z", "0", "9", " ", "-", "_", ".", ":", "\"", "\\", "/", "'", "{", "}", "[", "]", ",", "\n", "\t", "\r",
      "\u0000", "\u0001", "\u001f", "\u007f", "\u00e9", "\u00df", "\u4e2d", "\u2028", "\u2029", "\u00a0",
      "\uD83D\uDE00", "\uD834\uDD1E", "$", "<", "&", "null", "true");

  private static final List<String> FIRST_PIECES = List.of(
      "x", "N", "7", "\"", "\\", "\u00e9", "\u4e2d", "\uD83D\uDE00", "{");

  /** Dates from 2000-01-01 to 2040-12-31. */
  public static Gen<LocalDate> dates() {
    return TimeGenerators.dates();
  }

  /** Valid ids: a lower-case letter then up to 11 letters, digits or dashes. */
  public static Gen<String> ids() {
    return strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 1)
        .zip(strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 11), (a, b) -> a + clean(b));
  }

  private static String clean(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == ':' ? c : 'x');
    }
    return sb.toString();
  }

  /** Non-blank names of printable characters. */
  public static Gen<String> names() {
    return strings().betweenCodePoints('!', '~').ofLengthBetween(1, 20)
        .zip(strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 20), (a, b) -> a + b);
  }

  /**
   * Non-blank texts that need escaping in JSON and YAML: 1 to 12 pieces among letters, digits,
   * punctuation, quotes, backslashes, control characters (NUL included), line and paragraph
   * separators, non-ASCII and non-BMP characters (surrogate pairs), and words such as {@code null};
   * the first piece is visible, so the text is never blank.
   */
  public static Gen<String> texts() {
    return Generate.pick(FIRST_PIECES).zip(lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 11),
        (first, rest) -> first + String.join("", rest));
  }

  /** Country codes: the EU member states, the United Kingdom, Switzerland, the EEA-only states and a few others. */
  public static Gen<CountryCode> countries() {
    return Generate.pick(COUNTRIES).map(CountryCode::of);
  }

  /** Parties of the given kind, with or without an establishment country. */
  public static Gen<Party> parties(PartyKind kind) {
    return ids().zip(names(), booleans().all(), countries(), (id, name, located, country) -> {
      var b = Party.builder().id(id).name(name).kind(kind);
      if (located) {
        b.establishmentCountry(country);
      }
      return b.build();
    });
  }

  /**
   * Segment, the party on Segment's side of the Addendum (1): half the time the preset
   * {@link Party#segment()}, otherwise a party of kind SEGMENT with another id ({@code seg-...}),
   * a {@link #texts() text} as name and, at times, an establishment country.
   */
  public static Gen<Party> segments() {
    Gen<Party> other = ids().zip(texts(), booleans().all(), countries(), (id, name, located, country) -> {
      var b = Party.builder().id("seg-" + id).name(name).kind(PartyKind.SEGMENT);
      if (located) {
        b.establishmentCountry(country);
      }
      return b.build();
    });
    return Generate.constant(Party.segment()).mix(other);
  }

  /** Parties of any kind. */
  public static Gen<Party> parties() {
    return Generate.enumValues(PartyKind.class).flatMap(ModelGenerators::parties);
  }

  /**
   * Affiliate graphs over organisations {@code o0..o(n-1)} (n from 0 to 7) with random control
   * relations, cycles included.
   */
  public static Gen<AffiliateGraph> affiliateGraphs() {
    Gen<List<Integer>> edges = lists().of(integers().between(0, 48)).ofSizeBetween(0, 12);
    return integers().between(0, 7).zip(edges, Generate.enumValues(ControlMeans.class),
        (n, codes, means) -> graph(n, codes, means));
  }

  private static AffiliateGraph graph(int n, List<Integer> codes, ControlMeans means) {
    List<Organisation> orgs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      orgs.add(Organisation.of("o" + i, "Organisation " + i));
    }
    Set<List<Integer>> pairs = new LinkedHashSet<>();
    List<ControlRelation> relations = new ArrayList<>();
    if (n >= 2) {
      for (int code : codes) {
        int from = code / 7 % n;
        int to = code % 7 % n;
        if (from != to && pairs.add(List.of(from, to))) {
          relations.add(ControlRelation.of("o" + from, "o" + to, means));
        }
      }
    }
    return AffiliateGraph.of(orgs, relations);
  }

  /** Data descriptors whose facts are consistent (no laws for data about nobody). */
  public static Gen<DataDescriptor> dataDescriptors() {
    Gen<Set<DataProtectionLaw>> laws = lists().of(Generate.enumValues(DataProtectionLaw.class))
        .ofSizeBetween(0, 3).map(l -> l.isEmpty() ? EnumSet.noneOf(DataProtectionLaw.class) : EnumSet.copyOf(l));
    return Generate.enumValues(DataOrigin.class).zip(laws, Generate.enumValues(SubjectKind.class),
        booleans().all(), (origin, governing, subject, processed) -> DataDescriptor.builder()
            .origin(origin)
            .governingLaws(subject == SubjectKind.NONE ? Set.of() : governing)
            .subjectKind(subject)
            .processedBySegment(processed)
            .directBusinessRelationshipWithSegment(
                subject == SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE && processed)
            .build())
        .zip(countries(), booleans().all(), (d, country, located) ->
            located ? DataDescriptor.builder().from(d).subjectLocation(country).build() : d);
  }

  /**
   * Agreements: an effective date, an optional expiration 0..2000 days later (the end itself is an
   * event of the timeline) and an optional governing law (3.3): "California, USA" or any
   * {@link #texts() text}.
   */
  public static Gen<Agreement> agreements() {
    return dates().flatMap(effective -> agreementsInForceOn(effective, 0));
  }

  /**
   * Agreements in force on the given day: effective from {@code maxDaysBefore} days before it up
   * to that day (a fifth of the time that day itself), half the time with an expiration (0..2000
   * days after the day, so never before it; a fifth of the time that day itself) and with or without
   * a governing law (3.3).
   *
   * @param day the day the Agreement covers
   * @param maxDaysBefore how many days before {@code day} the Agreement may take effect
   * @return the Agreements
   */
  public static Gen<Agreement> agreementsInForceOn(LocalDate day, int maxDaysBefore) {
    Gen<Optional<String>> laws = Generate.constant(Optional.of("California, USA"))
        .mix(texts().map(Optional::of)).mix(Generate.constant(Optional.<String>empty()));
    Gen<Integer> before = integers().between(0, maxDaysBefore).mix(Generate.constant(0), 20);
    Gen<Optional<Integer>> expiry = integers().between(0, 2000).mix(Generate.constant(0), 20).toOptionals(50);
    return before.zip(expiry, laws,
        (daysBefore, expiryOffset, law) -> {
          var b = Agreement.builder().effectiveDate(day.minusDays(daysBefore));
          expiryOffset.ifPresent(days -> b.expirationDate(day.plusDays(days)));
          law.ifPresent(b::governingLaw);
          return b.build();
        });
  }

  /**
   * Signed Addenda: signature days within 60 days of each other, in either order, and any set of
   * Annexes (both, one or none: which of them apply is decided under 4).
   */
  public static Gen<Addendum> addenda() {
    Gen<Set<Annex>> annexes = lists().of(Generate.enumValues(Annex.class)).ofSizeBetween(0, Annex.values().length)
        .map(l -> l.isEmpty() ? EnumSet.noneOf(Annex.class) : EnumSet.copyOf(l));
    return dates().zip(integers().between(-60, 60), booleans().all(), annexes, (segment, offset, segmentFirst, contained) -> {
      Signature bySegment = Signature.of(PartyKind.SEGMENT, segment);
      Signature byCustomer = Signature.of(PartyKind.CUSTOMER, segment.plusDays(offset));
      return Addendum.builder()
          .addSignature(segmentFirst ? bySegment : byCustomer)
          .addSignature(segmentFirst ? byCustomer : bySegment)
          .addAllAnnexes(contained)
          .build();
    });
  }

  /** Annex facts: any combination. */
  public static Gen<AnnexFacts> annexFacts() {
    return booleans().all().zip(booleans().all(),
        (eu, ccpa) -> AnnexFacts.builder().governedByEuDataProtectionLaw(eu).governedByCcpa(ccpa).build());
  }

  /**
   * Subprocessors declared Third Party or Affiliate (by kind), authorised by the preset Segment,
   * with 0 to 3 functions (6.2), {@link #names() printable} or {@link #texts() needing escaping}.
   */
  public static Gen<Subprocessor> subprocessors() {
    Gen<PartyKind> kinds = Generate.pick(List.of(PartyKind.THIRD_PARTY_SUBPROCESSOR, PartyKind.SEGMENT_AFFILIATE, PartyKind.SUBPROCESSOR));
    return kinds.flatMap(ModelGenerators::parties).zip(lists().of(names().mix(texts())).ofSizeBetween(0, 3),
        lists().of(countries()).ofSizeBetween(0, 3),
        (party, functions, locations) -> Subprocessor.builder().party(party)
            .functions(functions).locations(locations).build());
  }

  /**
   * Sources and Destinations (5.2) with the ids {@code sd-0..sd-(n-1)}, n from 0 to 3, each in
   * either direction.
   */
  public static Gen<List<SourceOrDestination>> sourcesAndDestinations() {
    return lists().of(parties(PartyKind.SOURCE_OR_DESTINATION)
            .zip(Generate.enumValues(SourceOrDestination.Direction.class), SourceOrDestination::of))
        .ofSizeBetween(0, 3)
        .map(l -> {
          List<SourceOrDestination> out = new ArrayList<>();
          for (int i = 0; i < l.size(); i++) {
            SourceOrDestination sd = l.get(i);
            out.add(SourceOrDestination.of(Party.builder().from(sd.getParty()).id("sd-" + i).build(), sd.getDirection()));
          }
          return out;
        });
  }

  /**
   * Valid contract instances: a Customer, Segment ({@link #segments()}: the preset or another
   * party), an Agreement in force when the Addendum takes effect ({@link #agreementsInForceOn},
   * up to two years earlier, with or without an expiration and a governing law), an Addendum with
   * any set of Annexes, up to three Subprocessors with distinct ids ({@code sp-0..}) authorised by
   * Segment (2.10), up to three Sources and Destinations ({@code sd-0..}), and annex facts.
   */
  public static Gen<ContractInstance> contracts() {
    // Built with a placeholder Agreement, replaced below by one in force on the Addendum's day.
    Gen<ContractInstance> drafts = parties(PartyKind.CUSTOMER).zip(segments(), addenda(),
        lists().of(subprocessors()).ofSizeBetween(0, 3), annexFacts(),
        (customer, segment, addendum, subs, facts) -> {
          List<Subprocessor> renamed = new ArrayList<>();
          for (int i = 0; i < subs.size(); i++) {
            Subprocessor s = subs.get(i);
            renamed.add(Subprocessor.builder().from(s)
                .party(Party.builder().from(s.getParty()).id("sp-" + i).build())
                .authorisedBy(segment.getId()).build());
          }
          return ContractInstance.builder()
              .id("c-" + customer.getId())
              .customer(Party.builder().from(customer).id("cust-" + customer.getId()).build())
              .segment(segment)
              .agreement(Agreement.of(addendum.getEffectiveDate()))
              .addendum(addendum)
              .subprocessors(renamed)
              .annexFacts(facts)
              .build();
        });
    return drafts.zip(sourcesAndDestinations(), ContractInstance::withSourcesAndDestinations)
        .flatMap(c -> agreementsInForceOn(c.addendumEffectiveDate(), 730).map(c::withAgreement));
  }
}
