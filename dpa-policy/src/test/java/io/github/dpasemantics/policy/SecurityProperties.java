package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.dataDescriptors;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.enumSets;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Security.NoticeDelay;
import io.github.dpasemantics.policy.Security.NoticeItem;
import io.github.dpasemantics.policy.fact.Awareness;
import io.github.dpasemantics.policy.fact.ConfidentialityObligation;
import io.github.dpasemantics.policy.fact.DelayGround;
import io.github.dpasemantics.policy.fact.IncidentCommunication;
import io.github.dpasemantics.policy.fact.IncidentStatus;
import io.github.dpasemantics.policy.fact.JobNeed;
import io.github.dpasemantics.policy.fact.LegalProhibition;
import io.github.dpasemantics.policy.fact.MaterialDecrease;
import io.github.dpasemantics.policy.fact.NoticeHold;
import io.github.dpasemantics.policy.fact.ReasonableNotice;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class SecurityProperties {

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: the delay status is never a date, agrees bare/explained, and an excuse never makes a delay worse")
  void delayStatus() {
    qt().forAll(Generate.enumValues(NoticeHold.class), enumSets(DelayGround.class), Generate.enumValues(DelayGround.class),
        Generate.enumValues(LegalProhibition.class)).check((hold, grounds, extra, proh) -> {
          Decision<NoticeDelay> d = Security.noticeDelay(hold, grounds, proh);
          NoticeDelay s = Security.noticeDelayOf(hold, grounds, proh);
          Set<DelayGround> more = EnumSet.of(extra);
          more.addAll(grounds);
          boolean groundHelps = s != NoticeDelay.DELAY_NOT_EXCUSED || Security.noticeDelayOf(hold, more, proh) != s;
          boolean groundsIrrelevantUndelayed = hold == NoticeHold.HELD_BACK
              || s == Security.noticeDelayOf(hold, EnumSet.allOf(DelayGround.class), proh);
          return d.getOutcome() == s && d.getWindow().isEmpty() && groundHelps && groundsIrrelevantUndelayed && citesCatalogue(d)
              && (s == NoticeDelay.NOTICE_PROHIBITED) == (proh == LegalProhibition.PROHIBITED_BY_LAW)
              && (s != NoticeDelay.DELAY_NOT_UNDUE || d.getReasons().size() == grounds.size());
        });
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: notification is required exactly for an incident Segment knows of whose notice the law allows")
  void notificationRule() {
    qt().forAll(Generate.enumValues(IncidentStatus.class), Generate.enumValues(Awareness.class),
        Generate.enumValues(LegalProhibition.class)).check((inc, aware, proh) -> {
          Decision<Boolean> d = Security.incidentNotificationRequired(inc, aware, proh);
          boolean expected = inc == IncidentStatus.SECURITY_INCIDENT && aware == Awareness.AWARE
              && proh == LegalProhibition.NOT_PROHIBITED;
          return d.isYes() == expected && d.isYes() == Security.isIncidentNotificationRequired(inc, aware, proh)
              && citesCatalogue(d);
        });
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: describing more never makes a notice less complete; one reason per item")
  void contentMonotone() {
    qt().forAll(enumSets(NoticeItem.class), enumSets(NoticeItem.class), Generate.enumValues(NoticeItem.class)).check((given, impossible, extra) -> {
      java.util.Set<NoticeItem> more = java.util.EnumSet.of(extra);
      more.addAll(given);
      Decision<Boolean> d = Security.noticeContentComplete(given, impossible);
      return (!d.isYes() || Security.isNoticeContentComplete(more, impossible))
          && d.isYes() == Security.isNoticeContentComplete(given, impossible)
          && d.getReasons().size() == NoticeItem.values().length && citesCatalogue(d);
    });
  }

  @Test
  @Tag("clause-7.2")
  @DisplayName("7.2, A.2.1.2, 7.3: two-condition rules agree bare/explained")
  void twoConditionRules() {
    qt().forAll(booleans().all(), booleans().all()).check((a, b) -> {
      ReasonableNotice notice = ReasonableNotice.of(a);
      MaterialDecrease decrease = MaterialDecrease.of(b);
      JobNeed need = JobNeed.of(a);
      ConfidentialityObligation bound = ConfidentialityObligation.of(b);
      return Security.securityMeasuresChangeAllowed(notice, decrease).isYes() == (a && !b)
          && Security.isSecurityMeasuresChangeAllowed(notice, decrease) == (a && !b)
          && Security.personnelAccessAllowed(need, bound).isYes() == (a && b)
          && Security.isPersonnelAccessAllowed(need, bound) == (a && b)
          && Security.noAdmissionOfFault(IncidentCommunication.of(a)).isYes() == a
          && Security.isNoAdmissionOfFault(IncidentCommunication.of(a)) == a
          && citesCatalogue(Security.securityMeasuresChangeAllowed(notice, decrease))
          && citesCatalogue(Security.personnelAccessAllowed(need, bound));
    });
  }

  @Test
  @Tag("clause-A.2.1.1")
  @DisplayName("A.2.1.1: no assistance is owed where EU Data Protection Law does not govern; bare == explained")
  void assistanceNeedsEuLaw() {
    qt().forAll(integers().between(1, 99), booleans().all()).check((article, eu) -> {
      Decision<Boolean> d = Security.securityAssistanceOwed(article, eu);
      return d.isYes() == Security.isSecurityAssistanceOwed(article, eu) && (eu || !d.isYes())
          && (d.isYes() == (eu && article != 35 && article != 36 && Security.isControllerObliged(article))) && citesCatalogue(d);
    });
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.1–7.4: who is responsible for a task is explained by the clause that allocates it, and by no other")
  void responsibilityCitesItsClause() {
    qt().forAll(Generate.enumValues(Security.Task.class)).check(t -> {
      Decision<PartyKind> d = Security.responsibleParty(t);
      return d.getClauses().equals(List.of(ClauseId.parse(t.clause()))) && d.getOutcome() == Security.responsiblePartyOf(t);
    });
  }

  @Test
  @Tag("clause-A.2.1.2")
  @DisplayName("A.2.1.2 and 7.1: bare == explained over random data")
  void dataRules() {
    qt().forAll(Generate.enumValues(SubjectKind.class), dataDescriptors()).check((who, data) -> {
      Decision<Boolean> u = Security.usageDataRequestForwarded(who, data, DpaTerms.segment());
      Decision<Boolean> m = Security.coveredBySecurityMeasures(data);
      return u.isYes() == Security.isUsageDataRequestForwarded(who, data, DpaTerms.segment()) && m.isYes() == Security.isCoveredBySecurityMeasures(data)
          && m.isYes() == Definitions.isCustomerPersonalData(data) && citesCatalogue(u) && citesCatalogue(m);
    });
  }
}
