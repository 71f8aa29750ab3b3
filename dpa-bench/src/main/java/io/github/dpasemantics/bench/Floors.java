package io.github.dpasemantics.bench;

import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.policy.California.Act;
import io.github.dpasemantics.policy.California.Purpose;
import io.github.dpasemantics.policy.Subprocessing.NoticeTiming;
import io.github.dpasemantics.policy.fact.Form;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import java.time.LocalDate;
import java.util.List;

/**
 * The floor: each rule as the shortest hand-written Java a developer would write for the Segment
 * preset terms and the default readings, with the numbers as constants and no checks, no reasons,
 * no configurable readings. A policy's bare outcome is measured against these; the agreement tests
 * check that each floor gives the policy's answer on every generated input.
 */
public final class Floors {
  private Floors() {}

  /** 2.9: confirmed, a breach of security, on Personal Data processed by Segment, with some effect. */
  public static boolean isSecurityIncident(Inputs.Incident in) {
    return in.confirmed() && in.breachOfSecurity() && in.personalDataProcessedBySegment() && !in.effects().isEmpty();
  }

  /** 6.3: written, on reasonable grounds, on or after the notice day and on or before notice + 5 (SEMANTICS reading 2). */
  public static boolean isObjectionAllowed(Inputs.Objection in) {
    LocalDate notice = in.notice();
    LocalDate objection = in.objection();
    return !objection.isBefore(notice) && !objection.isAfter(notice.plusDays(5)) && in.form() == Form.IN_WRITING
        && in.grounds() == ObjectionGrounds.REASONABLE_DATA_PROTECTION;
  }

  /** 6.3: notice on or before first processing − 10 days is timely. */
  public static NoticeTiming noticeTiming(Inputs.Notice in) {
    return in.notice().isAfter(in.firstProcessing().minusDays(10)) ? NoticeTiming.LATE : NoticeTiming.TIMELY;
  }

  /** 9.1: 60 days after the request, or after the Agreement's end for an earlier request. */
  public static LocalDate deletionDueDate(Inputs.Deletion in) {
    LocalDate request = in.request();
    LocalDate end = in.agreementEnd();
    return (request.isBefore(end) ? end : request).plusDays(60);
  }

  /** A.2.2.2: an audit right under law and no earlier audit in the request's calendar year up to the request day. */
  public static boolean isAuditAllowed(Inputs.Audit in) {
    if (!in.auditRightUnderLaw()) {
      return false;
    }
    LocalDate request = in.request();
    int year = request.getYear();
    List<LocalDate> earlier = in.earlierAudits();
    for (int i = 0, n = earlier.size(); i < n; i++) {
      LocalDate d = earlier.get(i);
      if (d.getYear() == year && !d.isAfter(request)) {
        return false;
      }
    }
    return true;
  }

  /** A.2.2.2: issued in [request − 12 months, request], addresses the request, no material change. */
  public static boolean isThirdPartyReportSufficient(Inputs.Report in) {
    LocalDate issued = in.issued();
    LocalDate request = in.request();
    return !issued.isBefore(request.minusMonths(12)) && !issued.isAfter(request) && in.coverage() == ReportCoverage.ADDRESSES_REQUEST
        && in.confirmation() == MaterialChangeConfirmation.NO_MATERIAL_CHANGE_CONFIRMED;
  }

  /** B.3: never selling; only for the Services (or on instructions); within the relationship (instructions are). */
  public static boolean isCcpaUseAllowed(Inputs.Ccpa in) {
    Purpose p = in.purpose();
    return in.act() != Act.SELL
        && (p == Purpose.CUSTOMER_INSTRUCTION || (p == Purpose.PROVIDE_SERVICES && in.withinRelationship()));
  }
}
