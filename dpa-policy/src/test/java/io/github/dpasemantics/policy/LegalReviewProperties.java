package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.data.WhoseData;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Audits.AuditForm;
import io.github.dpasemantics.policy.Deletion.DeletionReach;
import io.github.dpasemantics.policy.fact.Awareness;
import io.github.dpasemantics.policy.fact.IncidentStatus;
import io.github.dpasemantics.policy.fact.LegalProhibition;
import io.github.dpasemantics.policy.testing.DefinitionsGenerators;
import io.github.dpasemantics.policy.testing.PolicyInputs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Properties of the policies added for the legal review (issue 15). */
class LegalReviewProperties {

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3, 4: notice follows whose data it is: this Customer's as before, someone else's never, other data per the reading")
  void incidentNoticeFollowsWhoseData() {
    qt().forAll(Generate.pick(List.of(0, 1, 2, 3, 4, 5, 6, 7)), Generate.enumValues(WhoseData.class), PolicyInputs.readings())
        .check((bits, whose, readings) -> {
          IncidentStatus incident = IncidentStatus.of((bits & 1) != 0);
          Awareness aware = Awareness.of((bits & 2) != 0);
          LegalProhibition prohibited = LegalProhibition.of((bits & 4) != 0);
          boolean base = Security.isIncidentNotificationRequired(incident, aware, prohibited);
          Decision<Boolean> d = Security.incidentNotificationRequired(incident, aware, prohibited, whose, readings);
          boolean expected = base && (whose == WhoseData.THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA
              || whose == WhoseData.OTHER_DATA_OF_THIS_CUSTOMER && readings.is(Interpretation.INCIDENT_NOTICE_FOR_ANY_DATA_OF_CUSTOMER));
          boolean sameAsBefore = whose != WhoseData.THIS_CUSTOMERS_CUSTOMER_PERSONAL_DATA
              || d.equals(Security.incidentNotificationRequired(incident, aware, prohibited));
          return d.isYes() == expected && d.isYes() == Security.isIncidentNotificationRequired(incident, aware, prohibited, whose, readings)
              && sameAsBefore && (d.getInterpretations().isEmpty() == (whose != WhoseData.OTHER_DATA_OF_THIS_CUSTOMER))
              && citesCatalogue(d);
        });
  }

  @Test
  @Tag("clause-A.2.1.2")
  @DisplayName("A.2.1.2: only rights under EU Data Protection Laws are referred; the EU form is the three-input form")
  void referralOnlyForEuRights() {
    qt().forAll(Generate.enumValues(SubjectKind.class), DefinitionsGenerators.dataDescriptors(),
        Generate.enumValues(DataProtectionLaw.class)).check((who, data, law) -> {
          Decision<Boolean> d = Security.usageDataRequestForwarded(who, data, law, DpaTerms.segment());
          boolean eu = law == DataProtectionLaw.EU_DATA_PROTECTION_LAW;
          return (!d.isYes() || eu) && d.isYes() == Security.isUsageDataRequestForwarded(who, data, law, DpaTerms.segment())
              && (!eu || d.equals(Security.usageDataRequestForwarded(who, data, DpaTerms.segment())))
              && (eu || d.hasReason(Security.Code.NOT_EU_RIGHTS)) && citesCatalogue(d);
        });
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8: the law changes only who answers for Usage Data, never a referral of Customer Personal Data")
  void routingByLaw() {
    qt().forAll(DefinitionsGenerators.dataDescriptors(), Generate.enumValues(DataProtectionLaw.class)).check((data, law) -> {
      Decision<DataSubjects.Routing> d = DataSubjects.routing(data, law);
      DataSubjects.Routing plain = DataSubjects.routingOf(data);
      boolean sameUnlessOtherUsage = plain == DataSubjects.Routing.SEGMENT_AS_CONTROLLER && law == DataProtectionLaw.OTHER
          ? d.getOutcome() == DataSubjects.Routing.OUTSIDE_ADDENDUM : d.getOutcome() == plain;
      return sameUnlessOtherUsage && d.getOutcome() == DataSubjects.routingOf(data, law)
          && (law != DataProtectionLaw.EU_DATA_PROTECTION_LAW || d.equals(DataSubjects.routing(data))) && citesCatalogue(d);
    });
  }

  @Test
  @Tag("clause-A.2.2.2")
  @DisplayName("A.2.2.2: every form but an inspection is granted; an inspection exactly under the alternative reading")
  void auditFormByReading() {
    qt().forAll(Generate.enumValues(AuditForm.class), PolicyInputs.readings()).check((form, readings) -> {
      Decision<Boolean> d = Audits.auditFormGranted(form, readings);
      boolean inspectionAllowed = readings.is(Interpretation.AUDIT_INCLUDES_INSPECTION_WHERE_LAW_GRANTS);
      return d.isYes() == (form != AuditForm.ON_SITE_INSPECTION || inspectionAllowed)
          && d.isYes() == Audits.isAuditFormGranted(form, readings) && citesCatalogue(d);
    });
  }

  @Test
  @Tag("clause-9.1")
  @DisplayName("9.1: Segment's own copies are always within 9.1, Sources' never, and Subprocessors' depend only on the reading")
  void deletionReachByHolder() {
    List<PartyKind> holders = List.of(PartyKind.SEGMENT, PartyKind.SEGMENT_AFFILIATE, PartyKind.SUBPROCESSOR,
        PartyKind.THIRD_PARTY_SUBPROCESSOR, PartyKind.SOURCE_OR_DESTINATION);
    qt().forAll(Generate.pick(holders), PolicyInputs.readings()).check((holder, readings) -> {
      Decision<DeletionReach> d = Deletion.deletionReach(holder, readings);
      DeletionReach expected = holder == PartyKind.SEGMENT ? DeletionReach.WITHIN_9_1
          : holder == PartyKind.SOURCE_OR_DESTINATION ? DeletionReach.NOT_REACHED
          : readings.is(Interpretation.DELETION_AT_SUBPROCESSORS_WITHIN_9_1) ? DeletionReach.WITHIN_9_1
          : DeletionReach.THROUGH_SUBPROCESSOR_AGREEMENT;
      return d.getOutcome() == expected && Deletion.deletionReachOf(holder, readings) == expected && citesCatalogue(d);
    });
  }

  @Test
  @DisplayName("instants: the contract date is the instant's day in the contract's zone, whatever offset it was written with")
  void instantsConvertThroughTheZone() {
    List<ZoneId> zones = List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("Europe/Paris"), ZoneId.of("Asia/Tokyo"), ZoneOffset.UTC);
    qt().forAll(longs().between(0, 4_000_000_000L), integers().between(-12 * 4, 14 * 4), Generate.pick(zones))
        .check((seconds, quarterHours, zone) -> {
          Instant i = Instant.ofEpochSecond(seconds);
          ZoneOffset offset = ZoneOffset.ofTotalSeconds(quarterHours * 15 * 60);
          String text = i.atOffset(offset).toString();
          ContractTime.DateInput in = ContractTime.date("at", text, zone);
          LocalDate plain = LocalDate.ofEpochDay(seconds / 86_400);
          return in.date().equals(LocalDate.ofInstant(i, zone)) && in.isConverted() && in.explain().orElseThrow().startsWith("at: " + text)
              && ContractTime.date("at", plain.toString(), zone).date().equals(plain);
        });
  }
}
