package io.github.dpasemantics.examples.usecases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dpasemantics.examples.usecases.CcpaUseChecks.ProposedUse;
import io.github.dpasemantics.examples.usecases.IncidentTriage.SecurityEvent;
import io.github.dpasemantics.examples.usecases.IncidentTriage.Triage;
import io.github.dpasemantics.model.contract.Interpretation;
import io.github.dpasemantics.model.contract.Interpretations;
import io.github.dpasemantics.model.event.SecurityEffect;
import io.github.dpasemantics.model.event.SecurityEventNature;
import io.github.dpasemantics.policy.California.Act;
import io.github.dpasemantics.policy.California.Purpose;
import io.github.dpasemantics.policy.Security;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("The use cases")
class UseCaseTest {

  private static void hasLine(List<String> lines, String expected) {
    assertTrue(lines.contains(expected), "no line '" + expected + "' in\n" + String.join("\n", lines));
  }

  @Nested
  @Tag("clause-2.9")
  @Tag("clause-7.3")
  @DisplayName("IncidentTriage")
  class Incidents {
    @Test
    @DisplayName("2.9, 7.3: a port scan is no Security Incident and needs no notice")
    void portScan() {
      Triage t = IncidentTriage.triage(IncidentTriage.queue().get(0), Interpretations.defaults());
      assertFalse(t.incident().isYes());
      assertFalse(t.notice().isYes());
    }

    @Test
    @DisplayName("2.9, 7.3: a stolen key used to read data is a Security Incident Segment must notify")
    void confirmedBreach() {
      Triage t = IncidentTriage.triage(IncidentTriage.queue().get(2), Interpretations.defaults());
      assertTrue(t.incident().isYes());
      assertTrue(t.notice().isYes());
    }

    @Test
    @DisplayName("2.9: a denial of service that made data unavailable counts by default and not under DOS_NEVER_COUNTS")
    void denialOfService() {
      SecurityEvent dos = IncidentTriage.queue().get(3);
      assertTrue(IncidentTriage.triage(dos, Interpretations.defaults()).incident().isYes());
      assertFalse(IncidentTriage.triage(dos, Interpretations.of(Interpretation.DOS_NEVER_COUNTS)).incident().isYes());
    }

    @Test
    @DisplayName("2.9: an unconfirmed intrusion is not (yet) a Security Incident")
    void unconfirmed() {
      assertFalse(IncidentTriage.triage(IncidentTriage.queue().get(4), Interpretations.defaults()).incident().isYes());
    }

    @Test
    @DisplayName("7.3: no notice while the law prohibits it, with that reason")
    void prohibited() {
      Triage t = IncidentTriage.triage(IncidentTriage.queue().get(5), Interpretations.defaults());
      assertTrue(t.incident().isYes());
      assertFalse(t.notice().isYes());
      assertTrue(t.notice().hasReason(Security.Code.PROHIBITED_BY_LAW));
    }

    @Test
    @DisplayName("refuses an event without effects set, naming the field")
    void refusesNull() {
      NullPointerException e = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
          () -> new SecurityEvent("x", true, true, null, SecurityEventNature.OTHER, false));
      assertEquals("SecurityEvent.effects must not be null", e.getMessage());
    }

