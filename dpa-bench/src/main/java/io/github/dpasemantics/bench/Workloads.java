package io.github.dpasemantics.bench;

import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.event.AgreementTerminated;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.event.DataScope;
import io.github.dpasemantics.model.event.DataSubjectRequestReceived;
import io.github.dpasemantics.model.event.DataSubjectRight;
import io.github.dpasemantics.model.event.DeletionCompleted;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.GoodFaithDiscussionFailed;
import io.github.dpasemantics.model.event.IncidentNotified;
import io.github.dpasemantics.model.event.InvestigationDelayEnded;
import io.github.dpasemantics.model.event.InvestigationDelayStarted;
import io.github.dpasemantics.model.event.NoticeChannel;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.event.ObjectionMade;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.model.event.SubprocessorEngaged;
import io.github.dpasemantics.model.event.SubprocessorFirstProcessing;
import io.github.dpasemantics.model.event.SubprocessorNoticeGiven;
import io.github.dpasemantics.model.event.WrittenResponseProvided;
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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * Contracts and event streams for the validation and monitor benchmarks: a fully populated
 * contract instance, and fleets of contracts whose timelines are coherent stories (engagements
 * with notices, objections and first processing; incidents with delays and notifications; audits
 * with answers; data subject requests; termination, deletion request and deletion), generated
 * deterministically from a seed and interleaved across contracts in date order, the way a stream
 * of events from many customers arrives.
 */
public final class Workloads {
  /** The Addendum's effective date in every generated contract. */
  public static final LocalDate EFFECTIVE = LocalDate.of(2020, 3, 5);

  private Workloads() {}

