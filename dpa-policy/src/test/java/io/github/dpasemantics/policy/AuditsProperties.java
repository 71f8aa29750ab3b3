package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.AuditsGenerators.bars;
import static io.github.dpasemantics.policy.testing.AuditsGenerators.bases;
import static io.github.dpasemantics.policy.testing.AuditsGenerators.concerns;
import static io.github.dpasemantics.policy.testing.AuditsGenerators.conductors;
import static io.github.dpasemantics.policy.testing.AuditsGenerators.dates;
import static io.github.dpasemantics.policy.testing.AuditsGenerators.earlierAudits;
import static io.github.dpasemantics.policy.testing.AuditsGenerators.limits;
import static io.github.dpasemantics.policy.testing.AuditsGenerators.readings;
import static io.github.dpasemantics.policy.testing.AuditsGenerators.reportOffsets;
import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static io.github.dpasemantics.policy.testing.FactGenerators.confirmations;
import static io.github.dpasemantics.policy.testing.FactGenerators.informationNeeds;
import static io.github.dpasemantics.policy.testing.FactGenerators.reportCoverages;
import static io.github.dpasemantics.policy.testing.FactGenerators.reportSufficiencies;
import static io.github.dpasemantics.policy.testing.TransferGenerators.sccStatuses;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.time.ContractDates;
import io.github.dpasemantics.policy.fact.AuditInformation;
import io.github.dpasemantics.policy.fact.SccStatus;
import io.github.dpasemantics.policy.fact.InformationNeed;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import io.github.dpasemantics.policy.fact.ReportSufficiency;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class AuditsProperties {
  private static final DpaTerms SEGMENT = DpaTerms.segment();

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: auditAllowed agrees with its bare form, cites the catalogue, and its window is the request's calendar year")
  void bareEqualsExplained() {
    qt().forAll(dates(), earlierAudits(), booleans().all()).check((r, earlier, right) -> {
      Decision<Boolean> d = Audits.auditAllowed(r, earlier, right, SEGMENT);
      return d.isYes() == Audits.isAuditAllowed(r, earlier, right, SEGMENT) && citesCatalogue(d)
          && d.getWindow().orElseThrow().getOpens().orElseThrow().getYear() == r.getYear()
          && d.getWindow().orElseThrow().contains(r);
    });
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: allowed exactly when the right exists and no earlier audit fell in the request's year on or before it")
  void onceAYear() {
    qt().forAll(dates(), earlierAudits()).check((r, earlier) -> {
      boolean clash = earlier.stream().anyMatch(e -> e.getYear() == r.getYear() && !e.isAfter(r));
      return Audits.isAuditAllowed(r, earlier, true, SEGMENT) == !clash && !Audits.isAuditAllowed(r, earlier, false, SEGMENT);
    });
  }

  @Test
  @Tag("clause-A.4.3.5")
  @DisplayName("A.2.2, A.4.3.5: an audit right from the law or from governing SCCs, then the yearly limit; the basis changes only the reasons")
  void auditRightFromLawOrSccs() {
    qt().forAll(bases().zip(sccStatuses(), (b, s) -> java.util.Map.entry(b, s)), dates(), earlierAudits(),
        booleans().all()).check((facts, r, earlier, law) -> {
          Audits.AuditBasis basis = facts.getKey();
          SccStatus sccs = facts.getValue();
          Decision<Boolean> d = Audits.auditAllowed(basis, r, earlier, law, sccs, SEGMENT);
          boolean bare = Audits.isAuditAllowed(basis, r, earlier, law, sccs, SEGMENT);
          boolean withinLimit = Audits.isAuditAllowed(r, earlier, true, SEGMENT);
          return d.isYes() == bare && bare == ((law || sccs.isGoverning()) && withinLimit)
              && bare == Audits.isAuditAllowed(Audits.AuditBasis.DATA_PROTECTION_LAW, r, earlier, law, sccs, SEGMENT)
              && d.hasReason(Audits.Code.SCC_AUDIT_UNDER_A_2_2) == sccs.isGoverning()
              && d.hasReason(Audits.Code.NO_SCC_AUDIT_RIGHT) == (!sccs.isGoverning() && basis != Audits.AuditBasis.DATA_PROTECTION_LAW)
              && citesCatalogue(d);
        });
  }

  @Test
  @Tag("clause-A.4.3.5")
  @DisplayName("A.4.3.5: governing SCCs never take an audit away; the form without sccs reads an SCC basis as governing SCCs")
  void sccsOnlyAdd() {
    qt().forAll(bases(), dates(), earlierAudits(), booleans().all()).check((basis, r, earlier, law) ->
        (!Audits.isAuditAllowed(basis, r, earlier, law, SccStatus.DO_NOT_GOVERN, SEGMENT)
            || Audits.isAuditAllowed(basis, r, earlier, law, SccStatus.GOVERN, SEGMENT))
        && Audits.auditAllowed(basis, r, earlier, law, SEGMENT).equals(
            Audits.auditAllowed(basis, r, earlier, law, SccStatus.of(basis != Audits.AuditBasis.DATA_PROTECTION_LAW), SEGMENT))
        && Audits.isAuditAllowed(r, earlier, law, SEGMENT)
            == Audits.isAuditAllowed(Audits.AuditBasis.DATA_PROTECTION_LAW, r, earlier, law, SccStatus.DO_NOT_GOVERN, SEGMENT));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: adding an earlier audit never turns a refused audit into an allowed one")
  void monotonic() {
    qt().forAll(dates(), earlierAudits(), dates()).check((r, earlier, extra) -> {
      List<LocalDate> more = new ArrayList<>(earlier);
      more.add(extra);
      return Audits.isAuditAllowed(r, earlier, true, SEGMENT) || !Audits.isAuditAllowed(r, more, true, SEGMENT);
    });
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: an instant request is judged on its contract date in the terms' zone")
  void zoneInvariance() {
    qt().forAll(dates(), earlierAudits()).check((r, earlier) -> {
      java.time.Instant noonUtc = r.atTime(12, 0).toInstant(ZoneOffset.UTC);
      return Audits.isAuditAllowed(noonUtc, earlier, true, SEGMENT)
          == Audits.isAuditAllowed(ContractDates.of(noonUtc, SEGMENT.getZone()), earlier, true, SEGMENT);
    });
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a report is recent exactly inside the explained window; a newer report up to the request is never less recent")
  void reportWindow() {
    qt().forAll(dates(), reportOffsets(), reportOffsets(), readings()).check((r, a, b, rd) -> {
      LocalDate i1 = r.plusDays(Math.min(a, b));
      LocalDate i2 = r.plusDays(Math.max(a, b));
      Decision<Boolean> d = Audits.thirdPartyReportSufficient(i1, r, ReportCoverage.ADDRESSES_REQUEST,
          MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, SEGMENT, rd);
      boolean recent = Audits.isReportRecent(i1, r, SEGMENT, rd);
      return d.isYes() == recent && d.getWindow().orElseThrow().contains(i1) == recent && citesCatalogue(d)
          && (!recent || !i2.isBefore(r) || Audits.isReportRecent(i2, r, SEGMENT, rd))
          && (!recent || Audits.isReportRecent(i1, r, SEGMENT, Interpretations.defaults()));
    });
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a report suffices only if recent, addressing the request and confirmed unchanged; response then not required")
  void reportConditions() {
    qt().forAll(dates(), reportOffsets(), reportCoverages(), confirmations()).check((r, o, addr, conf) -> {
      LocalDate i = r.plusDays(o);
      Interpretations def = Interpretations.defaults();
      boolean ok = Audits.isThirdPartyReportSufficient(i, r, addr, conf, SEGMENT, def);
      return ok == (Audits.isReportRecent(i, r, SEGMENT, def) && addr == ReportCoverage.ADDRESSES_REQUEST
              && conf == MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED)
          && Audits.thirdPartyReportSufficient(i, r, addr, conf, SEGMENT, def).isYes() == ok
          && (!ok || !Audits.isWrittenResponseRequired(InformationNeed.NECESSARY_TO_CONFIRM_COMPLIANCE, ReportSufficiency.of(ok)));
    });
  }

  @Test
  @Tag("clause-A.2.2.3")
  @DisplayName("A.2.2.3: the auditor objection decision agrees with its bare form and cites the catalogue")
  void auditorBareEqualsExplained() {
    qt().forAll(conductors(), concerns()).check((c, cs) ->
        Audits.auditorObjectionAllowed(c, cs).isYes() == Audits.isAuditorObjectionAllowed(c, cs)
            && citesCatalogue(Audits.auditorObjectionAllowed(c, cs)));
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.2, A.2.2.4, A.2.2.5: the explained forms agree with the bare ones and cite the catalogue")
  void otherBareEqualsExplained() {
    qt().forAll(bars(), limits(), booleans().all()).check(AuditsProperties::otherBareEqualsExplained);
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a written response is owed exactly for necessary information no sufficient report answers; bare == explained")
  void writtenResponseRule() {
    qt().forAll(informationNeeds(), reportSufficiencies()).check((need, report) -> {
      Decision<Boolean> d = Audits.writtenResponseRequired(need, report);
      return d.isYes() == Audits.isWrittenResponseRequired(need, report)
          && d.isYes() == (need == InformationNeed.NECESSARY_TO_CONFIRM_COMPLIANCE && report == ReportSufficiency.NOT_SUFFICIENT)
          && d.getReasons().size() == (report == ReportSufficiency.SUFFICIENT ? 2 : 1) && citesCatalogue(d);
    });
  }

  private static boolean otherBareEqualsExplained(Audits.SharingBar bar, java.util.Set<Audits.DisclosureLimit> lim, boolean b) {
    return Audits.nonComplianceNoticeRequired(b, bar).isYes() == Audits.isNonComplianceNoticeRequired(b, bar)
        && citesCatalogue(Audits.nonComplianceNoticeRequired(b, bar))
        && Audits.auditReportSharingRequired(bar).isYes() == Audits.isAuditReportSharingRequired(bar)
        && Audits.disclosureRequired(lim).isYes() == Audits.isDisclosureRequired(lim)
        && citesCatalogue(Audits.disclosureRequired(lim))
        && citesCatalogue(Audits.confidentialInformation(AuditInformation.of(b)))
        && Audits.confidentialInformation(AuditInformation.of(b)).isYes() == b
        && Audits.isConfidentialInformation(AuditInformation.of(b)) == b;
  }
}
