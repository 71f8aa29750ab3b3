package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.event.DeletionCertificationRequested;
import io.github.dpasemantics.model.event.SubprocessorAgreementCopiesRequested;
import io.github.dpasemantics.policy.LegalFacts;
import io.github.dpasemantics.policy.Transfers;
import io.github.dpasemantics.policy.fact.AlternativeBasis;
import io.github.dpasemantics.policy.fact.DpfCertification;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** A.4.3.4 and A.4.3.7 exist only under the Standard Contractual Clauses: the monitor asks Transfers whether they govern. */
class MonitorSccDutiesTest {
  private static final LocalDate D = LocalDate.of(2024, 6, 3);
  private static final String[] COUNTRIES = {"DE", "FR", "US", "GB", "CH", "IN"};

  private static ContractState state(io.github.dpasemantics.model.event.DpaEvent... events) {
    return ContractMonitor.of(contract()).appendAll(events).stateAsOf(D.plusDays(30));
  }

  private static DeletionCertificationRequested certification(LocalDate date) {
    return DeletionCertificationRequested.builder().id("c").date(date).build();
  }

  private static SubprocessorAgreementCopiesRequested copies(LocalDate date) {
    return SubprocessorAgreementCopiesRequested.builder().id("q").date(date).requestId("copies-1").build();
  }

  @Test
  @Tag("clause-A.4.3.7")
  @DisplayName("A.4.3.7: the Clause 12(1) certificate is owed where the SCCs govern a transfer (Germany to a US importer not DPF-certified)")
  void certificateOwedUnderSccs() {
    ContractState s = state(transfer("t", D, "DE", "US", false), certification(D.plusDays(1)));
    ObligationInstance i = s.getObligations(ObligationKind.DELETION_CERTIFICATION).get(0);
    assertEquals(ObligationState.ACTIVE, i.getState());
    assertTrue(i.getDecision().getClauses().contains(io.github.dpasemantics.model.clause.ClauseId.parse("A.4.3")),
        () -> i.getDecision().explain());
  }

  @Test
  @Tag("clause-A.4.3.7")
  @DisplayName("A.4.3.7: no certificate duty where the only transfer goes to a DPF-certified importer (the SCCs do not govern it)")
  void noCertificateWithoutSccs() {
    ContractState s = state(transfer("t", D, "DE", "US", true), certification(D.plusDays(1)));
    assertTrue(s.getObligations(ObligationKind.DELETION_CERTIFICATION).isEmpty());
    EventAccount a = s.getAccount("c").orElseThrow();
    assertTrue(a.isUnmatched());
    assertEquals(MonitorCode.SCCS_DO_NOT_GOVERN, a.getReason().getCode());
    assertFalse(a.getReason().getText().matches(".*\\{\\d+}.*"), a.getReason().getText());
  }

  @Test
  @Tag("clause-A.4.3.4")
  @DisplayName("A.4.3.4: no copies duty with no transfer recorded, or with one made only after the request")
  void noCopiesWithoutTransfer() {
    assertTrue(state(copies(D)).getObligations(ObligationKind.SUBPROCESSOR_AGREEMENT_COPIES).isEmpty());
    assertTrue(state(copies(D), transfer("t", D.plusDays(1), "DE", "US", false))
        .getObligations(ObligationKind.SUBPROCESSOR_AGREEMENT_COPIES).isEmpty());
    assertEquals(1, state(transfer("t", D, "DE", "IN", false), copies(D))
        .getObligations(ObligationKind.SUBPROCESSOR_AGREEMENT_COPIES).size());
  }