    @Test
    @DisplayName("prints one summary line per event, then the reasons")
    void prints() {
      List<String> lines = IncidentTriage.run();
      hasLine(lines, "port scan on the edge firewall: Security Incident? no; notify Customer? no");
      hasLine(lines, "stolen API key used to read a workspace's events: Security Incident? yes; notify Customer? yes");
      hasLine(lines, "confirmed breach under a court's non-disclosure order: Security Incident? yes; notify Customer? no");
      assertEquals(Set.of(SecurityEffect.AVAILABILITY_COMPROMISED), IncidentTriage.queue().get(3).effects());
      assertEquals(EnumSet.of(SecurityEffect.UNAUTHORIZED_ACCESS, SecurityEffect.UNAUTHORIZED_DISCLOSURE),
          IncidentTriage.queue().get(2).effects());
    }
  }

  @Nested
  @Tag("clause-6.3")
  @DisplayName("SubprocessorChangeManagement")
  class Subprocessors {
    @Test
    @DisplayName("6.3: notice for first processing on 2024-03-11 is due by 2024-03-01, and notice on that day is timely")
    void notice() {
      List<String> lines = SubprocessorChangeManagement.run();
      hasLine(lines, "first processing 2024-03-11: give notice by 2024-03-01");
      hasLine(lines, "notice given on 2024-03-01: TIMELY");
    }

    @Test
    @DisplayName("6.3: notice on 2024-03-01 lets Customer object until 2024-03-06; day 5 triggers 6.3, day 6 does not")
    void objections() {
      List<String> lines = SubprocessorChangeManagement.run();
      hasLine(lines, "Customer may object until 2024-03-06");
      hasLine(lines, "objection on 2024-03-06 triggers 6.3? yes");
      hasLine(lines, "objection on 2024-03-07 triggers 6.3? no");
    }

    @Test
    @DisplayName("6.3: an expedited engagement with one day's notice is due as soon as reasonably practicable")
    void expedited() {
      hasLine(SubprocessorChangeManagement.run(),
          "expedited engagement, notice 2024-06-03 for 2024-06-04: AS_SOON_AS_REASONABLY_PRACTICABLE");
    }
  }

  @Nested
  @Tag("clause-9.1")
  @Tag("clause-9.2")
  @DisplayName("EndOfContractDeletion")
  class EndOfContract {
    @Test
    @DisplayName("9.1: Agreement ended 2024-01-31, request 2024-02-01: delete by 2024-04-01")
    void dueDate() {
      hasLine(EndOfContractDeletion.run(), "Agreement ended 2024-01-31, request 2024-02-01: delete by 2024-04-01");
    }

    @Test
    @DisplayName("9.1: an early request is due 60 days after the end by default, and triggers nothing under the other reading")
    void earlyRequest() {
      List<String> lines = EndOfContractDeletion.run();
      hasLine(lines, "early request 2023-12-15, default reading: due 2024-03-31");
      hasLine(lines, "early request 2023-12-15, EARLY_DELETION_REQUEST_TRIGGERS_NOTHING: due none");
    }

    @Test
    @DisplayName("9.2: data the law requires Segment to keep is kept; data it merely permits keeping is deleted")
    void retention() {
      List<String> lines = EndOfContractDeletion.run();
      hasLine(lines, "event archive: delete? yes");
      hasLine(lines, "invoices with contact names: delete? no");
      hasLine(lines, "support tickets: delete? yes");
    }

    @Test
    @DisplayName("9.1: completion on the due day is on time, the day after is late")
    void onTime() {
      List<String> lines = EndOfContractDeletion.run();
      hasLine(lines, "deletion completed 2024-04-01: on time? yes");
      hasLine(lines, "deletion completed 2024-04-02: on time? no");
    }
  }

  @Nested
  @Tag("clause-A.2.2.2")
  @DisplayName("AuditRequests")
  class Audit {
    @Test
    @DisplayName("A.2.2.2: one audit per calendar year: 2023-12-31 and 2024-01-15 allowed, 2024-05-01 not")
    void oncePerYear() {
      List<String> lines = AuditRequests.run();
      hasLine(lines, "audit request 2023-12-31: allowed? yes");
      hasLine(lines, "audit request 2024-01-15: allowed? yes");
      hasLine(lines, "audit request 2024-05-01: allowed? no");
    }

    @Test
    @DisplayName("A.2.2.2: for a request on 29 February 2024 a report of 2023-02-28 is in lieu, one of 2023-02-27 is not")
    void leapDay() {
      List<String> lines = AuditRequests.run();
      hasLine(lines, "report issued 2023-02-28 for request 2024-02-29: in lieu? yes; written response owed? no");
      hasLine(lines, "report issued 2023-02-27 for request 2024-02-29: in lieu? no; written response owed? yes");
    }
  }

  @Nested
  @Tag("clause-A.4.3")
  @DisplayName("Transfers")
  class Transfer {
    @Test
    @DisplayName("A.4.3: the SCCs do not govern while the Privacy Shield stands, govern after Schrems II, and not for a DPF-certified Segment")
    void asOfDates() {
      List<String> lines = Transfers.run();
      hasLine(lines, "DE -> US as of 2020-07-15, not certified: SCCs govern? no");
      hasLine(lines, "DE -> US as of 2020-07-17, not certified: SCCs govern? yes");
      hasLine(lines, "DE -> US as of 2023-07-11, not certified: SCCs govern? yes");
      hasLine(lines, "DE -> US as of 2023-07-11, Segment DPF-certified: SCCs govern? no");
    }

    @Test
    @DisplayName("A.4.3: a Norwegian customer is outside \"the EU\" by default and inside under EU_INCLUDES_EEA")
    void eea() {
      List<String> lines = Transfers.run();
      hasLine(lines, "NO -> US as of 2021-03-01 under EU_MEANS_MEMBER_STATES: SCCs govern? no");
      hasLine(lines, "NO -> US as of 2021-03-01 under EU_INCLUDES_EEA: SCCs govern? yes");
    }
  }

  @Nested
  @Tag("clause-B.3")
  @DisplayName("CcpaUseChecks")
  class Ccpa {
    @Test
    @DisplayName("B.3: instructed delivery and retention for the Services are allowed; selling and other commercial use are not")
    void uses() {
      assertTrue(CcpaUseChecks.check(new ProposedUse("x", Act.DISCLOSE, Purpose.CUSTOMER_INSTRUCTION, true)).isYes());
      assertFalse(CcpaUseChecks.check(new ProposedUse("x", Act.SELL, Purpose.PROVIDE_SERVICES, true)).isYes());
      List<String> lines = CcpaUseChecks.run();
      hasLine(lines, "deliver events to the customer's warehouse: allowed? yes");
      hasLine(lines, "retain events for replay: allowed? yes");
      hasLine(lines, "sell audience segments to a data broker: allowed? no");
      hasLine(lines, "train a model for another customer: allowed? no");
    }
  }

  @Nested
  @DisplayName("EmbeddingTheValidator")
  class Validator {
    @Test
    @DisplayName("finds no violation in a contract on the Segment preset")
    void presetIsValid() {
      hasLine(EmbeddingTheValidator.run(), "contract with the Segment preset: 0 violation(s)");
    }

    @Test
    @DisplayName("reports every violation of the user's contract with its path: objection days, privacy contact, customer name")
    void reportsAll() {
      List<String> v = EmbeddingTheValidator.violations(EmbeddingTheValidator.contractFromUser());
      assertEquals(3, v.size(), v.toString());
      assertTrue(v.get(0).startsWith("customer.name: "), v.toString());
      assertTrue(v.get(1).startsWith("terms.objectionDays: "), v.toString());
      assertTrue(v.get(2).startsWith("terms.privacyContact: "), v.toString());
    }
  }

  @Test
  @DisplayName("every main prints exactly the lines its run() returns")
  void mainsPrint() throws Exception {
    List<Class<?>> classes = List.of(IncidentTriage.class, SubprocessorChangeManagement.class, EndOfContractDeletion.class,
        AuditRequests.class, Transfers.class, CcpaUseChecks.class, EmbeddingTheValidator.class);
    PrintStream saved = System.out;
    for (Class<?> c : classes) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      try {
        c.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
      } finally {
        System.setOut(saved);
      }
      @SuppressWarnings("unchecked")
      List<String> expected = (List<String>) c.getMethod("run").invoke(null);
      assertEquals(String.join(System.lineSeparator(), expected) + System.lineSeparator(), buf.toString(StandardCharsets.UTF_8),
          c.getSimpleName());
    }
  }
}
