package io.github.dpasemantics.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.policy.Subprocessing.NoticeTiming;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The floors compute the policies' rules: floor, bare outcome and explained Decision agree. */
class PolicyAgreementTest {

  @Test
  @Tag("clause-2.9")
  @Tag("clause-6.3")
  @Tag("clause-9.1")
  @Tag("clause-A.2.2.2")
  @Tag("clause-B.3")
  @DisplayName("2.9, 6.3, 9.1, A.2.2.2, B.3: floor, bare outcome and explained Decision agree on 3 x 7 x 5,000 generated inputs")
  void floorsAgreeWithPolicies() {
    for (long seed : new long[] {2, 63, 20_260_101L}) {
      assertEquals(35_000, PolicyAgreement.checkAll(seed, 5_000));
    }
  }

  @Test
  @Tag("clause-6.3")
  @DisplayName("6.3: the notice floor is timely ten days before first processing, late nine days before")
  void noticeFloorBoundary() {
    LocalDate first = LocalDate.of(2024, 3, 11);
    assertEquals(NoticeTiming.TIMELY, Floors.noticeTiming(new Inputs.Notice(first.minusDays(11), first)));
    assertEquals(NoticeTiming.TIMELY, Floors.noticeTiming(new Inputs.Notice(first.minusDays(10), first)));
    assertEquals(NoticeTiming.LATE, Floors.noticeTiming(new Inputs.Notice(first.minusDays(9), first)));
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: the report floor looks back 12 months from 29 February to 28 February, inclusive, and not a day more")
  void reportFloorLeapDay() {
    LocalDate request = LocalDate.of(2024, 2, 29);
    assertTrue(Floors.isThirdPartyReportSufficient(new Inputs.Report(LocalDate.of(2023, 2, 28), request, ReportCoverage.ADDRESSES_REQUEST,
        MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED)));
    assertTrue(!Floors.isThirdPartyReportSufficient(new Inputs.Report(LocalDate.of(2023, 2, 27), request, ReportCoverage.ADDRESSES_REQUEST,
        MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED)));
    assertTrue(Floors.isThirdPartyReportSufficient(new Inputs.Report(request, request, ReportCoverage.ADDRESSES_REQUEST,
        MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED)));
    assertTrue(!Floors.isThirdPartyReportSufficient(new Inputs.Report(request.plusDays(1), request, ReportCoverage.ADDRESSES_REQUEST,
        MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED)));
  }

  @Test
  @DisplayName("the generated inputs reach the boundary rows: objections on the 5th and 6th day, deletion requests on the end day")
  void inputsReachBoundaries() {
    Inputs.Objection[] objections = Inputs.objections(63, Inputs.SIZE);
    assertTrue(Arrays.stream(objections).anyMatch(o -> o.objection().equals(o.notice().plusDays(5))));
    assertTrue(Arrays.stream(objections).anyMatch(o -> o.objection().equals(o.notice().plusDays(6))));
    assertTrue(Arrays.stream(objections).anyMatch(o -> o.objection().equals(o.notice())));
    Inputs.Deletion[] deletions = Inputs.deletions(91, Inputs.SIZE);
    assertTrue(Arrays.stream(deletions).anyMatch(d -> d.request().equals(d.agreementEnd())));
    assertTrue(Arrays.stream(deletions).anyMatch(d -> d.request().equals(d.agreementEnd().minusDays(1))));
    assertTrue(Arrays.stream(Inputs.reports(2222, Inputs.SIZE)).anyMatch(r -> r.request().getMonthValue() == 2
        && r.request().getDayOfMonth() == 29));
  }
}
