package io.github.dpasemantics.model.contract;

import static io.github.dpasemantics.model.testing.ModelValidation.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class ContractInstanceTest {

  private static final Party ACME = Party.of("acme", "Acme GmbH", PartyKind.CUSTOMER, CountryCode.of("DE"));
  private static final Subprocessor AWS = Subprocessor.of(Party.of("aws", "AWS", PartyKind.THIRD_PARTY_SUBPROCESSOR));
  private static final Subprocessor TWILIO_IE =
      Subprocessor.of(Party.of("twilio-ie", "Twilio Ireland", PartyKind.SUBPROCESSOR));
  private static final AffiliateGraph GROUP = AffiliateGraph.of(
      List.of(Organisation.of("twilio", "Twilio"), Organisation.from(Party.segment()),
          Organisation.of("twilio-ie", "Twilio Ireland"), Organisation.of("aws", "AWS")),
      List.of(ControlRelation.of("twilio", "segment", ControlMeans.VOTING_SECURITIES),
          ControlRelation.of("twilio", "twilio-ie", ControlMeans.VOTING_SECURITIES)));

  private static ContractInstance contract() {
    return ContractInstance.builder()
        .id("acme-2020")
        .customer(ACME)
        .segment(Party.segment())
        .agreement(Agreement.of(LocalDate.of(2020, 1, 1)))
        .addendum(Addendum.signed(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 5)))
        .affiliateGraph(GROUP)
        .addSubprocessors(AWS, TWILIO_IE)
        .annexFacts(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW))
        .build();
  }

  @Test
  @Tag("clause-2.11")
  @DisplayName("2.11: a contract knows its Subprocessors and which are Third Party Subprocessors")
  void aValidContract() {
    ContractInstance c = contract();
    assertEquals(List.of(), violations(c));
    assertEquals(DpaTerms.segment(), c.getTerms());
    assertEquals(Interpretations.defaults(), c.getInterpretations());
    assertEquals(Optional.of(true), c.isThirdPartySubprocessor("aws"));
    assertEquals(Optional.of(false), c.isThirdPartySubprocessor("twilio-ie"));
    assertEquals(Optional.empty(), c.isThirdPartySubprocessor("nobody"));
    assertEquals(LocalDate.of(2020, 3, 5), c.addendumEffectiveDate());
  }

  @Test
  @Tag("clause-3.4")
  @DisplayName("3.4: an Addendum taking effect after the Agreement's expiration date is refused; on that day it is accepted")
  void addendumAfterTheAgreementExpired() {
    Agreement ends = Agreement.builder().effectiveDate(LocalDate.of(2020, 1, 1)).expirationDate(LocalDate.of(2020, 3, 5)).build();
    assertEquals(LocalDate.of(2020, 3, 5), contract().withAgreement(ends).addendumEffectiveDate());
    Agreement earlier = Agreement.builder().effectiveDate(LocalDate.of(2020, 1, 1)).expirationDate(LocalDate.of(2020, 3, 4)).build();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> contract().withAgreement(earlier));
    assertTrue(e.getMessage().startsWith("ContractInstance.addendum.effectiveDate = 2020-03-05: must not be after"
        + " the Agreement's expiration date 2020-03-04"), e.getMessage());
  }

  @Test
  @Tag("clause-1")
  @DisplayName("1: the customer must be a CUSTOMER and Segment a SEGMENT, with different ids")
  void partiesHaveTheirKinds() {
    IllegalStateException kind = assertThrows(IllegalStateException.class,
        () -> contract().withCustomer(Party.of("acme", "Acme", PartyKind.AUDITOR)));
    assertTrue(kind.getMessage().startsWith("ContractInstance.customer.kind = AUDITOR"), kind.getMessage());
    IllegalStateException seg = assertThrows(IllegalStateException.class,
        () -> contract().withSegment(Party.of("segment", "Segment", PartyKind.CUSTOMER)));
    assertTrue(seg.getMessage().startsWith("ContractInstance.segment.kind = CUSTOMER"), seg.getMessage());
    IllegalStateException same = assertThrows(IllegalStateException.class,
        () -> contract().withCustomer(Party.of("segment", "Acme", PartyKind.CUSTOMER)));
    assertTrue(same.getMessage().startsWith("ContractInstance.customer.id = 'segment'"), same.getMessage());
  }

  @Test
  @Tag("clause-2.10")
  @DisplayName("2.10: Subprocessor ids are unique and never Segment's or the Customer's")
  void subprocessorIds() {
    IllegalStateException dup = assertThrows(IllegalStateException.class,
        () -> contract().withSubprocessors(AWS, AWS));
    assertTrue(dup.getMessage().contains("id 'aws' appears more than once"), dup.getMessage());
    IllegalStateException customer = assertThrows(IllegalStateException.class, () -> contract().withSubprocessors(
        Subprocessor.of(Party.of("acme", "Acme", PartyKind.THIRD_PARTY_SUBPROCESSOR))));
    assertTrue(customer.getMessage().contains("id 'acme' is Segment or the Customer"), customer.getMessage());
  }

  @Test
  @Tag("clause-5.2")
  @DisplayName("5.2: a Source or Destination listed also as a Subprocessor is refused")
  void aSourceIsNotASubprocessor() {
    SourceOrDestination awsAsSource = SourceOrDestination.of(
        Party.of("aws", "AWS S3", PartyKind.SOURCE_OR_DESTINATION), SourceOrDestination.Direction.SOURCE);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> contract().withSourcesAndDestinations(awsAsSource));
    assertTrue(e.getMessage().contains("'aws' is also listed as a Subprocessor"), e.getMessage());
    assertTrue(e.getMessage().contains("(5.2)"), e.getMessage());
    IllegalStateException dup = assertThrows(IllegalStateException.class, () -> contract().withSourcesAndDestinations(
        SourceOrDestination.of(Party.of("s3", "S3", PartyKind.SOURCE_OR_DESTINATION), SourceOrDestination.Direction.SOURCE),
        SourceOrDestination.of(Party.of("s3", "S3", PartyKind.SOURCE_OR_DESTINATION), SourceOrDestination.Direction.DESTINATION)));
    assertTrue(dup.getMessage().contains("id 's3' appears more than once"), dup.getMessage());
  }

  @Test
  @Tag("clause-2.10")
  @DisplayName("2.10: a Subprocessor is authorised by Segment or an Affiliate of Segment, not by a stranger")
  void authorisation() {
    Subprocessor byAffiliate = Subprocessor.builder()
        .party(Party.of("gcp", "Google Cloud", PartyKind.THIRD_PARTY_SUBPROCESSOR)).authorisedBy("twilio-ie").build();
    assertEquals(3, contract().withSubprocessors(AWS, TWILIO_IE, byAffiliate).getSubprocessors().size());
    Subprocessor byStranger = Subprocessor.builder()
        .party(Party.of("gcp", "Google Cloud", PartyKind.THIRD_PARTY_SUBPROCESSOR)).authorisedBy("aws").build();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> contract().withSubprocessors(AWS, byStranger));
    assertTrue(e.getMessage().contains("ContractInstance.subprocessors['gcp'].authorisedBy = 'aws'"), e.getMessage());
  }

  @Test
  @Tag("clause-2.11")
  @DisplayName("2.11: a declared Third Party Subprocessor that the graph shows to be an Affiliate is refused")
  void declaredKindMustAgreeWithTheGraph() {
    Subprocessor wrong = Subprocessor.of(Party.of("twilio-ie", "Twilio Ireland", PartyKind.THIRD_PARTY_SUBPROCESSOR));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> contract().withSubprocessors(wrong));
    assertTrue(e.getMessage().contains("contradicts the affiliate graph, which says 'twilio-ie' is an Affiliate"),
        e.getMessage());
    Subprocessor wrongAffiliate = Subprocessor.of(Party.of("aws", "AWS", PartyKind.SEGMENT_AFFILIATE));
    IllegalStateException e2 = assertThrows(IllegalStateException.class, () -> contract().withSubprocessors(wrongAffiliate));
    assertTrue(e2.getMessage().contains("'aws' is not an Affiliate"), e2.getMessage());
    // an entity unknown to the graph keeps its declared kind
    Subprocessor unknown = Subprocessor.of(Party.of("eu-sub", "EU Sub", PartyKind.SEGMENT_AFFILIATE));
    assertEquals(Optional.of(false), contract().withSubprocessors(unknown).isThirdPartySubprocessor("eu-sub"));
  }

  @Test
  @DisplayName("Validation cascades into every part and names the path; a bad id fires @Pattern")
  void validationCascades() {
    ContractInstance c = contract()
        .withId("acme 2020")
        .withCustomer(Party.of("acme", " ", PartyKind.CUSTOMER))
        .withSubprocessors(Subprocessor.of(Party.of("aws", "", PartyKind.THIRD_PARTY_SUBPROCESSOR)))
        .withTerms(DpaTerms.builder().version(" ").build());
    List<String> v = violations(c);
    assertEquals(4, v.size(), v.toString());
    assertTrue(v.get(0).startsWith("customer.name: Party.name = ' '"), v.toString());
    assertTrue(v.get(1).startsWith("id: ContractInstance.id = 'acme 2020'"), v.toString());
    assertTrue(v.get(2).startsWith("subprocessors[0].party.name: Party.name = ''"), v.toString());
    assertTrue(v.get(3).startsWith("terms.version"), v.toString());
  }

  @Test
  @DisplayName("A contract without its annex facts is refused naming the missing attribute")
  void missingAttributes() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ContractInstance.builder()
        .id("x").customer(ACME).segment(Party.segment()).agreement(Agreement.of(LocalDate.of(2020, 1, 1)))
        .addendum(Addendum.signed(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1))).build());
    assertTrue(e.getMessage().contains("annexFacts"), e.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class, () -> contract().withAgreement(nul()));
    assertTrue(String.valueOf(npe.getMessage()).contains("agreement"), npe.getMessage());
  }

  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"})
  private static <T> T nul() {
    return null;
  }
}
