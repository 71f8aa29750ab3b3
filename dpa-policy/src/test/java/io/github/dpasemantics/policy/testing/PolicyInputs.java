package io.github.dpasemantics.policy.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.NoticeChannel;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.ObjectionMade;
import io.github.dpasemantics.model.event.ReportKind;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.SubprocessorEngaged;
import io.github.dpasemantics.model.event.SubprocessorFirstProcessing;
import io.github.dpasemantics.model.event.SubprocessorNoticeGiven;
import io.github.dpasemantics.model.event.ThirdPartyReportIssued;
import io.github.dpasemantics.model.event.TransferMade;
import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.SourceOrDestination;
import io.github.dpasemantics.model.party.Subprocessor;
import io.github.dpasemantics.policy.LegalFacts;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Arguments for any policy method of the catalogue, by parameter type: the generators of the other
 * testing classes where they exist, and small ones for the rest. Used by the policy-citation check,
 * which runs every policy over generated inputs.
 */
public final class PolicyInputs {
  private static final LocalDate BASE = LocalDate.of(2020, 1, 1);

  private PolicyInputs() {}

  /**
   * Returns a generator of argument arrays for the method.
   *
   * @param m the policy method
   * @return the arguments
   * @throws IllegalArgumentException naming the method and type if a parameter type has no generator
   */
  public static Gen<Object[]> arguments(Method m) {
    Gen<List<Object>> acc = Generate.constant(List.of());
    for (Type t : m.getGenericParameterTypes()) {
      Gen<Object> g = forType(t, m);
      acc = acc.zip(g, (l, v) -> {
        List<Object> n = new ArrayList<>(l);
        n.add(v);
        return n;
      });
    }
    return acc.map(l -> l.toArray());
  }

