package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Security.Code;
import io.github.dpasemantics.policy.Security.NoticeDelay;
import io.github.dpasemantics.policy.Security.NoticeItem;
import io.github.dpasemantics.policy.Security.Task;
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

class SecurityTest {

  static DataDescriptor data(DataOrigin origin, SubjectKind subject, boolean personal) {
    return DataDescriptor.builder().origin(origin).subjectKind(subject).processedBySegment(true)
        .governingLaws(personal ? List.of(DataProtectionLaw.EU_DATA_PROTECTION_LAW) : List.of()).build();
  }

  @Test
  @Tag("clause-7.1")
  @DisplayName("7.1: the Security Measures protect Customer Personal Data, not Usage Data")
  void measuresCover() {
    Decision<Boolean> cpd = Security.coveredBySecurityMeasures(data(DataOrigin.CUSTOMER_DATA, SubjectKind.CUSTOMER_END_USER, true));
    assertTrue(cpd.isYes());
    assertEquals(List.of(Code.MEASURES_PROTECT_CUSTOMER_PERSONAL_DATA), cpd.getReasonCodes());
    Decision<Boolean> usage = Security.coveredBySecurityMeasures(data(DataOrigin.USAGE_DATA, SubjectKind.CUSTOMER_END_USER, true));
    assertFalse(usage.isYes());
    assertEquals(List.of(Code.MEASURES_NOT_FOR_THIS_DATA), usage.getReasonCodes());
    assertTrue(citesCatalogue(cpd) && citesCatalogue(usage));
  }

  @Test
  @Tag("clause-7.4")
  @DisplayName("7.1–7.4: Segment keeps the Security Measures and notifies; Customer reviews, notifies third parties, secures its side, backs up")
  void responsibilities() {
    assertEquals(PartyKind.SEGMENT, Security.responsiblePartyOf(Task.SECURITY_MEASURES));
    assertEquals(PartyKind.SEGMENT, Security.responsiblePartyOf(Task.INCIDENT_NOTICE_TO_CUSTOMER));
    for (Task t : List.of(Task.SECURITY_REVIEW, Task.NOTIFICATION_LAWS_AND_THIRD_PARTY_NOTICES, Task.APPROPRIATE_USE, Task.CREDENTIALS,
        Task.CUSTOMER_SYSTEMS, Task.BACKUPS)) {
      assertEquals(PartyKind.CUSTOMER, Security.responsiblePartyOf(t), t.name());
    }
    assertEquals(List.of(Code.SEGMENT_TASK), Security.responsibleParty(Task.SECURITY_MEASURES).getReasonCodes());
    assertEquals(List.of(Code.SEGMENT_NOTIFIES_INCIDENTS), Security.responsibleParty(Task.INCIDENT_NOTICE_TO_CUSTOMER).getReasonCodes());
    assertEquals(List.of(Code.CUSTOMER_REVIEWS), Security.responsibleParty(Task.SECURITY_REVIEW).getReasonCodes());
    assertEquals(List.of(Code.CUSTOMER_NOTIFICATION_LAWS),
        Security.responsibleParty(Task.NOTIFICATION_LAWS_AND_THIRD_PARTY_NOTICES).getReasonCodes());
    Decision<PartyKind> backups = Security.responsibleParty(Task.BACKUPS);
    assertEquals(PartyKind.CUSTOMER, backups.getOutcome());
    assertEquals(List.of(Code.CUSTOMER_USE), backups.getReasonCodes());
    assertEquals("7.4", Task.BACKUPS.clause());
    assertEquals("7.3", Task.INCIDENT_NOTICE_TO_CUSTOMER.clause());
    for (Task t : Task.values()) {
      Decision<PartyKind> d = Security.responsibleParty(t);
      assertEquals(Security.responsiblePartyOf(t), d.getOutcome());
      assertTrue(citesCatalogue(d));
    }
    assertThrows(NullPointerException.class, () -> Security.responsiblePartyOf(null));
  }

