package io.github.dpasemantics.bench;

import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.policy.Audits;
import io.github.dpasemantics.policy.California;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Definitions;
import io.github.dpasemantics.policy.Deletion;
import io.github.dpasemantics.policy.Subprocessing;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks, before anything is timed, that the three things a family's benchmarks compare answer the
 * same question the same way on the same inputs: the hand-written floor, the policy's bare outcome
 * and the outcome of its explained {@link Decision}. A benchmark of two functions that disagree
 * would compare nothing; a mismatch throws, naming the family, the input and the three answers.
 */
public final class PolicyAgreement {
  private static final DpaTerms TERMS = DpaTerms.segment();
  private static final Interpretations READINGS = Interpretations.defaults();

  private PolicyAgreement() {}

  /**
   * Checks every family on {@code n} inputs generated from {@code seed}.
   *
   * @param seed the generators' seed
   * @param n how many inputs per family
   * @return the number of inputs checked in all
   * @throws IllegalStateException on the first disagreement
   */
  public static int checkAll(long seed, int n) {
    for (Inputs.Incident in : Inputs.incidents(seed, n)) {
      boolean bare = Definitions.isSecurityIncident(in.confirmation(), in.breach(), in.effects(),
          in.affectedData(), in.attack(), READINGS);
      Decision<Boolean> d = Definitions.securityIncident(in.confirmation(), in.breach(), in.effects(),
          in.affectedData(), in.attack(), READINGS);
      same("securityIncident (2.9)", in, Floors.isSecurityIncident(in), bare, d.getOutcome());
    }
    for (Inputs.Objection in : Inputs.objections(seed, n)) {
      boolean bare = Subprocessing.isObjectionAllowed(in.notice(), in.objection(), in.form(), in.grounds(),
          TERMS, READINGS);
      Decision<Boolean> d = Subprocessing.objectionAllowed(in.notice(), in.objection(), in.form(),
          in.grounds(), TERMS, READINGS);
      same("objectionAllowed (6.3)", in, Floors.isObjectionAllowed(in), bare, d.getOutcome());
    }
    for (Inputs.Notice in : Inputs.notices(seed, n)) {
      Subprocessing.NoticeTiming bare = Subprocessing.noticeTimingOf(in.notice(), in.firstProcessing(), TERMS, READINGS);
      Decision<Subprocessing.NoticeTiming> d = Subprocessing.noticeTiming(in.notice(), in.firstProcessing(), TERMS, READINGS);
      same("noticeTimely (6.3)", in, Floors.noticeTiming(in), bare, d.getOutcome());
    }
    for (Inputs.Deletion in : Inputs.deletions(seed, n)) {
      Optional<LocalDate> bare = Deletion.deletionDueDate(in.request(), Optional.of(in.agreementEnd()), TERMS, READINGS);
      Decision<Optional<LocalDate>> d = Deletion.deletionDue(in.request(), Optional.of(in.agreementEnd()), TERMS, READINGS);
      same("deletionDue (9.1)", in, Optional.of(Floors.deletionDueDate(in)), bare, d.getOutcome());
    }
    for (Inputs.Audit in : Inputs.audits(seed, n)) {
      boolean bare = Audits.isAuditAllowed(in.request(), in.earlierAudits(), in.auditRightUnderLaw(), TERMS);
      Decision<Boolean> d = Audits.auditAllowed(in.request(), in.earlierAudits(), in.auditRightUnderLaw(), TERMS);
      same("auditAllowed (A.2.2.2)", in, Floors.isAuditAllowed(in), bare, d.getOutcome());
    }
    for (Inputs.Report in : Inputs.reports(seed, n)) {
      boolean bare = Audits.isThirdPartyReportSufficient(in.issued(), in.request(), in.coverage(),
          in.confirmation(), TERMS, READINGS);
      Decision<Boolean> d = Audits.thirdPartyReportSufficient(in.issued(), in.request(), in.coverage(),
          in.confirmation(), TERMS, READINGS);
      same("reportSuffices (A.2.2.2)", in, Floors.isThirdPartyReportSufficient(in), bare, d.getOutcome());
    }
    for (Inputs.Ccpa in : Inputs.ccpa(seed, n)) {
      boolean bare = California.isCcpaUseAllowed(in.act(), in.purpose(), in.withinRelationship());
      Decision<Boolean> d = California.ccpaUseAllowed(in.act(), in.purpose(), in.withinRelationship());
      same("ccpaUse (B.3)", in, Floors.isCcpaUseAllowed(in), bare, d.getOutcome());
    }
    return 7 * n;
  }

  private static void same(String family, Object input, Object floor, Object bare, Object explained) {
    if (!Objects.equals(floor, bare) || !Objects.equals(bare, explained)) {
      throw new IllegalStateException("PolicyAgreement: " + family + " disagrees on " + input + ": floor = " + floor
          + ", bare outcome = " + bare + ", explained Decision = " + explained
          + " (the benchmarks would compare different rules)");
    }
  }
}
