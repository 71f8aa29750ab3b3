package io.github.dpasemantics.model.party;

import static io.github.dpasemantics.model.testing.ModelValidation.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.data.CountryCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SubprocessorTest {

  private static final AffiliateGraph GROUP = AffiliateGraph.of(
      List.of(Organisation.of("twilio", "Twilio"), Organisation.of("segment", "Segment"),
          Organisation.of("twilio-ie", "Twilio Ireland"), Organisation.of("aws", "AWS")),
      List.of(ControlRelation.of("twilio", "segment", ControlMeans.VOTING_SECURITIES),
          ControlRelation.of("twilio", "twilio-ie", ControlMeans.VOTING_SECURITIES)));

  @Test
  @Tag("clause-2.11")
  @DisplayName("2.11: a Subprocessor of kind THIRD_PARTY_SUBPROCESSOR is a Third Party Subprocessor whatever the graph")
  void declaredThirdParty() {
    Subprocessor aws = Subprocessor.builder()
        .party(Party.of("aws", "Amazon Web Services", PartyKind.THIRD_PARTY_SUBPROCESSOR))
        .addFunction("cloud hosting").addLocation(CountryCode.UNITED_STATES).build();
    assertEquals(Optional.of(false), aws.declaredAffiliateOfSegment());
    assertTrue(aws.isThirdPartySubprocessor(GROUP, "segment"));
    assertEquals("segment", aws.getAuthorisedBy());
    assertEquals("aws", aws.getId());
    assertEquals(List.of(), violations(aws));
  }

  @Test
  @Tag("clause-6.1")
  @DisplayName("6.1: a Subprocessor of kind SEGMENT_AFFILIATE is an Affiliate of Segment")
  void declaredAffiliate() {
    Subprocessor ie = Subprocessor.of(Party.of("twilio-ie", "Twilio Ireland", PartyKind.SEGMENT_AFFILIATE));
    assertEquals(Optional.of(true), ie.declaredAffiliateOfSegment());
    assertTrue(ie.isAffiliateOfSegment(AffiliateGraph.empty(), "segment"));
  }

  @Test
  @Tag("clause-2.10")
  @DisplayName("2.1, 2.11: a Subprocessor of kind SUBPROCESSOR is classified by the affiliate graph")
  void classifiedByTheGraph() {
    Subprocessor ie = Subprocessor.of(Party.of("twilio-ie", "Twilio Ireland", PartyKind.SUBPROCESSOR));
    Subprocessor aws = Subprocessor.of(Party.of("aws", "AWS", PartyKind.SUBPROCESSOR));
    assertEquals(Optional.empty(), ie.declaredAffiliateOfSegment());
    assertTrue(ie.isAffiliateOfSegment(GROUP, "segment"));
    assertFalse(aws.isAffiliateOfSegment(GROUP, "segment"));
    assertTrue(aws.isThirdPartySubprocessor(GROUP, "segment"));
  }

  @Test
  @Tag("clause-5.2")
  @DisplayName("5.2: a Source or Destination cannot be a Subprocessor")
  void aSourceOrDestinationIsNeverASubprocessor() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Subprocessor.of(
        Party.of("warehouse", "Warehouse", PartyKind.SOURCE_OR_DESTINATION)));
    assertTrue(e.getMessage().contains("Subprocessor.party.kind = SOURCE_OR_DESTINATION"), e.getMessage());
    assertTrue(e.getMessage().contains("(5.2)"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(value = PartyKind.class, names = {"SEGMENT", "CUSTOMER", "DATA_SUBJECT", "AUDITOR",
      "SUPERVISORY_AUTHORITY", "LAW_ENFORCEMENT", "CUSTOMER_REPRESENTATIVE"})
  @Tag("clause-2.10")
  @DisplayName("2.10: only third parties can be Subprocessors")
  void onlyThirdPartiesAreSubprocessors(PartyKind kind) {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Subprocessor.of(Party.of("x", "X", kind)));
    assertTrue(e.getMessage().contains("Subprocessor.party.kind = " + kind), e.getMessage());
  }

  @Test
  @Tag("clause-2.10")
  @DisplayName("2.10: a Subprocessor is not authorised by itself; its functions are not blank")
  void authorisationAndFunctions() {
    Party p = Party.of("aws", "AWS", PartyKind.THIRD_PARTY_SUBPROCESSOR);
    IllegalStateException self = assertThrows(IllegalStateException.class,
        () -> Subprocessor.builder().party(p).authorisedBy("aws").build());
    assertTrue(self.getMessage().contains("Subprocessor.authorisedBy = 'aws'"), self.getMessage());
    IllegalStateException blank = assertThrows(IllegalStateException.class,
        () -> Subprocessor.builder().party(p).addFunction(" ").build());
    assertTrue(blank.getMessage().contains("Subprocessor.functions"), blank.getMessage());
    assertEquals(List.of("authorisedBy: Subprocessor.authorisedBy = ' ': must not be blank"),
        violations(Subprocessor.builder().party(p).authorisedBy(" ").build()));
    assertEquals(List.of("party.name: Party.name = ' ': must not be blank"),
        violations(Subprocessor.of(Party.of("aws", " ", PartyKind.THIRD_PARTY_SUBPROCESSOR))));
  }

  @Test
  @Tag("clause-5.2")
  @DisplayName("5.2: a Source or Destination has kind SOURCE_OR_DESTINATION and is directed by Customer")
  void sourcesAndDestinations() {
    SourceOrDestination d = SourceOrDestination.of(
        Party.of("bigquery", "BigQuery", PartyKind.SOURCE_OR_DESTINATION), SourceOrDestination.Direction.DESTINATION);
    assertTrue(d.isDirectedByCustomer());
    assertEquals("bigquery", d.getId());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SourceOrDestination.of(
        Party.of("aws", "AWS", PartyKind.THIRD_PARTY_SUBPROCESSOR), SourceOrDestination.Direction.SOURCE));
    assertTrue(e.getMessage().contains("SourceOrDestination.party.kind = THIRD_PARTY_SUBPROCESSOR"), e.getMessage());
  }
}