  @Test
  @Tag("clause-A.4.3")
  @DisplayName("A.4.3 property: a duty of the SCCs exists exactly when Transfers says the SCCs govern the recorded transfer on the request date")
  void sccDutiesOnlyWhereSccsGovern() {
    qt().withExamples(120).forAll(SourceDSL.integers().between(0, COUNTRIES.length - 1),
        SourceDSL.integers().between(0, COUNTRIES.length - 2), SourceDSL.booleans().all(),
        SourceDSL.integers().between(0, 2400)).checkAssert((from, offset, dpf, day) -> {
          int to = (from + 1 + offset) % COUNTRIES.length; // a transfer goes to another country
          LocalDate date = EFFECTIVE.plusDays(day);
          ContractState s = ContractMonitor.of(contract()).appendAll(transfer("t", date, COUNTRIES[from], COUNTRIES[to], dpf),
              copies(date), certification(date)).stateAsOf(date);
          boolean governed = Transfers.isSccGoverned(CountryCode.of(COUNTRIES[from]), CountryCode.of(COUNTRIES[to]),
              DpfCertification.of(dpf), AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS,
              date, LegalFacts.current(), contract().getInterpretations());
          assertEquals(governed ? 1 : 0, s.getObligations(ObligationKind.SUBPROCESSOR_AGREEMENT_COPIES).size());
          assertEquals(governed ? 1 : 0, s.getObligations(ObligationKind.DELETION_CERTIFICATION).size());
        });
  }

  @Test
  @Tag("clause-A.4.3.8")
  @DisplayName("A.4.3.8: SCCs that governed a transfer from 2021 terminate once the same transfer is recorded to a DPF-certified Segment (1 September 2023); copies asked for on 2 October 2023 are not owed")
  void noCopiesOnceTheSccsTerminated() {
    ContractState s = ContractMonitor.of(contract()).appendAll(
        transfer("t1", "eu-us", LocalDate.of(2021, 1, 4), "DE", "US", false),
        transfer("t2", "eu-us", LocalDate.of(2023, 9, 1), "DE", "US", true),
        copies(LocalDate.of(2023, 10, 2))).stateAsOf(LocalDate.of(2023, 10, 5));
    assertTrue(s.getObligations(ObligationKind.SUBPROCESSOR_AGREEMENT_COPIES).isEmpty(), s::toString);
    assertEquals(MonitorCode.SCCS_DO_NOT_GOVERN, s.getAccount("q").orElseThrow().getReason().getCode());
  }

  @Test
  @Tag("clause-A.4.3.8")
  @DisplayName("A.4.3.8 property: with a transfer recorded again and again, a duty of the SCCs exists exactly when they govern its latest record by the request date")
  void latestRecordOfATransferDecides() {
    qt().withExamples(150).forAll(SourceDSL.lists().of(SourceDSL.booleans().all()).ofSizeBetween(1, 4),
        SourceDSL.integers().between(0, 1500), SourceDSL.integers().between(1, 400), SourceDSL.integers().between(0, 2000))
        .checkAssert((certified, start, gap, requestAfter) -> {
          java.util.List<io.github.dpasemantics.model.event.DpaEvent> events = new java.util.ArrayList<>();
          LocalDate day = EFFECTIVE.plusDays(start);
          boolean latest = false;
          LocalDate request = EFFECTIVE.plusDays(start + requestAfter);
          boolean any = false;
          for (int k = 0; k < certified.size(); k++) {
            LocalDate on = day.plusDays((long) k * gap);
            events.add(transfer("t" + k, "eu-us", on, "DE", "US", certified.get(k)));
            if (!on.isAfter(request)) {
              latest = certified.get(k);
              any = true;
            }
          }
          events.add(copies(request));
          ContractState s = ContractMonitor.of(contract()).appendAll(events).stateAsOf(request);
          boolean governed = any && Transfers.isSccGoverned(CountryCode.of("DE"), CountryCode.of("US"),
              DpfCertification.of(latest), AlternativeBasis.NO_LAWFUL_ALTERNATIVE_BASIS,
              request, LegalFacts.current(), contract().getInterpretations());
          assertEquals(governed ? 1 : 0, s.getObligations(ObligationKind.SUBPROCESSOR_AGREEMENT_COPIES).size(), s::toString);
        });
  }
}