  /**
   * A contract with every part filled in: Customer with its establishment, an Agreement with an
   * expiration date, the signed Addendum, an affiliate graph, five Subprocessors (one an Affiliate
   * of Segment), three Sources and Destinations, and Annex A and B applying.
   *
   * @param id the contract id
   * @return the contract
   */
  public static ContractInstance fullContract(String id) {
    AffiliateGraph graph = AffiliateGraph.builder()
        .addOrganisations(Organisation.of("twilio", "Twilio Inc."), Organisation.of(Party.SEGMENT_ID, "Segment.io, Inc."),
            Organisation.of("segment-eu", "Segment EU Ltd"))
        .addRelations(ControlRelation.of("twilio", Party.SEGMENT_ID, ControlMeans.VOTING_SECURITIES),
            ControlRelation.of("twilio", "segment-eu", ControlMeans.VOTING_SECURITIES))
        .build();
    return ContractInstance.builder()
        .id(id)
        .customer(Party.of("acme", "Acme GmbH", PartyKind.CUSTOMER, CountryCode.of("DE")))
        .segment(Party.segment())
        .agreement(Agreement.builder().effectiveDate(LocalDate.of(2020, 1, 1)).expirationDate(LocalDate.of(2026, 12, 31))
            .build())
        .addendum(Addendum.signed(LocalDate.of(2020, 3, 2), EFFECTIVE))
        .affiliateGraph(graph)
        .addSubprocessors(
            Subprocessor.builder().party(Party.of("aws", "Amazon Web Services", PartyKind.THIRD_PARTY_SUBPROCESSOR,
                CountryCode.UNITED_STATES)).addFunctions("cloud hosting").addLocations(CountryCode.UNITED_STATES).build(),
            Subprocessor.builder().party(Party.of("gcp", "Google Cloud", PartyKind.THIRD_PARTY_SUBPROCESSOR,
                CountryCode.UNITED_STATES)).addFunctions("cloud hosting", "analytics").build(),
            Subprocessor.builder().party(Party.of("sendgrid", "SendGrid", PartyKind.THIRD_PARTY_SUBPROCESSOR,
                CountryCode.UNITED_STATES)).addFunctions("email delivery").addLocations(CountryCode.UNITED_STATES).build(),
            Subprocessor.builder().party(Party.of("zendesk", "Zendesk", PartyKind.THIRD_PARTY_SUBPROCESSOR,
                CountryCode.of("IE"))).addFunctions("customer support").addLocations(CountryCode.of("IE")).build(),
            Subprocessor.builder().party(Party.of("segment-eu", "Segment EU Ltd", PartyKind.SEGMENT_AFFILIATE,
                CountryCode.of("IE"))).addFunctions("support").build())
        .addSourcesAndDestinations(
            SourceOrDestination.of(Party.of("web-sdk", "Website", PartyKind.SOURCE_OR_DESTINATION),
                SourceOrDestination.Direction.SOURCE),
            SourceOrDestination.of(Party.of("warehouse", "Data warehouse", PartyKind.SOURCE_OR_DESTINATION),
                SourceOrDestination.Direction.DESTINATION),
            SourceOrDestination.of(Party.of("crm", "CRM", PartyKind.SOURCE_OR_DESTINATION),
                SourceOrDestination.Direction.SOURCE_AND_DESTINATION))
        .annexFacts(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW, DataProtectionLaw.CCPA))
        .build();
  }

  /**
   * A plain contract for the monitor: Segment preset terms, default readings, Annex A applying.
   *
   * @param id the contract id
   * @return the contract
   */
  public static ContractInstance monitoredContract(String id) {
    return ContractInstance.builder()
        .id(id)
        .customer(Party.of("cust-" + id, "Customer " + id, PartyKind.CUSTOMER))
        .segment(Party.segment())
        .agreement(Agreement.of(LocalDate.of(2020, 1, 1)))
        .addendum(Addendum.signed(LocalDate.of(2020, 3, 2), EFFECTIVE))
        .annexFacts(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW))
        .build();
  }

  /** A fleet's contracts and their events, interleaved in date order as a stream would deliver them. */
  public static final class Fleet {
    private final ContractInstance[] contracts;
    private final String[] contractOf;
    private final DpaEvent[] events;
    private final LocalDate lastDate;

    Fleet(ContractInstance[] contracts, String[] contractOf, DpaEvent[] events, LocalDate lastDate) {
      this.contracts = contracts;
      this.contractOf = contractOf;
      this.events = events;
      this.lastDate = lastDate;
    }

    /** Returns the contracts. @return the contracts */
    public ContractInstance[] contracts() {
      return contracts;
    }

    /** Returns, for each event, the id of its contract. @return the ids */
    public String[] contractOf() {
      return contractOf;
    }

    /** Returns the events, in stream order. @return the events */
    public DpaEvent[] events() {
      return events;
    }

    /** Returns the date of the last event. @return the date */
    public LocalDate lastDate() {
      return lastDate;
    }
  }

  /**
   * Returns {@code contracts} contracts with {@code events} events in all (spread evenly), from a
   * seed. Each contract's events are in its timeline order; across contracts they are merged by date.
   *
   * @param events the number of events in all
   * @param contracts the number of contracts
   * @param seed the seed
   * @return the fleet
   */
  public static Fleet fleet(int events, int contracts, long seed) {
    if (contracts < 1 || events < contracts) {
      throw new IllegalArgumentException("Workloads.fleet: events = " + events + ", contracts = " + contracts
          + ": need at least one contract and one event per contract");
    }
    Random r = new Random(seed);
    ContractInstance[] cs = new ContractInstance[contracts];
    List<Tagged> all = new ArrayList<>(events);
    for (int c = 0; c < contracts; c++) {
      String id = String.format("c%06d", c);
      cs[c] = monitoredContract(id);
      int n = events / contracts + (c < events % contracts ? 1 : 0);
      for (DpaEvent e : story(id, n, r)) {
        all.add(new Tagged(id, c, e));
      }
    }
    // stable merge by date: each contract keeps its own timeline order
    all.sort(Comparator.comparing((Tagged t) -> t.event.getDate()).thenComparingInt(t -> t.contract));
    String[] of = new String[all.size()];
    DpaEvent[] es = new DpaEvent[all.size()];
    for (int i = 0; i < es.length; i++) {
      of[i] = all.get(i).contractId;
      es[i] = all.get(i).event;
    }
    return new Fleet(cs, of, es, es[es.length - 1].getDate());
  }

  private record Tagged(String contractId, int contract, DpaEvent event) {}

  /**
   * One contract's coherent timeline of exactly {@code n} events, in timeline order.
   *
   * @param contractId the contract id (a prefix of every event id)
   * @param n the number of events
   * @param r the random source
   * @return the events, sorted by {@link DpaEvent#TIMELINE_ORDER}
   */
  public static List<DpaEvent> story(String contractId, int n, Random r) {
    List<DpaEvent> out = new ArrayList<>(n + 8);
    LocalDate d = EFFECTIVE.plusDays(r.nextInt(30));
    int k = 0;
    int episode = 0;
    // the last three events of a long enough story end the Agreement and delete the data
    int body = n >= 20 ? n - 3 : n;
    while (out.size() < body) {
      String p = contractId + "-e" + k;
      String m = contractId + "-m" + episode++;
      switch (r.nextInt(4)) {
        case 0: // 6.3: engagement, notice, maybe an objection, first processing
          out.add(SubprocessorEngaged.builder().id(p + "a").date(d).subprocessorId(m)
              .subprocessorKind(PartyKind.THIRD_PARTY_SUBPROCESSOR).build());
          out.add(SubprocessorNoticeGiven.builder().id(p + "b").date(d.plusDays(1)).subprocessorId(m)
              .channel(NoticeChannel.WORKSPACE_MESSAGE).build());
          if (r.nextInt(3) == 0) {
            out.add(ObjectionMade.builder().id(p + "c").date(d.plusDays(1 + r.nextInt(7))).subprocessorId(m).written(true)
                .grounds(ObjectionGrounds.REASONABLE_DATA_PROTECTION).build());
            if (r.nextBoolean()) {
              out.add(GoodFaithDiscussionFailed.builder().id(p + "d").date(d.plusDays(20)).subprocessorId(m)
                  .actor(PartyKind.CUSTOMER).build());
            }
          }
          out.add(SubprocessorFirstProcessing.builder().id(p + "e").date(d.plusDays(8 + r.nextInt(8))).subprocessorId(m)
              .build());
          break;
        case 1: // 2.9, 7.3: a confirmed incident, maybe an investigation delay, the notification
          out.add(SecurityEventConfirmed.builder().id(p + "a").date(d).incidentId(m)
              .nature(SecurityEventNature.UNAUTHORIZED_ACCESS).effects(EnumSet.of(SecurityEffect.UNAUTHORIZED_ACCESS))
              .personalDataProcessedBySegment(true).unauthorizedOrUnlawful(true).build());
          if (r.nextBoolean()) {
            out.add(InvestigationDelayStarted.builder().id(p + "b").date(d).incidentId(m).build());
            out.add(InvestigationDelayEnded.builder().id(p + "c").date(d.plusDays(2)).incidentId(m).build());
          }
          out.add(IncidentNotified.builder().id(p + "d").date(d.plusDays(1 + r.nextInt(4))).incidentId(m)
              .detailsDescribed(true).mitigationDescribed(true).recommendationsDescribed(true).build());
          break;
        case 2: // A.2.2: an audit request and Segment's written response
          out.add(AuditRequested.builder().id(p + "a").date(d).auditId(m).build());
          out.add(WrittenResponseProvided.builder().id(p + "b").date(d.plusDays(10 + r.nextInt(20))).auditId(m).build());
          break;
        default: // 8: a data subject request Segment receives
          out.add(DataSubjectRequestReceived.builder().id(p + "a").date(d).requestId(m).actor(PartyKind.SEGMENT)
              .right(DataSubjectRight.ACCESS).dataCategory(DataCategory.CUSTOMER_PERSONAL_DATA).build());
          break;
      }
      k++;
      d = d.plusDays(1 + r.nextInt(6));
    }
    while (out.size() > body) {
      out.remove(out.size() - 1);
    }
    if (n >= 20) { // 9.1: the Agreement ends, Customer asks for deletion, Segment deletes in time
      LocalDate end = latest(out).plusDays(30);
      out.add(AgreementTerminated.builder().id(contractId + "-end").date(end).actor(PartyKind.CUSTOMER).build());
      out.add(DeletionRequested.builder().id(contractId + "-del").date(end.plusDays(1)).build());
      out.add(DeletionCompleted.builder().id(contractId + "-gone").date(end.plusDays(20)).scope(DataScope.ALL).build());
    }
    out.sort(DpaEvent.TIMELINE_ORDER);
    return out;
  }

  private static LocalDate latest(List<DpaEvent> events) {
    LocalDate max = EFFECTIVE;
    for (DpaEvent e : events) {
      if (e.getDate().isAfter(max)) {
        max = e.getDate();
      }
    }
    return max;
  }
}
