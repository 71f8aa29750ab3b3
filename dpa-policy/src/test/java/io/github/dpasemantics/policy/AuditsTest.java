package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.AuditRequested;
import io.github.dpasemantics.model.event.AuditorObjectionReason;
import io.github.dpasemantics.model.event.ReportKind;
import io.github.dpasemantics.model.event.ThirdPartyReportIssued;
import io.github.dpasemantics.model.time.Counting;
import io.github.dpasemantics.policy.Audits.AuditBasis;
import io.github.dpasemantics.policy.Audits.AuditCost;
import io.github.dpasemantics.policy.Audits.Code;
import io.github.dpasemantics.policy.Audits.Conductor;
import io.github.dpasemantics.policy.Audits.CostTreatment;
import io.github.dpasemantics.policy.Audits.DisclosureLimit;
import io.github.dpasemantics.policy.Audits.ReportUse;
import io.github.dpasemantics.policy.Audits.SharingBar;
import io.github.dpasemantics.policy.fact.AuditInformation;
import io.github.dpasemantics.policy.fact.SccStatus;
import io.github.dpasemantics.policy.fact.InformationNeed;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import io.github.dpasemantics.policy.fact.ReportSufficiency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditsTest {
  private static final DpaTerms SEGMENT = DpaTerms.segment();
  private static final Interpretations DEFAULTS = Interpretations.defaults();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  // ------------------------------------------------------------------ A.2.2, A.2.2.2 frequency

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a first audit in a calendar year is allowed, at Customer's expense")
  void firstAuditAllowed() {
    Decision<Boolean> d = Audits.auditAllowed(d("2024-05-01"), List.of(d("2023-05-01")), true, SEGMENT);
    assertTrue(d.isYes());
    assertEquals(List.of(Code.AUDIT_RIGHT_UNDER_LAW, Code.WITHIN_YEARLY_LIMIT, Code.AT_CUSTOMERS_EXPENSE), d.getReasonCodes());
    assertEquals(List.of(d("2024-05-01"), 2024, 1, 1), d.getReasons().get(1).getArguments());
    assertEquals(d("2024-01-01"), d.getWindow().orElseThrow().getOpens().orElseThrow());
    assertEquals(d("2024-12-31"), d.getWindow().orElseThrow().getCloses());
    assertEquals(Counting.CALENDAR_YEAR, d.getWindow().orElseThrow().getCounting());
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a second audit in the same calendar year is refused; December then January is allowed")
  void secondAuditSameYear() {
    Decision<Boolean> d = Audits.auditAllowed(d("2024-12-31"), List.of(d("2024-01-01")), true, SEGMENT);
    assertFalse(d.isYes());
    assertEquals(List.of(Code.AUDIT_RIGHT_UNDER_LAW, Code.YEARLY_LIMIT_REACHED), d.getReasonCodes());
    assertEquals(List.of(d("2024-12-31"), 2024, 1, 1), d.getReasons().get(1).getArguments());
    assertTrue(Audits.isAuditAllowed(d("2025-01-01"), List.of(d("2024-12-31")), true, SEGMENT));
    assertFalse(Audits.isAuditAllowed(d("2024-06-01"), List.of(d("2024-06-01")), true, SEGMENT));
    assertTrue(Audits.isAuditAllowed(d("2024-06-01"), List.of(d("2024-06-02")), true, SEGMENT),
        "an audit after the request day is not an earlier audit");
  }

  @Test
  @Tag("clause-A.2.2")
  @DisplayName("A.2.2: without an audit right under applicable Data Protection Laws there is no audit under A.2.2")
  void noAuditRight() {
    Decision<Boolean> d = Audits.auditAllowed(d("2024-05-01"), List.of(), false, SEGMENT);
    assertFalse(d.isYes());
    assertEquals(List.of(Code.NO_AUDIT_RIGHT_UNDER_LAW, Code.WITHIN_YEARLY_LIMIT), d.getReasonCodes());
    assertEquals(List.of(ClauseId.parse("A.2.2"), ClauseId.parse("A.2.2.2")), d.getClauses());
  }

  @Test
  @Tag("clause-A.4.3.5")
  @DisplayName("A.4.3.5: an audit under SCC Clause 5(f) or 12(2) follows A.2.2 and its yearly limit")
  void sccAudit() {
    Decision<Boolean> d = Audits.auditAllowed(AuditBasis.SCC_CLAUSE_5F, d("2024-05-01"), List.of(d("2024-02-01")), true, SEGMENT);
    assertFalse(d.isYes());
    assertEquals(List.of(Code.SCC_AUDIT_RIGHT, Code.SCC_AUDIT_UNDER_A_2_2), d.getReasonCodes().subList(0, 2));
    assertTrue(Audits.auditAllowed(AuditBasis.SCC_CLAUSE_12_2, d("2024-05-01"), List.of(), true, SEGMENT).hasReason(Code.SCC_AUDIT_UNDER_A_2_2));
    assertFalse(Audits.auditAllowed(AuditBasis.DATA_PROTECTION_LAW, d("2024-05-01"), List.of(), true, SEGMENT).hasReason(Code.SCC_AUDIT_UNDER_A_2_2));
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-A.4.3.5")
  @DisplayName("A.4.3.5: where the SCCs govern, Clause 5(f) gives Customer its audit right though no other law does, performed under A.2.2")
  void sccAuditRightComesFromTheSccs() {
    Decision<Boolean> d = Audits.auditAllowed(AuditBasis.SCC_CLAUSE_5F, d("2025-09-01"), List.of(), false, SccStatus.GOVERN, SEGMENT);
    assertTrue(d.isYes());
    assertEquals(List.of(Code.SCC_AUDIT_RIGHT, Code.SCC_AUDIT_UNDER_A_2_2, Code.WITHIN_YEARLY_LIMIT, Code.AT_CUSTOMERS_EXPENSE),
        d.getReasonCodes());
    assertTrue(d.getClauses().contains(ClauseId.parse("A.4.3.5")));
    assertTrue(Audits.isAuditAllowed(AuditBasis.SCC_CLAUSE_12_2, d("2025-09-01"), List.of(), false, SccStatus.GOVERN, SEGMENT));
    // the form without sccs: an audit resting on an SCC clause presupposes that the SCCs govern
    assertTrue(Audits.auditAllowed(AuditBasis.SCC_CLAUSE_5F, d("2025-09-01"), List.of(), false, SEGMENT).isYes());
    assertFalse(Audits.auditAllowed(AuditBasis.DATA_PROTECTION_LAW, d("2025-09-01"), List.of(), false, SEGMENT).isYes());
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-A.4.3.5")
  @DisplayName("A.4.3.5: an SCC audit is exercised as A.2.2 says: not more than once per calendar year, counted with the others")
  void sccAuditKeepsTheYearlyLimit() {
    Decision<Boolean> d =
        Audits.auditAllowed(AuditBasis.SCC_CLAUSE_5F, d("2025-09-01"), List.of(d("2025-02-01")), false, SccStatus.GOVERN, SEGMENT);
    assertFalse(d.isYes());
    assertTrue(d.hasReason(Code.YEARLY_LIMIT_REACHED));
    assertTrue(Audits.isAuditAllowed(AuditBasis.SCC_CLAUSE_5F, d("2026-01-02"), List.of(d("2025-02-01")), false, SccStatus.GOVERN,
        SEGMENT));
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3: while the Privacy Shield covered the transfer (1 March 2019) the SCCs did not govern: Clause 5(f) gives no audit right")
  void noSccAuditWhenSccsDoNotGovern() {
    Decision<Boolean> d =
        Audits.auditAllowed(AuditBasis.SCC_CLAUSE_5F, d("2019-03-01"), List.of(), false, SccStatus.DO_NOT_GOVERN, SEGMENT);
    assertFalse(d.isYes());
    assertEquals(List.of(Code.NO_SCC_AUDIT_RIGHT, Code.NO_AUDIT_RIGHT_UNDER_LAW, Code.WITHIN_YEARLY_LIMIT), d.getReasonCodes());
    // the audit right of applicable law still stands, exercised under A.2.2
    Decision<Boolean> law =
        Audits.auditAllowed(AuditBasis.SCC_CLAUSE_5F, d("2019-03-01"), List.of(), true, SccStatus.DO_NOT_GOVERN, SEGMENT);
    assertTrue(law.isYes());
    assertEquals(List.of(Code.NO_SCC_AUDIT_RIGHT, Code.AUDIT_RIGHT_UNDER_LAW, Code.WITHIN_YEARLY_LIMIT, Code.AT_CUSTOMERS_EXPENSE),
        law.getReasonCodes());
    assertEquals(List.of(Code.NO_AUDIT_RIGHT_UNDER_LAW, Code.WITHIN_YEARLY_LIMIT), Audits.auditAllowed(AuditBasis.DATA_PROTECTION_LAW,
        d("2019-03-01"), List.of(), false, SccStatus.DO_NOT_GOVERN, SEGMENT).getReasonCodes());
    assertTrue(citesCatalogue(d) && citesCatalogue(law));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: terms allowing two audits a year allow the second and refuse the third")
  void twoPerYear() {
    DpaTerms two = DpaTerms.builder().auditsPerCalendarYear(2).build();
    assertTrue(Audits.isAuditAllowed(d("2024-06-01"), List.of(d("2024-01-05")), true, two));
    assertFalse(Audits.isAuditAllowed(d("2024-06-01"), List.of(d("2024-01-05"), d("2024-03-05")), true, two));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: the calendar year is the contract zone's: 05:00Z on 1 January 2025 is still 2024 in Los Angeles")
  void zoneOfTheRequest() {
    Instant newYearUtc = Instant.parse("2025-01-01T05:00:00Z");
    assertFalse(Audits.isAuditAllowed(newYearUtc, List.of(d("2024-03-01")), true, SEGMENT));
    DpaTerms utc = DpaTerms.builder().zone(java.time.ZoneOffset.UTC).build();
    assertTrue(Audits.isAuditAllowed(newYearUtc, List.of(d("2024-03-01")), true, utc));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: from events, earlier audit requests count against the year")
  void auditFromEvents() {
    AuditRequested earlier = AuditRequested.builder().id("a1").date(d("2024-02-01")).auditId("audit-1").build();
    AuditRequested now = AuditRequested.builder().id("a2").date(d("2024-09-01")).auditId("audit-2").build();
    assertFalse(Audits.auditAllowed(now, List.of(earlier), true, SEGMENT).isYes());
    assertTrue(Audits.auditAllowed(now, List.of(), true, SEGMENT).isYes());
  }

  // ------------------------------------------------------------------ A.2.2.2 reports

  @ParameterizedTest(name = "report {0}, request {1}: both ends {2}, excl. request day {3}, excl. first day {4}")
  @CsvSource({
      "2023-02-27, 2024-02-29, false, false, false",
      "2023-02-28, 2024-02-29, true, true, false",
      "2023-03-01, 2024-02-29, true, true, true",
      "2024-02-28, 2024-02-29, true, true, true",
      "2024-02-29, 2024-02-29, true, false, true",
      "2024-03-01, 2024-02-29, false, false, false",
      "2023-06-14, 2024-06-15, false, false, false",
      "2023-06-15, 2024-06-15, true, true, false",
      "2023-06-16, 2024-06-15, true, true, true"})
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a report issued within the 12 months prior to the request, month-end clamped, under each reading")
  void reportWindow(LocalDate issued, LocalDate request, boolean both, boolean exclRequest, boolean exclFirst) {
    assertEquals(both, Audits.isReportRecent(issued, request, SEGMENT, DEFAULTS));
    assertEquals(exclRequest, Audits.isReportRecent(issued, request, SEGMENT,
        Interpretations.of(Interpretation.REPORT_WINDOW_EXCLUDES_REQUEST_DAY)));
    assertEquals(exclFirst, Audits.isReportRecent(issued, request, SEGMENT,
        Interpretations.of(Interpretation.REPORT_WINDOW_EXCLUDES_FIRST_DAY)));
    Decision<Boolean> d = Audits.thirdPartyReportSufficient(issued, request, ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, SEGMENT, DEFAULTS);
    assertEquals(both, d.isYes());
    Code expected = both ? Code.REPORT_WITHIN_PERIOD : issued.isAfter(request) ? Code.REPORT_NOT_PRIOR : Code.REPORT_TOO_OLD;
    assertEquals(expected, d.getReasonCodes().get(0));
    assertEquals(List.of(Interpretation.REPORT_WINDOW_BOTH_ENDS), d.getInterpretations());
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: request on 29 February 2024 looks back to 28 February 2023, both days included")
  void leapDayWindow() {
    Decision<Boolean> d = Audits.thirdPartyReportSufficient(d("2023-09-01"), d("2024-02-29"), ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, SEGMENT, DEFAULTS);
    assertEquals(d("2023-02-28"), d.getWindow().orElseThrow().getOpens().orElseThrow());
    assertEquals(d("2024-02-29"), d.getWindow().orElseThrow().getCloses());
    assertEquals(Counting.MONTHS_PRIOR, d.getWindow().orElseThrow().getCounting());
    assertEquals(List.of(Code.REPORT_WITHIN_PERIOD, Code.REPORT_ADDRESSES_REQUEST, Code.NO_MATERIAL_CHANGE_CONFIRMED, Code.REPORT_IN_LIEU),
        d.getReasonCodes());
    assertEquals(List.of(d("2023-09-01"), 12, d("2024-02-29"), d("2023-02-28"), d("2024-02-29")), d.getReasons().get(0).getArguments());
    Decision<Boolean> excl = Audits.thirdPartyReportSufficient(d("2023-09-01"), d("2024-02-29"), ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, SEGMENT,
        Interpretations.of(Interpretation.REPORT_WINDOW_EXCLUDES_REQUEST_DAY));
    assertEquals(d("2024-02-28"), excl.getWindow().orElseThrow().getCloses());
    assertEquals(Counting.MONTHS_PRIOR_EXCLUDING_END, excl.getWindow().orElseThrow().getCounting());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a recent report that does not address the request, or without confirmation of no material change, does not suffice")
  void reportConditions() {
    LocalDate r = d("2024-06-15");
    LocalDate i = d("2024-01-10");
    Decision<Boolean> notAddressed = Audits.thirdPartyReportSufficient(i, r, ReportCoverage.DOES_NOT_ADDRESS_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, SEGMENT, DEFAULTS);
    assertFalse(notAddressed.isYes());
    assertEquals(List.of(Code.REPORT_WITHIN_PERIOD, Code.REPORT_DOES_NOT_ADDRESS_REQUEST, Code.NO_MATERIAL_CHANGE_CONFIRMED),
        notAddressed.getReasonCodes());
    Decision<Boolean> unconfirmed = Audits.thirdPartyReportSufficient(i, r, ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NOT_CONFIRMED, SEGMENT, DEFAULTS);
    assertFalse(unconfirmed.isYes());
    assertTrue(unconfirmed.hasReason(Code.NO_MATERIAL_CHANGE_NOT_CONFIRMED));
    assertFalse(Audits.isThirdPartyReportSufficient(i, r, ReportCoverage.DOES_NOT_ADDRESS_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, SEGMENT, DEFAULTS));
    assertFalse(Audits.isThirdPartyReportSufficient(i, r, ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NOT_CONFIRMED, SEGMENT, DEFAULTS));
    assertTrue(Audits.isThirdPartyReportSufficient(i, r, ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, SEGMENT, DEFAULTS));
    assertFalse(Audits.isThirdPartyReportSufficient(d("2023-01-10"), r, ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, SEGMENT, DEFAULTS));
    ThirdPartyReportIssued report = ThirdPartyReportIssued.builder().id("t1").date(i).reportId("soc2").reportKind(ReportKind.OTHER).build();
    AuditRequested request = AuditRequested.builder().id("a1").date(r).auditId("audit-1").build();
    assertTrue(Audits.thirdPartyReportSufficient(report, request, ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, SEGMENT, DEFAULTS).isYes());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: with a zero-month period and the request day excluded, no day is inside and there is no window")
  void emptyWindow() {
    DpaTerms zero = DpaTerms.builder().reportRecencyMonths(0).build();
    Interpretations excl = Interpretations.of(Interpretation.REPORT_WINDOW_EXCLUDES_REQUEST_DAY);
    Decision<Boolean> d = Audits.thirdPartyReportSufficient(d("2024-06-15"), d("2024-06-15"), ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, zero, excl);
    assertFalse(d.isYes());
    assertTrue(d.getWindow().isEmpty());
    assertTrue(Audits.thirdPartyReportSufficient(d("2024-06-15"), d("2024-06-15"), ReportCoverage.ADDRESSES_REQUEST, MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED, zero, DEFAULTS).getWindow().isPresent());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: over every request day of 2023 and 2024 the report period starts 12 months before, clamped")
  void reportSweep() {
    for (LocalDate r = d("2023-01-01"); r.isBefore(d("2025-01-01")); r = r.plusDays(1)) {
      LocalDate first = r.minusMonths(12);
      assertTrue(Audits.isReportRecent(first, r, SEGMENT, DEFAULTS), r.toString());
      assertFalse(Audits.isReportRecent(first.minusDays(1), r, SEGMENT, DEFAULTS), r.toString());
      assertTrue(Audits.isReportRecent(r, r, SEGMENT, DEFAULTS));
      assertFalse(Audits.isReportRecent(r.plusDays(1), r, SEGMENT, DEFAULTS));
    }
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: a written response is owed only for necessary information not covered by a sufficient report")
  void writtenResponse() {
    assertTrue(Audits.isWrittenResponseRequired(InformationNeed.NECESSARY_TO_CONFIRM_COMPLIANCE, ReportSufficiency.NOT_SUFFICIENT));
    assertFalse(Audits.isWrittenResponseRequired(InformationNeed.NECESSARY_TO_CONFIRM_COMPLIANCE, ReportSufficiency.SUFFICIENT));
    assertFalse(Audits.isWrittenResponseRequired(InformationNeed.NOT_NECESSARY, ReportSufficiency.NOT_SUFFICIENT));
    assertEquals(List.of(Code.INFORMATION_NECESSARY), Audits.writtenResponseRequired(InformationNeed.NECESSARY_TO_CONFIRM_COMPLIANCE, ReportSufficiency.NOT_SUFFICIENT).getReasonCodes());
    assertEquals(List.of(Code.INFORMATION_NECESSARY, Code.REPORT_IN_LIEU), Audits.writtenResponseRequired(InformationNeed.NECESSARY_TO_CONFIRM_COMPLIANCE, ReportSufficiency.SUFFICIENT).getReasonCodes());
    Decision<Boolean> no = Audits.writtenResponseRequired(InformationNeed.NOT_NECESSARY, ReportSufficiency.NOT_SUFFICIENT);
    assertFalse(no.isYes());
    assertEquals(List.of(Code.INFORMATION_NOT_NECESSARY), no.getReasonCodes());
    assertTrue(Audits.writtenResponseRequired(InformationNeed.NECESSARY_TO_CONFIRM_COMPLIANCE, ReportSufficiency.NOT_SUFFICIENT).isYes());
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: information Segment provides under A.2.2 is its Confidential Information")
  void confidential() {
    assertTrue(Audits.confidentialInformation(AuditInformation.PROVIDED_UNDER_A_2_2).isYes());
    assertTrue(Audits.confidentialInformation(AuditInformation.PROVIDED_UNDER_A_2_2).hasReason(Code.SEGMENT_CONFIDENTIAL_INFORMATION));
    assertFalse(Audits.confidentialInformation(AuditInformation.NOT_PROVIDED_UNDER_A_2_2).isYes());
    assertTrue(Audits.confidentialInformation(AuditInformation.NOT_PROVIDED_UNDER_A_2_2).hasReason(Code.NOT_PROVIDED_UNDER_A_2_2));
    assertTrue(io.github.dpasemantics.model.norm.Deeming.AUDIT_INFORMATION_CONFIDENTIAL.consequenceFollows(true));
    assertFalse(io.github.dpasemantics.model.norm.Deeming.AUDIT_INFORMATION_CONFIDENTIAL.consequenceFollows(false));
  }

  @Test
  @Tag("clause-A.2.2.1")
  @DisplayName("A.2.2.1: ISO 27001, 27017, 27018 certifications and similar audit reports are Third Party Reports")
  void thirdPartyReports() {
    for (ReportKind k : ReportKind.values()) {
      assertTrue(Audits.thirdPartyReport(k).getClauses().contains(io.github.dpasemantics.model.clause.ClauseId.parse("A.2.2.1")));
      assertTrue(Audits.thirdPartyReport(k).isYes());
    }
    assertTrue(Audits.thirdPartyReport(ReportKind.ISO_27001).explain().contains("this ISO 27001 certification is one"));
    assertTrue(Audits.thirdPartyReport(ReportKind.ISO_27017).explain().contains("this ISO 27017 certification is one"));
    assertTrue(Audits.thirdPartyReport(ReportKind.ISO_27018).explain().contains("this ISO 27018 certification is one"));
    assertTrue(Audits.thirdPartyReport(ReportKind.OTHER).explain().contains("this similar audit report is one"));
    assertThrows(NullPointerException.class, () -> Audits.thirdPartyReport(null));
  }

  // ------------------------------------------------------------------ A.2.2.3 - A.2.2.5

  @Test
  @Tag("clause-A.2.2.3")
  @DisplayName("A.2.2.3: Segment may object to a competitor auditor, and Customer must then appoint another or audit itself")
  void auditorObjection() {
    Decision<Boolean> d = Audits.auditorObjectionAllowed(Conductor.THIRD_PARTY_AUDITOR, EnumSet.of(AuditorObjectionReason.COMPETITOR));
    assertTrue(d.isYes());
    assertEquals(List.of(Code.AUDITOR_OBJECTION_ALLOWED, Code.APPOINT_ANOTHER_OR_AUDIT_ITSELF), d.getReasonCodes());
    assertEquals(List.of(List.of(AuditorObjectionReason.COMPETITOR)), d.getReasons().get(0).getArguments());
    Decision<Boolean> none = Audits.auditorObjectionAllowed(Conductor.THIRD_PARTY_AUDITOR, Set.of());
    assertFalse(none.isYes());
    assertEquals(List.of(Code.NO_GROUND_TO_OBJECT), none.getReasonCodes());
    Decision<Boolean> self = Audits.auditorObjectionAllowed(Conductor.CUSTOMER, EnumSet.allOf(AuditorObjectionReason.class));
    assertFalse(self.isYes());
    assertEquals(List.of(Code.NO_THIRD_PARTY_AUDITOR), self.getReasonCodes());
    assertFalse(Audits.isAuditorObjectionAllowed(Conductor.CUSTOMER, EnumSet.of(AuditorObjectionReason.UNQUALIFIED)));
    assertTrue(Audits.isAuditorObjectionAllowed(Conductor.THIRD_PARTY_AUDITOR, EnumSet.of(AuditorObjectionReason.NOT_INDEPENDENT)));
    assertTrue(citesCatalogue(d));
  }

  @ParameterizedTest(name = "discovered {0}, bar {1}: notice {2}, reports {3}")
  @CsvSource({"true, NONE, true, true", "false, NONE, false, true",
      "true, PROHIBITED_BY_EU_DATA_PROTECTION_LAW, false, false", "true, SUPERVISORY_AUTHORITY_INSTRUCTION, false, false"})
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: Customer notifies non-compliance and shares audit reports unless EU law prohibits it or an authority instructs otherwise")
  void customerDuties(boolean discovered, SharingBar bar, boolean notice, boolean reports) {
    assertEquals(notice, Audits.isNonComplianceNoticeRequired(discovered, bar));
    assertEquals(reports, Audits.isAuditReportSharingRequired(bar));
    Decision<Boolean> n = Audits.nonComplianceNoticeRequired(discovered, bar);
    Decision<Boolean> r = Audits.auditReportSharingRequired(bar);
    assertEquals(notice, n.isYes());
    assertEquals(reports, r.isYes());
    assertEquals(discovered ? Code.NOTIFY_NON_COMPLIANCE : Code.NO_NON_COMPLIANCE_DISCOVERED, n.getReasonCodes().get(0));
    assertEquals(Code.PROVIDE_AUDIT_REPORTS, r.getReasonCodes().get(0));
    Code barCode = bar == SharingBar.PROHIBITED_BY_EU_DATA_PROTECTION_LAW ? Code.PROHIBITED_BY_EU_LAW
        : bar == SharingBar.SUPERVISORY_AUTHORITY_INSTRUCTION ? Code.SUPERVISORY_AUTHORITY_INSTRUCTED : null;
    assertEquals(barCode == null ? 1 : 2, n.getReasons().size());
    assertEquals(barCode == null ? 1 : 2, r.getReasons().size());
    if (barCode != null) {
      assertTrue(n.hasReason(barCode) && r.hasReason(barCode));
    }
    assertTrue(citesCatalogue(n) && citesCatalogue(r));
  }

  @Test
  @Tag("clause-A.2.2.4")
  @DisplayName("A.2.2.4: audit reports may be used only for regulatory audit requirements and confirming compliance")
  void reportUse() {
    assertTrue(Audits.auditReportUseAllowed(ReportUse.REGULATORY_AUDIT_REQUIREMENTS).isYes());
    assertTrue(Audits.auditReportUseAllowed(ReportUse.REGULATORY_AUDIT_REQUIREMENTS).explain().contains("meeting regulatory audit requirements is such a use"));
    assertTrue(Audits.auditReportUseAllowed(ReportUse.CONFIRMING_COMPLIANCE).explain().contains("confirming compliance with this Addendum is such a use"));
    Decision<Boolean> other = Audits.auditReportUseAllowed(ReportUse.OTHER);
    assertFalse(other.isYes());
    assertEquals(List.of(Code.FORBIDDEN_REPORT_USE), other.getReasonCodes());
    assertTrue(Audits.isAuditReportUseAllowed(ReportUse.CONFIRMING_COMPLIANCE));
    assertFalse(Audits.isAuditReportUseAllowed(ReportUse.OTHER));
  }

  @Test
  @Tag("clause-A.2.2.5")
  @DisplayName("A.2.2.5: Customer reimburses Segment's and Subprocessors' time at professional services rates and pays its auditor")
  void costs() {
    assertEquals(CostTreatment.REIMBURSE_SEGMENT_AT_PROFESSIONAL_SERVICES_RATES, Audits.costTreatmentOf(AuditCost.SEGMENT_TIME));
    assertEquals(CostTreatment.REIMBURSE_SEGMENT_AT_PROFESSIONAL_SERVICES_RATES, Audits.costTreatmentOf(AuditCost.SUBPROCESSOR_TIME));
    assertEquals(CostTreatment.CUSTOMER_PAYS_AUDITOR, Audits.costTreatmentOf(AuditCost.AUDITOR_FEES));
    assertEquals(List.of(Code.CUSTOMER_PAYS_AUDITOR), Audits.costTreatment(AuditCost.AUDITOR_FEES).getReasonCodes());
    assertEquals(List.of(Code.REIMBURSE_AT_PROFESSIONAL_SERVICES_RATES), Audits.costTreatment(AuditCost.SUBPROCESSOR_TIME).getReasonCodes());
    assertEquals(CostTreatment.CUSTOMER_PAYS_AUDITOR, Audits.costTreatment(AuditCost.AUDITOR_FEES).getOutcome());
  }

  @Test
  @Tag("clause-A.2.2.5")
  @DisplayName("A.2.2.5: Segment need not disclose beyond what Third Party Subprocessors publish, nor breach confidentiality")
  void disclosure() {
    Decision<Boolean> free = Audits.disclosureRequired(Set.of());
    assertTrue(free.isYes());
    assertEquals(List.of(Code.NO_DISCLOSURE_LIMIT), free.getReasonCodes());
    Decision<Boolean> both = Audits.disclosureRequired(EnumSet.allOf(DisclosureLimit.class));
    assertFalse(both.isYes());
    assertEquals(List.of(Code.BEYOND_WHAT_SUBPROCESSOR_MAKES_AVAILABLE, Code.WOULD_BREACH_CONFIDENTIALITY), both.getReasonCodes());
    assertEquals(List.of(Code.WOULD_BREACH_CONFIDENTIALITY),
        Audits.disclosureRequired(EnumSet.of(DisclosureLimit.WOULD_BREACH_CONFIDENTIALITY)).getReasonCodes());
    assertEquals(List.of(Code.BEYOND_WHAT_SUBPROCESSOR_MAKES_AVAILABLE),
        Audits.disclosureRequired(EnumSet.of(DisclosureLimit.BEYOND_WHAT_THIRD_PARTY_SUBPROCESSOR_MAKES_GENERALLY_AVAILABLE)).getReasonCodes());
    assertFalse(Audits.isDisclosureRequired(EnumSet.of(DisclosureLimit.WOULD_BREACH_CONFIDENTIALITY)));
  }

  @Test
  @Tag("clause-A.2.2")
  @DisplayName("A.2.2: null arguments are refused with a message naming the argument")
  void nulls() {
    LocalDate r = d("2024-06-15");
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isAuditAllowed((LocalDate) null, List.of(), true, SEGMENT)).getMessage().contains("request"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isAuditAllowed(r, null, true, SEGMENT)).getMessage().contains("earlierAudits"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isAuditAllowed(r, List.of(), true, null)).getMessage().contains("terms"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isAuditAllowed(Instant.EPOCH, List.of(), true, null)).getMessage().contains("terms"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.auditAllowed(null, r, List.of(), true, SEGMENT)).getMessage().contains("basis"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isReportRecent(null, r, SEGMENT, DEFAULTS)).getMessage().contains("issued"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isReportRecent(r, null, SEGMENT, DEFAULTS)).getMessage().contains("request"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isReportRecent(r, r, null, DEFAULTS)).getMessage().contains("terms"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isReportRecent(r, r, SEGMENT, null)).getMessage().contains("readings"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isAuditorObjectionAllowed(null, Set.of())).getMessage().contains("conductor"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isAuditorObjectionAllowed(Conductor.CUSTOMER, null)).getMessage().contains("concerns"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isNonComplianceNoticeRequired(true, null)).getMessage().contains("bar"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isAuditReportSharingRequired(null)).getMessage().contains("bar"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isAuditReportUseAllowed(null)).getMessage().contains("use"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.costTreatmentOf(null)).getMessage().contains("cost"));
    assertTrue(assertThrows(NullPointerException.class, () -> Audits.isDisclosureRequired(null)).getMessage().contains("limits"));
  }
}
