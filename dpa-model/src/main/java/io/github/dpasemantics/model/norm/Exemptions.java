package io.github.dpasemantics.model.norm;

import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.time.DeadlineRule;
import java.util.List;

/**
 * The named exceptions of the Segment Addendum's norms ("unless", "except", "notwithstanding"),
 * each quoting or closely paraphrasing its clause, with its effect and the events that establish
 * it. Codes are unique; {@link #all()} lists every constant in document order.
 */
public final class Exemptions {
  private Exemptions() {}

  /**
   * 6.3: "except that if Segment reasonably believes engaging a new Subprocessor on an expedited
   * basis is necessary ..., Segment will give such notice as soon as reasonably practicable".
   */
  public static final Exemption EXPEDITED_ENGAGEMENT = Exemption.builder()
      .code("expedited-engagement")
      .clause(ClauseId.parse("6.3"))
      .text("if Segment reasonably believes engaging a new Subprocessor on an expedited basis is"
          + " necessary to protect the confidentiality, integrity or availability of the Customer"
          + " Personal Data or avoid material disruption to the Services, Segment will give such"
          + " notice as soon as reasonably practicable")
      .effect(ExemptionEffect.REPLACES_DEADLINE)
      .addEvidencedBy(EventType.SUBPROCESSOR_ENGAGED)
      .replacementDeadline(DeadlineRule.asSoonAsReasonablyPracticable())
      .build();

  /** 7.3: "unless prohibited by applicable law". */
  public static final Exemption INCIDENT_NOTICE_PROHIBITED_BY_LAW = Exemption.builder()
      .code("incident-notice-prohibited-by-law")
      .clause(ClauseId.parse("7.3"))
      .text("Segment shall notify Customer without undue delay unless prohibited by applicable law")
      .effect(ExemptionEffect.SUSPENDS)
      .addEvidencedBy(EventType.LAW_PROHIBITS_NOTICE)
      .build();

  /** 7.3: "A delay in giving such notice requested by law enforcement ... shall not constitute an undue delay". */
  public static final Exemption LAW_ENFORCEMENT_DELAY = Exemption.builder()
      .code("law-enforcement-delay")
      .clause(ClauseId.parse("7.3"))
      .text("A delay in giving such notice requested by law enforcement shall not constitute an"
          + " undue delay")
      .effect(ExemptionEffect.SUSPENDS)
      .addEvidencedBy(EventType.NOTIFICATION_DELAY_REQUESTED)
      .build();

  /** 7.3: a delay "in light of Segment's legitimate needs to investigate or remediate the matter". */
  public static final Exemption INVESTIGATION_DELAY = Exemption.builder()
      .code("investigation-delay")
      .clause(ClauseId.parse("7.3"))
      .text("A delay in giving such notice in light of Segment's legitimate needs to investigate"
          + " or remediate the matter before providing notice shall not constitute an undue delay")
      .effect(ExemptionEffect.SUSPENDS)
      .addEvidencedBy(EventType.INVESTIGATION_DELAY_STARTED)
      .build();

  /** 9.2: "Segment may retain Customer Personal Data if required by law". */
  public static final Exemption RETENTION_REQUIRED_BY_LAW = Exemption.builder()
      .code("retention-required-by-law")
      .clause(ClauseId.parse("9.2"))
      .text("Notwithstanding the foregoing, Segment may retain Customer Personal Data if required"
          + " by law, which data will remain subject to the requirements of this Addendum")
      .effect(ExemptionEffect.DISCHARGES)
      .addEvidencedBy(EventType.LEGAL_RETENTION_DECLARED)
      .build();

  /** A.1.4: "unless EU Data Protection Law requires otherwise". */
  public static final Exemption EU_LAW_REQUIRES_OTHERWISE = Exemption.builder()
      .code("eu-law-requires-otherwise")
      .clause(ClauseId.parse("A.1.4"))
      .text("Segment will only Process Customer Personal Data in accordance with Customer's"
          + " instructions unless EU Data Protection Law requires otherwise")
      .effect(ExemptionEffect.DISCHARGES)
      .addEvidencedBy(EventType.LAW_REQUIRES_OTHER_PROCESSING)
      .build();

  /** A.1.4: "unless that law prohibits Segment from doing so". */
  public static final Exemption LEGAL_REQUIREMENT_NOTICE_PROHIBITED = Exemption.builder()
      .code("legal-requirement-notice-prohibited")
      .clause(ClauseId.parse("A.1.4"))
      .text("Segment will notify Customer (unless that law prohibits Segment from doing so)")
      .effect(ExemptionEffect.SUSPENDS)
      .addEvidencedBy(EventType.LAW_PROHIBITS_NOTICE)
      .build();

  /** A.2.2.2: a recent Third Party Report, with no material change confirmed, in lieu of a written response. */
  public static final Exemption REPORT_IN_LIEU = Exemption.builder()
      .code("report-in-lieu")
      .clause(ClauseId.parse("A.2.2.2"))
      .text("if the requested information is addressed in a Third Party Report issued within the"
          + " 12-month period prior to Customer's request and Segment confirms there have been no"
          + " material changes in the interim relevant to Customer's request, Customer agrees to"
          + " accept such Third Party Report in lieu of a written response")
      .effect(ExemptionEffect.DISCHARGES)
      .addEvidencedBy(EventType.NO_MATERIAL_CHANGE_CONFIRMED)
      .build();

  /** A.2.2.4: "unless prohibited by EU Data Protection Law or otherwise instructed by a supervisory authority". */
  public static final Exemption AUDIT_FINDINGS_PROHIBITED = Exemption.builder()
      .code("audit-findings-prohibited")
      .clause(ClauseId.parse("A.2.2.4"))
      .text("unless prohibited by EU Data Protection Law or otherwise instructed by a supervisory"
          + " authority")
      .effect(ExemptionEffect.SUSPENDS)
      .addEvidencedBy(EventType.LAW_PROHIBITS_NOTICE)
      .build();

  /**
   * Returns every exemption defined here, in document order of their clauses.
   *
   * @return an unmodifiable list
   */
  public static List<Exemption> all() {
    return List.of(
        EXPEDITED_ENGAGEMENT,
        INCIDENT_NOTICE_PROHIBITED_BY_LAW,
        LAW_ENFORCEMENT_DELAY,
        INVESTIGATION_DELAY,
        RETENTION_REQUIRED_BY_LAW,
        EU_LAW_REQUIRES_OTHERWISE,
        LEGAL_REQUIREMENT_NOTICE_PROHIBITED,
        REPORT_IN_LIEU,
        AUDIT_FINDINGS_PROHIBITED);
  }
}
