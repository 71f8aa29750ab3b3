package io.github.dpasemantics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dpasemantics.model.clause.ClauseCatalog;
import io.github.dpasemantics.model.clause.ClauseId;
import io.github.dpasemantics.model.clause.ClauseIds;
import io.github.dpasemantics.model.clause.NormKind;
import io.github.dpasemantics.model.clause.Part;
import io.github.dpasemantics.model.contract.Addendum;
import io.github.dpasemantics.model.contract.Agreement;
import io.github.dpasemantics.model.contract.AnnexFacts;
import io.github.dpasemantics.model.contract.ContractInstance;
import io.github.dpasemantics.model.contract.DpaTerms;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.contract.TermKey;
import io.github.dpasemantics.model.data.CountryCode;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.event.DpaEvent;
import io.github.dpasemantics.model.event.EventType;
import io.github.dpasemantics.model.event.NoticeChannel;
import io.github.dpasemantics.model.event.SubprocessorNoticeGiven;
import io.github.dpasemantics.model.norm.Norm;
import io.github.dpasemantics.model.norm.Norms;
import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.ControlMeans;
import io.github.dpasemantics.model.party.ControlRelation;
import io.github.dpasemantics.model.party.Organisation;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.model.time.DeadlineRule;
import io.github.dpasemantics.model.time.Window;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The class-level javadoc examples of dpa-model, run. Each region between {@code // example: X}
 * and {@code // end example} is the example of class {@code X} as its javadoc shows it, where a
 * line {@code check(expr, "shown");} appears as {@code expr;  // shown}: the value the javadoc
 * shows is the value asserted here. dpa-examples' {@code JavadocExamplesMatchTest} compares the
 * regions with the javadoc text.
 */
class JavadocExamplesTest {

  /** Asserts that {@code actual} prints as the javadoc shows it. */
  static void check(Object actual, String shown) {
    assertEquals(shown, String.valueOf(actual));
  }

  @Test
  @DisplayName("DpaEvent: a notice event with its default actor and its matter")
  void dpaEvent() {
    // example: DpaEvent
    DpaEvent notice = SubprocessorNoticeGiven.builder()
        .id("n-1").date(LocalDate.of(2024, 3, 1))
        .subprocessorId("acme-cdn").channel(NoticeChannel.WORKSPACE_MESSAGE)
        .build();
    check(notice.getActor(), "SEGMENT");
    check(notice.getMatterId(), "Optional[acme-cdn]");
    // end example
  }

  @Test
  @DisplayName("ClauseCatalog: a clause by id, by defined term, by kind")
  void clauseCatalog() {
    // example: ClauseCatalog
    ClauseCatalog dpa = ClauseCatalog.segmentDpa();
    check(dpa.get(ClauseIds.S6_3).getTitle(), "Subprocessing");
    check(dpa.byDefinedTerm("security incident").map(c -> c.getId()), "Optional[2.9]");
    check(dpa.byKind(NormKind.PROHIBITION).size(), "4");
    // end example
  }

  @Test
  @DisplayName("ClauseId: parsed, with its part and parent")
  void clauseId() {
    // example: ClauseId
    ClauseId id = ClauseId.parse("A.2.2.2");
    check(id.getPart(), "ANNEX_A");
    check(id.getParent(), "Optional[A.2.2]");
    check(ClauseId.of(Part.BODY, 6, 3), "6.3");
    // end example
  }

  @Test
  @DisplayName("Addendum: effective on the later signature")
  void addendum() {
    // example: Addendum
    Addendum dpa = Addendum.signed(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 5));
    check(dpa.getEffectiveDate(), "2020-03-05");
    // end example
  }

  @Test
  @DisplayName("ContractInstance: the defaults for terms and readings")
  void contractInstance() {
    // example: ContractInstance
    ContractInstance contract = ContractInstance.builder()
        .id("acme-2020")
        .customer(Party.of("acme", "Acme GmbH", PartyKind.CUSTOMER, CountryCode.of("DE")))
        .segment(Party.segment())
        .agreement(Agreement.of(LocalDate.of(2020, 1, 1)))
        .addendum(Addendum.signed(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 5)))
        .annexFacts(AnnexFacts.governedBy(DataProtectionLaw.EU_DATA_PROTECTION_LAW))
        .build();
    check(contract.getTerms().equals(DpaTerms.segment()), "true");
    check(contract.getInterpretations().equals(Interpretations.defaults()), "true");
    // end example
  }

  @Test
  @DisplayName("Norms: by clause, by triggering event, by id")
  void norms() {
    // example: Norms
    Norms norms = Norms.segmentDpa();
    check(norms.byClause(ClauseId.parse("6.3")).size(), "6");
    check(norms.triggeredBy(EventType.SECURITY_EVENT_CONFIRMED).size(), "2");
    check(norms.require("9.1/delete-customer-personal-data").getDeadline(), "withinDaysAfter(DELETION_DAYS)");
    // end example
  }

  @Test
  @DisplayName("Norm: the advance-notice norm of 6.3")
  void norm() {
    // example: Norm
    Norm advanceNotice = Norms.segmentDpa().require("6.3/advance-notice");
    check(advanceNotice.getBearer(), "SEGMENT");
    check(advanceNotice.getDeadline(), "atLeastDaysBefore(SUBPROCESSOR_NOTICE_DAYS)");
    check(advanceNotice.getDeadlineAnchor(), "Optional[SUBPROCESSOR_FIRST_PROCESSING]");
    check(advanceNotice.getExemptions().size(), "1");
    // end example
  }

  @Test
  @DisplayName("DataDescriptor: end-user e-mail addresses are Personal Data under EU law")
  void dataDescriptor() {
    // example: DataDescriptor
    DataDescriptor email = DataDescriptor.builder()
        .origin(DataOrigin.CUSTOMER_DATA)
        .addGoverningLaw(DataProtectionLaw.EU_DATA_PROTECTION_LAW)
        .subjectKind(SubjectKind.CUSTOMER_END_USER)
        .processedBySegment(true)
        .subjectLocation(CountryCode.of("DE"))
        .build();
    check(email.isPersonalData(), "true");
    check(email.isGovernedBy(DataProtectionLaw.CCPA), "false");
    // end example
  }

  @Test
  @DisplayName("AffiliateGraph: common control makes two companies Affiliates (2.1)")
  void affiliateGraph() {
    // example: AffiliateGraph
    AffiliateGraph g = AffiliateGraph.builder()
        .addOrganisation(Organisation.of("twilio", "Twilio Inc."))
        .addOrganisation(Organisation.of("segment", "Segment.io, Inc."))
        .addOrganisation(Organisation.of("segment-eu", "Segment EU Ltd"))
        .addRelation(ControlRelation.of("twilio", "segment", ControlMeans.VOTING_SECURITIES))
        .addRelation(ControlRelation.of("twilio", "segment-eu", ControlMeans.VOTING_SECURITIES))
        .build();
    check(g.areAffiliates("segment", "segment-eu"), "true");
    check(g.affiliation("segment", "segment-eu").getController(), "Optional[twilio]");
    // end example
  }

  @Test
  @DisplayName("DeadlineRule: the objection window after a notice (6.3)")
  void deadlineRule() {
    // example: DeadlineRule
    Window w = DeadlineRule.withinDaysAfter(TermKey.OBJECTION_DAYS)
        .window(LocalDate.of(2024, 3, 1), DpaTerms.segment(), Interpretations.defaults())
        .orElseThrow();
    check(w, "[2024-03-02, 2024-03-06] DAYS_AFTER");
    // end example
  }
}
