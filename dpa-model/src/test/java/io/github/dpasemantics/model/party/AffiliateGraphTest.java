package io.github.dpasemantics.model.party;

import static io.github.dpasemantics.model.testing.ModelValidation.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("clause-2.1")
class AffiliateGraphTest {

  private static final ControlRelation TWILIO_SEGMENT =
      ControlRelation.of("twilio", "segment", ControlMeans.VOTING_SECURITIES);
  private static final ControlRelation TWILIO_HOLDING =
      ControlRelation.of("twilio", "twilio-holding", ControlMeans.VOTING_SECURITIES);
  private static final ControlRelation HOLDING_EU =
      ControlRelation.of("twilio-holding", "segment-eu", ControlMeans.CONTRACT);
  private static final ControlRelation SEGMENT_LABS =
      ControlRelation.of("segment", "segment-labs", ControlMeans.OTHER);

  private static final AffiliateGraph GROUP = AffiliateGraph.builder()
      .addOrganisation(Organisation.of("twilio", "Twilio Inc."))
      .addOrganisation(Organisation.of("twilio-holding", "Twilio Holding"))
      .addOrganisation(Organisation.of("segment", "Segment.io, Inc."))
      .addOrganisation(Organisation.of("segment-eu", "Segment EU"))
      .addOrganisation(Organisation.of("segment-labs", "Segment Labs"))
      .addOrganisation(Organisation.of("aws", "Amazon Web Services"))
      .addRelations(TWILIO_SEGMENT, TWILIO_HOLDING, HOLDING_EU, SEGMENT_LABS)
      .build();

  @Test
  @DisplayName("2.1: an entity that Segment controls directly is Segment's Affiliate")
  void directControlMakesAffiliates() {
    AffiliateExplanation e = GROUP.affiliation("segment", "segment-labs");
    assertEquals(AffiliateBasis.SUBJECT_CONTROLS_OTHER, e.getBasis());
    assertEquals(Optional.of("segment"), e.getController());
    assertEquals(List.of(), e.getSubjectChain());
    assertEquals(List.of(SEGMENT_LABS), e.getOtherChain());
    assertTrue(e.isAffiliated());
    assertEquals("2.1", e.getClause());
  }

  @Test
  @DisplayName("2.1: the entity that controls Segment is Segment's Affiliate (is controlled by)")
  void theControllerIsAnAffiliate() {
    AffiliateExplanation e = GROUP.affiliation("segment", "twilio");
    assertEquals(AffiliateBasis.OTHER_CONTROLS_SUBJECT, e.getBasis());
    assertEquals(List.of(TWILIO_SEGMENT), e.getSubjectChain());
    assertTrue(e.describe().contains("segment is controlled by twilio"), e.describe());
  }

  @Test
  @DisplayName("2.1: indirect control through a chain (voting securities, then contract) makes Affiliates")
  void indirectControlMakesAffiliates() {
    assertTrue(GROUP.controls("twilio", "segment-eu"));
    assertEquals(Optional.of(List.of(TWILIO_HOLDING, HOLDING_EU)), GROUP.controlChain("twilio", "segment-eu"));
    AffiliateExplanation e = GROUP.affiliation("twilio", "segment-eu");
    assertEquals(AffiliateBasis.SUBJECT_CONTROLS_OTHER, e.getBasis());
    assertEquals(List.of(TWILIO_HOLDING, HOLDING_EU), e.getOtherChain());
  }

  @Test
  @DisplayName("2.1: sister companies under common control are Affiliates, with both chains")
  void commonControlMakesAffiliates() {
    AffiliateExplanation e = GROUP.affiliation("segment-labs", "segment-eu");
    assertEquals(AffiliateBasis.COMMON_CONTROL, e.getBasis());
    assertEquals(Optional.of("twilio"), e.getController());
    assertEquals(List.of(TWILIO_SEGMENT, SEGMENT_LABS), e.getSubjectChain());
    assertEquals(List.of(TWILIO_HOLDING, HOLDING_EU), e.getOtherChain());
    assertTrue(GROUP.areAffiliates("segment-eu", "segment-labs"));
    assertTrue(e.describe().contains("common control of twilio"), e.describe());
    assertTrue(e.describe().contains("twilio-holding controls segment-eu (CONTRACT)"), e.describe());
  }

  @Test
  @DisplayName("2.1: an unrelated entity is not an Affiliate")
  void anUnrelatedEntityIsNotAnAffiliate() {
    AffiliateExplanation e = GROUP.affiliation("segment", "aws");
    assertEquals(AffiliateBasis.NOT_AFFILIATED, e.getBasis());
    assertFalse(e.isAffiliated());
    assertEquals(Optional.empty(), e.getController());
    assertTrue(e.describe().contains("not Affiliates"), e.describe());
  }

  @Test
  @DisplayName("2.1: an entity is not its own Affiliate")
  void anEntityIsNotItsOwnAffiliate() {
    assertEquals(AffiliateBasis.SAME_ENTITY, GROUP.affiliation("segment", "segment").getBasis());
    assertFalse(GROUP.areAffiliates("segment", "segment"));
    assertFalse(GROUP.controls("segment", "segment"));
    assertEquals(Optional.empty(), GROUP.controlChain("segment", "segment"));
  }

  @Test
  @DisplayName("2.1: an id not in the graph is related to nothing, without error")
  void unknownIdsAreRelatedToNothing() {
    assertFalse(GROUP.areAffiliates("segment", "nobody"));
    assertFalse(GROUP.areAffiliates("nobody", "else"));
    assertEquals(Set.of(), GROUP.affiliatesOf("nobody"));
    assertFalse(GROUP.knows("nobody"));
    assertTrue(GROUP.knows("aws"));
    assertEquals("Amazon Web Services", GROUP.organisation("aws").orElseThrow().getName());
    assertFalse(AffiliateGraph.empty().areAffiliates("a", "b"));
  }

