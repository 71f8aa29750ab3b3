package io.github.dpasemantics.policy.testing;

import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.policy.fact.Acknowledgement;
import io.github.dpasemantics.policy.fact.CustomerRequest;
import io.github.dpasemantics.policy.fact.Form;
import io.github.dpasemantics.policy.fact.InformationNeed;
import io.github.dpasemantics.policy.fact.LawRequirement;
import io.github.dpasemantics.policy.fact.LegalRequirementNotice;
import io.github.dpasemantics.policy.fact.MaterialChangeConfirmation;
import io.github.dpasemantics.policy.fact.ReportCoverage;
import io.github.dpasemantics.policy.fact.ReportSufficiency;
import io.github.dpasemantics.policy.fact.SelfService;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the named facts of {@code io.github.dpasemantics.policy.fact} that Subprocessing,
 * DataSubjects, Processing and Audits take (and the model's {@link ObjectionGrounds}): each gives
 * every constant. The one place for them.
 */
public final class FactGenerators {
  private FactGenerators() {}

  /** In writing or not (5.1, 6.1.1, 6.3). */
  public static Gen<Form> forms() {
    return Generate.enumValues(Form.class);
  }

  /** The grounds of an objection (6.3). */
  public static Gen<ObjectionGrounds> objectionGrounds() {
    return Generate.enumValues(ObjectionGrounds.class);
  }

  /** Acknowledged in writing by Segment or not (5.1). */
  public static Gen<Acknowledgement> acknowledgements() {
    return Generate.enumValues(Acknowledgement.class);
  }

  /** Customer requested it or not: assistance (8), copies and certification under the SCCs (A.4.3.4, A.4.3.7). */
  public static Gen<CustomerRequest> customerRequests() {
    return Generate.enumValues(CustomerRequest.class);
  }

  /** Self-service suffices or not (8). */
  public static Gen<SelfService> selfServices() {
    return Generate.enumValues(SelfService.class);
  }

  /** EU Data Protection Law requires otherwise or not (A.1.4). */
  public static Gen<LawRequirement> lawRequirements() {
    return Generate.enumValues(LawRequirement.class);
  }

  /** Notice of the legal requirement permitted or prohibited by law (A.1.4). */
  public static Gen<LegalRequirementNotice> legalRequirementNotices() {
    return Generate.enumValues(LegalRequirementNotice.class);
  }

  /** The report addresses the request or not (A.2.2.2). */
  public static Gen<ReportCoverage> reportCoverages() {
    return Generate.enumValues(ReportCoverage.class);
  }

  /** No material change confirmed or not (A.2.2.2). */
  public static Gen<MaterialChangeConfirmation> confirmations() {
    return Generate.enumValues(MaterialChangeConfirmation.class);
  }

  /** The information is necessary to confirm compliance or not (A.2.2.2). */
  public static Gen<InformationNeed> informationNeeds() {
    return Generate.enumValues(InformationNeed.class);
  }

  /** A Third Party Report suffices in lieu or not (A.2.2.2). */
  public static Gen<ReportSufficiency> reportSufficiencies() {
    return Generate.enumValues(ReportSufficiency.class);
  }
}
