package io.github.dpasemantics.model.clause;

import static io.github.dpasemantics.model.clause.NormKind.CONDITION_OR_SCOPE;
import static io.github.dpasemantics.model.clause.NormKind.DECLARATION;
import static io.github.dpasemantics.model.clause.NormKind.DEFINITION;
import static io.github.dpasemantics.model.clause.NormKind.OBLIGATION;
import static io.github.dpasemantics.model.clause.NormKind.PERMISSION;
import static io.github.dpasemantics.model.clause.NormKind.PROHIBITION;
import static io.github.dpasemantics.model.clause.NormKind.RIGHT_OR_POWER;
import static io.github.dpasemantics.model.party.PartyKind.AUDITOR;
import static io.github.dpasemantics.model.party.PartyKind.CUSTOMER;
import static io.github.dpasemantics.model.party.PartyKind.CUSTOMER_REPRESENTATIVE;
import static io.github.dpasemantics.model.party.PartyKind.DATA_SUBJECT;
import static io.github.dpasemantics.model.party.PartyKind.SEGMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.party.PartyKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseCatalogTest {

  private static final ClauseCatalog DPA = ClauseCatalog.segmentDpa();

  private static List<String> ids(List<Clause> clauses) {
    return clauses.stream().map(clause -> clause.getId().toString()).collect(Collectors.toList());
  }

  private static void assertClause(String id, NormKind kind, Set<NormKind> secondary,
      Set<PartyKind> binds, Set<PartyKind> benefits) {
    Clause clause = DPA.get(id);
    assertEquals(kind, clause.getKind(), id + " kind");
    assertEquals(secondary, clause.getSecondaryKinds(), id + " secondary kinds");
    assertEquals(binds, clause.getBinds(), id + " binds");
    assertEquals(benefits, clause.getBenefits(), id + " benefits");
  }

  private static Set<NormKind> none() {
    return EnumSet.noneOf(NormKind.class);
  }

  private static final Set<PartyKind> BOTH = EnumSet.of(SEGMENT, CUSTOMER);

  @Test
  @DisplayName("the catalogue is one instance, immutable, 73 units in document order")
  void catalogueShape() {
    assertSame(DPA, ClauseCatalog.segmentDpa());
    assertEquals(73, DPA.size());
    List<ClauseId> ids = DPA.all().stream().map(Clause::getId).collect(Collectors.toList());
    assertEquals(ids.stream().sorted().collect(Collectors.toList()), ids);
    assertThrows(UnsupportedOperationException.class, () -> DPA.all().remove(0));
    assertThrows(UnsupportedOperationException.class, () -> DPA.definedTerms().clear());
    assertEquals("ClauseCatalog{73 clauses, 31 defined terms}", DPA.toString());
  }

  @Test
  @DisplayName("groupings are exactly the headings without text of their own")
  void groupings() {
    assertEquals(List.of("3", "5", "6", "7", "9", "A", "A.1", "A.2", "A.2.1", "A.4", "B"),
        ids(DPA.all().stream().filter(Clause::isGrouping).collect(Collectors.toList())));
    assertEquals(62, DPA.provisions().size());
  }

  @Nested
  @DisplayName("lookup by id")
  class ById {
    @Test
    @Tag("clause-6.3")
    @DisplayName("6.3: get returns the subprocessor notice clause with its verbatim text")
    void getReturnsText() {
      Clause clause = DPA.get(ClauseIds.S6_3);
      assertTrue(clause.getText().startsWith("When any new Third Party Subprocessor is engaged, "
          + "Segment will notify Customer of the engagement, which notice may be given by updating"
          + " the Subprocessor Page and via a message through Customer's Segment Workspace."));
      assertTrue(clause.getText().endsWith(
          "Customer, as its sole and exclusive remedy, may terminate the Agreement for convenience."));
      assertEquals("Subprocessing", clause.getTitle());
      assertEquals(Optional.empty(), clause.getHeading());
      assertSame(clause, DPA.get("6.3"));
    }

    @Test
    @DisplayName("get of an unknown id names the id; find is empty; contains is false")
    void unknownIds() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> DPA.get(ClauseId.parse("6.4")));
      assertTrue(e.getMessage().startsWith("No clause 6.4 in this catalogue"), e.getMessage());
      assertEquals(Optional.empty(), DPA.find(ClauseId.parse("10")));
      assertFalse(DPA.contains(ClauseId.parse("B.7")));
      assertTrue(DPA.contains(ClauseIds.B_6));
      assertTrue(DPA.find(ClauseIds.A_4_3_8).isPresent());
      assertThrows(IllegalArgumentException.class, () -> DPA.get("Section 6.3"));
    }

    @Test
    @DisplayName("null arguments are refused with messages naming the method and argument")
    void nulls() {
      assertEquals("ClauseCatalog.get(id): id must not be null",
          assertThrows(NullPointerException.class, () -> DPA.get((ClauseId) null)).getMessage());
      assertEquals("ClauseCatalog.get(id): id must not be null",
          assertThrows(NullPointerException.class, () -> DPA.get((String) null)).getMessage());
      assertEquals("ClauseCatalog.find(id): id must not be null",
          assertThrows(NullPointerException.class, () -> DPA.find(null)).getMessage());
      assertEquals("ClauseCatalog.contains(id): id must not be null",
          assertThrows(NullPointerException.class, () -> DPA.contains(null)).getMessage());
      assertEquals("ClauseCatalog.byKind(kind): kind must not be null",
          assertThrows(NullPointerException.class, () -> DPA.byKind(null)).getMessage());
      assertEquals("ClauseCatalog.byParty(party): party must not be null",
          assertThrows(NullPointerException.class, () -> DPA.byParty(null)).getMessage());
      assertEquals("ClauseCatalog.definedTerm(term): term must not be null",
          assertThrows(NullPointerException.class, () -> DPA.byDefinedTerm(null)).getMessage());
      assertEquals("ClauseCatalog.of: clauses must not be null",
          assertThrows(NullPointerException.class, () -> ClauseCatalog.of(null)).getMessage());
    }

    @Test
    @DisplayName("children: 6.1 has 6.1.1 and 6.1.2; B has B.1-B.6; 9.1 has none; unknown ids fail")
    void children() {
      assertEquals(List.of("6.1.1", "6.1.2"), ids(DPA.children(ClauseIds.S6_1)));
      assertEquals(List.of("B.1", "B.2", "B.3", "B.4", "B.5", "B.6"), ids(DPA.children(ClauseIds.ANNEX_B)));
      assertEquals(List.of("A.1", "A.2", "A.3", "A.4"), ids(DPA.children(ClauseIds.ANNEX_A)));
      assertEquals(List.of(), DPA.children(ClauseIds.S9_1));
      assertEquals(List.of("A.2.1", "A.2.1.1", "A.2.1.2", "A.2.2", "A.2.2.1", "A.2.2.2", "A.2.2.3",
          "A.2.2.4", "A.2.2.5"), ids(DPA.descendants(ClauseIds.A_2)));
      assertThrows(IllegalArgumentException.class, () -> DPA.children(ClauseId.parse("6.9")));
    }
  }

  @Nested
  @DisplayName("kinds and parties, clause by clause")
  class KindsAndParties {
    @ParameterizedTest(name = "{0} defines a term")
    @CsvSource({"2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11", "A.1.1", "B.1"})
    @Tag("clause-2")
    void definitions(String id) {
      Clause clause = DPA.get(id);
      assertEquals(DEFINITION, clause.getKind(), id);
      assertEquals(BOTH, clause.getBinds(), id);
      assertFalse(clause.getDefinedTerms().isEmpty(), id);
    }

    @Test
    @Tag("clause-3.1")
    @DisplayName("3.1: the Addendum forms part of the Agreement (declaration) and governs on conflict (precedence)")
    void precedence() {
      assertClause("3.1", DECLARATION, EnumSet.of(CONDITION_OR_SCOPE), BOTH, BOTH);
    }

    @Test
    @Tag("clause-3.4")
    @DisplayName("3.4: automatic termination with the Agreement is a condition")
    void automaticTermination() {
      assertClause("3.4", CONDITION_OR_SCOPE, none(), BOTH, BOTH);
    }

    @Test
    @Tag("clause-4")
    @DisplayName("4: the scope of the Addendum and of each Annex is a condition/scope clause")
    void scope() {
      assertClause("4", CONDITION_OR_SCOPE, none(), BOTH, BOTH);
    }

    @Test
    @Tag("clause-6.1")
    @DisplayName("6.1: Customer authorises Segment to use subprocessors, a permission for Segment")
    void subprocessingAuthorisation() {
      assertClause("6.1", PERMISSION, none(), BOTH, EnumSet.of(SEGMENT));
      assertClause("6.1.1", OBLIGATION, none(), EnumSet.of(SEGMENT), EnumSet.of(CUSTOMER));
    }

    @Test
    @Tag("clause-6.3")
    @DisplayName("6.3: an obligation on Segment for Customer, plus Customer's right to object and terminate")
    void subprocessorNotice() {
      Clause clause = DPA.get("6.3");
      assertEquals(OBLIGATION, clause.getKind());
      assertTrue(clause.hasKind(RIGHT_OR_POWER));
      assertTrue(clause.getBinds().contains(SEGMENT));
      assertTrue(clause.getBenefits().contains(CUSTOMER));
    }

    @Test
    @Tag("clause-7.3")
    @DisplayName("7.3: Segment must notify a confirmed Security Incident; exceptions are conditions")
    void incidentNotice() {
      assertClause("7.3", OBLIGATION, EnumSet.of(CONDITION_OR_SCOPE, DECLARATION), BOTH, BOTH);
    }

    @Test
    @Tag("clause-7.4")
    @DisplayName("7.4: Customer's own security responsibilities are Customer obligations in Segment's favour")
    void customerSecurity() {
      assertClause("7.4", OBLIGATION, none(), EnumSet.of(CUSTOMER), EnumSet.of(SEGMENT));
    }

    @Test
    @Tag("clause-8")
    @DisplayName("8: Segment assists Customer with data subject requests; Data Subjects benefit")
    void dataSubjectRequests() {
      assertClause("8", OBLIGATION, EnumSet.of(CONDITION_OR_SCOPE), BOTH, EnumSet.of(CUSTOMER, DATA_SUBJECT));
    }

    @Test
    @Tag("clause-9.1")
    @DisplayName("9.1: deletion within 60 days is Segment's obligation to Customer")
    void deletion() {
      assertClause("9.1", OBLIGATION, none(), EnumSet.of(SEGMENT), EnumSet.of(CUSTOMER));
    }

    @Test
    @Tag("clause-9.2")
    @DisplayName("9.2: retention required by law is a permission for Segment, the data staying under the Addendum")
    void retention() {
      assertClause("9.2", PERMISSION, EnumSet.of(OBLIGATION), EnumSet.of(SEGMENT), BOTH);
    }

    @Test
    @Tag("clause-A.1.3")
    @DisplayName("A.1.3: the GDPR roles are declared")
    void roles() {
      assertClause("A.1.3", DECLARATION, EnumSet.of(OBLIGATION), BOTH, BOTH);
    }

    @Test
    @Tag("clause-A.2.1.2")
    @DisplayName("A.2.1.2: Customer's employees asking about Usage Data benefit from Customer's undertaking")
    void usageDataRequests() {
      assertTrue(DPA.get("A.2.1.2").getBenefits().contains(CUSTOMER_REPRESENTATIVE));
    }

    @Test
    @Tag("clause-A.2.2.2")
    @DisplayName("A.2.2.2: Customer's audit right, with Segment's duty to answer in writing")
    void auditRight() {
      assertClause("A.2.2.2", RIGHT_OR_POWER,
          EnumSet.of(OBLIGATION, CONDITION_OR_SCOPE, DECLARATION), BOTH, BOTH);
    }

    @Test
    @Tag("clause-A.2.2.3")
    @DisplayName("A.2.2.3: Segment's power to object to an auditor binds Customer and governs the auditor")
    void auditorObjection() {
      assertClause("A.2.2.3", RIGHT_OR_POWER, EnumSet.of(OBLIGATION), EnumSet.of(CUSTOMER, AUDITOR),
          EnumSet.of(SEGMENT));
    }

    @Test
    @Tag("clause-A.2.2.4")
    @DisplayName("A.2.2.4: Customer must report non-compliance and may use reports only for two purposes")
    void auditReports() {
      assertClause("A.2.2.4", OBLIGATION, EnumSet.of(PROHIBITION, CONDITION_OR_SCOPE),
          EnumSet.of(CUSTOMER), EnumSet.of(SEGMENT));
    }

    @Test
    @Tag("clause-A.3")
    @DisplayName("A.3: 'Segment may reasonably assist' is read as written, a permission")
    void impactAssessments() {
      assertClause("A.3", PERMISSION, none(), EnumSet.of(SEGMENT), BOTH);
    }

    @Test
    @Tag("clause-A.4.3")
    @DisplayName("A.4.3: the SCCs govern a transfer only under conditions")
    void sccs() {
      assertClause("A.4.3", CONDITION_OR_SCOPE, EnumSet.of(DECLARATION), BOTH, BOTH);
      assertClause("A.4.3.8", CONDITION_OR_SCOPE, none(), BOTH, BOTH);
    }

    @Test
    @Tag("clause-B.3")
    @DisplayName("B.3: Segment will not sell or use Customer Personal Data beyond the Services")
    void noSale() {
      assertClause("B.3", PROHIBITION, none(), EnumSet.of(SEGMENT), EnumSet.of(CUSTOMER));
    }

    @Test
    @Tag("clause-B.2")
    @DisplayName("B.2: Segment is a service provider under the CCPA (declaration)")
    void serviceProvider() {
      assertClause("B.2", DECLARATION, none(), BOTH, BOTH);
    }

    @Test
    @DisplayName("groupings summarise their units: 7 is mainly obligations, 3 ties and takes the earlier kind")
    void groupingSummaries() {
      Clause security = DPA.get("7");
      assertEquals(OBLIGATION, security.getKind());
      assertEquals(Optional.of("Security"), security.getHeading());
      assertEquals("", security.getText());
      assertEquals(DECLARATION, DPA.get("3").getKind());
      assertEquals(OBLIGATION, DPA.get("A.2.1").getKind());
      assertEquals(EnumSet.of(SEGMENT, CUSTOMER, CUSTOMER_REPRESENTATIVE), DPA.get("A.2.1").getBenefits());
    }
  }

  @Nested
  @DisplayName("lookup by kind and party")
  class ByKindAndParty {
    @Test
    @DisplayName("the only primary prohibition is B.3; A.2.2.4 prohibits secondarily")
    void prohibitions() {
      assertEquals(List.of("B.3"), ids(DPA.byPrimaryKind(PROHIBITION)));
      assertEquals(List.of("7.2", "A.2.2.4", "B.3", "B.5"), ids(DPA.byKind(PROHIBITION)));
    }

    @Test
    @DisplayName("rights and powers: 6.3, A.2.2.2, A.2.2.3")
    void rights() {
      assertEquals(List.of("5.1", "6.3", "A.2.2.2", "A.2.2.3"), ids(DPA.byKind(RIGHT_OR_POWER)));
    }

    @Test
    @DisplayName("byKind never returns groupings, and every provision has some kind")
    void kindsCoverProvisions() {
      Set<ClauseId> seen = new java.util.TreeSet<>();
      for (NormKind kind : NormKind.values()) {
        DPA.byKind(kind).forEach(clause -> {
          assertFalse(clause.isGrouping(), clause.toString());
          seen.add(clause.getId());
        });
      }
      assertEquals(DPA.provisions().stream().map(Clause::getId).collect(Collectors.toSet()), seen);
    }

    @Test
    @DisplayName("Data Subjects are concerned by 8 only; auditors by A.2.2.3 only")
    void thirdParties() {
      assertEquals(List.of("8"), ids(DPA.byParty(DATA_SUBJECT)));
      assertEquals(List.of("A.2.2.3"), ids(DPA.byParty(AUDITOR)));
      assertEquals(List.of("A.2.1.2"), ids(DPA.byParty(CUSTOMER_REPRESENTATIVE)));
    }

    @Test
    @DisplayName("Segment and Customer are each concerned by every provision but none they neither bear nor gain")
    void contractingParties() {
      assertEquals(62, DPA.byParty(SEGMENT).size());
      assertEquals(DPA.provisions().stream().filter(clause -> clause.concerns(CUSTOMER))
          .map(Clause::getId).collect(Collectors.toList()),
          DPA.byParty(CUSTOMER).stream().map(Clause::getId).collect(Collectors.toList()));
    }
  }

  @Nested
  @DisplayName("defined terms")
  class Terms {
    @ParameterizedTest(name = "''{0}'' is defined by {1}")
    @CsvSource({"Affiliate, 2.1", "affiliate, 2.1", "SECURITY INCIDENT, 2.9",
        "Standard Contractual Clauses, A.1.1", "Third Party Subprocessor, 2.11",
        "Subprocessor, 2.10", "controller, A.1.1", "data exporter, A.1.1",
        "supervisory authority, A.1.1", "service provider, B.1", "personal information, B.1",
        "Personal Data, 2.8", "Security Measures, 7.1", "Agreement, 1", "GDPR, 2.6",
        "Third Party Reports, A.2.2.1", "Subprocessor Page, 6.2", "Privacy Shield, A.4.2",
        "control, 2.1", "'  Customer   Personal Data ', 2.3"})
    void termsResolveToTheirClause(String term, String id) {
      assertEquals(ClauseId.parse(id), DPA.byDefinedTerm(term).orElseThrow().getId());
      assertTrue(DPA.get(id).defines(term));
    }

    @Test
    @DisplayName("unknown terms are empty; terms come in document order with their form and scope")
    void termList() {
      assertEquals(Optional.empty(), DPA.byDefinedTerm("Customer Data"));
      assertEquals(Optional.empty(), DPA.byDefinedTerm(""));
      List<DefinedTerm> terms = DPA.definedTerms();
      assertEquals(31, terms.size());
      assertEquals("Addendum", terms.get(0).getTerm());
      assertEquals("personal information", terms.get(terms.size() - 1).getTerm());
      DefinedTerm controller = DPA.definedTerm("Controller").orElseThrow();
      assertEquals(DefinitionForm.BY_REFERENCE, controller.getForm());
      assertEquals(Part.ANNEX_A, controller.getScope());
      assertEquals(DefinitionForm.MEANS, DPA.definedTerm("Security Incident").orElseThrow().getForm());
      assertEquals(Part.BODY, DPA.definedTerm("Security Incident").orElseThrow().getScope());
      List<ClauseId> order = terms.stream().map(DefinedTerm::getClause).collect(Collectors.toList());
      assertEquals(order.stream().sorted().collect(Collectors.toList()), order);
    }

    @Test
    @DisplayName("every definition 2.1-2.11 has its term as heading")
    void definitionHeadings() {
      for (Clause clause : DPA.children(ClauseIds.S2)) {
        assertEquals(Optional.of(clause.getDefinedTerms().get(0).getTerm()), clause.getHeading());
        assertTrue(clause.getText().startsWith("\"" + clause.getHeading().orElseThrow() + "\" means"));
      }
    }
  }

  @Nested
  @DisplayName("headings and text")
  class HeadingsAndText {
    @ParameterizedTest(name = "{0} is headed ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "1|Introduction", "4|Scope of this Addendum", "8|Data Subject Requests",
        "A.1.1|Definitions", "A.1.4|Segment's Compliance with Instructions",
        "A.2.1|Segment Security Measures, Controls and Assistance",
        "A.2.2|Audits and Reviews of Compliance", "A.3|Impact Assessments and Consultations",
        "A.4.2|Privacy Shield", "A|EU Annex", "B|California Annex"})
    void headings(String id, String heading) {
      assertEquals(Optional.of(heading), DPA.get(id).getHeading());
    }

    @ParameterizedTest(name = "{0} stands under ''{1}''")
    @CsvSource(delimiter = '|', value = {"3.1|General; Termination",
        "A.2.2.3|Audits and Reviews of Compliance", "A.4.3.8|Standard Contractual Clauses",
        "B.3|California Annex", "6.1.2|Subprocessing"})
    void titles(String id, String title) {
      assertEquals(title, DPA.get(id).getTitle());
      assertEquals(Optional.empty(), DPA.get(id).getHeading());
    }

    @Test
    @DisplayName("text is plain: run-in headings, bold markers and link targets are gone")
    void plainText() {
      assertTrue(DPA.get("A.1.1").getText().startsWith(
          "For purposes of this Annex A, the terms \"controller\", \"processor\""));
      assertTrue(DPA.get("A.1.4").getText().startsWith("Segment will only Process"));
      assertTrue(DPA.get("6.2").getText().contains("available at https://segment.com/docs/legal/subprocessors/ or such other"));
      assertTrue(DPA.get("B.6").getText().endsWith(
          "Privacy Policy, which can be found at segment.com/docs/legal/privacy."));
      assertTrue(DPA.get("A.2.1.2").getText().contains("directly via privacy@segment.com or"));
      assertEquals("shall enter into a written agreement with each Subprocessor, imposing data"
          + " protection obligations substantially similar to those set out in this Addendum; and",
          DPA.get("6.1.1").getText());
      assertEquals("This Addendum will automatically terminate upon expiration or termination of"
          + " the Agreement.", DPA.get("3.4").getText());
      for (Clause clause : DPA.all()) {
        String text = clause.getText();
        assertFalse(text.contains("**") || text.contains("](") || text.contains("  ")
            || text.contains("\n"), clause.toString());
      }
    }

    @Test
    @Tag("clause-6.1")
    @DisplayName("6.1's own text stops before its sub-units")
    void ownTextOnly() {
      assertTrue(DPA.get("6.1").getText().endsWith("to Process Customer Personal Data. Segment:"));
      assertTrue(DPA.get("A.2.2").getText().endsWith("as follows:"));
    }
  }
}