  @Test
  @DisplayName("2.1: the affiliates, controllers and controlled entities of Segment are listed by id")
  void listsOfAffiliates() {
    assertEquals(Set.of("twilio", "twilio-holding", "segment-eu", "segment-labs"), GROUP.affiliatesOf("segment"));
    assertEquals(Set.of("twilio"), GROUP.controllersOf("segment"));
    assertEquals(Set.of("twilio", "twilio-holding"), GROUP.controllersOf("segment-eu"));
    assertEquals(Set.of("segment", "segment-labs", "twilio-holding", "segment-eu"), GROUP.controlledBy("twilio"));
    assertTrue(GROUP.areAffiliates(Party.segment(), Party.of("segment-eu", "Segment EU", PartyKind.SEGMENT_AFFILIATE)));
  }

  @Test
  @DisplayName("2.1: circular control (cross-holdings) terminates and makes the circle Affiliates")
  void circularControlTerminates() {
    AffiliateGraph circle = AffiliateGraph.of(
        List.of(Organisation.of("a", "A"), Organisation.of("b", "B"), Organisation.of("c", "C")),
        List.of(ControlRelation.of("a", "b", ControlMeans.VOTING_SECURITIES),
            ControlRelation.of("b", "c", ControlMeans.VOTING_SECURITIES),
            ControlRelation.of("c", "a", ControlMeans.CONTRACT)));
    assertTrue(circle.areAffiliates("a", "c"));
    assertEquals(AffiliateBasis.SUBJECT_CONTROLS_OTHER, circle.affiliation("a", "c").getBasis());
    assertEquals(Set.of("b", "c"), circle.controllersOf("a"));
    assertEquals(Set.of("b", "c"), circle.affiliatesOf("a"));
    assertFalse(circle.controls("a", "a"));
  }

  @Test
  @DisplayName("2.1: control recorded as indirect counts and says so in the explanation")
  void recordedIndirectControl() {
    ControlRelation indirect = ControlRelation.builder().controller("p").controlled("q")
        .means(ControlMeans.VOTING_SECURITIES).direct(false).note("annual report").build();
    AffiliateGraph g = AffiliateGraph.of(List.of(Organisation.of("p", "P"), Organisation.of("q", "Q")), List.of(indirect));
    assertTrue(g.areAffiliates("q", "p"));
    assertEquals("p indirectly controls q (VOTING_SECURITIES)", indirect.describe());
  }

  @Test
  @DisplayName("2.1: a relation naming an organisation not in the graph is refused naming it")
  void aRelationToAnUnknownOrganisationIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> AffiliateGraph.of(
        List.of(Organisation.of("a", "A")), List.of(ControlRelation.of("a", "ghost", ControlMeans.OTHER))));
    assertTrue(e.getMessage().contains("AffiliateGraph.relations"), e.getMessage());
    assertTrue(e.getMessage().contains("'ghost'"), e.getMessage());
  }

  @Test
  @DisplayName("2.1: duplicate organisation ids and duplicate relations are refused")
  void duplicatesAreRefused() {
    IllegalStateException orgs = assertThrows(IllegalStateException.class, () -> AffiliateGraph.of(
        List.of(Organisation.of("a", "A"), Organisation.of("a", "A2")), List.of()));
    assertTrue(orgs.getMessage().contains("AffiliateGraph.organisations: id 'a'"), orgs.getMessage());
    ControlRelation r = ControlRelation.of("a", "b", ControlMeans.OTHER);
    IllegalStateException rels = assertThrows(IllegalStateException.class, () -> AffiliateGraph.of(
        List.of(Organisation.of("a", "A"), Organisation.of("b", "B")), List.of(r, r)));
    assertTrue(rels.getMessage().contains("recorded more than once"), rels.getMessage());
  }

  @Test
  @DisplayName("2.1: an entity recorded as controlling itself is refused")
  void selfControlIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ControlRelation.of("a", "a", ControlMeans.CONTRACT));
    assertTrue(e.getMessage().contains("ControlRelation.controlled = 'a'"), e.getMessage());
  }

  @Test
  @DisplayName("Blank control relation ends fire @NotBlank through the graph, with the path")
  void blankRelationEndsFire() {
    ControlRelation blank = ControlRelation.of(" ", "a", ControlMeans.OTHER);
    assertEquals(List.of("controller: ControlRelation.controller = ' ': must not be blank"), violations(blank));
    assertEquals(List.of("controlled: ControlRelation.controlled = '': must not be blank"),
        violations(ControlRelation.of("a", "", ControlMeans.OTHER)));
    AffiliateGraph g = AffiliateGraph.of(List.of(Organisation.of("a", "A"), Organisation.of("b", " ")), List.of());
    assertEquals(List.of("organisations[1].name: Organisation.name = ' ': must not be blank"), violations(g));
  }

  @Test
  @DisplayName("An explanation whose chain does not lead to its subject is refused")
  void aBrokenExplanationIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> AffiliateExplanation.builder()
        .subject("segment-eu").other("segment").basis(AffiliateBasis.OTHER_CONTROLS_SUBJECT)
        .controller("segment").addSubjectChain(SEGMENT_LABS).build());
    assertTrue(e.getMessage().contains("AffiliateExplanation.subjectChain"), e.getMessage());
    IllegalStateException noController = assertThrows(IllegalStateException.class, () -> AffiliateExplanation.builder()
        .subject("a").other("b").basis(AffiliateBasis.COMMON_CONTROL).build());
    assertTrue(noController.getMessage().contains("AffiliateExplanation.controller"), noController.getMessage());
  }
}
