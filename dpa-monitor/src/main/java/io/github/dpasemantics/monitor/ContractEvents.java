package io.github.dpasemantics.monitor;

import io.github.dpasemantics.model.contract.Termination;
import io.github.dpasemantics.model.contract.TerminationKind;
import io.github.dpasemantics.model.event.AddendumSigned;
import io.github.dpasemantics.model.event.AgreementExpired;
import io.github.dpasemantics.model.event.AgreementTerminated;
import io.github.dpasemantics.model.event.InstructionAcknowledged;
import io.github.dpasemantics.model.event.InstructionGiven;
import io.github.dpasemantics.model.event.LawRequiresOtherProcessing;
import io.github.dpasemantics.model.event.PrivacyShieldComplianceLost;
import io.github.dpasemantics.model.event.SecurityMeasuresChanged;
import io.github.dpasemantics.model.event.TransferMade;

/**
 * The contract's own events, and the one-step duties no clause family holds: the signature (1),
 * the end of the Agreement and the Addendum with it (3.4; termination for convenience under 6.3 is
 * {@link SubprocessorDuties}'), instructions (5.1) and transfers (A.4.1) recorded; a change of the
 * Security Measures judged act by act (7.2); and the Annex A condition of A.1.4 and A.4.2 (they
 * arise only where Annex A applies, 4), after which the generic path creates and performs them.
 */
final class ContractEvents {
  private ContractEvents() {}

  /** Registers the steps of this file in the dispatch table. */
  static void register(Dispatch.Registry on) {
    on.special(AddendumSigned.class, "1", (engine, e) -> engine.recorded("addendum", MonitorCode.SIGNATURE_RECORDED,
        e.getActor(), e.getDate()));
    on.special(AgreementTerminated.class, "3.4", (engine, e) -> engine.ended(e, Termination.of(e.getDate(), TerminationKind.OTHER)));
    on.special(AgreementExpired.class, "3.4", (engine, e) -> engine.ended(e, Termination.expiration(e.getDate())));
    on.special(InstructionGiven.class, "5.1", (engine, e) -> engine.recorded("instruction:" + e.getInstructionId(),
        MonitorCode.INSTRUCTION_RECORDED, e.getInstructionId(), e.isWritten() ? "given in writing" : "given"));
    on.special(InstructionAcknowledged.class, "5.1", (engine, e) -> engine.recorded("instruction:" + e.getInstructionId(),
        MonitorCode.INSTRUCTION_RECORDED, e.getInstructionId(),
        e.isWritten() ? "acknowledged in writing by Segment" : "acknowledged by Segment"));
    on.special(TransferMade.class, "A.4.1", ContractEvents::onTransferMade);
    on.special(SecurityMeasuresChanged.class, "7.2", ContractEvents::onSecurityMeasuresChanged);
    on.special(LawRequiresOtherProcessing.class, "A.1.4", ContractEvents::onLawRequiresOtherProcessing);
    on.special(PrivacyShieldComplianceLost.class, "A.4.2", ContractEvents::onPrivacyShieldComplianceLost);
  }

  /** A.4.1: a transfer is recorded; the SCC-only duties of A.4.3 ask later whether the SCCs govern it. */
  private static AccountBuilder onTransferMade(Engine engine, TransferMade e) {
    engine.transfers.add(e);
    return engine.recorded("transfer:" + e.getTransferId(), MonitorCode.TRANSFER_RECORDED, e.getTransferId(),
        e.getExporterCountry(), e.getDestinationCountry());
  }

  /**
   * 7.2: a standing norm checked act by act: each change of the Security Measures creates an
   * instance and settles it at once, fulfilled upon reasonable notice without a material decrease,
   * violated otherwise.
   */
  private static AccountBuilder onSecurityMeasuresChanged(Engine engine, SecurityMeasuresChanged e) {
    if (!engine.mayCreateProtection(e)) {
      return engine.account;
    }
    boolean allowed = engine.rules.isSecurityMeasuresChangeAllowed(e.isNoticeGiven(), e.isMaterialDecrease());
    String how = allowed ? "" : !e.isNoticeGiven() && e.isMaterialDecrease() ? "without reasonable notice and with a material decrease"
        : !e.isNoticeGiven() ? "without reasonable notice" : "with a material decrease of Segment's obligations";
    MonitorCode why = allowed ? MonitorCode.MEASURES_CHANGE_ALLOWED : MonitorCode.MEASURES_CHANGE_VIOLATES;
    Object[] facts = allowed ? new Object[] {e.getDate()} : new Object[] {e.getDate(), how};
    WorkingObligation i = engine.create(ObligationKind.SECURITY_MEASURES_CHANGE, null, e, ObligationState.ACTIVE, why, facts);
    i.basis = rules -> rules.securityMeasuresChangeAllowed(e.isNoticeGiven(), e.isMaterialDecrease());
    engine.move(i, allowed ? ObligationState.FULFILLED : ObligationState.VIOLATED, e,
        allowed ? EffectKind.FULFILLED : EffectKind.VIOLATED, why, facts);
    return engine.account;
  }

  /** A.1.4, only where Annex A applies (4): the notice is owed; its reason names the law that requires the other Processing. */
  private static AccountBuilder onLawRequiresOtherProcessing(Engine engine, LawRequiresOtherProcessing e) {
    if (!engine.annexA) {
      return engine.unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
    }
    if (!engine.mayCreate(e)) {
      return engine.account;
    }
    engine.lifecycle.create(ObligationKind.LEGAL_REQUIREMENT_NOTICE, e, e.getRequirementId(), e.getLegalBasis().orElse("law"));
    return engine.account;
  }

  /** A.4.2, only where Annex A applies (4); then the generic trigger. */
  private static AccountBuilder onPrivacyShieldComplianceLost(Engine engine, PrivacyShieldComplianceLost e) {
    if (!engine.annexA) {
      return engine.unmatched(MonitorCode.ANNEX_A_NOT_APPLICABLE);
    }
    return engine.lifecycle.trigger(e);
  }
}