  /** Days close together (so before/after/equal all occur) mixed with days around the dated facts. */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 40).map(BASE::plusDays).mix(TransferGenerators.boundaryDays());
  }

  /** The defaults, or the defaults with one reading changed, or every non-default reading a question allows at once. */
  public static Gen<Interpretations> readings() {
    return Generate.enumValues(Interpretation.class).map(i -> Interpretations.defaults().with(i));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Gen<Object> forType(Type t, Method m) {
    if (t instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) t;
      Type arg = p.getActualTypeArguments()[0];
      if (arg instanceof WildcardType && ((WildcardType) arg).getUpperBounds()[0] == DpaEvent.class) {
        return lists().of(DeletionGenerators.timelineEvents()).ofSizeBetween(0, 4).map(l -> (Object) List.copyOf(l));
      }
      if (p.getRawType() == Optional.class && arg == LocalDate.class) {
        return DeletionGenerators.agreementEnds().map(o -> (Object) o);
      }
      if (p.getRawType() == List.class && arg == LocalDate.class) {
        return lists().of(dates()).ofSizeBetween(0, 3).map(l -> (Object) List.copyOf(l));
      }
      if (p.getRawType() == List.class && arg instanceof Class && objects((Class<?>) arg) != null) {
        Gen<?> item = objects((Class<?>) arg);
        return lists().of(item).ofSizeBetween(0, 3).map(l -> (Object) List.copyOf(l));
      }
      if (p.getRawType() == Set.class && arg == CountryCode.class) {
        return lists().of(TransferGenerators.countries()).ofSizeBetween(0, 3).map(l -> (Object) Set.copyOf(new HashSet<>(l)));
      }
      if (p.getRawType() == Set.class && arg instanceof Class && ((Class<?>) arg).isEnum()) {
        return DefinitionsGenerators.enumSets((Class) arg).map(s -> (Object) s);
      }
    } else if (t instanceof Class) {
      Class<?> c = (Class<?>) t;
      if (c == boolean.class) {
        return booleans().all().map(b -> (Object) b);
      }
      if (c == int.class) {
        return integers().between(1, 99).map(i -> (Object) i);
      }
      if (c.isEnum()) {
        return Generate.enumValues((Class) c).map(e -> (Object) e);
      }
      Gen<?> g = objects(c);
      if (g != null) {
        return g.map(o -> (Object) o);
      }
    }
    throw new IllegalArgumentException("PolicyInputs: no generator for parameter type " + t.getTypeName() + " of " + m);
  }

  private static Gen<?> objects(Class<?> c) {
    if (c == LocalDate.class) {
      return dates();
    }
    if (c == Instant.class) {
      return dates().zip(integers().between(0, 23), (d, h) -> d.atTime(h, 0).toInstant(ZoneOffset.UTC));
    }
    if (c == ContractInstance.class) {
      // an open-ended Agreement, so that any Addendum of ScopeGenerators forms part of it (3.1)
      return ScopeGenerators.addenda().zip(ScopeGenerators.annexFacts(),
          (ad, f) -> ContractInstance.builder().id("c").customer(Party.of("acme", "Acme", PartyKind.CUSTOMER))
              .segment(Party.segment()).agreement(Agreement.of(LocalDate.of(2015, 1, 1))).addendum(ad).annexFacts(f).build());
    }
    if (c == Subprocessor.class) {
      List<String> notSegment = DefinitionsGenerators.IDS.subList(1, DefinitionsGenerators.IDS.size());
      return Generate.pick(notSegment).zip(Generate.pick(List.copyOf(Subprocessor.ALLOWED_KINDS)),
          (id, kind) -> Subprocessor.of(Party.of(id, id, kind)));
    }
    if (c == AuditRequested.class) {
      return dates().map(d -> AuditRequested.builder().id("a-" + d).date(d).auditId("audit-" + d).build());
    }
    if (c == DeletionRequested.class) {
      return dates().map(d -> DeletionRequested.builder().id("r-" + d).date(d).build());
    }
    if (c == SubprocessorNoticeGiven.class) {
      return dates().zip(Generate.enumValues(NoticeChannel.class),
          (d, ch) -> SubprocessorNoticeGiven.builder().id("n-" + d).date(d).subprocessorId("aws").channel(ch).build());
    }
    if (c == SubprocessorFirstProcessing.class) {
      return dates().map(d -> SubprocessorFirstProcessing.builder().id("f").date(d).subprocessorId("aws").build());
    }
    if (c == SubprocessorEngaged.class) {
      return dates().zip(Generate.pick(List.of(PartyKind.THIRD_PARTY_SUBPROCESSOR, PartyKind.SEGMENT_AFFILIATE)),
          (d, kind) -> SubprocessorEngaged.builder().id("e").date(d).subprocessorId("aws").subprocessorKind(kind).build());
    }
    if (c == ObjectionMade.class) {
      return dates().zip(booleans().all(), Generate.enumValues(ObjectionGrounds.class),
          (d, written, grounds) -> ObjectionMade.builder().id("o").date(d).subprocessorId("aws").written(written).grounds(grounds).build());
    }
    if (c == ThirdPartyReportIssued.class) {
      return dates().zip(Generate.enumValues(ReportKind.class),
          (d, kind) -> ThirdPartyReportIssued.builder().id("t").date(d).reportId("report").reportKind(kind).build());
    }
    if (c == SecurityEventConfirmed.class) {
      return DefinitionsGenerators.incidentFacts().map(DefinitionsGenerators::confirmation);
    }
    if (c == String.class) {
      return DefinitionsGenerators.ids();
    }
    if (c == Interpretations.class) {
      return readings();
    }
    if (c == DpaTerms.class) {
      return SubprocessingGenerators.terms().mix(Generate.constant(DpaTerms.segment()));
    }
    if (c == DataDescriptor.class) {
      return DefinitionsGenerators.dataDescriptors();
    }
    if (c == AffiliateGraph.class) {
      return DefinitionsGenerators.affiliateGraphs();
    }
    if (c == Party.class) {
      return DefinitionsGenerators.parties();
    }
    if (c == CountryCode.class) {
      return TransferGenerators.countries();
    }
    if (c == LegalFacts.class) {
      return Generate.constant(LegalFacts.current());
    }
    if (c == Agreement.class) {
      return ScopeGenerators.agreements();
    }
    if (c == Addendum.class) {
      return ScopeGenerators.addenda();
    }
    if (c == AnnexFacts.class) {
      return ScopeGenerators.annexFacts();
    }
    if (c == SourceOrDestination.class) {
      return DefinitionsGenerators.ids().zip(Generate.enumValues(SourceOrDestination.Direction.class), booleans().all(),
          (id, dir, directed) -> SourceOrDestination.builder().party(Party.of(id, id, PartyKind.SOURCE_OR_DESTINATION))
              .direction(dir).directedByCustomer(directed).build());
    }
    if (c == TransferMade.class) {
      return TransferGenerators.countries().zip(TransferGenerators.countries(), booleans().all(), booleans().all(),
          (from, to, certified, other) -> new Object[] {from, to, certified, other})
          .map(a -> a[0].equals(a[1]) && a[0].equals(CountryCode.of("US")) ? new Object[] {CountryCode.of("DE"), a[1], a[2], a[3]} : a)
          .zip(TransferGenerators.boundaryDays(), (a, day) -> TransferMade.builder().id("e").transferId("t").date(day)
              .exporterCountry((CountryCode) a[0])
              .destinationCountry(a[0].equals(a[1]) ? CountryCode.of("US") : (CountryCode) a[1])
              .importerDpfCertified((Boolean) a[2]).alternativeBasis((Boolean) a[3]).build());
    }
    return null;
  }
}
