package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static io.github.dpasemantics.policy.testing.DefinitionsGenerators.dataDescriptors;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import io.github.dpasemantics.policy.DataSubjects.Routing;
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
    qt().forAll(booleans().all(), booleans().all()).check((requested, selfService) -> {
      Decision<Boolean> d = DataSubjects.assistance(requested, selfService);
      return d.isYes() == (requested && !selfService) && d.isYes() == DataSubjects.isAssistanceOwed(requested, selfService)
          && citesCatalogue(d);
    });
  }
}
