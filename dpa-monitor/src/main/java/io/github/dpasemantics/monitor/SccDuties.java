package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.event.DeletionCertificationRequested;
import io.github.dpasemantics.model.event.SubprocessorAgreementCopiesRequested;
import io.github.dpasemantics.model.event.TransferMade;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A.4.3, the duties that exist only under the Standard Contractual Clauses: copies of Subprocessor
 * agreements on request (A.4.3.4, Clause 5(j)) and the certificate of deletion (A.4.3.7, Clause
 * 12(1)). They arise only on a date the SCCs govern a recorded transfer, as {@code Transfers} says
 * (A.4.3.8: SCCs that a lawful alternative replaced govern no more). Once created, they are
 * performed on the generic path ({@link GenericLifecycle}).
 */
final class SccDuties {
  private final Engine engine;

  SccDuties(Engine engine) {
    this.engine = engine;
  }

  /** Registers the requests of A.4.3.4 and A.4.3.7 in the dispatch table; the duties are performed on the generic path. */
  static void register(Dispatch.Registry on) {
    on.special(SubprocessorAgreementCopiesRequested.class, "A.4.3.4",
        (engine, e) -> engine.sccDuties.onSubprocessorAgreementCopiesRequested(e));
    on.special(DeletionCertificationRequested.class, "A.4.3.7", (engine, e) -> engine.sccDuties.onDeletionCertificationRequested(e));
  }

  AccountBuilder onSubprocessorAgreementCopiesRequested(SubprocessorAgreementCopiesRequested e) {
    if (!engine.annexA) {
      return engine.unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
    }
    if (!engine.mayCreate(e)) {
      return engine.account;
    }
    TransferMade governed = sccGovernedTransfer(e.getDate());
    if (governed == null) {
      return engine.unmatched(MonitorCode.SCCS_DO_NOT_GOVERN, e.getDate(), "A.4.3.4 (Clause 5(j))");
    }
    WorkingObligation i = engine.lifecycle.create(ObligationKind.SUBPROCESSOR_AGREEMENT_COPIES, e);
    LocalDate on = e.getDate();
    i.basis = rules -> rules.sccGovern(governed, on);
    return engine.account;
  }


  AccountBuilder onDeletionCertificationRequested(DeletionCertificationRequested e) {
    if (!engine.annexA) {
      return engine.unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
    }
    if (!engine.isInForce(e.getDate()) && !engine.deletionSurvives) {
      return engine.unmatched(MonitorCode.ADDENDUM_TERMINATED, engine.end == null ? "-" : engine.end);
    }
    TransferMade governed = sccGovernedTransfer(e.getDate());
    if (governed == null) {
      return engine.unmatched(MonitorCode.SCCS_DO_NOT_GOVERN, e.getDate(), "A.4.3.7 (Clause 12(1))");
    }
    WorkingObligation i = engine.lifecycle.create(ObligationKind.DELETION_CERTIFICATION, e);
    LocalDate on = e.getDate();
    i.basis = rules -> rules.sccGovern(governed, on);
    return engine.account;
  }


  /**
   * A.4.3: the first recorded transfer, as last recorded on or before {@code date}, that the
   * Standard Contractual Clauses govern on {@code date} (asked of {@code Transfers}), or null: the
   * duties that exist only under the SCCs (A.4.3.4, A.4.3.7) arise only then. A later record of
   * the same transfer states its facts from its date on, so SCCs that terminated under A.4.3.8
   * (the transfer became lawful without them, e.g. to a DPF-certified Segment) govern no more.
   */
  private @Nullable TransferMade sccGovernedTransfer(LocalDate date) {
    LinkedHashMap<String, TransferMade> latest = new LinkedHashMap<>();
    for (TransferMade t : engine.transfers) {
      if (!t.getDate().isAfter(date)) {
        latest.put(t.getTransferId(), t);
      }
    }
    for (TransferMade t : latest.values()) {
      if (engine.rules.isSccGoverned(t, date)) {
        return t;
      }
    }
    return null;
  }
}
