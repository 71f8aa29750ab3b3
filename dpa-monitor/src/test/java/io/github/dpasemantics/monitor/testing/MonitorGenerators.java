package io.github.dpasemantics.monitor.testing;

import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.DataCategory;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.event.AgreementTerminated;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.event.DataSubjectRequestReceived;
import io.github.dpasemantics.model.event.DataSubjectRight;
import io.github.dpasemantics.model.event.DeletionCompleted;
import io.github.dpasemantics.model.event.DataScope;
import io.github.dpasemantics.model.event.DeletionRequested;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.GoodFaithDiscussionFailed;
import io.github.dpasemantics.model.event.IncidentNotified;
import io.github.dpasemantics.model.event.LegalRetentionDeclared;
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
import io.github.dpasemantics.model.event.NotificationDelayRequested;
import io.github.dpasemantics.model.event.InvestigationDelayStarted;
import io.github.dpasemantics.model.event.InvestigationDelayEnded;
import io.github.dpasemantics.model.event.CustomerNotifiedOfLegalRequirement;
import io.github.dpasemantics.model.event.DataSubjectRequestRouted;
import io.github.dpasemantics.model.event.GoodFaithDiscussionResolved;
import io.github.dpasemantics.model.event.LawProhibitsNotice;
import io.github.dpasemantics.model.event.LawRequiresOtherProcessing;
import io.github.dpasemantics.model.event.NonComplianceDiscovered;
import io.github.dpasemantics.model.event.NonComplianceNotified;
import io.github.dpasemantics.model.event.ProhibitedNotice;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Contracts, events and coherent timelines for the obligation monitor's tests: events name their
 * matters from small pools (three Subprocessors, two incidents, two audits), so notices meet
 * objections and incidents meet their notifications often enough to exercise every path.
 */
public final class MonitorGenerators {
  /** The Addendum's effective date in every generated contract (the later signature). */
  public static final LocalDate EFFECTIVE = LocalDate.of(2020, 3, 5);

  private static final String[] SUBPROCESSORS = {"acme-cloud", "beta-cdn", "gamma-mail"};
  private static final String[] INCIDENTS = {"inc-1", "inc-2"};
  private static final String[] AUDITS = {"audit-1", "audit-2"};

  private MonitorGenerators() {}

  /** The seed contract: Segment preset terms, default readings, Annex A applies, no end date. */
  public static ContractInstance contract() {
    return contract(DpaTerms.segment(), Interpretations.defaults());
  }

