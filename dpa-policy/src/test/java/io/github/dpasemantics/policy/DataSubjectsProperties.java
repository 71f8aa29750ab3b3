package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.dataDescriptors;
import static io.github.dpasemantics.policy.testing.FactGenerators.customerRequests;
import static io.github.dpasemantics.policy.testing.FactGenerators.selfServices;
import static org.quicktheories.QuickTheory.qt;

import io.github.dpasemantics.policy.DataSubjects.Routing;
import io.github.dpasemantics.policy.fact.CustomerRequest;
import io.github.dpasemantics.policy.fact.SelfService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DataSubjectsProperties {

  @Test
  @Tag("clause-8")
  @DisplayName("8: a request is referred to Customer exactly when it concerns Customer Personal Data; bare == explained")
  void routingFollowsDefinition() {
    qt().forAll(dataDescriptors()).check(d -> {
      Decision<Routing> r = DataSubjects.routing(d);
      return r.getOutcome() == DataSubjects.routingOf(d)
          && (r.getOutcome() == Routing.REFER_TO_CUSTOMER) == Definitions.isCustomerPersonalData(d)
          && (r.getOutcome() == Routing.OUTSIDE_ADDENDUM || Definitions.isPersonalData(d)) && citesCatalogue(r);
    });
  }

  @Test
  @Tag("clause-8")
  @DisplayName("8: assistance is owed exactly on request where self-service does not suffice; bare == explained")
  void assistanceRule() {
    qt().forAll(customerRequests(), selfServices()).check((request, selfService) -> {
      Decision<Boolean> d = DataSubjects.assistanceOwed(request, selfService);
      return d.isYes() == (request == CustomerRequest.REQUESTED && selfService == SelfService.DOES_NOT_SUFFICE)
          && d.isYes() == DataSubjects.isAssistanceOwed(request, selfService)
          && d.getReasons().size() == (request == CustomerRequest.REQUESTED ? 0 : 1) + (selfService == SelfService.SUFFICES ? 1 : 0)
              + (d.isYes() ? 2 : 0)
          && citesCatalogue(d);
    });
  }
}
