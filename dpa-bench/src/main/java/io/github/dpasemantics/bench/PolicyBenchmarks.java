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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One decision per operation, for each policy family three ways on the same inputs:
 * {@code <family>_floor} (the hand-written expression, {@link Floors}), {@code <family>_bare} (the
 * policy's bare outcome: boolean, date or enum) and {@code <family>_explained} (the explained
 * {@link Decision}). Each operation takes the next of {@link Inputs#SIZE} pre-generated inputs, so
 * every branch runs and nothing is constant-folded; that array read is in all three and so in the
 * floor too.
 *
 * <p>Families: {@code securityIncident} (2.9), {@code objectionAllowed} (6.3), {@code noticeTimely}
 * (6.3), {@code deletionDue} (9.1), {@code auditAllowed} (A.2.2.2), {@code reportSuffices}
 * (A.2.2.2), {@code ccpaUse} (B.3). Before anything is timed, {@link PolicyAgreement} checks that
 * floor, bare and explained agree on every input.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class PolicyBenchmarks {

  /** The inputs, the terms and the readings; one per benchmark thread. */
  @State(Scope.Thread)
  public static class Data {
    final DpaTerms terms = DpaTerms.segment();
    final Interpretations readings = Interpretations.defaults();
    final Inputs.Incident[] incidents = Inputs.incidents(29, Inputs.SIZE);
    final Inputs.Objection[] objections = Inputs.objections(63, Inputs.SIZE);
    final Inputs.Notice[] notices = Inputs.notices(631, Inputs.SIZE);
    final Inputs.Deletion[] deletions = Inputs.deletions(91, Inputs.SIZE);
    final Inputs.Audit[] audits = Inputs.audits(222, Inputs.SIZE);
    final Inputs.Report[] reports = Inputs.reports(2222, Inputs.SIZE);
    final Inputs.Ccpa[] ccpa = Inputs.ccpa(3, Inputs.SIZE);
    int i;

    /** Checks that floor, bare outcome and explained Decision agree before anything is timed. */
    @Setup(Level.Trial)
    public void agree() {
      PolicyAgreement.checkAll(29, Inputs.SIZE);
      PolicyAgreement.checkAll(20_260_101L, 4 * Inputs.SIZE);
    }
  }

  // ---------------------------------------------------------------- 2.9 security incident (boolean)

  @Benchmark
  public boolean securityIncident_floor(Data s) {
    return Floors.isSecurityIncident(s.incidents[s.i++ & Inputs.MASK]);
  }

  @Benchmark
  public boolean securityIncident_bare(Data s) {
    Inputs.Incident in = s.incidents[s.i++ & Inputs.MASK];
    return Definitions.isSecurityIncident(in.confirmation(), in.breach(), in.effects(),
        in.affectedData(), in.attack(), s.readings);
  }

  @Benchmark
  public Decision<Boolean> securityIncident_explained(Data s) {
    Inputs.Incident in = s.incidents[s.i++ & Inputs.MASK];
    return Definitions.securityIncident(in.confirmation(), in.breach(), in.effects(),
        in.affectedData(), in.attack(), s.readings);
  }

  // ---------------------------------------------------------------- 6.3 objection window (date)

  @Benchmark
  public boolean objectionAllowed_floor(Data s) {
    return Floors.isObjectionAllowed(s.objections[s.i++ & Inputs.MASK]);
  }

  @Benchmark
  public boolean objectionAllowed_bare(Data s) {
    Inputs.Objection in = s.objections[s.i++ & Inputs.MASK];
    return Subprocessing.isObjectionAllowed(in.notice(), in.objection(), in.form(), in.grounds(),
        s.terms, s.readings);
  }

  @Benchmark
  public Decision<Boolean> objectionAllowed_explained(Data s) {
    Inputs.Objection in = s.objections[s.i++ & Inputs.MASK];
    return Subprocessing.objectionAllowed(in.notice(), in.objection(), in.form(), in.grounds(),
        s.terms, s.readings);
  }

  // ---------------------------------------------------------------- 6.3 notice timeliness (date)

  @Benchmark
  public Subprocessing.NoticeTiming noticeTimely_floor(Data s) {
    return Floors.noticeTiming(s.notices[s.i++ & Inputs.MASK]);
  }

  @Benchmark
  public Subprocessing.NoticeTiming noticeTimely_bare(Data s) {
    Inputs.Notice in = s.notices[s.i++ & Inputs.MASK];
    return Subprocessing.noticeTimingOf(in.notice(), in.firstProcessing(), s.terms, s.readings);
  }

  @Benchmark
  public Decision<Subprocessing.NoticeTiming> noticeTimely_explained(Data s) {
    Inputs.Notice in = s.notices[s.i++ & Inputs.MASK];
    return Subprocessing.noticeTiming(in.notice(), in.firstProcessing(), s.terms, s.readings);
  }

  // ---------------------------------------------------------------- 9.1 deletion due date (date)

  @Benchmark
  public LocalDate deletionDue_floor(Data s) {
    return Floors.deletionDueDate(s.deletions[s.i++ & Inputs.MASK]);
  }

  @Benchmark
  public Optional<LocalDate> deletionDue_bare(Data s) {
    Inputs.Deletion in = s.deletions[s.i++ & Inputs.MASK];
    return Deletion.deletionDueDate(in.request(), Optional.of(in.agreementEnd()), s.terms, s.readings);
  }

  @Benchmark
  public Decision<Optional<LocalDate>> deletionDue_explained(Data s) {
    Inputs.Deletion in = s.deletions[s.i++ & Inputs.MASK];
    return Deletion.deletionDue(in.request(), Optional.of(in.agreementEnd()), s.terms, s.readings);
  }

  // ---------------------------------------------------------------- A.2.2.2 audit once per calendar year (date)

  @Benchmark
  public boolean auditAllowed_floor(Data s) {
    return Floors.isAuditAllowed(s.audits[s.i++ & Inputs.MASK]);
  }

  @Benchmark
  public boolean auditAllowed_bare(Data s) {
    Inputs.Audit in = s.audits[s.i++ & Inputs.MASK];
    return Audits.isAuditAllowed(in.request(), in.earlierAudits(), in.auditRightUnderLaw(), s.terms);
  }

  @Benchmark
  public Decision<Boolean> auditAllowed_explained(Data s) {
    Inputs.Audit in = s.audits[s.i++ & Inputs.MASK];
    return Audits.auditAllowed(in.request(), in.earlierAudits(), in.auditRightUnderLaw(), s.terms);
  }

  // ---------------------------------------------------------------- A.2.2.2 report in the 12 months prior (date)

  @Benchmark
  public boolean reportSuffices_floor(Data s) {
    return Floors.isThirdPartyReportSufficient(s.reports[s.i++ & Inputs.MASK]);
  }

  @Benchmark
  public boolean reportSuffices_bare(Data s) {
    Inputs.Report in = s.reports[s.i++ & Inputs.MASK];
    return Audits.isThirdPartyReportSufficient(in.issued(), in.request(), in.coverage(), in.confirmation(),
        s.terms, s.readings);
  }

  @Benchmark
  public Decision<Boolean> reportSuffices_explained(Data s) {
    Inputs.Report in = s.reports[s.i++ & Inputs.MASK];
    return Audits.thirdPartyReportSufficient(in.issued(), in.request(), in.coverage(), in.confirmation(),
        s.terms, s.readings);
  }

  // ---------------------------------------------------------------- B.3 CCPA use (boolean)

  @Benchmark
  public boolean ccpaUse_floor(Data s) {
    return Floors.isCcpaUseAllowed(s.ccpa[s.i++ & Inputs.MASK]);
  }

  @Benchmark
  public boolean ccpaUse_bare(Data s) {
    Inputs.Ccpa in = s.ccpa[s.i++ & Inputs.MASK];
    return California.isCcpaUseAllowed(in.act(), in.purpose(), in.withinRelationship());
  }

  @Benchmark
  public Decision<Boolean> ccpaUse_explained(Data s) {
    Inputs.Ccpa in = s.ccpa[s.i++ & Inputs.MASK];
    return California.ccpaUseAllowed(in.act(), in.purpose(), in.withinRelationship());
  }
}
