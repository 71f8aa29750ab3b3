package io.github.dpasemantics.policy.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.ControlMeans;
import io.github.dpasemantics.model.party.ControlRelation;
import io.github.dpasemantics.model.party.Organisation;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.fact.AffectedData;
import io.github.dpasemantics.policy.fact.Breach;
import io.github.dpasemantics.policy.fact.Confirmation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the definitions (2): data descriptors, affiliate graphs over a fixed set of ids,
 * parties, security-event facts and readings. Used by the Definitions, Scope, Security and
 * DataSubjects properties.
 */
public final class DefinitionsGenerators {
  /** The organisation ids the generated graphs and parties use; "segment" is Segment. */
  public static final List<String> IDS = List.of("segment", "twilio", "segment-eu", "acme", "aws", "x1", "x2");

  private DefinitionsGenerators() {}

  /** Facts about a security event (2.9), as one tuple. */
  public static final class IncidentFacts {
    /** Confirmed. */
    public final Confirmation confirmed;
    /** An unauthorized or unlawful breach of security. */
    public final Breach breach;
    /** The effects on Personal Data. */
    public final Set<SecurityEffect> effects;
    /** Affects Personal Data being Processed by Segment. */
    public final AffectedData personalData;
    /** The kind of event. */
    public final SecurityEventNature nature;

    IncidentFacts(Confirmation confirmed, Breach breach, Set<SecurityEffect> effects, AffectedData personalData,
        SecurityEventNature nature) {
      this.confirmed = confirmed;
      this.breach = breach;
      this.effects = effects;
      this.personalData = personalData;
      this.nature = nature;
    }

    @Override
    public String toString() {
      return "IncidentFacts[confirmed=" + confirmed + ", breach=" + breach + ", effects=" + effects
          + ", personalData=" + personalData + ", nature=" + nature + "]";
    }
  }

  /** Sets of enum values, each value in or out at random. */
  public static <E extends Enum<E>> Gen<Set<E>> enumSets(Class<E> type) {
    return lists().of(Generate.enumValues(type)).ofSizeBetween(0, type.getEnumConstants().length + 1).map(list -> {
      Set<E> s = EnumSet.noneOf(type);
      s.addAll(list);
      return s;
    });
  }

  /** Security-event facts. */
  public static Gen<IncidentFacts> incidentFacts() {
    return Generate.enumValues(Confirmation.class).zip(Generate.enumValues(Breach.class), enumSets(SecurityEffect.class),
        Generate.enumValues(AffectedData.class), (c, b, e, p) -> new Object[] {c, b, e, p})
        .zip(Generate.enumValues(SecurityEventNature.class), (a, nature) -> {
          @SuppressWarnings("unchecked")
          Set<SecurityEffect> effects = (Set<SecurityEffect>) a[2];
          return new IncidentFacts((Confirmation) a[0], (Breach) a[1], effects, (AffectedData) a[3], nature);
        });
  }

  /**
   * The confirmation event with the facts' breach, effects, data and nature (the facts'
   * {@code confirmed} flag is not part of it: the event records a confirmation).
   */
  public static SecurityEventConfirmed confirmation(IncidentFacts f) {
    return SecurityEventConfirmed.builder().id("e1").date(LocalDate.of(2024, 2, 29)).incidentId("i1")
        .nature(f.nature).effects(f.effects).personalDataProcessedBySegment(f.personalData == AffectedData.PERSONAL_DATA_PROCESSED_BY_SEGMENT)
        .unauthorizedOrUnlawful(f.breach == Breach.BREACH_OF_SECURITY).build();
  }

  /** The two readings of the denial-of-service question. */
  public static Gen<Interpretations> dosReadings() {
    return Generate.pick(List.of(Interpretations.defaults(), Interpretations.of(Interpretation.DOS_NEVER_COUNTS)));
  }

  /** Every choice of readings that differs in one question from the defaults, and the defaults. */
  public static Gen<Interpretations> readings() {
    return Generate.enumValues(Interpretation.class).map(i -> Interpretations.defaults().with(i));
  }

  /** Data descriptors, valid by construction. */
  public static Gen<DataDescriptor> dataDescriptors() {
    return Generate.enumValues(DataOrigin.class).zip(enumSets(DataProtectionLaw.class), Generate.enumValues(SubjectKind.class),
        booleans().all(), (origin, laws, subject, processed) -> new Object[] {origin, laws, subject, processed})
        .zip(booleans().all(), (a, direct) -> {
          SubjectKind subject = (SubjectKind) a[2];
          @SuppressWarnings("unchecked")
          Set<DataProtectionLaw> laws = (Set<DataProtectionLaw>) a[1];
          return DataDescriptor.builder()
              .origin((DataOrigin) a[0])
              .governingLaws(subject == SubjectKind.NONE ? Set.of() : laws)
              .subjectKind(subject)
              .processedBySegment((Boolean) a[3])
              .directBusinessRelationshipWithSegment(direct && subject == SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE)
              .build();
        });
  }

  /** Affiliate graphs over {@link #IDS}, with up to eight relations and no self-control. */
  public static Gen<AffiliateGraph> affiliateGraphs() {
    Gen<List<Integer>> edges = lists().of(integers().between(0, IDS.size() * IDS.size() - 1)).ofSizeBetween(0, 8);
    return edges.zip(Generate.enumValues(ControlMeans.class), (list, means) -> {
      List<Organisation> orgs = new ArrayList<>();
      for (String id : IDS) {
        orgs.add(Organisation.of(id, id.toUpperCase(java.util.Locale.ROOT)));
      }
      List<ControlRelation> rels = new ArrayList<>();
      for (int e : new java.util.TreeSet<>(list)) {
        String from = IDS.get(e / IDS.size());
        String to = IDS.get(e % IDS.size());
        if (!from.equals(to)) {
          rels.add(ControlRelation.of(from, to, means));
        }
      }
      return AffiliateGraph.of(orgs, rels);
    });
  }

  /** Ids from {@link #IDS}. */
  public static Gen<String> ids() {
    return Generate.pick(IDS);
  }

  /** Parties with an id from {@link #IDS} other than "segment", of any kind. */
  public static Gen<Party> parties() {
    return Generate.pick(IDS.subList(1, IDS.size())).zip(Generate.enumValues(PartyKind.class),
        (id, kind) -> Party.of(id, id, kind));
  }
}
