package io.github.dpasemantics.policy;

import static io.github.dpasemantics.policy.fact.AffectedData.OTHER_DATA;
import static io.github.dpasemantics.policy.fact.AffectedData.PERSONAL_DATA_PROCESSED_BY_SEGMENT;
import static io.github.dpasemantics.policy.fact.Breach.BREACH_OF_SECURITY;
import static io.github.dpasemantics.policy.fact.Breach.NO_BREACH_OF_SECURITY;
import static io.github.dpasemantics.policy.fact.Confirmation.CONFIRMED;
import static io.github.dpasemantics.policy.fact.Confirmation.NOT_CONFIRMED;
import static io.github.dpasemantics.policy.testing.ClauseCitations.citesCatalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.data.DataDescriptor;
import io.github.dpasemantics.model.data.DataOrigin;
import io.github.dpasemantics.model.data.DataProtectionLaw;
import io.github.dpasemantics.model.data.SubjectKind;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventConfirmed;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.model.party.AffiliateGraph;
import io.github.dpasemantics.model.party.ControlMeans;
import io.github.dpasemantics.model.party.ControlRelation;
import io.github.dpasemantics.model.party.Organisation;
import io.github.dpasemantics.model.party.Party;
import io.github.dpasemantics.model.party.PartyKind;
import io.github.dpasemantics.policy.Definitions.Code;
import io.github.dpasemantics.policy.Definitions.Operation;
import io.github.dpasemantics.policy.fact.AffectedData;
import io.github.dpasemantics.policy.fact.Automation;
import io.github.dpasemantics.policy.fact.Breach;
import io.github.dpasemantics.policy.fact.Confirmation;
import io.github.dpasemantics.policy.fact.OperatedOn;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class DefinitionsTest {
  private static final Interpretations DEFAULTS = Interpretations.defaults();
  private static final Interpretations DOS_NEVER = Interpretations.of(Interpretation.DOS_NEVER_COUNTS);

  /** twilio controls segment (voting securities) and segment-eu (contract); segment controls segment-uk; acme stands alone. */
  static final AffiliateGraph GROUP = AffiliateGraph.builder()
      .addOrganisations(Organisation.of("twilio", "Twilio Inc."), Organisation.of("segment", "Segment.io, Inc."),
          Organisation.of("segment-eu", "Segment EU"), Organisation.of("segment-uk", "Segment UK"),
          Organisation.of("acme", "Acme"), Organisation.of("aws", "AWS"))
      .addRelations(ControlRelation.of("twilio", "segment", ControlMeans.VOTING_SECURITIES),
          ControlRelation.of("twilio", "segment-eu", ControlMeans.CONTRACT),
          ControlRelation.of("segment", "segment-uk", ControlMeans.OTHER))
      .build();

  static DataDescriptor data(DataOrigin origin, SubjectKind subject, DataProtectionLaw... laws) {
    return DataDescriptor.builder().origin(origin).subjectKind(subject).processedBySegment(true)
        .governingLaws(laws.length == 0 ? Set.of() : EnumSet.of(laws[0], laws)).build();
  }

  static final DataDescriptor END_USER_EMAIL =
      data(DataOrigin.CUSTOMER_DATA, SubjectKind.CUSTOMER_END_USER, DataProtectionLaw.EU_DATA_PROTECTION_LAW);

  // ------------------------------------------------------------------ 2.1

  @Test
  @Tag("clause-2.1")
  @DisplayName("2.1: a parent that owns the voting securities of Segment is its Affiliate (controls)")
  void parentControlsSegment() {
    Decision<Boolean> d = Definitions.affiliate(GROUP, "twilio", "segment");
    assertTrue(d.isYes());
    assertTrue(d.hasReason(Code.CONTROLS));
    assertTrue(d.getReasons().get(0).getText().contains("twilio controls segment (VOTING_SECURITIES)"), d.explain());
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-2.1")
  @DisplayName("2.1: Segment is controlled by its parent, so the parent is an Affiliate")
  void segmentIsControlledByParent() {
    Decision<Boolean> d = Definitions.affiliate(GROUP, "segment", "twilio");
    assertTrue(d.isYes());
    assertEquals(List.of(Code.CONTROLLED_BY), d.getReasonCodes());
    assertTrue(d.getReasons().get(0).getText().contains("twilio controls segment"), d.explain());
  }

  @Test
  @Tag("clause-2.1")
  @DisplayName("2.1: indirect control through a subsidiary makes an Affiliate")
  void indirectControl() {
    Decision<Boolean> d = Definitions.affiliate(GROUP, "twilio", "segment-uk");
    assertTrue(d.isYes());
    assertEquals(List.of(Code.CONTROLS), d.getReasonCodes());
    String text = d.getReasons().get(0).getText();
    assertTrue(text.contains("twilio controls segment (VOTING_SECURITIES); segment controls segment-uk (OTHER)"), text);
  }

  @Test
  @Tag("clause-2.1")
  @DisplayName("2.1: two sisters under common control of their parent are Affiliates")
  void commonControl() {
    Decision<Boolean> d = Definitions.affiliate(GROUP, "segment", "segment-eu");
    assertTrue(d.isYes());
    assertEquals(List.of(Code.COMMON_CONTROL), d.getReasonCodes());
    assertEquals("twilio", d.getReasons().get(0).getArguments().get(2));
    String text = d.getReasons().get(0).getText();
    assertTrue(text.contains("twilio controls segment (VOTING_SECURITIES); twilio controls segment-eu (CONTRACT)"), text);
    assertTrue(Definitions.isAffiliate(GROUP, Party.segment(), Party.of("segment-eu", "Segment EU", PartyKind.SEGMENT_AFFILIATE)));
  }

  @Test
  @Tag("clause-2.1")
  @DisplayName("2.1: an entity is not its own Affiliate, and an unrelated entity is none")
  void sameAndUnrelated() {
    Decision<Boolean> same = Definitions.affiliate(GROUP, "segment", "segment");
    assertFalse(same.isYes());
    assertEquals(List.of(Code.SAME_ENTITY), same.getReasonCodes());
    Decision<Boolean> none = Definitions.affiliate(GROUP, "segment", "acme");
    assertFalse(none.isYes());
    assertEquals(List.of(Code.NO_CONTROL), none.getReasonCodes());
    assertTrue(citesCatalogue(none) && citesCatalogue(same));
    assertFalse(Definitions.isAffiliate(GROUP, Party.segment(), Party.of("acme", "Acme", PartyKind.CUSTOMER)));
  }

  @Test
  @Tag("clause-2.1")
  @DisplayName("2.1: decisions over the same chain are equal; a chain held by other means is a different reason")
  void chainEquality() {
    AffiliateGraph byContract = AffiliateGraph.builder()
        .addOrganisations(Organisation.of("twilio", "Twilio Inc."), Organisation.of("segment", "Segment.io, Inc."))
        .addRelations(ControlRelation.of("twilio", "segment", ControlMeans.CONTRACT)).build();
    Decision<Boolean> a = Definitions.affiliate(GROUP, "twilio", "segment");
    Decision<Boolean> b = Definitions.affiliate(GROUP, "twilio", "segment");
    Decision<Boolean> c = Definitions.affiliate(byContract, "twilio", "segment");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertFalse(a.equals(c));
    assertFalse(a.hashCode() == c.hashCode());
    assertFalse(a.getReasons().get(0).getArguments().get(2).equals("twilio controls segment (VOTING_SECURITIES)"),
        "a chain is not equal to its text");
  }

  @Test
  @Tag("clause-2.1")
  @DisplayName("2.1: a null argument is refused with its name")
  void affiliateNulls() {
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.isAffiliate(null, "a", "b")).getMessage().contains("graph"));
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.isAffiliate(GROUP, (String) null, "b")).getMessage().contains("subject"));
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.isAffiliate(GROUP, "a", (String) null)).getMessage().contains("other"));
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.isAffiliate(GROUP, (Party) null, Party.segment())).getMessage().contains("subject"));
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.isAffiliate(GROUP, Party.segment(), (Party) null)).getMessage().contains("other"));
  }

  // ------------------------------------------------------------------ 2.3, 2.8, 2.5, 2.4

  @Test
  @Tag("clause-2.3")
  @DisplayName("2.3: an end user's e-mail sent by Customer and governed by the GDPR is Customer Personal Data")
  void endUserEmailIsCustomerPersonalData() {
    Decision<Boolean> d = Definitions.customerPersonalData(END_USER_EMAIL);
    assertTrue(d.isYes());
    assertEquals(List.of(Code.CUSTOMER_DATA_THAT_IS_PERSONAL_DATA, Code.PERSONAL_DATA_UNDER), d.getReasonCodes());
    assertTrue(citesCatalogue(d));
  }

  @Test
  @Tag("clause-2.3")
  @DisplayName("2.3: Usage Data is not Customer Personal Data")
  void usageDataIsNot() {
    Decision<Boolean> d = Definitions.customerPersonalData(
        data(DataOrigin.USAGE_DATA, SubjectKind.CUSTOMER_END_USER, DataProtectionLaw.CCPA));
    assertFalse(d.isYes());
    assertEquals(List.of(Code.NOT_CUSTOMER_DATA), d.getReasonCodes());
  }

  @Test
  @Tag("clause-2.3")
  @DisplayName("2.3: Customer Data that is personal data under no law is not Customer Personal Data (2.8, 2.5)")
  void anonymousCustomerData() {
    Decision<Boolean> d = Definitions.customerPersonalData(data(DataOrigin.CUSTOMER_DATA, SubjectKind.NONE));
    assertFalse(d.isYes());
    assertEquals(List.of(Code.NOT_PERSONAL_DATA), d.getReasonCodes());
    Decision<Boolean> both = Definitions.customerPersonalData(data(DataOrigin.OTHER, SubjectKind.OTHER_INDIVIDUAL));
    assertEquals(List.of(Code.NOT_CUSTOMER_DATA, Code.NOT_PERSONAL_DATA), both.getReasonCodes());
  }

  @Test
  @Tag("clause-2.3")
  @DisplayName("2.3: a Customer representative with a direct business relationship with Segment is excluded; one without is not")
  void representativeExclusion() {
    DataDescriptor direct = DataDescriptor.builder().from(
        data(DataOrigin.CUSTOMER_DATA, SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE, DataProtectionLaw.CCPA))
        .directBusinessRelationshipWithSegment(true).build();
    Decision<Boolean> d = Definitions.customerPersonalData(direct);
    assertFalse(d.isYes());
    assertEquals(List.of(Code.REPRESENTATIVE_EXCLUDED), d.getReasonCodes());
    assertTrue(Definitions.isCustomerPersonalData(
        data(DataOrigin.CUSTOMER_DATA, SubjectKind.CUSTOMER_EMPLOYEE_OR_REPRESENTATIVE, DataProtectionLaw.CCPA)));
  }

  @Test
  @Tag("clause-2.8")
  @DisplayName("2.8: data governed by a Data Protection Law is Personal Data; data about nobody is not, and has no Data Subject (2.5)")
  void personalData() {
    Decision<Boolean> yes = Definitions.personalData(END_USER_EMAIL);
    assertTrue(yes.isYes());
    assertEquals(List.of(Code.PERSONAL_DATA_UNDER), yes.getReasonCodes());
    assertTrue(yes.getReasons().get(0).getText().contains("EU_DATA_PROTECTION_LAW"));
    Decision<Boolean> nobody = Definitions.personalData(data(DataOrigin.CUSTOMER_DATA, SubjectKind.NONE));
    assertFalse(nobody.isYes());
    assertEquals(List.of(Code.NOT_PERSONAL_DATA, Code.NO_DATA_SUBJECT), nobody.getReasonCodes());
    Decision<Boolean> ungoverned = Definitions.personalData(data(DataOrigin.CUSTOMER_DATA, SubjectKind.OTHER_INDIVIDUAL));
    assertEquals(List.of(Code.NOT_PERSONAL_DATA), ungoverned.getReasonCodes());
    assertTrue(citesCatalogue(nobody));
  }

  @Test
  @Tag("clause-2.4")
  @DisplayName("2.4, 2.6, 2.2: the laws governing the data, naming EU Data Protection Law and the CCPA")
  void dataProtectionLaws() {
    Decision<Set<DataProtectionLaw>> both = Definitions.dataProtectionLaws(data(DataOrigin.CUSTOMER_DATA,
        SubjectKind.CUSTOMER_END_USER, DataProtectionLaw.CCPA, DataProtectionLaw.EU_DATA_PROTECTION_LAW));
    assertEquals(EnumSet.of(DataProtectionLaw.EU_DATA_PROTECTION_LAW, DataProtectionLaw.CCPA), both.getOutcome());
    assertEquals(List.of(Code.LAWS_APPLICABLE, Code.EU_DATA_PROTECTION_LAW, Code.CCPA), both.getReasonCodes());
    assertThrows(UnsupportedOperationException.class, () -> both.getOutcome().clear());
    Decision<Set<DataProtectionLaw>> other = Definitions.dataProtectionLaws(
        data(DataOrigin.CUSTOMER_DATA, SubjectKind.CUSTOMER_END_USER, DataProtectionLaw.OTHER));
    assertEquals(List.of(Code.LAWS_APPLICABLE), other.getReasonCodes());
    Decision<Set<DataProtectionLaw>> none = Definitions.dataProtectionLaws(data(DataOrigin.CUSTOMER_DATA, SubjectKind.NONE));
    assertTrue(none.getOutcome().isEmpty());
    assertEquals(List.of(Code.NO_LAW_APPLICABLE), none.getReasonCodes());
    assertTrue(citesCatalogue(both) && citesCatalogue(none));
  }

  // ------------------------------------------------------------------ 2.7

  @Test
  @Tag("clause-2.7")
  @DisplayName("2.7: storage of Personal Data by hand is Processing; so is an unlisted operation; nothing on non-personal data is")
  void processing() {
    Decision<Boolean> storage = Definitions.processing(Operation.STORAGE, Automation.NOT_AUTOMATED, OperatedOn.PERSONAL_DATA);
    assertTrue(storage.isYes());
    assertEquals(List.of(Code.LISTED_OPERATION, Code.AUTOMATED_OR_NOT), storage.getReasonCodes());
    Decision<Boolean> other = Definitions.processing(Operation.OTHER, Automation.AUTOMATED, OperatedOn.PERSONAL_DATA);
    assertEquals(List.of(Code.OTHER_OPERATION, Code.AUTOMATED_OR_NOT), other.getReasonCodes());
    Decision<Boolean> none = Definitions.processing(Operation.USE, Automation.AUTOMATED, OperatedOn.OTHER_DATA);
    assertFalse(none.isYes());
    assertEquals(List.of(Code.NOT_ON_PERSONAL_DATA), none.getReasonCodes());
    assertTrue(Definitions.isProcessing(Operation.ERASURE_OR_DESTRUCTION, Automation.AUTOMATED, END_USER_EMAIL));
    assertFalse(Definitions.isProcessing(Operation.COLLECTION, Automation.AUTOMATED, data(DataOrigin.OTHER, SubjectKind.NONE)));
    assertThrows(NullPointerException.class, () -> Definitions.isProcessing(null, Automation.AUTOMATED, OperatedOn.PERSONAL_DATA));
    assertTrue(citesCatalogue(storage));
  }

  // ------------------------------------------------------------------ 2.9

  private static Decision<Boolean> incident(Confirmation confirmed, Breach breach, Set<SecurityEffect> effects, AffectedData pd,
      SecurityEventNature nature, Interpretations readings) {
    Decision<Boolean> d = Definitions.securityIncident(confirmed, breach, effects, pd, nature, readings);
    assertEquals(Definitions.isSecurityIncident(confirmed, breach, effects, pd, nature, readings), d.isYes());
    assertTrue(citesCatalogue(d), d::explain);
    return d;
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: a confirmed intrusion that exfiltrated Personal Data is a Security Incident")
  void confirmedIntrusion() {
    Decision<Boolean> d = incident(CONFIRMED, BREACH_OF_SECURITY, EnumSet.of(SecurityEffect.UNAUTHORIZED_ACCESS, SecurityEffect.UNAUTHORIZED_DISCLOSURE),
        PERSONAL_DATA_PROCESSED_BY_SEGMENT,
        SecurityEventNature.OTHER, DEFAULTS);
    assertTrue(d.isYes());
    assertEquals(List.of(Code.INCIDENT), d.getReasonCodes());
    assertTrue(d.getInterpretations().isEmpty());
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: an unconfirmed, non-breach event affecting no Personal Data gives every failing condition")
  void everyFailingCondition() {
    Decision<Boolean> d = incident(NOT_CONFIRMED, NO_BREACH_OF_SECURITY, EnumSet.of(SecurityEffect.LOSS), OTHER_DATA, SecurityEventNature.OTHER, DEFAULTS);
    assertFalse(d.isYes());
    assertEquals(List.of(Code.NOT_CONFIRMED, Code.NO_BREACH_OF_SECURITY, Code.NOT_PERSONAL_DATA_PROCESSED_BY_SEGMENT),
        d.getReasonCodes());
    assertEquals(List.of(Code.NOT_CONFIRMED),
        incident(NOT_CONFIRMED, BREACH_OF_SECURITY, EnumSet.of(SecurityEffect.LOSS), PERSONAL_DATA_PROCESSED_BY_SEGMENT, SecurityEventNature.OTHER, DEFAULTS).getReasonCodes());
    assertEquals(List.of(Code.NO_BREACH_OF_SECURITY),
        incident(CONFIRMED, NO_BREACH_OF_SECURITY, EnumSet.of(SecurityEffect.LOSS), PERSONAL_DATA_PROCESSED_BY_SEGMENT, SecurityEventNature.OTHER, DEFAULTS).getReasonCodes());
    assertEquals(List.of(Code.NOT_PERSONAL_DATA_PROCESSED_BY_SEGMENT),
        incident(CONFIRMED, BREACH_OF_SECURITY, EnumSet.of(SecurityEffect.LOSS), OTHER_DATA, SecurityEventNature.OTHER, DEFAULTS).getReasonCodes());
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: failed log-ins, pings and port scans that compromise nothing are not Security Incidents")
  void unsuccessfulAttempts() {
    for (SecurityEventNature a : List.of(SecurityEventNature.UNSUCCESSFUL_LOGIN, SecurityEventNature.PING,
        SecurityEventNature.PORT_SCAN, SecurityEventNature.OTHER_NETWORK_ATTACK, SecurityEventNature.DENIAL_OF_SERVICE)) {
      Decision<Boolean> d = incident(CONFIRMED, BREACH_OF_SECURITY, EnumSet.noneOf(SecurityEffect.class), PERSONAL_DATA_PROCESSED_BY_SEGMENT, a, DEFAULTS);
      assertFalse(d.isYes());
      assertEquals(List.of(Code.UNSUCCESSFUL_ATTEMPT), d.getReasonCodes());
      assertEquals(a, d.getReasons().get(0).getArguments().get(0));
      assertTrue(d.getInterpretations().isEmpty(), "the DoS reading does not matter when nothing was compromised");
    }
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: a denial of service that made Personal Data unavailable counts by default and never under DOS_NEVER_COUNTS")
  void denialOfService() {
    Set<SecurityEffect> unavailable = EnumSet.of(SecurityEffect.AVAILABILITY_COMPROMISED);
    Decision<Boolean> byDefault = incident(CONFIRMED, BREACH_OF_SECURITY, unavailable, PERSONAL_DATA_PROCESSED_BY_SEGMENT, SecurityEventNature.DENIAL_OF_SERVICE, DEFAULTS);
    assertTrue(byDefault.isYes());
    assertEquals(List.of(Code.INCIDENT, Code.DOS_COMPROMISED_DATA), byDefault.getReasonCodes());
    assertEquals(List.of(Interpretation.DOS_COUNTS_IF_DATA_COMPROMISED), byDefault.getInterpretations());
    Decision<Boolean> never = incident(CONFIRMED, BREACH_OF_SECURITY, unavailable, PERSONAL_DATA_PROCESSED_BY_SEGMENT, SecurityEventNature.DENIAL_OF_SERVICE, DOS_NEVER);
    assertFalse(never.isYes());
    assertEquals(List.of(Code.DOS_EXCLUDED), never.getReasonCodes());
    assertEquals(List.of(Interpretation.DOS_NEVER_COUNTS), never.getInterpretations());
    assertTrue(incident(CONFIRMED, BREACH_OF_SECURITY, unavailable, PERSONAL_DATA_PROCESSED_BY_SEGMENT, SecurityEventNature.OTHER_NETWORK_ATTACK, DOS_NEVER).isYes(),
        "the DoS reading touches denial of service attacks only");
    Decision<Boolean> unconfirmed = incident(NOT_CONFIRMED, BREACH_OF_SECURITY, unavailable, PERSONAL_DATA_PROCESSED_BY_SEGMENT, SecurityEventNature.DENIAL_OF_SERVICE, DOS_NEVER);
    assertEquals(List.of(Code.NOT_CONFIRMED, Code.DOS_EXCLUDED), unconfirmed.getReasonCodes());
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: null facts are refused with their names")
  void incidentNulls() {
    assertTrue(assertThrows(NullPointerException.class,
        () -> Definitions.isSecurityIncident(CONFIRMED, BREACH_OF_SECURITY, null, PERSONAL_DATA_PROCESSED_BY_SEGMENT, SecurityEventNature.OTHER, DEFAULTS)).getMessage().contains("effects"));
    assertTrue(assertThrows(NullPointerException.class,
        () -> Definitions.isSecurityIncident(CONFIRMED, BREACH_OF_SECURITY, Set.of(), PERSONAL_DATA_PROCESSED_BY_SEGMENT, null, DEFAULTS)).getMessage().contains("nature"));
    assertTrue(assertThrows(NullPointerException.class,
        () -> Definitions.isSecurityIncident(CONFIRMED, BREACH_OF_SECURITY, Set.of(), PERSONAL_DATA_PROCESSED_BY_SEGMENT, SecurityEventNature.OTHER, null)).getMessage().contains("readings"));
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: malware, insider misuse, lost devices and the other natures 2.9 does not name count when they compromise data")
  void unlistedNatures() {
    for (SecurityEventNature n : SecurityEventNature.values()) {
      if (n.isListedAsNonIncident()) {
        continue;
      }
      Decision<Boolean> hit = incident(CONFIRMED, BREACH_OF_SECURITY, EnumSet.of(SecurityEffect.LOSS), PERSONAL_DATA_PROCESSED_BY_SEGMENT, n, DOS_NEVER);
      assertTrue(hit.isYes(), n::toString);
      assertEquals(List.of(Code.INCIDENT), hit.getReasonCodes());
      assertTrue(hit.getInterpretations().isEmpty());
      Decision<Boolean> miss = incident(CONFIRMED, BREACH_OF_SECURITY, EnumSet.noneOf(SecurityEffect.class), PERSONAL_DATA_PROCESSED_BY_SEGMENT, n,
          DEFAULTS);
      assertFalse(miss.isYes(), n::toString);
      assertEquals(List.of(Code.UNSUCCESSFUL_ATTEMPT), miss.getReasonCodes());
      assertEquals(n, miss.getReasons().get(0).getArguments().get(0));
    }
  }

  private static SecurityEventConfirmed confirmed(SecurityEventNature nature, Set<SecurityEffect> effects, boolean breach,
      boolean pd) {
    return SecurityEventConfirmed.builder().id("e1").date(java.time.LocalDate.of(2024, 3, 1)).incidentId("inc-1")
        .nature(nature).effects(effects).personalDataProcessedBySegment(pd).unauthorizedOrUnlawful(breach).build();
  }

  @Test
  @Tag("clause-2.9")
  @DisplayName("2.9: a confirmation event is read field by field: confirmed, its breach, effects, data and nature")
  void fromEvent() {
    SecurityEventConfirmed stolenKey = confirmed(SecurityEventNature.UNAUTHORIZED_ACCESS,
        EnumSet.of(SecurityEffect.UNAUTHORIZED_ACCESS), true, true);
    assertTrue(Definitions.isSecurityIncident(stolenKey, DEFAULTS));
    assertEquals(List.of(Code.INCIDENT), Definitions.securityIncident(stolenKey, DEFAULTS).getReasonCodes());
    SecurityEventConfirmed notBreach = confirmed(SecurityEventNature.UNAUTHORIZED_ACCESS,
        EnumSet.of(SecurityEffect.UNAUTHORIZED_ACCESS), false, true);
    assertFalse(Definitions.isSecurityIncident(notBreach, DEFAULTS));
    assertEquals(List.of(Code.NO_BREACH_OF_SECURITY), Definitions.securityIncident(notBreach, DEFAULTS).getReasonCodes());
    SecurityEventConfirmed notSegments = confirmed(SecurityEventNature.MALWARE, EnumSet.of(SecurityEffect.LOSS), true, false);
    assertFalse(Definitions.isSecurityIncident(notSegments, DEFAULTS));
    assertEquals(List.of(Code.NOT_PERSONAL_DATA_PROCESSED_BY_SEGMENT),
        Definitions.securityIncident(notSegments, DEFAULTS).getReasonCodes());
    SecurityEventConfirmed scan = confirmed(SecurityEventNature.PORT_SCAN, Set.of(), true, true);
    assertFalse(Definitions.isSecurityIncident(scan, DEFAULTS));
    Decision<Boolean> scanned = Definitions.securityIncident(scan, DEFAULTS);
    assertEquals(List.of(Code.UNSUCCESSFUL_ATTEMPT), scanned.getReasonCodes());
    assertEquals(SecurityEventNature.PORT_SCAN, scanned.getReasons().get(0).getArguments().get(0));
    SecurityEventConfirmed dos = confirmed(SecurityEventNature.DENIAL_OF_SERVICE,
        EnumSet.of(SecurityEffect.AVAILABILITY_COMPROMISED), true, true);
    assertTrue(Definitions.isSecurityIncident(dos, DEFAULTS));
    assertFalse(Definitions.isSecurityIncident(dos, DOS_NEVER));
    assertEquals(List.of(Code.DOS_EXCLUDED), Definitions.securityIncident(dos, DOS_NEVER).getReasonCodes());
    assertEquals(List.of(Interpretation.DOS_NEVER_COUNTS), Definitions.securityIncident(dos, DOS_NEVER).getInterpretations());
    assertTrue(citesCatalogue(Definitions.securityIncident(dos, DEFAULTS)));
    assertTrue(assertThrows(NullPointerException.class,
        () -> Definitions.isSecurityIncident((SecurityEventConfirmed) null, DEFAULTS)).getMessage().contains("event"));
    assertTrue(assertThrows(NullPointerException.class,
        () -> Definitions.securityIncident((SecurityEventConfirmed) null, DEFAULTS)).getMessage().contains("event"));
    assertTrue(assertThrows(NullPointerException.class,
        () -> Definitions.isSecurityIncident(scan, null)).getMessage().contains("readings"));
  }

  // ------------------------------------------------------------------ 2.10, 2.11, 5.2

  private static final Party AWS = Party.of("aws", "Amazon Web Services", PartyKind.SUBPROCESSOR);
  private static final Party SEGMENT_EU = Party.of("segment-eu", "Segment EU", PartyKind.SUBPROCESSOR);

  @Test
  @Tag("clause-2.10")
  @DisplayName("2.10: a hosting provider authorized by Segment to Process Customer Personal Data is a Subprocessor")
  void hostingProviderIsSubprocessor() {
    Decision<Boolean> d = Definitions.subprocessor(AWS, "segment", true, GROUP, "segment");
    assertTrue(d.isYes());
    assertEquals(List.of(Code.AUTHORIZED_BY_SEGMENT), d.getReasonCodes());
    assertTrue(citesCatalogue(d));
    Decision<Boolean> byAffiliate = Definitions.subprocessor(AWS, "segment-eu", true, GROUP, "segment");
    assertTrue(byAffiliate.isYes());
    assertEquals(List.of(Code.AUTHORIZED_BY_AFFILIATE), byAffiliate.getReasonCodes());
  }

  @Test
  @Tag("clause-2.10")
  @DisplayName("2.10: one authorized by a stranger, or not for Customer Personal Data, is no Subprocessor")
  void notAuthorised() {
    Decision<Boolean> d = Definitions.subprocessor(AWS, "acme", false, GROUP, "segment");
    assertFalse(d.isYes());
    assertEquals(List.of(Code.NOT_AUTHORIZED_BY_SEGMENT, Code.NO_CUSTOMER_PERSONAL_DATA), d.getReasonCodes());
    assertFalse(Definitions.isSubprocessor(AWS, "acme", true, GROUP, "segment"));
    assertFalse(Definitions.isSubprocessor(AWS, "segment", false, GROUP, "segment"));
  }

  @Test
  @Tag("clause-5.2")
  @DisplayName("5.2: a Destination is never a Subprocessor; Segment and Customer are not third parties (2.10)")
  void sourcesDestinationsAndParties() {
    Party warehouse = Party.of("aws", "Warehouse", PartyKind.SOURCE_OR_DESTINATION);
    Decision<Boolean> d = Definitions.subprocessor(warehouse, "segment", true, GROUP, "segment");
    assertFalse(d.isYes());
    assertEquals(List.of(Code.SOURCE_OR_DESTINATION), d.getReasonCodes());
    assertTrue(d.getClauses().toString().contains("5.2"));
    for (PartyKind k : List.of(PartyKind.SEGMENT, PartyKind.CUSTOMER)) {
      Decision<Boolean> p = Definitions.subprocessor(Party.of("acme", "Acme", k), "segment", true, GROUP, "segment");
      assertFalse(p.isYes());
      assertEquals(List.of(Code.NOT_A_THIRD_PARTY), p.getReasonCodes());
    }
  }

  @Test
  @Tag("clause-5.2")
  @DisplayName("issue 17: for a Source or Destination, Segment or Customer, the graph and Segment's id are not needed and change nothing")
  void graphNotNeededForNonThirdParties() {
    for (PartyKind k : List.of(PartyKind.SOURCE_OR_DESTINATION, PartyKind.SEGMENT, PartyKind.CUSTOMER)) {
      Party p = Party.of("aws", "Acme", k);
      Decision<Boolean> with = Definitions.subprocessor(p, "segment", true, GROUP, "segment");
      assertEquals(with, Definitions.subprocessor(p, "segment", true, null, null));
      assertEquals(Definitions.thirdPartySubprocessor(p, "segment", true, GROUP, "segment"),
          Definitions.thirdPartySubprocessor(p, "segment", true, null, null));
      assertFalse(Definitions.isSubprocessor(p, "segment", true, null, null));
      assertFalse(Definitions.isThirdPartySubprocessor(p, "segment", true, null, null));
    }
    for (String method : List.of("subprocessor", "thirdPartySubprocessor")) {
      NullPointerException noGraph = assertThrows(NullPointerException.class, () -> {
        if (method.equals("subprocessor")) {
          Definitions.subprocessor(AWS, "segment", true, null, "segment");
        } else {
          Definitions.thirdPartySubprocessor(AWS, "segment", true, null, "segment");
        }
      });
      assertEquals("Definitions." + method + ": graph must not be null for a third party (2.10 asks whether its authorizer"
          + " is an Affiliate of Segment)", noGraph.getMessage());
    }
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.isThirdPartySubprocessor(AWS, "s", true, GROUP, null))
        .getMessage().startsWith("Definitions.isThirdPartySubprocessor: segmentId must not be null for a third party"));
  }

  @Test
  @Tag("clause-2.11")
  @DisplayName("2.11: a Subprocessor outside Segment's group is a Third Party Subprocessor; a sister company is not")
  void thirdPartySubprocessor() {
    Decision<Boolean> aws = Definitions.thirdPartySubprocessor(AWS, "segment", true, GROUP, "segment");
    assertTrue(aws.isYes());
    assertEquals(List.of(Code.AUTHORIZED_BY_SEGMENT, Code.NOT_AFFILIATE_OF_SEGMENT), aws.getReasonCodes());
    Decision<Boolean> sister = Definitions.thirdPartySubprocessor(SEGMENT_EU, "segment", true, GROUP, "segment");
    assertFalse(sister.isYes());
    assertEquals(List.of(Code.AUTHORIZED_BY_SEGMENT, Code.AFFILIATE_OF_SEGMENT), sister.getReasonCodes());
    assertTrue(citesCatalogue(aws) && citesCatalogue(sister));
  }

  @Test
  @Tag("clause-2.11")
  @DisplayName("2.11: a declared kind decides affiliation before the graph; a non-Subprocessor is no Third Party Subprocessor")
  void declaredKinds() {
    assertFalse(Definitions.isThirdPartySubprocessor(Party.of("aws", "AWS", PartyKind.SEGMENT_AFFILIATE), "segment", true, GROUP, "segment"));
    assertTrue(Definitions.isThirdPartySubprocessor(Party.of("segment-eu", "EU", PartyKind.THIRD_PARTY_SUBPROCESSOR), "segment", true,
        GROUP, "segment"));
    Decision<Boolean> none = Definitions.thirdPartySubprocessor(AWS, "segment", false, GROUP, "segment");
    assertFalse(none.isYes());
    assertEquals(List.of(Code.AUTHORIZED_BY_SEGMENT, Code.NO_CUSTOMER_PERSONAL_DATA), none.getReasonCodes());
  }

  @Test
  @Tag("clause-2.10")
  @DisplayName("2.10: null arguments are refused with their names")
  void subprocessorNulls() {
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.isSubprocessor(null, "s", true, GROUP, "s")).getMessage().contains("party"));
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.isSubprocessor(AWS, null, true, GROUP, "s")).getMessage().contains("authorizedBy"));
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.isSubprocessor(AWS, "s", true, null, "s")).getMessage().contains("graph"));
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.isSubprocessor(AWS, "s", true, GROUP, null)).getMessage().contains("segmentId"));
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.isCustomerPersonalData(null)).getMessage().contains("data"));
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.isPersonalData(null)).getMessage().contains("data"));
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.dataProtectionLaws(null)).getMessage().contains("data"));
    assertTrue(assertThrows(NullPointerException.class, () -> Definitions.dataProtectionLawsOf(null)).getMessage().contains("data"));
  }

  @Test
  @DisplayName("2: every reason code names a clause of the catalogue and has a template")
  void codes() {
    for (Code c : Code.values()) {
      assertTrue(io.github.dpasemantics.model.clause.ClauseCatalog.segmentDpa().contains(c.clause()), c.name());
      assertFalse(c.template().isBlank());
    }
  }
}
