package io.github.dpasemantics.monitor;

import static io.github.dpasemantics.monitor.testing.MonitorGenerators.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.SubprocessorAgreementSigned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * 6.1.1: "Segment: shall enter into a written agreement with each Subprocessor, imposing data
 * protection obligations substantially similar to those set out in this Addendum". The duty arises
 * when the Subprocessor is engaged (the norm's trigger) and the signed agreement performs it.
 */
class MonitorSubprocessorAgreementTest {
  private static final LocalDate ENGAGED = LocalDate.of(2025, 3, 1);
  private static final String SUB = "snowflake";

  private static SubprocessorAgreementSigned signed(LocalDate date, boolean similar) {
    return SubprocessorAgreementSigned.builder().id("signed").date(date).subprocessorId(SUB).substantiallySimilar(similar).build();
  }

  private static ObligationInstance agreement(ContractState s) {
    List<ObligationInstance> all = s.getObligations(ObligationKind.SUBPROCESSOR_AGREEMENT);
    assertEquals(1, all.size(), s::toString);
    return all.get(0);
  }

  @Test
  @Tag("clause-6.1.1")
  @DisplayName("6.1.1: Snowflake engaged on 1 March 2025 with no written agreement by 20 March: the duty is ACTIVE, created by the engagement")
  void owedOnEngagement() {
    ContractState s = ContractMonitor.of(contract()).append(engaged("g", ENGAGED, SUB)).stateAsOf(LocalDate.of(2025, 3, 20));
    ObligationInstance i = agreement(s);
    assertEquals(ObligationState.ACTIVE, i.getState());
    assertEquals("g", i.getCreatedBy());
    assertEquals(Optional.of(SUB), i.getSubject());
    assertEquals(MonitorCode.NOTICE_OWED, s.getAccount("g").orElseThrow().getReason().getCode());
  }

  @Test
  @Tag("clause-6.1.1")
  @DisplayName("6.1.1: the agreement signed on 2 March performs the duty owed since the engagement (one instance, moved by the signature)")
  void signatureFulfilsTheOwedDuty() {
    ContractState s = ContractMonitor.of(contract()).appendAll(engaged("g", ENGAGED, SUB), signed(ENGAGED.plusDays(1), true))
        .stateAsOf(LocalDate.of(2025, 3, 20));
    ObligationInstance i = agreement(s);
    assertEquals(ObligationState.FULFILLED, i.getState());
    assertEquals("g", i.getCreatedBy());
    assertEquals(Optional.of("signed"), i.getMovedBy());
  }

  @Test
  @Tag("clause-6.1.1")
  @DisplayName("6.1.1 property: one duty per Subprocessor, ACTIVE until an agreement is signed, then FULFILLED or VIOLATED as it is substantially similar")
  void oneDutyPerSubprocessor() {
    qt().withExamples(200).forAll(SourceDSL.integers().between(-10, 30), SourceDSL.integers().between(0, 2),
        SourceDSL.booleans().all()).checkAssert((signedAfter, signature, affiliate) -> {
          List<DpaEvent> events = new ArrayList<>();
          events.add(affiliate ? engagedAffiliate("g", ENGAGED, SUB) : engaged("g", ENGAGED, SUB));
          LocalDate signedOn = ENGAGED.plusDays(signedAfter);
          if (signature > 0) {
            events.add(signed(signedOn, signature == 1));
          }
          LocalDate asOf = ENGAGED.plusDays(40);
          ObligationInstance i = agreement(ContractMonitor.of(contract()).appendAll(events).stateAsOf(asOf));
          ObligationState expected = signature == 0 ? ObligationState.ACTIVE
              : signature == 1 ? ObligationState.FULFILLED : ObligationState.VIOLATED;
          assertEquals(expected, i.getState());
        });
  }
}
