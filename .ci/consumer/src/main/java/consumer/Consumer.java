package consumer;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.event.ObjectionGrounds;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.Subprocessor;
import io.github.dpasemantics.policy.Decision;
import io.github.dpasemantics.policy.Subprocessing;
import io.github.dpasemantics.policy.fact.Form;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Asks the README's question and validates a contract, as an embedding application would. */
public final class Consumer {
  private Consumer() {}

  public static void main(String[] args) {
    DpaTerms terms = DpaTerms.segment();
    Interpretations readings = Interpretations.defaults();
    LocalDate notice = LocalDate.of(2025, 3, 3);
    LocalDate objection = LocalDate.of(2025, 3, 9);
    boolean timely = Subprocessing.isObjectionTimely(notice, objection, terms, readings);
    Decision<Boolean> d = Subprocessing.objectionAllowed(notice, objection, Form.IN_WRITING,
        ObjectionGrounds.REASONABLE_DATA_PROTECTION, terms, readings);
    List<ClauseId> cited = d.getClauses();
    String text = ClauseCatalog.segmentDpa().get(cited.get(0)).getText();
    System.out.println("timely=" + timely + " cites=" + cited + " text=" + text.substring(0, 20));

    ContractInstance contract = ContractInstance.builder()
        .id("acme-2025")
        .customer(Party.of("acme", "Acme GmbH", PartyKind.CUSTOMER, CountryCode.of("DE")))
        .segment(Party.segment())
        .agreement(Agreement.of(LocalDate.of(2025, 1, 6)))
        .addendum(Addendum.signed(LocalDate.of(2025, 1, 8), LocalDate.of(2025, 1, 10)))
        .addSubprocessors(Subprocessor.of(Party.of("aws", "Amazon Web Services, Inc.", PartyKind.THIRD_PARTY_SUBPROCESSOR)))
        .annexFacts(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW))
        .build();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<ContractInstance>> violations = factory.getValidator().validate(contract);
      if (!violations.isEmpty()) {
        throw new IllegalStateException("a valid contract was refused: " + violations);
      }
      ContractInstance blank = ContractInstance.builder().from(contract)
          .customer(Party.of("acme", " ", PartyKind.CUSTOMER, CountryCode.of("DE"))).build();
      if (factory.getValidator().validate(blank).size() != 1) {
        throw new IllegalStateException("a blank customer name was not found");
      }
    }
    System.out.println("validated " + contract.getId());
  }
}
