package io.github.dpasemantics.policy.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The two-valued facts of Definitions (2.7, 2.9), Transfers (A.4.2, A.4.3, A.4.3.4, A.4.3.7) and
 * Security (7.2, 7.3, A.2.1.2): each has exactly two constants, the first the "yes" side, and
 * {@code of(boolean)} maps true to it and false to the other.
 */
@DisplayName("named facts of 2, 7 and A.4: two constants, of(true) is the first, of(false) the second")
class DefinitionsTransfersSecurityFactsTest {

  private record Fact(Class<? extends Enum<?>> type, Function<Boolean, Enum<?>> of) {}

  private static final List<Fact> FACTS = List.of(
      new Fact(Automation.class, Automation::of), new Fact(OperatedOn.class, OperatedOn::of),
      new Fact(Confirmation.class, Confirmation::of), new Fact(Breach.class, Breach::of),
      new Fact(AffectedData.class, AffectedData::of), new Fact(PrivacyShieldDuty.class, PrivacyShieldDuty::of),
      new Fact(PrivacyShieldCompliance.class, PrivacyShieldCompliance::of),
      new Fact(DpfCertification.class, DpfCertification::of), new Fact(AlternativeBasis.class, AlternativeBasis::of),
      new Fact(CustomerRequest.class, CustomerRequest::of), new Fact(ReasonableNotice.class, ReasonableNotice::of),
      new Fact(MaterialDecrease.class, MaterialDecrease::of), new Fact(IncidentStatus.class, IncidentStatus::of),
      new Fact(Awareness.class, Awareness::of), new Fact(LegalProhibition.class, LegalProhibition::of),
      new Fact(NoticeHold.class, NoticeHold::of), new Fact(JobNeed.class, JobNeed::of),
      new Fact(ConfidentialityObligation.class, ConfidentialityObligation::of), new Fact(SccStatus.class, SccStatus::of));

  @Test
  @DisplayName("of(b) is the first constant exactly when b, and every fact has two sides")
  void ofMapsBothSides() {
    for (Fact f : FACTS) {
      Enum<?>[] values = f.type().getEnumConstants();
      assertEquals(2, values.length, f.type()::getSimpleName);
      qt().forAll(booleans().all()).check(b -> f.of().apply(b) == values[b ? 0 : 1]);
    }
  }

  @Test
  @DisplayName("of(true) is the side the fact's name asks about: held back, prohibited, certified, requested, ...")
  void ofTrueIsTheNamedSide() {
    assertEquals(List.of(Automation.AUTOMATED, OperatedOn.PERSONAL_DATA, Confirmation.CONFIRMED, Breach.BREACH_OF_SECURITY,
        AffectedData.PERSONAL_DATA_PROCESSED_BY_SEGMENT, PrivacyShieldDuty.OWED, PrivacyShieldCompliance.ABLE_TO_COMPLY,
        DpfCertification.CERTIFIED, AlternativeBasis.LAWFUL_ALTERNATIVE_BASIS, CustomerRequest.REQUESTED, ReasonableNotice.GIVEN,
        MaterialDecrease.MATERIALLY_DECREASES, IncidentStatus.SECURITY_INCIDENT, Awareness.AWARE,
        LegalProhibition.PROHIBITED_BY_LAW, NoticeHold.HELD_BACK, JobNeed.NEEDED_FOR_JOB_DUTIES,
        ConfidentialityObligation.SUBJECT_TO_CONFIDENTIALITY, SccStatus.GOVERN),
        FACTS.stream().map(f -> f.of().apply(true)).toList());
  }

  @Test
  @DisplayName("A.4.3: SccStatus.isGoverning is true for GOVERN only")
  void sccStatusGoverning() {
    assertEquals(true, SccStatus.GOVERN.isGoverning());
    assertEquals(false, SccStatus.DO_NOT_GOVERN.isGoverning());
  }

  @Test
  @DisplayName("7.3: the delay grounds are the two 7.3 names, law enforcement and investigation or remediation")
  void delayGrounds() {
    assertEquals(List.of(DelayGround.LAW_ENFORCEMENT_REQUEST, DelayGround.INVESTIGATION_OR_REMEDIATION),
        List.of(DelayGround.values()));
  }
}
