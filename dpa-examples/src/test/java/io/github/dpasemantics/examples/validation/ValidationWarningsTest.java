package io.github.dpasemantics.examples.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.ControlMeans;
import io.github.dpasemantics.model.party.ControlRelation;
import io.github.dpasemantics.model.party.Organisation;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.party.SourceOrDestination;
import io.github.dpasemantics.model.party.Subprocessor;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Validating a contract must be silent: Hibernate Validator warns (HV000271) once per element for
 * every {@code @Valid} put on a container ({@code List}, {@code Optional}) instead of on its type
 * argument, and a consumer would see those warnings on every first validation.
 */
class ValidationWarningsTest {

  /** Collects every record Hibernate Validator logs at WARNING or above (through JUL, its backend here). */
  private static final class Collect extends Handler {
    final List<String> messages = new ArrayList<>();

    @Override
    public void publish(LogRecord r) {
      if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
        messages.add(String.valueOf(r.getMessage()));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  @DisplayName("Validating a contract with every container filled logs no warning (no @Valid on a container)")
  void noWarnings() {
    Logger logger = Logger.getLogger("org.hibernate.validator");
    Collect collect = new Collect();
    logger.addHandler(collect);
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      var c = ContractInstance.builder()
          .id("acme-2020")
          .customer(Party.of("acme", "Acme GmbH", PartyKind.CUSTOMER, CountryCode.of("DE")))
          .segment(Party.segment())
          .agreement(Agreement.of(LocalDate.of(2020, 1, 1)))
          .addendum(Addendum.signed(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 5)))
          .affiliateGraph(AffiliateGraph.of(
              List.of(Organisation.of("twilio", "Twilio"), Organisation.from(Party.segment())),
              List.of(ControlRelation.of("twilio", "segment", ControlMeans.VOTING_SECURITIES))))
          .addSubprocessors(Subprocessor.of(Party.of("aws", "AWS", PartyKind.THIRD_PARTY_SUBPROCESSOR)))
          .addSourcesAndDestinations(SourceOrDestination.of(Party.of("crm", "A CRM", PartyKind.SOURCE_OR_DESTINATION), SourceOrDestination.Direction.SOURCE))
          .annexFacts(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW))
          .build();
      assertEquals(0, factory.getValidator().validate(c).size());
      // the cascade still reaches into the containers: a blank Subprocessor name is found
      ContractInstance bad = c.withSubprocessors(Subprocessor.of(Party.of("aws", " ", PartyKind.THIRD_PARTY_SUBPROCESSOR)));
      assertEquals(1, factory.getValidator().validate(bad).size());
    } finally {
      logger.removeHandler(collect);
    }
    assertTrue(collect.messages.isEmpty(), () -> "Hibernate Validator warned: " + collect.messages);
  }
}