  /** A contract with the given terms and readings, Annex A applying. */
  public static ContractInstance contract(DpaTerms terms, Interpretations readings) {
    return ContractInstance.builder()
        .id("acme-2020")
        .customer(Party.of("acme", "Acme GmbH", PartyKind.CUSTOMER))
        .segment(Party.segment())
        .agreement(Agreement.of(LocalDate.of(2020, 1, 1)))
        .addendum(Addendum.signed(LocalDate.of(2020, 3, 2), EFFECTIVE))
        .annexFacts(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW))
        .terms(terms)
        .interpretations(readings)
        .build();
  }

  /** A contract whose Agreement has a scheduled expiration. */
  public static ContractInstance contractExpiring(LocalDate expiration) {
    return ContractInstance.builder().from(contract())
        .agreement(Agreement.builder().effectiveDate(LocalDate.of(2020, 1, 1)).expirationDate(expiration).build())
        .build();
  }

  // ---------------------------------------------------------------- event factories

  /** Segment engages a new Third Party Subprocessor. */
  public static SubprocessorEngaged engaged(String id, LocalDate date, String subprocessor) {
    return SubprocessorEngaged.builder().id(id).date(date).subprocessorId(subprocessor)
        .subprocessorKind(PartyKind.THIRD_PARTY_SUBPROCESSOR).build();
  }

  /** Segment engages a new Third Party Subprocessor on an expedited basis to protect availability. */
  public static SubprocessorEngaged engagedExpedited(String id, LocalDate date, String subprocessor) {
    return SubprocessorEngaged.builder().id(id).date(date).subprocessorId(subprocessor)
        .subprocessorKind(PartyKind.THIRD_PARTY_SUBPROCESSOR).expedited(true)
        .expeditedReason(io.github.dpasemantics.model.event.ExpeditedReason.PROTECT_AVAILABILITY).build();
  }

  /** Segment engages an Affiliate. */
  public static SubprocessorEngaged engagedAffiliate(String id, LocalDate date, String subprocessor) {
    return SubprocessorEngaged.builder().id(id).date(date).subprocessorId(subprocessor)
        .subprocessorKind(PartyKind.SEGMENT_AFFILIATE).build();
  }

  /** Notice by Workspace message. */
  public static SubprocessorNoticeGiven notice(String id, LocalDate date, String subprocessor) {
    return notice(id, date, subprocessor, NoticeChannel.WORKSPACE_MESSAGE);
  }

  /** Notice on a channel. */
  public static SubprocessorNoticeGiven notice(String id, LocalDate date, String subprocessor, NoticeChannel channel) {
    return SubprocessorNoticeGiven.builder().id(id).date(date).subprocessorId(subprocessor).channel(channel).build();
  }

  /** First processing by the Subprocessor. */
  public static SubprocessorFirstProcessing firstProcessing(String id, LocalDate date, String subprocessor) {
    return SubprocessorFirstProcessing.builder().id(id).date(date).subprocessorId(subprocessor).build();
  }

  /** A written objection on reasonable data protection grounds. */
  public static ObjectionMade objection(String id, LocalDate date, String subprocessor) {
    return ObjectionMade.builder().id(id).date(date).subprocessorId(subprocessor).written(true)
        .grounds(ObjectionGrounds.REASONABLE_DATA_PROTECTION).build();
  }

  /** The parties could not agree a resolution. */
  public static GoodFaithDiscussionFailed failed(String id, LocalDate date, String subprocessor) {
    return GoodFaithDiscussionFailed.builder().id(id).date(date).subprocessorId(subprocessor).actor(PartyKind.CUSTOMER).build();
  }

  /** The Agreement terminated. */
  public static AgreementTerminated terminated(String id, LocalDate date) {
    return AgreementTerminated.builder().id(id).date(date).actor(PartyKind.CUSTOMER).build();
  }

  /** Customer requests deletion. */
  public static DeletionRequested deletionRequested(String id, LocalDate date) {
    return DeletionRequested.builder().id(id).date(date).build();
  }

  /** Segment deletes all Customer Personal Data. */
  public static DeletionCompleted deleted(String id, LocalDate date) {
    return DeletionCompleted.builder().id(id).date(date).scope(DataScope.ALL).build();
  }

  /** Segment declares that law requires retaining all data. */
  public static LegalRetentionDeclared retention(String id, LocalDate date, DataScope scope) {
    return LegalRetentionDeclared.builder().id(id).date(date).scope(scope).legalBasis("tax law").build();
  }

  /** A confirmed unauthorised access to Personal Data processed by Segment. */
  public static SecurityEventConfirmed breach(String id, LocalDate date, String incident) {
    return SecurityEventConfirmed.builder().id(id).date(date).incidentId(incident)
        .nature(SecurityEventNature.UNAUTHORIZED_ACCESS).effects(EnumSet.of(SecurityEffect.UNAUTHORIZED_ACCESS))
        .personalDataProcessedBySegment(true).unauthorizedOrUnlawful(true).build();
  }

  /** A confirmed port scan that compromised nothing. */
  public static SecurityEventConfirmed portScan(String id, LocalDate date, String incident) {
    return SecurityEventConfirmed.builder().id(id).date(date).incidentId(incident)
        .nature(SecurityEventNature.PORT_SCAN).personalDataProcessedBySegment(true).unauthorizedOrUnlawful(true).build();
  }

  /** Law enforcement asks for a delay. */
  public static NotificationDelayRequested lawEnforcementDelay(String id, LocalDate date, String incident,
      java.util.Optional<LocalDate> until) {
    return NotificationDelayRequested.builder().id(id).date(date).incidentId(incident).until(until).build();
  }

  /** Segment starts an investigation delay. */
  public static InvestigationDelayStarted investigating(String id, LocalDate date, String incident) {
    return InvestigationDelayStarted.builder().id(id).date(date).incidentId(incident).build();
  }

  /** Segment ends an investigation delay. */
  public static InvestigationDelayEnded investigated(String id, LocalDate date, String incident) {
    return InvestigationDelayEnded.builder().id(id).date(date).incidentId(incident).build();
  }

  /** The law prohibits Segment from notifying Customer of an incident (7.3). */
  public static LawProhibitsNotice prohibited(String id, LocalDate date, String incident, java.util.Optional<LocalDate> until) {
    return LawProhibitsNotice.builder().id(id).date(date).notice(ProhibitedNotice.INCIDENT_NOTICE).reference(incident)
        .actor(PartyKind.SEGMENT).until(until).build();
  }

  /** An auditor's finding of non-compliance, discovered by Customer (A.2.2.4). */
  public static NonComplianceDiscovered nonCompliance(String id, LocalDate date, String audit) {
    return NonComplianceDiscovered.builder().id(id).date(date).auditId(audit).actor(PartyKind.CUSTOMER).build();
  }

  /** Segment signs a written agreement with a Subprocessor imposing substantially similar obligations (6.1.1). */
  public static io.github.dpasemantics.model.event.SubprocessorAgreementSigned agreementSigned(String id, LocalDate date,
      String subprocessor) {
    return io.github.dpasemantics.model.event.SubprocessorAgreementSigned.builder().id(id).date(date).subprocessorId(subprocessor)
        .substantiallySimilar(true).build();
  }

  /** A transfer of Customer Personal Data (A.4) from an exporter's country to a destination. */
  public static io.github.dpasemantics.model.event.TransferMade transfer(String id, LocalDate date, String exporter,
      String destination, boolean importerDpfCertified) {
    return transfer(id, "tr-" + id, date, exporter, destination, importerDpfCertified);
  }

  /** A record of the transfer {@code transferId} (A.4): a later record of the same transfer states its facts from then on. */
  public static io.github.dpasemantics.model.event.TransferMade transfer(String id, String transferId, LocalDate date,
      String exporter, String destination, boolean importerDpfCertified) {
    return io.github.dpasemantics.model.event.TransferMade.builder().id(id).date(date).transferId(transferId)
        .exporterCountry(io.github.dpasemantics.model.data.CountryCode.of(exporter))
        .destinationCountry(io.github.dpasemantics.model.data.CountryCode.of(destination))
        .importerDpfCertified(importerDpfCertified).build();
  }

  /** Customer notifies Segment of non-compliance discovered during an audit (A.2.2.4). */
  public static io.github.dpasemantics.model.event.NonComplianceNotified nonComplianceNotified(String id, LocalDate date,
      String audit) {
    return io.github.dpasemantics.model.event.NonComplianceNotified.builder().id(id).date(date).auditId(audit)
        .actor(PartyKind.CUSTOMER).build();
  }

  /** A supervisory authority prohibits notifying the findings of an audit (A.2.2.4). */
  public static LawProhibitsNotice findingsProhibited(String id, LocalDate date, String audit,
      java.util.Optional<LocalDate> until) {
    return LawProhibitsNotice.builder().id(id).date(date).notice(ProhibitedNotice.AUDIT_FINDINGS).reference(audit)
        .actor(PartyKind.SUPERVISORY_AUTHORITY).until(until).build();
  }

  /** Segment notifies Customer of an incident. */
  public static IncidentNotified notified(String id, LocalDate date, String incident) {
    return IncidentNotified.builder().id(id).date(date).incidentId(incident).detailsDescribed(true)
        .mitigationDescribed(true).recommendationsDescribed(true).build();
  }

  /** Customer requests an audit. */
  public static AuditRequested audit(String id, LocalDate date, String audit) {
    return AuditRequested.builder().id(id).date(date).auditId(audit).build();
  }

  /** Segment answers an audit in writing. */
  public static WrittenResponseProvided answered(String id, LocalDate date, String audit) {
    return WrittenResponseProvided.builder().id(id).date(date).auditId(audit).build();
  }

  /** Segment receives a Data Subject's request about Customer Personal Data. */
  public static DataSubjectRequestReceived subjectRequest(String id, LocalDate date, String request) {
    return DataSubjectRequestReceived.builder().id(id).date(date).requestId(request).actor(PartyKind.SEGMENT)
        .right(DataSubjectRight.ACCESS).dataCategory(DataCategory.CUSTOMER_PERSONAL_DATA).build();
  }

  // ---------------------------------------------------------------- generators

  /** Seeds for timelines. */
  public static Gen<Long> seeds() {
    return SourceDSL.longs().all();
  }

  /**
   * {@code events} cut into consecutive batches at places drawn from {@code seed}: each batch
   * non-empty, their concatenation {@code events} in its order (from a single batch of all to one
   * batch per event).
   */
  public static List<List<DpaEvent>> batches(List<DpaEvent> events, long seed) {
    Random r = new Random(seed);
    int longest = 1 + r.nextInt(Math.max(1, events.size()));
    List<List<DpaEvent>> out = new ArrayList<>();
    for (int from = 0; from < events.size();) {
      int to = Math.min(events.size(), from + 1 + r.nextInt(longest));
      out.add(List.copyOf(events.subList(from, to)));
      from = to;
    }
    return out;
  }

  /** A coherent timeline of up to {@code max} events from a seed, in random arrival order. */
  public static List<DpaEvent> timeline(long seed, int max) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(max);
    List<DpaEvent> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(event("e" + i, r));
    }
    Collections.shuffle(out, r);
    return out;
  }

  /**
   * A coherent story of about {@code max} events from a seed, in timeline order: episodes about
   * matters that each have their own id (Subprocessors engaged, noticed on one or two channels,
   * objected to, discussed, processing early or late; incidents with delays and prohibitions,
   * notified in time, late or never; audits answered in time, late or never; data subject
   * requests routed (by Segment, now and then by Customer) or not; legal requirements and
   * non-compliance findings, some prohibited from
   * notice the same day), and perhaps the end of the Agreement with deletion.
   */
  public static List<DpaEvent> story(long seed, int max) {
    Random r = new Random(seed);
    int target = 1 + r.nextInt(max);
    List<DpaEvent> out = new ArrayList<>();
    LocalDate d = EFFECTIVE.plusDays(r.nextInt(20));
    int k = 0;
    while (out.size() < target) {
      String p = "s" + k + "-";
      String m = "m" + k;
      switch (r.nextInt(7)) {
        case 0: { // 6.3
          out.add(r.nextInt(4) == 0 ? engagedExpedited(p + "a", d, m) : engaged(p + "a", d, m));
          LocalDate n = d.plusDays(r.nextInt(4));
          out.add(notice(p + "b", n, m, NoticeChannel.WORKSPACE_MESSAGE));
          if (r.nextBoolean()) {
            out.add(notice(p + "c", n.plusDays(r.nextInt(3)), m, NoticeChannel.SUBPROCESSOR_PAGE_UPDATE));
          }
          if (r.nextInt(3) == 0) {
            out.add(objection(p + "d", n.plusDays(r.nextInt(8)), m));
            int end = r.nextInt(3);
            if (end == 0) {
              out.add(failed(p + "e", n.plusDays(12), m));
            } else if (end == 1) {
              out.add(GoodFaithDiscussionResolved.builder().id(p + "f").date(n.plusDays(12)).subprocessorId(m)
                  .actor(PartyKind.CUSTOMER).build());
            }
          }
          out.add(firstProcessing(p + "g", d.plusDays(r.nextInt(20)), m));
          break;
        }
        case 1: // 7.3
          out.add(breach(p + "a", d, m));
          if (r.nextBoolean()) {
            out.add(investigating(p + "b", d, m));
            out.add(investigated(p + "c", d.plusDays(1 + r.nextInt(3)), m));
          }
          LocalDate told = d;
          if (r.nextInt(3) == 0) { // a prohibition, before any notice of the incident
            told = d.plusDays(r.nextInt(2));
            out.add(prohibited(p + "d", told, m,
                r.nextBoolean() ? java.util.Optional.of(told.plusDays(1 + r.nextInt(5))) : java.util.Optional.empty()));
          }
          if (r.nextInt(4) != 0) {
            out.add(notified(p + "e", told.plusDays(r.nextInt(10)), m));
          }
          break;
        case 2: // A.2.2.2
          out.add(audit(p + "a", d, m));
          if (r.nextInt(4) != 0) {
            out.add(answered(p + "b", d.plusDays(5 + r.nextInt(60)), m));
          }
          break;
        case 3: // 8
          out.add(subjectRequest(p + "a", d, m));
          if (r.nextBoolean()) {
            // now and then routed by Customer, which answers only A.2.1.2's referral, not Segment's duty under 8
            out.add(DataSubjectRequestRouted.builder().id(p + "b").date(d.plusDays(r.nextInt(5))).requestId(m)
                .actor(r.nextInt(4) == 0 ? PartyKind.CUSTOMER : PartyKind.SEGMENT).build());
          }
          break;
        case 4: // A.2.2.4, prohibition the same day (ranked before the discovery) or later
          if (r.nextBoolean()) {
            out.add(findingsProhibited(p + "a", d, m,
                r.nextBoolean() ? java.util.Optional.of(d.plusDays(r.nextInt(6))) : java.util.Optional.empty()));
          }
          out.add(nonCompliance(p + "b", d.plusDays(r.nextInt(3)), m));
          if (r.nextBoolean()) {
            out.add(NonComplianceNotified.builder().id(p + "c").date(d.plusDays(3 + r.nextInt(5))).auditId(m).build());
          }
          break;
        case 5: // A.1.4
          out.add(LawRequiresOtherProcessing.builder().id(p + "a").date(d).requirementId(m).build());
          if (r.nextBoolean()) {
            out.add(LawProhibitsNotice.builder().id(p + "b").date(d).notice(ProhibitedNotice.LEGAL_REQUIREMENT_NOTICE)
                .reference(m).actor(PartyKind.SEGMENT).build());
          } else {
            out.add(CustomerNotifiedOfLegalRequirement.builder().id(p + "c").date(d.plusDays(r.nextInt(9))).requirementId(m)
                .build());
          }
          break;
        default: // a matter never heard of: unmatched
          out.add(notified(p + "a", d, "unknown-" + m));
          break;
      }
      k++;
      d = d.plusDays(r.nextInt(6));
    }
    if (r.nextInt(3) == 0) {
      LocalDate end = d.plusDays(r.nextInt(10));
      out.add(terminated("end", end));
      out.add(deletionRequested("del", end.plusDays(r.nextInt(3))));
      if (r.nextBoolean()) {
        out.add(deleted("gone", end.plusDays(r.nextInt(60))));
      }
    }
    out.sort(DpaEvent.TIMELINE_ORDER);
    return out;
  }

  /**
   * The number of kinds of {@link #strayPerformance}: one for each event that performs a duty of
   * the generic path (7.3, 8, A.2.1.2, A.1.4, A.2.2.2, A.2.2.4 twice, A.2.2.5, A.4.2, A.4.3.4, A.4.3.7).
   */
  public static final int STRAY_KINDS = 11;

  /**
   * An event that performs a duty of the generic path ({@code which} modulo {@link #STRAY_KINDS}
   * picks which) about {@code matter}: unmatched when no such duty was opened, so its reason must
   * cite the clause of the duty it would perform.
   */
  public static DpaEvent strayPerformance(String id, LocalDate date, String matter, int which) {
    switch (Math.floorMod(which, STRAY_KINDS)) {
      case 0:
        return notified(id, date, matter);
      case 1:
        return DataSubjectRequestRouted.builder().id(id).date(date).requestId(matter).actor(PartyKind.SEGMENT).build();
      case 2:
        return DataSubjectRequestRouted.builder().id(id).date(date).requestId(matter).actor(PartyKind.CUSTOMER).build();
      case 3:
        return CustomerNotifiedOfLegalRequirement.builder().id(id).date(date).requirementId(matter).build();
      case 4:
        return answered(id, date, matter);
      case 5:
        return NonComplianceNotified.builder().id(id).date(date).auditId(matter).build();
      case 6:
        return io.github.dpasemantics.model.event.AuditReportShared.builder().id(id).date(date).auditId(matter)
            .reportId(matter + "-report").build();
      case 7:
        return io.github.dpasemantics.model.event.AuditTimeReimbursed.builder().id(id).date(date).auditId(matter).build();
      case 8:
        return io.github.dpasemantics.model.event.PrivacyShieldInabilityNotified.builder().id(id).date(date).build();
      case 9:
        return io.github.dpasemantics.model.event.SubprocessorAgreementCopiesProvided.builder().id(id).date(date)
            .requestId(matter).build();
      default:
        return io.github.dpasemantics.model.event.DeletionCertified.builder().id(id).date(date).build();
    }
  }

  /**
   * A {@link #story} with up to {@code strays} {@link #strayPerformance}s about matters never
   * opened ({@code stray-0}, ...; A.4.2 and A.4.3.7 name no matter and may match a duty of the
   * story), in timeline order.
   */
  public static List<DpaEvent> storyWithStrays(long seed, int max, int strays) {
    Random r = new Random(~seed);
    List<DpaEvent> out = new ArrayList<>(story(seed, max));
    int n = r.nextInt(strays + 1);
    for (int k = 0; k < n; k++) {
      out.add(strayPerformance("stray-event-" + k, EFFECTIVE.plusDays(r.nextInt(200)), "stray-" + k, r.nextInt(STRAY_KINDS)));
    }
    out.sort(DpaEvent.TIMELINE_ORDER);
    return out;
  }

  /**
   * A fleet's stream: contracts and the events of all of them interleaved, with the contract id of
   * each event ({@code contractIds.get(i)} for {@code events.get(i)}).
   */
  public static final class FleetStream {
    private final List<ContractInstance> contracts;
    private final List<String> contractIds;
    private final List<DpaEvent> events;

    FleetStream(List<ContractInstance> contracts, List<String> contractIds, List<DpaEvent> events) {
      this.contracts = List.copyOf(contracts);
      this.contractIds = List.copyOf(contractIds);
      this.events = List.copyOf(events);
    }

    /** The contracts, ids {@code c0}, {@code c1}, ... */
    public List<ContractInstance> contracts() {
      return contracts;
    }

    /** The contract id of each event. */
    public List<String> contractIds() {
      return contractIds;
    }

    /** The events, interleaved across contracts. */
    public List<DpaEvent> events() {
      return events;
    }

    /** The latest event date, or the effective date for an empty stream. */
    public LocalDate lastDate() {
      return events.stream().map(DpaEvent::getDate).max(LocalDate::compareTo).orElse(EFFECTIVE);
    }

    @Override
    public String toString() {
      return contracts.size() + " contracts, " + events.size() + " events: " + events;
    }
  }

  /** The seed contract under another id. */
  public static ContractInstance contract(String id) {
    return ContractInstance.builder().from(contract()).id(id).build();
  }

  /**
   * A fleet stream from a seed: 1 to {@code maxContracts} contracts. With {@code stories}, each
   * contract gets a {@link #story} of about {@code maxEvents} events and the stream is ordered by
   * date across contracts (each contract's events in timeline order, as a streaming fleet needs);
   * otherwise each gets a {@link #timeline} and the stream is shuffled.
   */
  public static FleetStream fleetStream(long seed, int maxContracts, int maxEvents, boolean stories) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(maxContracts);
    List<ContractInstance> contracts = new ArrayList<>(n);
    List<java.util.Map.Entry<String, DpaEvent>> all = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      ContractInstance c = contract("c" + k);
      contracts.add(c);
      long s = r.nextLong();
      for (DpaEvent e : stories ? story(s, maxEvents) : timeline(s, maxEvents)) {
        all.add(java.util.Map.entry(c.getId(), e));
      }
    }
    if (stories) {
      Collections.shuffle(all, r);
      List<java.util.Map.Entry<String, DpaEvent>> ordered = new ArrayList<>(all);
      ordered.sort(java.util.Comparator.comparing((java.util.Map.Entry<String, DpaEvent> x) -> x.getValue(),
          DpaEvent.TIMELINE_ORDER));
      all = ordered;
    } else {
      Collections.shuffle(all, r);
    }
    List<String> ids = new ArrayList<>(all.size());
    List<DpaEvent> events = new ArrayList<>(all.size());
    for (java.util.Map.Entry<String, DpaEvent> x : all) {
      ids.add(x.getKey());
      events.add(x.getValue());
    }
    return new FleetStream(contracts, ids, events);
  }

  /** Fleet streams of up to {@code maxContracts} contracts; see {@link #fleetStream}. */
  public static Gen<FleetStream> fleetStreams(int maxContracts, int maxEvents, boolean stories) {
    return seeds().map(s -> fleetStream(s, maxContracts, maxEvents, stories));
  }

  /** Timelines of up to {@code max} events. */
  public static Gen<List<DpaEvent>> timelines(int max) {
    return seeds().map(s -> timeline(s, max));
  }

  /** One event of a common kind, dated within 2020-2021, about a matter from the small pools. */
  public static DpaEvent event(String id, Random r) {
    LocalDate d = EFFECTIVE.plusDays(r.nextInt(600));
    String subprocessor = SUBPROCESSORS[r.nextInt(SUBPROCESSORS.length)];
    String inc = INCIDENTS[r.nextInt(INCIDENTS.length)];
    String aud = AUDITS[r.nextInt(AUDITS.length)];
    switch (r.nextInt(18)) {
      case 0:
        return engaged(id, d, subprocessor);
      case 1:
        return r.nextBoolean() ? engagedExpedited(id, d, subprocessor) : engagedAffiliate(id, d, subprocessor);
      case 2:
        return notice(id, d, subprocessor, r.nextBoolean() ? NoticeChannel.WORKSPACE_MESSAGE : NoticeChannel.SUBPROCESSOR_PAGE_UPDATE);
      case 3:
        return firstProcessing(id, d, subprocessor);
      case 4:
        return objection(id, d, subprocessor);
      case 5:
        return failed(id, d, subprocessor);
      case 6:
        return terminated(id, d);
      case 7:
        return deletionRequested(id, d);
      case 8:
        return deleted(id, d);
      case 9:
        return r.nextBoolean() ? breach(id, d, inc) : portScan(id, d, inc);
      case 10:
        return lawEnforcementDelay(id, d, inc, r.nextBoolean() ? java.util.Optional.of(d.plusDays(r.nextInt(20)))
            : java.util.Optional.empty());
      case 11:
        return notified(id, d, inc);
      case 12:
        return audit(id, d, aud);
      case 13:
        return answered(id, d, aud);
      case 14:
        return retention(id, d, r.nextBoolean() ? DataScope.ALL : DataScope.PART);
      case 15:
        return r.nextBoolean() ? investigating(id, d, inc) : investigated(id, d, inc);
      case 16:
        return prohibited(id, d, inc, r.nextBoolean() ? java.util.Optional.of(d.plusDays(r.nextInt(20)))
            : java.util.Optional.empty());
      default:
        return subjectRequest(id, d, "dsr-" + r.nextInt(2));
    }
  }

  // ---------------------------------------------------------------- poisoned batches

  /** The id of the poisoned event of a {@link PoisonedBatch} (except a {@link Poison#DUPLICATE_ID}, which repeats a batch event's id). */
  public static final String POISON_ID = "poison";

  /** How a {@link PoisonedBatch} is spoiled: by one event that its monitor must refuse. */
  public enum Poison {
    /** The id of another event of the batch. */
    DUPLICATE_ID,
    /** A date before the Addendum takes effect (1). */
    BEFORE_EFFECTIVE,
    /** A termination after the last day the monitor computes with (three days before {@code LocalDate.MAX}, or 10000-01-01). */
    PAST_LAST_DAY,
    /** A deletion request by Segment, which only Customer can make (9.1). */
    WRONG_ACTOR,
    /** A valid confirmed incident, on which a test's fold fails inside the step. */
    FAILS_INSIDE_STEP
  }

  /**
   * A story split in two: the events a monitor was given ({@code before}, in timeline order) and a
   * batch after them, in arrival order, that is {@code clean} with one poisoned event inserted
   * anywhere. Every event of {@code clean} sorts after every event of {@code before}, and so does
   * the poison where its date allows (so a streaming monitor meets it in order).
   *
   * @param before the events already given, in timeline order
   * @param clean the batch without its poison, in arrival order (not empty)
   * @param batch {@code clean} with the poison inserted
   * @param poison the poisoned event
   * @param kind how it is poisoned
   */
  public record PoisonedBatch(List<DpaEvent> before, List<DpaEvent> clean, List<DpaEvent> batch, DpaEvent poison,
      Poison kind) {}

  /** Poisoned batches from stories of about {@code max} events; see {@link #poisonedBatch}. */
  public static Gen<PoisonedBatch> poisonedBatches(int max) {
    return seeds().map(s -> poisonedBatch(s, max));
  }

  /** A poisoned batch from a seed: a {@link #story} split at a random point, each {@link Poison} as likely. */
  public static PoisonedBatch poisonedBatch(long seed, int max) {
    Random r = new Random(seed);
    List<DpaEvent> story = story(r.nextLong(), max);
    int k = r.nextInt(story.size());
    List<DpaEvent> before = new ArrayList<>(story.subList(0, k));
    List<DpaEvent> clean = new ArrayList<>(story.subList(k, story.size()));
    Collections.shuffle(clean, r);
    LocalDate after = story.get(k).getDate().plusDays(1);
    Poison kind = Poison.values()[r.nextInt(Poison.values().length)];
    DpaEvent poison;
    switch (kind) {
      case DUPLICATE_ID:
        poison = notified(clean.get(r.nextInt(clean.size())).getId(), after, "inc-poisoned");
        break;
      case BEFORE_EFFECTIVE:
        poison = breach(POISON_ID, EFFECTIVE.minusDays(1 + r.nextInt(400)), "inc-poisoned");
        break;
      case PAST_LAST_DAY:
        poison = terminated(POISON_ID, r.nextBoolean() ? LocalDate.MAX.minusDays(3) : LocalDate.of(10_000, 1, 1));
        break;
      case WRONG_ACTOR:
        poison = DeletionRequested.builder().id(POISON_ID).date(after).actor(PartyKind.SEGMENT).build();
        break;
      default:
        poison = breach(POISON_ID, after, "inc-poisoned");
        break;
    }
    List<DpaEvent> batch = new ArrayList<>(clean);
    batch.add(r.nextInt(batch.size() + 1), poison);
    return new PoisonedBatch(List.copyOf(before), List.copyOf(clean), List.copyOf(batch), poison, kind);
  }
}
