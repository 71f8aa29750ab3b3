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

  /** Agreements: effective date, optional expiration 0..2000 days later (the end itself is an event of the timeline). */
  public static Gen<Agreement> agreements() {
    return dates().zip(integers().between(-1, 2000), (effective, expiryOffset) -> {
      var b = Agreement.builder().effectiveDate(effective).governingLaw("California, USA");
      if (expiryOffset >= 0) {
        b.expirationDate(effective.plusDays(expiryOffset));
      }
      return b.build();
    });
  }

  /** Signed Addenda: signature days within 60 days of each other, both Annexes. */
  public static Gen<Addendum> addenda() {
    return dates().zip(integers().between(-60, 60), booleans().all(), (segment, offset, segmentFirst) ->
        segmentFirst
            ? Addendum.signed(segment, segment.plusDays(offset))
            : Addendum.builder()
                .addSignature(Signature.of(PartyKind.CUSTOMER, segment.plusDays(offset)))
                .addSignature(Signature.of(PartyKind.SEGMENT, segment))
                .addAnnexes(Annex.values())
                .build());
  }

  /** Annex facts: any combination. */
  public static Gen<AnnexFacts> annexFacts() {
    return booleans().all().zip(booleans().all(),
        (eu, ccpa) -> AnnexFacts.builder().governedByEuDataProtectionLaw(eu).governedByCcpa(ccpa).build());
  }

  /** Subprocessors declared Third Party or Affiliate (by kind), authorised by Segment. */
  public static Gen<Subprocessor> subprocessors() {
    Gen<PartyKind> kinds = Generate.pick(List.of(PartyKind.THIRD_PARTY_SUBPROCESSOR, PartyKind.SEGMENT_AFFILIATE, PartyKind.SUBPROCESSOR));
    return kinds.flatMap(ModelGenerators::parties).zip(lists().of(names()).ofSizeBetween(0, 3),
        lists().of(countries()).ofSizeBetween(0, 3),
        (party, functions, locations) -> Subprocessor.builder().party(party)
            .functions(functions).locations(locations).build());
  }

  /**
   * Valid contract instances: a Customer, Segment, an Agreement whose term covers the Addendum's
   * effective date, up to three Subprocessors with distinct ids ({@code sp-0..}), and annex facts.
   */
  public static Gen<ContractInstance> contracts() {
    return parties(PartyKind.CUSTOMER).zip(addenda(), lists().of(subprocessors()).ofSizeBetween(0, 3),
        annexFacts(), (customer, addendum, subs, facts) -> {
          List<Subprocessor> renamed = new ArrayList<>();
          for (int i = 0; i < subs.size(); i++) {
            Subprocessor s = subs.get(i);
            renamed.add(Subprocessor.builder().from(s)
                .party(Party.builder().from(s.getParty()).id("sp-" + i).build()).build());
          }
          LocalDate first = addendum.getEffectiveDate().minusDays(30);
          return ContractInstance.builder()
              .id("c-" + customer.getId())
              .customer(Party.builder().from(customer).id("cust-" + customer.getId()).build())
              .segment(Party.segment())
              .agreement(Agreement.of(first))
              .addendum(addendum)
              .subprocessors(renamed)
              .addSourcesAndDestination(SourceOrDestination.of(
                  Party.of("dest-0", "A Destination", PartyKind.SOURCE_OR_DESTINATION),
                  SourceOrDestination.Direction.DESTINATION))
              .annexFacts(facts)
              .build();
        });
  }
}
