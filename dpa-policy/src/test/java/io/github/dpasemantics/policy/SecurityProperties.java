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
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class SecurityProperties {

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: the delay status is never a date, agrees bare/explained, and an excuse never makes a delay worse")
  void delayStatus() {
    qt().forAll(booleans().all(), booleans().all(), booleans().all(), booleans().all()).check((delayed, le, inv, proh) -> {
      Decision<NoticeDelay> d = Security.noticeDelay(delayed, le, inv, proh);
      NoticeDelay s = Security.noticeDelayStatus(delayed, le, inv, proh);
      boolean excuseHelps = s != NoticeDelay.DELAY_NOT_EXCUSED || Security.noticeDelayStatus(delayed, true, inv, proh) != s;
      return d.getOutcome() == s && d.getWindow().isEmpty() && excuseHelps && citesCatalogue(d)
          && (s == NoticeDelay.NOTICE_PROHIBITED) == proh;
    });
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: notification is required exactly for an incident Segment knows of whose notice the law allows")
  void notificationRule() {
    qt().forAll(booleans().all(), booleans().all(), booleans().all()).check((inc, aware, proh) -> {
      Decision<Boolean> d = Security.incidentNotificationRequired(inc, aware, proh);
      return d.isYes() == (inc && aware && !proh) && d.isYes() == Security.isIncidentNotificationRequired(inc, aware, proh)
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
      Decision<Boolean> d = Security.noticeContent(given, impossible);
      return (!d.isYes() || Security.isNoticeContentComplete(more, impossible))
          && d.isYes() == Security.isNoticeContentComplete(given, impossible)
          && d.getReasons().size() == NoticeItem.values().length && citesCatalogue(d);
    });
  }

  @Test
  @Tag("clause-7.2")
  @DisplayName("7.2, A.2.1.2, 7.3: two-condition rules agree bare/explained")
  void twoConditionRules() {
    qt().forAll(booleans().all(), booleans().all()).check((a, b) ->
        Security.securityMeasuresChangeAllowed(a, b).isYes() == (a && !b)
            && Security.isSecurityMeasuresChangeAllowed(a, b) == (a && !b)
            && Security.personnelAccess(a, b).isYes() == (a && b)
            && Security.noAdmissionOfFault(a).isYes() == a
            && citesCatalogue(Security.securityMeasuresChangeAllowed(a, b)) && citesCatalogue(Security.personnelAccess(a, b)));
  }

  @Test
  @Tag("clause-A.2.1.1")
  @DisplayName("A.2.1.1: no assistance is owed where EU Data Protection Law does not govern; bare == explained")
  void assistanceNeedsEuLaw() {
    qt().forAll(integers().between(1, 99), booleans().all()).check((article, eu) -> {
      Decision<Boolean> d = Security.securityAssistance(article, eu);
      return d.isYes() == Security.isSecurityAssistanceOwed(article, eu) && (eu || !d.isYes())
          && (d.isYes() == (eu && article != 35 && article != 36 && Security.obligesController(article))) && citesCatalogue(d);
    });
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.1–7.4: who is responsible for a task is explained by the clause that allocates it, and by no other")
  void responsibilityCitesItsClause() {
    qt().forAll(Generate.enumValues(Security.Task.class)).check(t -> {
      Decision<PartyKind> d = Security.responsibleParty(t);
      return d.getClauses().equals(List.of(ClauseId.parse(t.clause()))) && d.getOutcome() == Security.responsibleFor(t);
    });
  }

  @Test
  @Tag("clause-A.2.1.2")
  @DisplayName("A.2.1.2 and 7.1: bare == explained over random data")
  void dataRules() {
    qt().forAll(Generate.enumValues(SubjectKind.class), dataDescriptors()).check((who, data) -> {
      Decision<Boolean> u = Security.usageDataRequest(who, data, DpaTerms.segment());
      Decision<Boolean> m = Security.securityMeasuresCover(data);
      return u.isYes() == Security.isUsageDataRequestForwarded(who, data) && m.isYes() == Security.isCoveredBySecurityMeasures(data)
          && m.isYes() == Definitions.isCustomerPersonalData(data) && citesCatalogue(u) && citesCatalogue(m);
    });
  }
}