  @Test
  @Tag("clause-7.2")
  @DisplayName("7.2: an update on reasonable notice that does not materially decrease Segment's obligations is allowed")
  void measuresChange() {
    Decision<Boolean> ok = Security.securityMeasuresChangeAllowed(ReasonableNotice.GIVEN, MaterialDecrease.DOES_NOT_MATERIALLY_DECREASE);
    assertTrue(ok.isYes());
    assertEquals(List.of(Code.CHANGE_ALLOWED), ok.getReasonCodes());
    assertEquals(List.of(Code.NO_REASONABLE_NOTICE), Security.securityMeasuresChangeAllowed(ReasonableNotice.NOT_GIVEN, MaterialDecrease.DOES_NOT_MATERIALLY_DECREASE).getReasonCodes());
    assertEquals(List.of(Code.MATERIAL_DECREASE), Security.securityMeasuresChangeAllowed(ReasonableNotice.GIVEN, MaterialDecrease.MATERIALLY_DECREASES).getReasonCodes());
    Decision<Boolean> both = Security.securityMeasuresChangeAllowed(ReasonableNotice.NOT_GIVEN, MaterialDecrease.MATERIALLY_DECREASES);
    assertFalse(both.isYes());
    assertEquals(List.of(Code.NO_REASONABLE_NOTICE, Code.MATERIAL_DECREASE), both.getReasonCodes());
    assertTrue(citesCatalogue(ok) && citesCatalogue(both));
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: aware of a confirmed Security Incident, Segment must notify, unless the law prohibits it")
  void notificationRequired() {
    Decision<Boolean> d = Security.incidentNotificationRequired(IncidentStatus.SECURITY_INCIDENT, Awareness.AWARE, LegalProhibition.NOT_PROHIBITED);
    assertTrue(d.isYes());
    assertEquals(List.of(Code.NOTICE_REQUIRED), d.getReasonCodes());
    assertEquals(List.of(Code.PROHIBITED_BY_LAW), Security.incidentNotificationRequired(IncidentStatus.SECURITY_INCIDENT, Awareness.AWARE, LegalProhibition.PROHIBITED_BY_LAW).getReasonCodes());
    assertEquals(List.of(Code.NOT_AWARE), Security.incidentNotificationRequired(IncidentStatus.SECURITY_INCIDENT, Awareness.NOT_AWARE, LegalProhibition.NOT_PROHIBITED).getReasonCodes());
    assertEquals(List.of(Code.NOT_A_SECURITY_INCIDENT), Security.incidentNotificationRequired(IncidentStatus.NOT_A_SECURITY_INCIDENT, Awareness.AWARE, LegalProhibition.NOT_PROHIBITED).getReasonCodes());
    assertEquals(List.of(Code.NOT_A_SECURITY_INCIDENT, Code.NOT_AWARE, Code.PROHIBITED_BY_LAW),
        Security.incidentNotificationRequired(IncidentStatus.NOT_A_SECURITY_INCIDENT, Awareness.NOT_AWARE, LegalProhibition.PROHIBITED_BY_LAW).getReasonCodes());
    assertFalse(Security.isIncidentNotificationRequired(IncidentStatus.SECURITY_INCIDENT, Awareness.AWARE, LegalProhibition.PROHIBITED_BY_LAW));
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a delay asked by law enforcement or for investigation is not undue; another is not excused; prohibition wins")
  void noticeDelay() {
    assertEquals(NoticeDelay.NOT_DELAYED, Security.noticeDelayOf(NoticeHold.NOT_HELD_BACK, EnumSet.of(DelayGround.LAW_ENFORCEMENT_REQUEST, DelayGround.INVESTIGATION_OR_REMEDIATION), LegalProhibition.NOT_PROHIBITED));
    assertEquals(List.of(Code.NOT_DELAYED), Security.noticeDelay(NoticeHold.NOT_HELD_BACK, EnumSet.noneOf(DelayGround.class), LegalProhibition.NOT_PROHIBITED).getReasonCodes());
    Decision<NoticeDelay> le = Security.noticeDelay(NoticeHold.HELD_BACK, EnumSet.of(DelayGround.LAW_ENFORCEMENT_REQUEST), LegalProhibition.NOT_PROHIBITED);
    assertEquals(NoticeDelay.DELAY_NOT_UNDUE, le.getOutcome());
    assertEquals(List.of(Code.LAW_ENFORCEMENT_DELAY), le.getReasonCodes());
    Decision<NoticeDelay> inv = Security.noticeDelay(NoticeHold.HELD_BACK, EnumSet.of(DelayGround.INVESTIGATION_OR_REMEDIATION), LegalProhibition.NOT_PROHIBITED);
    assertEquals(NoticeDelay.DELAY_NOT_UNDUE, inv.getOutcome());
    assertEquals(List.of(Code.INVESTIGATION_DELAY), inv.getReasonCodes());
    assertEquals(List.of(Code.LAW_ENFORCEMENT_DELAY, Code.INVESTIGATION_DELAY), Security.noticeDelay(NoticeHold.HELD_BACK, EnumSet.of(DelayGround.LAW_ENFORCEMENT_REQUEST, DelayGround.INVESTIGATION_OR_REMEDIATION), LegalProhibition.NOT_PROHIBITED).getReasonCodes());
    Decision<NoticeDelay> unexcused = Security.noticeDelay(NoticeHold.HELD_BACK, EnumSet.noneOf(DelayGround.class), LegalProhibition.NOT_PROHIBITED);
    assertEquals(NoticeDelay.DELAY_NOT_EXCUSED, unexcused.getOutcome());
    assertEquals(List.of(Code.UNEXCUSED_DELAY), unexcused.getReasonCodes());
    Decision<NoticeDelay> prohibited = Security.noticeDelay(NoticeHold.HELD_BACK, EnumSet.noneOf(DelayGround.class), LegalProhibition.PROHIBITED_BY_LAW);
    assertEquals(NoticeDelay.NOTICE_PROHIBITED, prohibited.getOutcome());
    assertEquals(List.of(Code.PROHIBITED_BY_LAW), prohibited.getReasonCodes());
    assertEquals(NoticeDelay.NOTICE_PROHIBITED, Security.noticeDelayOf(NoticeHold.NOT_HELD_BACK, EnumSet.noneOf(DelayGround.class), LegalProhibition.PROHIBITED_BY_LAW));
    assertTrue(le.getWindow().isEmpty(), "without undue delay has no date");
    assertTrue(citesCatalogue(le) && citesCatalogue(unexcused) && citesCatalogue(prohibited));
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a notice is complete when each item is described or not possible to describe")
  void noticeContent() {
    Set<NoticeItem> all = EnumSet.allOf(NoticeItem.class);
    Set<NoticeItem> none = EnumSet.noneOf(NoticeItem.class);
    Decision<Boolean> full = Security.noticeContentComplete(all, none);
    assertTrue(full.isYes());
    assertEquals(List.of(Code.CONTENT_GIVEN, Code.CONTENT_GIVEN, Code.CONTENT_GIVEN), full.getReasonCodes());
    Decision<Boolean> partial = Security.noticeContentComplete(EnumSet.of(NoticeItem.DETAILS), EnumSet.of(NoticeItem.RECOMMENDED_STEPS));
    assertFalse(partial.isYes());
    assertEquals(List.of(Code.CONTENT_GIVEN, Code.CONTENT_MISSING, Code.CONTENT_NOT_POSSIBLE), partial.getReasonCodes());
    assertEquals(List.of(NoticeItem.MITIGATION_STEPS_TAKEN), partial.getReasons().get(1).getArguments());
    assertTrue(Security.isNoticeContentComplete(EnumSet.of(NoticeItem.DETAILS), EnumSet.of(NoticeItem.MITIGATION_STEPS_TAKEN,
        NoticeItem.RECOMMENDED_STEPS)));
    assertFalse(Security.isNoticeContentComplete(none, EnumSet.of(NoticeItem.DETAILS, NoticeItem.MITIGATION_STEPS_TAKEN)));
    assertTrue(Security.isNoticeContentComplete(none, all));
    assertThrows(NullPointerException.class, () -> Security.isNoticeContentComplete(null, none));
    assertThrows(NullPointerException.class, () -> Security.isNoticeContentComplete(none, null));
    assertTrue(citesCatalogue(partial));
  }

  @Test
  @Tag("clause-7.3")
  @DisplayName("7.3: a notification under 7.3 is no acknowledgement of fault; other statements are outside that protection")
  void noAdmission() {
    Decision<Boolean> yes = Security.noAdmissionOfFault(IncidentCommunication.NOTIFICATION_OR_RESPONSE_UNDER_7_3);
    assertTrue(yes.isYes());
    assertEquals(List.of(Code.NOT_AN_ACKNOWLEDGEMENT), yes.getReasonCodes());
    Decision<Boolean> no = Security.noAdmissionOfFault(IncidentCommunication.OTHER_COMMUNICATION);
    assertFalse(no.isYes());
    assertEquals(List.of(Code.OUTSIDE_7_3), no.getReasonCodes());
    assertTrue(citesCatalogue(yes) && citesCatalogue(no));
  }

  @Test
  @Tag("clause-A.2.1.1")
  @DisplayName("A.2.1.1: assistance with Articles 32 to 34 and other articles obliging Customer is owed; 35–36 fall to A.3; none for Article 1 or without EU law")
  void assistance() {
    for (int article : new int[] {32, 33, 34}) {
      Decision<Boolean> d = Security.securityAssistanceOwed(article, true);
      assertTrue(d.isYes());
      assertEquals(List.of(Code.ARTICLES_32_TO_34), d.getReasonCodes());
    }
    for (int article : new int[] {5, 28, 31, 37, 44, 89}) {
      Decision<Boolean> d = Security.securityAssistanceOwed(article, true);
      assertTrue(d.isYes());
      assertEquals(List.of(Code.OTHER_ARTICLE), d.getReasonCodes(), "article " + article);
    }
    // issue 15: "necessary for Customer to comply with its obligations": an article that obliges no controller gets none
    for (int article : new int[] {1, 4, 23, 39, 45, 51, 82, 99}) {
      Decision<Boolean> d = Security.securityAssistanceOwed(article, true);
      assertFalse(d.isYes(), "article " + article);
      assertEquals(List.of(Code.NO_CUSTOMER_OBLIGATION), d.getReasonCodes(), "article " + article);
    }
    for (int article : new int[] {35, 36}) {
      Decision<Boolean> d = Security.securityAssistanceOwed(article, true);
      assertFalse(d.isYes());
      assertEquals(List.of(Code.IMPACT_ASSESSMENT), d.getReasonCodes());
      assertTrue(citesCatalogue(d));
    }
    Decision<Boolean> noEu = Security.securityAssistanceOwed(33, false);
    assertFalse(noEu.isYes());
    assertEquals(List.of(Code.ANNEX_A_NOT_APPLICABLE), noEu.getReasonCodes());
    assertEquals(List.of(Code.ANNEX_A_NOT_APPLICABLE), Security.securityAssistanceOwed(35, false).getReasonCodes());
    assertTrue(citesCatalogue(noEu));
    for (int bad : new int[] {0, 100, -1}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Security.isSecurityAssistanceOwed(bad, true));
      assertTrue(e.getMessage().contains("gdprArticle = " + bad), e.getMessage());
    }
  }

  @Test
  @Tag("clause-A.2.1.2")
  @DisplayName("A.2.1.2: access only for personnel who need it and are bound by confidentiality")
  void personnelAccess() {
    Decision<Boolean> ok = Security.personnelAccessAllowed(JobNeed.NEEDED_FOR_JOB_DUTIES, ConfidentialityObligation.SUBJECT_TO_CONFIDENTIALITY);
    assertTrue(ok.isYes());
    assertEquals(List.of(Code.ACCESS_ALLOWED), ok.getReasonCodes());
    assertEquals(List.of(Code.NO_NEED), Security.personnelAccessAllowed(JobNeed.NOT_NEEDED_FOR_JOB_DUTIES, ConfidentialityObligation.SUBJECT_TO_CONFIDENTIALITY).getReasonCodes());
    assertEquals(List.of(Code.NO_CONFIDENTIALITY), Security.personnelAccessAllowed(JobNeed.NEEDED_FOR_JOB_DUTIES, ConfidentialityObligation.NOT_SUBJECT_TO_CONFIDENTIALITY).getReasonCodes());
    assertEquals(List.of(Code.NO_NEED, Code.NO_CONFIDENTIALITY), Security.personnelAccessAllowed(JobNeed.NOT_NEEDED_FOR_JOB_DUTIES, ConfidentialityObligation.NOT_SUBJECT_TO_CONFIDENTIALITY).getReasonCodes());
    assertFalse(Security.isPersonnelAccessAllowed(JobNeed.NEEDED_FOR_JOB_DUTIES, ConfidentialityObligation.NOT_SUBJECT_TO_CONFIDENTIALITY));
    assertTrue(citesCatalogue(ok));
  }

  @Test
  @Tag("clause-A.2.1.2")
  @DisplayName("A.2.1.2: a Customer employee's request about personal Usage Data goes to privacy@segment.com (from the terms)")
  void usageDataRequest() {
    DataDescriptor usage = data(DataOrigin.USAGE_DATA, SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE, true);
    Decision<Boolean> d = Security.usageDataRequestForwarded(SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE, usage, DpaTerms.segment());
    assertTrue(d.isYes());
    assertEquals(List.of(Code.FORWARD_USAGE_DATA_REQUEST), d.getReasonCodes());
    assertEquals(List.of("privacy@segment.com"), d.getReasons().get(0).getArguments());
    DpaTerms other = DpaTerms.builder().privacyContact("dpo@example.com").build();
    assertEquals(List.of("dpo@example.com"),
        Security.usageDataRequestForwarded(SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE, usage, other).getReasons().get(0).getArguments());
    Decision<Boolean> endUser = Security.usageDataRequestForwarded(SubjectKind.CUSTOMER_END_USER, usage, DpaTerms.segment());
    assertFalse(endUser.isYes());
    assertEquals(List.of(Code.NOT_CUSTOMER_EMPLOYEE), endUser.getReasonCodes());
    Decision<Boolean> wrongData = Security.usageDataRequestForwarded(SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE,
        data(DataOrigin.CUSTOMER_DATA, SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE, false), DpaTerms.segment());
    assertEquals(List.of(Code.NOT_USAGE_DATA, Code.USAGE_DATA_NOT_PERSONAL), wrongData.getReasonCodes());
    assertEquals(List.of(Code.USAGE_DATA_NOT_PERSONAL), Security.usageDataRequestForwarded(SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE,
        data(DataOrigin.USAGE_DATA, SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE, false), DpaTerms.segment()).getReasonCodes());
    assertThrows(NullPointerException.class, () -> Security.usageDataRequestForwarded(SubjectKind.CUSTOMER_END_USER, usage, null));
    assertThrows(NullPointerException.class, () -> Security.isUsageDataRequestForwarded(null, usage, DpaTerms.segment()));
    assertThrows(NullPointerException.class, () -> Security.isUsageDataRequestForwarded(SubjectKind.CUSTOMER_END_USER, null, DpaTerms.segment()));
    assertTrue(citesCatalogue(d) && citesCatalogue(wrongData));
  }
}
